// SPDX-License-Identifier: MIT
// Which provider generation goes to: the profile itself, or the built-in emulator speaking
// its dialect (no key, a local keyless server that is not running, or forced); keyless
// profiles are never asked for a key.
#include "api/credentialstore.h"
#include "api/extraproviderprofiles.h"
#include "api/manualclock.h"
#include "api/providerfactory.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

using namespace ShotBrief;

namespace {

ProviderProfile profileNamed(const QString &name)
{
    QList<ProviderProfile> all = ProviderProfiles::builtIns() + extraBuiltInProfiles();
    for (const ProviderProfile &profile : all) {
        if (profile.name == name)
            return profile;
    }
    return {};
}

/// A port nothing listens on: bound, then released.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class tst_ProviderChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choice_data();
    void choice();
    void emulatorSpeaksTheDialect_data();
    void emulatorSpeaksTheDialect();
    void keylessProfilesReadNoKey();
    void pricesFollowTheProfile_data();
    void pricesFollowTheProfile();
};

void tst_ProviderChoice::choice_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("key");        // what the key reader would return
    QTest::addColumn<QString>("comfyState"); // "answers", "closed" or "remote" (comfyui rows)
    QTest::addColumn<bool>("force");
    QTest::addColumn<bool>("emulated");
    QTest::addColumn<bool>("keyRead");
    QTest::addColumn<QString>("mentions"); // in the message; empty: no message

    QTest::newRow("openai with a key")
        << QStringLiteral("openai") << QStringLiteral("sk-real-123") << QStringLiteral("") << false
        << false << true << QStringLiteral("");
    QTest::newRow("openai without a key")
        << QStringLiteral("openai") << QStringLiteral("") << QStringLiteral("") << false << true
        << true << QStringLiteral("the OpenAI Videos API");
    QTest::newRow("runway without a key")
        << QStringLiteral("runway") << QStringLiteral("") << QStringLiteral("") << false << true
        << true << QStringLiteral("No API key for Runway");
    QTest::newRow("runway speaks Runway's API")
        << QStringLiteral("runway") << QStringLiteral("") << QStringLiteral("") << false << true
        << true << QStringLiteral("Runway's API");
    QTest::newRow("runway with a key")
        << QStringLiteral("runway") << QStringLiteral("rw-real") << QStringLiteral("") << false
        << false << true << QStringLiteral("");
    QTest::newRow("litellm without a key")
        << QStringLiteral("litellm") << QStringLiteral("") << QStringLiteral("") << false << true
        << true << QStringLiteral("the OpenAI Videos API");
    QTest::newRow("comfyui running")
        << QStringLiteral("comfyui") << QStringLiteral("") << QStringLiteral("answers") << false
        << false << false << QStringLiteral("");
    QTest::newRow("comfyui not running")
        << QStringLiteral("comfyui") << QStringLiteral("") << QStringLiteral("closed") << false
        << true << false << QStringLiteral("ComfyUI's API");
    QTest::newRow("comfyui on another machine")
        << QStringLiteral("comfyui") << QStringLiteral("") << QStringLiteral("remote") << false
        << false << false << QStringLiteral("");
    QTest::newRow("emulator profile")
        << QStringLiteral("emulator") << QStringLiteral("") << QStringLiteral("") << false << true
        << false << QStringLiteral("");
    QTest::newRow("forced despite a key")
        << QStringLiteral("runway") << QStringLiteral("rw-real") << QStringLiteral("") << true
        << true << false << QStringLiteral("");
}

void tst_ProviderChoice::choice()
{
    QFETCH(QString, profile);
    QFETCH(QString, key);
    QFETCH(QString, comfyState);
    QFETCH(bool, force);
    QFETCH(bool, emulated);
    QFETCH(bool, keyRead);
    QFETCH(QString, mentions);

    ProviderProfile wanted = profileNamed(profile);
    QVERIFY2(!wanted.name.isEmpty(), qPrintable(profile));
    QTcpServer comfy;
    if (comfyState == QLatin1String("answers")) {
        QVERIFY(comfy.listen(QHostAddress::LocalHost, 0));
        wanted.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(comfy.serverPort()));
    } else if (comfyState == QLatin1String("closed")) {
        wanted.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
    } else if (comfyState == QLatin1String("remote")) {
        // Not probed: a remote keyless server is what the user configured (a TEST-NET address).
        wanted.baseUrl = QUrl(QStringLiteral("http://192.0.2.7:8188"));
    }
    int reads = 0;
    const ProviderChoice choice = chooseProvider(
        wanted,
        [&reads, key](const ProviderProfile &) {
            ++reads;
            return key;
        },
        force);
    QCOMPARE(choice.useEmulator, emulated);
    QCOMPARE(reads > 0, keyRead);
    QCOMPARE(choice.profile.adapter, wanted.adapter);
    if (!emulated) {
        QCOMPARE(choice.key, key);
        QCOMPARE(choice.profile.baseUrl, wanted.baseUrl);
    }
    if (mentions.isEmpty())
        QVERIFY2(choice.message.isEmpty(), qPrintable(choice.message));
    else
        QVERIFY2(choice.message.contains(mentions), qPrintable(choice.message));
}

