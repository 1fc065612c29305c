// SPDX-License-Identifier: MIT
#include "ui/theme.h"
#include "ui/timelineview.h"
#include "ui/timelinewidget.h"

#include "continuity/cutmeasurer.h"
#include "document/projectdocument.h"
#include "document/shotlistmodel.h"
#include "io/projectfile.h"

#include "../core/continuity/colorclip.h"

#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace ShotBrief;

namespace {
Project makeProject(const QList<int> &durations)
{
    Project project;
    project.title = QStringLiteral("Timeline");
    for (int i = 0; i < durations.size(); ++i) {
        Shot shot;
        shot.id = QStringLiteral("s%1").arg(i);
        shot.label = QString::number(i + 1);
        shot.durationSeconds = durations.at(i);
        shot.actionBeats = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        project.shots.append(shot);
    }
    return project;
}

/// The first picture of clip `row` (16:9, above the label) as it is painted now.
QImage clipImage(TimelineWidget *timeline, int row)
{
    const QRect clip = timeline->clipRect(row);
    const QRect picture(clip.left() + 3, clip.top() + 3,
                        std::min(clip.width() - 6, TimelineLayout::PictureHeight * 16 / 9),
                        TimelineLayout::PictureHeight);
    return timeline->grab(picture).toImage();
}

bool hasFinding(const QList<LintFinding> &findings, const QString &rule)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&rule](const LintFinding &finding) { return finding.ruleId == rule; });
}

QStringList order(const ProjectDocument &document)
{
    QStringList ids;
    for (const Shot &shot : document.project().shots)
        ids.append(shot.id);
    return ids;
}
} // namespace

class tst_TimelineWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clipWidthsFollowDurations();
    void clickSelectsAndCtrlClickAddsToSelection();
    void shiftClickSelectsRange();
    void dragReorders_data();
    void dragReorders();
    void dragRightEdgeResizesWithSnap_data();
    void dragRightEdgeResizesWithSnap();
    void keyboardNavigation();
    void enterRequestsEdit();
    void ctrlWheelZooms();
    void zoomToFitShowsEverything();
    void rulerClickMovesPlayhead();
    void playheadFollowsSelection();
    void autoScrollStepGrowsTowardsTheEdge_data();
    void autoScrollStepGrowsTowardsTheEdge();
    void dragToRightEdgeAutoScrolls();
    void resizeDragAutoScrollsAndStopsAwayFromTheEdge();
    void playheadDragAutoScrollsToTheLeft();
    void autoScrollStopsWhenTheButtonIsReleasedElsewhere();
    void paintingReadsNoFile();
    void aSlateShowsTheLabelAsEdited();
    void lintFollowsTheEditsThatMatter();
    void cutMarksShowContinuity();
    void unlabelledClipsAreNumberedByPlace();
    void outOfDateTakeIsMarkedOnItsClip();

private:
    void press(int row, Qt::KeyboardModifiers modifiers = {});

    ProjectDocument *m_document = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    TimelineView *m_view = nullptr;
    TimelineWidget *m_timeline = nullptr;
};

void tst_TimelineWidget::init()
{
    m_document = new ProjectDocument;
    m_document->resetProject(makeProject({4, 8, 12, 4, 4}));
    m_selection = new QItemSelectionModel(m_document->shotListModel());
    m_view = new TimelineView(m_document, m_selection);
    m_view->resize(1200, 240);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_timeline = m_view->timeline();
    m_timeline->setPixelsPerSecond(20);
}

void tst_TimelineWidget::cleanup()
{
    delete m_view;
    delete m_selection;
    delete m_document;
}

void tst_TimelineWidget::press(int row, Qt::KeyboardModifiers modifiers)
{
    const QRect rect = m_timeline->clipRect(row);
    QTest::mouseClick(m_timeline, Qt::LeftButton, modifiers, rect.center());
}

