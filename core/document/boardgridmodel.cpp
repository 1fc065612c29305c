// SPDX-License-Identifier: MIT
#include "boardgridmodel.h"

#include "projectdocument.h"

#include "model/shotname.h"

namespace ShotBrief {

namespace {
// Children keep their group in the internal id (group + 1); groups have 0.
constexpr quintptr GroupId = 0;
} // namespace

BoardGridModel::BoardGridModel(ProjectDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    m_groups = groupsOf(document->project());
    // Inserts, removals, moves and scene edits can regroup anything: the grid is laid out
    // again (cheap: a pass over the shots). Edits of one shot only change its panel.
    for (auto signal : {&ProjectDocument::projectReset, &ProjectDocument::scenesChanged})
        connect(document, signal, this, &BoardGridModel::rebuild);
    connect(document, &ProjectDocument::shotInserted, this, &BoardGridModel::rebuild);
    connect(document, &ProjectDocument::shotRemoved, this, &BoardGridModel::rebuild);
    connect(document, &ProjectDocument::shotMoved, this, &BoardGridModel::rebuild);
    connect(document, &ProjectDocument::shotChanged, this, [this](int row) {
        if (groupsOf(m_document->project()) != m_groups)
            rebuild();
        else
            shotDataChanged(row);
    });
    connect(document, &ProjectDocument::boardChanged, this,
            [this](int row) { shotDataChanged(row); });
    connect(document, &ProjectDocument::takeChanged, this, [this](const QString &shotId) {
        shotDataChanged(m_document->project().shotIndex(shotId));
    });
}

QList<BoardGridModel::Group> BoardGridModel::groupsOf(const Project &project)
{
    QList<Group> groups;
    for (int i = 0; i < project.shots.size(); ++i) {
        if (groups.isEmpty() ||
            project.shots.at(i).sceneId != project.shots.at(groups.last().firstShot).sceneId)
            groups.append(Group{i, 0});
        ++groups.last().count;
    }
    return groups;
}

void BoardGridModel::rebuild()
{
    beginResetModel();
    m_groups = groupsOf(m_document->project());
    endResetModel();
}

void BoardGridModel::shotDataChanged(int shotRow)
{
    const QModelIndex child = indexForShotRow(shotRow);
    if (!child.isValid())
        return;
    Q_EMIT dataChanged(child, child);
    const QModelIndex group = child.parent();
    Q_EMIT dataChanged(group, group, {DurationRole});
}

int BoardGridModel::groupOfShot(int shotRow) const
{
    // Groups are in order: a binary search keeps this cheap for thousands of shots.
    int low = 0;
    int high = int(m_groups.size()) - 1;
    while (low <= high) {
        const int mid = (low + high) / 2;
        const Group &g = m_groups.at(mid);
        if (shotRow < g.firstShot)
            high = mid - 1;
        else if (shotRow >= g.firstShot + g.count)
            low = mid + 1;
        else
            return mid;
    }
    return -1;
}

QModelIndex BoardGridModel::indexForShotRow(int shotRow) const
{
    const int group = groupOfShot(shotRow);
    if (group < 0)
        return {};
    return createIndex(shotRow - m_groups.at(group).firstShot, 0, quintptr(group + 1));
}

QModelIndex BoardGridModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).count)
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex BoardGridModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int BoardGridModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupId || parent.row() >= m_groups.size())
        return 0;
    return m_groups.at(parent.row()).count;
}

int BoardGridModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags BoardGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == GroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString BoardGridModel::dialogueSummary(const Shot &shot)
{
    QStringList lines;
    for (const DialogueLine &line : shot.dialogue) {
        if (line.line.trimmed().isEmpty())
            continue;
        lines.append(line.speaker.trimmed().isEmpty()
                         ? line.line.simplified()
                         : line.speaker.trimmed().toUpper() + QStringLiteral(": ") +
                               line.line.simplified());
    }
    return lines.join(QStringLiteral(" / "));
}

QVariant BoardGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Project &project = m_document->project();
    if (index.internalId() == GroupId) {
        if (index.row() >= m_groups.size())
            return {};
        const Group &group = m_groups.at(index.row());
        const Shot &first = project.shots.at(group.firstShot);
        switch (role) {
        case Qt::DisplayRole: {
            const Scene *scene = project.sceneById(first.sceneId);
            return scene && !scene->title.trimmed().isEmpty() ? scene->title : tr("No scene");
        }
        case SceneIdRole:
            return first.sceneId;
        case ShotRowRole:
            return group.firstShot;
        case ShotCountRole:
            return group.count;
        case DurationRole: {
            int seconds = 0;
            for (int i = group.firstShot; i < group.firstShot + group.count; ++i)
                seconds += project.shots.at(i).durationSeconds;
            return seconds;
        }
        default:
            return {};
        }
    }
    const int group = int(index.internalId() - 1);
    if (group >= m_groups.size())
        return {};
    const int row = m_groups.at(group).firstShot + index.row();
    if (row >= project.shots.size())
        return {};
    const Shot &shot = project.shots.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return shotTitle(project, row);
    case Qt::ToolTipRole:
        return shot.sceneProse;
    case ShotIdRole:
        return shot.id;
    case ShotRowRole:
        return row;
    case NumberRole:
        return row + 1;
    case NameRole:
        return shotName(project, row);
    case DurationRole:
        return shot.durationSeconds;
    case CameraRole:
        return cameraSummary(shot);
    case DialogueRole:
        return dialogueSummary(shot);
    case ActionRole:
        return shot.actionBeats.join(QStringLiteral("; "));
    case SceneIdRole:
        return shot.sceneId;
    case HasBoardRole:
        return shot.board.exists();
    default:
        return {};
    }
}

QHash<int, QByteArray> BoardGridModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ShotIdRole, "shotId");
    names.insert(ShotRowRole, "shotRow");
    names.insert(NumberRole, "number");
    names.insert(NameRole, "name");
    names.insert(DurationRole, "duration");
    names.insert(CameraRole, "camera");
    names.insert(DialogueRole, "dialogue");
    names.insert(ActionRole, "action");
    names.insert(SceneIdRole, "sceneId");
    names.insert(ShotCountRole, "shotCount");
    names.insert(HasBoardRole, "hasBoard");
    return names;
}

} // namespace ShotBrief
