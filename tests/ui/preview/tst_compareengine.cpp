// SPDX-License-Identifier: MIT
#include "testclip.h"

#include "ui/preview/compareengine.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ShotBrief;

class tst_CompareEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsAllTakes();
    void inSyncAfterSeek_data();
    void inSyncAfterSeek();
    void inSyncAfterPlayAndPause();
    void stepMovesAllTakes();
    void tilesShowOneInstantWhilePlaying();
    void missingTakeDoesNotBlock();

private:
    QStringList fourClips() const;
    void verifyAligned(const CompareEngine &engine, qint64 target, const char *what) const;

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tst_compareengine-XXXXXX")};
};

void tst_CompareEngine::initTestCase()
{
    QVERIFY2(m_dir.isValid(), "temporary dir");
    const QStringList sizes{QStringLiteral("160x90"), QStringLiteral("90x160"),
                            QStringLiteral("128x96"), QStringLiteral("160x90")};
    for (int i = 0; i < 4; ++i)
        QVERIFY2(makeTestClip(m_dir.filePath(QStringLiteral("take%1.mp4").arg(i)),
                              {.size = sizes.at(i),
                               .seconds = 2,
                               .hue = i * 60,
                               .preset = QStringLiteral("veryfast")}),
                 "ffmpeg makes a take");
}

QStringList tst_CompareEngine::fourClips() const
{
    QStringList clips;
    for (int i = 0; i < 4; ++i)
        clips << m_dir.filePath(QStringLiteral("take%1.mp4").arg(i));
    return clips;
}

void tst_CompareEngine::verifyAligned(const CompareEngine &engine, qint64 target,
                                      const char *what) const
{
    for (int i = 0; i < engine.count(); ++i) {
        if (!engine.error(i).isEmpty())
            continue;
        const qint64 pts = engine.framePtsMs(i);
        QVERIFY2(qAbs(pts - target) <= 42,
                 qPrintable(QStringLiteral("%1: take %2 shows %3 ms, expected %4 ms")
                                .arg(QLatin1String(what))
                                .arg(i)
                                .arg(pts)
                                .arg(target)));
    }
}

void tst_CompareEngine::loadsAllTakes()
{
    CompareEngine engine;
    QSignalSpy frames(&engine, &CompareEngine::frameChanged);
    engine.setSources(fourClips());
    QCOMPARE(engine.count(), 4);
    QTRY_VERIFY2_WITH_TIMEOUT(engine.framePtsMs(0) >= 0 && engine.framePtsMs(1) >= 0 &&
                                  engine.framePtsMs(2) >= 0 && engine.framePtsMs(3) >= 0,
                              "every take shows its first frame", 10000);
    verifyAligned(engine, 0, "loaded");
}

void tst_CompareEngine::inSyncAfterSeek_data()
{
    QTest::addColumn<bool>("playing");
    QTest::addColumn<qint64>("target");
    QTest::newRow("paused, middle") << false << qint64(1000);
    QTest::newRow("paused, near end") << false << qint64(1800);
    QTest::newRow("playing, middle") << true << qint64(700);
}

void tst_CompareEngine::inSyncAfterSeek()
{
    QFETCH(bool, playing);
    QFETCH(qint64, target);
    CompareEngine engine;
    engine.setSources(fourClips());
    QTRY_VERIFY2_WITH_TIMEOUT(engine.framePtsMs(3) >= 0, "loaded", 10000);
    if (playing) {
        engine.play();
        QTRY_VERIFY2_WITH_TIMEOUT(engine.position() > 200, "plays", 10000);
    }
    engine.seek(target);
    if (playing) {
        engine.pause();
        QTRY_VERIFY2_WITH_TIMEOUT(!engine.isPlaying(), "paused", 5000);
        // Paused while the seek lands: every take settles on the sought frame.
        QTRY_VERIFY2_WITH_TIMEOUT(
            qAbs(engine.framePtsMs(0) - target) <= 42 &&
                qAbs(engine.framePtsMs(1) - target) <= 42 &&
                qAbs(engine.framePtsMs(2) - target) <= 42 &&
                qAbs(engine.framePtsMs(3) - target) <= 42,
            qPrintable(QStringLiteral("aligned on %1 after a seek while playing: %2 %3 %4 %5")
                           .arg(target)
                           .arg(engine.framePtsMs(0))
                           .arg(engine.framePtsMs(1))
                           .arg(engine.framePtsMs(2))
                           .arg(engine.framePtsMs(3))),
            5000);
    } else {
        QTRY_VERIFY2_WITH_TIMEOUT(qAbs(engine.framePtsMs(0) - target) <= 42 &&
                                      qAbs(engine.framePtsMs(1) - target) <= 42 &&
                                      qAbs(engine.framePtsMs(2) - target) <= 42 &&
                                      qAbs(engine.framePtsMs(3) - target) <= 42,
                                  "every take shows the sought frame", 5000);
    }
}

