// SPDX-License-Identifier: MIT
// Conform to Edit in the window: File > Conform to Edit lists every change of an edited cut
// with a check box and applies the checked ones as one undo step (export, the scripted editor
// and File > Conform to Edit give the plan the cut, for each of the four formats; a broken
// edit list changes nothing), and Mark as Cut (Shift+E on the timeline) takes a shot out of
// the sequence until it is restored.

#include "conformfixture.h"
#include "scriptededitor.h"
#include "tabwalk.h"

#include "conform/conformplan.h"
#include "conform/conformreport.h"
#include "document/projectdocument.h"
#include "export/editlist.h"
#include "export/exporter.h"
#include "ui/conformdialog.h"
#include "ui/mainwindow.h"
#include "ui/preview/projectsequence.h"
#include "ui/timelinewidget.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ShotBrief;
using namespace ShotBrief::ConformTest;

class tst_ConformWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fileMenuOffersConform();
    void dialogListsChangesAndAppliesTheChecked();
    void dialogOptionsPlanAgain();
    void conformToEveryFormat_data();
    void conformToEveryFormat();
    void badEditListChangesNothing();
    void dialogIsReachableByKeyboard();
    void markAsCutAndRestore();

private:
    /// The fixture's OTIO, edited: shot 2 dropped, shot 1 moved last and trimmed to 1-3 s.
    EditedCut editedCut() const;
    /// The Conform dialog on editedCut(), planned with the default options; null when the
    /// plan is refused.
    std::unique_ptr<ConformDialog> dialogForEditedCut();

    Fixture m_fixture;
    QByteArray m_projectBytes;
    MainWindow *m_window = nullptr;
};

void tst_ConformWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the last edit list folder is remembered
    QString error;
    QVERIFY2(m_fixture.make(&error), qPrintable(error));
    QFile file(m_fixture.projectPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_projectBytes = file.readAll();
}

void tst_ConformWindow::init()
{
    QFile file(m_fixture.projectPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_projectBytes);
    file.close();
    m_window = new MainWindow;
    m_window->askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(m_fixture.projectPath));
}

void tst_ConformWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

EditedCut tst_ConformWindow::editedCut() const
{
    ExportOptions options;
    options.format = ExportFormat::Otio;
    const Result<QByteArray> bytes =
        exportToBytes(m_fixture.project, m_fixture.projectPath, options);
    if (!bytes)
        qFatal("export failed");
    QJsonObject timeline = QJsonDocument::fromJson(*bytes).object();
    QJsonObject stack = timeline.value(QStringLiteral("tracks")).toObject();
    QJsonArray tracks = stack.value(QStringLiteral("children")).toArray();
    QJsonObject track = tracks.at(0).toObject();
    QJsonArray items = track.value(QStringLiteral("children")).toArray();
    items.removeAt(1);
    QJsonObject first = items.takeAt(0).toObject();
    const auto time = [](double value) {
        return QJsonObject{{QStringLiteral("OTIO_SCHEMA"), QStringLiteral("RationalTime.1")},
                           {QStringLiteral("rate"), 24.0},
                           {QStringLiteral("value"), value}};
    };
    first.insert(QStringLiteral("source_range"),
                 QJsonObject{{QStringLiteral("OTIO_SCHEMA"), QStringLiteral("TimeRange.1")},
                             {QStringLiteral("start_time"), time(24)},
                             {QStringLiteral("duration"), time(48)}});
    items.append(first);
    track.insert(QStringLiteral("children"), items);
    tracks.replace(0, track);
    stack.insert(QStringLiteral("children"), tracks);
    timeline.insert(QStringLiteral("tracks"), stack);
    const Result<EditedCut> cut =
        parseEditedCut(QJsonDocument(timeline).toJson(),
                       m_fixture.dir.filePath(QStringLiteral("edited.otio")), EditListFps);
    if (!cut)
        qFatal("%s", qPrintable(cut.error().toString()));
    return *cut;
}

std::unique_ptr<ConformDialog> tst_ConformWindow::dialogForEditedCut()
{
    ProjectDocument *document = m_window->document();
    const EditedCut cut = editedCut();
    const Result<ConformPlan> plan =
        planConform(document->project(), document->filePath(), cut, {});
    if (!plan)
        return nullptr;
    return std::make_unique<ConformDialog>(document, cut, *plan, m_window);
}

void tst_ConformWindow::fileMenuOffersConform()
{
    QAction *conform = m_window->conformAction();
    QVERIFY(conform);
    QVERIFY(conform->isEnabled());
    bool inFileMenu = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(conform))
            inFileMenu = menu->text().contains(QLatin1String("File"));
    }
    QVERIFY2(inFileMenu, "Conform to Edit is in the File menu");
}

