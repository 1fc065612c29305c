// SPDX-License-Identifier: MIT
#pragma once

#include "model/result.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

class QThreadPool;
class QTimer;

namespace ShotBrief {

class ProjectDocument;

/// Writes the open project to its recovery file (ProjectFile::autosavePathFor) while it has
/// unsaved changes, and deletes that file on a clean save or close.
///
/// When: a few seconds after the last edit (the quiet period: a typing burst is saved once it
/// pauses), and at the latest `interval` after the first unsaved edit (continuous editing is
/// saved too). How: the project is copied on the caller's thread (its value types share their
/// data, so that is cheap) and serialized and written on a worker thread, one write at a time
/// in order, so that typing never waits for a large project to be written. saveNow() writes
/// at once on the caller's thread, after any write in progress (generation needs the state on
/// disk before its next network step). Intervals are injectable so that tests need not wait.
class Autosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosave)

public:
    static constexpr std::chrono::milliseconds DefaultQuietPeriod{2000};

    explicit Autosave(ProjectDocument *document,
                      std::chrono::milliseconds interval = std::chrono::minutes(1),
                      QObject *parent = nullptr);
    ~Autosave() override;

    /// The longest time an unsaved edit waits for its autosave while editing goes on.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;
    /// How long after the last edit the autosave starts.
    void setQuietPeriod(std::chrono::milliseconds quiet);
    std::chrono::milliseconds quietPeriod() const;

    /// Writes the recovery file now, on this thread, if the project needs it; returns whether
    /// it wrote.
    bool saveNow();
    /// Waits until a write running on the worker thread has finished (tests, shutdown).
    void waitForWrites();
    /// True while a write runs on the worker thread.
    bool isWriting() const;
    /// Deletes the recovery file of the current project, if any (after a write in progress).
    void discardRecoveryFile();

    /// The recovery file of a project path ("Name.shotbrief.autosave").
    static QString recoveryPathFor(const QString &projectPath);
    /// True when a recovery file exists and is newer than the project (a crash left it).
    static bool hasRecoveryFor(const QString &projectPath);

Q_SIGNALS:
    /// The project was copied for a write: the recovery file will hold the document as it is
    /// now. Each autosaveStarted is followed, in order, by autosaved or autosaveFailed.
    void autosaveStarted();
    void autosaved(const QString &recoveryPath);
    void autosaveFailed(const Error &error);

private:
    void onDocumentChanged();
    void startWrite();
    void onWritten(quint64 epoch, quint64 changes, const QString &path, const Result<void> &result);

    ProjectDocument *m_document;           // not owned
    QTimer *m_quietTimer = nullptr;        // owned (child): restarted by every edit
    QTimer *m_latestTimer = nullptr;       // owned (child): started by the first unsaved edit
    std::unique_ptr<QThreadPool> m_writer; ///< One thread: writes stay in order.
    QString m_lastRecoveryPath;
    quint64 m_changes = 0; ///< Edits seen; a write done for an older count leaves it unsaved.
    quint64 m_epoch = 0;   ///< Bumped when the document becomes another file.
    int m_pending = 0;     ///< Writes started on the worker and not yet reported.
};

} // namespace ShotBrief
