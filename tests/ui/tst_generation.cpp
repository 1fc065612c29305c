// SPDX-License-Identifier: MIT
#include "ui/generationcontroller.h"
#include "ui/mainwindow.h"
#include "ui/takespanel.h"

#include "api/credentialstore.h"
#include "api/providerfactory.h"
#include "api/providerprofile.h"
#include "api/videoprovider.h"
#include "document/projectdocument.h"
#include "emulator/emulatorserver.h"
#include "io/projectfile.h"

#include "../core/api/clipduration.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>

using namespace ShotBrief;

namespace {

/// Tests open one project after another: unsaved edits are dropped without a dialog.
void neverAskToSave(MainWindow &window)
{
    window.askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
}

} // namespace

/// Generation from the takes panel against the built-in emulator, started in-process.
class tst_Generation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generateThroughEachAdapter_data();
    void generateThroughEachAdapter();
    void realProfileWhenAvailable_data();
    void realProfileWhenAvailable();
    void generateOnEmulatorAndCircle();
    void unsavedProjectIsRefused();
    void outcomeUnknownCountsAsGenerated();
    void preflightRefusesBeforeSending();
    void failedTakeIsReportedInFull();
    void takesPanelNamesEachTakesProvider();

private:
    /// The sample project switched to `profile`, its first shots at `durations`; the path.
    QString writeProject(const QString &profile, const QString &model, const QString &size,
                         const QList<int> &durations, QStringList *shotIds);

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
    for (const char *variable : {"OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "RUNWAYML_API_SECRET",
                                 "LITELLM_API_KEY", "OPENROUTER_API_KEY"})
        qunsetenv(variable);
    qputenv("SHOTBRIEF_NO_KEYCHAIN", "1");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_generation"));
    QSettings().clear();
}

QString tst_Generation::writeProject(const QString &profile, const QString &model,
                                     const QString &size, const QList<int> &durations,
                                     QStringList *shotIds)
{
    Result<LoadedProject> sample =
        ProjectFile::load(QStringLiteral(SHOTBRIEF_TEST_DATA "/night-market.shotbrief"));
    if (!sample)
        return {};
    Project project = sample->project;
    project.format.provider = profile;
    project.format.model = model;
    project.format.size = size;
    for (int i = 0; i < durations.size(); ++i) {
        project.shots[i].durationSeconds = durations.at(i);
        project.shots[i].model.clear();
        project.shots[i].size.clear();
        project.shots[i].takes.clear();
        project.shots[i].circledTakeId.clear();
        *shotIds << project.shots.at(i).id;
    }
    const QString path =
        m_dir.filePath(QStringLiteral("%1-%2/adapter.shotbrief")
                           .arg(profile, QString::fromLatin1(QTest::currentDataTag())
                                             .replace(QLatin1Char(' '), QLatin1Char('-'))));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !ProjectFile::save(project, path))
        return {};
    return path;
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
    QTest::newRow("openrouter") << QStringLiteral("openrouter") << QStringLiteral("google/veo-3.1")
                                << QStringLiteral("1280x720") << QList<int>{4, 8}
                                << QStringLiteral("OpenRouter's API");
}

void tst_Generation::generateThroughEachAdapter()
{
    QFETCH(QString, profile);
    QFETCH(QString, model);
    QFETCH(QString, size);
    QFETCH(QList<int>, durations);
    QFETCH(QString, dialect);

    QStringList shotIds;
    const QString path = writeProject(profile, model, size, durations, &shotIds);
    QVERIFY(!path.isEmpty());

    MainWindow window;
    neverAskToSave(window);
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

void tst_Generation::realProfileWhenAvailable_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QByteArray>("entry"); // providers.json entry; %1 = where the server is
    QTest::addColumn<QString>("keyVariable");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QList<int>>("durations");
    QTest::addColumn<bool>("billed");
    // A ComfyUI that answers on loopback is used as it is: no key, no stand-in.
    QTest::newRow("comfyui answering")
        << QStringLiteral("comfyui")
        << QByteArray(R"({"name": "comfyui", "adapter": "comfyui", "base_url": "%1",
            "auth": "none", "models": [{"id": "ltxv-2b", "durations": [2, 3, 4, 5],
            "sizes": ["768x512"]}]})")
        << QString() << QStringLiteral("ltxv-2b") << QStringLiteral("768x512") << QList<int>{2, 3}
        << false;
    // With a key the configured provider is used (here a server speaking Runway's API).
    QTest::newRow("runway with a key")
        << QStringLiteral("runway")
        << QByteArray(R"({"name": "runway", "adapter": "runway", "base_url": "%1/v1",
            "key_env": "RUNWAYML_API_SECRET", "models": [{"id": "gen4.5",
            "durations": [2, 3, 4, 5], "sizes": ["1280x720"]}]})")
        << QStringLiteral("RUNWAYML_API_SECRET") << QStringLiteral("gen4.5")
        << QStringLiteral("1280x720") << QList<int>{2, 3} << true;
    // OpenRouter with a key: billed, and each job's usage.cost goes into the ledger.
    QTest::newRow("openrouter with a key")
        << QStringLiteral("openrouter")
        << QByteArray(R"({"name": "openrouter", "adapter": "openrouter", "base_url": "%1/api/v1",
            "key_env": "OPENROUTER_API_KEY", "catalog": "openrouter", "models": [{"id":
            "alibaba/wan-2.6", "durations": [5, 10, 15], "sizes": ["1280x720"],
            "resolutions": ["720p"], "usd_per_second": 0.04}]})")
        << QStringLiteral("OPENROUTER_API_KEY") << QStringLiteral("alibaba/wan-2.6")
        << QStringLiteral("1280x720") << QList<int>{5, 10} << true;
}

