// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"
#include "model/result.h"

#include <QString>

#include <functional>

namespace ShotBrief {

/// Where the generation queue persists takes. Every call must be durable when it returns
/// (the queue sends nothing over the network before the state it depends on is saved).
/// The CLI uses FileTakeStore; the GUI implements this on its ProjectDocument.
class TakeStore
{
public:
    virtual ~TakeStore() = default;

    /// The current project (takes, ledger, spending cap, shots).
    virtual Project snapshot() const = 0;
    /// Absolute path of `Name.media/`, where clips/ and thumbs/ live.
    virtual QString mediaFolder() const = 0;

    virtual Result<void> addTake(const QString &shotId, const Take &take) = 0;
    /// Replaces the take with the same id.
    virtual Result<void> updateTake(const QString &shotId, const Take &take) = 0;
    virtual Result<void> appendLedger(const SpendEntry &entry) = 0;
    /// Notes beside the ledger entry of `takeId` what the provider says the job cost.
    virtual Result<void> recordActualCost(const QString &takeId, double usd) = 0;
};

/// A TakeStore kept in memory, for tests and previews.
class MemoryTakeStore final : public TakeStore
{
public:
    MemoryTakeStore(const Project &project, const QString &mediaFolder);

    Project snapshot() const override { return m_project; }
    QString mediaFolder() const override { return m_mediaFolder; }
    Result<void> addTake(const QString &shotId, const Take &take) override;
    Result<void> updateTake(const QString &shotId, const Take &take) override;
    Result<void> appendLedger(const SpendEntry &entry) override;
    Result<void> recordActualCost(const QString &takeId, double usd) override;

    int writeCount() const { return m_writes; }
    /// Makes the next `count` writes fail (to test error handling).
    void failNextWrites(int count) { m_failWrites = count; }

private:
    Result<void> checkWrite();
    /// Applies `change` to a copy and keeps it only when the change and the write succeed.
    Result<void> commit(const std::function<Result<void>(Project &)> &change);

    Project m_project;
    QString m_mediaFolder;
    int m_writes = 0;
    int m_failWrites = 0;
};

/// Applies a take change to a project; shared by the stores.
Result<void> applyAddTake(Project &project, const QString &shotId, const Take &take);
Result<void> applyUpdateTake(Project &project, const QString &shotId, const Take &take);
/// Sets the actual cost of the ledger entry of `takeId`; an Error when the take has none.
Result<void> applyActualCost(Project &project, const QString &takeId, double usd);

} // namespace ShotBrief
