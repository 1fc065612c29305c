// SPDX-License-Identifier: MIT
#include "testclip.h"

#include "ui/preview/sequenceengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_SequenceEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void playsEveryShotInOrderAndEnds();
    void missingAndCorruptShowSlateAndGoOn();
    void takeLengthFollowsTheSlot_data();
    void takeLengthFollowsTheSlot();
    void seekAcrossCut_data();
    void seekAcrossCut();
    void frameStepAndPause();
    void loopRange();
    void reversePlayCrossesCut();
    void reverseStopsAtStart();
    void seekWhileLoadingShowsFrame_data();
    void seekWhileLoadingShowsFrame();
    void trimmedClipPlaysFromItsInPoint();

private:
    SequenceItem clipItem(const QString &id, const QString &file, qint64 ms) const;
    static SequenceItem slateItem(const QString &id, qint64 ms, const QString &error = {});
    /// Shots s1, s2, s3: one second each of a.mp4 (160x90), b.mp4 (90x160), c.mp4 (160x120).
    SequenceTimeline threeClips() const;

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tst_sequenceengine-XXXXXX")};
};

SequenceItem tst_SequenceEngine::clipItem(const QString &id, const QString &file, qint64 ms) const
{
    SequenceItem item;
    item.shotId = id;
    item.label = id;
    item.durationMs = ms;
    item.clipPath = m_dir.filePath(file);
    return item;
}

SequenceItem tst_SequenceEngine::slateItem(const QString &id, qint64 ms, const QString &error)
{
    SequenceItem item;
    item.shotId = id;
    item.label = id;
    item.durationMs = ms;
    item.error = error;
    return item;
}

SequenceTimeline tst_SequenceEngine::threeClips() const
{
    return SequenceTimeline({clipItem(QStringLiteral("s1"), QStringLiteral("a.mp4"), 1000),
                             clipItem(QStringLiteral("s2"), QStringLiteral("b.mp4"), 1000),
                             clipItem(QStringLiteral("s3"), QStringLiteral("c.mp4"), 1000)});
}

void tst_SequenceEngine::initTestCase()
{
    QVERIFY2(m_dir.isValid(), "temporary dir");
    QVERIFY2(makeTestClip(m_dir.filePath(QStringLiteral("a.mp4")),
                          {.size = QStringLiteral("160x90"), .seconds = 1, .audio = true}),
             "clip a");
    QVERIFY2(makeTestClip(m_dir.filePath(QStringLiteral("b.mp4")),
                          {.size = QStringLiteral("90x160"), .seconds = 1, .audio = true}),
             "clip b");
    QVERIFY2(makeTestClip(m_dir.filePath(QStringLiteral("c.mp4")),
                          {.size = QStringLiteral("160x120"), .seconds = 1, .audio = true}),
             "clip c");
    QVERIFY2(makeTestClip(m_dir.filePath(QStringLiteral("long.mp4")),
                          {.size = QStringLiteral("120x120"), .seconds = 3, .audio = true}),
             "clip long");
    QFile corrupt(m_dir.filePath(QStringLiteral("corrupt.mp4")));
    QVERIFY2(corrupt.open(QIODevice::WriteOnly), "corrupt file");
    corrupt.write(QByteArray(4096, 'x'));
}

