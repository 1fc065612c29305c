// SPDX-License-Identifier: MIT
#include "ui/exportdialog.h"
#include "ui/filenotice.h"
#include "ui/mainwindow.h"
#include "ui/projectpanel.h"
#include "ui/promptpanel.h"
#include "ui/settingsdialog.h"
#include "ui/shotinspector.h"
#include "ui/splitdialog.h"
#include "ui/takespanel.h"
#include "ui/theme.h"
#include "ui/timelinewidget.h"

#include "document/autosave.h"
#include "document/projectdocument.h"
#include "io/projectfile.h"
#include "preview/animaticrenderer.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace ShotBrief;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void referenceImageSizeIsLinted();
    void init();
    void cleanup();
    void opensProjectAndShowsPrompt();
    void editThroughInspectorMarksDirtyAndUndoes();
    void reorderByDragThenUndoRedo();
    void resizeClipToEightSeconds();
    void splitTwelveIntoFourAndEight();
    void splitDialogOffersLegalSplits_data();
    void splitDialogOffersLegalSplits();
    void duplicateAndDeleteActions();
    void lintFindingFocusesField();
    void circleTakeFromTakesPanel();
    void saveAndAskBeforeDiscarding();
    void recoveryAfterSimulatedCrash();
    void recoveryOfferedAtStart();
    void declinedRecoveryIsDeleted();
    void readOnlyProjectRefusesSaveOverFile();
    void layoutAndRecentFilesPersist();
    void costInStatusBar();
    void scenesAddAndRemove();
    void castIdentityFlowsIntoPrompt();
    void promptLanguageIsAProjectSettingAndUndoes();
    void settingsDialogSetsCapAndProvider();
    void themesAreLightAndDark();
    void enterOnTimelineFocusesInspector();
    void timelineShortcuts();
    void openingAForeignFileSaysWhatItIs();
    void exportSaysWhereTheFileWent();
    void animaticSaysWhereTheFileWent();

private:
    QString copySample(const QString &name = QStringLiteral("night-market.shotbrief"));
    QStringList order() const;

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void tst_MainWindow::init()
{
    m_dir = new QTemporaryDir;
    m_window = new MainWindow;
    m_window->askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    m_window->askRecover = [](const QString &) {
        return true;
    };
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_MainWindow::cleanup()
{
    m_window->askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    m_window->close();
    delete m_window;
    delete m_dir;
}

void tst_MainWindow::referenceImageSizeIsLinted()
{
    // The prompt panel and the timeline read the reference image's size from the media folder:
    // a 640x480 plate on a 1280x720 sora-2 shot is an error the user sees before paying.
    const QString data = QStringLiteral(SHOTBRIEF_SOURCE_DIR "/tests/app/cli/data/");
    const QString project = m_dir->filePath(QStringLiteral("refsize.shotbrief"));
    QVERIFY(QFile::copy(data + QStringLiteral("refsize.shotbrief"), project));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("refsize.media/refs"))));
    QVERIFY(QFile::copy(data + QStringLiteral("refsize.media/refs/plate.png"),
                        m_dir->filePath(QStringLiteral("refsize.media/refs/plate.png"))));
    QVERIFY(m_window->openFile(project));
    QTreeWidget *findings = m_window->promptPanel()->findingsView();
    QStringList texts;
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        texts << findings->topLevelItem(i)->text(0);
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(QLatin1String("640")) && all.contains(QLatin1String("1280")),
             qPrintable(all));
}

