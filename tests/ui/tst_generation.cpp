// SPDX-License-Identifier: MIT
#include "ui/generationcontroller.h"
#include "ui/mainwindow.h"
#include "ui/takespanel.h"

#include "api/credentialstore.h"
#include "api/providerfactory.h"
#include "api/providerprofile.h"
#include "document/projectdocument.h"
#include "io/projectfile.h"

#include "../core/api/clipduration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>

using namespace ShotBrief;

/// Generation from the takes panel against the built-in emulator, started in-process.
class tst_Generation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generateThroughEachAdapter_data();
    void generateThroughEachAdapter();
    void generateOnEmulatorAndCircle();
    void unsavedProjectIsRefused();

private:
    QTemporaryDir m_dir;
};

void tst_Generation::initTestCase()
{
    for (const char *tool : {"ffmpeg", "ffprobe"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run make deps").arg(tool)));
    }
    // No real key may reach anything, and no keychain prompt: every provider falls back to
    // the built-in emulator speaking its dialect.
    for (const char *variable :
         {"OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "RUNWAYML_API_SECRET", "LITELLM_API_KEY"})
        qunsetenv(variable);
    qputenv("SHOTBRIEF_NO_KEYCHAIN", "1");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_generation"));
    QSettings().clear();
}

void tst_Generation::generateThroughEachAdapter_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QList<int>>("durations"); // of the two shots, legal for the profile
    QTest::addColumn<QString>("dialect");      // what the message says the emulator speaks
    QTest::newRow("openai-videos")
        << QStringLiteral("openai") << QStringLiteral("sora-2") << QStringLiteral("1280x720")
        << QList<int>{4, 8} << QStringLiteral("the OpenAI Videos API");
    QTest::newRow("runway") << QStringLiteral("runway") << QStringLiteral("gen4.5")
                            << QStringLiteral("1280x720") << QList<int>{5, 3}
                            << QStringLiteral("Runway's API");
    QTest::newRow("comfyui") << QStringLiteral("comfyui") << QStringLiteral("ltxv-2b")
                             << QStringLiteral("768x512") << QList<int>{2, 4}
                             << QStringLiteral("ComfyUI's API");
}

void tst_Generation::generateThroughEachAdapter()
{
    QFETCH(QString, profile);
    QFETCH(QString, model);
    QFETCH(QString, size);
    QFETCH(QList<int>, durations);
    QFETCH(QString, dialect);

    // The sample project, switched to this provider with lengths and a size it offers.
    Result<LoadedProject> sample =
        ProjectFile::load(QStringLiteral(SHOTBRIEF_TEST_DATA "/night-market.shotbrief"));
    QVERIFY(sample);
    Project project = sample->project;
    project.format.provider = profile;
    project.format.model = model;
    project.format.size = size;
    QStringList shotIds;
    for (int i = 0; i < durations.size(); ++i) {
        project.shots[i].durationSeconds = durations.at(i);
        project.shots[i].model.clear();
        project.shots[i].size.clear();
        project.shots[i].takes.clear();
        project.shots[i].circledTakeId.clear();
        shotIds << project.shots.at(i).id;
    }
    const QString path = m_dir.filePath(profile + QStringLiteral("/adapter.shotbrief"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(ProjectFile::save(project, path));

    MainWindow window;
    window.askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    QVERIFY(window.openFile(path));
    GenerationController *generation = window.generation();
    QVERIFY2(generation, "this build has no generation");
    generation->setEmulatorJobSeconds(0.3);
    generation->setPollIntervalMs(50);
    // Only if a real ComfyUI happens to run on this machine: the emulator all the same.
    const ProviderProfiles profiles = ProviderProfiles::load().value();
    const ProviderProfile *configured = profiles.find(profile);
    QVERIFY(configured);
    const bool forced =
        !CredentialStore::needsKey(*configured) && serverAnswers(configured->baseUrl);
    generation->setForceEmulator(forced);

    QSignalSpy messages(generation, &GenerationController::message);
    QSignalSpy idle(generation, &GenerationController::idle);
    const Result<QStringList> added = generation->generate(shotIds);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QCOMPARE(added->size(), 2);
    QVERIFY2(generation->usesEmulator(), "no key, yet not the emulator");
    const QString name = QStringLiteral("emulator-") + profile;
    QCOMPARE(generation->providerName(), name);
    QVERIFY2(generation->providerDescription().contains(dialect),
             qPrintable(generation->providerDescription()));
    if (!generation->isIdle())
        QVERIFY2(idle.wait(90000), "generation did not finish");
    QString said;
    for (const QList<QVariant> &arguments : messages)
        said += arguments.first().toString() + QLatin1Char('\n');
    // "No API key for Runway: using the built-in emulator speaking Runway's API ..."
    QVERIFY2(forced || said.contains(dialect), qPrintable(said));

    const Result<LoadedProject> onDisk = ProjectFile::load(path);
    QVERIFY(onDisk);
    for (int i = 0; i < shotIds.size(); ++i) {
        const Shot *shot = onDisk->project.shotById(shotIds.at(i));
        QVERIFY(shot);
        QCOMPARE(shot->takes.size(), 1);
        const Take &take = shot->takes.first();
        QVERIFY2(take.status == TakeStatus::Ready,
                 qPrintable(takeStatusKey(take.status) + QLatin1Char(' ') + take.errorMessage +
                            QLatin1Char('\n') + said));
        // The take is a recipe: provider, model, exact request and the provider's job handle.
        QCOMPARE(take.provider, name);
        QCOMPARE(take.model, model);
        QCOMPARE(take.size, size);
        QCOMPARE(take.seconds, durations.at(i));
        QVERIFY2(!take.providerVideoId.isEmpty(), "no job handle");
        QVERIFY2(take.requestJson.contains(model.toUtf8()), take.requestJson.constData());
        const Result<QString> clip = ProjectFile::resolveMediaPath(path, take.clipPath);
        QVERIFY2(clip && QFileInfo::exists(*clip), qPrintable(take.clipPath));
        const double seconds = clipDurationSeconds(*clip);
        QVERIFY2(std::abs(seconds - durations.at(i)) < 0.1,
                 qPrintable(QStringLiteral("%1: %2 s, wanted %3")
                                .arg(*clip)
                                .arg(seconds)
                                .arg(durations.at(i))));
    }
    QCOMPARE(onDisk->project.totalSpentUsd(), 0.0); // the emulator is free
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
