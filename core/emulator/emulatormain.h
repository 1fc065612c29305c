// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ShotBrief {

/// The emulator as a command: parses
///   [--port N] [--job-seconds S] [--state-dir DIR] [--faults SPEC] [--key KEY]
///   [--max-running N] [--expiry-seconds N] [--ffmpeg PROGRAM]
/// prints "ShotBrief emulator listening on http://127.0.0.1:PORT/v1" and serves until
/// SIGTERM/SIGINT (clean shutdown) or the application quits. `arguments` starts with the
/// program name (or the subcommand). Needs a Q(Core)Application created by the caller.
/// Returns the process exit code.
int runEmulatorMain(const QStringList &arguments);

} // namespace ShotBrief
