// SPDX-License-Identifier: MIT
#include "ui/boardgridlayout.h"
#include "ui/boardgridpage.h"
#include "ui/boardgridview.h"
#include "ui/mainwindow.h"
#include "ui/preview/projectsequence.h"
#include "ui/timelinewidget.h"
#include "ui/viewertabs.h"

#include "document/boardgridmodel.h"
#include "document/projectdocument.h"
#include "document/shotlistmodel.h"
#include "io/projectfile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QImageReader>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;

class tst_BoardGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutPlacesPanelsInSceneRuns();
    void layoutFindsPanelsAndDropPlaces();
    void layoutMovesByRows();
    void init();
    void cleanup();
    void clickSelectsLikeTheTimeline();
    void keyboardMovesTheCurrentShot();
    void opensWithTheCurrentPanelInView();
    void dragReordersTheSelection();
    void zoomChangesThePanels();
    void picturesComeFromTheWorker();
    void contextActionsAreTheTimelines();
    void thousandsOfShotsOnlyPaintWhatShows();
    void sequenceShowsBoardsBeforeTakes();

private:
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<QItemSelectionModel> m_selection;
    std::unique_ptr<BoardGridView> m_view;
};

namespace {

Project project(int shots, int perScene = 3)
{
    Project p;
    p.scenes = {{QStringLiteral("a"), QStringLiteral("EXT. MARKET - NIGHT"), {}, {}},
                {QStringLiteral("b"), QStringLiteral("INT. STALL - NIGHT"), {}, {}}};
    for (int i = 0; i < shots; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i);
        shot.label = QString::number(i + 1);
        shot.sceneId = (i / perScene) % 2 ? QStringLiteral("b") : QStringLiteral("a");
        shot.durationSeconds = 4;
        shot.palette = {{QStringLiteral("teal"), QStringLiteral("#008080")}};
        p.shots << shot;
    }
    return p;
}

QStringList order(const ProjectDocument &document)
{
    QStringList ids;
    for (const Shot &shot : document.project().shots)
        ids << shot.id.mid(5);
    return ids;
}

} // namespace

void tst_BoardGrid::layoutPlacesPanelsInSceneRuns()
{
    BoardGridLayout layout;
    layout.setLineHeight(16);
    layout.setPanelWidth(200);
    layout.setViewportWidth(2 * 12 + 3 * 200 + 2 * 12); // exactly three columns
    layout.setGroups({4, 2});
    QCOMPARE(layout.columns(), 3);
    QCOMPARE(layout.pictureSize(), QSize(200, 112));
    QCOMPARE(layout.panelHeight(), 112 + 6 + 4 * 16);
    const int row = layout.panelHeight() + BoardGridLayout::Gap;
    QCOMPARE(layout.headerRect(0).top(), BoardGridLayout::Margin);
    QCOMPARE(
        layout.panelRect(0).topLeft(),
        QPoint(BoardGridLayout::Margin, BoardGridLayout::Margin + BoardGridLayout::HeaderHeight));
    QCOMPARE(layout.panelRect(3).topLeft(), layout.panelRect(0).topLeft() + QPoint(0, row));
    // The second scene run starts on its own row, under its header.
    QCOMPARE(layout.headerRect(1).top(), layout.panelRect(0).top() + 2 * row);
    QCOMPARE(layout.panelRect(4).top(), layout.headerRect(1).top() + BoardGridLayout::HeaderHeight);
    QCOMPARE(layout.contentHeight(), layout.panelRect(5).top() + row + BoardGridLayout::Margin);
    layout.setViewportWidth(200);
    QCOMPARE(layout.columns(), 1);
    layout.setPanelWidth(10);
    QCOMPARE(layout.panelWidth(), BoardGridLayout::MinPanelWidth);
}

