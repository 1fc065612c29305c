// SPDX-License-Identifier: MIT
#include "commands.h"

#include "projectdocument.h"

#include <QCoreApplication>

namespace ShotBrief::Commands {

namespace {
/// Gives lupdate and the runtime the same translation context.
struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Commands)
};
} // namespace

EditShot::EditShot(ProjectDocument *document, const Shot &before, const Shot &after,
                   const QString &fieldKey, bool mergeable, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(before)
    , m_after(after)
    , m_fieldKey(fieldKey)
    , m_mergeable(mergeable)
{
    setText(TrText::tr("Edit %1 of shot %2").arg(fieldKey, after.label));
}

void EditShot::redo()
{
    const int index = m_document->project().shotIndex(m_after.id);
    if (index >= 0)
        m_document->doReplaceShot(index, m_after);
}

void EditShot::undo()
{
    const int index = m_document->project().shotIndex(m_before.id);
    if (index >= 0)
        m_document->doReplaceShot(index, m_before);
}

bool EditShot::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditShot *>(other);
    if (!m_mergeable || !next->m_mergeable || next->m_after.id != m_after.id ||
        next->m_fieldKey != m_fieldKey)
        return false;
    m_after = next->m_after;
    return true;
}

InsertShot::InsertShot(ProjectDocument *document, int index, const Shot &shot, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_index(index)
    , m_shot(shot)
{
    setText(TrText::tr("Insert shot %1").arg(shot.label));
}

void InsertShot::redo()
{
    m_document->doInsertShot(m_index, m_shot);
}

void InsertShot::undo()
{
    // Keep what happened to the shot meanwhile (takes) for the next redo.
    m_shot = m_document->project().shots.value(m_index);
    m_document->doRemoveShot(m_index);
}

RemoveShot::RemoveShot(ProjectDocument *document, int index, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_index(index)
    , m_shot(document->project().shots.value(index))
{
    setText(TrText::tr("Delete shot %1").arg(m_shot.label));
}

void RemoveShot::redo()
{
    m_shot = m_document->project().shots.value(m_index);
    m_document->doRemoveShot(m_index);
}

void RemoveShot::undo()
{
    m_document->doInsertShot(m_index, m_shot);
}

MoveShot::MoveShot(ProjectDocument *document, int from, int to, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_from(from)
    , m_to(to)
{
    setText(TrText::tr("Move shot"));
}

void MoveShot::redo()
{
    m_document->doMoveShot(m_from, m_to);
}

void MoveShot::undo()
{
    m_document->doMoveShot(m_to, m_from);
}

CircleTake::CircleTake(ProjectDocument *document, const QString &shotId, const QString &before,
                       const QString &after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_shotId(shotId)
    , m_before(before)
    , m_after(after)
{
    setText(after.isEmpty() ? TrText::tr("Uncircle take") : TrText::tr("Circle take"));
}

void CircleTake::apply(const QString &takeId)
{
    const int index = m_document->project().shotIndex(m_shotId);
    if (index >= 0)
        m_document->doSetCircledTake(index, takeId);
}

void CircleTake::redo()
{
    apply(m_after);
}

void CircleTake::undo()
{
    apply(m_before);
}

SetStyleBible::SetStyleBible(ProjectDocument *document, const StyleBible &before,
                             const StyleBible &after, const QString &fieldKey, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(before)
    , m_after(after)
    , m_fieldKey(fieldKey)
{
    setText(TrText::tr("Edit style bible"));
}

void SetStyleBible::redo()
{
    m_document->doSetStyleBible(m_after);
}

void SetStyleBible::undo()
{
    m_document->doSetStyleBible(m_before);
}

bool SetStyleBible::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetStyleBible *>(other);
    if (m_fieldKey.isEmpty() || next->m_fieldKey != m_fieldKey)
        return false;
    m_after = next->m_after;
    return true;
}

SetCast::SetCast(ProjectDocument *document, const QList<CastMember> &before,
                 const QList<CastMember> &after, const QString &fieldKey, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(before)
    , m_after(after)
    , m_fieldKey(fieldKey)
{
    setText(TrText::tr("Edit cast"));
}

void SetCast::redo()
{
    m_document->doSetCast(m_after);
}

void SetCast::undo()
{
    m_document->doSetCast(m_before);
}

bool SetCast::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetCast *>(other);
    if (m_fieldKey.isEmpty() || next->m_fieldKey != m_fieldKey)
        return false;
    m_after = next->m_after;
    return true;
}

SetScenes::SetScenes(ProjectDocument *document, const QList<Scene> &before,
                     const QList<Scene> &after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(before)
    , m_after(after)
{
    setText(TrText::tr("Edit scenes"));
}

void SetScenes::redo()
{
    m_document->doSetScenes(m_after);
}

void SetScenes::undo()
{
    m_document->doSetScenes(m_before);
}

SetTitle::SetTitle(ProjectDocument *document, const QString &before, const QString &after,
                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(before)
    , m_after(after)
{
    setText(TrText::tr("Rename project"));
}

void SetTitle::redo()
{
    m_document->doSetTitle(m_after);
}

void SetTitle::undo()
{
    m_document->doSetTitle(m_before);
}

bool SetTitle::mergeWith(const QUndoCommand *other)
{
    m_after = static_cast<const SetTitle *>(other)->m_after;
    return true;
}

SetProjectSettings::SetProjectSettings(ProjectDocument *document,
                                       const FormatDefaults &beforeFormat, double beforeCap,
                                       const FormatDefaults &afterFormat, double afterCap,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_beforeFormat(beforeFormat)
    , m_beforeCap(beforeCap)
    , m_afterFormat(afterFormat)
    , m_afterCap(afterCap)
{
    setText(TrText::tr("Change project settings"));
}

void SetProjectSettings::redo()
{
    m_document->doSetProjectSettings(m_afterFormat, m_afterCap);
}

void SetProjectSettings::undo()
{
    m_document->doSetProjectSettings(m_beforeFormat, m_beforeCap);
}

} // namespace ShotBrief::Commands
