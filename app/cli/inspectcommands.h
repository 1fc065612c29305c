// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ShotBrief::Cli {

// Read-only commands on a project file. Each takes the arguments after its own name.
int runLintCommand(const QStringList &arguments);
int runPromptCommand(const QStringList &arguments);
int runEstimateCommand(const QStringList &arguments);
int runValidateCommand(const QStringList &arguments);
/// Measures every cut between two circled takes and every clip's colours (ffmpeg).
int runContinuityCommand(const QStringList &arguments);

} // namespace ShotBrief::Cli
