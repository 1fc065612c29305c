// SPDX-License-Identifier: MIT
#include "autosave.h"

#include "projectdocument.h"

#include "io/projectfile.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace ShotBrief {

Autosave::Autosave(ProjectDocument *document, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent ? parent : document)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(interval);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    connect(document, &ProjectDocument::changed, this, &Autosave::onDocumentChanged);
    connect(document, &ProjectDocument::modifiedChanged, this, [this](bool modified) {
        // Saved (or undone back to the saved state): the recovery copy is stale.
        if (!modified && !m_document->needsAutosave()) {
            m_timer->stop();
            discardRecoveryFile();
        }
    });
    connect(document, &ProjectDocument::filePathChanged, this,
            [this] { m_lastRecoveryPath.clear(); });
}

void Autosave::setInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval);
}

std::chrono::milliseconds Autosave::interval() const
{
    return m_timer->intervalAsDuration();
}

void Autosave::onDocumentChanged()
{
    // One write per interval at most, started by the first change after a write.
    if (m_document->needsAutosave() && !m_timer->isActive())
        m_timer->start();
}

bool Autosave::saveNow()
{
    m_timer->stop();
    const QString projectPath = m_document->filePath();
    if (projectPath.isEmpty() || !m_document->needsAutosave())
        return false;
    const QString recoveryPath = recoveryPathFor(projectPath);
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

void Autosave::discardRecoveryFile()
{
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
