// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"
#include "model/result.h"
#include "model/shotfield.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QUndoStack;

namespace ShotBrief {

class ShotListModel;
namespace Commands {
class DocumentCommand;
}

/// The pass that ProjectDocument's do* mutators ask for. Only an undo command can make one
/// (Commands::DocumentCommand::key()), so a view or controller that wants to change the
/// project goes through the public edit methods, which push commands.
class MutatorKey
{
    friend class Commands::DocumentCommand;
    MutatorKey() = default;
};

/// The one owner of the open project. Views read `project()` and edit through the public
/// edit methods, each of which pushes an undo command; the commands call the `do*`
/// mutators (which need a MutatorKey, so only commands can), which change the project and
/// emit the change signals. Take updates from generation bypass the undo stack
/// (`updateTakeFromGeneration`).
class ProjectDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDocument)

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    const Project &project() const { return m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ShotListModel *shotListModel() const { return m_shotModel; }

    // --- File ---------------------------------------------------------------------------
    /// Replaces the whole project (new or loaded), clears the undo stack, marks it clean.
    void resetProject(const Project &project, const QString &filePath = {}, bool readOnly = false,
                      const QString &readOnlyReason = {});
    Result<void> load(const QString &path);
    /// Saves to the current path; refused for read-only projects and untitled ones.
    Result<void> save();
    /// Saves to `path` and makes it the current path (clears read-only: it is a new file).
    Result<void> saveAs(const QString &path);
    /// Reloads the file from disk, dropping unsaved changes.
    Result<void> revert();

    QString filePath() const { return m_filePath; }
    /// The project title, or the file's base name, or "Untitled".
    QString displayName() const;
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    QStringList loadWarnings() const { return m_loadWarnings; }
    /// Unsaved user edits, or generation results not yet in the project file.
    bool isModified() const;
    /// Generation results (takes, ledger) that are only in memory and the recovery file.
    bool hasUnsavedGeneration() const { return m_unsavedGeneration; }
    /// True when something changed since the last save or autosave (including generation
    /// updates, which are not undoable and so do not show in isModified()).
    bool needsAutosave() const { return m_needsAutosave; }
    void setAutosaved() { m_needsAutosave = false; }
    /// Marks the project as changed without an edit: a recovered autosave differs from the
    /// file on disk until it is saved.
    void markModified();

    // --- Edits (undoable) ----------------------------------------------------------------
    /// Replaces a shot's brief fields; `field` is the one the user changed and names the undo
    /// step (none for an edit of several fields, such as a script update). Consecutive edits of the
    /// same field of the same shot merge into one undo step while `mergeable` is true (typing,
    /// dragging) and the typing burst lasts. Takes and the circled take are kept.
    void editShot(const QString &shotId, const Shot &edited, std::optional<ShotField> field,
                  bool mergeable = true);
    void setShotDuration(const QString &shotId, int seconds, bool mergeable = false);
    void setShotPalette(const QString &shotId, const Palette &palette);
    void insertShot(int index, const Shot &shot);
    /// A fresh shot after `afterIndex` (-1: at the end) using the project's defaults.
    QString insertNewShot(int afterIndex);
    void removeShots(const QStringList &shotIds);
    /// Copies each shot (without takes) right after itself; returns the new ids.
    QStringList duplicateShots(const QStringList &shotIds);
    /// Moves the shots (kept in their current relative order) so that the first of them
    /// lands at `targetIndex` of the list without them.
    void moveShots(const QStringList &shotIds, int targetIndex);
    /// Splits a shot into parts of the given durations; `beatPart[i]` is the part (0-based)
    /// that receives action beat i. The first part keeps the id and the takes.
    QStringList splitShot(const QString &shotId, const QList<int> &durations,
                          const QList<int> &beatPart);
    void circleTake(const QString &shotId, const QString &takeId);
    /// Replaces a shot's board (`text` names the edit in the undo history). Each call is one
    /// undo step, except consecutive ones with the same non-empty `mergeKey` on the same shot
    /// (one gesture: a slider, an arrow dragged). An unchanged drawing pushes nothing.
    void setBoard(const QString &shotId, const Board &board, const QString &text,
                  const QString &mergeKey = {});
    /// Draws the board at the shot's size, without arrows and notes, into the media folder and
    /// makes it the shot's first frame (reference_image), as one undo step.
    Result<void> useBoardAsFirstFrame(const QString &shotId);
    /// Replaces the reviews of the shots named in `reviewsByShot` (shot id to its new list)
    /// in one undo step called `undoText`; unknown shots and unchanged lists are left out.
    /// Returns false when nothing changed (and nothing was pushed).
    bool setShotReviews(const QHash<QString, QList<Review>> &reviewsByShot,
                        const QString &undoText);
    /// Marks shots as cut from the edit (`cut`) or restores them, as one undo step.
    void setShotsCut(const QStringList &shotIds, bool cut);
    /// Sets a take's in and out points (ms from the clip's start; 0, 0: untrimmed).
    void setTakeTrim(const QString &shotId, const QString &takeId, int inMs, int outMs);
    /// Puts the shots in `order` (ids; every shot of the project exactly once) as one undo
    /// step of single moves. False, and nothing changes, when `order` is not a permutation.
    bool reorderShots(const QStringList &order, const QString &undoText = {});
    void setStyleBible(const StyleBible &style, const QString &fieldKey = {});
    void setCast(const QList<CastMember> &cast, const QString &fieldKey = {});
    void setScenes(const QList<Scene> &scenes);
    void setTitle(const QString &title);
    /// The project's container defaults (provider, model, size, duration) and spending cap.
    void setProjectSettings(const FormatDefaults &format, double spendingCapUsd);

    /// Ends the current typing burst: the next edit starts a new undo step even when it
    /// changes the same field again (the window calls it when the focus moves).
    void endTypingBurst() { ++m_typingBurst; }
    /// The current typing burst; mergeable commands merge only within one.
    quint64 typingBurst() const { return m_typingBurst; }

    // --- Generation (not undoable) -------------------------------------------------------
    /// Inserts or replaces a take of a shot as reported by the generation queue. Emits
    /// takeChanged and marks the project for autosave; never touches the undo stack.
    bool updateTakeFromGeneration(const QString &shotId, const Take &take);
    /// Records a paid job in the spend ledger (not undoable: money spent stays spent).
    void appendLedgerFromGeneration(const SpendEntry &entry);
    /// Notes what the provider says a paid job cost beside its ledger entry (not undoable).
    Result<void> recordActualCostFromGeneration(const QString &takeId, double usd);
    /// Makes generation results durable: written straight to the project file when the
    /// user has no unsaved edits (nothing of theirs is saved behind their back); otherwise
    /// they stay marked unsaved (the caller writes the recovery file) and the window asks
    /// to save them on close.
    Result<void> persistGeneration();

    // --- Mutators: only the undo commands hold the key ----------------------------------
    void doReplaceShot(MutatorKey, int index, const Shot &shot);
    void doInsertShot(MutatorKey, int index, const Shot &shot);
    void doRemoveShot(MutatorKey, int index);
    void doMoveShot(MutatorKey, int from, int to);
    void doSetCircledTake(MutatorKey, int index, const QString &takeId);
    void doSetBoard(MutatorKey, int index, const Board &board);
    void doSetShotReviews(MutatorKey, int index, const QList<Review> &reviews);
    void doSetShotCut(MutatorKey, int index, bool cut);
    void doSetTakeTrim(MutatorKey, int index, const QString &takeId, int inMs, int outMs);
    void doSetStyleBible(MutatorKey, const StyleBible &style);
    void doSetCast(MutatorKey, const QList<CastMember> &cast);
    void doSetScenes(MutatorKey, const QList<Scene> &scenes);
    void doSetTitle(MutatorKey, const QString &title);
    void doSetProjectSettings(MutatorKey, const FormatDefaults &format, double spendingCapUsd);

Q_SIGNALS:
    void projectReset();
    void shotChanged(int index, const QString &shotId);
    void shotInserted(int index, const QString &shotId);
    void shotRemoved(int index, const QString &shotId);
    void shotMoved(int from, int to, const QString &shotId);
    void takeChanged(const QString &shotId, const QString &takeId);
    /// A shot's board changed (not its brief: shotChanged does not follow).
    void boardChanged(int index, const QString &shotId);
    void styleBibleChanged();
    void castChanged();
    void scenesChanged();
    void titleChanged(const QString &title);
    void projectSettingsChanged();
    /// Any change at all, after the specific signal: for views that just repaint.
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void readOnlyChanged(bool readOnly);

private:
    void touched();
    void setUnsavedGeneration(bool unsaved);
    void setFilePath(const QString &path);
    /// After a save: the boards are in files named after their content; remember the names
    /// so that their flattened pictures are found without drawing them again.
    void noteSavedBoards();
    /// After a successful save, and only then: removes the board files of the media folder
    /// that neither the saved project nor any step of the undo history names.
    void removeUnusedBoardFiles();

    Project m_project;
    QUndoStack *m_undoStack = nullptr;    // owned (child)
    ShotListModel *m_shotModel = nullptr; // owned (child)
    QString m_filePath;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QStringList m_loadWarnings;
    bool m_needsAutosave = false;
    bool m_unsavedGeneration = false;
    quint64 m_typingBurst = 0;
};

} // namespace ShotBrief
