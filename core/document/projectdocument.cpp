// SPDX-License-Identifier: MIT
#include "projectdocument.h"

#include "commands.h"
#include "shotlistmodel.h"

#include "board/boardimages.h"
#include "io/boardfile.h"
#include "io/projectfile.h"
#include "model/shotlabels.h"
#include "model/shotname.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <functional>

namespace ShotBrief {

namespace {
/// Every shot's label but the one at `except`: the labels a new one must not repeat.
QStringList labelsBut(const Project &project, int except)
{
    QStringList labels;
    for (int i = 0; i < project.shots.size(); ++i) {
        if (i != except)
            labels.append(project.shots.at(i).label);
    }
    return labels;
}
} // namespace

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_shotModel(new ShotListModel(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (!m_unsavedGeneration)
            Q_EMIT modifiedChanged(!clean);
    });
}

ProjectDocument::~ProjectDocument()
{
    // The stack's commands point back at us; drop them before the project goes, silently:
    // going away is not "saved" (the autosave must keep its recovery file).
    m_undoStack->blockSignals(true);
    blockSignals(true);
    m_undoStack->clear();
}

void ProjectDocument::resetProject(const Project &project, const QString &filePath, bool readOnly,
                                   const QString &readOnlyReason)
{
    const bool wasModified = isModified();
    m_unsavedGeneration = false;
    m_shotModel->beginReset();
    m_project = project;
    m_shotModel->endReset();
    m_undoStack->clear();
    m_undoStack->setClean();
    m_needsAutosave = false;
    m_loadWarnings.clear();
    setFilePath(filePath);
    if (m_readOnly != readOnly) {
        m_readOnly = readOnly;
        Q_EMIT readOnlyChanged(readOnly);
    }
    m_readOnlyReason = readOnlyReason;
    Q_EMIT projectReset();
    Q_EMIT titleChanged(m_project.title);
    Q_EMIT changed();
    if (wasModified)
        Q_EMIT modifiedChanged(false);
}

Result<void> ProjectDocument::load(const QString &path)
{
    Result<LoadedProject> loaded = ProjectFile::load(path);
    if (!loaded)
        return loaded.error();
    resetProject(loaded->project, QFileInfo(path).absoluteFilePath(), loaded->readOnly,
                 loaded->readOnlyReason);
    m_loadWarnings = loaded->warnings;
    return {};
}

Result<void> ProjectDocument::save()
{
    if (m_filePath.isEmpty())
        return Error{tr("The project has no file yet: use Save As."), {}, {}, 0, 0};
    if (m_readOnly) {
        return Error{tr("This project was written by a newer version of ShotBrief and is open "
                        "read-only; use Save As to write a copy in this version's format."),
                     m_filePath,
                     {},
                     0,
                     0};
    }
    Result<void> saved = ProjectFile::save(m_project, m_filePath);
    if (!saved)
        return saved;
    noteSavedBoards();
    m_undoStack->setClean();
    m_needsAutosave = false;
    setUnsavedGeneration(false);
    removeUnusedBoardFiles();
    return {};
}

Result<void> ProjectDocument::saveAs(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<void> saved = ProjectFile::save(m_project, absolute);
    if (!saved)
        return saved;
    setFilePath(absolute);
    noteSavedBoards();
    if (m_readOnly) {
        m_readOnly = false;
        m_readOnlyReason.clear();
        Q_EMIT readOnlyChanged(false);
    }
    m_undoStack->setClean();
    m_needsAutosave = false;
    setUnsavedGeneration(false);
    removeUnusedBoardFiles();
    return {};
}

Result<void> ProjectDocument::revert()
{
    if (m_filePath.isEmpty())
        return Error{
            tr("The project has never been saved: there is nothing to revert to."), {}, {}, 0, 0};
    return load(m_filePath);
}

