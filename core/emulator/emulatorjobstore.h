// SPDX-License-Identifier: MIT
#pragma once

#include "emulatorjob.h"
#include "model/result.h"

#include <QList>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace ShotBrief {

/// The emulator's jobs and their media, kept in a state folder (jobs.json written atomically,
/// media/<id>/ per job) so that a restarted emulator still knows the jobs made before.
/// Dialect-neutral: every dialect's routes share one store.
class EmulatorJobStore
{
public:
    /// An empty `stateDir` uses a temporary folder removed with the store.
    explicit EmulatorJobStore(const QString &stateDir);
    ~EmulatorJobStore();
    EmulatorJobStore(const EmulatorJobStore &) = delete;
    EmulatorJobStore &operator=(const EmulatorJobStore &) = delete;

    QString stateDir() const { return m_dir; }
    QString jobsFile() const;
    /// media/<id>, created on demand.
    QString mediaDir(const QString &id) const;
    QString videoPath(const QString &id) const;
    QString thumbnailPath(const QString &id) const;
    QString spritesheetPath(const QString &id) const;

    /// Reads jobs.json if it exists (a missing file is an empty store).
    Result<void> load();
    /// Writes jobs.json atomically (QSaveFile).
    Result<void> save() const;

    /// All jobs in creation order.
    const QList<EmulatorJob> &jobs() const { return m_jobs; }
    EmulatorJob *find(const QString &id);
    const EmulatorJob *find(const QString &id) const;
    /// The sequence number the next added job gets (creation order).
    qint64 nextSequence() const { return m_sequence + 1; }
    /// Gives the job an id (unless it has one), a sequence number and stores it.
    EmulatorJob &add(EmulatorJob job);
    /// Forgets the job and deletes its media; false when unknown.
    bool remove(const QString &id);
    /// Jobs queued or in progress for one owner key.
    int runningCount(const QString &ownerKey) const;

    static QString newJobId();

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dir;
    QList<EmulatorJob> m_jobs;
    qint64 m_sequence = 0;
};

} // namespace ShotBrief
