// SPDX-License-Identifier: MIT
// Catalogs made into the capabilities ShotBrief plans with: OpenRouter's /videos/models and a
// LiteLLM gateway's /model/info, bad catalogs refused with a message naming the field, SKU
// prices, the request fields of a size, and catalogs kept in providers.json (built-ins too).
#include "api/extraproviderprofiles.h"
#include "api/modelcatalog.h"
#include "api/modelcatalogrefresh.h"
#include "api/providerprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

using Prices = QMap<QString, double>;

namespace {

QJsonObject model(const QString &id)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("canonical_slug"), id},
            {QStringLiteral("name"), id},
            {QStringLiteral("created"), 1760000000},
            {QStringLiteral("supported_durations"), QJsonArray{4, 8}},
            {QStringLiteral("supported_resolutions"), QJsonArray{QStringLiteral("720p")}},
            {QStringLiteral("supported_aspect_ratios"),
             QJsonArray{QStringLiteral("16:9"), QStringLiteral("9:16")}},
            {QStringLiteral("supported_sizes"), QJsonValue()},
            {QStringLiteral("supported_frame_images"), QJsonArray{QStringLiteral("first_frame")}},
            {QStringLiteral("generate_audio"), true},
            {QStringLiteral("seed"), true},
            {QStringLiteral("pricing_skus"),
             QJsonObject{{QStringLiteral("per-video-second"), QStringLiteral("0.10")}}}};
}

QByteArray catalog(const QJsonArray &models)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), models}}).toJson();
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

