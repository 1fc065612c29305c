// SPDX-License-Identifier: MIT
#include "testclip.h"
#include "ui/preview/projectsequence.h"
#include "ui/preview/sequenceengine.h"
#include "ui/preview/sequenceplayer.h"
#include "ui/preview/sequenceruler.h"
#include "ui/preview/videocanvas.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_SequencePlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void projectSequenceResolvesMedia();
    void signalsFollowPlayback();
    void keysControlPlayback();
    void shuttleKeys();
    void rulerSeeksAcrossTheFilm_data();
    void rulerSeeksAcrossTheFilm();
    void seekToShotAndLoopKeys();
    void slateShownForShotWithoutTake();

private:
    Project makeProject() const;

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tst_sequenceplayer-XXXXXX")};
    QString m_projectPath;
};

void tst_SequencePlayer::initTestCase()
{
    QVERIFY2(m_dir.isValid(), "temporary dir");
    m_projectPath = m_dir.filePath(QStringLiteral("Test.shotbrief"));
    const QString clips = m_dir.filePath(QStringLiteral("Test.media/clips"));
    QVERIFY2(QDir().mkpath(clips), "media folder");
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")})
        QVERIFY2(makeTestClip(clips + QLatin1Char('/') + name + QStringLiteral(".mp4")),
                 "ffmpeg makes a clip");
}

Project tst_SequencePlayer::makeProject() const
{
    Project project;
    auto shot = [](const QString &id, const QString &clip) {
        Shot s;
        s.id = id;
        s.label = id.toUpper();
        s.sceneProse = QStringLiteral("Scene of ") + id;
        s.durationSeconds = 4;
        if (!clip.isEmpty()) {
            Take take;
            take.id = id + QStringLiteral("-t1");
            take.status = TakeStatus::Ready;
            take.clipPath = clip;
            s.takes << take;
            s.circledTakeId = take.id;
        }
        return s;
    };
    project.shots = {shot(QStringLiteral("s1"), QStringLiteral("clips/a.mp4")),
                     shot(QStringLiteral("s2"), QString()),
                     shot(QStringLiteral("s3"), QStringLiteral("clips/b.mp4")),
                     shot(QStringLiteral("s4"), QStringLiteral("../escape.mp4")),
                     shot(QStringLiteral("s5"), QStringLiteral("clips/missing.mp4"))};
    // Short shots keep the test fast; the player follows the project's durations.
    for (Shot &s : project.shots)
        s.durationSeconds = 1;
    return project;
}

void tst_SequencePlayer::projectSequenceResolvesMedia()
{
    const SequenceTimeline timeline = sequenceForProject(makeProject(), m_projectPath);
    QCOMPARE(timeline.count(), 5);
    QVERIFY2(timeline.at(0).hasClip(), qPrintable(timeline.at(0).error));
    QVERIFY2(timeline.at(0).clipPath.endsWith(QLatin1String("Test.media/clips/a.mp4")),
             qPrintable(timeline.at(0).clipPath));
    QVERIFY2(!timeline.at(1).hasClip() && timeline.at(1).error.isEmpty(), "no take: plain slate");
    QVERIFY2(timeline.at(2).hasClip(), qPrintable(timeline.at(2).error));
    QVERIFY2(!timeline.at(3).hasClip() && !timeline.at(3).error.isEmpty(),
             "a path leaving the media folder is refused");
    QVERIFY2(!timeline.at(4).hasClip() && !timeline.at(4).error.isEmpty(), "missing file");
    QVERIFY2(timeline.at(0).prompt.contains(QLatin1String("Scene of s1")),
             qPrintable(timeline.at(0).prompt));
}

void tst_SequencePlayer::signalsFollowPlayback()
{
    SequencePlayer player;
    player.engine()->setMuted(true);
    player.setProject(makeProject(), m_projectPath);
    QSignalSpy shots(&player, &SequencePlayer::currentShotChanged);
    QSignalSpy positions(&player, &SequencePlayer::positionChanged);
    QSignalSpy finished(player.engine(), &SequenceEngine::finished);
    player.engine()->play();
    QVERIFY2(finished.wait(20000), "plays to the end");
    QStringList order;
    for (const auto &args : shots)
        order << args.first().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("s2"), QStringLiteral("s3"), QStringLiteral("s4"),
                                 QStringLiteral("s5")}));
    QVERIFY2(positions.size() > 20, "position follows playback");
    QCOMPARE(positions.last().first().toLongLong(), 5000);
    QCOMPARE(player.ruler()->position(), 5000);
}

