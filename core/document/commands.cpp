// SPDX-License-Identifier: MIT
#include "commands.h"

#include "projectdocument.h"

#include "io/boardfile.h"
#include "io/projectfile.h"
#include "model/shotname.h"

#include <QCoreApplication>
#include <QDir>

namespace ShotBrief::Commands {

namespace {
/// Gives lupdate and the runtime the same translation context.
struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Commands)
};
} // namespace

DocumentCommand::DocumentCommand(ProjectDocument *document, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{}

MutatorKey DocumentCommand::key()
{
    return MutatorKey();
}

const QSet<QString> &DocumentCommand::mediaPaths() const
{
    if (!m_mediaPaths) {
        m_mediaPaths.emplace();
        addMediaPaths(*m_mediaPaths);
    }
    return *m_mediaPaths;
}

EditShot::EditShot(ProjectDocument *document, const Shot &before, const Shot &after,
                   std::optional<ShotField> field, bool mergeable, QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_before(before)
    , m_after(after)
    , m_field(field)
    , m_mergeable(mergeable)
    , m_burst(document->typingBurst())
{
    // The shot as it was: a label being typed would otherwise name the step after half a word.
    const QString shot = shotTitle(before.label, document->project().shotIndex(before.id));
    setText(field ? TrText::tr("Edit %1 of %2").arg(shotFieldName(*field), shot)
                  : TrText::tr("Edit %1").arg(shot));
}

void EditShot::redo()
{
    const int index = document()->project().shotIndex(m_after.id);
    if (index >= 0)
        document()->doReplaceShot(key(), index, m_after);
}

void EditShot::undo()
{
    const int index = document()->project().shotIndex(m_before.id);
    if (index >= 0)
        document()->doReplaceShot(key(), index, m_before);
}

bool EditShot::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditShot *>(other);
    if (!m_mergeable || !next->m_mergeable || !m_field || next->m_after.id != m_after.id ||
        next->m_field != m_field || next->m_burst != m_burst)
        return false;
    m_after = next->m_after;
    mediaPathsChanged();
    return true;
}

void EditShot::addMediaPaths(QSet<QString> &paths) const
{
    ProjectFile::addMediaPaths(m_before, paths);
    ProjectFile::addMediaPaths(m_after, paths);
}

SetBoard::SetBoard(ProjectDocument *document, const QString &shotId, const Board &before,
                   const Board &after, const QString &text, const QString &mergeKey,
                   QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_shotId(shotId)
    , m_before(before)
    , m_after(after)
    , m_mergeKey(mergeKey)
{
    setText(text);
}

void SetBoard::apply(const Board &board)
{
    const int index = document()->project().shotIndex(m_shotId);
    if (index >= 0)
        document()->doSetBoard(key(), index, board);
}

void SetBoard::redo()
{
    apply(m_after);
}

void SetBoard::undo()
{
    apply(m_before);
}

bool SetBoard::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetBoard *>(other);
    if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey || next->m_shotId != m_shotId)
        return false;
    m_after = next->m_after;
    mediaPathsChanged();
    return true;
}

void SetBoard::addMediaPaths(QSet<QString> &paths) const
{
    for (const Board *board : {&m_before, &m_after}) {
        for (const QString &file : BoardFile::mediaFilesOf(*board))
            paths.insert(QDir::cleanPath(file));
    }
}

