// SPDX-License-Identifier: MIT
// The viewer tabs keep the compare grid in step with the document without disturbing it: an
// edit that does not touch the shot's takes leaves the players where they are.
#include "testclip.h"

#include "ui/preview/compareengine.h"
#include "ui/preview/comparepanel.h"
#include "ui/preview/sequenceengine.h"
#include "ui/preview/sequenceplayer.h"
#include "ui/shotviewer.h"
#include "ui/timelinewidget.h"
#include "ui/viewertabs.h"

#include "document/projectdocument.h"
#include "document/shotlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QDir>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;

class tst_ViewerTabs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void proseEditKeepsComparePlayers();
    void newTakeShowsInCompare();
    void sequenceFollowsCircle();
    void tabClickGivesKeys();
    void frameOnScreenBecomesAFirstOrLastFrame();

private:
    Project makeProject() const;
    static Take readyTake(const QString &id, const QString &clip);

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tst_viewertabs-XXXXXX")};
    QString m_projectPath;
};

// Everything a ViewerTabs needs, wired like the main window does.
struct Fixture
{
    explicit Fixture(const Project &project, const QString &path)
    {
        document.resetProject(project, path);
        selection = new QItemSelectionModel(document.shotListModel(), &document);
        timeline = new TimelineWidget(&document, selection);
        tabs = new ViewerTabs(&document, selection, new ShotViewer(&document), timeline);
        tabs->player()->engine()->setMuted(true);
        selection->setCurrentIndex(document.shotListModel()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect);
    }
    ~Fixture()
    {
        delete tabs;
        delete timeline;
    }
    Q_DISABLE_COPY_MOVE(Fixture)

    ProjectDocument document;
    QItemSelectionModel *selection = nullptr;
    TimelineWidget *timeline = nullptr;
    ViewerTabs *tabs = nullptr;
};

void tst_ViewerTabs::initTestCase()
{
    QVERIFY2(m_dir.isValid(), "temporary dir");
    m_projectPath = m_dir.filePath(QStringLiteral("Test.shotbrief"));
    const QString clips = m_dir.filePath(QStringLiteral("Test.media/clips"));
    QVERIFY2(QDir().mkpath(clips), "media folder");
    for (int i = 0; i < 3; ++i)
        QVERIFY2(makeTestClip(clips + QStringLiteral("/t%1.mp4").arg(i), {.seconds = 2}),
                 "ffmpeg makes a take");
}

Take tst_ViewerTabs::readyTake(const QString &id, const QString &clip)
{
    Take take;
    take.id = id;
    take.status = TakeStatus::Ready;
    take.clipPath = clip;
    take.seconds = 4;
    take.prompt = QStringLiteral("a wide shot at night");
    return take;
}

Project tst_ViewerTabs::makeProject() const
{
    Project project;
    Shot shot;
    shot.id = QStringLiteral("shot-a");
    shot.label = QStringLiteral("1");
    shot.sceneProse = QStringLiteral("A market at night.");
    shot.takes << readyTake(QStringLiteral("take0"), QStringLiteral("clips/t0.mp4"))
               << readyTake(QStringLiteral("take1"), QStringLiteral("clips/t1.mp4"));
    shot.circledTakeId = QStringLiteral("take0");
    Shot other = shot;
    other.id = QStringLiteral("shot-b");
    other.label = QStringLiteral("2");
    other.takes.clear();
    other.circledTakeId.clear();
    project.shots = {shot, other};
    return project;
}

