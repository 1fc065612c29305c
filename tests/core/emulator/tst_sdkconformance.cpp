// SPDX-License-Identifier: MIT
// The emulator serves the official OpenAI Node SDK unchanged. `make deps sdk` installs node and
// the SDK pinned in tests/core/emulator/sdk; ctest points SHOTBRIEF_OPENAI_NODE_MODULES at it.
#include "emulator/emulatorserver.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_SdkConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodeSdk();
};

void tst_SdkConformance::nodeSdk()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QFAIL("node is not installed: run `make sdk` (make test does)");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString modules = env.value(QStringLiteral("SHOTBRIEF_OPENAI_NODE_MODULES"));
    if (!modules.isEmpty())
        env.insert(QStringLiteral("NODE_PATH"), modules);
    {
        QProcess probe;
        probe.setProcessEnvironment(env);
        probe.start(node, {QStringLiteral("-e"), QStringLiteral("require('openai')")});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QFAIL("the openai npm package is not installed: run `make sdk` (make test does), or "
                  "set SHOTBRIEF_OPENAI_NODE_MODULES");
    }

    QTemporaryDir dir;
    const QString ref = dir.filePath(QStringLiteral("ref.png"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {"-nostdin", "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                  "color=c=orange:s=1280x720", "-frames:v", "1", ref});
    QVERIFY(ffmpeg.waitForFinished(30000) && ffmpeg.exitCode() == 0);

    EmulatorConfig config;
    config.jobSeconds = 0.3;
    config.maxRunningPerKey = 8;
    EmulatorServer server(config);
    QVERIFY(server.listen() != 0);

    QProcess sdk;
    sdk.setProcessEnvironment(env);
    sdk.setProcessChannelMode(QProcess::SeparateChannels);
    sdk.start(node, {QStringLiteral(SHOTBRIEF_TEST_DATA "/sdk_conformance.cjs"),
                     server.baseUrl().toString(), ref});
    QVERIFY(sdk.waitForStarted(10000));
    // The server lives in this thread: keep the event loop turning while node talks to it.
    QTRY_VERIFY_WITH_TIMEOUT(sdk.state() == QProcess::NotRunning, 120000);
    const QByteArray out = sdk.readAllStandardOutput();
    const QByteArray err = sdk.readAllStandardError();
    QVERIFY2(sdk.exitCode() == 0, (out + err).constData());
    for (const char *step :
         {"create", "retrieve", "list", "download", "remix", "extend", "error", "delete"})
        QVERIFY2(out.contains(QByteArray("OK ") + step), (out + err).constData());
    QCOMPARE(server.createCount(), 2);
    QCOMPARE(server.stats().remixes, 3);
}

QTEST_GUILESS_MAIN(tst_SdkConformance)
#include "tst_sdkconformance.moc"
