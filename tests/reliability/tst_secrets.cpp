// SPDX-License-Identifier: MIT
// The API key never lands anywhere but the request to its own server: the CLI runs a whole
// plan - generate - export cycle (and a failing one, and one killed midway) with a known fake
// key against the emulator, then every file under a private HOME / XDG tree, the project,
// its media, the exports and every line of output are searched for the key.
#include "io/projectfile.h"
#include "killededitor.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifndef SHOTBRIEF_CLI
// CMake adds this test only where shotbrief-cli is built, and passes its path.
#error "tst_secrets needs SHOTBRIEF_CLI (the path of shotbrief-cli)"
#endif

using namespace ShotBrief;
using ShotBrief::Testing::privateHomeEnvironment;

namespace {

const QByteArray Key = "sk-test-SECRET-1234";
const QByteArray WrongKey = "sk-test-SECRET-WRONG-5678";

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray output;
};

/// Every form in which the key could be written: as is, UTF-16, base64, percent-encoded.
QList<QByteArray> forms(const QByteArray &key)
{
    QByteArray utf16;
    for (const char c : key)
        utf16 += QByteArray(1, c) + QByteArray(1, '\0');
    return {key, utf16, key.toBase64(), key.toPercentEncoding(), key.mid(8)};
}

} // namespace

class tst_Secrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keyIsFoundNowhere();
#if defined(SHOTBRIEF_GUI) || defined(SHOTBRIEF_FULL_BUILD)
    // Only in trees that build the GUI; in the full build it must be there (it fails if not).
    void guiKeepsTheKeyToItself();
#endif

private:
    /// A private HOME (default: under m_dir) and runtime folder; `key` as OPENAI_API_KEY.
    QProcessEnvironment environment(const QByteArray &key, const QString &home = {}) const;
    Run cli(const QStringList &arguments, const QByteArray &key, int timeoutMs = 120000,
            int killAfterMs = -1);
    void expectNoKey(const QByteArray &text, const QString &where);

    QTemporaryDir m_dir;
    QString m_cli;
    QProcess m_emulator;
    QString m_baseUrl;
    QByteArray m_allOutput;
    int m_checkedFiles = 0;
};

QProcessEnvironment tst_Secrets::environment(const QByteArray &key, const QString &home) const
{
    QProcessEnvironment env =
        privateHomeEnvironment(home.isEmpty() ? m_dir.filePath(QStringLiteral("home")) : home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("TMPDIR"), m_dir.filePath(QStringLiteral("tmp")));
    // Qt's network warnings too, so that a key in any of them would show.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.network*.warning=true"));
    if (key.isEmpty())
        env.remove(QStringLiteral("OPENAI_API_KEY"));
    else
        env.insert(QStringLiteral("OPENAI_API_KEY"), QString::fromLatin1(key));
    return env;
}

Run tst_Secrets::cli(const QStringList &arguments, const QByteArray &key, int timeoutMs,
                     int killAfterMs)
{
    QProcess process;
    process.setProcessEnvironment(environment(key));
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    process.start(m_cli, arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs))
        process.kill();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.output = process.readAll();
    m_allOutput += run.output;
    return run;
}

void tst_Secrets::expectNoKey(const QByteArray &text, const QString &where)
{
    for (const QByteArray &form : forms(Key) + forms(WrongKey)) {
        const qsizetype at = text.indexOf(form);
        QVERIFY2(at < 0, qPrintable(QStringLiteral("the key is in %1 at byte %2: ...%3...")
                                        .arg(where)
                                        .arg(at)
                                        .arg(QString::fromUtf8(text.mid(qMax(0, at - 40), 100)))));
    }
}

void tst_Secrets::initTestCase()
{
    m_cli = QStringLiteral(SHOTBRIEF_CLI);
    QVERIFY(m_dir.isValid());
    for (const char *sub : {"home", "runtime", "tmp", "project", "exports"})
        QVERIFY(QDir().mkpath(m_dir.filePath(QLatin1String(sub))));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_emulator.setProcessEnvironment(environment({}));
    m_emulator.setProcessChannelMode(QProcess::MergedChannels);
    m_emulator.start(m_cli, {QStringLiteral("emulator"), QStringLiteral("--port"),
                             QStringLiteral("0"), QStringLiteral("--job-seconds"),
                             QStringLiteral("1"), QStringLiteral("--state-dir"),
                             m_dir.filePath(QStringLiteral("emulator-state")),
                             QStringLiteral("--key"), QString::fromLatin1(Key)});
    QVERIFY2(m_emulator.waitForStarted(10000), qPrintable(m_emulator.errorString()));
    const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    while (m_baseUrl.isEmpty() && timer.elapsed() < 20000) {
        m_emulator.waitForReadyRead(200);
        output += m_emulator.readAll();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch())
            m_baseUrl = match.captured(1);
    }
    m_allOutput += output;
    QVERIFY2(!m_baseUrl.isEmpty(), output.constData());
}

void tst_Secrets::cleanupTestCase()
{
    if (m_emulator.state() != QProcess::NotRunning) {
        m_emulator.terminate();
        if (!m_emulator.waitForFinished(5000))
            m_emulator.kill();
        m_emulator.waitForFinished(5000);
    }
}