QString ProjectDocument::displayName() const
{
    if (!m_project.title.trimmed().isEmpty())
        return m_project.title.trimmed();
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).completeBaseName();
    return tr("Untitled");
}

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean() || m_unsavedGeneration;
}

void ProjectDocument::setUnsavedGeneration(bool unsaved)
{
    if (m_unsavedGeneration == unsaved)
        return;
    const bool wasModified = isModified();
    m_unsavedGeneration = unsaved;
    if (wasModified != isModified())
        Q_EMIT modifiedChanged(isModified());
}

void ProjectDocument::markModified()
{
    m_needsAutosave = true;
    m_undoStack->resetClean();
}

void ProjectDocument::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

void ProjectDocument::noteSavedBoards()
{
    for (Shot &shot : m_project.shots) {
        if (shot.board.hasContent() && shot.board.file.isEmpty())
            shot.board.file = BoardFile::fileNameFor(shot.board);
    }
    // The flattened pictures are for other tools and for speed: the project is saved whether
    // or not they could be written, and the next save tries again.
    if (const Result<void> images = BoardImages::writeFlattened(m_project, m_filePath); !images)
        qWarning("%s", qPrintable(images.error().toString()));
}

void ProjectDocument::removeUnusedBoardFiles()
{
    // Board files are named after their content and never overwritten, so every changed
    // board, every autosave and every save leaves the files of the boards before it behind.
    // They are removed here, after an explicit save succeeded: then the file on disk names
    // exactly this project (and the window drops the recovery file). An autosave never
    // removes anything (the project file still names the boards it saved), nor does a failed
    // save. What undo or redo can bring back stays: a picture imported onto a board exists
    // only on disk. Deleted rather than moved to a trash folder: nothing in the app can reach
    // a file that neither the project nor its history names, so a trash would only move the
    // pile somewhere else that grows without end.
    QSet<QString> used = ProjectFile::mediaPaths(m_project);
    if (ProjectFile::unusedBoardFiles(m_filePath, used).isEmpty())
        return; // the common case, without hashing the boards of the undo history
    const std::function<void(const QUndoCommand *)> addHistory = [&](const QUndoCommand *command) {
        if (const auto *edit = dynamic_cast<const Commands::DocumentCommand *>(command))
            used.unite(edit->mediaPaths());
        for (int i = 0; i < command->childCount(); ++i)
            addHistory(command->child(i));
    };
    for (int i = 0; i < m_undoStack->count(); ++i)
        addHistory(m_undoStack->command(i));
    for (const QString &relative : ProjectFile::unusedBoardFiles(m_filePath, used)) {
        const Result<QString> file = ProjectFile::resolveMediaPath(m_filePath, relative);
        if (file && !QFile::remove(*file))
            qWarning("Could not remove the unused board file %s", qPrintable(*file));
    }
}

void ProjectDocument::touched()
{
    m_needsAutosave = true;
    Q_EMIT changed();
}

// --- Edits --------------------------------------------------------------------------------

void ProjectDocument::editShot(const QString &shotId, const Shot &edited,
                               std::optional<ShotField> field, bool mergeable)
{
    const Shot *current = m_project.shotById(shotId);
    if (!current || edited.id != shotId) {
        qWarning("ProjectDocument::editShot: unknown shot %s", qPrintable(shotId));
        return;
    }
    Shot after = edited;
    after.takes = current->takes;
    after.circledTakeId = current->circledTakeId;
    after.reviews = current->reviews;
    if (after == *current)
        return;
    m_undoStack->push(new Commands::EditShot(this, *current, after, field, mergeable));
}

void ProjectDocument::setShotDuration(const QString &shotId, int seconds, bool mergeable)
{
    const Shot *current = m_project.shotById(shotId);
    if (!current)
        return;
    Shot edited = *current;
    edited.durationSeconds = seconds;
    editShot(shotId, edited, ShotField::Duration, mergeable);
}

