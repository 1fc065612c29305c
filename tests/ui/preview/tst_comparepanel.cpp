// SPDX-License-Identifier: MIT
#include "testclip.h"
#include "ui/preview/compareengine.h"
#include "ui/preview/comparepanel.h"
#include "ui/preview/comparetile.h"
#include "ui/preview/videocanvas.h"
#include "ui/preview/wipeview.h"

#include "prompt/promptcomposer.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace ShotBrief;

class tst_ComparePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildsTakesWithParametersDeltaAndCost();
    void keysCircleTakes_data();
    void keysCircleTakes();
    void clickSelectsDoubleClickCircles();
    void wipeStartsWithTheCircledTake();
    void outOfDateTakeIsMarked();
    void wipeModeAndAudio();
    void missingTakeShowsSlate();
    void sameTakesKeepPlayers_data();
    void sameTakesKeepPlayers();

private:
    Project makeProject() const;

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tst_comparepanel-XXXXXX")};
    QString m_projectPath;
};

void tst_ComparePanel::initTestCase()
{
    QVERIFY2(m_dir.isValid(), "temporary dir");
    m_projectPath = m_dir.filePath(QStringLiteral("Test.shotbrief"));
    const QString clips = m_dir.filePath(QStringLiteral("Test.media/clips"));
    QVERIFY2(QDir().mkpath(clips), "media folder");
    for (int i = 0; i < 3; ++i)
        QVERIFY2(makeTestClip(clips + QStringLiteral("/t%1.mp4").arg(i)), "ffmpeg makes a take");
}

Project tst_ComparePanel::makeProject() const
{
    Project project;
    Shot shot;
    shot.id = QStringLiteral("shot");
    shot.label = QStringLiteral("2");
    auto take = [](int i, const QString &prompt, double cost) {
        Take t;
        t.id = QStringLiteral("take%1").arg(i);
        t.status = TakeStatus::Ready;
        t.clipPath = QStringLiteral("clips/t%1.mp4").arg(i);
        t.prompt = prompt;
        t.model = QStringLiteral("sora-2");
        t.size = QStringLiteral("1280x720");
        t.seconds = 4;
        t.costUsd = cost;
        return t;
    };
    shot.takes << take(0, QStringLiteral("a wide shot at night in the rain"), 0.4)
               << take(1, QStringLiteral("a close shot at night in the rain"), 0.8)
               << take(2, QStringLiteral("a wide shot at dawn in the rain"), 1.2);
    shot.takes[2].kind = TakeKind::Remix;
    Take failed = take(3, QStringLiteral("x"), 0);
    failed.status = TakeStatus::Failed;
    shot.takes << failed;
    shot.circledTakeId = QStringLiteral("take1");
    project.shots << shot;
    return project;
}

void tst_ComparePanel::buildsTakesWithParametersDeltaAndCost()
{
    const Project project = makeProject();
    const QList<CompareTake> takes =
        ComparePanel::compareTakes(project, m_projectPath, project.shots.first(), {});
    QCOMPARE(takes.size(), 3); // the failed take is not offered by default
    QCOMPARE(takes.at(0).takeId, QStringLiteral("take0"));
    QCOMPARE(takes.at(0).number, 1); // named by their place among the shot's takes
    QCOMPARE(takes.at(2).number, 3);
    QVERIFY2(takes.at(0).item.hasClip(), qPrintable(takes.at(0).item.error));
    QVERIFY2(takes.at(1).parameters.contains(QLatin1String("sora-2")),
             qPrintable(takes.at(1).parameters));
    QVERIFY2(takes.at(1).parameters.contains(QLatin1String("1280x720")),
             qPrintable(takes.at(1).parameters));
    QVERIFY2(takes.at(2).parameters.contains(QLatin1String("remix")),
             qPrintable(takes.at(2).parameters));
    QCOMPARE(takes.at(2).costUsd, 1.2);
    QVERIFY2(takes.at(1).promptDelta.contains(QLatin1String("+ close")),
             qPrintable(takes.at(1).promptDelta));
    QVERIFY2(takes.at(1).promptDelta.contains(QLatin1String("wide")),
             qPrintable(takes.at(1).promptDelta));
    QVERIFY2(takes.at(2).promptDelta.contains(QLatin1String("dawn")),
             qPrintable(takes.at(2).promptDelta));
}

void tst_ComparePanel::keysCircleTakes_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("take");
    QTest::newRow("1") << int(Qt::Key_1) << QStringLiteral("take0");
    QTest::newRow("2") << int(Qt::Key_2) << QStringLiteral("take1");
    QTest::newRow("3") << int(Qt::Key_3) << QStringLiteral("take2");
}