QString tst_MainWindow::copySample(const QString &name)
{
    const QString target = m_dir->filePath(name);
    QFile::remove(target);
    if (!QFile::copy(QStringLiteral(SHOTBRIEF_TEST_DATA "/night-market.shotbrief"), target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

QStringList tst_MainWindow::order() const
{
    QStringList labels;
    for (const Shot &shot : m_window->document()->project().shots)
        labels.append(shot.label);
    return labels;
}

void tst_MainWindow::opensProjectAndShowsPrompt()
{
    QVERIFY(m_window->openFile(copySample()));
    QCOMPARE(m_window->document()->project().shots.size(), 9);
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("Night Market")),
             qPrintable(m_window->windowTitle()));
    QVERIFY(!m_window->isWindowModified());
    // The first shot is current: its prompt shows, with the cast identity word for word.
    QVERIFY2(m_window->promptPanel()->promptText().contains(
                 QStringLiteral("Rain over a crowded night market")),
             qPrintable(m_window->promptPanel()->promptText()));
    QVERIFY(m_window->promptPanel()->promptText().contains(
        QStringLiteral("short black bob, yellow raincoat")));
    QCOMPARE(m_window->inspector()->labelEdit()->text(), QStringLiteral("1"));
}

void tst_MainWindow::editThroughInspectorMarksDirtyAndUndoes()
{
    QVERIFY(m_window->openFile(copySample()));
    QPlainTextEdit *prose = m_window->inspector()->sceneProseEdit();
    prose->setFocus();
    prose->moveCursor(QTextCursor::End);
    QTest::keyClicks(prose, QStringLiteral(" Lanterns sway."));
    QVERIFY(m_window->document()->project().shots.at(0).sceneProse.endsWith(
        QStringLiteral("Lanterns sway.")));
    QVERIFY(m_window->isWindowModified());
    QVERIFY2(m_window->promptPanel()->promptText().contains(QStringLiteral("Lanterns sway.")),
             "the prompt did not follow the edit live");
    m_window->undoAction()->trigger();
    QVERIFY(!m_window->document()->project().shots.at(0).sceneProse.contains(
        QStringLiteral("Lanterns")));
    QVERIFY(!m_window->isWindowModified());
    m_window->redoAction()->trigger();
    QVERIFY(m_window->document()->project().shots.at(0).sceneProse.contains(
        QStringLiteral("Lanterns")));
}

void tst_MainWindow::reorderByDragThenUndoRedo()
{
    QVERIFY(m_window->openFile(copySample()));
    TimelineWidget *timeline = m_window->timeline();
    timeline->setPixelsPerSecond(12);
    const QPoint start = timeline->clipRect(1).center();
    const QPoint target(timeline->clipRect(4).left() + 2, start.y());
    QTest::mousePress(timeline, Qt::LeftButton, {}, start);
    QTest::mouseMove(timeline, start + QPoint(15, 0));
    QTest::mouseMove(timeline, target);
    QTest::mouseRelease(timeline, Qt::LeftButton, {}, target);
    QCOMPARE(order(), (QStringList{"1", "3", "4", "2", "5", "6", "7", "8", "9"}));
    m_window->undoAction()->trigger();
    QCOMPARE(order(), (QStringList{"1", "2", "3", "4", "5", "6", "7", "8", "9"}));
    m_window->redoAction()->trigger();
    QCOMPARE(order().at(3), QStringLiteral("2"));
}

void tst_MainWindow::resizeClipToEightSeconds()
{
    QVERIFY(m_window->openFile(copySample()));
    TimelineWidget *timeline = m_window->timeline();
    timeline->setPixelsPerSecond(12);
    QCOMPARE(m_window->document()->project().shots.at(1).durationSeconds, 4);
    const QRect clip = timeline->clipRect(1);
    const QPoint edge(clip.right() - 2, clip.center().y());
    const QPoint target(clip.left() + 8 * 12 + 1, edge.y());
    QTest::mousePress(timeline, Qt::LeftButton, {}, edge);
    QTest::mouseMove(timeline, edge + QPoint(10, 0));
    QTest::mouseMove(timeline, target);
    QTest::mouseRelease(timeline, Qt::LeftButton, {}, target);
    QCOMPARE(m_window->document()->project().shots.at(1).durationSeconds, 8);
    QCOMPARE(m_window->inspector()->durationCombo()->currentData().toInt(), 8);
}

void tst_MainWindow::splitTwelveIntoFourAndEight()
{
    QVERIFY(m_window->openFile(copySample()));
    QCOMPARE(m_window->document()->project().shots.at(0).durationSeconds, 12);
    QVERIFY(m_window->splitAction()->isEnabled());
    const int before = m_window->document()->project().totalDurationSeconds();
    m_window->splitCurrentShot({4, 8}, {0, 1, 1});
    const Project &project = m_window->document()->project();
    QCOMPARE(project.shots.size(), 10);
    QCOMPARE(project.shots.at(0).durationSeconds, 4);
    QCOMPARE(project.shots.at(1).durationSeconds, 8);
    QCOMPARE(project.shots.at(0).actionBeats.size(), 1);
    QCOMPARE(project.shots.at(1).actionBeats.size(), 2);
    QCOMPARE(project.totalDurationSeconds(), before);
    m_window->undoAction()->trigger();
    QCOMPARE(m_window->document()->project().shots.size(), 9);
}

void tst_MainWindow::splitDialogOffersLegalSplits_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QList<int>>("legal");
    QTest::addColumn<int>("choices");
    const QList<int> sora{4, 8, 12};
    QTest::newRow("sora 12") << 12 << sora << 3;
    QTest::newRow("sora 8") << 8 << sora << 1;
    QTest::newRow("sora 4") << 4 << sora << 0;
    // Runway gen4.5: every whole second 2-10; the list stays short.
    QTest::newRow("runway 10") << 10 << QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10}
                               << SplitDialog::MaxChoices;
    QTest::newRow("runway 4") << 4 << QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10} << 1;
    QTest::newRow("veo 8") << 8 << QList<int>{4, 6, 8} << 1;
    QTest::newRow("veo 6 has no split") << 6 << QList<int>{4, 6, 8} << 0;
}

