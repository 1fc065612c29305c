// SPDX-License-Identifier: MIT
#include "autosave.h"

#include "projectdocument.h"

#include "io/projectfile.h"

#include <QFile>
#include <QFileInfo>
#include <QThreadPool>
#include <QTimer>

namespace ShotBrief {

Autosave::Autosave(ProjectDocument *document, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent ? parent : document)
    , m_document(document)
    , m_quietTimer(new QTimer(this))
    , m_latestTimer(new QTimer(this))
    , m_writer(std::make_unique<QThreadPool>())
{
    m_writer->setMaxThreadCount(1);
    m_quietTimer->setSingleShot(true);
    m_quietTimer->setInterval(std::min(DefaultQuietPeriod, interval));
    m_latestTimer->setSingleShot(true);
    m_latestTimer->setInterval(interval);
    connect(m_quietTimer, &QTimer::timeout, this, &Autosave::startWrite);
    connect(m_latestTimer, &QTimer::timeout, this, &Autosave::startWrite);
    connect(document, &ProjectDocument::changed, this, &Autosave::onDocumentChanged);
    connect(document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        // Saved (or undone back to the saved state): the recovery copy is stale.
        if (!modified && !m_document->needsAutosave()) {
            m_quietTimer->stop();
            m_latestTimer->stop();
            discardRecoveryFile();
        }
    });
    connect(document, &ProjectDocument::filePathChanged, this, [this] {
        // A write still running belongs to the file before: its answer changes nothing here.
        ++m_epoch;
        m_lastRecoveryPath.clear();
    });
}

Autosave::~Autosave()
{
    // A write in progress finishes (a half-written file is never left: QSaveFile); its
    // queued answer is dropped with this object.
    m_writer->waitForDone();
}

void Autosave::setInterval(std::chrono::milliseconds interval)
{
    m_latestTimer->setInterval(interval);
    // A quiet period longer than the interval would never be reached first.
    if (m_quietTimer->intervalAsDuration() > interval)
        m_quietTimer->setInterval(interval);
}

std::chrono::milliseconds Autosave::interval() const
{
    return m_latestTimer->intervalAsDuration();
}

void Autosave::setQuietPeriod(std::chrono::milliseconds quiet)
{
    m_quietTimer->setInterval(std::min(quiet, interval()));
}

std::chrono::milliseconds Autosave::quietPeriod() const
{
    return m_quietTimer->intervalAsDuration();
}

void Autosave::onDocumentChanged()
{
    ++m_changes;
    if (!m_document->needsAutosave())
        return;
    // Debounced: every edit moves the write to a moment after it; the first unsaved edit
    // sets the latest moment, which further edits do not move.
    m_quietTimer->start();
    if (!m_latestTimer->isActive())
        m_latestTimer->start();
}

void Autosave::startWrite()
{
    m_quietTimer->stop();
    m_latestTimer->stop();
    const QString projectPath = m_document->filePath();
    if (projectPath.isEmpty() || !m_document->needsAutosave())
        return;
    // A copy shares the project's data: cheap here, and the worker never sees later edits.
    const Project snapshot = m_document->project();
    const QString path = recoveryPathFor(projectPath);
    const quint64 epoch = m_epoch;
    const quint64 changes = m_changes;
    ++m_pending;
    m_writer->start([this, snapshot, path, epoch, changes] {
        const Result<void> result = ProjectFile::save(snapshot, path);
        QMetaObject::invokeMethod(
            this, [this, epoch, changes, path, result] { onWritten(epoch, changes, path, result); },
            Qt::QueuedConnection);
    });
    // After the write is queued: a save or discard in a slot of this waits for it.
    Q_EMIT autosaveStarted();
}

void Autosave::onWritten(quint64 epoch, quint64 changes, const QString &path,
                         const Result<void> &result)
{
    --m_pending;
    if (!result) {
        Q_EMIT autosaveFailed(result.error());
        return;
    }
    if (epoch == m_epoch) {
        m_lastRecoveryPath = path;
        // Edits made while it was written are not in the file: they still need a write, and
        // the timers they started will make it.
        if (changes == m_changes)
            m_document->setAutosaved();
    }
    Q_EMIT autosaved(path);
}

bool Autosave::saveNow()
{
    m_quietTimer->stop();
    m_latestTimer->stop();
    // After any write in progress: the file must end up holding this state, not an older one.
    m_writer->waitForDone();
    const QString projectPath = m_document->filePath();
    if (projectPath.isEmpty() || !m_document->needsAutosave())
        return false;
    const QString recoveryPath = recoveryPathFor(projectPath);
    Q_EMIT autosaveStarted();
    Result<void> saved = ProjectFile::save(m_document->project(), recoveryPath);
    if (!saved) {
        Q_EMIT autosaveFailed(saved.error());
        return false;
    }
    m_lastRecoveryPath = recoveryPath;
    m_document->setAutosaved();
    Q_EMIT autosaved(recoveryPath);
    return true;
}

void Autosave::waitForWrites()
{
    m_writer->waitForDone();
}

bool Autosave::isWriting() const
{
    return m_pending > 0;
}

void Autosave::discardRecoveryFile()
{
    // A write still running would bring the file back after it was deleted.
    m_writer->waitForDone();
    const QString projectPath = m_document->filePath();
    if (!projectPath.isEmpty())
        QFile::remove(recoveryPathFor(projectPath));
    if (!m_lastRecoveryPath.isEmpty())
        QFile::remove(m_lastRecoveryPath);
    m_lastRecoveryPath.clear();
}

QString Autosave::recoveryPathFor(const QString &projectPath)
{
    return ProjectFile::autosavePathFor(projectPath);
}

bool Autosave::hasRecoveryFor(const QString &projectPath)
{
    const QFileInfo recovery(recoveryPathFor(projectPath));
    if (!recovery.exists())
        return false;
    const QFileInfo project(projectPath);
    return !project.exists() || recovery.lastModified() >= project.lastModified();
}

} // namespace ShotBrief
