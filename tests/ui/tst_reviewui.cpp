// SPDX-License-Identifier: MIT
// Reviews in the window: the inspector's list (notes as plain text, the preferred take circled
// in one click, a review removed), the badge on the timeline, the preferred take named in the
// takes panel, File > Import Review as one undo step and File > Export Review Package.

#include "ui/mainwindow.h"
#include "ui/reviewbadge.h"
#include "ui/reviewexportdialog.h"
#include "ui/reviewimportdialog.h"
#include "ui/shotinspector.h"
#include "ui/shotreviewsview.h"
#include "ui/takespanel.h"
#include "ui/timelinewidget.h"

#include "document/projectdocument.h"
#include "document/shotlistmodel.h"
#include "io/projectfile.h"
#include "review/shotrevision.h"

#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ShotBrief;

namespace {

constexpr char HostileNote[] = "<b>bold?</b> <img src=x> & <script>x()</script>";

Project reviewedProject()
{
    Project project;
    project.title = QStringLiteral("Reviewed");
    for (int i = 0; i < 2; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i + 1);
        shot.label = QString::number(i + 1);
        shot.durationSeconds = 4;
        Take a;
        a.id = QStringLiteral("take-%1a").arg(i + 1);
        a.status = TakeStatus::Ready;
        Take b = a;
        b.id = QStringLiteral("take-%1b").arg(i + 1);
        shot.takes = {a, b};
        shot.circledTakeId = a.id;
        project.shots.append(shot);
    }
    project.shots[0].reviews = {Review{QStringLiteral("Ana"), ReviewDecision::ChangesRequested,
                                       QString::fromUtf8(HostileNote), QStringLiteral("take-1b"),
                                       QDateTime(QDate(2026, 9, 21), QTime(8, 0), Qt::UTC)},
                                Review{QStringLiteral("Bo"), ReviewDecision::Approved, {}, {}, {}}};
    return project;
}

ReviewFeedback feedbackFor(const Project &project, const QString &reviewer, ReviewDecision decision)
{
    ReviewFeedback feedback;
    feedback.fileName = QStringLiteral("/tmp/%1.json").arg(reviewer);
    feedback.reviewer = reviewer;
    for (const Shot &shot : project.shots) {
        ReviewFeedbackShot entry;
        entry.shotId = shot.id;
        entry.label = shot.label;
        QStringList shown;
        for (const Take &take : shot.takes)
            shown.append(take.id);
        entry.shownTakeIds = shown;
        entry.revision = shotRevision(shot, shown);
        entry.decision = decision;
        entry.at = QDateTime(QDate(2026, 9, 22), QTime(9, 0), Qt::UTC);
        feedback.shots.append(entry);
    }
    return feedback;
}

} // namespace

class tst_ReviewUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inspectorListsReviewsAsText();
    void preferredTakeIsCircledInOneClick();
    void removingAReviewIsUndoable();
    void takesPanelNamesThePreference();
    void timelineShowsTheVerdict();
    void importIsOneUndoStep();
    void importReportsWhatIsSkipped();
    void exportDialogWritesAPackage();
    void fileMenuOffersBoth();
};

void tst_ReviewUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reviewui"));
    QSettings().clear();
}

void tst_ReviewUi::inspectorListsReviewsAsText()
{
    ProjectDocument document;
    document.resetProject(reviewedProject());
    ShotInspector inspector(&document);
    inspector.resize(420, 900);
    inspector.show();
    ShotReviewsView *view = inspector.reviewsView();
    auto *box = qobject_cast<QGroupBox *>(view->parentWidget());
    QVERIFY(box);
    inspector.setShotId(QStringLiteral("shot-2"));
    QVERIFY2(!box->isVisibleTo(&inspector), "a shot without reviews shows no reviews group");
    inspector.setShotId(QStringLiteral("shot-1"));
    QVERIFY(box->isVisibleTo(&inspector));
    QCOMPARE(box->title(), QStringLiteral("Reviews (2)"));
    QTreeWidget *list = view->reviewsList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Ana"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("changes requested"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Take 2"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("approved"));
    // The note is shown as the text it is: markup is not interpreted.
    QCOMPARE(view->noteView()->toPlainText(), QString::fromUtf8(HostileNote));
    QVERIFY(!list->accessibleName().isEmpty());
    QVERIFY(!view->noteView()->accessibleName().isEmpty());
    // Keyboard: the list, the note and the buttons are reachable with Tab.
    for (QWidget *widget : {static_cast<QWidget *>(list), static_cast<QWidget *>(view->noteView()),
                            static_cast<QWidget *>(view->circleButton()),
                            static_cast<QWidget *>(view->removeButton())})
        QVERIFY(widget->focusPolicy() & Qt::TabFocus);
    list->setCurrentItem(list->topLevelItem(1));
    QVERIFY(view->noteView()->toPlainText().isEmpty());
    QVERIFY2(!view->circleButton()->isEnabled(), "Bo preferred no take");
}