void tst_MainWindow::splitDialogOffersLegalSplits()
{
    QFETCH(int, seconds);
    QFETCH(QList<int>, legal);
    QFETCH(int, choices);
    Shot shot;
    shot.durationSeconds = seconds;
    shot.actionBeats = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    SplitDialog dialog(shot, legal);
    QCOMPARE(dialog.splitCombo()->count(), choices);
    if (choices == 0)
        return;
    for (int i = 0; i < dialog.splitCombo()->count(); ++i) {
        const QList<int> parts = dialog.splitCombo()->itemData(i).value<QList<int>>();
        int total = 0;
        for (int part : parts) {
            QVERIFY2(legal.contains(part), qPrintable(dialog.splitCombo()->itemText(i)));
            total += part;
        }
        QCOMPARE(total, seconds);
        QVERIFY(parts.size() >= 2);
    }
    // Fewer parts first, and the shortest opening first among them: 4 + 8 before 8 + 4.
    const QList<int> first = dialog.splitCombo()->itemData(0).value<QList<int>>();
    for (int i = 1; i < dialog.splitCombo()->count(); ++i) {
        const QList<int> other = dialog.splitCombo()->itemData(i).value<QList<int>>();
        QVERIFY(first.size() < other.size() ||
                (first.size() == other.size() && first.first() <= other.first()));
    }
    QCOMPARE(dialog.beatParts().size(), 3);
    QCOMPARE(dialog.beatParts().first(), 0);
    QCOMPARE(dialog.beatParts().last(), int(dialog.durations().size()) - 1);
}

void tst_MainWindow::duplicateAndDeleteActions()
{
    QVERIFY(m_window->openFile(copySample()));
    m_window->duplicateAction()->trigger();
    QCOMPARE(m_window->document()->project().shots.size(), 10);
    QCOMPARE(m_window->document()->project().shots.at(1).label, QStringLiteral("1A"));
    QCOMPARE(m_window->timeline()->currentShotId(), m_window->document()->project().shots.at(1).id);
    m_window->deleteAction()->trigger();
    QCOMPARE(m_window->document()->project().shots.size(), 9);
    m_window->insertAction()->trigger();
    QCOMPARE(m_window->document()->project().shots.size(), 10);
    QCOMPARE(m_window->document()->undoStack()->count(), 3);
}

