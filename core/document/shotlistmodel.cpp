// SPDX-License-Identifier: MIT
#include "shotlistmodel.h"

#include "projectdocument.h"

#include <QCoreApplication>

namespace ShotBrief {

ShotListModel::ShotListModel(ProjectDocument *document)
    : QAbstractListModel(document)
    , m_document(document)
{}

int ShotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->project().shots.size());
}

QVariant ShotListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project &project = m_document->project();
    const Shot &shot = project.shots.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2 s)").arg(shot.label).arg(shot.durationSeconds);
    case Qt::ToolTipRole:
        return shot.sceneProse;
    case IdRole:
        return shot.id;
    case LabelRole:
        return shot.label;
    case DurationRole:
        return shot.durationSeconds;
    case StartSecondsRole: {
        int start = 0;
        for (int i = 0; i < index.row(); ++i)
            start += project.shots.at(i).durationSeconds;
        return start;
    }
    case SceneIdRole:
        return shot.sceneId;
    case SceneTitleRole: {
        const Scene *scene = project.sceneById(shot.sceneId);
        return scene ? scene->title : QString();
    }
    case TakeCountRole:
        return int(shot.takes.size());
    case CircledTakeStatusRole: {
        const Take *take = shot.circledTake();
        return take ? takeStatusKey(take->status) : QString();
    }
    case StrategyRole:
        return promptStrategyKey(shot.strategy);
    case ModelRole:
        return project.effectiveModel(shot);
    case SizeRole:
        return project.effectiveSize(shot);
    default:
        return {};
    }
}

QHash<int, QByteArray> ShotListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "shotId");
    names.insert(LabelRole, "label");
    names.insert(DurationRole, "duration");
    names.insert(StartSecondsRole, "startSeconds");
    names.insert(SceneIdRole, "sceneId");
    names.insert(SceneTitleRole, "sceneTitle");
    names.insert(TakeCountRole, "takeCount");
    names.insert(CircledTakeStatusRole, "circledTakeStatus");
    names.insert(StrategyRole, "strategy");
    names.insert(ModelRole, "model");
    names.insert(SizeRole, "size");
    return names;
}

Qt::ItemFlags ShotListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

int ShotListModel::rowOf(const QString &shotId) const
{
    return m_document->project().shotIndex(shotId);
}

QItemSelection ShotListModel::selectionOf(const QStringList &shotIds) const
{
    QItemSelection selection;
    for (const QString &id : shotIds) {
        const QModelIndex row = index(rowOf(id));
        if (row.isValid())
            selection.select(row, row);
    }
    return selection;
}

void ShotListModel::rowChanged(int row)
{
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void ShotListModel::rowsFromChanged(int row)
{
    const int last = rowCount() - 1;
    if (row > last || row < 0)
        return;
    Q_EMIT dataChanged(index(row), index(last));
}

} // namespace ShotBrief