void tst_Generation::realProfileWhenAvailable()
{
    QFETCH(QString, profile);
    QFETCH(QByteArray, entry);
    QFETCH(QString, keyVariable);
    QFETCH(QString, model);
    QFETCH(QString, size);
    QFETCH(QList<int>, durations);
    QFETCH(bool, billed);

    // The provider's server: an emulator apart from the window's (that one never starts).
    const QString key = QStringLiteral("rw-gui-test-key-31");
    EmulatorConfig config;
    config.stateDir = m_dir.filePath(profile + QStringLiteral("-server"));
    config.jobSeconds = 0.3;
    config.requiredKey = key;
    EmulatorServer server(config);
    QVERIFY(server.listen() != 0);
    const QString settings = ProviderProfiles::defaultSettingsPath();
    QVERIFY(QDir().mkpath(QFileInfo(settings).absolutePath()));
    QFile file(settings);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(R"({"providers": [)") +
               QString::fromUtf8(entry).arg(server.rootUrl().toString()).toUtf8() + "]}");
    file.close();
    const auto restore = qScopeGuard([settings, keyVariable] {
        QFile::remove(settings);
        if (!keyVariable.isEmpty())
            qunsetenv(keyVariable.toLatin1().constData());
    });
    if (!keyVariable.isEmpty())
        qputenv(keyVariable.toLatin1().constData(), key.toUtf8());

    QStringList shotIds;
    const QString path = writeProject(profile, model, size, durations, &shotIds);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    neverAskToSave(window);
    QVERIFY(window.openFile(path));
    GenerationController *generation = window.generation();
    generation->setPollIntervalMs(50);
    QSignalSpy idle(generation, &GenerationController::idle);
    const Result<QStringList> added = generation->generate(shotIds);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QVERIFY2(!generation->usesEmulator(), qPrintable(generation->providerDescription()));
    QCOMPARE(generation->providerName(), profile);
    // Runway and OpenRouter bill; a ComfyUI (its profile here declares no prices) records no
    // cost.
    QCOMPARE(generation->providerDescription().contains(QStringLiteral("billed")), billed);
    if (!generation->isIdle())
        QVERIFY2(idle.wait(90000), "generation did not finish");
    QCOMPARE(server.stats().creates, 2);
    for (const QString &id : shotIds) {
        const Shot *shot = window.document()->project().shotById(id);
        QCOMPARE(shot->takes.size(), 1);
        QVERIFY2(shot->takes.first().status == TakeStatus::Ready,
                 qPrintable(shot->takes.first().errorMessage));
        QCOMPARE(shot->takes.first().provider, profile);
        // What OpenRouter charged sits beside the estimate in the ledger.
        const SpendEntry *spend =
            window.document()->project().spendEntryFor(shot->takes.first().id);
        QCOMPARE(spend && spend->actualUsd.has_value(), profile == QLatin1String("openrouter"));
    }
}