void tst_ComparePanel::keysCircleTakes()
{
    QFETCH(int, key);
    QFETCH(QString, take);
    ComparePanel panel;
    panel.setShot(makeProject(), m_projectPath, QStringLiteral("shot"));
    QSignalSpy circle(&panel, &ComparePanel::circleRequested);
    QTest::keyClick(&panel, Qt::Key(key));
    QCOMPARE(circle.size(), 1);
    QCOMPARE(circle.first().at(0).toString(), QStringLiteral("shot"));
    QCOMPARE(circle.first().at(1).toString(), take);
    QTest::keyClick(&panel, Qt::Key_4); // only three takes: nothing to circle
    QCOMPARE(circle.size(), 1);
}

void tst_ComparePanel::clickSelectsDoubleClickCircles()
{
    ComparePanel panel;
    panel.resize(900, 600);
    Project project = makeProject();
    project.shots[0].circledTakeId = QStringLiteral("take1");
    panel.setShot(project, m_projectPath, QStringLiteral("shot"));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy circle(&panel, &ComparePanel::circleRequested);

    // A single click only selects: circling changes what the sequence plays.
    QTest::mouseClick(panel.tile(2), Qt::LeftButton);
    QCOMPARE(circle.size(), 0);
    QCOMPARE(panel.selectedIndex(), 2);
    QVERIFY(panel.tile(2)->isSelected());
    QVERIFY(panel.circleButton()->isEnabled());
    // The Circle button circles the selected take.
    panel.circleButton()->click();
    QCOMPARE(circle.size(), 1);
    QCOMPARE(circle.last().at(1).toString(), QStringLiteral("take2"));
    // So does a double-click.
    QTest::mouseDClick(panel.tile(0), Qt::LeftButton);
    QCOMPARE(circle.size(), 2);
    QCOMPARE(circle.last().at(1).toString(), QStringLiteral("take0"));
    panel.setCircledTake(QStringLiteral("take0"));
    QVERIFY(panel.tile(0)->isCircled());
    QVERIFY2(!panel.circleButton()->isEnabled(), "the selected take is circled already");
}

void tst_ComparePanel::wipeStartsWithTheCircledTake()
{
    ComparePanel panel;
    Project project = makeProject();
    project.shots[0].circledTakeId = QStringLiteral("take2");
    panel.setShot(project, m_projectPath, QStringLiteral("shot"));
    QCOMPARE(panel.takes().at(panel.wipeIndexA()).takeId, QStringLiteral("take2"));
    QCOMPARE(panel.takes().at(panel.wipeIndexB()).takeId, QStringLiteral("take0"));
    project.shots[0].circledTakeId = QStringLiteral("take0");
    panel.setShot(project, m_projectPath, QStringLiteral("shot"),
                  {QStringLiteral("take1"), QStringLiteral("take0")});
    QCOMPARE(panel.takes().at(panel.wipeIndexA()).takeId, QStringLiteral("take0"));
    QCOMPARE(panel.takes().at(panel.wipeIndexB()).takeId, QStringLiteral("take1"));
}

void tst_ComparePanel::outOfDateTakeIsMarked()
{
    Project project = makeProject();
    Shot &shot = project.shots[0];
    shot.sceneProse = QStringLiteral("a wide shot at night in the rain");
    shot.takes[0].prompt = composePrompt(project, shot); // made from the brief as it is
    shot.takes[1].prompt = shot.takes[0].prompt;
    shot.takes[1].seconds = 8; // made when the shot was 8 s long
    const QList<CompareTake> takes = ComparePanel::compareTakes(
        project, m_projectPath, shot, {QStringLiteral("take0"), QStringLiteral("take1")});
    QCOMPARE(takes.at(0).outOfDate, QString());
    QVERIFY2(takes.at(1).outOfDate.contains(QLatin1String("8 s")),
             qPrintable(takes.at(1).outOfDate));
    ComparePanel panel;
    panel.setShot(project, m_projectPath, QStringLiteral("shot"),
                  {QStringLiteral("take0"), QStringLiteral("take1")});
    const auto header = [&panel](int index) {
        return panel.tile(index)->findChildren<QLabel *>().value(0)->text();
    };
    QVERIFY2(!header(0).contains(QLatin1String("out of date")), qPrintable(header(0)));
    QVERIFY2(header(1).contains(QLatin1String("out of date")), qPrintable(header(1)));
}

