// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ShotBrief::Cli {

/// Runs the command named by the first argument (`lint`, `export`, ...) with the arguments
/// after it; `--help` and `--version` as shotbrief-cli answers them. `arguments` exclude the
/// program name. Returns the process exit code (ExitCode).
int runCommandLine(QStringList arguments);

} // namespace ShotBrief::Cli
