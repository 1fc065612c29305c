// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ShotBrief {

/// `shotbrief-cli conform PROJECT EDITED [--dry-run] [--json] [--fit-length] [--import-clips]`:
/// brings the plan to an edit list changed in an editor (order, trims, circled takes, shots
/// cut) and saves the project atomically; --dry-run only reports. Exit 0 when everything was
/// matched, 1 when some clips were not, 2 for bad arguments or input (nothing is changed).
int runConformCommand(const QStringList &arguments);

} // namespace ShotBrief
