// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"
#include "model/shotfield.h"

#include <QSet>
#include <QUndoCommand>

#include <optional>

// The undo commands of ProjectDocument, kept together as Shotcut keeps its commands: each
// is a small value holder that calls the document's do* mutators.

namespace ShotBrief {

class MutatorKey;
class ProjectDocument;

namespace Commands {

/// Base of every command that changes the document: the only code that can make the
/// MutatorKey its do* mutators ask for.
class DocumentCommand : public QUndoCommand
{
public:
    /// The media paths the states this command moves between name (a shot's board files,
    /// its pictures), so that a save never removes a file an undo or redo brings back. Worked
    /// out once (naming a changed board hashes it) until the command changes.
    const QSet<QString> &mediaPaths() const;

protected:
    DocumentCommand(ProjectDocument *document, QUndoCommand *parent);
    ProjectDocument *document() const { return m_document; }
    static MutatorKey key();
    /// What mediaPaths() holds: the commands that hold shots or boards add theirs.
    virtual void addMediaPaths(QSet<QString> & /*paths*/) const {}
    /// The shots or boards held changed (a merge, a shot captured again).
    void mediaPathsChanged() { m_mediaPaths.reset(); }

private:
    ProjectDocument *m_document; // not owned
    mutable std::optional<QSet<QString>> m_mediaPaths;
};

enum Id { EditShotId = 1, StyleBibleId, CastId, TitleId, BoardId };

/// Replaces a shot's brief (takes untouched); while `mergeable`, merges with the next edit of
/// the same field in the same typing burst (ProjectDocument::endTypingBurst). Named after the
/// field and the shot as it was before the edit: "Edit Mood of Shot 3". Without a field
/// (an edit of several fields, such as a split) it is named after the shot alone.
class EditShot final : public DocumentCommand
{
public:
    EditShot(ProjectDocument *document, const Shot &before, const Shot &after,
             std::optional<ShotField> field, bool mergeable, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return EditShotId; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void addMediaPaths(QSet<QString> &paths) const override;

private:
    Shot m_before;
    Shot m_after;
    std::optional<ShotField> m_field;
    bool m_mergeable;
    quint64 m_burst;
};

/// Replaces a shot's board. Each stroke is one command; edits that continue one gesture (a
/// slider, an arrow dragged) share a non-empty `mergeKey` and merge into one undo step.
class SetBoard final : public DocumentCommand
{
public:
    SetBoard(ProjectDocument *document, const QString &shotId, const Board &before,
             const Board &after, const QString &text, const QString &mergeKey,
             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return BoardId; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void addMediaPaths(QSet<QString> &paths) const override;

private:
    void apply(const Board &board);
    QString m_shotId;
    Board m_before;
    Board m_after;
    QString m_mergeKey;
};

class InsertShot final : public DocumentCommand
{
public:
    InsertShot(ProjectDocument *document, int index, const Shot &shot,
               QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

protected:
    void addMediaPaths(QSet<QString> &paths) const override;

private:
    int m_index;
    Shot m_shot;
};

class RemoveShot final : public DocumentCommand
{
public:
    RemoveShot(ProjectDocument *document, int index, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

protected:
    void addMediaPaths(QSet<QString> &paths) const override;

private:
    int m_index;
    Shot m_shot; // captured at redo time so that take updates made since are restored
};

class MoveShot final : public DocumentCommand
{
public:
    MoveShot(ProjectDocument *document, int from, int to, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    int m_from;
    int m_to;
};

class CircleTake final : public DocumentCommand
{
public:
    CircleTake(ProjectDocument *document, const QString &shotId, const QString &before,
               const QString &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const QString &takeId);
    QString m_shotId;
    QString m_before;
    QString m_after;
};

/// Marks a shot cut from the edit, or restores it.
class SetShotCut final : public DocumentCommand
{
public:
    SetShotCut(ProjectDocument *document, const QString &shotId, bool cut,
               QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(bool cut);
    QString m_shotId;
    bool m_cut;
};

/// Sets the in and out points of one take.
class SetTakeTrim final : public DocumentCommand
{
public:
    SetTakeTrim(ProjectDocument *document, const QString &shotId, const Take &before, int inMs,
                int outMs, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(int inMs, int outMs);
    QString m_shotId;
    QString m_takeId;
    int m_beforeIn;
    int m_beforeOut;
    int m_afterIn;
    int m_afterOut;
};

class SetStyleBible final : public DocumentCommand
{
public:
    SetStyleBible(ProjectDocument *document, const StyleBible &before, const StyleBible &after,
                  const QString &fieldKey, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return StyleBibleId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    StyleBible m_before;
    StyleBible m_after;
    QString m_fieldKey;
    quint64 m_burst;
};

class SetCast final : public DocumentCommand
{
public:
    SetCast(ProjectDocument *document, const QList<CastMember> &before,
            const QList<CastMember> &after, const QString &fieldKey,
            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return CastId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QList<CastMember> m_before;
    QList<CastMember> m_after;
    QString m_fieldKey;
    quint64 m_burst;
};

class SetScenes final : public DocumentCommand
{
public:
    SetScenes(ProjectDocument *document, const QList<Scene> &before, const QList<Scene> &after,
              QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QList<Scene> m_before;
    QList<Scene> m_after;
};

class SetTitle final : public DocumentCommand
{
public:
    SetTitle(ProjectDocument *document, const QString &before, const QString &after,
             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return TitleId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QString m_before;
    QString m_after;
    quint64 m_burst;
};

class SetProjectSettings final : public DocumentCommand
{
public:
    SetProjectSettings(ProjectDocument *document, const FormatDefaults &beforeFormat,
                       double beforeCap, const FormatDefaults &afterFormat, double afterCap,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    FormatDefaults m_beforeFormat;
    double m_beforeCap;
    FormatDefaults m_afterFormat;
    double m_afterCap;
};

/// Replaces the reviews of one or more shots in one undo step (importing feedback files,
/// removing a review).
class SetReviews final : public DocumentCommand
{
public:
    struct Change
    {
        QString shotId;
        QList<Review> before;
        QList<Review> after;
    };
    SetReviews(ProjectDocument *document, const QList<Change> &changes, const QString &text,
               QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(bool after);
    QList<Change> m_changes;
};

} // namespace Commands
} // namespace ShotBrief
