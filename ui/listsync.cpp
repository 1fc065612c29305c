// SPDX-License-Identifier: MIT
#include "listsync.h"

#include <QListWidget>
#include <QSignalBlocker>

#include <algorithm>

namespace ShotBrief {

namespace {

void apply(QListWidgetItem *item, const ListRow &row)
{
    if (item->text() != row.text)
        item->setText(row.text);
    if (item->toolTip() != row.toolTip)
        item->setToolTip(row.toolTip);
    if (item->flags() != row.flags)
        item->setFlags(row.flags);
    if (row.checkState.isValid() && item->checkState() != Qt::CheckState(row.checkState.toInt()))
        item->setCheckState(Qt::CheckState(row.checkState.toInt()));
    if (item->data(ListRowKeyRole).toString() != row.key)
        item->setData(ListRowKeyRole, row.key);
}

} // namespace

bool syncListWidget(QListWidget *list, const QList<ListRow> &rows)
{
    bool sameRows = list->count() == rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = list->item(i)->data(ListRowKeyRole).toString() == rows.at(i).key;
    if (sameRows) {
        for (int i = 0; i < rows.size(); ++i)
            apply(list->item(i), rows.at(i));
        return false;
    }

    const int currentRow = list->currentRow();
    const QString currentKey =
        currentRow >= 0 ? list->item(currentRow)->data(ListRowKeyRole).toString() : QString();
    const QSignalBlocker blocker(list);
    list->clear();
    int newCurrent = -1;
    for (int i = 0; i < rows.size(); ++i) {
        auto *item = new QListWidgetItem(list);
        apply(item, rows.at(i));
        if (!currentKey.isEmpty() && rows.at(i).key == currentKey)
            newCurrent = i;
    }
    if (newCurrent < 0 && currentRow >= 0 && !rows.isEmpty())
        newCurrent = std::min(currentRow, int(rows.size()) - 1);
    if (newCurrent >= 0)
        list->setCurrentRow(newCurrent);
    return true;
}

} // namespace ShotBrief
