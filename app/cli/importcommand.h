// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ShotBrief {

/// `shotbrief-cli import SCRIPT -o OUT.shotbrief [--profile NAME] [--providers FILE] [--json]`
/// writes a new project from a Fountain, Final Draft (.fdx) or shot-list CSV script;
/// `shotbrief-cli import SCRIPT --into PROJECT.shotbrief [--dry-run] [--json]` re-imports a
/// revised script into a project made from it, keeping everything the user made, and prints
/// what changed. Given the arguments after the word "import".
/// Exit codes: 0 imported (or, with --dry-run, planned); 2 bad arguments, or a script or
/// project that cannot be read (nothing is written then).
int runImportCommand(const QStringList &arguments);

} // namespace ShotBrief
