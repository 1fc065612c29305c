// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QItemSelection>

namespace ShotBrief {

class ProjectDocument;

/// The shots of a ProjectDocument in timeline order, for list views and the timeline.
/// Read-only: edits go through the document. Kept in sync by the document's mutators, which
/// call the begin/end helpers below around each change.
class ShotListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotListModel)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        LabelRole,
        DurationRole,     ///< int seconds
        StartSecondsRole, ///< int: where the shot starts in the sequence
        SceneIdRole,
        SceneTitleRole,
        TakeCountRole,
        CircledTakeStatusRole, ///< QString status key ("ready"), empty without a circled take
        StrategyRole,          ///< "detailed" / "concise"
        ModelRole,             ///< effective model
        SizeRole,              ///< effective size
    };

    explicit ShotListModel(ProjectDocument *document);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Row of a shot id, or -1.
    int rowOf(const QString &shotId) const;
    /// The rows of these shots (ids that are gone are left out), to select them.
    QItemSelection selectionOf(const QStringList &shotIds) const;

private:
    friend class ProjectDocument;
    void beginReset() { beginResetModel(); }
    void endReset() { endResetModel(); }
    void beginInsert(int row) { beginInsertRows({}, row, row); }
    void endInsert() { endInsertRows(); }
    void beginRemove(int row) { beginRemoveRows({}, row, row); }
    void endRemove() { endRemoveRows(); }
    /// Qt's move API wants the destination as it is *before* the move.
    bool beginMove(int from, int to)
    {
        return beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    }
    void endMove() { endMoveRows(); }
    void rowChanged(int row);
    /// Start times of every shot after `row` change with its duration.
    void rowsFromChanged(int row);

    ProjectDocument *m_document; // not owned (parent)
};

} // namespace ShotBrief