void tst_TimelineWidget::clipWidthsFollowDurations()
{
    // Clips leave a 2 px gap after themselves.
    const int w4 = m_timeline->clipRect(0).width() + 2;
    const int w8 = m_timeline->clipRect(1).width() + 2;
    const int w12 = m_timeline->clipRect(2).width() + 2;
    QVERIFY2(qAbs(w8 - 2 * w4) <= 3, qPrintable(QStringLiteral("%1 vs %2").arg(w8).arg(w4)));
    QVERIFY2(qAbs(w12 - 3 * w4) <= 3, qPrintable(QStringLiteral("%1 vs %2").arg(w12).arg(w4)));
    QVERIFY(m_timeline->clipRect(1).left() > m_timeline->clipRect(0).right());
    QCOMPARE(m_timeline->rowAt(m_timeline->clipRect(3).center()), 3);
}

void tst_TimelineWidget::clickSelectsAndCtrlClickAddsToSelection()
{
    press(1);
    QCOMPARE(m_timeline->currentShotId(), QStringLiteral("s1"));
    QCOMPARE(m_timeline->selectedShotIds(), QStringList{QStringLiteral("s1")});
    press(3, Qt::ControlModifier);
    QCOMPARE(m_timeline->selectedShotIds(),
             (QStringList{QStringLiteral("s1"), QStringLiteral("s3")}));
    press(1, Qt::ControlModifier);
    QCOMPARE(m_timeline->selectedShotIds(), QStringList{QStringLiteral("s3")});
}

void tst_TimelineWidget::shiftClickSelectsRange()
{
    press(1);
    press(3, Qt::ShiftModifier);
    QCOMPARE(m_timeline->selectedShotIds(),
             (QStringList{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}));
}

void tst_TimelineWidget::dragReorders_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("dropBeforeRow"); // -1: after the last clip
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("first-after-third") << 0 << 3 << QStringList{"s1", "s2", "s0", "s3", "s4"};
    QTest::newRow("last-to-front") << 4 << 0 << QStringList{"s4", "s0", "s1", "s2", "s3"};
    QTest::newRow("second-to-end") << 1 << -1 << QStringList{"s0", "s2", "s3", "s4", "s1"};
}

void tst_TimelineWidget::dragReorders()
{
    QFETCH(int, from);
    QFETCH(int, dropBeforeRow);
    QFETCH(QStringList, expected);
    const QPoint start = m_timeline->clipRect(from).center();
    const QPoint target = dropBeforeRow >= 0
                              ? QPoint(m_timeline->clipRect(dropBeforeRow).left() + 3, start.y())
                              : QPoint(m_timeline->clipRect(4).right() - 3, start.y());
    QTest::mousePress(m_timeline, Qt::LeftButton, {}, start);
    QTest::mouseMove(m_timeline, start + QPoint(start.x() < target.x() ? 12 : -12, 0));
    QTest::mouseMove(m_timeline, target);
    QTest::mouseRelease(m_timeline, Qt::LeftButton, {}, target);
    QCOMPARE(order(*m_document), expected);
    QCOMPARE(m_timeline->currentShotId(), QStringLiteral("s%1").arg(from));
    m_document->undoStack()->undo();
    QCOMPARE(order(*m_document), (QStringList{"s0", "s1", "s2", "s3", "s4"}));
}

void tst_TimelineWidget::dragRightEdgeResizesWithSnap_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<double>("dragToSeconds"); // length the user drags to
    QTest::addColumn<int>("expected");
    QTest::newRow("4-to-8") << 0 << 8.0 << 8;
    QTest::newRow("4-to-7-snaps-8") << 3 << 7.0 << 8;
    QTest::newRow("8-to-12") << 1 << 11.5 << 12;
    QTest::newRow("12-to-5-snaps-4") << 2 << 5.0 << 4;
    QTest::newRow("4-to-20-clamps-12") << 4 << 20.0 << 12;
}