void tst_SequencePlayer::keysControlPlayback()
{
    SequencePlayer player;
    player.engine()->setMuted(true);
    player.setProject(makeProject(), m_projectPath);
    QTest::keyClick(&player, Qt::Key_Space);
    QCOMPARE(player.engine()->state(), SequenceEngine::State::Playing);
    QTest::keyClick(&player, Qt::Key_K);
    QCOMPARE(player.engine()->state(), SequenceEngine::State::Paused);
    QTest::keyClick(&player, Qt::Key_L);
    QCOMPARE(player.engine()->state(), SequenceEngine::State::Playing);
    QCOMPARE(player.engine()->rate(), 1.0);
    QTest::keyClick(&player, Qt::Key_L);
    QCOMPARE(player.engine()->rate(), 2.0);
    QTest::keyClick(&player, Qt::Key_K);
    QCOMPARE(player.engine()->rate(), 1.0);
    player.engine()->seek(2500);
    QTest::keyClick(&player, Qt::Key_Right);
    QVERIFY2(qAbs(player.engine()->position() - 2542) <= 2,
             qPrintable(QString::number(player.engine()->position())));
    QTest::keyClick(&player, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(player.engine()->position(), 2000);
    QTest::keyClick(&player, Qt::Key_End);
    QCOMPARE(player.engine()->position(), 5000);
    QTest::keyClick(&player, Qt::Key_Home);
    QCOMPARE(player.engine()->position(), 0);
}

void tst_SequencePlayer::shuttleKeys()
{
    SequencePlayer player;
    player.engine()->setMuted(true);
    player.setProject(makeProject(), m_projectPath);
    SequenceEngine *engine = player.engine();
    engine->seek(2600); // inside shot 3
    QTest::keyClick(&player, Qt::Key_J);
    QCOMPARE(engine->state(), SequenceEngine::State::Playing);
    QVERIFY2(engine->isReversing(), "J plays backwards");
    QCOMPARE(engine->reverseRate(), 1.0);
    QTest::keyClick(&player, Qt::Key_J);
    QCOMPARE(engine->reverseRate(), 2.0);
    QTest::keyClick(&player, Qt::Key_J);
    QTest::keyClick(&player, Qt::Key_J);
    QCOMPARE(engine->reverseRate(), 4.0); // 1x, 2x, 4x and no further
    QTRY_VERIFY2_WITH_TIMEOUT(engine->currentShotId() == QStringLiteral("s2"),
                              "back across the cut into shot 2", 5000);
    QTest::keyPress(&player, Qt::Key_K);
    QCOMPARE(engine->state(), SequenceEngine::State::Paused);
    QVERIFY2(!engine->isReversing(), "K stops");
    // With K held, J and L step one frame.
    engine->seek(2500);
    QTest::keyClick(&player, Qt::Key_L);
    QVERIFY2(qAbs(engine->position() - 2542) <= 2, qPrintable(QString::number(engine->position())));
    QTest::keyClick(&player, Qt::Key_J);
    QTest::keyClick(&player, Qt::Key_J);
    QVERIFY2(qAbs(engine->position() - 2459) <= 2, qPrintable(QString::number(engine->position())));
    QCOMPARE(engine->state(), SequenceEngine::State::Paused);
    QTest::keyRelease(&player, Qt::Key_K);
    QTest::keyClick(&player, Qt::Key_L);
    QCOMPARE(engine->state(), SequenceEngine::State::Playing);
    QVERIFY2(!engine->isReversing(), "L plays forward");
    QCOMPARE(engine->rate(), 1.0);
    QTest::keyClick(&player, Qt::Key_J); // from forward play: reverse at 1x
    QVERIFY2(engine->isReversing(), "J reverses forward play");
    QCOMPARE(engine->reverseRate(), 1.0);
    QTest::keyClick(&player, Qt::Key_Space);
    QCOMPARE(engine->state(), SequenceEngine::State::Paused);
}

void tst_SequencePlayer::rulerSeeksAcrossTheFilm_data()
{
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("shot");
    QTest::newRow("first shot") << 0.1 << QStringLiteral("s1");
    QTest::newRow("slate") << 0.3 << QStringLiteral("s2");
    QTest::newRow("third shot") << 0.5 << QStringLiteral("s3");
    QTest::newRow("last shot") << 0.95 << QStringLiteral("s5");
}

void tst_SequencePlayer::rulerSeeksAcrossTheFilm()
{
    QFETCH(double, fraction);
    QFETCH(QString, shot);
    SequencePlayer player;
    player.resize(800, 500);
    player.engine()->setMuted(true);
    player.setProject(makeProject(), m_projectPath);
    player.show();
    QVERIFY(QTest::qWaitForWindowExposed(&player));
    SequenceRuler *ruler = player.ruler();
    const int x = 1 + int(fraction * (ruler->width() - 2));
    QTest::mouseClick(ruler, Qt::LeftButton, {}, QPoint(x, ruler->height() / 2));
    QCOMPARE(player.engine()->currentShotId(), shot);
    QVERIFY2(qAbs(player.engine()->position() - ruler->timeAt(x)) <= 1, "lands where clicked");
}

void tst_SequencePlayer::seekToShotAndLoopKeys()
{
    SequencePlayer player;
    player.engine()->setMuted(true);
    player.setProject(makeProject(), m_projectPath);
    QSignalSpy shots(&player, &SequencePlayer::currentShotChanged);
    player.seekToShot(QStringLiteral("s3"));
    QCOMPARE(player.engine()->position(), 2000);
    QCOMPARE(shots.last().first().toString(), QStringLiteral("s3"));
    player.engine()->seek(1200);
    QTest::keyClick(&player, Qt::Key_I);
    player.engine()->seek(2600);
    QTest::keyClick(&player, Qt::Key_O);
    QCOMPARE(player.engine()->loopIn(), 1200);
    QCOMPARE(player.engine()->loopOut(), 2600);
    QTest::keyClick(&player, Qt::Key_X);
    QCOMPARE(player.engine()->loopIn(), -1);
}

void tst_SequencePlayer::slateShownForShotWithoutTake()
{
    SequencePlayer player;
    player.engine()->setMuted(true);
    player.setProject(makeProject(), m_projectPath);
    player.engine()->seek(1500);
    QVERIFY2(player.canvas()->isShowingSlate(), "a shot without a take shows its slate");
    player.engine()->seek(3500);
    QVERIFY2(player.canvas()->isShowingSlate(), "a refused path shows its slate");
    QVERIFY2(!player.engine()->itemError(3).isEmpty(), "with the reason");
}

QTEST_MAIN(tst_SequencePlayer)
#include "tst_sequenceplayer.moc"
