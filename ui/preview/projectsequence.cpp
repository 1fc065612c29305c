// SPDX-License-Identifier: MIT
#include "projectsequence.h"

#include "board/boardimages.h"
#include "board/shotpicture.h"
#include "io/projectfile.h"
#include "prompt/promptcomposer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ShotBrief {

SequenceTimeline sequenceForProject(const Project &project, const QString &projectPath)
{
    SequenceTimeline timeline = SequenceTimeline::fromProject(
        project,
        [projectPath](const QString &relative) {
            return ProjectFile::resolveMediaPath(projectPath, relative);
        },
        [&project](const Shot &shot) { return composePrompt(project, shot); });
    // A shot without a clip to play shows its board, else its first frame, before the slate.
    QList<SequenceItem> items = timeline.items();
    bool stills = false;
    for (SequenceItem &item : items) {
        const Shot *shot = project.shotById(item.shotId);
        if (item.hasClip() || !shot)
            continue;
        Shot withoutTake = *shot;
        withoutTake.circledTakeId.clear();
        item.picturePath = BoardImages::pictureFile(shotPicture(project, projectPath, withoutTake));
        stills = stills || !item.picturePath.isEmpty();
    }
    return stills ? SequenceTimeline(std::move(items)) : timeline;
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
