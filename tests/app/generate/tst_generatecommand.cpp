// SPDX-License-Identifier: MIT
// `generate` as a user runs it: argument errors, the spending cap, and the offline default
// (an in-process emulator when there is no key), resumable by running it again.
#include "io/projectfile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    void spendingCapRefusesBeforeSending();
    void offlineDefaultIsTheEmulatorAndResumes();

private:
    Run run(const QStringList &arguments, const QProcessEnvironment &extra = {});
    QString writeProject(const QString &name, int shots);

    QString m_program;
    QStringList m_prefix;
    QTemporaryDir m_dir;
};

void tst_GenerateCommand::initTestCase()
{
    const QString cli =
        QStringLiteral(SHOTBRIEF_BINARY_DIR) + QStringLiteral("/app/cli/shotbrief-cli");
    m_program = QFileInfo(cli).isExecutable() ? cli : QStringLiteral(GENERATE_DRIVER);
    m_prefix = {QStringLiteral("generate")};
    QVERIFY(m_dir.isValid());
}

Run tst_GenerateCommand::run(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("OPENAI_API_KEY"));
    environment.remove(QStringLiteral("AZURE_OPENAI_API_KEY"));
    environment.insert(QStringLiteral("SHOTBRIEF_NO_KEYCHAIN"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    QProcess process;
    process.setProcessEnvironment(environment);
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

QString tst_GenerateCommand::writeProject(const QString &name, int shots)
{
    Project project;
    project.title = name;
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
    QTest::newRow("profile and base url")
        << QStringList{file, QStringLiteral("--profile"), QStringLiteral("openai"),
                       QStringLiteral("--base-url"), QStringLiteral("https://a.example/v1")}
        << QStringLiteral("not both");
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

void tst_GenerateCommand::spendingCapRefusesBeforeSending()
{
    // Nothing listens at the URL: a refused batch must not even try to connect.
    const QString project = writeProject(QStringLiteral("cap"), 2);
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

QTEST_GUILESS_MAIN(tst_GenerateCommand)
#include "tst_generatecommand.moc"