void tst_ViewerTabs::proseEditKeepsComparePlayers()
{
    Fixture f(makeProject(), m_projectPath);
    f.tabs->setCurrentIndex(ViewerTabs::CompareTab);
    ComparePanel *panel = f.tabs->comparePanel();
    QCOMPARE(panel->takes().size(), 2);
    CompareEngine *engine = panel->engine();
    QTRY_VERIFY2_WITH_TIMEOUT(engine->framePtsMs(0) >= 0 && engine->framePtsMs(1) >= 0, "loaded",
                              10000);
    engine->seek(1000);
    QTRY_VERIFY2_WITH_TIMEOUT(qAbs(engine->framePtsMs(0) - 1000) <= 42 &&
                                  qAbs(engine->framePtsMs(1) - 1000) <= 42,
                              "both takes at 1 s", 5000);
    const int loads = panel->loadCount();

    // Typing in the inspector: several edits of a prose field.
    for (const QString &text :
         {QStringLiteral("A market at night, r"), QStringLiteral("A market at night, rain")}) {
        Shot edited = f.document.project().shots.first();
        edited.sceneProse = text;
        f.document.editShot(edited.id, edited, ShotField::SceneProse);
        f.tabs->refreshNow();
    }
    QCOMPARE(panel->loadCount(), loads);
    QVERIFY2(qAbs(engine->framePtsMs(0) - 1000) <= 42 && qAbs(engine->framePtsMs(1) - 1000) <= 42,
             qPrintable(QStringLiteral("the players moved: %1 %2")
                            .arg(engine->framePtsMs(0))
                            .arg(engine->framePtsMs(1))));
    QCOMPARE(engine->position(), engine->framePtsMs(0));
}

void tst_ViewerTabs::newTakeShowsInCompare()
{
    Fixture f(makeProject(), m_projectPath);
    f.tabs->setCurrentIndex(ViewerTabs::CompareTab);
    ComparePanel *panel = f.tabs->comparePanel();
    QCOMPARE(panel->takes().size(), 2);
    const int loads = panel->loadCount();
    QVERIFY2(f.document.updateTakeFromGeneration(
                 QStringLiteral("shot-a"),
                 readyTake(QStringLiteral("take2"), QStringLiteral("clips/t2.mp4"))),
             "take added");
    f.tabs->refreshNow();
    QCOMPARE(panel->loadCount(), loads + 1);
    QCOMPARE(panel->takes().size(), 3);
    QCOMPARE(panel->takes().last().takeId, QStringLiteral("take2"));
    QTRY_VERIFY2_WITH_TIMEOUT(panel->engine()->framePtsMs(2) >= 0, "the new take plays", 10000);
}

void tst_ViewerTabs::sequenceFollowsCircle()
{
    Fixture f(makeProject(), m_projectPath);
    f.tabs->setCurrentIndex(ViewerTabs::SequenceTab);
    SequenceEngine *engine = f.tabs->player()->engine();
    QCOMPARE(engine->timeline().count(), 2);
    QVERIFY2(engine->timeline().at(0).clipPath.endsWith(QLatin1String("t0.mp4")),
             qPrintable(engine->timeline().at(0).clipPath));
    // Circling another take in the compare grid plays it in the sequence.
    f.tabs->setCurrentIndex(ViewerTabs::CompareTab);
    QTest::keyClick(f.tabs->comparePanel(), Qt::Key_2);
    QCOMPARE(f.document.project().shots.first().circledTakeId, QStringLiteral("take1"));
    f.tabs->setCurrentIndex(ViewerTabs::SequenceTab);
    QVERIFY2(engine->timeline().at(0).clipPath.endsWith(QLatin1String("t1.mp4")),
             qPrintable(engine->timeline().at(0).clipPath));
}

