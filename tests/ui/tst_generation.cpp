// SPDX-License-Identifier: MIT
#include "ui/generationcontroller.h"
#include "ui/mainwindow.h"
#include "ui/takespanel.h"

#include "document/projectdocument.h"
#include "io/projectfile.h"

#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ShotBrief;

/// Generation from the takes panel against the built-in emulator, started in-process.
class tst_Generation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generateOnEmulatorAndCircle();
    void unsavedProjectIsRefused();

private:
    QTemporaryDir m_dir;
};

void tst_Generation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_generation"));
    QSettings().clear();
}

void tst_Generation::generateOnEmulatorAndCircle()
{
    const QString path = m_dir.filePath(QStringLiteral("gen.shotbrief"));
    QVERIFY(QFile::copy(QStringLiteral(SHOTBRIEF_TEST_DATA "/night-market.shotbrief"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    MainWindow window;
    window.askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    window.show();
    QVERIFY(window.openFile(path));
    GenerationController *generation = window.generation();
    QVERIFY2(generation, "this build has no generation");
    generation->setForceEmulator(true);
    generation->setEmulatorJobSeconds(0.3);
    generation->setPollIntervalMs(50);

    // Shot 2 (4 s, no take yet) through the takes panel's Generate button.
    window.selectionModel()->setCurrentIndex(window.selectionModel()->model()->index(1, 0),
                                             QItemSelectionModel::ClearAndSelect);
    const QString shotId = window.document()->project().shots.at(1).id;
    QVERIFY(window.document()->project().shots.at(1).takes.isEmpty());
    QSignalSpy idle(generation, &GenerationController::idle);
    QVERIFY(window.takesPanel()->generateButton()->isEnabled());
    window.takesPanel()->generateButton()->click();
    QVERIFY2(generation->usesEmulator(), "the emulator was not used");
    QVERIFY2(idle.wait(90000), "generation did not finish");

    const Shot *shot = window.document()->project().shotById(shotId);
    QCOMPARE(shot->takes.size(), 1);
    const Take take = shot->takes.first();
    QCOMPARE(take.status, TakeStatus::Ready);
    QVERIFY(!take.clipPath.isEmpty());
    const Result<QString> clip = ProjectFile::resolveMediaPath(path, take.clipPath);
    QVERIFY2(clip && QFileInfo(*clip).size() > 0, "the clip was not downloaded");
    QCOMPARE(window.document()->undoStack()->count(), 0);

    // The project had no unsaved edits: the take went straight into the file.
    const Result<LoadedProject> onDisk = ProjectFile::load(path);
    QVERIFY(onDisk);
    QVERIFY(onDisk->project.shotById(shotId)->takeById(take.id));
    QCOMPARE(onDisk->project.shotById(shotId)->takeById(take.id)->status, TakeStatus::Ready);

    QTreeWidget *takes = window.takesPanel()->takesView();
    QCOMPARE(takes->topLevelItemCount(), 1);
    // The first ready take of a shot is circled by itself, so the sequence plays it at once.
    QCOMPARE(window.document()->project().shotById(shotId)->circledTakeId, take.id);
    QVERIFY(!window.document()->isModified());

    // Remix the ready take with a delta prompt: a new take whose parent is the first.
    idle.clear();
    const Result<QString> remixed =
        generation->remix(shotId, take.id, QStringLiteral("same shot, switch to 85mm"));
    QVERIFY2(remixed, qPrintable(remixed ? QString() : remixed.error().message));
    QVERIFY2(idle.wait(90000), "remix did not finish");
    const Take *remix = window.document()->project().shotById(shotId)->takeById(*remixed);
    QVERIFY(remix);
    QCOMPARE(remix->kind, TakeKind::Remix);
    QCOMPARE(remix->parentTakeId, take.id);
    QCOMPARE(remix->status, TakeStatus::Ready);
    QCOMPARE(takes->topLevelItemCount(), 2);
    QCOMPARE(window.document()->project().shotById(shotId)->circledTakeId, take.id);

    // Circling another take is the user's edit: undoable, and the project is modified.
    for (int i = 0; i < takes->topLevelItemCount(); ++i)
        takes->topLevelItem(i)->setSelected(false);
    QTreeWidgetItem *remixItem = nullptr;
    for (int i = 0; i < takes->topLevelItemCount(); ++i) {
        if (takes->topLevelItem(i)->data(0, Qt::UserRole).toString() == *remixed)
            remixItem = takes->topLevelItem(i);
    }
    QVERIFY2(remixItem, "the remix is listed");
    remixItem->setSelected(true);
    takes->setCurrentItem(remixItem);
    window.takesPanel()->circleButton()->click();
    QCOMPARE(window.document()->project().shotById(shotId)->circledTakeId, *remixed);
    QVERIFY(window.document()->isModified());
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->project().shotById(shotId)->circledTakeId, take.id);
}

void tst_Generation::unsavedProjectIsRefused()
{
    MainWindow window;
    window.askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    window.document()->insertNewShot(-1);
    const Result<QStringList> added =
        window.generation()->generate({window.document()->project().shots.first().id});
    QVERIFY2(!added, "generation started for a project with no media folder");
    QVERIFY(window.document()->project().shots.first().takes.isEmpty());
}

QTEST_MAIN(tst_Generation)
#include "tst_generation.moc"