void tst_Generation::generateOnEmulatorAndCircle()
{
    const QString path = m_dir.filePath(QStringLiteral("gen.shotbrief"));
    QVERIFY(QFile::copy(QStringLiteral(SHOTBRIEF_TEST_DATA "/night-market.shotbrief"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    MainWindow window;
    neverAskToSave(window);
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
    neverAskToSave(window);
    window.document()->insertNewShot(-1);
    const Result<QStringList> added =
        window.generation()->generate({window.document()->project().shots.first().id});
    QVERIFY2(!added, "generation started for a project with no media folder");
    QVERIFY(window.document()->project().shots.first().takes.isEmpty());
}

void tst_Generation::outcomeUnknownCountsAsGenerated()
{
    // Shot 1 has a take whose create may have been paid for (Runway lost the answer), shot 2 a
    // plainly failed one: "generate all ungenerated" may only pay for shot 2 again.
    Result<LoadedProject> sample =
        ProjectFile::load(QStringLiteral(SHOTBRIEF_TEST_DATA "/night-market.shotbrief"));
    QVERIFY(sample);
    Project project = sample->project;
    for (int i = 0; i < project.shots.size(); ++i) {
        project.shots[i].takes.clear();
        project.shots[i].circledTakeId.clear();
        Take take;
        take.id = newId();
        take.provider = QStringLiteral("runway");
        take.status = TakeStatus::Failed;
        take.errorCode = i == 0 ? outcomeUnknownCode() : QStringLiteral("SAFETY.INPUT.TEXT");
        project.shots[i].takes << take;
    }
    // A shot cut from the edit is not generated by "all" either.
    project.shots.last().cut = true;
    const QString path = m_dir.filePath(QStringLiteral("unknown/unknown.shotbrief"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(ProjectFile::save(project, path));
    MainWindow window;
    neverAskToSave(window);
    QVERIFY(window.openFile(path));
    const QStringList ungenerated = window.generation()->ungeneratedShots();
    QVERIFY2(!ungenerated.contains(project.shots.at(0).id), "the unknown take is paid twice");
    QVERIFY(ungenerated.contains(project.shots.at(1).id));
    QVERIFY2(!ungenerated.contains(project.shots.last().id), "a cut shot is generated");
    QCOMPARE(ungenerated.size(), project.shots.size() - 2);
}

namespace {

/// The sample copied to `name`, opened in `window` with the emulator forced and quick.
bool openOnEmulator(MainWindow &window, const QString &path)
{
    if (!QFile::copy(QStringLiteral(SHOTBRIEF_TEST_DATA "/night-market.shotbrief"), path))
        return false;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    neverAskToSave(window);
    if (!window.openFile(path))
        return false;
    window.generation()->setForceEmulator(true);
    window.generation()->setEmulatorJobSeconds(0.3);
    window.generation()->setPollIntervalMs(50);
    return true;
}

void selectShot(MainWindow &window, int row)
{
    window.selectionModel()->setCurrentIndex(window.selectionModel()->model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect);
}

} // namespace

void tst_Generation::preflightRefusesBeforeSending()
{
    MainWindow window;
    QVERIFY(openOnEmulator(window, m_dir.filePath(QStringLiteral("preflight.shotbrief"))));
    // Shot 2 at 6 s: sora-2 makes 4, 8 and 12 s clips (the issue's case).
    ProjectDocument *document = window.document();
    const QString sixSeconds = document->project().shots.at(1).id;
    document->setShotDuration(sixSeconds, 6);
    QStringList shown;
    int answer = QMessageBox::Cancel;
    window.askPreflight = [&shown, &answer](QMessageBox &box) {
        shown << box.text() + QLatin1Char('\n') + box.informativeText();
        return answer;
    };

    // Generate Shot: refused with the shot, the reason and the fix; nothing is made.
    selectShot(window, 1);
    window.takesPanel()->generateButton()->click();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QLatin1String("Nothing was sent")), qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QLatin1String("Shot 2: sora-2 does not make 6-second clips")),
             qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QLatin1String("Fix: ")), qPrintable(shown.first()));
    QVERIFY(document->project().shotById(sixSeconds)->takes.isEmpty());
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Nothing was sent")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY2(window.generation()->isIdle(), "something was started");

    // Generate All: the others may go; the refused shot is named in the question.
    shown.clear();
    const QStringList ungenerated = window.generation()->ungeneratedShots();
    QVERIFY(ungenerated.contains(sixSeconds));
    QSignalSpy idle(window.generation(), &GenerationController::idle);
    answer = QMessageBox::Yes;
    window.generateAllAction()->trigger();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QLatin1String("1 shot will not be sent")) ||
                 shown.first().contains(QLatin1String("1 shot(s) will not be sent")),
             qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(QLatin1String("Shot 2")), qPrintable(shown.first()));
    if (!window.generation()->isIdle())
        QVERIFY2(idle.wait(90000), "generation did not finish");
    for (const QString &id : ungenerated) {
        const Shot *shot = document->project().shotById(id);
        QCOMPARE(shot->takes.isEmpty(), id == sixSeconds);
    }
}

