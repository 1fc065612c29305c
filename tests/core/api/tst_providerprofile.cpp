// SPDX-License-Identifier: MIT
#include "api/credentialstore.h"
#include "api/manualclock.h"
#include "api/projectcapabilities.h"
#include "api/providerfactory.h"
#include "api/providerprofile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_ProviderProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIns();
    void baseUrlSecurity_data();
    void baseUrlSecurity();
    void settingsFileOverridesAndExtends();
    void settingsFileErrors_data();
    void settingsFileErrors();
    void saveWritesNoKey();
    void missingSettingsFileIsFine();
    void keyFromEnvironment_data();
    void keyFromEnvironment();
    void keychainFailsSoft();
    void factoryMakesTheNamedAdapter();
    void pricesParseAndRoundTrip_data();
    void pricesParseAndRoundTrip();
    void builtInListPrices_data();
    void builtInListPrices();
    void priceTableFallsBackPerModel();
    void projectCapabilitiesFollowTheProvider_data();
    void projectCapabilitiesFollowTheProvider();
    void pictureInputsParseAndRoundTrip_data();
    void pictureInputsParseAndRoundTrip();
    void builtInPictureInputs_data();
    void builtInPictureInputs();
};

void tst_ProviderProfile::builtIns()
{
    const Result<ProviderProfiles> profiles = ProviderProfiles::load(QString());
    QVERIFY(profiles.hasValue());
    const ProviderProfile *openAi = profiles->find(QStringLiteral("openai"));
    const ProviderProfile *azure = profiles->find(QStringLiteral("azure"));
    const ProviderProfile *emulator = profiles->find(QStringLiteral("emulator"));
    QVERIFY(openAi && azure && emulator);
    QCOMPARE(openAi->baseUrl, QUrl(QStringLiteral("https://api.openai.com/v1")));
    QCOMPARE(openAi->auth, AuthStyle::Bearer);
    QCOMPARE(openAi->keyEnvVar, QStringLiteral("OPENAI_API_KEY"));
    QCOMPARE(azure->auth, AuthStyle::ApiKey);
    QVERIFY(azure->baseUrl.path().endsWith(QStringLiteral("/openai/v1")));
    QCOMPARE(azure->capabilities.models.size(), 1);
    QCOMPARE(emulator->fixedKey, ProviderProfiles::emulatorKey());
    QCOMPARE(openAi->capabilities.maxConcurrentJobs, 2);
    QVERIFY(openAi->fixedKey.isEmpty());
}

void tst_ProviderProfile::baseUrlSecurity_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowHttp");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https remote") << QStringLiteral("https://api.example.com/v1") << false << true;
    QTest::newRow("http remote refused")
        << QStringLiteral("http://api.example.com/v1") << false << false;
    QTest::newRow("http remote explicitly allowed")
        << QStringLiteral("http://10.0.0.5:4000/v1") << true << true;
    QTest::newRow("http loopback v4")
        << QStringLiteral("http://127.0.0.1:8080/v1") << false << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080/v1") << false << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/v1") << false << true;
    QTest::newRow("ftp refused") << QStringLiteral("ftp://127.0.0.1/v1") << true << false;
    QTest::newRow("no host") << QStringLiteral("https:///v1") << false << false;
}

void tst_ProviderProfile::baseUrlSecurity()
{
    QFETCH(QString, url);
    QFETCH(bool, allowHttp);
    QFETCH(bool, accepted);
    ProviderProfile profile;
    profile.name = QStringLiteral("p");
    profile.baseUrl = QUrl(url);
    profile.allowInsecureHttp = allowHttp;
    const Result<void> checked = profile.checkBaseUrl();
    QCOMPARE(checked.hasValue(), accepted);
    if (!accepted)
        QVERIFY(!checked.error().message.isEmpty());
}