void tst_Secrets::keyIsFoundNowhere()
{
    // Plan.
    Project project;
    project.title = QStringLiteral("Secrets");
    for (int i = 0; i < 3; ++i) {
        Shot shot;
        shot.id = newId();
        shot.label = QStringLiteral("%1A").arg(i + 1);
        shot.sceneProse = QStringLiteral("A lantern sways in the rain, shot %1.").arg(i + 1);
        shot.durationSeconds = 4;
        shot.model = QStringLiteral("sora-2");
        shot.size = QStringLiteral("1280x720");
        project.shots << shot;
    }
    const QString path = m_dir.filePath(QStringLiteral("project/secrets.shotbrief"));
    const QString wrongPath = m_dir.filePath(QStringLiteral("project/wrong-key.shotbrief"));
    QVERIFY(ProjectFile::save(project, path));
    QVERIFY(ProjectFile::save(project, wrongPath));
    const auto generate = [this](const QString &file) {
        return QStringList{QStringLiteral("generate"),   file,
                           QStringLiteral("--base-url"), m_baseUrl,
                           QStringLiteral("--poll-ms"),  QStringLiteral("100")};
    };

    // A wrong key first: the 401 is reported without either key. (Bounded: under load the
    // command was once seen waiting on a second create after the 401; see the report.)
    const Run refused = cli(generate(wrongPath), WrongKey, 60000, 30000);
    QVERIFY2(refused.output.contains("401"), refused.output.constData());
    // Killed in the middle: whatever it left behind is checked below.
    const Run killed = cli(generate(path), Key, 60000, 700);
    Q_UNUSED(killed);
    // The real run, to the end.
    const Run generated = cli(generate(path), Key);
    QVERIFY2(generated.exitCode == 0, generated.output.constData());
    const Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY(loaded.hasValue());
    int ready = 0;
    for (const Shot &shot : loaded->project.shots) {
        for (const Take &take : shot.takes)
            ready += take.status == TakeStatus::Ready;
    }
    QVERIFY2(ready == 3, "generation did not finish: the key test would prove nothing");

    // Inspect and export in every format.
    for (const QString &command : {QStringLiteral("lint"), QStringLiteral("prompt"),
                                   QStringLiteral("estimate"), QStringLiteral("validate")}) {
        const Run run = cli({command, path}, Key);
        QVERIFY2(!run.crashed, qPrintable(command));
    }
    const Run help = cli({QStringLiteral("export"), QStringLiteral("--help")}, Key);
    const QRegularExpressionMatch formats =
        QRegularExpression(QStringLiteral("--format ([a-z0-9_|-]+)"))
            .match(QString::fromUtf8(help.output));
    QStringList keys =
        formats.hasMatch() ? formats.captured(1).split(QLatin1Char('|')) : QStringList{};
    QVERIFY2(!keys.isEmpty(), help.output.constData());
    for (const QString &format : std::as_const(keys)) {
        const Run run =
            cli({QStringLiteral("export"), path, QStringLiteral("--format"), format,
                 QStringLiteral("-o"), m_dir.filePath(QStringLiteral("exports/out-") + format)},
                Key);
        QVERIFY2(run.exitCode == 0,
                 qPrintable(format + QLatin1String(": ") + QString::fromUtf8(run.output)));
    }

    // The emulator knew the key (it checks it); stop it so that its files are complete.
    cleanupTestCase();
    m_allOutput += m_emulator.readAll();
    expectNoKey(m_allOutput, QStringLiteral("the output of the CLI or the emulator"));

    // Every file anywhere under the private tree: HOME, XDG dirs, TMPDIR, project, media,
    // exports, the emulator's state.
    QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        expectNoKey(in.readAll(), file);
        ++m_checkedFiles;
    }
    QVERIFY2(m_checkedFiles > 10, "too few files: the run cannot have written what it should");
    qInfo("%d files and %lld bytes of output searched; %d takes ready", m_checkedFiles,
          qint64(m_allOutput.size()), ready);
}

#if defined(SHOTBRIEF_GUI) || defined(SHOTBRIEF_FULL_BUILD)
void tst_Secrets::guiKeepsTheKeyToItself()
{
#ifndef SHOTBRIEF_GUI
    QFAIL("the full build has no shotbrief target (SHOTBRIEF_GUI is not defined)");
#else
    // The GUI, offscreen, opens a project with the key in its environment, autosaves and
    // writes its settings, and is killed: its settings, the project folder and its output
    // hold no key.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project;
    project.title = QStringLiteral("GUI secrets");
    Shot shot;
    shot.id = newId();
    shot.label = QStringLiteral("1");
    shot.durationSeconds = 4;
    project.shots << shot;
    const QString path = dir.filePath(QStringLiteral("gui.shotbrief"));
    QVERIFY(ProjectFile::save(project, path));
    const QString home = dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    QProcess gui;
    gui.setProcessEnvironment(environment(Key, home));
    gui.setProcessChannelMode(QProcess::MergedChannels);
    gui.start(QStringLiteral(SHOTBRIEF_GUI), {path});
    QVERIFY2(gui.waitForStarted(10000), qPrintable(gui.errorString()));
    // Long enough to show the window, open the project and write the recent-files setting.
    QElapsedTimer timer;
    timer.start();
    const QString settings = home + QStringLiteral("/.config/ShotBrief/ShotBrief.conf");
    while (!QFile::exists(settings) && timer.elapsed() < 20000 && gui.state() == QProcess::Running)
        gui.waitForFinished(200);
    gui.kill();
    gui.waitForFinished(5000);
    const QByteArray output = gui.readAll();
    expectNoKey(output, QStringLiteral("the GUI's output"));
    QVERIFY2(QFile::exists(settings), output.constData());
    int files = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        expectNoKey(in.readAll(), file);
        ++files;
    }
    qInfo("GUI: %d files searched", files);
#endif
}
#endif

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