void tst_BoardGrid::layoutFindsPanelsAndDropPlaces()
{
    BoardGridLayout layout;
    layout.setPanelWidth(200);
    layout.setViewportWidth(700);
    layout.setGroups({4, 2});
    for (int shot = 0; shot < 6; ++shot) {
        QCOMPARE(layout.shotAt(layout.panelRect(shot).center()), shot);
        QCOMPARE(layout.groupOfShot(shot), shot < 4 ? 0 : 1);
    }
    QCOMPARE(layout.shotAt(layout.headerRect(1).center()), -1);
    QCOMPARE(layout.shotAt(QPoint(1, 1)), -1);
    const QRect second = layout.panelRect(1);
    QCOMPARE(layout.dropIndexAt(second.center() - QPoint(second.width() / 4, 0)), 1);
    QCOMPARE(layout.dropIndexAt(second.center() + QPoint(second.width() / 4, 0)), 2);
    QCOMPARE(layout.dropIndexAt(layout.headerRect(1).center()), 4);
    QCOMPARE(layout.dropIndexAt(QPoint(690, layout.panelRect(5).center().y())), 6);
    QCOMPARE(layout.shotsIn(QRect(0, 0, 700, layout.panelRect(0).bottom())), QList<int>({0, 1, 2}));
    QCOMPARE(layout.shotsIn(QRect(0, 0, 700, layout.contentHeight())).size(), 6);
    QCOMPARE(layout.headersIn(QRect(0, 0, 700, layout.contentHeight())), QList<int>({0, 1}));
    QVERIFY(layout.dropMarkRect(6).left() > layout.panelRect(5).right());
}

void tst_BoardGrid::layoutMovesByRows()
{
    BoardGridLayout layout;
    layout.setPanelWidth(200);
    layout.setViewportWidth(700); // three columns
    layout.setGroups({4, 2});
    QCOMPARE(layout.shotBelow(1), 3); // the short row: its only panel
    QCOMPARE(layout.shotBelow(0), 3);
    QCOMPARE(layout.shotBelow(3), 4); // into the next scene run
    QCOMPARE(layout.shotBelow(5), -1);
    QCOMPARE(layout.shotAbove(3), 0);
    QCOMPARE(layout.shotAbove(5), 3); // the last row above has one panel
    QCOMPARE(layout.shotAbove(1), -1);
}

void tst_BoardGrid::init()
{
    m_document = std::make_unique<ProjectDocument>();
    m_document->resetProject(project(12));
    m_selection = std::make_unique<QItemSelectionModel>(m_document->shotListModel());
    m_view = std::make_unique<BoardGridView>(m_document.get(), m_selection.get());
    m_view->resize(900, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void tst_BoardGrid::cleanup()
{
    m_view.reset();
    m_selection.reset();
    m_document.reset();
}

void tst_BoardGrid::clickSelectsLikeTheTimeline()
{
    QAbstractItemModelTester tester(m_view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QWidget *viewport = m_view->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, m_view->panelRect(1).center());
    QCOMPARE(m_selection->currentIndex().row(), 1);
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier, m_view->panelRect(4).center());
    QCOMPARE(m_selection->selectedRows().size(), 4);
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, m_view->panelRect(2).center());
    QCOMPARE(m_selection->selectedRows().size(), 3);
    QVERIFY(!m_selection->isSelected(m_document->shotListModel()->index(2, 0)));
    QTest::mouseClick(viewport, Qt::LeftButton, {}, m_view->panelRect(7).center());
    QCOMPARE(m_selection->selectedRows().size(), 1);
    QCOMPARE(m_selection->currentIndex().row(), 7);
}

void tst_BoardGrid::keyboardMovesTheCurrentShot()
{
    m_view->setFocus();
    m_selection->setCurrentIndex(m_document->shotListModel()->index(0, 0),
                                 QItemSelectionModel::ClearAndSelect);
    const int columns = m_view->gridLayout().columns();
    QVERIFY(columns >= 3);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_selection->currentIndex().row(), 1);
    QTest::keyClick(m_view.get(), Qt::Key_Down); // three shots a scene run: the next run
    QCOMPARE(m_selection->currentIndex().row(), 4);
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_selection->currentIndex().row(), 11);
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_selection->selectedRows().size(), 2);
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_selection->currentIndex().row(), 0);
    QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_selection->selectedRows().size(), 12);
    QSignalSpy edit(m_view.get(), &BoardGridView::editRequested);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(edit.size(), 1);
}