void tst_ConformWindow::dialogListsChangesAndAppliesTheChecked()
{
    ProjectDocument *document = m_window->document();
    std::unique_ptr<ConformDialog> made = dialogForEditedCut();
    QVERIFY(made);
    ConformDialog &dialog = *made;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QListWidget *changes = dialog.changeList();
    QCOMPARE(changes->count(), 3); // order, trim of shot 1, shot 2 cut
    QStringList texts;
    for (int row = 0; row < changes->count(); ++row) {
        texts << changes->item(row)->text();
        QCOMPARE(changes->item(row)->checkState(), Qt::Checked);
    }
    QVERIFY2(texts.at(1).contains(QLatin1String("1.00 to 3.00 s")), qPrintable(texts.at(1)));
    QVERIFY2(texts.at(2).contains(QLatin1String("Shot 2A is not in the cut")),
             qPrintable(texts.at(2)));
    QVERIFY(!dialog.unmatchedList()->isVisible());

    // The user keeps shot 2 in the edit: its change is unchecked and not applied.
    changes->item(2)->setCheckState(Qt::Unchecked);
    QVERIFY(dialog.applyButton()->isEnabled());
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Project &project = document->project();
    // Shot 2 stays where the plan had it: after shot 1, its neighbour before.
    QCOMPARE(shotOrder(project), (QStringList{QStringLiteral("shot-3"), QStringLiteral("shot-4"),
                                              QStringLiteral("shot-5"), QStringLiteral("shot-1"),
                                              QStringLiteral("shot-2")}));
    QVERIFY(!project.shotById(QStringLiteral("shot-2"))->cut);
    QCOMPARE(project.shotById(QStringLiteral("shot-1"))->playLengthMs(), 2000);
    // The sequence plays the trimmed length.
    const SequenceTimeline sequence = sequenceForProject(project, document->filePath());
    QCOMPARE(sequence.totalMs(), qint64(8000 + 4000 + 4000 + 8000 + 2000));
    QVERIFY(document->isModified());

    // One step to undo.
    QCOMPARE(document->undoStack()->count(), 1);
    m_window->undoAction()->trigger();
    QCOMPARE(document->project(), m_fixture.project);
    QVERIFY(!document->isModified());
}

void tst_ConformWindow::dialogOptionsPlanAgain()
{
    ProjectDocument *document = m_window->document();
    std::unique_ptr<ConformDialog> made = dialogForEditedCut();
    QVERIFY(made);
    ConformDialog &dialog = *made;
    dialog.changeList()->item(2)->setCheckState(Qt::Unchecked);
    QVERIFY(!dialog.importBox()->isEnabled()); // nothing from elsewhere in this cut
    dialog.fitLengthBox()->setChecked(true);
    // Shot 1 now also gets a 2 s duration; what the user left out stays left out.
    QCOMPARE(dialog.changeList()->count(), 4);
    QStringList kinds;
    for (const ConformChange &change : dialog.plan().changes)
        kinds << conformChangeKindKey(change.kind) + (change.enabled ? QString() : u"-off"_qs);
    QCOMPARE(kinds, (QStringList{QStringLiteral("order"), QStringLiteral("trim"),
                                 QStringLiteral("fit_length"), QStringLiteral("cut-off")}));
    QVERIFY(dialog.apply());
    QCOMPARE(document->project().shotById(QStringLiteral("shot-1"))->durationSeconds, 2);

    // The report says what the conform changes.
    const QString report = m_fixture.dir.filePath(QStringLiteral("report.json"));
    QVERIFY(dialog.saveReport(report));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll())
                 .object()
                 .value(QStringLiteral("changes"))
                 .toArray()
                 .size(),
             3);
}

void tst_ConformWindow::conformToEveryFormat_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("otio") << int(ExportFormat::Otio);
    QTest::newRow("edl") << int(ExportFormat::Edl);
    QTest::newRow("mlt") << int(ExportFormat::Mlt);
    QTest::newRow("fcp 7 xml") << int(ExportFormat::Fcp7Xml);
}

