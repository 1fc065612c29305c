// SPDX-License-Identifier: MIT
// kill -9 the generating CLI at random (seeded) moments, re-run it until done: every shot
// ends with exactly one ready take whose clip plays for the shot's duration, and the
// emulator was asked to create exactly one job per shot. One row per adapter: the OpenAI
// Videos API (--base-url), and Runway and ComfyUI through a providers file (--providers,
// --profile) against the same out-of-process emulator, which speaks all three dialects.
#include "api/providerprofile.h"
#include "io/projectfile.h"

#include "../../core/api/clipduration.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

namespace {

constexpr int ShotCount = 12;
constexpr int ShotSeconds = 4;
constexpr int MinimumKills = 10;
#ifndef SHOTBRIEF_FINISH_MS
#define SHOTBRIEF_FINISH_MS 90000
#endif

struct Executables
{
    QString cli;
    QStringList cliPrefix; ///< Arguments before "generate" args ("generate").
    QString emulator;
    QStringList emulatorPrefix;
};

Executables locate()
{
    Executables found;
    found.cli = QStringLiteral(SHOTBRIEF_CLI);
    found.cliPrefix = {QStringLiteral("generate")};
    found.emulator = QStringLiteral(SHOTBRIEF_EMULATOR);
    return found;
}

QProcessEnvironment cliEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No real key may reach the emulator, and no keychain is needed.
    environment.remove(QStringLiteral("OPENAI_API_KEY"));
    environment.insert(QStringLiteral("SHOTBRIEF_NO_KEYCHAIN"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return environment;
}

} // namespace

class tst_GenerateCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void killedRunsNeverPayTwice_data();
    void killedRunsNeverPayTwice();

private:
    bool startEmulator(const QString &faults, const QString &stateDir);
    QString writeProject(const QString &name, const QString &adapter);
    QString writeProviders(const QString &name);
    QJsonObject emulatorStats();

    Executables m_exe;
    QTemporaryDir m_dir;
    QProcess m_emulator;
    QUrl m_baseUrl;
};

void tst_GenerateCrash::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty())
        QFAIL("ffmpeg and ffprobe are needed: run make deps");
    QVERIFY(m_dir.isValid());
    m_exe = locate();
    qInfo("CLI: %s; emulator: %s", qPrintable(m_exe.cli), qPrintable(m_exe.emulator));
}

bool tst_GenerateCrash::startEmulator(const QString &faults, const QString &stateDir)
{
    QStringList arguments =
        m_exe.emulatorPrefix +
        QStringList{QStringLiteral("--port"),        QStringLiteral("0"),
                    QStringLiteral("--job-seconds"), QStringLiteral("1"),
                    QStringLiteral("--state-dir"),   stateDir,
                    QStringLiteral("--key"),         ProviderProfiles::emulatorKey()};
    if (!faults.isEmpty())
        arguments << QStringLiteral("--faults") << faults;
    m_emulator.setProcessChannelMode(QProcess::MergedChannels);
    m_emulator.start(m_exe.emulator, arguments);
    if (!m_emulator.waitForStarted(10000))
        return false;
    const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    m_baseUrl = QUrl();
    while (!m_baseUrl.isValid() && timer.elapsed() < 15000) {
        m_emulator.waitForReadyRead(200);
        output += m_emulator.readAll();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch())
            m_baseUrl = QUrl(match.captured(1));
    }
    if (!m_baseUrl.isValid())
        qWarning("%s", output.constData());
    return m_baseUrl.isValid();
}

void tst_GenerateCrash::cleanup()
{
    if (m_emulator.state() != QProcess::NotRunning) {
        m_emulator.terminate();
        if (!m_emulator.waitForFinished(5000))
            m_emulator.kill();
        m_emulator.waitForFinished(5000);
    }
}