void tst_TimelineWidget::dragRightEdgeResizesWithSnap()
{
    QFETCH(int, row);
    QFETCH(double, dragToSeconds);
    QFETCH(int, expected);
    m_view->resize(2400, 240);
    const QRect rect = m_timeline->clipRect(row);
    const QPoint edge(rect.right() - 2, rect.center().y());
    const int targetX = rect.left() + int(dragToSeconds * m_timeline->pixelsPerSecond());
    QTest::mousePress(m_timeline, Qt::LeftButton, {}, edge);
    QTest::mouseMove(m_timeline, QPoint((edge.x() + targetX) / 2, edge.y()));
    QTest::mouseMove(m_timeline, QPoint(targetX, edge.y()));
    QTest::mouseRelease(m_timeline, Qt::LeftButton, {}, QPoint(targetX, edge.y()));
    QCOMPARE(m_document->project().shots.at(row).durationSeconds, expected);
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void tst_TimelineWidget::keyboardNavigation()
{
    press(0);
    m_timeline->setFocus();
    QTest::keyClick(m_timeline, Qt::Key_Right);
    QCOMPARE(m_timeline->currentShotId(), QStringLiteral("s1"));
    QTest::keyClick(m_timeline, Qt::Key_End);
    QCOMPARE(m_timeline->currentShotId(), QStringLiteral("s4"));
    QTest::keyClick(m_timeline, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_timeline->selectedShotIds(),
             (QStringList{QStringLiteral("s3"), QStringLiteral("s4")}));
    QTest::keyClick(m_timeline, Qt::Key_Home);
    QCOMPARE(m_timeline->currentShotId(), QStringLiteral("s0"));
    QSignalSpy deleteRequested(m_timeline, &TimelineWidget::deleteRequested);
    QTest::keyClick(m_timeline, Qt::Key_Delete);
    QCOMPARE(deleteRequested.count(), 1);
}

void tst_TimelineWidget::enterRequestsEdit()
{
    press(2);
    QSignalSpy edit(m_timeline, &TimelineWidget::editRequested);
    QTest::keyClick(m_timeline, Qt::Key_Return);
    QTest::mouseDClick(m_timeline, Qt::LeftButton, {}, m_timeline->clipRect(1).center());
    QCOMPARE(edit.count(), 2);
}

void tst_TimelineWidget::ctrlWheelZooms()
{
    const double before = m_timeline->pixelsPerSecond();
    const QPoint pos = m_timeline->clipRect(1).center();
    QWheelEvent wheel(pos, m_timeline->mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_timeline, &wheel);
    QVERIFY2(m_timeline->pixelsPerSecond() > before, "Ctrl+wheel up did not zoom in");
    QVERIFY(m_timeline->clipRect(0).width() > int(4 * before));
}

void tst_TimelineWidget::zoomToFitShowsEverything()
{
    m_timeline->setPixelsPerSecond(100);
    m_view->zoomToFit();
    QVERIFY2(m_timeline->clipRect(4).right() < m_view->viewport()->width(),
             "after fit, the last clip is still out of view");
}

void tst_TimelineWidget::rulerClickMovesPlayhead()
{
    QSignalSpy moved(m_timeline, &TimelineWidget::playheadChanged);
    const int x = TimelineWidget::LeftMargin + int(10 * m_timeline->pixelsPerSecond());
    QTest::mouseClick(m_timeline, Qt::LeftButton, {}, QPoint(x, 10));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(qRound(m_timeline->playheadSeconds()), 10);
}

void tst_TimelineWidget::playheadFollowsSelection()
{
    press(2);
    QCOMPARE(qRound(m_timeline->playheadSeconds()), 12); // 4 + 8
    // A playhead already inside the selected shot stays where it is.
    const int x = TimelineWidget::LeftMargin + int(15 * m_timeline->pixelsPerSecond());
    QTest::mouseClick(m_timeline, Qt::LeftButton, {}, QPoint(x, 10));
    press(2);
    QCOMPARE(qRound(m_timeline->playheadSeconds()), 15);
}

void tst_TimelineWidget::autoScrollStepGrowsTowardsTheEdge_data()
{
    QTest::addColumn<int>("direction"); // -1 left edge, +1 right edge
    QTest::newRow("left") << -1;
    QTest::newRow("right") << 1;
}

void tst_TimelineWidget::autoScrollStepGrowsTowardsTheEdge()
{
    QFETCH(int, direction);
    const int width = 500;
    QCOMPARE(TimelineWidget::autoScrollStep(width / 2, width), 0);
    // Walk from just outside the edge zone to well past the edge.
    int previous = 0;
    int strictlyGrew = 0;
    for (int depth = -4; depth <= 2 * TimelineWidget::AutoScrollMargin; depth += 4) {
        const int x = direction > 0 ? width - TimelineWidget::AutoScrollMargin + depth
                                    : TimelineWidget::AutoScrollMargin - 1 - depth;
        const int step = TimelineWidget::autoScrollStep(x, width) * direction;
        QVERIFY2(
            step >= previous,
            qPrintable(QStringLiteral("x %1: step %2 after %3").arg(x).arg(step).arg(previous)));
        QVERIFY2(step >= 0, "scrolls the wrong way");
        QVERIFY(step <= TimelineWidget::AutoScrollMaxStep);
        strictlyGrew += step > previous ? 1 : 0;
        previous = step;
    }
    QVERIFY2(strictlyGrew >= 5, "the speed hardly grows towards the edge");
    QCOMPARE(previous, TimelineWidget::AutoScrollMaxStep);
    // Outside the zone: still.
    QCOMPARE(TimelineWidget::autoScrollStep(TimelineWidget::AutoScrollMargin + 1, width), 0);
    QCOMPARE(TimelineWidget::autoScrollStep(width - TimelineWidget::AutoScrollMargin - 1, width),
             0);
}

void tst_TimelineWidget::dragToRightEdgeAutoScrolls()
{
    // Zoomed in, 500 px show two clips of the 32 s sequence.
    m_view->resize(500, 240);
    m_timeline->setPixelsPerSecond(60);
    QScrollBar *bar = m_view->horizontalScrollBar();
    bar->setValue(0);
    QWidget *viewport = m_view->viewport();
    QVERIFY(m_timeline->clipRect(2).left() > viewport->width());
    QVERIFY(bar->maximum() > viewport->width());

    const QPoint start = m_timeline->clipRect(0).center();
    QTest::mousePress(m_timeline, Qt::LeftButton, {}, start);
    QTest::mouseMove(m_timeline, start + QPoint(12, 0));
    const QPoint edge(viewport->width() - 6, start.y()); // held still, in the viewport
    QTest::mouseMove(m_timeline, m_timeline->mapFrom(viewport, edge));
    QVERIFY2(m_timeline->isAutoScrolling(), "holding at the edge does not scroll");

    // Held still: the timer scrolls on and on, to the end.
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 5000);
    const int first = bar->value();
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > first, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), 20000);

    const QPoint drop = m_timeline->mapFrom(viewport, edge);
    QTest::mouseRelease(m_timeline, Qt::LeftButton, {}, drop);
    QVERIFY2(!m_timeline->isAutoScrolling(), "still scrolling after the drop");
    const int value = bar->value();
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), value);

    // The clip landed where the pointer was: at the end, beyond the first screen.
    QCOMPARE(order(*m_document), (QStringList{"s1", "s2", "s3", "s4", "s0"}));
    QVERIFY2(m_timeline->clipRect(4).left() > viewport->width(),
             "the clip was dropped on the first screen");
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void tst_TimelineWidget::resizeDragAutoScrollsAndStopsAwayFromTheEdge()
{
    m_view->resize(500, 240);
    m_timeline->setPixelsPerSecond(60);
    QScrollBar *bar = m_view->horizontalScrollBar();
    QWidget *viewport = m_view->viewport();
    // Shot 1 (8 s) ends beyond the viewport: scroll so its right edge shows near the middle.
    bar->setValue(m_timeline->clipRect(1).right() - viewport->width() / 2);
    const int scrolled = bar->value();
    QVERIFY(scrolled > 0);
    const QRect rect = m_timeline->clipRect(1);
    const QPoint handle(rect.right() - 2, rect.center().y());
    QTest::mousePress(m_timeline, Qt::LeftButton, {}, handle);
    QTest::mouseMove(m_timeline, handle + QPoint(20, 0));
    QVERIFY(!m_timeline->isAutoScrolling());
    QTest::mouseMove(m_timeline,
                     m_timeline->mapFrom(viewport, QPoint(viewport->width() - 2, handle.y())));
    QVERIFY(m_timeline->isAutoScrolling());
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > scrolled + 4 * 60, 10000);
    // Back to the middle: the scrolling stops while the drag goes on.
    QTest::mouseMove(m_timeline,
                     m_timeline->mapFrom(viewport, QPoint(viewport->width() / 2, handle.y())));
    QVERIFY2(!m_timeline->isAutoScrolling(), "still scrolling away from the edge");
    const QPoint release = m_timeline->mapFrom(viewport, QPoint(viewport->width() / 2, handle.y()));
    QTest::mouseRelease(m_timeline, Qt::LeftButton, {}, release);
    // The edge followed the pointer across the scrolled distance: 8 s grew to the longest, 12 s.
    QCOMPARE(m_document->project().shots.at(1).durationSeconds, 12);
}

