// SPDX-License-Identifier: MIT
// runEmulatorMain in-process for argument errors, and the shotbrief-emulator executable as a
// separate process: announces its URL, serves, and shuts down cleanly on SIGTERM.
#include "emulator/emulatormain.h"
#include "emulatortestclient.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;
using ShotBrief::Testing::TestClient;

class tst_EmulatorMain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badArguments_data();
    void badArguments();
    void helpDocumentsFaults();
    void processServesAndStopsOnSigterm();
    void processReportsBusyPort();

private:
    static QString program();
    static bool programIsBuilt();
};

QString tst_EmulatorMain::program()
{
    return QStringLiteral(SHOTBRIEF_BINARY_DIR "/app/emulator/shotbrief-emulator");
}

namespace {

/// Whether this build tree builds app/: the full build (SHOTBRIEF_ONLY empty) or one whose
/// SHOTBRIEF_ONLY names it. Read from the tree's CMakeCache.txt, which this folder's
/// CMakeLists cannot pass on.
bool appIsPartOfThisBuild()
{
    QFile cache(QStringLiteral(SHOTBRIEF_BINARY_DIR "/CMakeCache.txt"));
    if (!cache.open(QIODevice::ReadOnly))
        return true; // no cache to prove otherwise: expect everything
    while (!cache.atEnd()) {
        const QByteArray line = cache.readLine().trimmed();
        if (!line.startsWith("SHOTBRIEF_ONLY:"))
            continue;
        const QByteArray folders = line.mid(line.indexOf('=') + 1);
        return folders.isEmpty() || folders.split(';').contains("app");
    }
    return true;
}

} // namespace

/// The executable must exist wherever app/ is built: there its absence fails the test. Only a
/// tree configured without app/ skips (honestly: nothing was built to run).
bool tst_EmulatorMain::programIsBuilt()
{
    if (QFileInfo::exists(program()))
        return true;
    if (appIsPartOfThisBuild())
        QTest::qFail(qPrintable(program() + QStringLiteral(" is missing from a build with app/")),
                     __FILE__, __LINE__);
    else
        QTest::qSkip("shotbrief-emulator is not built: SHOTBRIEF_ONLY leaves out app/", __FILE__,
                     __LINE__);
    return false;
}

void tst_EmulatorMain::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown option") << QStringList{"--colour"};
    QTest::newRow("port text") << QStringList{"--port", "eighty"};
    QTest::newRow("port too big") << QStringList{"--port", "70000"};
    QTest::newRow("job seconds negative") << QStringList{"--job-seconds", "-1"};
    QTest::newRow("max running zero") << QStringList{"--max-running", "0"};
    QTest::newRow("bad faults") << QStringList{"--faults", "418"};
}

void tst_EmulatorMain::badArguments()
{
    QFETCH(QStringList, args);
    QCOMPARE(runEmulatorMain(QStringList{QStringLiteral("shotbrief-emulator")} + args), 2);
}

void tst_EmulatorMain::helpDocumentsFaults()
{
    if (!programIsBuilt())
        return;
    QProcess p;
    p.start(program(), {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    for (const char *word : {"--port", "--job-seconds", "--state-dir", "--faults", "--key",
                             "--max-running", "moderation", "retry=", "bytes="})
        QVERIFY2(help.contains(QLatin1String(word)), word);
}

void tst_EmulatorMain::processServesAndStopsOnSigterm()
{
    if (!programIsBuilt())
        return;
    QTemporaryDir state;
    QProcess p;
    p.start(program(), {"--port", "0", "--job-seconds", "0.2", "--state-dir", state.path(), "--key",
                        "sk-cli", "--faults", "429:on=create"});
    QVERIFY(p.waitForStarted(10000));
    QVERIFY2(p.waitForReadyRead(10000), "announces itself");
    const QString line = QString::fromUtf8(p.readLine()).trimmed();
    static const QRegularExpression re(
        QStringLiteral("^ShotBrief emulator listening on (http://127\\.0\\.0\\.1:\\d+/v1)$"));
    const QRegularExpressionMatch m = re.match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));

    TestClient client(QUrl(m.captured(1)), "sk-cli");
    const QJsonObject body{{QStringLiteral("prompt"), QStringLiteral("from the cli")}};
    QCOMPARE(client.postJson(QStringLiteral("/videos"), body).status, 429); // the --faults rule
    QCOMPARE(client.postJson(QStringLiteral("/videos"), body).status, 200);
    TestClient wrongKey(QUrl(m.captured(1)), "sk-other");
    QCOMPARE(wrongKey.get(QStringLiteral("/videos")).status, 401);
    const QJsonObject stats = client.get(QStringLiteral("/emulator/stats")).json();
    QCOMPARE(stats.value(QStringLiteral("createCount")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("faults_injected")).toInt(), 1);

    p.terminate(); // SIGTERM
    QVERIFY2(p.waitForFinished(10000), "stops on SIGTERM");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(QFileInfo::exists(state.filePath(QStringLiteral("jobs.json"))), "state kept");
}

void tst_EmulatorMain::processReportsBusyPort()
{
    if (!programIsBuilt())
        return;
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    QProcess p;
    p.start(program(), {"--port", QString::number(busy.serverPort())});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(!p.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(tst_EmulatorMain)
#include "tst_emulatormain.moc"
