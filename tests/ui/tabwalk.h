// SPDX-License-Identifier: MIT
#pragma once

#include <QApplication>
#include <QList>
#include <QSet>
#include <QTest>
#include <QWidget>

namespace ShotBrief::TestSupport {

/// Presses Tab from `start` (at most `maxSteps` times, or until every widget of `wanted` had
/// the focus) and returns those of `wanted` that had it. Focus on a child (a spin box's line
/// edit) counts for the wanted parent.
inline QSet<QWidget *> widgetsReachedByTab(QWidget *start, const QList<QWidget *> &wanted,
                                           int maxSteps)
{
    QSet<QWidget *> reached;
    start->setFocus();
    for (int i = 0; i < maxSteps && reached.size() < wanted.size(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        while (focus && !wanted.contains(focus))
            focus = focus->parentWidget();
        if (focus)
            reached.insert(focus);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    return reached;
}

} // namespace ShotBrief::TestSupport
