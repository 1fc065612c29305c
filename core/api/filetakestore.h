// SPDX-License-Identifier: MIT
#pragma once

#include "takestore.h"

namespace ShotBrief {

/// A TakeStore on a `.shotbrief` file: each change is applied to the project and the whole
/// file is saved atomically (ProjectFile::save, QSaveFile) before the call returns.
/// For the CLI, which is the only writer of the file while it runs.
class FileTakeStore final : public TakeStore
{
public:
    /// Loads the project; an Error when the file cannot be read or is read-only.
    static Result<std::unique_ptr<FileTakeStore>> open(const QString &projectPath);

    Project snapshot() const override { return m_project; }
    QString mediaFolder() const override;
    QString projectPath() const { return m_path; }

    Result<void> addTake(const QString &shotId, const Take &take) override;
    Result<void> updateTake(const QString &shotId, const Take &take) override;
    Result<void> appendLedger(const SpendEntry &entry) override;
    Result<void> recordActualCost(const QString &takeId, double usd) override;

private:
    FileTakeStore(const QString &path, const Project &project);
    Result<void> commit(const Project &changed);

    QString m_path;
    Project m_project;
};

} // namespace ShotBrief
