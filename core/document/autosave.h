// SPDX-License-Identifier: MIT
#pragma once

#include "model/result.h"

#include <QObject>
#include <QString>

#include <chrono>

class QTimer;

namespace ShotBrief {

class ProjectDocument;

/// Writes the open project to its recovery file (ProjectFile::autosavePathFor) at a fixed
/// interval while it has unsaved changes, and deletes that file on a clean save or close.
/// The interval is injectable so that tests need not wait a minute.
class Autosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosave)

public:
    explicit Autosave(ProjectDocument *document,
                      std::chrono::milliseconds interval = std::chrono::minutes(1),
                      QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;

    /// Writes the recovery file now if the project needs it; returns whether it wrote.
    bool saveNow();
    /// Deletes the recovery file of the current project, if any.
    void discardRecoveryFile();

    /// The recovery file of a project path ("Name.shotbrief.autosave").
    static QString recoveryPathFor(const QString &projectPath);
    /// True when a recovery file exists and is newer than the project (a crash left it).
    static bool hasRecoveryFor(const QString &projectPath);

Q_SIGNALS:
    void autosaved(const QString &recoveryPath);
    void autosaveFailed(const Error &error);

private:
    void onDocumentChanged();

    ProjectDocument *m_document; // not owned
    QTimer *m_timer = nullptr;   // owned (child)
    QString m_lastRecoveryPath;
};

} // namespace ShotBrief
