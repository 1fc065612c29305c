// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShotBrief::Cli {

/// Exit codes shared by every command: data on stdout, messages on stderr.
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUnreadable = 2 };

void printOut(const QString &text); ///< UTF-8 to stdout, as given (add your own newline).
void printErr(const QString &text); ///< UTF-8 to stderr, newline appended.

} // namespace ShotBrief::Cli