void tst_ProviderChoice::emulatorSpeaksTheDialect_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("name");
    QTest::newRow("openai") << QStringLiteral("openai")
                            << QStringLiteral("http://127.0.0.1:4711/v1")
                            << QStringLiteral("emulator-openai");
    QTest::newRow("runway") << QStringLiteral("runway")
                            << QStringLiteral("http://127.0.0.1:4711/v1")
                            << QStringLiteral("emulator-runway");
    QTest::newRow("comfyui") << QStringLiteral("comfyui") << QStringLiteral("http://127.0.0.1:4711")
                             << QStringLiteral("emulator-comfyui");
    QTest::newRow("litellm") << QStringLiteral("litellm")
                             << QStringLiteral("http://127.0.0.1:4711/v1")
                             << QStringLiteral("emulator-litellm");
    QTest::newRow("emulator") << QStringLiteral("emulator")
                              << QStringLiteral("http://127.0.0.1:4711/v1")
                              << QStringLiteral("emulator");
}

void tst_ProviderChoice::emulatorSpeaksTheDialect()
{
    QFETCH(QString, profile);
    QFETCH(QString, baseUrl);
    QFETCH(QString, name);
    ProviderChoice choice = chooseProvider(
        profileNamed(profile), [](const ProviderProfile &) { return QString(); }, true);
    useEmulatorAt(choice, 4711);
    QCOMPARE(choice.profile.baseUrl.toString(), baseUrl);
    QCOMPARE(choice.profile.name, name);
    QCOMPARE(choice.profile.adapter, profileNamed(profile).adapter);
    QCOMPARE(choice.key, ProviderProfiles::emulatorKey());
    QVERIFY(choice.profile.checkBaseUrl());

    // The same adapter a real run uses, and free: the emulator's clips cost nothing.
    ManualClock clock;
    const Result<std::shared_ptr<VideoProvider>> provider =
        createVideoProvider(choice.profile, choice.key, &clock);
    QVERIFY2(provider, qPrintable(provider ? QString() : provider.error().message));
    QCOMPARE(provider.value()->name(), name);
    QVERIFY2(provider.value()->priceTable().rows().isEmpty(), "the emulator is priced");
}

void tst_ProviderChoice::keylessProfilesReadNoKey()
{
    ProviderProfile comfy = profileNamed(QStringLiteral("comfyui"));
    QVERIFY(!CredentialStore::needsKey(comfy));
    QVERIFY(CredentialStore::needsKey(profileNamed(QStringLiteral("runway"))));
    comfy.keyEnvVar = QStringLiteral("SHOTBRIEF_TEST_COMFY_KEY");
    QProcessEnvironment environment;
    environment.insert(comfy.keyEnvVar, QStringLiteral("must-not-be-read"));
    // A keychain that looks available: a keyless profile must still not touch it.
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/shotbrief-test-bus"));
    const CredentialStore store(environment, true);
    QVERIFY(store.keychainAvailable());
    QCOMPARE(store.keyFromEnvironment(comfy), QString());
    QCOMPARE(store.readKeyNow(comfy, 2000), QString());
    QString asynchronous = QStringLiteral("unset");
    store.readKey(comfy, this, [&asynchronous](const QString &key) { asynchronous = key; });
    QTRY_COMPARE(asynchronous, QString());
    QCOMPARE(store.keychainReads(), 0);

    // A keyed profile still reads its environment variable first, without the keychain.
    ProviderProfile runway = profileNamed(QStringLiteral("runway"));
    environment.insert(runway.keyEnvVar, QStringLiteral("rw-from-env"));
    const CredentialStore keyed(environment, true);
    QCOMPARE(keyed.readKeyNow(runway), QStringLiteral("rw-from-env"));
    QCOMPARE(keyed.keychainReads(), 0);
}

void tst_ProviderChoice::pricesFollowTheProfile_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("size");
    QTest::addColumn<double>("usdPerSecond"); // -1: unpriced
    QTest::newRow("runway") << QStringLiteral("runway") << QStringLiteral("rw-real")
                            << QStringLiteral("gen4.5") << QStringLiteral("1280x720") << 0.12;
    // The gateway's Veo model is priced by its profile, not by the OpenAI (Sora) table.
    QTest::newRow("litellm veo") << QStringLiteral("litellm") << QStringLiteral("sk-gw")
                                 << QStringLiteral("vertex_ai/veo-3.0-generate-preview")
                                 << QStringLiteral("1280x720") << 0.40;
    QTest::newRow("openai sora-2")
        << QStringLiteral("openai") << QStringLiteral("sk-real") << QStringLiteral("sora-2")
        << QStringLiteral("1280x720") << 0.10;
    QTest::newRow("runway on the emulator's key")
        << QStringLiteral("runway") << ProviderProfiles::emulatorKey() << QStringLiteral("gen4.5")
        << QStringLiteral("1280x720") << -1.0;
}

void tst_ProviderChoice::pricesFollowTheProfile()
{
    QFETCH(QString, profile);
    QFETCH(QString, key);
    QFETCH(QString, model);
    QFETCH(QString, size);
    QFETCH(double, usdPerSecond);
    const ProviderProfile wanted = profileNamed(profile);
    ManualClock clock;
    const Result<std::shared_ptr<VideoProvider>> provider =
        createVideoProvider(wanted, key, &clock);
    QVERIFY(provider);
    const std::optional<double> price =
        providerPrices(wanted, key, *provider.value()).pricePerSecond(model, size);
    if (usdPerSecond < 0) {
        QVERIFY2(!price || *price == 0.0, "the emulator's key is charged");
        return;
    }
    QVERIFY2(price, "unpriced");
    QVERIFY2(qAbs(*price - usdPerSecond) < 1e-9, qPrintable(QString::number(*price)));
}

QTEST_GUILESS_MAIN(tst_ProviderChoice)
#include "tst_providerchoice.moc"