void tst_TimelineWidget::playheadDragAutoScrollsToTheLeft()
{
    m_view->resize(500, 240);
    m_timeline->setPixelsPerSecond(60);
    QScrollBar *bar = m_view->horizontalScrollBar();
    QWidget *viewport = m_view->viewport();
    bar->setValue(bar->maximum());
    QVERIFY(bar->value() > 0);
    // Scrub the ruler from the middle of the screen to its left edge and hold.
    const QPoint middle = m_timeline->mapFrom(viewport, QPoint(viewport->width() / 2, 10));
    QTest::mousePress(m_timeline, Qt::LeftButton, {}, middle);
    const double pressed = m_timeline->playheadSeconds();
    QTest::mouseMove(m_timeline, m_timeline->mapFrom(viewport, QPoint(2, 10)));
    QVERIFY(m_timeline->isAutoScrolling());
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), 0, 20000);
    QTest::mouseRelease(m_timeline, Qt::LeftButton, {},
                        m_timeline->mapFrom(viewport, QPoint(2, 10)));
    QVERIFY(!m_timeline->isAutoScrolling());
    // The playhead followed the pointer back to the start of the sequence.
    QVERIFY2(m_timeline->playheadSeconds() < 1.0,
             qPrintable(QStringLiteral("playhead at %1 s (pressed at %2 s)")
                            .arg(m_timeline->playheadSeconds())
                            .arg(pressed)));
}