void tst_MainWindow::lintFindingFocusesField()
{
    QVERIFY(m_window->openFile(copySample()));
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    // Shot 8 has no scene prose, beats or lighting: the linter has findings for it.
    m_window->selectionModel()->setCurrentIndex(m_window->selectionModel()->model()->index(7, 0),
                                                QItemSelectionModel::ClearAndSelect);
    QTreeWidget *findings = m_window->promptPanel()->findingsView();
    QVERIFY2(findings->topLevelItemCount() > 0, "shot 8 should have lint findings");
    QTreeWidgetItem *target = nullptr;
    for (int i = 0; i < findings->topLevelItemCount() && !target; ++i) {
        if (!findings->topLevelItem(i)->text(1).isEmpty())
            target = findings->topLevelItem(i);
    }
    QVERIFY2(target, "no finding names a field");
    const QString field = target->text(1);
    QSignalSpy requested(m_window->promptPanel(), &PromptPanel::fieldRequested);
    Q_EMIT findings->itemClicked(target, 0);
    QCOMPARE(requested.count(), 1);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY2(focused && m_window->inspector()->isAncestorOf(focused),
             qPrintable(QStringLiteral("field %1 did not focus an inspector editor").arg(field)));
}

void tst_MainWindow::circleTakeFromTakesPanel()
{
    QVERIFY(m_window->openFile(copySample()));
    Take take;
    take.id = QStringLiteral("fresh-take");
    take.status = TakeStatus::Ready;
    take.model = QStringLiteral("sora-2");
    take.seconds = 12;
    const QString shotId = m_window->document()->project().shots.at(0).id;
    QVERIFY(m_window->document()->updateTakeFromGeneration(shotId, take));
    QVERIFY2(!m_window->undoAction()->isEnabled(), "a generation update became an undo step");
    QTreeWidget *takes = m_window->takesPanel()->takesView();
    QCOMPARE(takes->topLevelItemCount(), 2);
    takes->topLevelItem(1)->setSelected(true);
    QVERIFY(m_window->takesPanel()->circleButton()->isEnabled());
    m_window->takesPanel()->circleButton()->click();
    QCOMPARE(m_window->document()->project().shots.at(0).circledTakeId,
             QStringLiteral("fresh-take"));
    m_window->undoAction()->trigger();
    QVERIFY(m_window->document()->project().shots.at(0).circledTakeId !=
            QStringLiteral("fresh-take"));
}

void tst_MainWindow::saveAndAskBeforeDiscarding()
{
    const QString path = copySample();
    QVERIFY(m_window->openFile(path));
    QTest::keyClicks(m_window->inspector()->labelEdit(), QStringLiteral("X"));
    QVERIFY(m_window->isWindowModified());
    int asked = 0;
    m_window->askSaveChanges = [&asked](const QString &) {
        ++asked;
        return QMessageBox::Cancel;
    };
    QVERIFY2(!m_window->maybeSave(), "Cancel did not keep the window open");
    QVERIFY2(!m_window->close(), "the window closed despite Cancel");
    QCOMPARE(asked, 2);
    m_window->askSaveChanges = [](const QString &) {
        return QMessageBox::Save;
    };
    QVERIFY(m_window->maybeSave());
    QVERIFY(!m_window->isWindowModified());
    const Result<LoadedProject> reloaded = ProjectFile::load(path);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->project.shots.at(0).label, QStringLiteral("1X"));
}

