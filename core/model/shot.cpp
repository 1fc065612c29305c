// SPDX-License-Identifier: MIT
#include "shot.h"

#include <QStringList>

namespace ShotBrief {

QString promptStrategyKey(PromptStrategy strategy)
{
    return strategy == PromptStrategy::Concise ? QStringLiteral("concise")
                                               : QStringLiteral("detailed");
}

int Shot::takeIndex(const QString &takeId) const
{
    for (int i = 0; i < takes.size(); ++i) {
        if (takes.at(i).id == takeId)
            return i;
    }
    return -1;
}

const Take *Shot::takeById(const QString &takeId) const
{
    const int index = takeIndex(takeId);
    return index < 0 ? nullptr : &takes.at(index);
}

const Take *Shot::circledTake() const
{
    return circledTakeId.isEmpty() ? nullptr : takeById(circledTakeId);
}

qint64 Shot::playLengthMs() const
{
    if (const Take *take = circledTake(); take && take->isTrimmed())
        return take->usedLengthMs();
    return qint64(durationSeconds) * 1000;
}

bool circleIfFirstReady(Shot &shot, const Take &take)
{
    if (take.status != TakeStatus::Ready || !shot.circledTakeId.isEmpty() ||
        shot.takeIndex(take.id) < 0)
        return false;
    shot.circledTakeId = take.id;
    return true;
}

QString cameraSummary(const Shot &shot)
{
    QStringList parts;
    for (const QString &term :
         {shot.framing.displayName(), shot.angle.displayName(), shot.movement.displayName()}) {
        if (!term.isEmpty())
            parts.append(term);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace ShotBrief