void tst_BoardGrid::opensWithTheCurrentPanelInView()
{
    // As in the viewer: the grid on a tab not shown yet (at its widget's default size) while
    // the first shot becomes current, then the tab opens. Its first row must show whole, not
    // scrolled for the few pixels the hidden grid had.
    ProjectDocument document;
    document.resetProject(project(30));
    QItemSelectionModel selection(document.shotListModel());
    QTabWidget tabs;
    tabs.addTab(new QWidget, QStringLiteral("Player"));
    auto *page = new BoardGridPage(&document, &selection);
    tabs.addTab(page, QStringLiteral("Board Grid"));
    tabs.resize(900, 700);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    selection.setCurrentIndex(document.shotListModel()->index(0, 0),
                              QItemSelectionModel::ClearAndSelect);
    tabs.setCurrentWidget(page);
    BoardGridView *view = page->view();
    QVERIFY(view->isVisible());
    QVERIFY(view->verticalScrollBar()->maximum() > 0); // enough shots to scroll
    const QRect first = view->panelRect(0);
    const QRect shown = view->viewport()->rect();
    QVERIFY2(shown.contains(first),
             qPrintable(QStringLiteral("panel (%1, %2 %3x%4) outside the viewport %5x%6")
                            .arg(first.x())
                            .arg(first.y())
                            .arg(first.width())
                            .arg(first.height())
                            .arg(shown.width())
                            .arg(shown.height())));
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    // A shot made current while the grid is hidden is in view when it shows again.
    tabs.setCurrentIndex(0);
    selection.setCurrentIndex(document.shotListModel()->index(20, 0),
                              QItemSelectionModel::ClearAndSelect);
    tabs.setCurrentWidget(page);
    QVERIFY(shown.contains(view->panelRect(20)));
}

void tst_BoardGrid::dragReordersTheSelection()
{
    QWidget *viewport = m_view->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, m_view->panelRect(0).center());
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, m_view->panelRect(1).center());
    // Drag both onto the right half of shot 6 (index 5): they land after it.
    const QPoint from = m_view->panelRect(1).center();
    const QRect target = m_view->panelRect(5);
    const QPoint to(target.center().x() + target.width() / 4, target.center().y());
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 10; ++i) {
        const QPoint p = from + (to - from) * i / 10;
        QMouseEvent move(QEvent::MouseMove, p, viewport->mapToGlobal(p), Qt::NoButton,
                         Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QCOMPARE(order(*m_document).mid(0, 7),
             QStringList({QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                          QStringLiteral("5"), QStringLiteral("0"), QStringLiteral("1"),
                          QStringLiteral("6")}));
    QCOMPARE(m_selection->selectedRows().size(), 2);
    QVERIFY(m_selection->isSelected(m_document->shotListModel()->index(4, 0)));
    m_document->undoStack()->undo();
    QCOMPARE(order(*m_document).first(), QStringLiteral("0"));
}

void tst_BoardGrid::zoomChangesThePanels()
{
    const int before = m_view->panelWidth();
    const int columns = m_view->gridLayout().columns();
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_view->panelWidth() < before);
    QVERIFY(m_view->gridLayout().columns() >= columns);
    QWheelEvent wheel(QPointF(100, 100), m_view->viewport()->mapToGlobal(QPoint(100, 100)), {},
                      QPoint(0, 240), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(m_view->panelWidth() > before);
    m_view->setPanelWidth(100000);
    QCOMPARE(m_view->panelWidth(), BoardGridLayout::MaxPanelWidth);
}

void tst_BoardGrid::picturesComeFromTheWorker()
{
    Board board;
    board.width = 320;
    board.height = 180;
    BoardStroke stroke;
    stroke.color = 0xff0000ff;
    stroke.width = 120;
    stroke.points = {BoardPoint::at(0, 90), BoardPoint::at(320, 90)};
    board.ink.strokes = {stroke};
    m_document->setBoard(QStringLiteral("shot-3"), board, QStringLiteral("Draw"));
    m_view->refreshPicturesNow();
    QTRY_COMPARE(m_view->picturesPending(), 0);
    const QImage shown = m_view->viewport()->grab().toImage();
    const QRect panel = m_view->panelRect(3);
    const QPoint middle(panel.center().x(),
                        panel.top() + m_view->gridLayout().pictureSize().height() / 2);
    QCOMPARE(shown.pixelColor(middle * shown.devicePixelRatio()), QColor(Qt::blue));
    // A slate (no picture) needs no worker.
    const QRect slate = m_view->panelRect(4);
    const QColor slateColor =
        shown.pixelColor(QPoint(slate.left() + 3, slate.top() + 3) * shown.devicePixelRatio());
    QVERIFY2(slateColor != QColor(Qt::blue) && slateColor.green() > slateColor.red(),
             qPrintable(slateColor.name()));
}

void tst_BoardGrid::contextActionsAreTheTimelines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    QVERIFY(ProjectFile::save(project(6), path));
    MainWindow window;
    window.askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.viewerTabs()->setCurrentIndex(ViewerTabs::GridTab);
    BoardGridView *grid = window.viewerTabs()->boardGrid()->view();
    QVERIFY(grid->isVisible());
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->panelRect(2).center());
    QCOMPARE(window.selectionModel()->currentIndex().row(), 2);
    QCOMPARE(window.timeline()->currentShotId(), QStringLiteral("shot-2"));
    // The window's shot keys work in the grid.
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(window.document()->project().shots.size(), 7);
    QTest::keyClick(grid, Qt::Key_Delete);
    QCOMPARE(window.document()->project().shots.size(), 6);
    // Mark as Cut, as on the timeline: Shift+E and the context menu's signal.
    const int row = window.selectionModel()->currentIndex().row();
    QVERIFY(!window.document()->project().shots.at(row).cut);
    QTest::keyClick(grid, Qt::Key_E, Qt::ShiftModifier);
    QVERIFY(window.document()->project().shots.at(row).cut);
    Q_EMIT grid->cutToggleRequested();
    QVERIFY(!window.document()->project().shots.at(row).cut);
    Q_EMIT grid->drawRequested();
    QCOMPARE(window.viewerTabs()->currentIndex(), int(ViewerTabs::BoardTab));
    QAction *showGrid = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QStringLiteral("Ctrl+5")))
            showGrid = action;
    }
    QVERIFY(showGrid);
    showGrid->trigger();
    QCOMPARE(window.viewerTabs()->currentIndex(), int(ViewerTabs::GridTab));
}