QByteArray shippedCatalog()
{
    QFile file(QStringLiteral(SHOTBRIEF_SOURCE_DIR "/resources/openrouter/video-models.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ModelCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedCatalogIsTheProfilesModels();
    void openRouterModel();
    void badCatalogs_data();
    void badCatalogs();
    void unusableModelsAreLeftOutWithAWarning();
    void skuPrices_data();
    void skuPrices();
    void formatFields_data();
    void formatFields();
    void liteLlmModelInfo();
    void catalogChange();
    void catalogsAreKeptInProvidersJson();
    void aCachedCatalogThatPlansNothingIsIgnored();
};

void tst_ModelCatalog::shippedCatalogIsTheProfilesModels()
{
    const Result<ModelCatalog> parsed =
        parseOpenRouterCatalog(shippedCatalog(), QStringLiteral("shipped"));
    QVERIFY2(parsed.hasValue(),
             qPrintable(parsed.hasValue() ? QString() : parsed.error().toString()));
    QVERIFY(parsed->warnings.isEmpty());
    QCOMPARE(parsed->models, openRouterProfile().capabilities.models);
}

void tst_ModelCatalog::openRouterModel()
{
    const Result<ModelCatalog> parsed = parseOpenRouterCatalog(
        catalog({model(QStringLiteral("acme/one"))}), QStringLiteral("test"));
    QVERIFY(parsed.hasValue());
    QCOMPARE(parsed->models.size(), 1);
    const ModelCapability &m = parsed->models.first();
    QCOMPARE(m.id, QStringLiteral("acme/one"));
    QCOMPARE(m.durations, (QList<int>{4, 8}));
    QCOMPARE(m.sizes, (QStringList{QStringLiteral("1280x720"), QStringLiteral("720x1280")}));
    QCOMPARE(m.resolutions, QStringList{QStringLiteral("720p")});
    QVERIFY(m.firstFrame);
    QVERIFY(!m.lastFrame);
    QCOMPARE(m.maxReferenceImages, 0);
    QVERIFY(!m.referenceMustMatchSize);
    // The shipped catalog's first-and-last and text-only models say so.
    const ProviderCapabilities shipped = openRouterProfile().capabilities;
    QVERIFY(shipped.model(QStringLiteral("google/veo-3.1"))->lastFrame);
    QVERIFY(!shipped.model(QStringLiteral("openai/sora-2-pro"))->firstFrame);
    QVERIFY(m.audio);
    QCOMPARE(m.usdPerSecond, (QMap<QString, double>{{QStringLiteral("*"), 0.10}}));
    QCOMPARE(m.pricingNote, QStringLiteral("per-video-second: $0.1"));
}

void tst_ModelCatalog::badCatalogs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");
    const QJsonObject good = model(QStringLiteral("acme/one"));
    QTest::newRow("not JSON") << QByteArray("{\"data\": [") << QString() << "not JSON";
    QTest::newRow("a web page") << QByteArray("<!DOCTYPE html><html>Sign in</html>") << QString()
                                << "web page";
    QTest::newRow("no data array") << QByteArray(R"({"models": []})") << "data"
                                   << "\"data\"";
    QTest::newRow("no models") << catalog({}) << "data"
                               << "no models";
    QTest::newRow("a duration of 0")
        << catalog({with(good, QStringLiteral("supported_durations"), QJsonArray{0, 4})})
        << "data[0].supported_durations[0]"
        << "got 0";
    QTest::newRow("a duration as text")
        << catalog(
               {with(good, QStringLiteral("supported_durations"), QJsonArray{QStringLiteral("8")})})
        << "data[0].supported_durations[0]"
        << "\"8\"";
    QTest::newRow("a fractional duration")
        << catalog({with(good, QStringLiteral("supported_durations"), QJsonArray{4.5})})
        << "data[0].supported_durations[0]"
        << "4.5";
    QTest::newRow("an hour-long duration")
        << catalog({with(good, QStringLiteral("supported_durations"), QJsonArray{3600})})
        << "data[0].supported_durations[0]"
        << "600";
    QTest::newRow("a model twice") << catalog({good, good}) << "data[1].id"
                                   << "twice";
    QTest::newRow("a model without id")
        << catalog({with(good, QStringLiteral("id"), QString())}) << "data[0].id"
        << "no id";
    QByteArray huge = catalog({good});
    huge.append(QByteArray(MaxCatalogBytes, ' '));
    QTest::newRow("bigger than a catalog may be") << huge << QString() << "MB";
}

void tst_ModelCatalog::badCatalogs()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    const Result<ModelCatalog> parsed = parseOpenRouterCatalog(json, QStringLiteral("cat.json"));
    QVERIFY(!parsed.hasValue());
    QCOMPARE(parsed.error().file, QStringLiteral("cat.json"));
    QCOMPARE(parsed.error().field, field);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

void tst_ModelCatalog::unusableModelsAreLeftOutWithAWarning()
{
    const QJsonObject good = model(QStringLiteral("acme/good"));
    QJsonObject noDurations = with(model(QStringLiteral("acme/no-lengths")),
                                   QStringLiteral("supported_durations"), QJsonValue());
    QJsonObject noFormats =
        with(model(QStringLiteral("acme/no-format")), QStringLiteral("supported_resolutions"),
             QJsonArray{QStringLiteral("8K-ultra")});
    const Result<ModelCatalog> parsed =
        parseOpenRouterCatalog(catalog({noDurations, good, noFormats}), QStringLiteral("t"));
    QVERIFY(parsed.hasValue());
    QCOMPARE(parsed->models.size(), 1);
    QCOMPARE(parsed->models.first().id, QStringLiteral("acme/good"));
    QCOMPARE(parsed->warnings.size(), 2);
    QVERIFY(parsed->warnings.first().contains(QStringLiteral("acme/no-lengths")));
    QVERIFY(parsed->warnings.last().contains(QStringLiteral("acme/no-format")));

    // Nothing left to plan with: refused as a whole.
    const Result<ModelCatalog> nothing =
        parseOpenRouterCatalog(catalog({noDurations}), QStringLiteral("t"));
    QVERIFY(!nothing.hasValue());
    QVERIFY(nothing.error().message.contains(QStringLiteral("acme/no-lengths")));
}

void tst_ModelCatalog::skuPrices_data()
{
    QTest::addColumn<QJsonObject>("skus");
    QTest::addColumn<QStringList>("sizes");
    QTest::addColumn<Prices>("expected");
    const QStringList sizes{QStringLiteral("1280x720"), QStringLiteral("1920x1080"),
                            QStringLiteral("1080x1920")};
    QTest::newRow("one price") << QJsonObject{{QStringLiteral("per-video-second"),
                                               QStringLiteral("0.40")}}
                               << sizes << Prices{{QStringLiteral("*"), 0.40}};
    QTest::newRow("by resolution")
        << QJsonObject{{QStringLiteral("per-video-second"), QStringLiteral("0.40")},
                       {QStringLiteral("per-video-second-1080p"), QStringLiteral("0.50")}}
        << sizes
        << Prices{{QStringLiteral("*"), 0.40},
                  {QStringLiteral("1920x1080"), 0.50},
                  {QStringLiteral("1080x1920"), 0.50}};
    QTest::newRow("by size") << QJsonObject{{QStringLiteral("per-video-second-1920x1080"), 0.7}}
                             << sizes << Prices{{QStringLiteral("1920x1080"), 0.7}};
    QTest::newRow("variants ShotBrief does not ask for do not count")
        << QJsonObject{{QStringLiteral("per-video-second"), QStringLiteral("0.40")},
                       {QStringLiteral("per-video-second-no-audio"), QStringLiteral("0.20")},
                       {QStringLiteral("per-video"), QStringLiteral("2.00")}}
        << sizes << Prices{{QStringLiteral("*"), 0.40}};
    QTest::newRow("prices that are not prices")
        << QJsonObject{{QStringLiteral("per-video-second"), QStringLiteral("free")},
                       {QStringLiteral("per-video-second-720p"), QStringLiteral("-1")},
                       {QStringLiteral("per-video-second-1080p"), QStringLiteral("nan")}}
        << sizes << Prices{};
}

void tst_ModelCatalog::skuPrices()
{
    QFETCH(QJsonObject, skus);
    QFETCH(QStringList, sizes);
    QFETCH(Prices, expected);
    ModelCapability m;
    m.sizes = sizes;
    QString note;
    QCOMPARE(pricesFromSkus(skus, m, &note), expected);
    for (auto it = skus.begin(); it != skus.end(); ++it)
        QVERIFY2(note.contains(it.key()), qPrintable(note)); // every SKU stays in the tooltip
}

void tst_ModelCatalog::formatFields_data()
{
    QTest::addColumn<QStringList>("resolutions");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QJsonObject>("expected");
    const QStringList both{QStringLiteral("720p"), QStringLiteral("1080p")};
    QTest::newRow("720p wide") << both << QStringLiteral("1280x720")
                               << QJsonObject{
                                      {QStringLiteral("resolution"), QStringLiteral("720p")},
                                      {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")}};
    QTest::newRow("1080p tall") << both << QStringLiteral("1080x1920")
                                << QJsonObject{
                                       {QStringLiteral("resolution"), QStringLiteral("1080p")},
                                       {QStringLiteral("aspect_ratio"), QStringLiteral("9:16")}};
    QTest::newRow("square") << both << QStringLiteral("720x720")
                            << QJsonObject{{QStringLiteral("resolution"), QStringLiteral("720p")},
                                           {QStringLiteral("aspect_ratio"), QStringLiteral("1:1")}};
    QTest::newRow("ultra-wide") << both << QStringLiteral("2520x1080")
                                << QJsonObject{
                                       {QStringLiteral("resolution"), QStringLiteral("1080p")},
                                       {QStringLiteral("aspect_ratio"), QStringLiteral("21:9")}};
    QTest::newRow("a size model") << QStringList{} << QStringLiteral("1792x1024")
                                  << QJsonObject{
                                         {QStringLiteral("size"), QStringLiteral("1792x1024")}};
    QTest::newRow("a size no resolution names")
        << both << QStringLiteral("1000x1000")
        << QJsonObject{{QStringLiteral("size"), QStringLiteral("1000x1000")}};
}

void tst_ModelCatalog::formatFields()
{
    QFETCH(QStringList, resolutions);
    QFETCH(QString, size);
    QFETCH(QJsonObject, expected);
    ModelCapability m;
    m.resolutions = resolutions;
    QCOMPARE(openRouterFormatFields(m, size), expected);
}

void tst_ModelCatalog::liteLlmModelInfo()
{
    const QByteArray info = R"({"data": [
        {"model_name": "gpt-4o", "model_info": {"mode": "chat"}},
        {"model_name": "veo-3", "litellm_params": {"model": "vertex_ai/veo-3.0"},
         "model_info": {"mode": "video_generation", "output_cost_per_second": 0.35}},
        {"model_name": "veo-3", "model_info": {"mode": "video_generation"}},
        {"model_name": "sora-2", "model_info": {"mode": "video_generation",
         "output_cost_per_video_per_second": 0.1}}]})";
    ModelCapability known;
    known.id = QStringLiteral("veo-3");
    known.durations = {4, 6, 8};
    known.sizes = {QStringLiteral("1280x720")};
    ModelCapability modelTemplate;
    modelTemplate.id = QStringLiteral("template");
    modelTemplate.durations = {8};
    modelTemplate.sizes = {QStringLiteral("720x1280")};
    const Result<ModelCatalog> parsed =
        parseLiteLlmModelInfo(info, QStringLiteral("gw"), {known}, modelTemplate);
    QVERIFY2(parsed.hasValue(),
             qPrintable(parsed.hasValue() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->models.size(), 2); // chat models are not video models; one veo-3
    const ModelCapability &veo = parsed->models.at(0);
    QCOMPARE(veo.id, QStringLiteral("veo-3"));
    QCOMPARE(veo.durations, (QList<int>{4, 6, 8})); // kept: the gateway does not say
    QCOMPARE(veo.usdPerSecond.value(QStringLiteral("*")), 0.35);
    const ModelCapability &sora = parsed->models.at(1);
    QCOMPARE(sora.durations, QList<int>{8}); // from the template, with a warning
    QCOMPARE(sora.usdPerSecond.value(QStringLiteral("*")), 0.1);
    QCOMPARE(parsed->warnings.size(), 1);
    QVERIFY(parsed->warnings.first().contains(QStringLiteral("sora-2")));

    const Result<ModelCatalog> none = parseLiteLlmModelInfo(
        R"({"data": [{"model_name": "gpt-4o", "model_info": {"mode": "chat"}}]})",
        QStringLiteral("gw"), {}, modelTemplate);
    QVERIFY(!none.hasValue());
    QVERIFY(none.error().message.contains(QStringLiteral("video_generation")));
}

void tst_ModelCatalog::catalogChange()
{
    ModelCapability a;
    a.id = QStringLiteral("a");
    a.durations = {4};
    ModelCapability b = a;
    b.id = QStringLiteral("b");
    ModelCapability c = a;
    c.id = QStringLiteral("c");
    ModelCapability b2 = b;
    b2.usdPerSecond = {{QStringLiteral("*"), 0.2}};
    const CatalogChange change = compareCatalogs({a, b}, {b2, c});
    QCOMPARE(change.added, QStringList{QStringLiteral("c")});
    QCOMPARE(change.removed, QStringList{QStringLiteral("a")});
    QCOMPARE(change.changed, QStringList{QStringLiteral("b")});
    QVERIFY(change.touches({QStringLiteral("a")}));
    QVERIFY(change.touches({QStringLiteral("x"), QStringLiteral("b")}));
    QVERIFY(!change.touches({QStringLiteral("c")}));
    QVERIFY(compareCatalogs({a}, {a}).isEmpty());
    QVERIFY(!change.summary().isEmpty());
}

void tst_ModelCatalog::catalogsAreKeptInProvidersJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("providers.json"));
    Result<ProviderProfiles> profiles = ProviderProfiles::load(path);
    QVERIFY(profiles.hasValue());
    const QDateTime at(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    ModelCapability only = openRouterProfile().capabilities.models.first();
    only.durations = {4};
    QVERIFY(profiles->applyCatalog(QStringLiteral("openrouter"), {only}, at).hasValue());
    QVERIFY(!profiles->applyCatalog(QStringLiteral("nobody"), {only}, at).hasValue());
    // A user profile reading a LiteLLM gateway keeps its catalog in its own entry.
    ProviderProfile gateway = extraBuiltInProfiles().at(1);
    gateway.name = QStringLiteral("studio");
    gateway.builtIn = false;
    gateway.catalogRefreshedAt = at;
    profiles->upsert(gateway);
    QVERIFY(profiles->save(path).hasValue());

    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(written.readAll()).object();
    QVERIFY2(
        root.value(QStringLiteral("catalogs")).toObject().contains(QStringLiteral("openrouter")),
        "the built-in's catalog is kept apart");
    QCOMPARE(root.value(QStringLiteral("providers")).toArray().size(), 1); // studio only

    const Result<ProviderProfiles> again = ProviderProfiles::load(path);
    QVERIFY2(again.hasValue(), qPrintable(again.hasValue() ? QString() : again.error().toString()));
    const ProviderProfile *openRouter = again->find(QStringLiteral("openrouter"));
    QVERIFY(openRouter);
    QVERIFY2(openRouter->builtIn, "refreshing a built-in does not make it a user profile");
    QCOMPARE(openRouter->catalogRefreshedAt, at);
    QCOMPARE(openRouter->capabilities.models, QList<ModelCapability>{only});
    const ProviderProfile *studio = again->find(QStringLiteral("studio"));
    QVERIFY(studio && !studio->builtIn);
    QCOMPARE(studio->catalog, QStringLiteral("litellm"));
    QCOMPARE(studio->catalogRefreshedAt, at);
}

void tst_ModelCatalog::aCachedCatalogThatPlansNothingIsIgnored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("providers.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"providers": [], "catalogs": {"openrouter": {"refreshed_at":
        "2026-12-07T10:00:00Z", "models": []}, "nobody": {"models": [{"id": "x"}]}}})");
    file.close();
    const Result<ProviderProfiles> loaded = ProviderProfiles::load(path);
    QVERIFY(loaded.hasValue());
    QCOMPARE(loaded->find(QStringLiteral("openrouter"))->capabilities.models,
             openRouterProfile().capabilities.models);
    QVERIFY(!loaded->find(QStringLiteral("nobody")));
}

QTEST_GUILESS_MAIN(tst_ModelCatalog)
#include "tst_modelcatalog.moc"