void ProjectDocument::setShotPalette(const QString &shotId, const Palette &palette)
{
    const Shot *current = m_project.shotById(shotId);
    if (!current)
        return;
    Shot edited = *current;
    edited.palette = palette;
    editShot(shotId, edited, ShotField::Palette, false);
}

void ProjectDocument::insertShot(int index, const Shot &shot)
{
    index = std::clamp(index, 0, int(m_project.shots.size()));
    Shot copy = shot;
    if (copy.id.isEmpty() || m_project.shotById(copy.id))
        copy.id = newId();
    m_undoStack->push(new Commands::InsertShot(this, index, copy));
}

QString ProjectDocument::insertNewShot(int afterIndex)
{
    Shot shot;
    shot.id = newId();
    shot.durationSeconds = m_project.format.durationSeconds;
    const int index = afterIndex < 0 ? int(m_project.shots.size()) : afterIndex + 1;
    if (afterIndex >= 0 && afterIndex < m_project.shots.size())
        shot.sceneId = m_project.shots.at(afterIndex).sceneId;
    // No label: the shot is numbered by its place in the timeline, a number that follows every
    // reorder (model/shotname.h); a label is the user's own name for it.
    insertShot(index, shot);
    return shot.id;
}

void ProjectDocument::removeShots(const QStringList &shotIds)
{
    QList<int> rows;
    for (const QString &id : shotIds) {
        const int row = m_project.shotIndex(id);
        if (row >= 0 && !rows.contains(row))
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    m_undoStack->beginMacro(rows.size() == 1 ? tr("Delete shot")
                                             : tr("Delete %n shots", nullptr, int(rows.size())));
    for (int row : std::as_const(rows))
        m_undoStack->push(new Commands::RemoveShot(this, row));
    m_undoStack->endMacro();
}

QStringList ProjectDocument::duplicateShots(const QStringList &shotIds)
{
    QList<int> rows;
    for (const QString &id : shotIds) {
        const int row = m_project.shotIndex(id);
        if (row >= 0 && !rows.contains(row))
            rows.append(row);
    }
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    QStringList created;
    m_undoStack->beginMacro(tr("Duplicate shots"));
    for (int row : std::as_const(rows)) {
        Shot copy = m_project.shots.at(row);
        copy.id = newId();
        // An unlabelled shot is numbered by its place; its copy is too (model/shotname.h).
        copy.label = copiedShotLabel(copy.label, labelsBut(m_project, -1));
        copy.takes.clear();
        copy.circledTakeId.clear();
        copy.reviews.clear(); // The reviewers saw the original, not this copy.
        m_undoStack->push(new Commands::InsertShot(this, row + 1, copy));
        created.prepend(copy.id);
    }
    m_undoStack->endMacro();
    return created;
}

void ProjectDocument::moveShots(const QStringList &shotIds, int targetIndex)
{
    QStringList order;
    for (const Shot &shot : std::as_const(m_project.shots))
        order.append(shot.id);
    QStringList moving;
    for (const QString &id : order) {
        if (shotIds.contains(id))
            moving.append(id);
    }
    if (moving.isEmpty())
        return;
    QStringList desired = order;
    for (const QString &id : std::as_const(moving))
        desired.removeOne(id);
    targetIndex = std::clamp(targetIndex, 0, int(desired.size()));
    for (int i = 0; i < moving.size(); ++i)
        desired.insert(targetIndex + i, moving.at(i));
    if (desired == order)
        return;

    // Turn the permutation into single moves so that the model can animate each one.
    m_undoStack->beginMacro(moving.size() == 1 ? tr("Move shot") : tr("Move shots"));
    QStringList current = order;
    for (const QString &id : std::as_const(moving)) {
        const int from = int(current.indexOf(id));
        const int to = int(desired.indexOf(id));
        if (from == to)
            continue;
        current.move(from, to);
        m_undoStack->push(new Commands::MoveShot(this, from, to));
    }
    // Moving the selection one by one gives the fewest moves; whatever it missed is fixed
    // here.
    for (int i = 0; i < desired.size(); ++i) {
        if (current.at(i) == desired.at(i))
            continue;
        const int from = int(current.indexOf(desired.at(i)));
        current.move(from, i);
        m_undoStack->push(new Commands::MoveShot(this, from, i));
    }
    m_undoStack->endMacro();
}

QStringList ProjectDocument::splitShot(const QString &shotId, const QList<int> &durations,
                                       const QList<int> &beatPart)
{
    const int row = m_project.shotIndex(shotId);
    if (row < 0 || durations.size() < 2)
        return {};
    const Shot original = m_project.shots.at(row);
    const QStringList labels =
        splitShotLabels(original.label, int(durations.size()), labelsBut(m_project, row));
    QList<Shot> parts;
    for (int p = 0; p < durations.size(); ++p) {
        Shot part = original;
        if (p > 0) {
            part.id = newId();
            part.takes.clear();
            part.circledTakeId.clear();
            part.reviews.clear();
            part.referenceImage.clear();
            // One continuous action: each part begins where the part before it ends.
            part.chainPrevious = true;
        }
        if (p + 1 < durations.size())
            part.lastFrame.clear(); // the original's last frame ends the last part
        part.label = labels.at(p);
        part.durationSeconds = durations.at(p);
        part.actionBeats.clear();
        // Dialogue stays with the first part unless its beats say otherwise: the crew
        // decides, the split only must not lose lines.
        if (p > 0)
            part.dialogue.clear();
        parts.append(part);
    }
    for (int b = 0; b < original.actionBeats.size(); ++b) {
        const int p = std::clamp(beatPart.value(b, 0), 0, int(parts.size()) - 1);
        parts[p].actionBeats.append(original.actionBeats.at(b));
    }

    QStringList ids;
    m_undoStack->beginMacro(tr("Split %1").arg(shotTitle(original.label, row)));
    m_undoStack->push(new Commands::EditShot(this, original, parts.first(), std::nullopt, false));
    ids.append(parts.first().id);
    for (int p = 1; p < parts.size(); ++p) {
        m_undoStack->push(new Commands::InsertShot(this, row + p, parts.at(p)));
        ids.append(parts.at(p).id);
    }
    m_undoStack->endMacro();
    return ids;
}

void ProjectDocument::circleTake(const QString &shotId, const QString &takeId)
{
    const Shot *shot = m_project.shotById(shotId);
    if (!shot || shot->circledTakeId == takeId)
        return;
    if (!takeId.isEmpty() && !shot->takeById(takeId))
        return;
    m_undoStack->push(new Commands::CircleTake(this, shotId, shot->circledTakeId, takeId));
}

void ProjectDocument::setBoard(const QString &shotId, const Board &board, const QString &text,
                               const QString &mergeKey)
{
    const Shot *shot = m_project.shotById(shotId);
    if (!shot || board.sameDrawing(shot->board))
        return;
    Board after = board;
    // A changed drawing is saved under a new name (BoardFile::fileNameFor).
    after.file.clear();
    after.loadProblem.clear();
    m_undoStack->push(new Commands::SetBoard(this, shotId, shot->board, after, text, mergeKey));
}

Result<void> ProjectDocument::useBoardAsFirstFrame(const QString &shotId)
{
    const Shot *shot = m_project.shotById(shotId);
    if (!shot)
        return Error{tr("The shot no longer exists."), {}, {}, 0, 0};
    const QStringList wh = m_project.effectiveSize(*shot).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    const Result<QString> written = BoardImages::writeFirstFrame(*shot, size, m_filePath);
    if (!written)
        return written.error();
    Shot edited = *shot;
    edited.referenceImage = *written;
    if (edited == *shot)
        return {};
    auto *command = new Commands::EditShot(this, *shot, edited, ShotField::ReferenceImage, false);
    command->setText(tr("Use board as first frame of %1").arg(shotTitle(m_project, shotId)));
    m_undoStack->push(command);
    return {};
}

bool ProjectDocument::setShotReviews(const QHash<QString, QList<Review>> &reviewsByShot,
                                     const QString &undoText)
{
    // In timeline order, so that the command and its signals do not depend on hash order.
    QList<Commands::SetReviews::Change> changes;
    for (const Shot &shot : std::as_const(m_project.shots)) {
        const auto it = reviewsByShot.constFind(shot.id);
        if (it != reviewsByShot.constEnd() && *it != shot.reviews)
            changes.append({shot.id, shot.reviews, *it});
    }
    if (changes.isEmpty())
        return false;
    m_undoStack->push(new Commands::SetReviews(this, changes, undoText));
    return true;
}

void ProjectDocument::setShotsCut(const QStringList &shotIds, bool cut)
{
    QStringList changing;
    for (const Shot &shot : std::as_const(m_project.shots)) {
        if (shotIds.contains(shot.id) && shot.cut != cut)
            changing.append(shot.id);
    }
    if (changing.isEmpty())
        return;
    if (changing.size() == 1) {
        m_undoStack->push(new Commands::SetShotCut(this, changing.first(), cut));
        return;
    }
    m_undoStack->beginMacro(cut ? tr("Mark %n shots as cut", nullptr, int(changing.size()))
                                : tr("Restore %n shots", nullptr, int(changing.size())));
    for (const QString &id : std::as_const(changing))
        m_undoStack->push(new Commands::SetShotCut(this, id, cut));
    m_undoStack->endMacro();
}

void ProjectDocument::setTakeTrim(const QString &shotId, const QString &takeId, int inMs, int outMs)
{
    const Shot *shot = m_project.shotById(shotId);
    const Take *take = shot ? shot->takeById(takeId) : nullptr;
    if (!take || inMs < 0 || outMs < 0 || (outMs > 0 && outMs <= inMs))
        return;
    if (take->inMs == inMs && take->outMs == outMs)
        return;
    m_undoStack->push(new Commands::SetTakeTrim(this, shotId, *take, inMs, outMs));
}

bool ProjectDocument::reorderShots(const QStringList &order, const QString &undoText)
{
    QStringList current;
    for (const Shot &shot : std::as_const(m_project.shots))
        current.append(shot.id);
    if (order.size() != current.size() || QSet<QString>(order.cbegin(), order.cend()) !=
                                              QSet<QString>(current.cbegin(), current.cend()))
        return false;
    if (order == current)
        return true;
    m_undoStack->beginMacro(undoText.isEmpty() ? tr("Reorder shots") : undoText);
    for (int i = 0; i < order.size(); ++i) {
        if (current.at(i) == order.at(i))
            continue;
        const int from = int(current.indexOf(order.at(i)));
        current.move(from, i);
        m_undoStack->push(new Commands::MoveShot(this, from, i));
    }
    m_undoStack->endMacro();
    return true;
}

void ProjectDocument::setStyleBible(const StyleBible &style, const QString &fieldKey)
{
    if (style == m_project.style)
        return;
    m_undoStack->push(new Commands::SetStyleBible(this, m_project.style, style, fieldKey));
}

void ProjectDocument::setCast(const QList<CastMember> &cast, const QString &fieldKey)
{
    if (cast == m_project.cast)
        return;
    m_undoStack->push(new Commands::SetCast(this, m_project.cast, cast, fieldKey));
}

void ProjectDocument::setScenes(const QList<Scene> &scenes)
{
    if (scenes == m_project.scenes)
        return;
    m_undoStack->push(new Commands::SetScenes(this, m_project.scenes, scenes));
}

void ProjectDocument::setTitle(const QString &title)
{
    if (title == m_project.title)
        return;
    m_undoStack->push(new Commands::SetTitle(this, m_project.title, title));
}

void ProjectDocument::setProjectSettings(const FormatDefaults &format, double spendingCapUsd)
{
    if (format == m_project.format &&
        qFuzzyCompare(spendingCapUsd + 1.0, m_project.spendingCapUsd + 1.0))
        return;
    m_undoStack->push(new Commands::SetProjectSettings(
        this, m_project.format, m_project.spendingCapUsd, format, spendingCapUsd));
}

// --- Generation ---------------------------------------------------------------------------

bool ProjectDocument::updateTakeFromGeneration(const QString &shotId, const Take &take)
{
    const int row = m_project.shotIndex(shotId);
    if (row < 0 || take.id.isEmpty())
        return false;
    Shot &shot = m_project.shots[row];
    const int takeRow = shot.takeIndex(take.id);
    if (takeRow < 0)
        shot.takes.append(take);
    else if (shot.takes.at(takeRow) == take)
        return true;
    else
        shot.takes[takeRow] = take;
    circleIfFirstReady(shot, take);
    m_shotModel->rowChanged(row);
    Q_EMIT takeChanged(shotId, take.id);
    setUnsavedGeneration(true);
    touched();
    return true;
}

void ProjectDocument::appendLedgerFromGeneration(const SpendEntry &entry)
{
    m_project.ledger.append(entry);
    setUnsavedGeneration(true);
    touched();
}

Result<void> ProjectDocument::recordActualCostFromGeneration(const QString &takeId, double usd)
{
    if (SpendEntry *entry = m_project.spendEntryFor(takeId)) {
        entry->actualUsd = usd;
        setUnsavedGeneration(true);
        touched();
        return {};
    }
    Error error;
    error.message = tr("The spend ledger has no entry for take %1.").arg(takeId);
    return error;
}

Result<void> ProjectDocument::persistGeneration()
{
    if (!m_unsavedGeneration)
        return {};
    if (m_filePath.isEmpty() || m_readOnly || !m_undoStack->isClean())
        return {};
    Result<void> saved = ProjectFile::save(m_project, m_filePath);
    if (!saved)
        return saved;
    m_needsAutosave = false;
    setUnsavedGeneration(false);
    return {};
}

// --- Mutators -----------------------------------------------------------------------------

void ProjectDocument::doReplaceShot(MutatorKey, int index, const Shot &shot)
{
    if (index < 0 || index >= m_project.shots.size())
        return;
    Shot &target = m_project.shots[index];
    // Takes belong to generation, not to brief edits: an undo of a typed word must not
    // roll back a finished take.
    // Reviews likewise change only through their own commands.
    const QList<Take> takes = target.takes;
    const QString circled = target.circledTakeId;
    const QList<Review> reviews = target.reviews;
    const bool durationChanged = target.durationSeconds != shot.durationSeconds;
    target = shot;
    target.takes = takes;
    target.circledTakeId = circled;
    target.reviews = reviews;
    if (durationChanged)
        m_shotModel->rowsFromChanged(index);
    else
        m_shotModel->rowChanged(index);
    Q_EMIT shotChanged(index, shot.id);
    touched();
}

void ProjectDocument::doInsertShot(MutatorKey, int index, const Shot &shot)
{
    index = std::clamp(index, 0, int(m_project.shots.size()));
    m_shotModel->beginInsert(index);
    m_project.shots.insert(index, shot);
    m_shotModel->endInsert();
    m_shotModel->rowsFromChanged(index + 1);
    Q_EMIT shotInserted(index, shot.id);
    touched();
}

void ProjectDocument::doRemoveShot(MutatorKey, int index)
{
    if (index < 0 || index >= m_project.shots.size())
        return;
    const QString id = m_project.shots.at(index).id;
    m_shotModel->beginRemove(index);
    m_project.shots.removeAt(index);
    m_shotModel->endRemove();
    m_shotModel->rowsFromChanged(index);
    Q_EMIT shotRemoved(index, id);
    touched();
}

void ProjectDocument::doMoveShot(MutatorKey, int from, int to)
{
    const int count = int(m_project.shots.size());
    if (from == to || from < 0 || to < 0 || from >= count || to >= count)
        return;
    const bool moving = m_shotModel->beginMove(from, to);
    m_project.shots.move(from, to);
    if (moving)
        m_shotModel->endMove();
    m_shotModel->rowsFromChanged(std::min(from, to));
    Q_EMIT shotMoved(from, to, m_project.shots.at(to).id);
    touched();
}

void ProjectDocument::doSetCircledTake(MutatorKey, int index, const QString &takeId)
{
    if (index < 0 || index >= m_project.shots.size())
        return;
    m_project.shots[index].circledTakeId = takeId;
    m_shotModel->rowChanged(index);
    Q_EMIT takeChanged(m_project.shots.at(index).id, takeId);
    Q_EMIT shotChanged(index, m_project.shots.at(index).id);
    touched();
}

void ProjectDocument::doSetBoard(MutatorKey, int index, const Board &board)
{
    if (index < 0 || index >= m_project.shots.size())
        return;
    m_project.shots[index].board = board;
    m_shotModel->rowChanged(index);
    Q_EMIT boardChanged(index, m_project.shots.at(index).id);
    touched();
}

void ProjectDocument::doSetShotReviews(MutatorKey, int index, const QList<Review> &reviews)
{
    if (index < 0 || index >= m_project.shots.size())
        return;
    m_project.shots[index].reviews = reviews;
    m_shotModel->rowChanged(index);
    Q_EMIT shotChanged(index, m_project.shots.at(index).id);
    touched();
}

void ProjectDocument::doSetShotCut(MutatorKey, int index, bool cut)
{
    if (index < 0 || index >= m_project.shots.size())
        return;
    m_project.shots[index].cut = cut;
    m_shotModel->rowChanged(index);
    Q_EMIT shotChanged(index, m_project.shots.at(index).id);
    touched();
}

void ProjectDocument::doSetTakeTrim(MutatorKey, int index, const QString &takeId, int inMs,
                                    int outMs)
{
    if (index < 0 || index >= m_project.shots.size())
        return;
    Shot &shot = m_project.shots[index];
    const int takeRow = shot.takeIndex(takeId);
    if (takeRow < 0)
        return;
    shot.takes[takeRow].inMs = inMs;
    shot.takes[takeRow].outMs = outMs;
    m_shotModel->rowChanged(index);
    Q_EMIT takeChanged(shot.id, takeId);
    Q_EMIT shotChanged(index, shot.id);
    touched();
}

void ProjectDocument::doSetStyleBible(MutatorKey, const StyleBible &style)
{
    m_project.style = style;
    Q_EMIT styleBibleChanged();
    touched();
}

void ProjectDocument::doSetCast(MutatorKey, const QList<CastMember> &cast)
{
    m_project.cast = cast;
    Q_EMIT castChanged();
    touched();
}

void ProjectDocument::doSetScenes(MutatorKey, const QList<Scene> &scenes)
{
    m_project.scenes = scenes;
    m_shotModel->rowsFromChanged(0);
    Q_EMIT scenesChanged();
    touched();
}

void ProjectDocument::doSetProjectSettings(MutatorKey, const FormatDefaults &format,
                                           double spendingCapUsd)
{
    m_project.format = format;
    m_project.spendingCapUsd = spendingCapUsd;
    // Shots that use the defaults change their effective model and size.
    m_shotModel->rowsFromChanged(0);
    Q_EMIT projectSettingsChanged();
    touched();
}

void ProjectDocument::doSetTitle(MutatorKey, const QString &title)
{
    m_project.title = title;
    Q_EMIT titleChanged(title);
    touched();
}

} // namespace ShotBrief
