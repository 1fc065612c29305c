// SPDX-License-Identifier: MIT
// The compare grid's presentation, frame by frame with a hand-driven clock: no tile shows a
// clip time before every moving player has decoded it.
#include "ui/preview/framealigner.h"

#include <QTest>

using namespace ShotBrief;

namespace {

constexpr double Period = 1000.0 / 24.0;
constexpr int MaxQueued = 4;
constexpr int StallMs = 300;

// "deck:pts" for each presented frame, in order.
QStringList names(const QList<FrameAligner::Presented> &shown)
{
    QStringList out;
    for (const FrameAligner::Presented &p : shown)
        out << QStringLiteral("%1:%2").arg(p.deck).arg(p.ptsMs);
    return out;
}

FrameAligner started(int decks)
{
    FrameAligner aligner(Period, MaxQueued, StallMs);
    aligner.reset(decks);
    for (int i = 0; i < decks; ++i)
        aligner.markAlive(i, 0);
    return aligner;
}

} // namespace

class tst_FrameAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsUntilEveryDeckHasTheTime();
    void roundingWithinHalfAFrame_data();
    void roundingWithinHalfAFrame();
    void stalledDeckStopsHolding();
    void endedDeckStopsHolding();
    void queueIsBounded();
    void clearDropsQueuedFrames();
};

void tst_FrameAligner::holdsUntilEveryDeckHasTheTime()
{
    FrameAligner aligner = started(3);
    QVERIFY2(aligner.push(0, {}, 0, 5).isEmpty(), "deck 0 alone shows nothing");
    QCOMPARE(aligner.presentedPtsMs(0), -1);
    QVERIFY2(aligner.push(1, {}, 0, 6).isEmpty(), "two of three show nothing");
    QCOMPARE(names(aligner.push(2, {}, 0, 7)), (QStringList{"0:0", "1:0", "2:0"}));
    // Deck 0 runs two frames ahead, deck 1 one: they wait for deck 2.
    QVERIFY(aligner.push(0, {}, 42, 40).isEmpty());
    QVERIFY(aligner.push(0, {}, 83, 45).isEmpty());
    QVERIFY(aligner.push(1, {}, 42, 48).isEmpty());
    QCOMPARE(aligner.queued(0), 2);
    const QList<FrameAligner::Presented> shown = aligner.push(2, {}, 42, 60);
    QCOMPARE(names(shown), (QStringList{"0:42", "1:42", "2:42"}));
    QCOMPARE(shown.at(0).heldMs, 20); // deck 0's 42 came at 40
    QCOMPARE(shown.at(2).heldMs, 0);
    QCOMPARE(aligner.queued(0), 1); // 83 waits for the others
    QCOMPARE(aligner.presentedPtsMs(0), 42);
    QVERIFY(aligner.push(2, {}, 83, 90).isEmpty());
    QCOMPARE(names(aligner.push(1, {}, 83, 91)), (QStringList{"0:83", "1:83", "2:83"}));
}

void tst_FrameAligner::roundingWithinHalfAFrame_data()
{
    QTest::addColumn<qint64>("other");
    QTest::addColumn<bool>("together");
    QTest::newRow("same ms") << qint64(42) << true;
    QTest::newRow("1 ms earlier") << qint64(41) << true;
    QTest::newRow("20 ms earlier") << qint64(22) << true;
    QTest::newRow("a frame earlier") << qint64(0) << false;
}

void tst_FrameAligner::roundingWithinHalfAFrame()
{
    QFETCH(qint64, other);
    QFETCH(bool, together);
    FrameAligner aligner = started(2);
    QVERIFY(aligner.push(0, {}, 42, 10).isEmpty());
    const QStringList shown = names(aligner.push(1, {}, other, 11));
    QCOMPARE(shown.contains(QStringLiteral("0:42")), together);
    QVERIFY2(shown.contains(QStringLiteral("1:%1").arg(other)), "the late deck shows its frame");
}

void tst_FrameAligner::stalledDeckStopsHolding()
{
    FrameAligner aligner = started(2);
    QCOMPARE(names(aligner.push(0, {}, 0, 1) + aligner.push(1, {}, 0, 2)),
             (QStringList{"0:0", "1:0"}));
    QVERIFY2(aligner.push(0, {}, 42, 40).isEmpty(), "deck 1 is only late");
    QVERIFY2(aligner.push(0, {}, 83, 2 + StallMs).isEmpty(), "deck 1 is still within grace");
    // Past the grace, deck 0 goes on alone with its newest frame.
    QCOMPARE(names(aligner.push(0, {}, 125, 3 + StallMs)), (QStringList{"0:125"}));
    // Deck 1 comes back behind: it shows its frame, deck 0 waits for it to catch up.
    QCOMPARE(names(aligner.push(1, {}, 42, 400)), (QStringList{"1:42"}));
    QVERIFY(aligner.push(0, {}, 167, 401).isEmpty());
    QCOMPARE(names(aligner.push(1, {}, 167, 402)), (QStringList{"0:167", "1:167"}));
}

void tst_FrameAligner::endedDeckStopsHolding()
{
    FrameAligner aligner = started(2);
    QVERIFY(aligner.push(0, {}, 0, 1).isEmpty());
    QVERIFY(aligner.push(0, {}, 42, 2).isEmpty());
    aligner.setHolding(1, false); // deck 1 ended (or failed)
    QCOMPARE(names(aligner.release(3)), (QStringList{"0:42"}));
    QCOMPARE(names(aligner.push(1, {}, 500, 4)), (QStringList{"1:500"}));
}

void tst_FrameAligner::queueIsBounded()
{
    FrameAligner aligner = started(2);
    for (int i = 0; i < 10; ++i)
        QVERIFY(aligner.push(0, {}, qint64(i * Period), i).isEmpty());
    QCOMPARE(aligner.queued(0), MaxQueued);
    // The ending deck 0 shows its newest frame and stops holding deck 1.
    QCOMPARE(names(aligner.flush(0)), (QStringList{"0:375"}));
    QCOMPARE(aligner.queued(0), 0);
}

void tst_FrameAligner::clearDropsQueuedFrames()
{
    FrameAligner aligner = started(2);
    QCOMPARE(names(aligner.push(0, {}, 0, 1) + aligner.push(1, {}, 0, 2)),
             (QStringList{"0:0", "1:0"}));
    QVERIFY(aligner.push(0, {}, 42, 3).isEmpty());
    aligner.clear(); // a seek: deck 0's 42 is from before it
    QCOMPARE(aligner.queued(0), 0);
    QVERIFY2(aligner.push(1, {}, 42, 4).isEmpty(), "deck 1 waits for deck 0's new frame");
    QCOMPARE(names(aligner.push(0, {}, 42, 5)), (QStringList{"0:42", "1:42"}));
}

QTEST_GUILESS_MAIN(tst_FrameAligner)
#include "tst_framealigner.moc"