void tst_ProviderProfile::settingsFileOverridesAndExtends()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("providers.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"providers":[
      {"name":"azure","base_url":"https://studio.openai.azure.com/openai/v1","auth":"api-key",
       "key_env":"STUDIO_AZURE_KEY","max_concurrent_jobs":1},
      {"name":"litellm","display_name":"Gateway","base_url":"http://10.1.2.3:4000/v1",
       "allow_http":true,"extra_headers":{"X-Team":"film"},
       "models":[{"id":"veo-3","durations":[4,8],"sizes":["1920x1080"],"remix":false}]}
    ]})");
    file.close();
    const Result<ProviderProfiles> profiles = ProviderProfiles::load(path);
    QVERIFY2(profiles.hasValue(), qPrintable(profiles ? QString() : profiles.error().toString()));
    // 3 + runway, litellm (overridden here), comfyui, openrouter + the file's azure override.
    QCOMPARE(profiles->all().size(), 7);
    const ProviderProfile *azure = profiles->find(QStringLiteral("azure"));
    QCOMPARE(azure->baseUrl.host(), QStringLiteral("studio.openai.azure.com"));
    QCOMPARE(azure->keyEnvVar, QStringLiteral("STUDIO_AZURE_KEY"));
    QCOMPARE(azure->capabilities.maxConcurrentJobs, 1);
    const ProviderProfile *gateway = profiles->find(QStringLiteral("litellm"));
    QVERIFY(gateway);
    QVERIFY(gateway->allowInsecureHttp);
    QVERIFY(gateway->checkBaseUrl().hasValue());
    QCOMPARE(gateway->extraHeaders.size(), 1);
    QCOMPARE(gateway->capabilities.models.first().id, QStringLiteral("veo-3"));
    QCOMPARE(gateway->capabilities.models.first().durations, (QList<int>{4, 8}));
}

void tst_ProviderProfile::settingsFileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("not json") << QByteArray("{providers") << QString();
    QTest::newRow("no providers array") << QByteArray(R"({"x":1})") << QStringLiteral("providers");
    QTest::newRow("missing name") << QByteArray(R"({"providers":[{"base_url":"https://a/v1"}]})")
                                  << QStringLiteral("providers[0].name");
    QTest::newRow("relative url") << QByteArray(R"({"providers":[{"name":"a","base_url":"v1"}]})")
                                  << QStringLiteral("providers[0].base_url");
    QTest::newRow("bad auth")
        << QByteArray(R"({"providers":[{"name":"a","base_url":"https://a/v1","auth":"basic"}]})")
        << QStringLiteral("providers[0].auth");
    QTest::newRow("a key in the file is refused")
        << QByteArray(R"({"providers":[{"name":"a","base_url":"https://a/v1","api_key":"sk-1"}]})")
        << QStringLiteral("providers[0]");
    QTest::newRow("negative price")
        << QByteArray(R"({"providers":[{"name":"a","base_url":"https://a/v1",
                         "models":[{"id":"m","usd_per_second":-1}]}]})")
        << QStringLiteral("providers[0].models[0].usd_per_second");
    QTest::newRow("price as text")
        << QByteArray(R"({"providers":[{"name":"a","base_url":"https://a/v1",
                         "models":[{"id":"m","usd_per_second":"cheap"}]}]})")
        << QStringLiteral("providers[0].models[0].usd_per_second");
    QTest::newRow("bad price of one size")
        << QByteArray(R"({"providers":[{"name":"a","base_url":"https://a/v1",
                         "models":[{"id":"m","usd_per_second":{"1280x720":null}}]}]})")
        << QStringLiteral("providers[0].models[0].usd_per_second.1280x720");
    QTest::newRow("first frame as text")
        << QByteArray(R"({"providers":[{"name":"a","base_url":"https://a/v1",
                         "models":[{"id":"m","first_frame":"yes"}]}]})")
        << QStringLiteral("providers[0].models[0].first_frame");
    QTest::newRow("negative reference images")
        << QByteArray(R"({"providers":[{"name":"a","base_url":"https://a/v1",
                         "models":[{"id":"m","max_reference_images":-2}]}]})")
        << QStringLiteral("providers[0].models[0].max_reference_images");
    QTest::newRow("fractional reference images")
        << QByteArray(R"({"providers":[{"name":"a","base_url":"https://a/v1",
                         "models":[{"id":"m","max_reference_images":1.5}]}]})")
        << QStringLiteral("providers[0].models[0].max_reference_images");
    QTest::newRow("price of a size that is not one")
        << QByteArray(R"({"providers":[{"name":"a","base_url":"https://a/v1",
                         "models":[{"id":"m","usd_per_second":{"720p":0.1}}]}]})")
        << QStringLiteral("providers[0].models[0].usd_per_second.720p");
}