void tst_TimelineWidget::autoScrollStopsWhenTheButtonIsReleasedElsewhere()
{
    m_view->resize(500, 240);
    m_timeline->setPixelsPerSecond(60);
    QWidget *viewport = m_view->viewport();
    const QPoint start = m_timeline->clipRect(0).center();
    QTest::mousePress(m_timeline, Qt::LeftButton, {}, start);
    QTest::mouseMove(m_timeline, start + QPoint(12, 0));
    QTest::mouseMove(m_timeline,
                     m_timeline->mapFrom(viewport, QPoint(viewport->width() - 4, start.y())));
    QVERIFY(m_timeline->isAutoScrolling());
    // The release lands in another window (the pointer left, a dialog grabbed it...).
    QWidget elsewhere;
    elsewhere.resize(100, 100);
    elsewhere.show();
    QVERIFY(QTest::qWaitForWindowExposed(&elsewhere));
    QTest::mouseRelease(&elsewhere, Qt::LeftButton, {}, QPoint(50, 50));
    QTRY_VERIFY2_WITH_TIMEOUT(!m_timeline->isAutoScrolling(), "scrolls on without a drag", 5000);
}

void tst_TimelineWidget::paintingReadsNoFile()
{
    // A project with a reference image: the clip shows it once the document says so.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString projectPath = dir.filePath(QStringLiteral("p.shotbrief"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("p.media/refs"))));
    QImage red(320, 180, QImage::Format_RGB32);
    red.fill(Qt::red);
    const QString imagePath = dir.filePath(QStringLiteral("p.media/refs/red.png"));
    QVERIFY(red.save(imagePath));
    Project project = makeProject({4, 4});
    project.shots[0].referenceImage = QStringLiteral("refs/red.png");
    m_document->resetProject(project, projectPath);
    const QImage withPicture = clipImage(m_timeline, 0);
    const QPoint inPicture(10, 10);
    QCOMPARE(withPicture.pixelColor(inPicture), QColor(Qt::red));

    // Painting, at any zoom, works from what was read then: the file is not looked at again.
    QVERIFY(QFile::remove(imagePath));
    m_timeline->setPixelsPerSecond(40);
    QCOMPARE(clipImage(m_timeline, 0).pixelColor(inPicture), QColor(Qt::red));

    // An edit of the shot reads its files again (and finds none: a slate).
    Shot edited = m_document->project().shots.at(0);
    edited.mood = QStringLiteral("calm");
    m_document->editShot(edited.id, edited, ShotField::Mood);
    QVERIFY(clipImage(m_timeline, 0).pixelColor(inPicture) != QColor(Qt::red));
}

