// SPDX-License-Identifier: MIT
// Where the timeline's clips lie, without a widget.
#include "ui/timelinelayout.h"

#include <QTest>

using namespace ShotBrief;

class tst_TimelineLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clipsAreAsWideAsTheirDurations();
    void rowAtFindsTheClipUnderAPoint_data();
    void rowAtFindsTheClipUnderAPoint();
    void insertionIndexIsBeforeTheClipWhoseMiddleIsRight();
    void resizePreviewMovesTheFollowingClips();
    void zoomIsClamped();
    void emptyTimeline();

private:
    static TimelineLayout layout(const QList<int> &durations, double pixelsPerSecond = 10.0);
};

TimelineLayout tst_TimelineLayout::layout(const QList<int> &durations, double pixelsPerSecond)
{
    TimelineLayout layout;
    layout.setDurations(durations);
    layout.setPixelsPerSecond(pixelsPerSecond);
    return layout;
}

void tst_TimelineLayout::clipsAreAsWideAsTheirDurations()
{
    const TimelineLayout l = layout({4, 8, 12});
    QCOMPARE(l.count(), 3);
    QCOMPARE(l.totalSeconds(), 24);
    QCOMPARE(l.startOf(2), 12);
    // 10 px per second from the left margin; each clip leaves a 2 px gap after itself.
    QCOMPARE(l.clipRect(0), QRect(TimelineLayout::LeftMargin, TimelineLayout::ClipTop, 38,
                                  TimelineLayout::ClipHeight));
    QCOMPARE(l.clipRect(1).left(), TimelineLayout::LeftMargin + 40);
    QCOMPARE(l.clipRect(1).width(), 78);
    QCOMPARE(l.clipRect(2).width(), 118);
    QCOMPARE(l.clipRect(3), QRect());
    QCOMPARE(l.clipRect(-1), QRect());
    QCOMPARE(l.contentWidth(), TimelineLayout::LeftMargin * 2 + 240 + 160);
    QCOMPARE(l.xForSeconds(l.secondsForX(137)), 137);
}

void tst_TimelineLayout::rowAtFindsTheClipUnderAPoint_data()
{
    QTest::addColumn<QPoint>("point");
    QTest::addColumn<int>("row");
    const int y = TimelineLayout::ClipTop + 10;
    const int x0 = TimelineLayout::LeftMargin;
    QTest::newRow("first clip") << QPoint(x0 + 1, y) << 0;
    QTest::newRow("last pixel of the first") << QPoint(x0 + 39, y) << 0;
    QTest::newRow("second clip") << QPoint(x0 + 40, y) << 1;
    QTest::newRow("third clip") << QPoint(x0 + 239, y) << 2;
    QTest::newRow("after the end") << QPoint(x0 + 240, y) << -1;
    QTest::newRow("before the start") << QPoint(x0 - 1, y) << -1;
    QTest::newRow("on the ruler") << QPoint(x0 + 10, 5) << -1;
    QTest::newRow("below the clips")
        << QPoint(x0 + 10, TimelineLayout::ClipTop + TimelineLayout::ClipHeight + 1) << -1;
}

void tst_TimelineLayout::rowAtFindsTheClipUnderAPoint()
{
    QFETCH(QPoint, point);
    QFETCH(int, row);
    QCOMPARE(layout({4, 8, 12}).rowAt(point), row);
}

void tst_TimelineLayout::insertionIndexIsBeforeTheClipWhoseMiddleIsRight()
{
    const TimelineLayout l = layout({4, 8, 12});
    const auto at = [&l](double seconds) {
        return l.insertionIndexAt(l.xForSeconds(seconds));
    };
    QCOMPARE(at(0), 0);
    QCOMPARE(at(1.9), 0);
    QCOMPARE(at(2.1), 1);
    QCOMPARE(at(7.9), 1);
    QCOMPARE(at(8.1), 2);
    QCOMPARE(at(18.1), 3);
    QCOMPARE(at(100), 3);
}

void tst_TimelineLayout::resizePreviewMovesTheFollowingClips()
{
    TimelineLayout l = layout({4, 8, 12});
    const QRect third = l.clipRect(2);
    l.setResizePreview(1, 12);
    QCOMPARE(l.resizeRow(), 1);
    QCOMPARE(l.durationAt(1), 12);
    QCOMPARE(l.durationAt(2), 12);
    QCOMPARE(l.clipRect(1).width(), 118);
    QCOMPARE(l.clipRect(2).left(), third.left() + 40);
    QCOMPARE(l.clipRect(0), layout({4, 8, 12}).clipRect(0));
    // Hit-testing and starts keep the durations the document has.
    QCOMPARE(l.startOf(2), 12);
    QCOMPARE(l.rowAt(QPoint(third.left() + 1, TimelineLayout::ClipTop + 1)), 2);
    l.setResizePreview(-1, 0);
    QCOMPARE(l.clipRect(2), third);
    l.setResizePreview(7, 4); // no such row: no preview
    QCOMPARE(l.resizeRow(), -1);
}

void tst_TimelineLayout::zoomIsClamped()
{
    TimelineLayout l;
    QCOMPARE(l.setPixelsPerSecond(0.1), TimelineLayout::MinPixelsPerSecond);
    QCOMPARE(l.setPixelsPerSecond(1e6), TimelineLayout::MaxPixelsPerSecond);
    QCOMPARE(l.setPixelsPerSecond(33.0), 33.0);
}

void tst_TimelineLayout::emptyTimeline()
{
    const TimelineLayout l = layout({});
    QCOMPARE(l.count(), 0);
    QCOMPARE(l.totalSeconds(), 0);
    QCOMPARE(l.rowAt(QPoint(20, TimelineLayout::ClipTop + 5)), -1);
    QCOMPARE(l.insertionIndexAt(100), 0);
    QCOMPARE(l.durationAt(0), 0);
}

QTEST_GUILESS_MAIN(tst_TimelineLayout)
#include "tst_timelinelayout.moc"
