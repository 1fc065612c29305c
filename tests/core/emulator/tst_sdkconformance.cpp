// SPDX-License-Identifier: MIT
// The emulator serves the official OpenAI and OpenRouter Node SDKs unchanged. `make deps sdk`
// installs node and the SDKs pinned in tests/core/emulator/sdk; ctest points
// SHOTBRIEF_OPENAI_NODE_MODULES at them.
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
    void initTestCase();
    void nodeSdk();
    void openRouterSdk();

private:
    /// Runs `script` with `arguments` under node while the emulator (in this thread) answers;
    /// returns stdout and stderr, failing the test when node fails.
    QByteArray runNode(const QString &script, const QStringList &arguments);

    QString m_node;
    QString m_modules;
    QProcessEnvironment m_env;
    QTemporaryDir m_dir;
    QString m_ref;
};

void tst_SdkConformance::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (m_node.isEmpty())
        QFAIL("node is not installed: run `make sdk` (make test does)");
    m_env = QProcessEnvironment::systemEnvironment();
    m_modules = m_env.value(QStringLiteral("SHOTBRIEF_OPENAI_NODE_MODULES"));
    if (!m_modules.isEmpty())
        m_env.insert(QStringLiteral("NODE_PATH"), m_modules);
    for (const char *package : {"openai", "@openrouter/sdk"}) {
        QProcess probe;
        probe.setProcessEnvironment(m_env);
        probe.start(m_node, {QStringLiteral("-e"),
                             QStringLiteral("require.resolve('%1')").arg(QLatin1String(package))});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QFAIL(qPrintable(QStringLiteral("the %1 npm package is not installed: run `make sdk` "
                                            "(make test does), or set "
                                            "SHOTBRIEF_OPENAI_NODE_MODULES")
                                 .arg(QLatin1String(package))));
    }
    m_ref = m_dir.filePath(QStringLiteral("ref.png"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {"-nostdin", "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                  "color=c=orange:s=1280x720", "-frames:v", "1", m_ref});
    QVERIFY(ffmpeg.waitForFinished(30000) && ffmpeg.exitCode() == 0);
}

QByteArray tst_SdkConformance::runNode(const QString &script, const QStringList &arguments)
{
    QProcess sdk;
    sdk.setProcessEnvironment(m_env);
    sdk.setProcessChannelMode(QProcess::SeparateChannels);
    sdk.start(m_node, QStringList{script} + arguments);
    if (!sdk.waitForStarted(10000))
        return "node did not start";
    // The server lives in this thread: keep the event loop turning while node talks to it.
    (void)QTest::qWaitFor([&sdk] { return sdk.state() == QProcess::NotRunning; }, 120000);
    const QByteArray output = sdk.readAllStandardOutput() + sdk.readAllStandardError();
    if (sdk.state() != QProcess::NotRunning || sdk.exitCode() != 0)
        return "FAILED\n" + output;
    return output;
}

void tst_SdkConformance::nodeSdk()
{
    EmulatorConfig config;
    config.jobSeconds = 0.3;
    config.maxRunningPerKey = 8;
    EmulatorServer server(config);
    QVERIFY(server.listen() != 0);

    const QByteArray out = runNode(QStringLiteral(SHOTBRIEF_TEST_DATA "/sdk_conformance.cjs"),
                                   {server.baseUrl().toString(), m_ref});
    QVERIFY2(!out.startsWith("FAILED") && !out.startsWith("node did not"), out.constData());
    for (const char *step :
         {"create", "retrieve", "list", "download", "remix", "extend", "error", "delete"})
        QVERIFY2(out.contains(QByteArray("OK ") + step), out.constData());
    QCOMPARE(server.createCount(), 2);
    QCOMPARE(server.stats().remixes, 3);
}

void tst_SdkConformance::openRouterSdk()
{
    EmulatorConfig config;
    config.jobSeconds = 0.5;
    config.maxRunningPerKey = 8;
    config.requiredKey = QStringLiteral("sk-or-v1-sdk-check");
    EmulatorServer server(config);
    QVERIFY(server.listen() != 0);

    const QByteArray out =
        runNode(QStringLiteral(SHOTBRIEF_TEST_DATA "/openrouter_sdk_conformance.mjs"),
                {m_modules.isEmpty() ? QStringLiteral(SHOTBRIEF_TEST_DATA "/../sdk/node_modules")
                                     : m_modules,
                 server.openRouterUrl().toString(), config.requiredKey, m_ref});
    QVERIFY2(!out.startsWith("FAILED") && !out.startsWith("node did not"), out.constData());
    for (const char *step : {"models", "generate", "poll", "content", "size", "errors", "auth"})
        QVERIFY2(out.contains(QByteArray("OK ") + step), out.constData());
    QCOMPARE(server.createCount(), 2); // the refused requests made no job
}

QTEST_GUILESS_MAIN(tst_SdkConformance)
#include "tst_sdkconformance.moc"