void tst_MainWindow::recoveryAfterSimulatedCrash()
{
    const QString path = copySample();
    QVERIFY(m_window->openFile(path));
    QTest::keyClicks(m_window->inspector()->labelEdit(), QStringLiteral("R"));
    QVERIFY(m_window->autosave()->saveNow());
    const QString recovery = ProjectFile::autosavePathFor(path);
    QVERIFY(QFile::exists(recovery));
    // The crash: the window goes away without closeEvent, the recovery file stays.
    delete m_window;
    QVERIFY(QFile::exists(recovery));
    QFile file(recovery);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5),
                             QFileDevice::FileModificationTime));
    file.close();

    m_window = new MainWindow;
    int offered = 0;
    m_window->askRecover = [&offered](const QString &) {
        ++offered;
        return true;
    };
    m_window->askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    QVERIFY(m_window->openFile(path));
    QCOMPARE(offered, 1);
    QCOMPARE(m_window->document()->project().shots.at(0).label, QStringLiteral("1R"));
    QVERIFY2(m_window->document()->isModified(), "recovered changes must be saved explicitly");
    QCOMPARE(m_window->document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(m_window->save());
    QVERIFY2(!QFile::exists(recovery), "a clean save left the recovery file");
}

void tst_MainWindow::recoveryOfferedAtStart()
{
    // After a crash, starting the app offers the recent projects with newer unsaved changes;
    // the user should not have to find and open the project to get them back.
    const QString path =
        QFileInfo(copySample(QStringLiteral("crashed.shotbrief"))).absoluteFilePath();
    const QString other =
        QFileInfo(copySample(QStringLiteral("clean.shotbrief"))).absoluteFilePath();
    Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY(loaded);
    loaded->project.title = QStringLiteral("Recovered at start");
    QVERIFY(ProjectFile::save(loaded->project, Autosave::recoveryPathFor(path)));
    QFile file(Autosave::recoveryPathFor(path));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5),
                             QFileDevice::FileModificationTime));
    file.close();
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList{other, path});

    QStringList offered;
    m_window->askRecoverAtStart = [&offered](const QStringList &paths) {
        offered = paths;
        return paths.value(0);
    };
    m_window->askRecover = [](const QString &) -> bool {
        QTest::qFail("asked twice", __FILE__, __LINE__);
        return false;
    };
    m_window->offerRecoveryAtStart();
    QCOMPARE(offered, QStringList{path});
    QCOMPARE(m_window->document()->filePath(), path);
    QCOMPARE(m_window->document()->project().title, QStringLiteral("Recovered at start"));
    QVERIFY2(m_window->document()->isModified(), "recovered changes must be saved explicitly");

    // Nothing to recover: nothing is asked.
    QVERIFY(m_window->save());
    offered.clear();
    m_window->askRecoverAtStart = [&offered](const QStringList &paths) {
        offered = paths;
        return QString();
    };
    m_window->offerRecoveryAtStart();
    QVERIFY(offered.isEmpty());
}

void tst_MainWindow::declinedRecoveryIsDeleted()
{
    const QString path = copySample();
    const QString recovery = ProjectFile::autosavePathFor(path);
    QVERIFY(QFile::copy(path, recovery));
    QFile file(recovery);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5),
                             QFileDevice::FileModificationTime));
    file.close();
    m_window->askRecover = [](const QString &) {
        return false;
    };
    QVERIFY(m_window->openFile(path));
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(!m_window->document()->isModified());
}

void tst_MainWindow::readOnlyProjectRefusesSaveOverFile()
{
    const QString path = copySample(QStringLiteral("future.shotbrief"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    bytes.replace("\"schema\": 1", "\"schema\": 99");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    // The read-only notice is a modal box: answer it as soon as it appears.
    QTimer::singleShot(0, this, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(m_window->openFile(path));
    QVERIFY(m_window->document()->isReadOnly());
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("read-only")),
             qPrintable(m_window->windowTitle()));
    QVERIFY(!m_window->inspector()->labelEdit()->isEnabled());
    QVERIFY(!m_window->insertAction()->isEnabled());
    QVERIFY(!m_window->document()->save());
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY2(after.readAll() == bytes, "the newer file was changed");
}

void tst_MainWindow::layoutAndRecentFilesPersist()
{
    const QString path = copySample();
    QVERIFY(m_window->openFile(path));
    auto *takesDock = m_window->findChild<QDockWidget *>(QStringLiteral("takesDock"));
    QVERIFY(takesDock);
    takesDock->setFloating(true);
    m_window->close();
    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    takesDock = m_window->findChild<QDockWidget *>(QStringLiteral("takesDock"));
    QVERIFY2(takesDock->isFloating(), "the dock layout was not restored");
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0),
             QFileInfo(path).absoluteFilePath());
    takesDock->setFloating(false);
}