InsertShot::InsertShot(ProjectDocument *document, int index, const Shot &shot, QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_index(index)
    , m_shot(shot)
{
    setText(TrText::tr("Insert %1").arg(shotTitle(shot.label, index)));
}

void InsertShot::redo()
{
    document()->doInsertShot(key(), m_index, m_shot);
}

void InsertShot::undo()
{
    // Keep what happened to the shot meanwhile (takes) for the next redo.
    m_shot = document()->project().shots.value(m_index);
    mediaPathsChanged();
    document()->doRemoveShot(key(), m_index);
}

void InsertShot::addMediaPaths(QSet<QString> &paths) const
{
    ProjectFile::addMediaPaths(m_shot, paths);
}

RemoveShot::RemoveShot(ProjectDocument *document, int index, QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_index(index)
    , m_shot(document->project().shots.value(index))
{
    setText(TrText::tr("Delete %1").arg(shotTitle(m_shot.label, index)));
}

void RemoveShot::redo()
{
    m_shot = document()->project().shots.value(m_index);
    mediaPathsChanged();
    document()->doRemoveShot(key(), m_index);
}

void RemoveShot::undo()
{
    document()->doInsertShot(key(), m_index, m_shot);
}

void RemoveShot::addMediaPaths(QSet<QString> &paths) const
{
    ProjectFile::addMediaPaths(m_shot, paths);
}

MoveShot::MoveShot(ProjectDocument *document, int from, int to, QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_from(from)
    , m_to(to)
{
    setText(TrText::tr("Move shot"));
}

void MoveShot::redo()
{
    document()->doMoveShot(key(), m_from, m_to);
}

void MoveShot::undo()
{
    document()->doMoveShot(key(), m_to, m_from);
}

CircleTake::CircleTake(ProjectDocument *document, const QString &shotId, const QString &before,
                       const QString &after, QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_shotId(shotId)
    , m_before(before)
    , m_after(after)
{
    setText(after.isEmpty() ? TrText::tr("Uncircle take") : TrText::tr("Circle take"));
}

void CircleTake::apply(const QString &takeId)
{
    const int index = document()->project().shotIndex(m_shotId);
    if (index >= 0)
        document()->doSetCircledTake(key(), index, takeId);
}

void CircleTake::redo()
{
    apply(m_after);
}

void CircleTake::undo()
{
    apply(m_before);
}

SetShotCut::SetShotCut(ProjectDocument *document, const QString &shotId, bool cut,
                       QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_shotId(shotId)
    , m_cut(cut)
{
    const QString title = shotTitle(document->project(), shotId);
    setText(cut ? TrText::tr("Mark %1 as cut").arg(title) : TrText::tr("Restore %1").arg(title));
}

void SetShotCut::apply(bool cut)
{
    const int index = document()->project().shotIndex(m_shotId);
    if (index >= 0)
        document()->doSetShotCut(key(), index, cut);
}

void SetShotCut::redo()
{
    apply(m_cut);
}

void SetShotCut::undo()
{
    apply(!m_cut);
}

SetTakeTrim::SetTakeTrim(ProjectDocument *document, const QString &shotId, const Take &before,
                         int inMs, int outMs, QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_shotId(shotId)
    , m_takeId(before.id)
    , m_beforeIn(before.inMs)
    , m_beforeOut(before.outMs)
    , m_afterIn(inMs)
    , m_afterOut(outMs)
{
    setText(TrText::tr("Trim take"));
}

void SetTakeTrim::apply(int inMs, int outMs)
{
    const int index = document()->project().shotIndex(m_shotId);
    if (index >= 0)
        document()->doSetTakeTrim(key(), index, m_takeId, inMs, outMs);
}

void SetTakeTrim::redo()
{
    apply(m_afterIn, m_afterOut);
}

void SetTakeTrim::undo()
{
    apply(m_beforeIn, m_beforeOut);
}

SetStyleBible::SetStyleBible(ProjectDocument *document, const StyleBible &before,
                             const StyleBible &after, const QString &fieldKey, QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_before(before)
    , m_after(after)
    , m_fieldKey(fieldKey)
    , m_burst(document->typingBurst())
{
    setText(TrText::tr("Edit style bible"));
}

void SetStyleBible::redo()
{
    document()->doSetStyleBible(key(), m_after);
}

void SetStyleBible::undo()
{
    document()->doSetStyleBible(key(), m_before);
}

bool SetStyleBible::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetStyleBible *>(other);
    if (m_fieldKey.isEmpty() || next->m_fieldKey != m_fieldKey || next->m_burst != m_burst)
        return false;
    m_after = next->m_after;
    return true;
}

SetCast::SetCast(ProjectDocument *document, const QList<CastMember> &before,
                 const QList<CastMember> &after, const QString &fieldKey, QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_before(before)
    , m_after(after)
    , m_fieldKey(fieldKey)
    , m_burst(document->typingBurst())
{
    setText(TrText::tr("Edit cast"));
}

void SetCast::redo()
{
    document()->doSetCast(key(), m_after);
}

void SetCast::undo()
{
    document()->doSetCast(key(), m_before);
}

bool SetCast::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetCast *>(other);
    if (m_fieldKey.isEmpty() || next->m_fieldKey != m_fieldKey || next->m_burst != m_burst)
        return false;
    m_after = next->m_after;
    return true;
}

SetScenes::SetScenes(ProjectDocument *document, const QList<Scene> &before,
                     const QList<Scene> &after, QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_before(before)
    , m_after(after)
{
    setText(TrText::tr("Edit scenes"));
}

void SetScenes::redo()
{
    document()->doSetScenes(key(), m_after);
}

void SetScenes::undo()
{
    document()->doSetScenes(key(), m_before);
}

SetTitle::SetTitle(ProjectDocument *document, const QString &before, const QString &after,
                   QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_before(before)
    , m_after(after)
    , m_burst(document->typingBurst())
{
    setText(TrText::tr("Rename project"));
}

void SetTitle::redo()
{
    document()->doSetTitle(key(), m_after);
}

void SetTitle::undo()
{
    document()->doSetTitle(key(), m_before);
}

bool SetTitle::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTitle *>(other);
    if (next->m_burst != m_burst)
        return false;
    m_after = next->m_after;
    return true;
}

SetProjectSettings::SetProjectSettings(ProjectDocument *document,
                                       const FormatDefaults &beforeFormat, double beforeCap,
                                       const FormatDefaults &afterFormat, double afterCap,
                                       QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_beforeFormat(beforeFormat)
    , m_beforeCap(beforeCap)
    , m_afterFormat(afterFormat)
    , m_afterCap(afterCap)
{
    setText(TrText::tr("Change project settings"));
}

void SetProjectSettings::redo()
{
    document()->doSetProjectSettings(key(), m_afterFormat, m_afterCap);
}

void SetProjectSettings::undo()
{
    document()->doSetProjectSettings(key(), m_beforeFormat, m_beforeCap);
}

SetReviews::SetReviews(ProjectDocument *document, const QList<Change> &changes, const QString &text,
                       QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_changes(changes)
{
    setText(text);
}

void SetReviews::apply(bool after)
{
    for (const Change &change : std::as_const(m_changes)) {
        const int index = document()->project().shotIndex(change.shotId);
        if (index >= 0)
            document()->doSetShotReviews(key(), index, after ? change.after : change.before);
    }
}

void SetReviews::redo()
{
    apply(true);
}

void SetReviews::undo()
{
    apply(false);
}

} // namespace ShotBrief::Commands
