// SPDX-License-Identifier: MIT
// `generate` as a user runs it: argument errors, the spending cap, the offline default
// (an in-process emulator when there is no key), resumable by running it again, and every
// adapter's profile (--profile runway, comfyui, litellm) against a separately started emulator.
#include "emulator/emulatorserver.h"
#include "io/projectfile.h"
#include "prompt/promptcomposer.h"

#include "../../core/api/clipduration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ShotBrief;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_GenerateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badArguments_data();
    void badArguments();
    void spendingCapRefusesBeforeSending_data();
    void spendingCapRefusesBeforeSending();
    void preflightRefusesWhatTheProviderWould();
    void offlineDefaultIsTheEmulatorAndResumes();
    void offlineDefaultSpeaksTheProjectsDialect();
    void keylessProfileAsksForNoKey();
    void sampleThroughEachProfile_data();
    void sampleThroughEachProfile();
    void sampleOfflineThroughOpenRouter();
    void modelsListsAndRefreshesTheCatalog();

private:
    Run run(const QStringList &arguments, const QProcessEnvironment &extra = {});
    /// The same, with the event loop running (for an emulator in this process).
    Run runAsync(const QStringList &arguments, const QProcessEnvironment &extra);
    QProcessEnvironment environment(const QProcessEnvironment &extra) const;
    QString writeProject(const QString &name, int shots, const QString &provider = QString(),
                         const QString &model = QString());

    QString m_program;
    QStringList m_prefix;
    QTemporaryDir m_dir;
};

void tst_GenerateCommand::initTestCase()
{
    m_program = QStringLiteral(SHOTBRIEF_CLI);
    m_prefix = {QStringLiteral("generate")};
    QVERIFY(m_dir.isValid());
}

