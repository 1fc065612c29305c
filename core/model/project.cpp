// SPDX-License-Identifier: MIT
#include "project.h"

#include <utility>

#include <QUuid>

namespace ShotBrief {

int Project::shotIndex(const QString &shotId) const
{
    for (int i = 0; i < shots.size(); ++i) {
        if (shots.at(i).id == shotId)
            return i;
    }
    return -1;
}

const Shot *Project::shotById(const QString &shotId) const
{
    const int index = shotIndex(shotId);
    return index < 0 ? nullptr : &shots.at(index);
}

const CastMember *Project::castById(const QString &castId) const
{
    for (const CastMember &member : cast) {
        if (member.id == castId)
            return &member;
    }
    return nullptr;
}

const Scene *Project::sceneById(const QString &sceneId) const
{
    for (const Scene &scene : scenes) {
        if (scene.id == sceneId)
            return &scene;
    }
    return nullptr;
}

int Project::totalDurationSeconds() const
{
    int total = 0;
    for (const Shot &shot : shots)
        total += shot.durationSeconds;
    return total;
}

const SpendEntry *Project::spendEntryFor(const QString &takeId) const
{
    for (const SpendEntry &entry : ledger) {
        if (entry.takeId == takeId)
            return &entry;
    }
    return nullptr;
}

SpendEntry *Project::spendEntryFor(const QString &takeId)
{
    return const_cast<SpendEntry *>(std::as_const(*this).spendEntryFor(takeId));
}

double Project::totalSpentUsd() const
{
    double total = 0.0;
    for (const SpendEntry &entry : ledger)
        total += entry.spentUsd();
    return total;
}

QString Project::effectiveModel(const Shot &shot) const
{
    return shot.model.isEmpty() ? format.model : shot.model;
}

QString Project::effectiveSize(const Shot &shot) const
{
    return shot.size.isEmpty() ? format.size : shot.size;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ShotBrief