void tst_ProviderProfile::settingsFileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto parsed = ProviderProfiles::parse(json, QStringLiteral("providers.json"));
    QVERIFY(!parsed.hasValue());
    QCOMPARE(parsed.error().file, QStringLiteral("providers.json"));
    QCOMPARE(parsed.error().field, field);
    QVERIFY(!parsed.error().message.contains(QStringLiteral("sk-1")));
}

void tst_ProviderProfile::saveWritesNoKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/providers.json"));
    Result<ProviderProfiles> profiles = ProviderProfiles::load(QString());
    QVERIFY(profiles.hasValue());
    ProviderProfile custom;
    custom.name = QStringLiteral("gateway");
    custom.baseUrl = QUrl(QStringLiteral("https://gw.example/v1"));
    custom.keyEnvVar = QStringLiteral("GW_KEY");
    custom.capabilities = ProviderCapabilities::openAiVideos();
    profiles->upsert(custom);
    QVERIFY(profiles->save(path).hasValue());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("GW_KEY"));
    QVERIFY(!written.contains("api_key"));
    QVERIFY2(!written.contains("\"openai\""), "built-ins are not written");
    const Result<ProviderProfiles> reloaded = ProviderProfiles::load(path);
    QVERIFY(reloaded.hasValue());
    const ProviderProfile *back = reloaded->find(QStringLiteral("gateway"));
    QVERIFY(back);
    QCOMPARE(back->baseUrl, custom.baseUrl);
    QCOMPARE(back->capabilities, custom.capabilities);
}

void tst_ProviderProfile::missingSettingsFileIsFine()
{
    const Result<ProviderProfiles> profiles =
        ProviderProfiles::load(QStringLiteral("/nonexistent/dir/providers.json"));
    QVERIFY(profiles.hasValue());
    // openai, azure, emulator, runway, litellm, comfyui, openrouter
    QCOMPARE(profiles->all().size(), 7);
    QVERIFY(profiles->find(QStringLiteral("runway")) && profiles->find(QStringLiteral("comfyui")) &&
            profiles->find(QStringLiteral("openrouter")));
}

void tst_ProviderProfile::keyFromEnvironment_data()
{
    QTest::addColumn<QString>("profileName");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("openai from OPENAI_API_KEY")
        << QStringLiteral("openai") << QStringLiteral("OPENAI_API_KEY")
        << QStringLiteral(" sk-abc \n") << QStringLiteral("sk-abc");
    QTest::newRow("azure ignores OPENAI_API_KEY")
        << QStringLiteral("azure") << QStringLiteral("OPENAI_API_KEY") << QStringLiteral("sk-abc")
        << QString();
    QTest::newRow("azure from its own variable")
        << QStringLiteral("azure") << QStringLiteral("AZURE_OPENAI_API_KEY")
        << QStringLiteral("az-1") << QStringLiteral("az-1");
    QTest::newRow("emulator has its fixed local key")
        << QStringLiteral("emulator") << QStringLiteral("OPENAI_API_KEY")
        << QStringLiteral("sk-abc") << ProviderProfiles::emulatorKey();
}

