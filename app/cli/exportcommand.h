// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ShotBrief {

/// `shotbrief-cli export FILE --format pdf|storyboard|md|html|csv|json|otio|edl|mlt|fcpxml7
/// [-o OUT] [--paper a4|letter] [--landscape] [--bom] [--frames 6|9] [--shots RANGE]
/// [--scene ID]`, given the arguments after the word "export".
/// Without -o (or with "-o -") the data goes to stdout; messages go to stderr.
/// Exit codes: 0 written, 1 the export failed (write error, PDF without a GUI application),
/// 2 bad arguments or an unreadable project.
int runExportCommand(const QStringList &arguments);

} // namespace ShotBrief
