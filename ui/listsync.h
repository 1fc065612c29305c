// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

class QListWidget;
class QListWidgetItem;

namespace ShotBrief {

/// The item data role that holds ListRow::key.
inline constexpr int ListRowKeyRole = Qt::UserRole;

/// One row a list shows: `key` identifies it across changes (an id, or empty to go by
/// position); the rest is what it looks like.
struct ListRow
{
    QString key;
    QString text;
    QString toolTip;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    QVariant checkState; ///< A Qt::CheckState (as int) for checkable rows; null otherwise.
};

/// Shows `rows` in `list` without disturbing the person using it. A list beside an editor
/// (the cast and its name field, scenes, beats) is refreshed after every keystroke in the
/// editor: rebuilding it would move the current row, which refreshes, disables or refocuses
/// the editor, so a name could take only one letter. Rows that are still there are updated
/// in place; only a change in the rows themselves rebuilds the list, and then the current
/// row stays on the same key (or position) and the list's signals stay quiet.
/// Returns true when it rebuilt the list (the caller refreshes what follows the current row).
bool syncListWidget(QListWidget *list, const QList<ListRow> &rows);

} // namespace ShotBrief
