// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"

#include <QUndoCommand>

// The undo commands of ProjectDocument, kept together as Shotcut keeps its commands: each
// is a small value holder that calls the document's do* mutators.

namespace ShotBrief {

class ProjectDocument;

namespace Commands {

enum Id { EditShotId = 1, StyleBibleId, CastId, TitleId };

/// Replaces a shot's brief (takes untouched); merges with the next edit of the same field.
class EditShot final : public QUndoCommand
{
public:
    EditShot(ProjectDocument *document, const Shot &before, const Shot &after,
             const QString &fieldKey, bool mergeable, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return EditShotId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document; // not owned
    Shot m_before;
    Shot m_after;
    QString m_fieldKey;
    bool m_mergeable;
};

class InsertShot final : public QUndoCommand
{
public:
    InsertShot(ProjectDocument *document, int index, const Shot &shot,
               QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document; // not owned
    int m_index;
    Shot m_shot;
};

class RemoveShot final : public QUndoCommand
{
public:
    RemoveShot(ProjectDocument *document, int index, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document; // not owned
    int m_index;
    Shot m_shot; // captured at redo time so that take updates made since are restored
};

class MoveShot final : public QUndoCommand
{
public:
    MoveShot(ProjectDocument *document, int from, int to, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document; // not owned
    int m_from;
    int m_to;
};

class CircleTake final : public QUndoCommand
{
public:
    CircleTake(ProjectDocument *document, const QString &shotId, const QString &before,
               const QString &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const QString &takeId);
    ProjectDocument *m_document; // not owned
    QString m_shotId;
    QString m_before;
    QString m_after;
};

class SetStyleBible final : public QUndoCommand
{
public:
    SetStyleBible(ProjectDocument *document, const StyleBible &before, const StyleBible &after,
                  const QString &fieldKey, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return StyleBibleId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document; // not owned
    StyleBible m_before;
    StyleBible m_after;
    QString m_fieldKey;
};

class SetCast final : public QUndoCommand
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
    ProjectDocument *m_document; // not owned
    QList<CastMember> m_before;
    QList<CastMember> m_after;
    QString m_fieldKey;
};

class SetScenes final : public QUndoCommand
{
public:
    SetScenes(ProjectDocument *document, const QList<Scene> &before, const QList<Scene> &after,
              QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document; // not owned
    QList<Scene> m_before;
    QList<Scene> m_after;
};

class SetTitle final : public QUndoCommand
{
public:
    SetTitle(ProjectDocument *document, const QString &before, const QString &after,
             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return TitleId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document; // not owned
    QString m_before;
    QString m_after;
};

class SetProjectSettings final : public QUndoCommand
{
public:
    SetProjectSettings(ProjectDocument *document, const FormatDefaults &beforeFormat,
                       double beforeCap, const FormatDefaults &afterFormat, double afterCap,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *m_document; // not owned
    FormatDefaults m_beforeFormat;
    double m_beforeCap;
    FormatDefaults m_afterFormat;
    double m_afterCap;
};

} // namespace Commands
} // namespace ShotBrief