void tst_SequenceEngine::playsEveryShotInOrderAndEnds()
{
    SequenceEngine engine;
    engine.setMuted(true);
    engine.setTimeline(threeClips());
    QSignalSpy shots(&engine, &SequenceEngine::currentShotChanged);
    QSignalSpy frames(&engine, &SequenceEngine::frameChanged);
    QSignalSpy finished(&engine, &SequenceEngine::finished);
    QSignalSpy positions(&engine, &SequenceEngine::positionChanged);
    engine.play();
    QVERIFY2(finished.wait(15000), "the sequence ends");
    QStringList order;
    for (const auto &args : shots)
        order << args.first().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("s2"), QStringLiteral("s3")}));
    // Each clip really played, in order: the clips differ in frame size.
    QList<QSize> sizes;
    for (const auto &args : frames) {
        const QSize size = args.first().value<QVideoFrame>().size();
        if (sizes.isEmpty() || sizes.last() != size)
            sizes << size;
    }
    QCOMPARE(sizes, (QList<QSize>{QSize(160, 90), QSize(90, 160), QSize(160, 120)}));
    QVERIFY2(frames.size() > 40, qPrintable(QStringLiteral("%1 frames").arg(frames.size())));
    QCOMPARE(engine.state(), SequenceEngine::State::Paused);
    QCOMPARE(engine.position(), 3000);
    qint64 previous = -1;
    for (const auto &args : positions) {
        const qint64 ms = args.first().toLongLong();
        QVERIFY2(ms >= previous,
                 qPrintable(QStringLiteral("position went back %1 -> %2").arg(previous).arg(ms)));
        previous = ms;
    }
    // From the end, J plays the last clip backwards (its player had reached end of media).
    // A quarter speed gives the 1 s clip 4 s of reverse play, so that a busy machine, whose
    // late seeks are skipped by the reverse clock, still shows one of its frames before b.
    frames.clear();
    engine.playReverse(0.25);
    const auto lastClipBackwards = [&frames] {
        for (const auto &args : frames) {
            const QVideoFrame frame = args.first().value<QVideoFrame>();
            if (frame.size() == QSize(160, 120) && frame.startTime() < 950000)
                return true;
        }
        return false;
    };
    const auto seen = [&frames] {
        QStringList shown;
        for (const auto &args : frames) {
            const QVideoFrame frame = args.first().value<QVideoFrame>();
            shown << QStringLiteral("%1x%2@%3")
                         .arg(frame.size().width())
                         .arg(frame.size().height())
                         .arg(frame.startTime());
        }
        return shown.join(u' ');
    };
    // A frame of the last clip (160x120) from before its end is shown.
    QTRY_VERIFY2_WITH_TIMEOUT(lastClipBackwards(), qPrintable(seen()), 10000);
    engine.pause();
    QVERIFY2(engine.position() < 3000, qPrintable(QString::number(engine.position())));
}

void tst_SequenceEngine::takeLengthFollowsTheSlot_data()
{
    QTest::addColumn<qint64>("slotMs"); // of shot s1, whose take (a.mp4) is 1 s long
    QTest::newRow("short take holds its last frame") << qint64(2000);
    QTest::newRow("long take is cut at the slot end") << qint64(500);
}

void tst_SequenceEngine::takeLengthFollowsTheSlot()
{
    // Sequence time is timeline time whatever the takes' own lengths: a take shorter than its
    // shot's slot holds its last frame to the slot's end, a longer one is cut there.
    QFETCH(qint64, slotMs);
    SequenceEngine engine;
    engine.setMuted(true);
    engine.setTimeline(
        SequenceTimeline({clipItem(QStringLiteral("s1"), QStringLiteral("a.mp4"), slotMs),
                          clipItem(QStringLiteral("s2"), QStringLiteral("b.mp4"), 1000)}));
    qint64 lastOfFirst = -1;   // the last time reported while s1 was on screen
    qint64 firstOfSecond = -1; // the first time reported once s2's first frame was shown
    bool secondShown = false;
    connect(&engine, &SequenceEngine::frameChanged, this, [&](const QVideoFrame &frame) {
        secondShown = secondShown || frame.size() == QSize(90, 160);
    });
    connect(&engine, &SequenceEngine::positionChanged, this, [&](qint64 ms) {
        if (!secondShown && engine.currentIndex() == 0)
            lastOfFirst = std::max(lastOfFirst, ms);
        else if (secondShown && firstOfSecond < 0)
            firstOfSecond = ms;
    });
    QSignalSpy finished(&engine, &SequenceEngine::finished);
    engine.play();
    QVERIFY2(finished.wait(15000), "the sequence ends");
    QCOMPARE(engine.position(), slotMs + 1000);
    const QString report =
        QStringLiteral("s1 last at %1 ms, s2 first at %2 ms").arg(lastOfFirst).arg(firstOfSecond);
    // s1 stays on screen through its whole slot (its time runs on while the last frame
    // holds) and never past it; s2 starts where its slot starts.
    QVERIFY2(lastOfFirst >= slotMs - 300 && lastOfFirst <= slotMs, qPrintable(report));
    QVERIFY2(firstOfSecond >= slotMs && firstOfSecond < slotMs + 500, qPrintable(report));
}

