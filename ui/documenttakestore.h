// SPDX-License-Identifier: MIT
#pragma once

#include "api/takestore.h"

#include <functional>

namespace ShotBrief {

class ProjectDocument;

/// The GUI's TakeStore: generation results go into the open ProjectDocument (not undoable,
/// with change signals) and are made durable before the queue's next network step.
class DocumentTakeStore final : public TakeStore
{
public:
    /// `writeRecovery` is called when the project has unsaved user edits, so that the
    /// take state still reaches the disk (the recovery file) without saving those edits.
    DocumentTakeStore(ProjectDocument *document, std::function<void()> writeRecovery);

    Project snapshot() const override;
    QString mediaFolder() const override;
    Result<void> addTake(const QString &shotId, const Take &take) override;
    Result<void> updateTake(const QString &shotId, const Take &take) override;
    Result<void> appendLedger(const SpendEntry &entry) override;
    Result<void> recordActualCost(const QString &takeId, double usd) override;

private:
    Result<void> persist();

    ProjectDocument *m_document; // not owned
    std::function<void()> m_writeRecovery;
};

} // namespace ShotBrief
