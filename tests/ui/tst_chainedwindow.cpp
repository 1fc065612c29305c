// SPDX-License-Identifier: MIT
// Keyframes and continuity from the window: the sample with test pictures as shot 1's first
// and last frames and every later shot chained, generated with Generate All on the built-in
// emulator. The timeline marks every cut chained and continuous, and Project > Continuity
// Report measures them under 4 of 255. With SHOTBRIEF_SCREENSHOT_DIR set, the window and the
// timeline are saved there as PNG files to look at.
#include "nextmodal.h"

#include "ui/continuityreportdialog.h"
#include "ui/generationcontroller.h"
#include "ui/mainwindow.h"
#include "ui/timelinewidget.h"

#include "continuity/cutmeasurer.h"
#include "document/projectdocument.h"
#include "io/projectfile.h"

#include "testclip.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_ChainedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generateAllHoldsTheChain();

private:
    QTemporaryDir m_dir;
};

void tst_ChainedWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_chainedwindow"));
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    QVERIFY(m_dir.isValid());
}

void tst_ChainedWindow::generateAllHoldsTheChain()
{
    const QString path = m_dir.filePath(QStringLiteral("night-market.shotbrief"));
    QVERIFY(QFile::copy(QStringLiteral(SHOTBRIEF_SOURCE_DIR
                                       "/resources/samples/night-market/night-market.shotbrief"),
                        path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QString refs = ProjectFile::mediaFolderFor(path) + QStringLiteral("/refs");
    QVERIFY(QDir().mkpath(refs));
    for (const auto &[source, name] :
         {std::pair{QStringLiteral("testsrc2=s=1280x720"), QStringLiteral("first.png")},
          std::pair{QStringLiteral("mandelbrot=s=1280x720"), QStringLiteral("last.png")}}) {
        QVERIFY(makeTestPicture(refs + QLatin1Char('/') + name, source));
    }
    Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY(loaded);
    Project project = loaded->project;
    project.shots[0].referenceImage = QStringLiteral("refs/first.png");
    project.shots[0].lastFrame = QStringLiteral("refs/last.png");
    for (int i = 1; i < project.shots.size(); ++i)
        project.shots[i].chainPrevious = true;
    QVERIFY(ProjectFile::save(project, path));

    MainWindow window;
    window.askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    window.askRecover = [](const QString &) {
        return false;
    };
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    GenerationController *generation = window.generation();
    generation->setForceEmulator(true);
    generation->setEmulatorJobSeconds(0.3);
    generation->setPollIntervalMs(50);
    QAction *generateAll = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().startsWith(QStringLiteral("Generate &All")))
            generateAll = action;
    }
    QVERIFY(generateAll);
    QSignalSpy idle(generation, &GenerationController::idle);
    onNextModal(this, [](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Yes)->click();
    });
    generateAll->trigger();
    QVERIFY2(idle.wait(400000), "Generate All did not finish");
    const Project &done = window.document()->project();
    for (int i = 0; i < done.shots.size(); ++i) {
        const Take *take = done.shots.at(i).circledTake();
        QVERIFY2(take && take->status == TakeStatus::Ready, qPrintable(QString::number(i)));
        if (i > 0)
            QVERIFY2(take->referenceImage.startsWith(QStringLiteral("frames/")),
                     qPrintable(take->referenceImage));
    }

    // The timeline measures every cut in the background and marks it chained.
    TimelineWidget *timeline = window.timeline();
    QTRY_VERIFY_WITH_TIMEOUT(!timeline->cutMeasurer()->isBusy() &&
                                 timeline->cutMark(int(done.shots.size()) - 1).difference,
                             120000);
    for (int row = 1; row < done.shots.size(); ++row) {
        const TimelineWidget::CutMark mark = timeline->cutMark(row);
        QCOMPARE(mark.kind, TimelineWidget::CutMarkKind::Chained);
        QVERIFY2(mark.difference && *mark.difference < 4,
                 qPrintable(QStringLiteral("cut before row %1: %2")
                                .arg(row)
                                .arg(mark.difference.value_or(-1))));
    }

    // Project > Continuity Report says the same.
    window.continuityAction()->trigger();
    auto *report = window.findChild<ContinuityReportDialog *>();
    QVERIFY(report);
    QSignalSpy measured(report, &ContinuityReportDialog::measured);
    QVERIFY(measured.wait(120000));
    QCOMPARE(report->cutsTable()->rowCount(), int(done.shots.size()) - 1);
    for (int row = 0; row < report->cutsTable()->rowCount(); ++row)
        QCOMPARE(report->cutsTable()->item(row, 3)->text(), QStringLiteral("chained, continuous"));

    const QString screenshots = qEnvironmentVariable("SHOTBRIEF_SCREENSHOT_DIR");
    if (!screenshots.isEmpty()) {
        QDir().mkpath(screenshots);
        report->grab().save(screenshots + QStringLiteral("/continuity-report.png"));
        report->close();
        timeline->setPixelsPerSecond(double(timeline->width()) / 70);
        QTest::qWait(200);
        window.grab().save(screenshots + QStringLiteral("/chained-window.png"));
        timeline->grab().save(screenshots + QStringLiteral("/timeline-cut-marks.png"));
    }
}

QTEST_MAIN(tst_ChainedWindow)
#include "tst_chainedwindow.moc"