QProcessEnvironment tst_GenerateCommand::environment(const QProcessEnvironment &extra) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "RUNWAYML_API_SECRET",
                                 "LITELLM_API_KEY", "OPENROUTER_API_KEY"})
        environment.remove(QString::fromLatin1(variable));
    environment.insert(QStringLiteral("SHOTBRIEF_NO_KEYCHAIN"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    return environment;
}

Run tst_GenerateCommand::run(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcess process;
    process.setProcessEnvironment(environment(extra));
    process.start(m_program, m_prefix + arguments);
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run tst_GenerateCommand::runAsync(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcess process;
    process.setProcessEnvironment(environment(extra));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_program, m_prefix + arguments);
    Run result;
    if (!finished.wait(180000)) {
        process.kill();
        process.waitForFinished();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString tst_GenerateCommand::writeProject(const QString &name, int shots, const QString &provider,
                                          const QString &model)
{
    Project project;
    project.title = name;
    if (!provider.isEmpty()) {
        project.format.provider = provider;
        project.format.model = model;
    }
    for (int i = 0; i < shots; ++i) {
        Shot shot;
        shot.id = newId();
        shot.label = QStringLiteral("S%1").arg(i + 1);
        shot.sceneProse = QStringLiteral("Shot %1.").arg(i + 1);
        shot.durationSeconds = 4;
        project.shots << shot;
    }
    const QString path =
        m_dir.filePath(name + QStringLiteral("/") + name + QStringLiteral(".shotbrief"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    return ProjectFile::save(project, path) ? path : QString();
}

void tst_GenerateCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString file = QStringLiteral("@project");
    QTest::newRow("no file") << QStringList{} << QStringLiteral("usage");
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/x.shotbrief")}
                                  << QStringLiteral("x.shotbrief");
    QTest::newRow("unknown shot") << QStringList{file, QStringLiteral("--shots"),
                                                 QStringLiteral("9")}
                                  << QStringLiteral("\"9\"");
    QTest::newRow("bad variants") << QStringList{file, QStringLiteral("--variants"),
                                                 QStringLiteral("zero")}
                                  << QStringLiteral("--variants");
    QTest::newRow("profile at plain http to a remote host")
        << QStringList{file, QStringLiteral("--profile"), QStringLiteral("openrouter"),
                       QStringLiteral("--base-url"), QStringLiteral("http://gw.example/api/v1")}
        << QStringLiteral("TLS");
    QTest::newRow("unknown profile at a base url")
        << QStringList{file, QStringLiteral("--profile"), QStringLiteral("runway-x"),
                       QStringLiteral("--base-url"), QStringLiteral("https://a.example/v1")}
        << QStringLiteral("runway-x");
    QTest::newRow("unknown profile")
        << QStringList{file, QStringLiteral("--profile"), QStringLiteral("runway-x")}
        << QStringLiteral("runway-x");
    QTest::newRow("plain http to a remote host")
        << QStringList{file, QStringLiteral("--base-url"),
                       QStringLiteral("http://api.example.com/v1")}
        << QStringLiteral("TLS");
    QTest::newRow("openai without a key")
        << QStringList{file, QStringLiteral("--profile"), QStringLiteral("openai")}
        << QStringLiteral("OPENAI_API_KEY");
    QTest::newRow("unknown option")
        << QStringList{file, QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
}

void tst_GenerateCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const QString project = writeProject(QStringLiteral("args"), 2);
    arguments.replaceInStrings(QStringLiteral("@project"), project);
    const Run result = run(arguments);
    QVERIFY2(result.exitCode == 2, qPrintable(result.err));
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void tst_GenerateCommand::spendingCapRefusesBeforeSending_data()
{
    QTest::addColumn<int>("shots");
    QTest::addColumn<bool>("lastCut");
    QTest::newRow("two shots") << 2 << false;
    // A shot cut from the edit is not in "all": the estimate is of the other two.
    QTest::newRow("three shots, one cut from the edit") << 3 << true;
}

void tst_GenerateCommand::spendingCapRefusesBeforeSending()
{
    QFETCH(int, shots);
    QFETCH(bool, lastCut);
    // Nothing listens at the URL: a refused batch must not even try to connect.
    const QString project = writeProject(QStringLiteral("cap%1").arg(shots), shots);
    if (lastCut) {
        Result<LoadedProject> loaded = ProjectFile::load(project);
        QVERIFY(loaded.hasValue());
        loaded->project.shots.last().cut = true;
        QVERIFY(ProjectFile::save(loaded->project, project));
    }
    QProcessEnvironment key;
    key.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test-not-real-123456"));
    const Run result =
        run({project, QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1"),
             QStringLiteral("--max-spend"), QStringLiteral("0.5")},
            key);
    QVERIFY2(result.exitCode == 1, qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("$0.80")), qPrintable(result.err));
    QVERIFY2(!result.err.contains(QStringLiteral("sk-test-not-real")), qPrintable(result.err));
    const Result<LoadedProject> loaded = ProjectFile::load(project);
    QVERIFY(loaded.hasValue());
    for (const Shot &shot : loaded->project.shots)
        QVERIFY2(shot.takes.isEmpty(), "a refused batch saves nothing");
}

void tst_GenerateCommand::preflightRefusesWhatTheProviderWould()
{
    // A 6-second shot on sora-2, as the window's Generate refuses it: nothing is sent, the
    // shot is named with why and the fix. Nothing listens at the URL, so a request would fail.
    const QString path = writeProject(QStringLiteral("preflight"), 3);
    Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY(loaded);
    loaded->project.shots[1].durationSeconds = 6;
    loaded->project.shots[1].label = QStringLiteral("Storm\nShot 9: fake line");
    QVERIFY(ProjectFile::save(loaded->project, path));
    QProcessEnvironment key;
    key.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-test-not-real-123456"));
    const Run result =
        run({path, QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1")}, key);
    QVERIFY2(result.exitCode == 1, qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("Nothing was sent")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("6-second")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("Fix: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("--shots")), qPrintable(result.err));
    QVERIFY2(!result.err.contains(QStringLiteral("\nShot 9")), "a label forged a line");
    QVERIFY(result.out.isEmpty());
    const Result<LoadedProject> after = ProjectFile::load(path);
    QVERIFY(after);
    for (const Shot &shot : after->project.shots)
        QVERIFY2(shot.takes.isEmpty(), "no take is made for a refused batch");
}

void tst_GenerateCommand::offlineDefaultIsTheEmulatorAndResumes()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty())
        QFAIL("ffmpeg is needed by the emulator: run make deps");
    const QString project = writeProject(QStringLiteral("offline"), 2);
    const Run first = run({project, QStringLiteral("--poll-ms"), QStringLiteral("100")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.err.contains(QStringLiteral("built-in emulator")), qPrintable(first.err));
    QCOMPARE(first.out.count(QStringLiteral("\tready\t")), 2);

    const Run again = run({project, QStringLiteral("--poll-ms"), QStringLiteral("100")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.err.contains(QStringLiteral("0 new take")), qPrintable(again.err));

    const Run more =
        run({project, QStringLiteral("--shots"), QStringLiteral("S2"), QStringLiteral("--variants"),
             QStringLiteral("2"), QStringLiteral("--poll-ms"), QStringLiteral("100")});
    QVERIFY2(more.exitCode == 0, qPrintable(more.err));
    const Result<LoadedProject> loaded = ProjectFile::load(project);
    QVERIFY(loaded.hasValue());
    QCOMPARE(loaded->project.shots.at(0).takes.size(), 1);
    QCOMPARE(loaded->project.shots.at(1).takes.size(), 2);
    for (const Shot &shot : loaded->project.shots) {
        for (const Take &take : shot.takes) {
            QCOMPARE(take.status, TakeStatus::Ready);
            QCOMPARE(take.provider, QStringLiteral("emulator"));
            QVERIFY(QFileInfo::exists(ProjectFile::mediaFolderFor(project) + QLatin1Char('/') +
                                      take.clipPath));
        }
    }
    QCOMPARE(loaded->project.totalSpentUsd(), 0.0);
}

void tst_GenerateCommand::offlineDefaultSpeaksTheProjectsDialect()
{
    // A Runway project and no key: the emulator stands in, speaking Runway's API to the
    // Runway adapter, and says so; the takes say they came from the emulator.
    const QString project = writeProject(QStringLiteral("runway-offline"), 2,
                                         QStringLiteral("runway"), QStringLiteral("gen4.5"));
    const Run result = run({project, QStringLiteral("--poll-ms"), QStringLiteral("100")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("No API key for Runway")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("Runway's API")), qPrintable(result.err));
    const Result<LoadedProject> loaded = ProjectFile::load(project);
    QVERIFY(loaded);
    for (const Shot &shot : loaded->project.shots) {
        QCOMPARE(shot.takes.size(), 1);
        QCOMPARE(shot.takes.first().status, TakeStatus::Ready);
        QCOMPARE(shot.takes.first().provider, QStringLiteral("emulator-runway"));
        // The take keeps the exact request it sent.
        QVERIFY2(shot.takes.first().requestJson.contains("gen4.5"),
                 shot.takes.first().requestJson.constData());
    }
    QCOMPARE(loaded->project.totalSpentUsd(), 0.0);
}

void tst_GenerateCommand::keylessProfileAsksForNoKey()
{
    // comfyui (auth none) named on the command line, with nothing listening where it points:
    // no key is asked for, and no emulator stands in for a server the user asked for.
    const QString project = writeProject(QStringLiteral("keyless"), 1);
    const QString providers = m_dir.filePath(QStringLiteral("keyless/providers.json"));
    QFile file(providers);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"providers": [{"name": "comfyui", "adapter": "comfyui", "auth": "none",
        "base_url": "http://127.0.0.1:9", "models": [{"id": "ltxv-2b", "durations": [4],
        "sizes": ["768x512"]}]}]})");
    file.close();
    const Run result = run({project, QStringLiteral("--providers"), providers,
                            QStringLiteral("--profile"), QStringLiteral("comfyui")});
    QVERIFY2(result.exitCode == 1, qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("does not answer")), qPrintable(result.err));
    QVERIFY2(!result.err.contains(QStringLiteral("API key")), qPrintable(result.err));
}

void tst_GenerateCommand::sampleThroughEachProfile_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QByteArray>("entry"); // its providers.json entry; %1 = the emulator's base
    QTest::addColumn<QString>("keyVariable");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QList<int>>("durations"); // what the profile allows
    QTest::addColumn<bool>("paid");
    QTest::newRow("runway") << QStringLiteral("runway")
                            << QByteArray(
                                   R"({"name": "runway", "adapter": "runway", "base_url": "%1/v1",
            "key_env": "RUNWAYML_API_SECRET", "models": [{"id": "gen4.5",
            "durations": [2, 3, 4, 5, 6, 7, 8, 9, 10], "sizes": ["1280x720"]}]})")
                            << QStringLiteral("RUNWAYML_API_SECRET") << QStringLiteral("gen4.5")
                            << QStringLiteral("1280x720") << QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10}
                            << true;
    QTest::newRow("comfyui") << QStringLiteral("comfyui")
                             << QByteArray(
                                    R"({"name": "comfyui", "adapter": "comfyui", "base_url": "%1",
            "auth": "none", "models": [{"id": "ltxv-2b", "durations": [2, 3, 4, 5],
            "sizes": ["768x512"]}]})")
                             << QString() << QStringLiteral("ltxv-2b") << QStringLiteral("768x512")
                             << QList<int>{2, 3, 4, 5} << false;
    QTest::newRow("openrouter")
        << QStringLiteral("openrouter")
        << QByteArray(R"({"name": "openrouter", "adapter": "openrouter", "base_url": "%1/api/v1",
            "key_env": "OPENROUTER_API_KEY", "catalog": "openrouter", "models": [{"id":
            "alibaba/wan-2.6", "durations": [5, 10, 15], "sizes": ["1280x720"],
            "resolutions": ["720p", "1080p"], "first_frame": true, "usd_per_second": 0.04}]})")
        << QStringLiteral("OPENROUTER_API_KEY") << QStringLiteral("alibaba/wan-2.6")
        << QStringLiteral("1280x720") << QList<int>{5, 10, 15} << true;
    QTest::newRow("litellm")
        << QStringLiteral("litellm")
        << QByteArray(R"({"name": "litellm", "adapter": "openai-videos", "base_url": "%1/v1",
            "key_env": "LITELLM_API_KEY", "models": [{"id": "vertex_ai/veo-3.0-generate-preview",
            "durations": [4, 6, 8], "sizes": ["1280x720"]}]})")
        << QStringLiteral("LITELLM_API_KEY") << QStringLiteral("vertex_ai/veo-3.0-generate-preview")
        << QStringLiteral("1280x720") << QList<int>{4, 6, 8} << false;
}

