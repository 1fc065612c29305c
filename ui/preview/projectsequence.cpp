// SPDX-License-Identifier: MIT
#include "projectsequence.h"

#include "io/projectfile.h"
#include "prompt/promptcomposer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ShotBrief {

SequenceTimeline sequenceForProject(const Project &project, const QString &projectPath)
{
    return SequenceTimeline::fromProject(
        project,
        [projectPath](const QString &relative) {
            return ProjectFile::resolveMediaPath(projectPath, relative);
        },
        [&project](const Shot &shot) { return composePrompt(project, shot); });
}

SequenceItem itemForTake(const Project &project, const QString &projectPath, const Shot &shot,
                         const Take &take)
{
    Shot single = shot;
    single.circledTakeId = take.id;
    single.cut = false; // a cut shot's takes can still be compared
    Project one = project;
    one.shots = {single};
    SequenceItem item = sequenceForProject(one, projectPath).at(0);
    // A take is compared with the prompt it was generated from, not today's brief.
    if (!take.prompt.isEmpty())
        item.prompt = take.prompt;
    // Compare shows whole takes, whatever the edit uses of them.
    item.clipInMs = 0;
    if (take.seconds > 0)
        item.durationMs = qint64(take.seconds) * 1000;
    return item;
}

} // namespace ShotBrief
