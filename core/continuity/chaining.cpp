// SPDX-License-Identifier: MIT
#include "chaining.h"

#include "model/shotname.h"

namespace ShotBrief {

QString chainedFramePath(const QString &takeId)
{
    return QStringLiteral("frames/%1-first.png").arg(takeId);
}

ChainLink ChainLink::of(const Project &project, int shotIndex)
{
    ChainLink link;
    if (shotIndex < 0 || shotIndex >= project.shots.size() ||
        !project.shots.at(shotIndex).chainPrevious)
        return link;
    const Shot &shot = project.shots.at(shotIndex);
    const QString name = shotName(project, shotIndex);
    link.state = State::Broken;
    if (shotIndex == 0) {
        link.message = tr("Shot %1 is the first shot: there is no previous shot to continue "
                          "from. Stop chaining it, or give it a first frame of its own.")
                           .arg(name);
        return link;
    }
    link.previousIndex = shotIndex - 1;
    const Shot &previous = project.shots.at(link.previousIndex);
    link.previousShotId = previous.id;
    link.previousName = shotName(project, link.previousIndex);
    const QString size = project.effectiveSize(shot);
    const QString previousSize = project.effectiveSize(previous);
    if (size != previousSize) {
        link.message = tr("Shot %1 (%2) cannot continue shot %3 (%4): a frame of another size "
                          "would not cut together. Give both shots one size, or stop chaining.")
                           .arg(name, size, link.previousName, previousSize);
        return link;
    }
    if (const Take *circled = previous.circledTake()) {
        link.takeId = circled->id;
        if (circled->status == TakeStatus::Ready && !circled->clipPath.isEmpty()) {
            link.state = State::Ready;
            link.clipPath = circled->clipPath;
            return link;
        }
        if (isTakeInFlight(circled->status) || circled->status == TakeStatus::Draft) {
            link.state = State::Waiting;
            link.message = tr("waiting for shot %1").arg(link.previousName);
            return link;
        }
        if (circled->status == TakeStatus::Ready) {
            link.message = tr("The circled take of shot %1 has no clip to continue from: "
                              "circle another take of shot %1, or generate it again.")
                               .arg(link.previousName);
            return link;
        }
        if (circled->status == TakeStatus::Expired)
            link.message = tr("The circled take of shot %1 expired before it was downloaded: "
                              "circle a ready take of shot %1, or generate it again.")
                               .arg(link.previousName);
        else if (circled->status == TakeStatus::Canceled)
            link.message = tr("The circled take of shot %1 was canceled: circle a ready take of "
                              "shot %1, or generate it again.")
                               .arg(link.previousName);
        else
            link.message = tr("The circled take of shot %1 failed: circle a ready take of shot "
                              "%1, or generate it again.")
                               .arg(link.previousName);
        return link;
    }
    // Nothing circled yet: the first take of the previous shot to become ready will be.
    for (const Take &take : previous.takes) {
        if (isTakeInFlight(take.status) || take.status == TakeStatus::Draft) {
            link.state = State::Waiting;
            link.takeId = take.id;
            link.message = tr("waiting for shot %1").arg(link.previousName);
            return link;
        }
    }
    link.message = tr("Shot %1 has no circled take to continue from: generate shot %1 first.")
                       .arg(link.previousName);
    return link;
}

} // namespace ShotBrief