void tst_MainWindow::costInStatusBar()
{
    // The sample plans on the built-in emulator: free, with what it would cost at the list
    // prices of the models it plans for; never a bare price for a free run.
    QVERIFY(m_window->openFile(copySample()));
    QCOMPARE(m_window->providerProfileName(), QStringLiteral("emulator"));
    const QString text = m_window->costLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("Project: free on the emulator (would cost $")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Shot 1: free (would cost $")) &&
                 text.contains(QStringLiteral(" on sora-2")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Project: $")), qPrintable(text));
    m_window->document()->setShotDuration(m_window->document()->project().shots.at(0).id, 4);
    QVERIFY2(m_window->costLabel()->text() != text, "the estimate did not follow the duration");
}

void tst_MainWindow::openingAForeignFileSaysWhatItIs()
{
    const QString path = m_dir->filePath(QStringLiteral("storyboard.pdf"));
    QVERIFY(QFile::copy(QStringLiteral(SHOTBRIEF_SOURCE_DIR "/tests/app/cli/data/storyboard.pdf"),
                        path));
    QString said;
    QTimer::singleShot(0, this, [&said] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said = box->text();
            box->close();
        }
    });
    QVERIFY(!m_window->openFile(path));
    QVERIFY2(said.startsWith(QStringLiteral("storyboard.pdf is not a ShotBrief project: it looks "
                                            "like a PDF document")),
             qPrintable(said));
    QVERIFY2(!said.contains(QStringLiteral("JSON")), qPrintable(said));
}

void tst_MainWindow::exportSaysWhereTheFileWent()
{
    QVERIFY(m_window->openFile(copySample()));
    const QString target = m_dir->filePath(QStringLiteral("sheets/night-market.md"));
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    m_window->runExportDialog = [&target](ExportDialog &dialog) {
        dialog.setFormat(ExportFormat::Markdown);
        dialog.setOutputPath(target);
        return dialog.exportNow(true) ? int(QDialog::Accepted) : int(QDialog::Rejected);
    };
    FileNotice *notice = m_window->fileNotice();
    QVERIFY(!notice->isVisible());
    QList<QUrl> opened;
    notice->openUrl = [&opened](const QUrl &url) {
        opened << url;
        return true;
    };
    m_window->exportAction()->trigger();
    QVERIFY2(notice->isVisible(), "the export finished silently");
    QVERIFY(QFileInfo::exists(target));
    QVERIFY2(notice->label()->text().contains(QStringLiteral("night-market.md")),
             qPrintable(notice->label()->text()));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(
                 QDir::toNativeSeparators(QFileInfo(target).absolutePath())),
             qPrintable(m_window->statusBar()->currentMessage()));
    notice->openButton()->click();
    notice->showInFolderButton()->click();
    QCOMPARE(opened, (QList<QUrl>{QUrl::fromLocalFile(QFileInfo(target).absoluteFilePath()),
                                  QUrl::fromLocalFile(QFileInfo(target).absolutePath())}));
    notice->dismissButton()->click();
    QVERIFY(!notice->isVisible());
}

