// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace ShotBrief {

class ProjectDocument;
struct Project;
struct Shot;

/// The sequence as storyboard panels grouped by scene, for the board grid: top-level rows are
/// the runs of consecutive shots in one scene (in timeline order, so a scene the sequence
/// returns to is a new group), their children the shots. Read-only: edits go through the
/// document; it follows the document's signals.
class BoardGridModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardGridModel)

public:
    enum Roles {
        ShotIdRole = Qt::UserRole + 1,
        ShotRowRole,   ///< int: index in the project's shots (groups: the first shot's)
        NumberRole,    ///< int: 1-based position in the sequence
        NameRole,      ///< the shot's name (label, else its number)
        DurationRole,  ///< int seconds (groups: the scene run's total)
        CameraRole,    ///< "medium shot · eye level · dolly in"
        DialogueRole,  ///< "MEI: Still open? / CHEN: ..." on one line
        ActionRole,    ///< the action beats on one line
        SceneIdRole,   ///< groups and shots
        ShotCountRole, ///< groups: how many shots
        HasBoardRole,  ///< bool
    };

    explicit BoardGridModel(ProjectDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The index of a shot by its row in the project, or invalid.
    QModelIndex indexForShotRow(int shotRow) const;
    /// The groups as (first shot row, shot count), for views that lay them out.
    struct Group
    {
        int firstShot = 0;
        int count = 0;
        bool operator==(const Group &) const = default;
    };
    const QList<Group> &groups() const { return m_groups; }
    int groupOfShot(int shotRow) const;

    /// The dialogue on one line, each line after its speaker.
    static QString dialogueSummary(const Shot &shot);

private:
    static QList<Group> groupsOf(const Project &project);
    void rebuild();
    void shotDataChanged(int shotRow);

    ProjectDocument *m_document; // not owned
    QList<Group> m_groups;
};

} // namespace ShotBrief