QString tst_GenerateCrash::writeProviders(const QString &name)
{
    // Custom profiles pointing at the emulator: Runway under /v1, ComfyUI at the root.
    const QString root = m_baseUrl.toString().chopped(3);
    const QByteArray json = QStringLiteral(R"({"providers": [
        {"name": "rw", "adapter": "runway", "base_url": "%1", "key_env": "SHOTBRIEF_TEST_KEY",
         "models": [{"id": "gen4.5", "durations": [2, 4, 6, 8, 10], "sizes": ["1280x720"]}]},
        {"name": "comfy", "adapter": "comfyui", "base_url": "%2", "auth": "none",
         "key_env": "SHOTBRIEF_TEST_KEY",
         "models": [{"id": "ltxv-2b", "durations": [2, 3, 4, 5], "sizes": ["768x512"]}]}]})")
                                .arg(m_baseUrl.toString(), root)
                                .toUtf8();
    const QString path = m_dir.filePath(name + QStringLiteral("/providers.json"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return {};
    return path;
}

QString tst_GenerateCrash::writeProject(const QString &name, const QString &adapter)
{
    Project project;
    project.title = QStringLiteral("Crash test");
    project.format.provider = QStringLiteral("emulator");
    for (int i = 0; i < ShotCount; ++i) {
        Shot shot;
        shot.id = newId();
        shot.label = QStringLiteral("%1A").arg(i + 1);
        shot.sceneProse = QStringLiteral("Shot %1 of a rainy night market.").arg(i + 1);
        shot.durationSeconds = ShotSeconds;
        shot.model = adapter == QLatin1String("runway")    ? QStringLiteral("gen4.5")
                     : adapter == QLatin1String("comfyui") ? QStringLiteral("ltxv-2b")
                                                           : QStringLiteral("sora-2");
        shot.size = adapter == QLatin1String("comfyui") ? QStringLiteral("768x512")
                                                        : QStringLiteral("1280x720");
        project.shots << shot;
    }
    const QString path = m_dir.filePath(name + QStringLiteral("/crash.shotbrief"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    const Result<void> saved = ProjectFile::save(project, path);
    return saved ? path : QString();
}

QJsonObject tst_GenerateCrash::emulatorStats()
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(m_baseUrl.toString() + QStringLiteral("/emulator/stats")));
    request.setRawHeader("Authorization", "Bearer " + ProviderProfiles::emulatorKey().toUtf8());
    QNetworkReply *reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return stats;
}

void tst_GenerateCrash::killedRunsNeverPayTwice_data()
{
    QTest::addColumn<QString>("adapter");
    QTest::addColumn<QString>("faults");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("clean server") << QStringLiteral("openai-videos") << QString() << 20261125u;
    // Lost create answers (the job is made, the answer never comes), 429s and cut downloads.
    QTest::newRow("faulty server")
        << QStringLiteral("openai-videos")
        << QStringLiteral("lost:prob=0.25:count=0,429:on=create:prob=0.2:count=0:retry=1,"
                          "drop:on=download:prob=0.2:count=0,503:on=retrieve:prob=0.1:count=0,"
                          "seed=7")
        << 77u;
    // Runway cannot list tasks: a take killed between "submitting" and its task id fails as
    // outcome-unknown, asking the user to check the dashboard, instead of paying twice.
    QTest::newRow("runway, clean server") << QStringLiteral("runway") << QString() << 4242u;
    // ComfyUI finds lost prompts again through /queue and /history.
    QTest::newRow("comfyui, faulty server")
        << QStringLiteral("comfyui")
        << QStringLiteral("lost:prob=0.25:count=0,429:on=create:prob=0.2:count=0:retry=1,"
                          "drop:on=download:prob=0.2:count=0,503:on=retrieve:prob=0.1:count=0,"
                          "seed=9")
        << 99u;
}

void tst_GenerateCrash::killedRunsNeverPayTwice()
{
    QFETCH(QString, adapter);
    QFETCH(QString, faults);
    QFETCH(quint32, seed);
    const bool canList = adapter != QLatin1String("runway");
    const QString row =
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    QVERIFY(startEmulator(faults, m_dir.filePath(row + QStringLiteral("-state"))));
    const QString project = writeProject(row, adapter);
    QVERIFY(!project.isEmpty());
    QStringList arguments = m_exe.cliPrefix + QStringList{project};
    if (adapter == QLatin1String("openai-videos")) {
        arguments << QStringLiteral("--base-url") << m_baseUrl.toString();
    } else {
        const QString providers = writeProviders(row);
        QVERIFY(!providers.isEmpty());
        arguments << QStringLiteral("--providers") << providers << QStringLiteral("--profile")
                  << (adapter == QLatin1String("runway") ? QStringLiteral("rw")
                                                         : QStringLiteral("comfy"));
    }
    arguments << QStringLiteral("--poll-ms") << QStringLiteral("150");
    QProcessEnvironment environment = cliEnvironment(m_dir.path());
    environment.insert(QStringLiteral("SHOTBRIEF_TEST_KEY"), ProviderProfiles::emulatorKey());
    QRandomGenerator random(seed);
    QElapsedTimer total;
    total.start();

    int kills = 0;
    int runs = 0;
    QByteArray lastLog;
    QByteArray allLogs;
    int selfExits = 0; // runs in a row that ended by themselves
    while (kills < MinimumKills) {
        // Once the work is done (or, without a list, only takes left mid-submission remain),
        // every run ends at once: stop killing instead of looping until the time limit.
        if (selfExits >= 3)
            break;
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(m_exe.cli, arguments);
        QVERIFY2(cli.waitForStarted(10000), qPrintable(cli.errorString()));
        ++runs;
        const int lifetimeMs = int(random.bounded(150, 1400));
        if (!cli.waitForFinished(lifetimeMs)) {
            cli.kill(); // SIGKILL: no chance to clean up
            cli.waitForFinished(5000);
            ++kills;
            selfExits = 0;
        } else {
            ++selfExits;
        }
        lastLog = cli.readAll();
        allLogs += lastLog;
        QVERIFY2(cli.exitStatus() == QProcess::CrashExit || cli.exitCode() != 2,
                 lastLog.constData());
        QVERIFY2(total.elapsed() < 100000,
                 qPrintable(QStringLiteral("the crash loop takes too long (%1 runs, %2 kills); "
                                           "last run:\n%3")
                                .arg(runs)
                                .arg(kills)
                                .arg(QString::fromUtf8(lastLog.right(1500)))));
    }

    // What the kills left behind: takes in every state, some of them mid-submission.
    if (const Result<LoadedProject> midway = ProjectFile::load(project)) {
        QMap<QString, int> states;
        for (const Shot &shot : midway->project.shots) {
            for (const Take &take : shot.takes)
                ++states[takeStatusKey(take.status)];
        }
        QStringList summary;
        for (auto it = states.begin(); it != states.end(); ++it)
            summary << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        qInfo("after %d kills: %s; emulator creates so far: %d", kills,
              qPrintable(summary.join(QStringLiteral(", "))),
              emulatorStats().value(QStringLiteral("creates")).toInt());
    }

    // Now let it finish (a run may end early with work left only if something failed).
    int exitCode = -1;
    for (int attempt = 0; attempt < 3 && exitCode != 0; ++attempt) {
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(m_exe.cli, arguments);
        if (!cli.waitForFinished(SHOTBRIEF_FINISH_MS)) {
            cli.kill();
            cli.waitForFinished(5000);
            QVERIFY2(false, cli.readAll().right(3000).constData());
        }
        ++runs;
        exitCode = cli.exitCode();
        lastLog = cli.readAll();
        allLogs += lastLog;
    }
    // Without a list, takes left mid-submission fail as outcome-unknown (never resent) and
    // the run reports them.
    QVERIFY2(exitCode == 0 || !canList, lastLog.constData());
    qInfo("%d runs, %d killed, %lld ms; %lld creates found again by reconciling", runs, kills,
          total.elapsed(), qint64(allLogs.count("already created")));

    const Result<LoadedProject> loaded = ProjectFile::load(project);
    QVERIFY2(loaded.hasValue(), qPrintable(loaded ? QString() : loaded.error().toString()));
    const QString media = ProjectFile::mediaFolderFor(project);
    int readyShots = 0;
    int withJob = 0;
    for (const Shot &shot : loaded->project.shots) {
        QCOMPARE(shot.takes.size(), 1); // never sent again under a new take
        const Take &only = shot.takes.first();
        withJob += only.providerVideoId.isEmpty() ? 0 : 1;
        if (!canList && only.status != TakeStatus::Ready) {
            // Never left in "submitting" for ever: failed as outcome-unknown, never resent.
            QVERIFY2(
                only.status == TakeStatus::Failed &&
                    only.errorCode == QLatin1String("outcome_unknown"),
                qPrintable(QStringLiteral("shot %1: %2 %3")
                               .arg(shot.label, takeStatusKey(only.status), only.errorMessage)));
            continue;
        }
        ++readyShots;
        int ready = 0;
        for (const Take &take : shot.takes) {
            if (take.status != TakeStatus::Ready)
                continue;
            ++ready;
            const QString clip = QDir(media).filePath(take.clipPath);
            const double duration = clipDurationSeconds(clip);
            QVERIFY2(std::abs(duration - shot.durationSeconds) < 0.1,
                     qPrintable(QStringLiteral("%1: %2 s").arg(clip).arg(duration)));
        }
        QVERIFY2(ready == 1, qPrintable(QStringLiteral("shot %1 has %2 ready takes of %3")
                                            .arg(shot.label)
                                            .arg(ready)
                                            .arg(shot.takes.size())));
    }
    QVERIFY2(readyShots >= (canList ? ShotCount : 1), "most shots end ready");
    // Nothing half-written under a final name, and no orphans beside the clips.
    QStringList referenced;
    for (const Shot &shot : loaded->project.shots) {
        for (const Take &take : shot.takes)
            referenced << take.clipPath << take.thumbnailPath << take.spritesheetPath;
    }
    for (const QString &folder : {QStringLiteral("clips"), QStringLiteral("thumbs")}) {
        const QStringList files = QDir(QDir(media).filePath(folder)).entryList(QDir::Files);
        for (const QString &file : files)
            QVERIFY2(referenced.contains(folder + QLatin1Char('/') + file),
                     qPrintable(QStringLiteral("stray file %1/%2").arg(folder, file)));
    }
    const QJsonObject stats = emulatorStats();
    QVERIFY2(stats.contains(QStringLiteral("creates")), QJsonDocument(stats).toJson().constData());
    if (canList) {
        QCOMPARE(stats.value(QStringLiteral("creates")).toInt(), ShotCount);
        QCOMPARE(loaded->project.ledger.size(), ShotCount);
    } else {
        // At most one paid job per shot; every job with a known id is in the ledger once.
        QVERIFY(stats.value(QStringLiteral("creates")).toInt() <= ShotCount);
        QVERIFY(stats.value(QStringLiteral("creates")).toInt() >= withJob);
        QCOMPARE(loaded->project.ledger.size(), withJob);
    }
}

QTEST_GUILESS_MAIN(tst_GenerateCrash)
#include "tst_generatecrash.moc"