void tst_TimelineWidget::aSlateShowsTheLabelAsEdited()
{
    const QImage before = clipImage(m_timeline, 1);
    Shot edited = m_document->project().shots.at(1);
    edited.label = QStringLiteral("99Z");
    m_document->editShot(edited.id, edited, ShotField::Label);
    QVERIFY2(clipImage(m_timeline, 1) != before, "the slate shows the new label");
    QCOMPARE(clipImage(m_timeline, 1).size(), before.size());
    // An edit that does not touch what the slate shows keeps its picture.
    const QImage labelled = clipImage(m_timeline, 1);
    edited.notes = QStringLiteral("for the crew");
    m_document->editShot(edited.id, edited, ShotField::Notes);
    QCOMPARE(clipImage(m_timeline, 1), labelled);
}

void tst_TimelineWidget::lintFollowsTheEditsThatMatter()
{
    // The lighting drift rule compares a shot with the one before it in the same scene.
    const QString first = m_document->project().shots.at(0).id;
    const QString second = m_document->project().shots.at(1).id;
    QVERIFY(!hasFinding(m_timeline->lintFindings(second), QStringLiteral("lighting-drift")));
    Shot a = m_document->project().shots.at(0);
    a.lighting = QStringLiteral("hard noon sun from the left");
    m_document->editShot(first, a, ShotField::Lighting);
    Shot b = m_document->project().shots.at(1);
    b.lighting = QStringLiteral("soft candle glow under blue moonlight");
    m_document->editShot(second, b, ShotField::Lighting);
    QVERIFY(hasFinding(m_timeline->lintFindings(second), QStringLiteral("lighting-drift")));
    // Undoing the first shot's light changes the second shot's findings too.
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QVERIFY(!hasFinding(m_timeline->lintFindings(second), QStringLiteral("lighting-drift")));
    // The findings are the linter's, shot by shot.
    for (int row = 0; row < m_document->project().shots.size(); ++row)
        QCOMPARE(m_timeline->lintFindings(m_document->project().shots.at(row).id),
                 lintShot(m_document->project(), row, ProviderCapabilities::openAiVideos(), {}));
    // A new style bible reaches every shot.
    StyleBible style = m_document->project().style;
    style.lighting = QStringLiteral("hard noon sun from the left");
    m_document->setStyleBible(style);
    for (int row = 0; row < m_document->project().shots.size(); ++row)
        QCOMPARE(m_timeline->lintFindings(m_document->project().shots.at(row).id),
                 lintShot(m_document->project(), row, ProviderCapabilities::openAiVideos(), {}));
}