void tst_ViewerTabs::tabClickGivesKeys()
{
    Fixture f(makeProject(), m_projectPath);
    // As in the main window: the focus is in a field elsewhere when the tab is clicked.
    QWidget window;
    auto *field = new QLineEdit(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(field);
    layout->addWidget(f.tabs);
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    field->setFocus();
    QTRY_VERIFY2(field->hasFocus(), "the field has the focus");
    QTest::mouseClick(f.tabs->tabBar(), Qt::LeftButton, {},
                      f.tabs->tabBar()->tabRect(ViewerTabs::SequenceTab).center());
    QCOMPARE(f.tabs->currentIndex(), int(ViewerTabs::SequenceTab));
    QTRY_VERIFY2(f.tabs->player()->hasFocus(), "the player takes the keys");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(f.tabs->player()->engine()->state(), SequenceEngine::State::Playing);
    QTest::mouseClick(f.tabs->tabBar(), Qt::LeftButton, {},
                      f.tabs->tabBar()->tabRect(ViewerTabs::CompareTab).center());
    QTRY_VERIFY2(f.tabs->comparePanel()->hasFocus(), "the grid takes the keys");
    // A tab changed by the program leaves a field's focus alone.
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    f.tabs->setCurrentIndex(ViewerTabs::SequenceTab);
    QVERIFY2(field->hasFocus(), "the field keeps the focus");
    layout->removeWidget(f.tabs);
    f.tabs->setParent(nullptr); // the fixture deletes it
}

void tst_ViewerTabs::frameOnScreenBecomesAFirstOrLastFrame()
{
    Project project = makeProject();
    project.shots[1].chainPrevious = true; // a chosen frame replaces the chain
    Fixture f(project, m_projectPath);
    QSignalSpy said(f.tabs, &ViewerTabs::message);
    QCOMPARE(f.tabs->useAsNextFirstFrameAction()->shortcut(), QKeySequence(Qt::Key_F));
    QCOMPARE(f.tabs->useAsLastFrameAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F));

    // The Shot tab shows a slate (no thumbnail, no first frame): nothing to take.
    f.tabs->setCurrentIndex(ViewerTabs::ShotTab);
    QVERIFY(!f.tabs->useCurrentFrame(true));
    QVERIFY(said.last().first().toString().contains(QStringLiteral("No frame")));

    // Compare shows the takes of shot 1: its frame becomes shot 2's first frame.
    f.tabs->setCurrentIndex(ViewerTabs::CompareTab);
    CompareEngine *engine = f.tabs->comparePanel()->engine();
    QTRY_VERIFY2_WITH_TIMEOUT(engine->framePtsMs(0) >= 0, "loaded", 10000);
    f.tabs->useAsNextFirstFrameAction()->trigger();
    const Shot &next = f.document.project().shots.at(1);
    QCOMPARE(next.referenceImage, QStringLiteral("refs/shot-1-frame.png"));
    QVERIFY(!next.chainPrevious);
    const QImage stored(m_dir.filePath(QStringLiteral("Test.media/") + next.referenceImage));
    QCOMPARE(QStringLiteral("%1x%2").arg(stored.width()).arg(stored.height()),
             f.document.project().effectiveSize(next));
    QVERIFY(said.last().first().toString().contains(QStringLiteral("begins on this frame")));
    // ... and this shot's last frame, one undoable step each.
    const int steps = f.document.undoStack()->count();
    f.tabs->useAsLastFrameAction()->trigger();
    QVERIFY(f.document.project().shots.at(0).lastFrame.startsWith(QStringLiteral("refs/")));
    QCOMPARE(f.document.undoStack()->count(), steps + 1);
    f.document.undoStack()->undo();
    QVERIFY(f.document.project().shots.at(0).lastFrame.isEmpty());

    // The last shot has no next shot.
    f.selection->setCurrentIndex(f.document.shotListModel()->index(1, 0),
                                 QItemSelectionModel::ClearAndSelect);
    f.tabs->setCurrentIndex(ViewerTabs::ShotTab);
    qobject_cast<ShotViewer *>(f.tabs->widget(ViewerTabs::ShotTab))
        ->setShotId(QStringLiteral("shot-b")); // as the main window keeps it
    QVERIFY(!f.tabs->useCurrentFrame(true));   // its picture is its first frame, on the last shot
    QVERIFY2(said.last().first().toString().contains(QStringLiteral("last shot")),
             qPrintable(said.last().first().toString()));
}

QTEST_MAIN(tst_ViewerTabs)
#include "tst_viewertabs.moc"