void tst_SequenceEngine::missingAndCorruptShowSlateAndGoOn()
{
    SequenceEngine engine;
    engine.setMuted(true);
    engine.setTimeline(SequenceTimeline(
        {clipItem(QStringLiteral("s1"), QStringLiteral("a.mp4"), 1000),
         slateItem(QStringLiteral("missing"), 500, QStringLiteral("Clip not found: gone.mp4")),
         clipItem(QStringLiteral("bad"), QStringLiteral("corrupt.mp4"), 500),
         clipItem(QStringLiteral("s4"), QStringLiteral("b.mp4"), 1000)}));
    QSignalSpy shots(&engine, &SequenceEngine::currentShotChanged);
    QSignalSpy slates(&engine, &SequenceEngine::slateShown);
    QSignalSpy failed(&engine, &SequenceEngine::itemFailed);
    QSignalSpy finished(&engine, &SequenceEngine::finished);
    engine.play();
    QVERIFY2(finished.wait(15000), "playback goes on to the end");
    QStringList order;
    for (const auto &args : shots)
        order << args.first().toString();
    QCOMPARE(order,
             (QStringList{QStringLiteral("missing"), QStringLiteral("bad"), QStringLiteral("s4")}));
    QList<int> slateIndexes;
    for (const auto &args : slates)
        slateIndexes << args.first().toInt();
    QVERIFY2(slateIndexes.contains(1), "missing file shows its slate");
    QVERIFY2(slateIndexes.contains(2), "corrupt file shows its slate");
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toInt(), 2);
    QVERIFY2(!engine.itemError(2).isEmpty(), "corrupt file has an error");
    QCOMPARE(engine.itemError(1), QStringLiteral("Clip not found: gone.mp4"));
}

void tst_SequenceEngine::seekAcrossCut_data()
{
    QTest::addColumn<qint64>("target");
    QTest::addColumn<QString>("shot");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("into second clip") << qint64(1500) << QStringLiteral("s2") << qint64(500);
    QTest::newRow("into slate") << qint64(2250) << QStringLiteral("slate") << qint64(250);
    QTest::newRow("into last clip") << qint64(3200) << QStringLiteral("s4") << qint64(200);
    QTest::newRow("back to first") << qint64(300) << QStringLiteral("s1") << qint64(300);
}

void tst_SequenceEngine::seekAcrossCut()
{
    QFETCH(qint64, target);
    QFETCH(QString, shot);
    QFETCH(qint64, offset);
    SequenceEngine engine;
    engine.setMuted(true);
    const SequenceTimeline timeline(
        {clipItem(QStringLiteral("s1"), QStringLiteral("a.mp4"), 1000),
         clipItem(QStringLiteral("s2"), QStringLiteral("b.mp4"), 1000),
         slateItem(QStringLiteral("slate"), 1000),
         clipItem(QStringLiteral("s4"), QStringLiteral("c.mp4"), 1000)});
    engine.setTimeline(timeline);
    QSignalSpy frames(&engine, &SequenceEngine::frameChanged);
    // Start from the middle of the first clip, paused, so the seek crosses at least one cut.
    engine.seek(700);
    engine.seek(target);
    QCOMPARE(engine.currentShotId(), shot);
    QCOMPARE(engine.position(), target);
    if (timeline.at(timeline.indexOfShot(shot)).hasClip()) {
        // The frame shown after the seek comes from the right place in the right clip.
        QTRY_VERIFY2_WITH_TIMEOUT(
            !frames.isEmpty() &&
                qAbs(frames.last().first().value<QVideoFrame>().startTime() / 1000 - offset) <= 42,
            "a frame at the sought time arrives", 5000);
        QVERIFY2(!engine.isShowingSlate(), "clip shown");
    } else {
        QVERIFY2(engine.isShowingSlate(), "slate shown");
    }
    // Playing on from there keeps the sequence time moving forward from the target.
    QSignalSpy positions(&engine, &SequenceEngine::positionChanged);
    engine.play();
    QTRY_VERIFY2_WITH_TIMEOUT(engine.position() > target + 100, "plays on after the seek", 5000);
    QVERIFY2(positions.first().first().toLongLong() >= target - 42, "no jump back");
    engine.pause();
}

void tst_SequenceEngine::frameStepAndPause()
{
    SequenceEngine engine;
    engine.setMuted(true);
    engine.setTimeline(
        SequenceTimeline({clipItem(QStringLiteral("s1"), QStringLiteral("a.mp4"), 1000),
                          clipItem(QStringLiteral("s2"), QStringLiteral("b.mp4"), 1000)}));
    engine.seek(958); // last frame of the first clip
    engine.stepFrames(1);
    QCOMPARE(engine.currentShotId(), QStringLiteral("s2"));
    QVERIFY2(engine.position() >= 1000 && engine.position() < 1042,
             qPrintable(QString::number(engine.position())));
    engine.stepFrames(-2);
    QCOMPARE(engine.currentShotId(), QStringLiteral("s1"));
    QCOMPARE(engine.state(), SequenceEngine::State::Paused);
}