void tst_GenerateCommand::sampleThroughEachProfile()
{
    QFETCH(QString, profile);
    QFETCH(QByteArray, entry);
    QFETCH(QString, keyVariable);
    QFETCH(QString, model);
    QFETCH(QString, size);
    QFETCH(QList<int>, durations);
    QFETCH(bool, paid);
    for (const char *tool : {"ffmpeg", "ffprobe"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL("ffmpeg and ffprobe are needed by the emulator: run make deps");
    }

    // The emulator runs apart from the CLI, as a user's server would; only this key opens it.
    const QString key = QStringLiteral("sk-cli-profile-test-") + profile;
    EmulatorConfig config;
    config.stateDir = m_dir.filePath(profile + QStringLiteral("-emulator"));
    config.jobSeconds = 0.3;
    config.requiredKey = key;
    EmulatorServer emulator(config);
    QVERIFY(emulator.listen() != 0);

    // providers.json in the configuration folder points the built-in profile at it.
    const QString configDir = m_dir.filePath(QStringLiteral("config/ShotBrief/ShotBrief"));
    QVERIFY(QDir().mkpath(configDir));
    QFile providers(configDir + QStringLiteral("/providers.json"));
    QVERIFY(providers.open(QIODevice::WriteOnly));
    providers.write(QByteArray(R"({"providers": [)") +
                    QString::fromUtf8(entry).arg(emulator.rootUrl().toString()).toUtf8() + "]}");
    providers.close();

    // The sample project, on this provider, each shot at its nearest allowed length.
    Result<LoadedProject> sample = ProjectFile::load(QStringLiteral(
        SHOTBRIEF_SOURCE_DIR "/resources/samples/night-market/night-market.shotbrief"));
    QVERIFY(sample);
    Project project = sample->project;
    project.format.provider = profile;
    project.format.model = model;
    project.format.size = size;
    for (Shot &shot : project.shots) {
        int nearest = durations.first();
        for (int allowed : durations) {
            if (std::abs(allowed - shot.durationSeconds) < std::abs(nearest - shot.durationSeconds))
                nearest = allowed;
        }
        shot.durationSeconds = nearest;
        shot.model.clear();
        shot.size.clear();
        shot.referenceImage.clear();
    }
    // Runway reads at most 1000 characters of prompt and the sample's briefs are longer:
    // shorten them as a user would (fewer beats, lines and cast, then a one-sentence scene).
    for (Shot &shot : project.shots) {
        while (profile == QLatin1String("runway") && composePrompt(project, shot).size() > 1000) {
            if (shot.actionBeats.size() > 1)
                shot.actionBeats.removeLast();
            else if (!shot.dialogue.isEmpty())
                shot.dialogue.removeLast();
            else if (shot.castIds.size() > 1)
                shot.castIds.removeLast();
            else if (shot.sceneProse.contains(QLatin1Char('.')))
                shot.sceneProse = shot.sceneProse.section(QLatin1Char('.'), 0, 0);
            else
                QFAIL(qPrintable(
                    QStringLiteral("shot %1 cannot be made short enough").arg(shot.label)));
        }
    }
    const QString path = m_dir.filePath(profile + QStringLiteral("-sample/night-market.shotbrief"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(ProjectFile::save(project, path));

    QProcessEnvironment extra;
    if (!keyVariable.isEmpty())
        extra.insert(keyVariable, key);
    const Run result = runAsync({path, QStringLiteral("--profile"), profile,
                                 QStringLiteral("--poll-ms"), QStringLiteral("100")},
                                extra);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(!result.err.contains(QStringLiteral("built-in emulator")), qPrintable(result.err));
    QCOMPARE(result.out.count(QStringLiteral("\tready\t")), project.shots.size());
    QCOMPARE(emulator.stats().creates, project.shots.size());

    const Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY(loaded);
    const QString media = ProjectFile::mediaFolderFor(path);
    for (const Shot &shot : loaded->project.shots) {
        QCOMPARE(shot.takes.size(), 1);
        const Take &take = shot.takes.first();
        QCOMPARE(take.status, TakeStatus::Ready);
        QCOMPARE(take.provider, profile);
        QCOMPARE(take.model, model);
        QVERIFY2(!take.providerVideoId.isEmpty() && !take.requestJson.isEmpty(),
                 "the take keeps its request and job handle");
        const double seconds = clipDurationSeconds(media + QLatin1Char('/') + take.clipPath);
        QVERIFY2(std::abs(seconds - shot.durationSeconds) < 0.1,
                 qPrintable(QStringLiteral("shot %1: %2 s, wanted %3")
                                .arg(shot.label)
                                .arg(seconds)
                                .arg(shot.durationSeconds)));
    }
    // Runway's price table prices gen4.5; ComfyUI is free; the gateway's model is unpriced.
    QCOMPARE(loaded->project.totalSpentUsd() > 0.0, paid);
    // OpenRouter says what each job cost (usage.cost): the ledger keeps it beside the estimate.
    for (const SpendEntry &entry : loaded->project.ledger)
        QCOMPARE(entry.actualUsd.has_value(), profile == QLatin1String("openrouter"));
    if (profile == QLatin1String("openrouter"))
        QVERIFY2(result.err.contains(QStringLiteral("the provider charged")),
                 qPrintable(result.err));
}

void tst_GenerateCommand::sampleOfflineThroughOpenRouter()
{
    // The sample planned for OpenRouter (Veo 3.1: 4, 6 or 8 s) and no key: the built-in
    // emulator stands in, speaking OpenRouter's API to the OpenRouter adapter; free.
    Result<LoadedProject> sample = ProjectFile::load(QStringLiteral(
        SHOTBRIEF_SOURCE_DIR "/resources/samples/night-market/night-market.shotbrief"));
    QVERIFY(sample);
    Project project = sample->project;
    project.format.provider = QStringLiteral("openrouter");
    project.format.model = QStringLiteral("google/veo-3.1");
    project.format.size = QStringLiteral("1280x720");
    for (Shot &shot : project.shots) {
        shot.durationSeconds = std::clamp(shot.durationSeconds / 2 * 2, 4, 8);
        shot.model.clear();
        shot.size.clear();
    }
    const QString path =
        m_dir.filePath(QStringLiteral("openrouter-offline/night-market.shotbrief"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(ProjectFile::save(project, path));
    const Run result = runAsync({path, QStringLiteral("--poll-ms"), QStringLiteral("100")}, {});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("No API key for OpenRouter")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("OpenRouter's API")), qPrintable(result.err));
    QCOMPARE(result.out.count(QStringLiteral("\tready\t")), project.shots.size());
    const Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY(loaded);
    for (const Shot &shot : loaded->project.shots) {
        QCOMPARE(shot.takes.size(), 1);
        QCOMPARE(shot.takes.first().provider, QStringLiteral("emulator-openrouter"));
        const double seconds = clipDurationSeconds(ProjectFile::mediaFolderFor(path) +
                                                   QLatin1Char('/') + shot.takes.first().clipPath);
        QVERIFY(std::abs(seconds - shot.durationSeconds) < 0.1);
    }
    QCOMPARE(loaded->project.totalSpentUsd(), 0.0);
}

void tst_GenerateCommand::modelsListsAndRefreshesTheCatalog()
{
    const QString providers = m_dir.filePath(QStringLiteral("models/providers.json"));
    QVERIFY(QDir().mkpath(QFileInfo(providers).absolutePath()));
    const auto models = [&](const QStringList &arguments) {
        const QStringList prefix = m_prefix;
        m_prefix = {QStringLiteral("models")};
        const Run result =
            runAsync(arguments + QStringList{QStringLiteral("--providers"), providers}, {});
        m_prefix = prefix;
        return result;
    };

    // As shipped: the catalog that came with ShotBrief.
    const Run shipped = models(
        {QStringLiteral("--profile"), QStringLiteral("openrouter"), QStringLiteral("--json")});
    QVERIFY2(shipped.exitCode == 0, qPrintable(shipped.err));
    const QJsonObject listed = QJsonDocument::fromJson(shipped.out.toUtf8()).object();
    QCOMPARE(listed.value(QStringLiteral("catalog")).toString(), QStringLiteral("openrouter"));
    QVERIFY(listed.value(QStringLiteral("refreshed_at")).isNull());
    QVERIFY(listed.value(QStringLiteral("models")).toArray().size() >= 3);

    // A refresh from a server whose catalog has two models.
    QJsonArray data = QJsonDocument::fromJson([] {
                          QFile file(QStringLiteral(SHOTBRIEF_SOURCE_DIR
                                                    "/resources/openrouter/video-models.json"));
                          return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                      }())
                          .object()
                          .value(QStringLiteral("data"))
                          .toArray();
    QJsonObject wan = data.at(2).toObject();
    QCOMPARE(wan.value(QStringLiteral("id")).toString(), QStringLiteral("alibaba/wan-2.6"));
    wan.insert(QStringLiteral("supported_durations"), QJsonArray{3, 7});
    EmulatorConfig config;
    config.stateDir = m_dir.filePath(QStringLiteral("models-emulator"));
    config.openRouterCatalog =
        QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonArray{wan, data.at(5)}}}).toJson();
    auto emulator = std::make_unique<EmulatorServer>(config);
    QVERIFY(emulator->listen() != 0);
    const QStringList refresh{QStringLiteral("--profile"), QStringLiteral("openrouter"),
                              QStringLiteral("--refresh"), QStringLiteral("--base-url"),
                              emulator->openRouterUrl().toString()};
    const Run refreshed = models(refresh);
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.err));
    QVERIFY2(refreshed.err.contains(QStringLiteral("Refreshed \"openrouter\": 2 model")),
             qPrintable(refreshed.err));
    QVERIFY2(refreshed.out.contains(QStringLiteral("alibaba/wan-2.6\t3,7 s")),
             qPrintable(refreshed.out));
    QCOMPARE(refreshed.out.count(QLatin1Char('\n')), 3); // the heading and two models
    QFile saved(providers);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray kept = saved.readAll();
    saved.close();
    QVERIFY(kept.contains("\"catalogs\""));

    // A catalog that is not JSON: exit 1, said so, and the last good catalog stays.
    emulator.reset();
    config.openRouterCatalog = "<html>maintenance</html>";
    emulator = std::make_unique<EmulatorServer>(config);
    QVERIFY(emulator->listen() != 0);
    const Run bad = models({QStringLiteral("--profile"), QStringLiteral("openrouter"),
                            QStringLiteral("--refresh"), QStringLiteral("--base-url"),
                            emulator->openRouterUrl().toString()});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("web page")) &&
                 bad.err.contains(QStringLiteral("last good")),
             qPrintable(bad.err));
    QVERIFY2(bad.out.contains(QStringLiteral("alibaba/wan-2.6\t3,7 s")), qPrintable(bad.out));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), kept);

    const Run unknown = models({QStringLiteral("--profile"), QStringLiteral("nobody")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("nobody")));
}

QTEST_GUILESS_MAIN(tst_GenerateCommand)
#include "tst_generatecommand.moc"