void tst_ProviderProfile::keyFromEnvironment()
{
    QFETCH(QString, profileName);
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QProcessEnvironment environment;
    environment.insert(variable, value);
    const CredentialStore store(environment, false);
    const Result<ProviderProfiles> profiles = ProviderProfiles::load(QString());
    const ProviderProfile *profile = profiles->find(profileName);
    QVERIFY(profile);
    QCOMPARE(store.keyFromEnvironment(*profile), expected);

    QString read = QStringLiteral("unset");
    QObject context;
    store.readKey(*profile, &context, [&read](const QString &key) { read = key; });
    QTRY_COMPARE(read, expected);
}

void tst_ProviderProfile::keychainFailsSoft()
{
    // No session bus: the keychain is not even tried, and nothing blocks or crashes.
    QProcessEnvironment environment;
    const CredentialStore store(environment, true);
    QVERIFY(!store.keychainAvailable());
    const ProviderProfile profile = ProviderProfiles::builtIns().first();
    QString read = QStringLiteral("unset");
    QObject context;
    store.readKey(profile, &context, [&read](const QString &key) { read = key; });
    QTRY_COMPARE(read, QString());
    bool stored = true;
    QString message;
    store.storeKey(profile, QStringLiteral("sk-secret-value"), &context,
                   [&](const Result<void> &result) {
                       stored = result.hasValue();
                       message = result ? QString() : result.error().message;
                   });
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY(!stored);
    QVERIFY(message.contains(QStringLiteral("OPENAI_API_KEY")));
    QVERIFY(!message.contains(QStringLiteral("sk-secret-value")));
}

void tst_ProviderProfile::factoryMakesTheNamedAdapter()
{
    ManualClock clock;
    const QList<ProviderProfile> builtIns = ProviderProfiles::builtIns();
    const auto openAi = createVideoProvider(builtIns.at(0), QStringLiteral("sk-x-123456"), &clock);
    QVERIFY(openAi.hasValue());
    QCOMPARE(openAi.value()->name(), QStringLiteral("openai"));
    QVERIFY2(openAi.value()->priceTable().pricePerSecond(QStringLiteral("sora-2"),
                                                         QStringLiteral("1280x720")),
             "a paid provider is priced");

    const ProviderProfile &emulatorProfile = builtIns.at(2);
    const auto emulator = createVideoProvider(emulatorProfile, emulatorProfile.fixedKey, &clock);
    QVERIFY(emulator.hasValue());
    QVERIFY2(emulator.value()->priceTable().rows().isEmpty(), "the emulator is free");

    ProviderProfile runway = builtIns.at(0);
    runway.name = QStringLiteral("runway");
    runway.adapter = QStringLiteral("runway-tasks");
    const auto missing = createVideoProvider(runway, QStringLiteral("k"), &clock);
    QVERIFY(!missing.hasValue());
    QVERIFY(missing.error().message.contains(QStringLiteral("runway-tasks")));
}

void tst_ProviderProfile::pricesParseAndRoundTrip_data()
{
    QTest::addColumn<QByteArray>("prices");
    QTest::addColumn<QString>("size");
    QTest::addColumn<double>("expected");
    QTest::newRow("one price") << QByteArray("0.12") << QStringLiteral("1280x720") << 0.12;
    QTest::newRow("free") << QByteArray("0") << QStringLiteral("960x960") << 0.0;
    QTest::newRow("by size") << QByteArray(R"({"1280x720":0.1,"1920x1080":0.3})")
                             << QStringLiteral("1920x1080") << 0.3;
    QTest::newRow("by size with any")
        << QByteArray(R"({"1280x720":0.1,"*":0.2})") << QStringLiteral("720x1280") << 0.2;
}

