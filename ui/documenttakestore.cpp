// SPDX-License-Identifier: MIT
#include "documenttakestore.h"

#include "document/projectdocument.h"
#include "io/projectfile.h"

#include <QCoreApplication>
#include <QDir>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct DocumentTakeStoreText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::DocumentTakeStore)
};

} // namespace

DocumentTakeStore::DocumentTakeStore(ProjectDocument *document, std::function<void()> writeRecovery)
    : m_document(document)
    , m_writeRecovery(std::move(writeRecovery))
{}

Project DocumentTakeStore::snapshot() const
{
    return m_document->project();
}

QString DocumentTakeStore::mediaFolder() const
{
    if (m_document->filePath().isEmpty())
        return {};
    const QString folder = ProjectFile::mediaFolderFor(m_document->filePath());
    QDir().mkpath(folder);
    return folder;
}

Result<void> DocumentTakeStore::addTake(const QString &shotId, const Take &take)
{
    if (m_document->project().shotById(shotId) == nullptr)
        return Error{DocumentTakeStoreText::tr("The shot was deleted."), {}, {}, 0, 0};
    m_document->updateTakeFromGeneration(shotId, take);
    return persist();
}

Result<void> DocumentTakeStore::updateTake(const QString &shotId, const Take &take)
{
    const Shot *shot = m_document->project().shotById(shotId);
    if (!shot || !shot->takeById(take.id))
        return Error{DocumentTakeStoreText::tr("The shot or take was deleted."), {}, {}, 0, 0};
    m_document->updateTakeFromGeneration(shotId, take);
    return persist();
}

Result<void> DocumentTakeStore::appendLedger(const SpendEntry &entry)
{
    m_document->appendLedgerFromGeneration(entry);
    return persist();
}

Result<void> DocumentTakeStore::recordActualCost(const QString &takeId, double usd)
{
    if (Result<void> recorded = m_document->recordActualCostFromGeneration(takeId, usd); !recorded)
        return recorded;
    return persist();
}

Result<void> DocumentTakeStore::persist()
{
    Result<void> persisted = m_document->persistGeneration();
    if (!persisted)
        return persisted;
    if (m_document->hasUnsavedGeneration() && m_writeRecovery)
        m_writeRecovery();
    return {};
}

} // namespace ShotBrief