void tst_MainWindow::animaticSaysWhereTheFileWent()
{
    QVERIFY(m_window->openFile(copySample()));
    // One short shot: this is about what the window says when the render is done.
    ProjectDocument *document = m_window->document();
    QStringList others;
    for (const Shot &shot : document->project().shots.mid(1))
        others << shot.id;
    document->removeShots(others);
    document->setShotDuration(document->project().shots.at(0).id, 4);
    const QString target = m_dir->filePath(QStringLiteral("film/night-market-animatic.mp4"));
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    QString suggested;
    m_window->askAnimaticPath = [&](const QString &path) {
        suggested = path;
        return target;
    };
    bool captionsAsked = false;
    m_window->askAnimaticCaptions = [&](AnimaticOptions &) {
        return captionsAsked = true;
    };
    FileNotice *notice = m_window->fileNotice();
    QVERIFY(!notice->isVisible());
    m_window->exportAnimaticAction()->trigger();
    QVERIFY(captionsAsked);
    QVERIFY2(suggested.endsWith(QStringLiteral("-animatic.mp4")), qPrintable(suggested));
    QTRY_VERIFY2_WITH_TIMEOUT(notice->isVisible(), "the animatic finished silently", 60000);
    QVERIFY(QFileInfo::exists(target));
    QVERIFY2(notice->label()->text().contains(QStringLiteral("night-market-animatic.mp4")),
             qPrintable(notice->label()->text()));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(
                 QDir::toNativeSeparators(QFileInfo(target).absolutePath())),
             qPrintable(m_window->statusBar()->currentMessage()));
    notice->dismissButton()->click();
}

void tst_MainWindow::scenesAddAndRemove()
{
    QVERIFY(m_window->openFile(copySample()));
    ProjectPanel *panel = m_window->projectPanel();
    const int scenes = int(m_window->document()->project().scenes.size());
    QCOMPARE(panel->scenesList()->count(), scenes);
    panel->addScene(QStringLiteral("EXT. ROOF - DAWN"));
    QCOMPARE(m_window->document()->project().scenes.size(), scenes + 1);
    QCOMPARE(panel->scenesList()->item(scenes)->text(), QStringLiteral("EXT. ROOF - DAWN"));
    panel->scenesList()->item(scenes)->setText(QStringLiteral("EXT. ROOF - DUSK"));
    QCOMPARE(m_window->document()->project().scenes.last().title,
             QStringLiteral("EXT. ROOF - DUSK"));

    // Removing a scene in use clears it from its shots, in one undo step.
    const QString firstScene = m_window->document()->project().scenes.first().id;
    int using_ = 0;
    for (const Shot &shot : m_window->document()->project().shots)
        using_ += shot.sceneId == firstScene ? 1 : 0;
    QVERIFY2(using_ > 0, "the sample's first scene has no shots");
    const int steps = m_window->document()->undoStack()->count();
    panel->removeScene(0);
    for (const Shot &shot : m_window->document()->project().shots)
        QVERIFY(shot.sceneId != firstScene);
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
    m_window->undoAction()->trigger();
    QCOMPARE(m_window->document()->project().scenes.first().id, firstScene);
    QCOMPARE(m_window->document()->project().shots.first().sceneId, firstScene);
}

