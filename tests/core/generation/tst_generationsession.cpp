// SPDX-License-Identifier: MIT
// The session both front ends (window, shotbrief-cli) generate through: provider choice, the
// emulator standing in, the adapter, its prices and the queue.
#include "generation/generationsession.h"

#include "api/generationqueue.h"
#include "api/takestore.h"
#include "api/videoprovider.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_GenerationSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emulatorStandsInForAProfileWithoutKey_data();
    void emulatorStandsInForAProfileWithoutKey();
    void aLocalServerWithTheEmulatorsKeyIsFree();
    void aProviderThatCannotBeBuiltIsAnError();
    void aTakeIsMadeThroughTheSession();

private:
    static ProviderProfile builtIn(const QString &name);
    QTemporaryDir m_dir;
};

ProviderProfile tst_GenerationSession::builtIn(const QString &name)
{
    // The profiles that come with ShotBrief (no providers.json).
    const Result<ProviderProfiles> profiles = ProviderProfiles::load(QString());
    const ProviderProfile *found = profiles ? profiles->find(name) : nullptr;
    return found ? *found : ProviderProfile();
}

void tst_GenerationSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // No key may come from the machine running the tests, and no keychain is asked.
    qputenv("SHOTBRIEF_NO_KEYCHAIN", "1");
    for (const char *variable :
         {"OPENAI_API_KEY", "RUNWAYML_API_SECRET", "AZURE_OPENAI_API_KEY", "LITELLM_API_KEY"})
        qunsetenv(variable);
    QVERIFY(m_dir.isValid());
}

void tst_GenerationSession::emulatorStandsInForAProfileWithoutKey_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("usedName");
    QTest::addColumn<QString>("dialect");

    QTest::newRow("emulator") << "emulator"
                              << "emulator" << QString();
    QTest::newRow("openai without key") << "openai"
                                        << "emulator-openai"
                                        << "OpenAI Videos";
    QTest::newRow("runway without key") << "runway"
                                        << "emulator-runway"
                                        << "Runway";
}

void tst_GenerationSession::emulatorStandsInForAProfileWithoutKey()
{
    QFETCH(QString, profile);
    QFETCH(QString, usedName);
    QFETCH(QString, dialect);
    const ProviderChoice choice = GenerationSession::choose(builtIn(profile));
    QVERIFY2(choice.useEmulator, qPrintable(choice.message));
    QVERIFY(choice.key.isEmpty());

    MemoryTakeStore store(Project{}, m_dir.filePath(QStringLiteral("p.media")));
    GenerationSession session(&store);
    QVERIFY(!session.isStarted());
    const Result<void> started = session.start(choice);
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    QVERIFY(session.isStarted());
    QVERIFY(session.usesEmulator());
    QCOMPARE(session.profile().name, usedName);
    QCOMPARE(session.provider()->name(), usedName);
    QCOMPARE(session.profile().fixedKey, ProviderProfiles::emulatorKey());
    QCOMPARE(session.profile().baseUrl.host(), QStringLiteral("127.0.0.1"));
    QVERIFY2(session.emulatorDialect().contains(dialect), qPrintable(session.emulatorDialect()));
    QVERIFY2(!session.charges(), "the emulator costs nothing");
    QCOMPARE(session.emulatorStateDir(),
             QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                 QStringLiteral("/emulator"));
    QVERIFY2(session.description().contains(QLatin1String("emulator")),
             qPrintable(session.description()));
    if (!dialect.isEmpty())
        QVERIFY2(session.description().contains(session.providerTitle()),
                 qPrintable(session.description()));
    QVERIFY(session.queue());
}

void tst_GenerationSession::aLocalServerWithTheEmulatorsKeyIsFree()
{
    // shotbrief-cli --base-url http://127.0.0.1:PORT/v1 to a running shotbrief-emulator.
    ProviderChoice choice;
    choice.profile = builtIn(QStringLiteral("openai"));
    choice.profile.name = QStringLiteral("custom");
    choice.profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
    choice.key = ProviderProfiles::emulatorKey();
    MemoryTakeStore store(Project{}, m_dir.filePath(QStringLiteral("p.media")));
    GenerationSession session(&store);
    QVERIFY(session.start(choice));
    QVERIFY(!session.usesEmulator());
    QCOMPARE(session.profile().fixedKey, ProviderProfiles::emulatorKey());
    QVERIFY2(!session.charges(), "the emulator's public key never pays");
    QVERIFY(session.emulatorStateDir().isEmpty());
}

void tst_GenerationSession::aProviderThatCannotBeBuiltIsAnError()
{
    ProviderChoice choice;
    choice.profile = builtIn(QStringLiteral("openai"));
    choice.profile.adapter = QStringLiteral("no-such-adapter");
    choice.key = QStringLiteral("sk-test");
    MemoryTakeStore store(Project{}, m_dir.filePath(QStringLiteral("p.media")));
    GenerationSession session(&store);
    const Result<void> started = session.start(choice);
    QVERIFY(!started);
    QVERIFY2(!started.error().message.isEmpty(), "says why");
    QVERIFY(!session.isStarted());
    QVERIFY(!session.queue());
}

void tst_GenerationSession::aTakeIsMadeThroughTheSession()
{
    Project project;
    Shot shot;
    shot.id = QStringLiteral("shot-1");
    shot.label = QStringLiteral("1");
    shot.sceneProse = QStringLiteral("A lantern-lit alley.");
    shot.durationSeconds = 4;
    project.shots << shot;
    MemoryTakeStore store(project, m_dir.filePath(QStringLiteral("take.media")));
    GenerationSession session(&store);
    GenerationSettings settings;
    settings.pollIntervalMs = 50;
    settings.emulatorJobSeconds = 0.2;
    settings.concurrency = 1;
    QVERIFY(
        session.start(GenerationSession::choose(builtIn(QStringLiteral("emulator"))), settings));
    QCOMPARE(session.queue()->concurrency(), 1);
    QSignalSpy idle(session.queue(), &GenerationQueue::idle);
    QVERIFY(session.queue()->generate({shot.id}).hasValue());
    session.queue()->start();
    QVERIFY(idle.wait(60000));
    const Take take = store.snapshot().shots.first().takes.first();
    QCOMPARE(takeStatusKey(take.status), QStringLiteral("ready"));
    QCOMPARE(take.provider, QStringLiteral("emulator"));
    QVERIFY(QFile::exists(store.mediaFolder() + QLatin1Char('/') + take.clipPath));
}

QTEST_GUILESS_MAIN(tst_GenerationSession)
#include "tst_generationsession.moc"