void tst_CompareEngine::inSyncAfterPlayAndPause()
{
    CompareEngine engine;
    engine.setSources(fourClips());
    engine.setAudioSource(2);
    QCOMPARE(engine.leader(), 2);
    QTRY_VERIFY2_WITH_TIMEOUT(engine.framePtsMs(3) >= 0, "loaded", 10000);
    engine.play();
    QTRY_VERIFY2_WITH_TIMEOUT(engine.position() > 500, "plays", 10000);
    engine.pause();
    const qint64 leaderPts = engine.framePtsMs(2);
    QVERIFY2(leaderPts > 400, "the leader has moved on");
    QTRY_VERIFY2_WITH_TIMEOUT(qAbs(engine.framePtsMs(0) - leaderPts) <= 42 &&
                                  qAbs(engine.framePtsMs(1) - leaderPts) <= 42 &&
                                  qAbs(engine.framePtsMs(3) - leaderPts) <= 42,
                              "followers line up on the leader when paused", 5000);
}

void tst_CompareEngine::stepMovesAllTakes()
{
    CompareEngine engine;
    engine.setSources(fourClips());
    QTRY_VERIFY2_WITH_TIMEOUT(engine.framePtsMs(3) >= 0, "loaded", 10000);
    engine.seek(500);
    QTRY_VERIFY2_WITH_TIMEOUT(qAbs(engine.framePtsMs(0) - 500) <= 42, "at 500", 5000);
    engine.stepFrames(3);
    const qint64 expected = 625; // frame 12 + 3 = frame 15
    QTRY_VERIFY2_WITH_TIMEOUT(qAbs(engine.framePtsMs(0) - expected) <= 21 &&
                                  qAbs(engine.framePtsMs(1) - expected) <= 21 &&
                                  qAbs(engine.framePtsMs(2) - expected) <= 21 &&
                                  qAbs(engine.framePtsMs(3) - expected) <= 21,
                              "every take stepped three frames", 5000);
}

void tst_CompareEngine::tilesShowOneInstantWhilePlaying()
{
    CompareEngine engine;
    engine.setSources(fourClips());
    QTRY_VERIFY2_WITH_TIMEOUT(engine.framePtsMs(3) >= 0, "loaded", 10000);
    engine.play();
    // Sampled like a repaint would: every 10 ms, what the four tiles show. Decoded frames
    // arrive a few ms apart per player; presented ones change together.
    int samples = 0;
    int apart = 0;
    qint64 worst = 0;
    QTimer paint;
    paint.setTimerType(Qt::PreciseTimer);
    connect(&paint, &QTimer::timeout, this, [&] {
        if (!engine.isPlaying() || engine.isSettling())
            return;
        qint64 lo = engine.framePtsMs(0);
        qint64 hi = lo;
        for (int i = 1; i < engine.count(); ++i) {
            lo = std::min(lo, engine.framePtsMs(i));
            hi = std::max(hi, engine.framePtsMs(i));
        }
        ++samples;
        worst = std::max(worst, hi - lo);
        if (hi - lo > CompareEngine::FramePeriodMs / 2)
            ++apart;
    });
    paint.start(10);
    QTRY_VERIFY2_WITH_TIMEOUT(!engine.isPlaying(), "plays to the end", 15000);
    paint.stop();
    QVERIFY2(samples > 50, qPrintable(QStringLiteral("%1 samples").arg(samples)));
    // A tile whose player stalls stops holding the others back; on a busy machine that may
    // happen for a moment, so a few samples apart are tolerated, a habit is not.
    QVERIFY2(apart * 20 <= samples, qPrintable(QStringLiteral("%1 of %2 samples showed different "
                                                              "instants (worst %3 ms apart)")
                                                   .arg(apart)
                                                   .arg(samples)
                                                   .arg(worst)));
}

void tst_CompareEngine::missingTakeDoesNotBlock()
{
    CompareEngine engine;
    QSignalSpy errors(&engine, &CompareEngine::errorOccurred);
    QSignalSpy finished(&engine, &CompareEngine::finished);
    engine.setSources({m_dir.filePath(QStringLiteral("take0.mp4")),
                       m_dir.filePath(QStringLiteral("nope.mp4")), QString()});
    engine.play();
    QVERIFY2(finished.wait(15000), "the compare plays to the end");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toInt(), 1);
}

QTEST_MAIN(tst_CompareEngine)
#include "tst_compareengine.moc"