void tst_MainWindow::castIdentityFlowsIntoPrompt()
{
    QVERIFY(m_window->openFile(copySample()));
    ProjectPanel *panel = m_window->projectPanel();
    const Shot &first = m_window->document()->project().shots.first();
    QVERIFY(!first.castIds.isEmpty());
    const int castRow = [&] {
        const QList<CastMember> &cast = m_window->document()->project().cast;
        for (int i = 0; i < cast.size(); ++i) {
            if (cast.at(i).id == first.castIds.first())
                return i;
        }
        return -1;
    }();
    QVERIFY(castRow >= 0);
    panel->castList()->setCurrentRow(castRow);
    QPlainTextEdit *identity = panel->castIdentityEdit();
    identity->setFocus();
    identity->moveCursor(QTextCursor::End);
    QTest::keyClicks(identity, QStringLiteral(", silver earring"));
    QVERIFY2(m_window->promptPanel()->promptText().contains(QStringLiteral(", silver earring")),
             "the cast identity was not reused in the prompt");
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void tst_MainWindow::promptLanguageIsAProjectSettingAndUndoes()
{
    QVERIFY(m_window->openFile(copySample()));
    QComboBox *language = m_window->projectPanel()->promptLanguageCombo();
    QVERIFY(!language->accessibleName().isEmpty());
    // Automatic, and it says what it detected.
    QCOMPARE(language->currentIndex(), 0);
    QVERIFY2(language->currentText().contains(QLatin1String("English")),
             qPrintable(language->currentText()));
    QVERIFY(m_window->promptPanel()->promptText().contains(QLatin1String("Cinematography:")));

    const int steps = m_window->document()->undoStack()->count();
    language->setCurrentIndex(language->findData(QStringLiteral("ja")));
    Q_EMIT language->activated(language->currentIndex());
    QCOMPARE(m_window->document()->project().format.promptLanguage, PromptLanguage::Japanese);
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1);
    QVERIFY2(m_window->promptPanel()->promptText().contains(QString::fromUtf8("撮影：")),
             qPrintable(m_window->promptPanel()->promptText()));

    m_window->undoAction()->trigger();
    QVERIFY(!m_window->document()->project().format.promptLanguage.has_value());
    QCOMPARE(language->currentIndex(), 0);
    QVERIFY(m_window->promptPanel()->promptText().contains(QLatin1String("Cinematography:")));
    m_window->redoAction()->trigger();
    QCOMPARE(language->currentData().toString(), QStringLiteral("ja"));

    // Saved in the file and read back.
    QVERIFY(m_window->save());
    const Result<LoadedProject> loaded = ProjectFile::load(m_window->document()->filePath());
    QVERIFY(loaded);
    QCOMPARE(loaded->project.format.promptLanguage, PromptLanguage::Japanese);
}

void tst_MainWindow::settingsDialogSetsCapAndProvider()
{
    QVERIFY(m_window->openFile(copySample()));
    SettingsDialog dialog(m_window->document(), m_window);
    dialog.capSpin()->setValue(25.0);
    dialog.autosaveSpin()->setValue(5);
    dialog.apply();
    QCOMPARE(m_window->document()->project().spendingCapUsd, 25.0);
    QCOMPARE(QSettings().value(QStringLiteral("autosave/minutes")).toInt(), 5);
    m_window->undoAction()->trigger();
    QCOMPARE(m_window->document()->project().spendingCapUsd, 0.0);
}

void tst_MainWindow::themesAreLightAndDark()
{
    QVERIFY(Theme::isDark(Theme::darkPalette()));
    QVERIFY(!Theme::isDark(Theme::lightPalette()));
    // Text stays readable on both.
    for (const QPalette &palette : {Theme::darkPalette(), Theme::lightPalette()}) {
        const int contrast = qAbs(palette.color(QPalette::Text).lightness() -
                                  palette.color(QPalette::Base).lightness());
        QVERIFY2(contrast > 150, qPrintable(QString::number(contrast)));
    }
}

void tst_MainWindow::enterOnTimelineFocusesInspector()
{
    QVERIFY(m_window->openFile(copySample()));
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->timeline()->setFocus();
    QTest::keyClick(m_window->timeline(), Qt::Key_Right);
    QTest::keyClick(m_window->timeline(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), m_window->inspector()->sceneProseEdit());
    QCOMPARE(m_window->inspector()->shotId(), m_window->document()->project().shots.at(1).id);
}

void tst_MainWindow::timelineShortcuts()
{
    QVERIFY(m_window->openFile(copySample()));
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    TimelineWidget *timeline = m_window->timeline();
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_window->document()->project().shots.size(), 10);
    QTest::keyClick(timeline, Qt::Key_Delete);
    QCOMPARE(m_window->document()->project().shots.size(), 9);
    // In a text field Delete deletes text, not the shot.
    QLineEdit *label = m_window->inspector()->labelEdit();
    label->setFocus();
    label->setCursorPosition(0);
    QTest::keyClick(label, Qt::Key_Delete);
    QCOMPARE(m_window->document()->project().shots.size(), 9);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