void tst_SequenceEngine::loopRange()
{
    SequenceEngine engine;
    engine.setMuted(true);
    engine.setTimeline(
        SequenceTimeline({clipItem(QStringLiteral("s1"), QStringLiteral("a.mp4"), 1000),
                          slateItem(QStringLiteral("s2"), 1000)}));
    engine.setLoopRange(1200, 1600);
    QSignalSpy positions(&engine, &SequenceEngine::positionChanged);
    QSignalSpy finished(&engine, &SequenceEngine::finished);
    engine.seek(1200);
    engine.play();
    QTRY_VERIFY2_WITH_TIMEOUT(positions.size() > 100, "keeps playing", 10000);
    engine.pause();
    QCOMPARE(finished.size(), 0);
    // No bound on how far past the out point one clock tick lands (a busy machine delays
    // ticks); what matters is that it goes back to the in point, again and again.
    int wraps = 0;
    qint64 previous = -1;
    for (const auto &args : positions) {
        const qint64 ms = args.first().toLongLong();
        QVERIFY2(ms >= 1200 && ms < 2000, qPrintable(QStringLiteral("left the loop: %1").arg(ms)));
        if (previous >= 1550 && ms < previous)
            ++wraps;
        previous = ms;
    }
    QVERIFY2(wraps >= 2, qPrintable(QStringLiteral("looped %1 times").arg(wraps)));
}

void tst_SequenceEngine::reversePlayCrossesCut()
{
    SequenceEngine engine;
    engine.setMuted(true);
    engine.setTimeline(threeClips());
    engine.seek(2800); // inside shot 3
    QCOMPARE(engine.currentShotId(), QStringLiteral("s3"));
    QTRY_VERIFY2_WITH_TIMEOUT(engine.currentFrame().size() == QSize(160, 120),
                              "shot 3 shows its frame", 5000);
    QSignalSpy positions(&engine, &SequenceEngine::positionChanged);
    QSignalSpy frames(&engine, &SequenceEngine::frameChanged);
    QElapsedTimer clock;
    clock.start();
    engine.playReverse(1.0);
    QCOMPARE(engine.state(), SequenceEngine::State::Playing);
    QVERIFY2(engine.isReversing(), "reversing");
    // Into shot 2, showing shot 2's own frames (90x160), well before its start.
    QTRY_VERIFY2_WITH_TIMEOUT(
        engine.currentShotId() == QStringLiteral("s2") && engine.position() <= 1500 &&
            !frames.isEmpty() &&
            frames.last().first().value<QVideoFrame>().size() == QSize(90, 160),
        qPrintable(
            QStringLiteral("at %1 in %2").arg(engine.position()).arg(engine.currentShotId())),
        10000);
    const qint64 elapsed = clock.elapsed();
    const qint64 moved = 2800 - engine.position();
    // Backwards in time, step after step, at about real-time speed (not a jump, not a crawl;
    // the bound allows a loaded machine to lag by a few steps).
    QVERIFY2(moved <= elapsed + 100 && moved >= elapsed / 2 - 100,
             qPrintable(QStringLiteral("moved back %1 ms in %2 ms").arg(moved).arg(elapsed)));
    QVERIFY2(positions.size() >= 10, qPrintable(QString::number(positions.size())));
    qint64 previous = 2800;
    for (const auto &args : positions) {
        const qint64 ms = args.first().toLongLong();
        QVERIFY2(ms <= previous,
                 qPrintable(QStringLiteral("forward %1 -> %2").arg(previous).arg(ms)));
        previous = ms;
    }
    QSet<qint64> frameTimes;
    for (const auto &args : frames)
        frameTimes.insert(args.first().value<QVideoFrame>().startTime());
    QVERIFY2(frameTimes.size() >= 5,
             qPrintable(QStringLiteral("%1 distinct frames shown").arg(frameTimes.size())));

    engine.pause(); // K
    QCOMPARE(engine.state(), SequenceEngine::State::Paused);
    QVERIFY2(!engine.isReversing(), "stopped");
    const qint64 stoppedAt = engine.position();
    // Nothing moves the time any more: no deck plays, no slate or reverse clock runs.
    QTRY_VERIFY2_WITH_TIMEOUT(!engine.isAdvancing(), "paused", 5000);
    QCOMPARE(engine.position(), stoppedAt);

    engine.play(); // L
    QTRY_VERIFY2_WITH_TIMEOUT(engine.position() > stoppedAt + 200, "forward again", 5000);
    QCOMPARE(engine.currentShotId(), QStringLiteral("s2"));
    engine.pause();
}