void tst_ReviewUi::preferredTakeIsCircledInOneClick()
{
    ProjectDocument document;
    document.resetProject(reviewedProject());
    ShotReviewsView view(&document);
    view.setShotId(QStringLiteral("shot-1"));
    view.reviewsList()->setCurrentItem(view.reviewsList()->topLevelItem(0));
    QVERIFY(view.circleButton()->isEnabled());
    QTest::mouseClick(view.circleButton(), Qt::LeftButton);
    QCOMPARE(document.project().shots.at(0).circledTakeId, QStringLiteral("take-1b"));
    QCOMPARE(view.reviewsList()->topLevelItem(0)->text(2), QStringLiteral("Take 2 (circled)"));
    QVERIFY2(!view.circleButton()->isEnabled(), "it is circled already");
    document.undoStack()->undo();
    QCOMPARE(document.project().shots.at(0).circledTakeId, QStringLiteral("take-1a"));
    // Enter on the review does the same.
    view.reviewsList()->setCurrentItem(view.reviewsList()->topLevelItem(0));
    view.reviewsList()->setFocus();
    QTest::keyClick(view.reviewsList(), Qt::Key_Return);
    QCOMPARE(document.project().shots.at(0).circledTakeId, QStringLiteral("take-1b"));
}

void tst_ReviewUi::removingAReviewIsUndoable()
{
    ProjectDocument document;
    document.resetProject(reviewedProject());
    ShotReviewsView view(&document);
    QSignalSpy count(&view, &ShotReviewsView::countChanged);
    view.setShotId(QStringLiteral("shot-1"));
    view.reviewsList()->setCurrentItem(view.reviewsList()->topLevelItem(1));
    QTest::mouseClick(view.removeButton(), Qt::LeftButton);
    QCOMPARE(document.project().shots.at(0).reviews.size(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Remove review by Bo"));
    QCOMPARE(count.last().at(0).toInt(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.project().shots.at(0).reviews.size(), 2);
    QCOMPARE(view.reviewsList()->topLevelItemCount(), 2);
}

void tst_ReviewUi::takesPanelNamesThePreference()
{
    ProjectDocument document;
    document.resetProject(reviewedProject());
    TakesPanel panel(&document);
    panel.setShotId(QStringLiteral("shot-1"));
    QVERIFY2(panel.takesView()->topLevelItem(1)->text(0).endsWith(
                 QStringLiteral("Take 2, preferred by Ana")),
             qPrintable(panel.takesView()->topLevelItem(1)->text(0)));
    QVERIFY(!panel.takesView()->topLevelItem(0)->text(0).contains(QStringLiteral("preferred")));
}

void tst_ReviewUi::timelineShowsTheVerdict()
{
    ProjectDocument document;
    Project project = reviewedProject();
    project.shots[1].reviews = {Review{QStringLiteral("Cy"), ReviewDecision::Approved, {}, {}, {}}};
    document.resetProject(project);
    QItemSelectionModel selection(document.shotListModel());
    TimelineWidget timeline(&document, &selection);
    timeline.setPixelsPerSecond(60);
    timeline.resize(700, 220);
    const QImage image = timeline.grab().toImage();
    // Each clip's top strip holds its badge in the decision's colour.
    const auto hasColour = [&image](const QRect &rect, const QColor &colour) {
        for (int y = rect.top(); y < rect.top() + 24; ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x) {
                if (image.pixelColor(x, y) == colour)
                    return true;
            }
        }
        return false;
    };
    const QColor changes = ReviewBadge::color(ReviewDecision::ChangesRequested);
    const QColor approved = ReviewBadge::color(ReviewDecision::Approved);
    QVERIFY(hasColour(timeline.clipRect(0), changes));
    QVERIFY(!hasColour(timeline.clipRect(0), approved));
    QVERIFY(hasColour(timeline.clipRect(1), approved));
    QVERIFY(!hasColour(timeline.clipRect(1), changes));
    QCOMPARE(ReviewBadge::summary(project.shots[0].reviews),
             QStringLiteral("Reviews: Ana: changes requested; Bo: approved"));
}

void tst_ReviewUi::importIsOneUndoStep()
{
    ProjectDocument document;
    Project project = reviewedProject();
    project.shots[0].reviews.clear();
    document.resetProject(project);
    const ReviewFeedback ana =
        feedbackFor(project, QStringLiteral("Ana"), ReviewDecision::Approved);
    const ReviewFeedback bo =
        feedbackFor(project, QStringLiteral("Bo"), ReviewDecision::ChangesRequested);
    ReviewImportDialog dialog(&document, {ana, bo}, {});
    QCOMPARE(dialog.reportView()->topLevelItemCount(), 4);
    QCOMPARE(dialog.plan().appliedCount(), 4);
    QVERIFY(!dialog.includeChangedBox()->isVisibleTo(&dialog));
    QVERIFY(dialog.apply());
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Import Review"));
    QCOMPARE(document.project().shots.at(0).reviews.size(), 2);
    QCOMPARE(document.project().shots.at(1).reviews.size(), 2);
    document.undoStack()->undo();
    QVERIFY(document.project().shots.at(0).reviews.isEmpty());
    QVERIFY(document.project().shots.at(1).reviews.isEmpty());
}

void tst_ReviewUi::importReportsWhatIsSkipped()
{
    ProjectDocument document;
    Project project = reviewedProject();
    ReviewFeedback cy = feedbackFor(project, QStringLiteral("Cy"), ReviewDecision::Approved);
    project.shots[1].durationSeconds = 8; // Changed since the package.
    document.resetProject(project);
    ReviewImportDialog dialog(&document, {cy}, {QStringLiteral("bad.json: not JSON")});
    QTreeWidget *report = dialog.reportView();
    QCOMPARE(report->topLevelItemCount(), 3);
    QCOMPARE(report->topLevelItem(0)->text(2), QStringLiteral("Not read"));
    QCOMPARE(report->topLevelItem(2)->text(2),
             QStringLiteral("Skip: the shot changed since the package was made"));
    QVERIFY(dialog.includeChangedBox()->isVisibleTo(&dialog));
    QCOMPARE(dialog.plan().appliedCount(), 1);
    dialog.includeChangedBox()->setChecked(true);
    QCOMPARE(dialog.plan().appliedCount(), 2);
    QVERIFY(dialog.apply());
    QCOMPARE(document.project().shots.at(1).reviews.size(), 1);
}

void tst_ReviewUi::exportDialogWritesAPackage()
{
    QTemporaryDir dir;
    Project project = reviewedProject();
    const QString projectPath = dir.filePath(QStringLiteral("Reviewed.shotbrief"));
    QVERIFY(ProjectFile::save(project, projectPath));
    ReviewExportDialog dialog(project, projectPath, {QStringLiteral("shot-2")},
                              QStringLiteral("ja"));
    QCOMPARE(dialog.outputPath(), dir.filePath(QStringLiteral("Reviewed-review")));
    dialog.setZip(true);
    dialog.setTakes(ReviewTakes::All);
    QVERIFY2(dialog.exportNow(true), qPrintable(dialog.lastError()));
    QCOMPARE(dialog.lastSummary().path, dir.filePath(QStringLiteral("Reviewed-review.zip")));
    QCOMPARE(dialog.lastSummary().shots, 2);
    QVERIFY(QFileInfo(dialog.lastSummary().path).size() > 0);
    // The choices are remembered for next time.
    ReviewExportDialog again(project, projectPath, {}, QStringLiteral("en"));
    QVERIFY(again.currentOptions().zip);
    QCOMPARE(again.currentOptions().takes, ReviewTakes::All);
    QCOMPARE(again.currentOptions().language, QStringLiteral("en"));
    // A folder that holds someone's files is refused, and nothing in it changes.
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("mine"))));
    QFile keep(dir.filePath(QStringLiteral("mine/keep.txt")));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.close();
    again.setZip(false);
    again.setOutputPath(dir.filePath(QStringLiteral("mine")));
    QVERIFY(!again.exportNow(true));
    QVERIFY(again.lastError().contains(QStringLiteral("not empty")));
    QCOMPARE(QDir(dir.filePath(QStringLiteral("mine"))).entryList(QDir::Files),
             QStringList{QStringLiteral("keep.txt")});
}

void tst_ReviewUi::fileMenuOffersBoth()
{
    MainWindow window;
    window.askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    window.document()->resetProject(reviewedProject());
    QMenu *file = window.menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(window.exportReviewAction()));
    QVERIFY(file->actions().contains(window.importReviewAction()));
    QVERIFY(window.exportReviewAction()->isEnabled());
    QVERIFY(window.importReviewAction()->isEnabled());
}

QTEST_MAIN(tst_ReviewUi)
#include "tst_reviewui.moc"