void tst_ComparePanel::wipeModeAndAudio()
{
    ComparePanel panel;
    panel.setShot(makeProject(), m_projectPath, QStringLiteral("shot"));
    QVERIFY2(!panel.isWipeMode(), "grid first");
    QTest::keyClick(&panel, Qt::Key_W);
    QVERIFY2(panel.isWipeMode(), "W toggles the wipe");
    panel.wipeView()->setDivider(0.25);
    QCOMPARE(panel.wipeView()->divider(), 0.25);
    panel.setShot(makeProject(), m_projectPath, QStringLiteral("shot"),
                  {QStringLiteral("take2"), QStringLiteral("take0"), QStringLiteral("take1")});
    QCOMPARE(panel.findChild<QComboBox *>(QStringLiteral("audioTake"))->itemText(0),
             QStringLiteral("Take 3"));
    panel.setAudioTake(2);
    QCOMPARE(panel.engine()->audioSource(), 2);
    QCOMPARE(panel.engine()->leader(), 2);
    QTest::keyClick(&panel, Qt::Key_W);
    QVERIFY2(!panel.isWipeMode(), "W toggles back");
}

void tst_ComparePanel::missingTakeShowsSlate()
{
    Project project = makeProject();
    project.shots[0].takes[1].clipPath = QStringLiteral("clips/gone.mp4");
    ComparePanel panel;
    panel.setShot(project, m_projectPath, QStringLiteral("shot"),
                  {QStringLiteral("take0"), QStringLiteral("take1")});
    QCOMPARE(panel.takes().size(), 2);
    QVERIFY2(panel.tile(1)->canvas()->isShowingSlate(), "the missing take shows its slate");
    QVERIFY2(!panel.tile(0)->canvas()->isShowingSlate(), "the other take shows video");
    QTRY_VERIFY2_WITH_TIMEOUT(panel.engine()->framePtsMs(0) >= 0, "the other take loads", 10000);
}

void tst_ComparePanel::sameTakesKeepPlayers_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("reloads");
    QTest::newRow("prose edited") << QStringLiteral("prose") << false;
    QTest::newRow("cost changed") << QStringLiteral("cost") << false;
    QTest::newRow("circle moved") << QStringLiteral("circle") << false;
    QTest::newRow("take added") << QStringLiteral("add") << true;
    QTest::newRow("file replaced") << QStringLiteral("file") << true;
    QTest::newRow("take failed") << QStringLiteral("status") << true;
}

void tst_ComparePanel::sameTakesKeepPlayers()
{
    QFETCH(QString, change);
    QFETCH(bool, reloads);
    Project project = makeProject();
    project.shots[0].takes.remove(2); // two ready takes, so "add" has room to show a third
    ComparePanel panel;
    panel.setShot(project, m_projectPath, QStringLiteral("shot"));
    QCOMPARE(panel.takes().size(), 2);
    CompareEngine *engine = panel.engine();
    QTRY_VERIFY2_WITH_TIMEOUT(engine->framePtsMs(0) >= 0 && engine->framePtsMs(1) >= 0, "loaded",
                              10000);
    engine->seek(500);
    QTRY_VERIFY2_WITH_TIMEOUT(qAbs(engine->framePtsMs(0) - 500) <= 42 &&
                                  qAbs(engine->framePtsMs(1) - 500) <= 42,
                              "at 500 ms", 5000);
    const int loads = panel.loadCount();

    Shot &shot = project.shots[0];
    if (change == QLatin1String("prose")) {
        shot.sceneProse = QStringLiteral("typing in the inspector");
    } else if (change == QLatin1String("cost")) {
        shot.takes[1].costUsd = 2.5;
    } else if (change == QLatin1String("circle")) {
        shot.circledTakeId = QStringLiteral("take0");
    } else if (change == QLatin1String("add")) {
        Take take = shot.takes.at(1);
        take.id = QStringLiteral("take9");
        take.clipPath = QStringLiteral("clips/t2.mp4");
        shot.takes << take;
    } else if (change == QLatin1String("file")) {
        shot.takes[1].clipPath = QStringLiteral("clips/t2.mp4");
    } else if (change == QLatin1String("status")) {
        shot.takes[1].status = TakeStatus::Failed;
    }
    panel.setShot(project, m_projectPath, QStringLiteral("shot"));
    QCOMPARE(panel.loadCount(), reloads ? loads + 1 : loads);
    if (reloads) {
        QCOMPARE(panel.takes().size(), change == QLatin1String("add")      ? 3
                                       : change == QLatin1String("status") ? 1
                                                                           : 2);
        return;
    }
    // The players stayed where they were; the labels follow the project.
    QVERIFY2(qAbs(engine->framePtsMs(0) - 500) <= 42 && qAbs(engine->framePtsMs(1) - 500) <= 42,
             qPrintable(QStringLiteral("players moved: %1 %2")
                            .arg(engine->framePtsMs(0))
                            .arg(engine->framePtsMs(1))));
    QCOMPARE(engine->position(), engine->framePtsMs(0));
    QCOMPARE(panel.tile(1)->take().costUsd, shot.takes.at(1).costUsd);
    QCOMPARE(panel.tile(0)->isCircled(), shot.circledTakeId == QLatin1String("take0"));
}

QTEST_MAIN(tst_ComparePanel)
#include "tst_comparepanel.moc"