void tst_SequenceEngine::reverseStopsAtStart()
{
    SequenceEngine engine;
    engine.setMuted(true);
    engine.setTimeline(
        SequenceTimeline({clipItem(QStringLiteral("s1"), QStringLiteral("a.mp4"), 1000),
                          slateItem(QStringLiteral("s2"), 1000),
                          clipItem(QStringLiteral("s3"), QStringLiteral("b.mp4"), 1000)}));
    engine.seek(2300);
    QSignalSpy shots(&engine, &SequenceEngine::currentShotChanged);
    engine.playReverse(4.0);
    QTRY_VERIFY2_WITH_TIMEOUT(engine.state() == SequenceEngine::State::Paused, "stops at 0", 5000);
    QCOMPARE(engine.position(), 0);
    QCOMPARE(engine.currentShotId(), QStringLiteral("s1"));
    QVERIFY2(!engine.isReversing(), "no longer reversing");
    QCOMPARE(shots.size(), 2); // back through the slate into the first clip
    // It stays at the start: the last step did not set the first clip's deck playing.
    QTRY_VERIFY2_WITH_TIMEOUT(!engine.isAdvancing(), "nothing plays", 5000);
    QCOMPARE(engine.position(), 0);
    QCOMPARE(engine.state(), SequenceEngine::State::Paused);
}

void tst_SequenceEngine::seekWhileLoadingShowsFrame_data()
{
    QTest::addColumn<qint64>("target");
    QTest::newRow("start") << qint64(0);
    QTest::newRow("middle") << qint64(500);
}

void tst_SequenceEngine::seekWhileLoadingShowsFrame()
{
    // What the viewer tabs do: a new timeline, then at once the selected shot's start.
    QFETCH(qint64, target);
    SequenceEngine engine;
    engine.setMuted(true);
    engine.setTimeline(
        SequenceTimeline({clipItem(QStringLiteral("s1"), QStringLiteral("a.mp4"), 1000)}));
    engine.seek(target);
    QTRY_VERIFY2_WITH_TIMEOUT(engine.currentFrame().isValid(), "a picture, not black", 5000);
    QVERIFY2(qAbs(engine.currentFrame().startTime() / 1000 - target) <= 84,
             qPrintable(QString::number(engine.currentFrame().startTime())));
}

void tst_SequenceEngine::trimmedClipPlaysFromItsInPoint()
{
    // The edit uses 1.0-2.0 s of a 3 s clip: the player starts there and cuts at its end.
    SequenceItem trimmed = clipItem(QStringLiteral("t"), QStringLiteral("long.mp4"), 1000);
    trimmed.clipInMs = 1000;
    SequenceEngine engine;
    engine.setMuted(true);
    engine.setTimeline(
        SequenceTimeline({clipItem(QStringLiteral("s1"), QStringLiteral("a.mp4"), 1000), trimmed,
                          clipItem(QStringLiteral("s3"), QStringLiteral("c.mp4"), 1000)}));
    QSignalSpy frames(&engine, &SequenceEngine::frameChanged);
    QSignalSpy finished(&engine, &SequenceEngine::finished);
    engine.play();
    QVERIFY2(finished.wait(15000), "the sequence ends");
    QCOMPARE(engine.position(), 3000);
    QStringList times;
    qint64 first = -1;
    qint64 last = -1;
    for (const auto &args : frames) {
        const QVideoFrame frame = args.first().value<QVideoFrame>();
        if (frame.size() != QSize(120, 120))
            continue;
        times << QString::number(frame.startTime() / 1000);
        if (first < 0)
            first = frame.startTime();
        last = frame.startTime();
    }
    QVERIFY2(first >= 950000 && first < 1100000, qPrintable(times.join(u' ')));
    QVERIFY2(last < 2050000, qPrintable(times.join(u' ')));
    QVERIFY2(times.size() > 12, qPrintable(times.join(u' ')));

    // A seek into the trimmed shot lands that far after its in point.
    frames.clear();
    engine.seek(1500);
    QTRY_VERIFY_WITH_TIMEOUT(
        !frames.isEmpty() && frames.last().first().value<QVideoFrame>().size() == QSize(120, 120),
        5000);
    const qint64 shown = frames.last().first().value<QVideoFrame>().startTime();
    QVERIFY2(shown >= 1450000 && shown <= 1550000, qPrintable(QString::number(shown)));
    QCOMPARE(engine.currentShotId(), QStringLiteral("t"));
}

QTEST_MAIN(tst_SequenceEngine)
#include "tst_sequenceengine.moc"