void tst_TimelineWidget::cutMarksShowContinuity()
{
    // Three shots with circled clips: 1 ends on the picture 2 begins on (matched); 3 begins on
    // another picture (a jump); 3 is chained but does not match (a jump still, said so).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Cuts.shotbrief"));
    const QString media = ProjectFile::mediaFolderFor(path);
    QDir().mkpath(media + QStringLiteral("/clips"));
    const auto clip = [&](const QString &name, const QString &from, const QString &to) {
        return makeColorClip(media + QStringLiteral("/clips/") + name, {from, to});
    };
    QVERIFY(clip(QStringLiteral("a.mp4"), QStringLiteral("red"), QStringLiteral("blue")));
    QVERIFY(clip(QStringLiteral("b.mp4"), QStringLiteral("blue"), QStringLiteral("green")));
    QVERIFY(clip(QStringLiteral("c.mp4"), QStringLiteral("yellow"), QStringLiteral("red")));
    Project project = makeProject({2, 2, 2, 2});
    const QStringList clips{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    for (int i = 0; i < clips.size(); ++i) {
        Take take;
        take.id = QStringLiteral("t") + clips.at(i);
        take.status = TakeStatus::Ready;
        take.clipPath = QStringLiteral("clips/%1.mp4").arg(clips.at(i));
        project.shots[i].takes = {take};
        project.shots[i].circledTakeId = take.id;
    }
    project.shots[2].chainPrevious = true;
    project.shots[3].chainPrevious = true; // no take yet: planned
    m_document->resetProject(project);
    QVERIFY(m_document->saveAs(path));
    m_timeline->update();

    QCOMPARE(m_timeline->cutMark(3).kind, TimelineWidget::CutMarkKind::Chained);
    QVERIFY(!m_timeline->cutMark(3).difference);
    QTRY_VERIFY_WITH_TIMEOUT(m_timeline->cutMark(1).difference && m_timeline->cutMark(2).difference,
                             30000);
    QCOMPARE(m_timeline->cutMark(1).kind, TimelineWidget::CutMarkKind::Continuous);
    QVERIFY(*m_timeline->cutMark(1).difference < 4);
    QCOMPARE(m_timeline->cutMark(2).kind, TimelineWidget::CutMarkKind::Jump);
    QVERIFY(*m_timeline->cutMark(2).difference > 50);
    QVERIFY2(m_timeline->cutToolTip(1).contains(QStringLiteral("Matched")),
             qPrintable(m_timeline->cutToolTip(1)));
    QVERIFY2(m_timeline->cutToolTip(2).contains(QStringLiteral("Generate shot 3 again")),
             qPrintable(m_timeline->cutToolTip(2)));
    QVERIFY(m_timeline->cutToolTip(3).contains(QStringLiteral("Chained")));
    // The mark is where the pointer finds it: at the cut, at the top of the clips.
    const QPoint atCut(m_timeline->clipRect(2).left() - 1, TimelineWidget::ClipTop + 10);
    QCOMPARE(m_timeline->cutAt(atCut), 2);
    QCOMPARE(m_timeline->cutAt(atCut + QPoint(0, 60)), -1);
    // An edit elsewhere measures nothing again.
    QVERIFY(!m_timeline->cutMeasurer()->isBusy());
    m_document->undoStack()->clear();
    Project edited = m_document->project();
    edited.title = QStringLiteral("Renamed");
    m_document->resetProject(edited, path);
    QVERIFY(m_timeline->cutMark(1).difference);
    // Shot 2's take began on shot 1's take; circling another take of shot 1 breaks the chain
    // at once, before anything is measured.
    Project chained = m_document->project();
    chained.shots[1].chainPrevious = true;
    Take began = chained.shots[1].takes.first();
    began.requestJson = R"({"first_frame_from":{"take":"ta"}})";
    chained.shots[1].takes = {began};
    Take other = chained.shots[0].takes.first();
    other.id = QStringLiteral("ta2");
    chained.shots[0].takes.append(other);
    m_document->resetProject(chained, path);
    QCOMPARE(m_timeline->cutMark(1).kind, TimelineWidget::CutMarkKind::Chained); // and held
    chained.shots[0].circledTakeId = QStringLiteral("ta2");
    m_document->resetProject(chained, path);
    QCOMPARE(m_timeline->cutMark(1).kind, TimelineWidget::CutMarkKind::Jump);
    QVERIFY2(m_timeline->cutToolTip(1).contains(QStringLiteral("Take 2 is circled now")),
             qPrintable(m_timeline->cutToolTip(1)));
    QImage shot(m_timeline->size(), QImage::Format_RGB32);
    m_timeline->render(&shot); // paints the marks without trouble
}

namespace {
QString toolTipAt(TimelineWidget *timeline, int row)
{
    const QPoint at = timeline->clipRect(row).center();
    QHelpEvent event(QEvent::ToolTip, at, timeline->mapToGlobal(at));
    QCoreApplication::sendEvent(timeline, &event);
    return QToolTip::text();
}
} // namespace

void tst_TimelineWidget::unlabelledClipsAreNumberedByPlace()
{
    Project project = makeProject({4, 4, 4});
    for (Shot &shot : project.shots)
        shot.label.clear();
    m_document->resetProject(project);
    QVERIFY2(toolTipAt(m_timeline, 1).contains(QLatin1String("Shot 2")),
             qPrintable(toolTipAt(m_timeline, 1)));
    // The third shot moves to the front: the clip in second place is "Shot 2" again.
    m_document->moveShots({QStringLiteral("s2")}, 0);
    QCOMPARE(m_document->project().shots.at(1).id, QStringLiteral("s0"));
    QVERIFY2(toolTipAt(m_timeline, 1).contains(QLatin1String("Shot 2")),
             qPrintable(toolTipAt(m_timeline, 1)));
    QVERIFY2(toolTipAt(m_timeline, 0).contains(QLatin1String("Shot 1")),
             qPrintable(toolTipAt(m_timeline, 0)));
}

void tst_TimelineWidget::outOfDateTakeIsMarkedOnItsClip()
{
    // Shot 2 (8 s) plays a circled take made when it was 4 s long.
    Project project = makeProject({4, 8, 12, 4, 4});
    Shot &shot = project.shots[1];
    Take take;
    take.id = QStringLiteral("t");
    take.status = TakeStatus::Ready;
    take.seconds = 4;
    shot.takes = {take};
    shot.circledTakeId = take.id;
    m_document->resetProject(project);
    const QString tip = toolTipAt(m_timeline, 1);
    QVERIFY2(tip.contains(QLatin1String("Out of date: length 4 s, now 8 s")), qPrintable(tip));
    // The badge over the clip's picture.
    QImage image(m_timeline->size(), QImage::Format_ARGB32);
    m_timeline->render(&image);
    // The warning colour in the badge's corner of the clip's picture, none on a current clip.
    const QColor warning = Theme::severityColor(LintSeverity::Warning, m_timeline->palette());
    const auto amberIn = [&image, &warning](const QRect &area) {
        int count = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x)
                count += image.pixelColor(x, y).rgb() == warning.rgb() ? 1 : 0;
        }
        return count;
    };
    const auto corner = [this](int row) {
        return QRect(m_timeline->clipRect(row).topLeft() + QPoint(6, 6), QSize(16, 16));
    };
    QVERIFY2(amberIn(corner(1)) > 40, qPrintable(QString::number(amberIn(corner(1)))));
    QCOMPARE(amberIn(corner(0)), 0);
}

QTEST_MAIN(tst_TimelineWidget)
#include "tst_timelinewidget.moc"
