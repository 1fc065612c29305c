// SPDX-License-Identifier: MIT
#include "takestore.h"

#include <QCoreApplication>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct TakeStoreText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::TakeStore)
};

Error storeError(const QString &message)
{
    Error error;
    error.message = message;
    return error;
}

} // namespace

Result<void> applyAddTake(Project &project, const QString &shotId, const Take &take)
{
    const int index = project.shotIndex(shotId);
    if (index < 0)
        return storeError(TakeStoreText::tr("The shot %1 no longer exists.").arg(shotId));
    Shot &shot = project.shots[index];
    if (shot.takeIndex(take.id) >= 0)
        return storeError(TakeStoreText::tr("The take %1 exists already.").arg(take.id));
    shot.takes.append(take);
    return {};
}

Result<void> applyUpdateTake(Project &project, const QString &shotId, const Take &take)
{
    const int index = project.shotIndex(shotId);
    if (index < 0)
        return storeError(TakeStoreText::tr("The shot %1 no longer exists.").arg(shotId));
    Shot &shot = project.shots[index];
    const int takeIndex = shot.takeIndex(take.id);
    if (takeIndex < 0)
        return storeError(TakeStoreText::tr("The take %1 no longer exists.").arg(take.id));
    shot.takes[takeIndex] = take;
    circleIfFirstReady(shot, take);
    return {};
}

Result<void> applyActualCost(Project &project, const QString &takeId, double usd)
{
    if (SpendEntry *entry = project.spendEntryFor(takeId)) {
        entry->actualUsd = usd;
        return {};
    }
    return storeError(QCoreApplication::translate("ShotBrief::TakeStore",
                                                  "The spend ledger has no entry for take %1.")
                          .arg(takeId));
}

MemoryTakeStore::MemoryTakeStore(const Project &project, const QString &mediaFolder)
    : m_project(project)
    , m_mediaFolder(mediaFolder)
{}

Result<void> MemoryTakeStore::checkWrite()
{
    if (m_failWrites > 0) {
        --m_failWrites;
        return storeError(QStringLiteral("simulated write failure"));
    }
    ++m_writes;
    return {};
}

Result<void> MemoryTakeStore::commit(const std::function<Result<void>(Project &)> &change)
{
    Project copy = m_project;
    if (auto applied = change(copy); !applied)
        return applied;
    if (auto written = checkWrite(); !written)
        return written;
    m_project = copy;
    return {};
}

Result<void> MemoryTakeStore::addTake(const QString &shotId, const Take &take)
{
    return commit([&](Project &project) { return applyAddTake(project, shotId, take); });
}

Result<void> MemoryTakeStore::updateTake(const QString &shotId, const Take &take)
{
    return commit([&](Project &project) { return applyUpdateTake(project, shotId, take); });
}

Result<void> MemoryTakeStore::appendLedger(const SpendEntry &entry)
{
    if (auto written = checkWrite(); !written)
        return written;
    m_project.ledger.append(entry);
    return {};
}

Result<void> MemoryTakeStore::recordActualCost(const QString &takeId, double usd)
{
    return commit([&](Project &project) { return applyActualCost(project, takeId, usd); });
}

} // namespace ShotBrief