void tst_ProviderProfile::pricesParseAndRoundTrip()
{
    QFETCH(QByteArray, prices);
    QFETCH(QString, size);
    QFETCH(double, expected);
    const QByteArray json = R"({"providers":[{"name":"studio","base_url":"https://a.example/v1",
        "models":[{"id":"m1","durations":[5],"sizes":["1280x720"],"usd_per_second":)" +
                            prices + R"(},{"id":"m2","durations":[5]}]}]})";
    const auto parsed = ProviderProfiles::parse(json, QStringLiteral("providers.json"));
    QVERIFY2(parsed.hasValue(), qPrintable(parsed ? QString() : parsed.error().toString()));
    const ProviderProfile &profile = parsed->first();
    QVERIFY(!profile.capabilities.models.at(0).usdPerSecond.isEmpty());
    QVERIFY(profile.capabilities.models.at(1).usdPerSecond.isEmpty());

    const PriceTable table = priceTableForProfile(profile, PriceTable());
    QCOMPARE(table.pricePerSecond(QStringLiteral("m1"), size).value_or(-1.0), expected);
    QVERIFY2(!table.pricePerSecond(QStringLiteral("m2"), size), "m2 declares no price");

    // serialize + parse gives the same profile back, prices included.
    const auto again =
        ProviderProfiles::parse(ProviderProfiles::serialize({profile}), QStringLiteral("again"));
    QVERIFY(again.hasValue());
    QCOMPARE(again->first().capabilities, profile.capabilities);
}

void tst_ProviderProfile::builtInListPrices_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("size");
    QTest::addColumn<double>("usdPerSecond");
    QTest::newRow("runway gen4.5") << "runway"
                                   << "gen4.5"
                                   << "1280x720" << 0.12;
    QTest::newRow("runway gen4_turbo") << "runway"
                                       << "gen4_turbo"
                                       << "960x960" << 0.05;
    QTest::newRow("runway veo3") << "runway"
                                 << "veo3"
                                 << "720x1280" << 0.40;
    QTest::newRow("litellm veo") << "litellm"
                                 << "vertex_ai/veo-3.0-generate-preview"
                                 << "1280x720" << 0.40;
    QTest::newRow("comfyui wan: own machine") << "comfyui"
                                              << "wan2.2-ti2v-5b"
                                              << "1280x704" << 0.0;
    QTest::newRow("openai sora-2 (built-in table)") << "openai"
                                                    << "sora-2"
                                                    << "1280x720" << 0.10;
    QTest::newRow("emulator sora-2-pro (built-in table)") << "emulator"
                                                          << "sora-2-pro"
                                                          << "1792x1024" << 0.50;
}

void tst_ProviderProfile::builtInListPrices()
{
    QFETCH(QString, profile);
    QFETCH(QString, model);
    QFETCH(QString, size);
    QFETCH(double, usdPerSecond);
    const Result<ProviderProfiles> profiles = ProviderProfiles::load(QString());
    QVERIFY(profiles.hasValue());
    const ProviderProfile *found = profiles->find(profile);
    QVERIFY(found);
    QVERIFY2(found->capabilities.model(model), qPrintable(model + " is not offered"));
    const PriceTable table = priceTableForProfile(*found);
    const std::optional<double> price = table.pricePerSecond(model, size);
    QVERIFY2(price, qPrintable(QStringLiteral("no price for %1 %2 in %3 (%4)")
                                   .arg(model, size, table.name(), table.source())));
    QCOMPARE(*price, usdPerSecond);
    // A model the profile does not offer has no price in its table.
    if (profile != QLatin1String("openai") && profile != QLatin1String("emulator"))
        QVERIFY(!table.pricePerSecond(QStringLiteral("sora-2"), QStringLiteral("1280x720")));
    QVERIFY(!table.name().isEmpty());
}