void tst_Generation::failedTakeIsReportedInFull()
{
    MainWindow window;
    QVERIFY(openOnEmulator(window, m_dir.filePath(QStringLiteral("failing.shotbrief"))));
    // A first frame deleted from the media folder after the shot passed the preflight (which
    // refuses a missing one) fails the take before anything is sent.
    ProjectDocument *document = window.document();
    const QString plate = ProjectFile::mediaFolderFor(document->filePath()) +
                          QStringLiteral("/refs/vanished-plate.png");
    QVERIFY(QDir().mkpath(QFileInfo(plate).absolutePath()));
    QImage picture(1280, 720, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QVERIFY(picture.save(plate));
    Shot shot = document->project().shots.at(1);
    shot.referenceImage = QStringLiteral("refs/vanished-plate.png");
    document->editShot(shot.id, shot, ShotField::ReferenceImage, false);
    QStringList refused;
    window.askPreflight = [&refused](QMessageBox &box) {
        refused << box.text();
        return int(QMessageBox::Cancel);
    };
    // The queue adds the take at once and sends it on a later turn of the event loop.
    const QMetaObject::Connection vanish =
        connect(document, &ProjectDocument::takeChanged, [&plate] { QFile::remove(plate); });
    selectShot(window, 1);
    QSignalSpy idle(window.generation(), &GenerationController::idle);
    window.takesPanel()->generateButton()->click();
    disconnect(vanish);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.join(QLatin1Char('\n'))));
    QVERIFY(!QFile::exists(plate));
    if (!window.generation()->isIdle())
        QVERIFY2(idle.wait(90000), "generation did not finish");
    const Take take = document->project().shotById(shot.id)->takes.value(0);
    QCOMPARE(take.status, TakeStatus::Failed);

    // The status bar says "failed", naming the shot and the take; not "finished" alone.
    const QString status = window.statusBar()->currentMessage();
    QVERIFY2(status.contains(QLatin1String("failed")) && status.contains(QLatin1String("Shot 2")) &&
                 status.contains(QLatin1String("Take 1")),
             qPrintable(status));
    // The error in full: the cell's tooltip and the details view.
    QTreeWidget *takes = window.takesPanel()->takesView();
    QCOMPARE(takes->topLevelItemCount(), 1);
    const int errorColumn = takes->columnCount() - 1;
    QCOMPARE(takes->topLevelItem(0)->toolTip(errorColumn), take.errorMessage);
    takes->setCurrentItem(takes->topLevelItem(0));
    const QString details = window.takesPanel()->detailsView()->toPlainText();
    QVERIFY2(details.contains(take.errorMessage), qPrintable(details));
    QVERIFY2(take.errorMessage.contains(QLatin1String("vanished-plate.png")),
             qPrintable(take.errorMessage));
    QVERIFY2(!take.errorMessage.contains(QLatin1String("refs/")), "a media path in a message");
}

void tst_Generation::takesPanelNamesEachTakesProvider()
{
    MainWindow window;
    QVERIFY(openOnEmulator(window, m_dir.filePath(QStringLiteral("moved.shotbrief"))));
    ProjectDocument *document = window.document();
    selectShot(window, 1);
    QSignalSpy idle(window.generation(), &GenerationController::idle);
    window.takesPanel()->generateButton()->click();
    if (!window.generation()->isIdle())
        QVERIFY2(idle.wait(90000), "generation did not finish");

    // The project moves to Runway: the take still says what made it, the project says Runway.
    FormatDefaults format = document->project().format;
    format.provider = QStringLiteral("runway");
    document->setProjectSettings(format, document->project().spendingCapUsd);
    TakesPanel *panel = window.takesPanel();
    QVERIFY2(panel->projectProviderLabel()->text().contains(QLatin1String("Runway")),
             qPrintable(panel->projectProviderLabel()->text()));
    QTreeWidget *takes = panel->takesView();
    QCOMPARE(takes->topLevelItemCount(), 1);
    QString providerCell;
    for (int c = 0; c < takes->columnCount(); ++c) {
        if (takes->headerItem()->text(c) == QLatin1String("Provider"))
            providerCell = takes->topLevelItem(0)->text(c);
    }
    QCOMPARE(providerCell, QStringLiteral("Built-in emulator"));
    // What Generate would use now is the project's provider, not the emulator of before.
    QVERIFY2(window.generation()->providerDescription().contains(QLatin1String("Runway")),
             qPrintable(window.generation()->providerDescription()));
    QVERIFY2(!window.generation()->usesEmulator(), "still the queue of the old provider");
}

QTEST_MAIN(tst_Generation)
#include "tst_generation.moc"
