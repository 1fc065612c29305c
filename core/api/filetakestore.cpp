// SPDX-License-Identifier: MIT
#include "filetakestore.h"

#include "io/projectfile.h"

#include <QCoreApplication>

#include <memory>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct FileTakeStoreText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::FileTakeStore)
};

} // namespace

Result<std::unique_ptr<FileTakeStore>> FileTakeStore::open(const QString &projectPath)
{
    Result<LoadedProject> loaded = ProjectFile::load(projectPath);
    if (!loaded)
        return loaded.error();
    if (loaded->readOnly) {
        Error error;
        error.file = projectPath;
        error.message = loaded->readOnlyReason.isEmpty()
                            ? FileTakeStoreText::tr("The project is read-only.")
                            : loaded->readOnlyReason;
        return error;
    }
    return std::unique_ptr<FileTakeStore>(new FileTakeStore(projectPath, loaded->project));
}

FileTakeStore::FileTakeStore(const QString &path, const Project &project)
    : m_path(path)
    , m_project(project)
{}

QString FileTakeStore::mediaFolder() const
{
    return ProjectFile::mediaFolderFor(m_path);
}

Result<void> FileTakeStore::commit(const Project &changed)
{
    if (Result<void> saved = ProjectFile::save(changed, m_path); !saved)
        return saved;
    m_project = changed;
    return {};
}

Result<void> FileTakeStore::addTake(const QString &shotId, const Take &take)
{
    Project changed = m_project;
    if (Result<void> applied = applyAddTake(changed, shotId, take); !applied)
        return applied;
    return commit(changed);
}

Result<void> FileTakeStore::updateTake(const QString &shotId, const Take &take)
{
    Project changed = m_project;
    if (Result<void> applied = applyUpdateTake(changed, shotId, take); !applied)
        return applied;
    return commit(changed);
}

Result<void> FileTakeStore::appendLedger(const SpendEntry &entry)
{
    Project changed = m_project;
    changed.ledger.append(entry);
    return commit(changed);
}

Result<void> FileTakeStore::recordActualCost(const QString &takeId, double usd)
{
    Project changed = m_project;
    if (Result<void> applied = applyActualCost(changed, takeId, usd); !applied)
        return applied;
    return commit(changed);
}

} // namespace ShotBrief