void tst_ProviderProfile::priceTableFallsBackPerModel()
{
    ProviderProfile profile;
    profile.name = QStringLiteral("mixed");
    profile.capabilities = ProviderCapabilities::openAiVideos();
    profile.capabilities.models[1].usdPerSecond.insert(QStringLiteral("*"), 0.25); // sora-2-pro
    const PriceTable table = priceTableForProfile(profile, PriceTable::builtIn());
    QCOMPARE(table.pricePerSecond(QStringLiteral("sora-2"), QStringLiteral("1280x720")), 0.10);
    QCOMPARE(table.pricePerSecond(QStringLiteral("sora-2-pro"), QStringLiteral("1920x1080")), 0.25);
    QVERIFY2(table.name().contains(QStringLiteral("mixed")), qPrintable(table.name()));
    QVERIFY2(table.source().contains(PriceTable::builtIn().source()), qPrintable(table.source()));
}

void tst_ProviderProfile::projectCapabilitiesFollowTheProvider_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("expectedProfile");
    QTest::addColumn<QString>("firstModel");
    QTest::addColumn<bool>("warns");
    QTest::newRow("runway") << "runway"
                            << "runway"
                            << "gen4.5" << false;
    QTest::newRow("litellm") << "litellm"
                             << "litellm"
                             << "vertex_ai/veo-3.0-generate-preview" << false;
    QTest::newRow("comfyui") << "comfyui"
                             << "comfyui"
                             << "ltxv-2b" << false;
    QTest::newRow("openai") << "openai"
                            << "openai"
                            << "sora-2" << false;
    QTest::newRow("unknown name: the emulator") << "pika"
                                                << "emulator"
                                                << "sora-2" << true;
    QTest::newRow("empty name: the emulator") << ""
                                              << "emulator"
                                              << "sora-2" << true;
}

void tst_ProviderProfile::projectCapabilitiesFollowTheProvider()
{
    QFETCH(QString, provider);
    QFETCH(QString, expectedProfile);
    QFETCH(QString, firstModel);
    QFETCH(bool, warns);
    const Result<ProviderProfiles> profiles = ProviderProfiles::load(QString());
    QVERIFY(profiles.hasValue());
    Project project;
    project.format.provider = provider;
    const ProjectProvider resolved = projectProvider(project, *profiles);
    QCOMPARE(resolved.profile.name, expectedProfile);
    QCOMPARE(resolved.known, !warns);
    QCOMPARE(resolved.requestedName, provider);
    QCOMPARE(!resolved.warning.isEmpty(), warns);
    if (warns)
        QVERIFY2(resolved.warning.contains(provider), qPrintable(resolved.warning));
    QString warning;
    const ProviderCapabilities capabilities = projectCapabilities(project, *profiles, &warning);
    QCOMPARE(capabilities, resolved.profile.capabilities);
    QCOMPARE(warning, resolved.warning);
    QCOMPARE(capabilities.models.first().id, firstModel);
}

void tst_ProviderProfile::pictureInputsParseAndRoundTrip_data()
{
    QTest::addColumn<QByteArray>("keys");
    QTest::addColumn<bool>("firstFrame");
    QTest::addColumn<bool>("lastFrame");
    QTest::addColumn<int>("references");
    QTest::newRow("nothing said: a first frame") << QByteArray() << true << false << 0;
    QTest::newRow("new keys")
        << QByteArray(R"("first_frame":true,"last_frame":true,"max_reference_images":3,)") << true
        << true << 3;
    QTest::newRow("new keys, text only")
        << QByteArray(R"("first_frame":false,"last_frame":false,"max_reference_images":0,)")
        << false << false << 0;
    QTest::newRow("only references said")
        << QByteArray(R"("max_reference_images":9,)") << true << false << 9;
    // providers.json files written before the three keys existed.
    QTest::newRow("old none") << QByteArray(R"("reference_image":"none",)") << false << false << 0;
    QTest::newRow("old first frame")
        << QByteArray(R"("reference_image":"first_frame",)") << true << false << 0;
    QTest::newRow("old first and last")
        << QByteArray(R"("reference_image":"first_and_last_frame",)") << true << true << 0;
    QTest::newRow("old reference set")
        << QByteArray(R"("reference_image":"reference_set",)") << true << false << 3;
    QTest::newRow("new keys win over the old one")
        << QByteArray(R"("reference_image":"none","first_frame":true,"last_frame":true,)") << true
        << true << 0;
}

