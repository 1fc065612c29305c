// SPDX-License-Identifier: MIT
#include "board/boardguides.h"

#include <QTest>

using namespace ShotBrief;

class tst_BoardGuides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thirdsAndSafeAreas();
    void figureGrowsAsTheShotTightens();
    void silhouetteFitsTheFraming_data();
    void silhouetteFitsTheFraming();
};

void tst_BoardGuides::thirdsAndSafeAreas()
{
    const QRectF frame(0, 0, 1920, 1080);
    const QList<QLineF> lines = BoardGuides::thirds(frame);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QLineF(640, 0, 640, 1080));
    QCOMPARE(lines.at(3), QLineF(0, 720, 1920, 720));
    QCOMPARE(BoardGuides::actionSafe(frame), QRectF(67.2, 37.8, 1785.6, 1004.4));
    QCOMPARE(BoardGuides::titleSafe(frame), QRectF(96, 54, 1728, 972));
}

void tst_BoardGuides::figureGrowsAsTheShotTightens()
{
    const QList<Framing> order{Framing::ExtremeWide, Framing::Wide,          Framing::Full,
                               Framing::MediumWide,  Framing::Medium,        Framing::MediumCloseUp,
                               Framing::CloseUp,     Framing::ExtremeCloseUp};
    for (int i = 1; i < order.size(); ++i)
        QVERIFY2(BoardGuides::figureHeight(order.at(i)) >
                     BoardGuides::figureHeight(order.at(i - 1)),
                 qPrintable(QString::number(i)));
    QCOMPARE(BoardGuides::figureHeight(Framing::Insert), 0.0);
    QVERIFY(BoardGuides::silhouette(Framing::Insert, QRectF(0, 0, 100, 100)).isEmpty());
}

void tst_BoardGuides::silhouetteFitsTheFraming_data()
{
    QTest::addColumn<Framing>("framing");
    QTest::addColumn<bool>("wholeFigure");
    QTest::newRow("extreme wide") << Framing::ExtremeWide << true;
    QTest::newRow("wide") << Framing::Wide << true;
    QTest::newRow("full") << Framing::Full << true;
    QTest::newRow("medium") << Framing::Medium << false;
    QTest::newRow("close-up") << Framing::CloseUp << false;
    QTest::newRow("extreme close-up") << Framing::ExtremeCloseUp << false;
}

void tst_BoardGuides::silhouetteFitsTheFraming()
{
    QFETCH(Framing, framing);
    QFETCH(bool, wholeFigure);
    const QRectF frame(0, 0, 1920, 1080);
    const QRectF bounds = BoardGuides::silhouette(framing, frame).boundingRect();
    QVERIFY(!bounds.isEmpty());
    QVERIFY2(frame.adjusted(-0.5, -0.5, 0.5, 0.5).contains(bounds), "clipped to the frame");
    const qreal expected = BoardGuides::figureHeight(framing) * frame.height();
    if (wholeFigure) {
        QVERIFY2(qAbs(bounds.height() - expected) < expected * 0.02,
                 qPrintable(QStringLiteral("%1 vs %2").arg(bounds.height()).arg(expected)));
        QVERIFY(bounds.bottom() < frame.bottom());
    } else {
        QVERIFY2(qAbs(bounds.bottom() - frame.bottom()) < 1, "cut by the bottom of the frame");
    }
    QVERIFY(qAbs(bounds.center().x() - frame.center().x()) < 2);
}

QTEST_GUILESS_MAIN(tst_BoardGuides)
#include "tst_boardguides.moc"