void tst_ConformWindow::conformToEveryFormat()
{
    QFETCH(int, kind);
    ProjectDocument *document = m_window->document();
    ExportOptions options;
    options.format = ExportFormat(kind);
    const Result<QByteArray> exported =
        exportToBytes(m_fixture.project, m_fixture.projectPath, options);
    QVERIFY(exported);
    const QByteArray edited = editScripted(options.format, *exported, m_fixture);
    const QString path = m_fixture.dir.filePath(QStringLiteral("window-edited.") +
                                                exportFormatSuffix(options.format));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(edited), edited.size());
    file.close();

    // File > Conform to Edit: the user picks the file, looks at the changes and applies them.
    bool picked = false;
    int listed = 0;
    QTimer user;
    user.setInterval(10);
    connect(&user, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *chooser = qobject_cast<QFileDialog *>(modal); chooser && !picked) {
            picked = true;
            chooser->selectFile(path);
            static_cast<QDialog *>(chooser)->accept(); // QFileDialog's override is protected
        } else if (auto *dialog = qobject_cast<ConformDialog *>(modal)) {
            listed = dialog->changeList()->count();
            dialog->applyButton()->click();
        }
    });
    user.start();
    m_window->conformAction()->trigger();
    user.stop();
    QVERIFY2(picked, "File > Conform to Edit did not ask for the edit list");
    QCOMPARE(listed, 5); // order, shot 1's take, two trims, shot 2 cut
    const QString problems = checkConformed(document->project(), m_fixture, false);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(document->undoStack()->count(), 1);
    // The sequence plays the cut: 2 + 4 + 4 (the slate) + 5.25 s.
    const SequenceTimeline sequence = sequenceForProject(document->project(), document->filePath());
    QCOMPARE(sequence.totalMs(), qint64(2000 + 4000 + 4000 + 5250));
}

void tst_ConformWindow::badEditListChangesNothing()
{
    ProjectDocument *document = m_window->document();
    const QString path = m_fixture.dir.filePath(QStringLiteral("broken.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?>\n<xmeml version=\"5\"><sequence><name>x</name>\n");
    file.close();
    QString message;
    QTimer::singleShot(0, this, [&message] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            message = box->text();
            box->accept();
        }
    });
    QVERIFY(!ConformDialog::conformTo(document, m_window, path));
    QVERIFY2(message.contains(QLatin1String("nothing was changed")) &&
                 message.contains(QLatin1String("broken.xml")),
             qPrintable(message));
    QCOMPARE(document->project(), m_fixture.project);
    QCOMPARE(document->undoStack()->count(), 0);
}

void tst_ConformWindow::dialogIsReachableByKeyboard()
{
    std::unique_ptr<ConformDialog> made = dialogForEditedCut();
    QVERIFY(made);
    ConformDialog &dialog = *made;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.changeList()->accessibleName().isEmpty());
    QVERIFY(!dialog.unmatchedList()->accessibleName().isEmpty());
    const QList<QWidget *> wanted{dialog.fitLengthBox(), dialog.changeList(), dialog.applyButton()};
    const QSet<QWidget *> reached =
        TestSupport::widgetsReachedByTab(dialog.fitLengthBox(), wanted, 12);
    QCOMPARE(reached.size(), wanted.size());
    // Space on the list toggles the current change.
    dialog.changeList()->setFocus();
    dialog.changeList()->setCurrentRow(0);
    QTest::keyClick(dialog.changeList(), Qt::Key_Space);
    QCOMPARE(dialog.changeList()->item(0)->checkState(), Qt::Unchecked);
    QVERIFY(!dialog.plan().changes.first().enabled);
}

void tst_ConformWindow::markAsCutAndRestore()
{
    ProjectDocument *document = m_window->document();
    TimelineWidget *timeline = m_window->timeline();
    m_window->selectionModel()->setCurrentIndex(m_window->selectionModel()->model()->index(1, 0),
                                                QItemSelectionModel::ClearAndSelect);
    timeline->setFocus();
    QCOMPARE(m_window->cutAction()->text(), QStringLiteral("Mark as &Cut"));
    QTest::keyClick(timeline, Qt::Key_E, Qt::ShiftModifier);
    QVERIFY(document->project().shots.at(1).cut);
    QCOMPARE(m_window->cutAction()->text(), QStringLiteral("Res&tore to Edit"));
    const SequenceTimeline sequence = sequenceForProject(document->project(), document->filePath());
    QCOMPARE(sequence.count(), 4);
    QCOMPARE(sequence.indexOfShot(QStringLiteral("shot-2")), -1);
    QDir().mkpath(QStringLiteral(SHOTBRIEF_BINARY_DIR "/screenshots"));
    m_window->grab().save(QStringLiteral(SHOTBRIEF_BINARY_DIR "/screenshots/conform-cut-shot.png"));

    QTest::keyClick(timeline, Qt::Key_E, Qt::ShiftModifier);
    QVERIFY(!document->project().shots.at(1).cut);
    m_window->undoAction()->trigger();
    QVERIFY(document->project().shots.at(1).cut);
    m_window->undoAction()->trigger();
    QCOMPARE(document->project(), m_fixture.project);
}

QTEST_MAIN(tst_ConformWindow)
#include "tst_conformwindow.moc"