void tst_BoardGrid::thousandsOfShotsOnlyPaintWhatShows()
{
    m_document->resetProject(project(3000, 7));
    m_view->refreshPicturesNow();
    QCOMPARE(m_view->picturesPending(), 0); // slates only: nothing to decode
    QScrollBar *bar = m_view->verticalScrollBar();
    QVERIFY(bar->maximum() > 100000);
    bar->setValue(bar->maximum() / 2);
    const int middle = m_view->shotAt(m_view->viewport()->rect().center());
    QVERIFY2(middle > 1000 && middle < 2000, qPrintable(QString::number(middle)));
    m_selection->setCurrentIndex(m_document->shotListModel()->index(2999, 0),
                                 QItemSelectionModel::ClearAndSelect);
    QVERIFY(m_view->viewport()->rect().contains(m_view->panelRect(2999)));
}

void tst_BoardGrid::sequenceShowsBoardsBeforeTakes()
{
    // The player and the animatic show a shot's board until it has a take; a board drawn since
    // the last save is drawn into the cache folder for them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toLocal8Bit());
    Project p = project(3);
    Board board;
    board.width = 320;
    board.height = 180;
    BoardStroke stroke;
    stroke.width = 40;
    stroke.points = {BoardPoint::at(10, 90), BoardPoint::at(310, 90)};
    board.sketch.strokes = {stroke};
    p.shots[1].board = board;
    p.shots[2].referenceImage = QStringLiteral("refs/first.png");
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("p.media/refs"))));
    QImage first(64, 36, QImage::Format_RGB32);
    first.fill(Qt::green);
    QVERIFY(first.save(dir.filePath(QStringLiteral("p.media/refs/first.png"))));
    const SequenceTimeline unsaved = sequenceForProject(p, path);
    QVERIFY(unsaved.at(0).picturePath.isEmpty());
    QVERIFY2(unsaved.at(1).picturePath.startsWith(dir.filePath(QStringLiteral("cache"))),
             qPrintable(unsaved.at(1).picturePath));
    QCOMPARE(QImageReader(unsaved.at(1).picturePath).size(), QSize(320, 180));
    QCOMPARE(unsaved.at(2).picturePath, dir.filePath(QStringLiteral("p.media/refs/first.png")));
    // Saved, the board's own flattened picture is used.
    ProjectDocument document;
    document.resetProject(p);
    QVERIFY(document.saveAs(path));
    const SequenceTimeline saved = sequenceForProject(document.project(), path);
    QVERIFY2(saved.at(1).picturePath.startsWith(dir.filePath(QStringLiteral("p.media/boards/"))),
             qPrintable(saved.at(1).picturePath));
}

QTEST_MAIN(tst_BoardGrid)
#include "tst_boardgrid.moc"
