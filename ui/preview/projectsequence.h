// SPDX-License-Identifier: MIT
#pragma once

#include "preview/sequencetimeline.h"

#include "model/project.h"

namespace ShotBrief {

/// The project's sequence as the player shows it: circled takes resolved inside the media
/// folder of `projectPath` (ProjectFile::resolveMediaPath), prompts from composePrompt.
SequenceTimeline sequenceForProject(const Project &project, const QString &projectPath);

/// One take of a shot as a playable item (for compare), resolved the same way.
SequenceItem itemForTake(const Project &project, const QString &projectPath, const Shot &shot,
                         const Take &take);

} // namespace ShotBrief
