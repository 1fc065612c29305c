// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ShotBrief {

/// `shotbrief-cli models (--profile NAME | FILE) [--refresh] [--json] [--base-url URL]`: the
/// models a profile offers as ShotBrief plans with them, after reading its catalog again when
/// asked. Exit 0; 1 when a refresh failed (the last good catalog is listed); 2 for bad input.
int runModelsCommand(const QStringList &arguments);

} // namespace ShotBrief
