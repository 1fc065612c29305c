// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ShotBrief {

/// `shotbrief-cli generate FILE [--shots N,M|all] [--variants K] [--profile NAME]
/// [--base-url URL] [--max-spend USD]`: generates takes for the shots through the durable
/// queue; resumable by running it again. `arguments` are those after the word "generate".
/// Data on stdout, progress on stderr. Exit 0 done, 1 some takes failed or the batch was
/// refused, 2 unreadable file or bad arguments.
int runGenerateCommand(const QStringList &arguments);

} // namespace ShotBrief