void tst_ProviderProfile::pictureInputsParseAndRoundTrip()
{
    QFETCH(QByteArray, keys);
    QFETCH(bool, firstFrame);
    QFETCH(bool, lastFrame);
    QFETCH(int, references);
    const QByteArray json = R"({"providers":[{"name":"studio","base_url":"https://a.example/v1",
        "models":[{)" + keys +
                            R"("id":"m1","durations":[5],"sizes":["1280x720"]}]}]})";
    const auto parsed = ProviderProfiles::parse(json, QStringLiteral("providers.json"));
    QVERIFY2(parsed.hasValue(), qPrintable(parsed ? QString() : parsed.error().toString()));
    const ModelCapability &model = parsed->first().capabilities.models.first();
    QCOMPARE(model.firstFrame, firstFrame);
    QCOMPARE(model.lastFrame, lastFrame);
    QCOMPARE(model.maxReferenceImages, references);

    const QByteArray written = ProviderProfiles::serialize(parsed.value());
    QVERIFY2(written.contains("\"first_frame\"") && written.contains("\"last_frame\"") &&
                 written.contains("\"max_reference_images\""),
             written.constData());
    QVERIFY2(!written.contains("\"reference_image\""), "the old key is written back");
    const auto again = ProviderProfiles::parse(written, QStringLiteral("again"));
    QVERIFY(again.hasValue());
    QCOMPARE(again->first().capabilities, parsed->first().capabilities);
}

void tst_ProviderProfile::builtInPictureInputs_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("firstFrame");
    QTest::addColumn<bool>("lastFrame");
    QTest::addColumn<int>("references");
    // videos-api.md: the OpenAI shape takes input_reference as the first frame only.
    QTest::newRow("openai sora-2") << "openai"
                                   << "sora-2" << true << false << 0;
    QTest::newRow("azure sora-2") << "azure"
                                  << "sora-2" << true << false << 0;
    // Runway image_to_video: gen4.5 first only; veo3.1(_fast) first and last; seedance2 9 refs.
    QTest::newRow("runway gen4.5") << "runway"
                                   << "gen4.5" << true << false << 0;
    QTest::newRow("runway gen4_turbo") << "runway"
                                       << "gen4_turbo" << true << false << 0;
    QTest::newRow("runway veo3.1") << "runway"
                                   << "veo3.1" << true << true << 0;
    QTest::newRow("runway veo3.1_fast") << "runway"
                                        << "veo3.1_fast" << true << true << 0;
    QTest::newRow("runway seedance2") << "runway"
                                      << "seedance2" << true << true << 9;
    // The emulator stands in for them all.
    QTest::newRow("emulator sora-2") << "emulator"
                                     << "sora-2" << true << true << 3;
}

void tst_ProviderProfile::builtInPictureInputs()
{
    QFETCH(QString, profile);
    QFETCH(QString, model);
    QFETCH(bool, firstFrame);
    QFETCH(bool, lastFrame);
    QFETCH(int, references);
    const Result<ProviderProfiles> profiles = ProviderProfiles::load(QString());
    QVERIFY(profiles.hasValue());
    const ProviderProfile *found = profiles->find(profile);
    QVERIFY(found);
    const ModelCapability *capability = found->capabilities.model(model);
    QVERIFY2(capability, qPrintable(model));
    QCOMPARE(capability->firstFrame, firstFrame);
    QCOMPARE(capability->lastFrame, lastFrame);
    QCOMPARE(capability->maxReferenceImages, references);
}

QTEST_GUILESS_MAIN(tst_ProviderProfile)
#include "tst_providerprofile.moc"
