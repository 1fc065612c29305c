// SPDX-License-Identifier: MIT
// The OpenRouter dialect of the emulator (/api/v1/videos...): the catalog, requests checked
// against it, 202 on submit, the job lifecycle with usage.cost, content, errors and faults.
#include "emulatortestclient.h"

#include "emulator/emulatorserver.h"
#include "emulator/openrouterroutes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;
using namespace ShotBrief::Testing;

namespace {

const QByteArray Key = "sk-or-v1-emulator-test";

QJsonObject frame(const QString &url, const QString &type)
{
    return {{QStringLiteral("type"), QStringLiteral("image_url")},
            {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), url}}},
            {QStringLiteral("frame_type"), type}};
}

QJsonObject reference(const QString &url)
{
    return {{QStringLiteral("type"), QStringLiteral("image_url")},
            {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), url}}}};
}

QJsonObject catalogModel(const QJsonArray &models, const QString &id)
{
    for (const QJsonValue &model : models) {
        if (model.toObject().value(QStringLiteral("id")).toString() == id)
            return model.toObject();
    }
    return {};
}

QString errorMessage(const TestReply &reply)
{
    return reply.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

} // namespace

class tst_OpenRouterDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void catalogIsOpenRoutersShape();
    void validation_data();
    void validation();
    void lifecycle();
    void sizeBasedModel();
    void keys();
    void faults();
    void moderationFailure();
    void expiry();
    void configuredCatalogIsServedAsItIs();

private:
    void restart(const std::function<void(EmulatorConfig &)> &configure);
    QJsonObject waitForJob(TestClient &client, const QString &id);

    QTemporaryDir m_tmp;
    QString m_dataUrl;
    std::unique_ptr<EmulatorServer> m_emulator;
};

void tst_OpenRouterDialect::initTestCase()
{
    QVERIFY2(m_tmp.isValid(), "temporary folder");
    const QString png = m_tmp.filePath(QStringLiteral("frame.png"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                  QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("color=c=orange:s=320x180"), QStringLiteral("-frames:v"),
                  QStringLiteral("1"), png});
    QVERIFY2(ffmpeg.waitForFinished(30000) && ffmpeg.exitCode() == 0, "ffmpeg is needed");
    QFile file(png);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_dataUrl =
        QStringLiteral("data:image/png;base64,") + QString::fromLatin1(file.readAll().toBase64());
}

void tst_OpenRouterDialect::restart(const std::function<void(EmulatorConfig &)> &configure)
{
    m_emulator.reset();
    EmulatorConfig config;
    config.stateDir = m_tmp.filePath(QStringLiteral("state-%1").arg(QTest::currentTestFunction()));
    QDir(config.stateDir).removeRecursively();
    config.jobSeconds = 0.4;
    config.maxRunningPerKey = 8;
    config.requiredKey = QString::fromLatin1(Key);
    if (configure)
        configure(config);
    m_emulator = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_emulator->listen() != 0);
}

void tst_OpenRouterDialect::init()
{
    restart({});
}

void tst_OpenRouterDialect::cleanup()
{
    m_emulator.reset();
}

QJsonObject tst_OpenRouterDialect::waitForJob(TestClient &client, const QString &id)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject job;
    while (timer.elapsed() < 30000) {
        const TestReply reply = client.get(QStringLiteral("/videos/") + id);
        job = reply.json();
        const QString status = job.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("pending") && status != QLatin1String("in_progress"))
            return job;
        QTest::qWait(40);
    }
    return job;
}

void tst_OpenRouterDialect::catalogIsOpenRoutersShape()
{
    TestClient anonymous(m_emulator->openRouterUrl(), QByteArray()); // public, like OpenRouter's
    const TestReply reply = anonymous.get(QStringLiteral("/videos/models"));
    QCOMPARE(reply.status, 200);
    const QJsonArray models = reply.json().value(QStringLiteral("data")).toArray();
    QVERIFY(models.size() >= 3);
    QSet<QString> frameSets;
    QSet<QString> durationSets;
    for (const QJsonValue &value : models) {
        const QJsonObject model = value.toObject();
        // Every key the official SDK requires is there (null allowed).
        for (const char *key :
             {"id", "canonical_slug", "name", "created", "supported_durations",
              "supported_resolutions", "supported_aspect_ratios", "supported_sizes",
              "supported_frame_images", "generate_audio", "seed", "creativity", "upscale_factor",
              "allowed_passthrough_parameters"})
            QVERIFY2(model.contains(QLatin1String(key)), key);
        QStringList frames;
        for (const QJsonValue &f : model.value(QStringLiteral("supported_frame_images")).toArray())
            frames << f.toString();
        frameSets.insert(frames.join(QLatin1Char('+')));
        durationSets.insert(QString::fromUtf8(
            QJsonDocument(model.value(QStringLiteral("supported_durations")).toArray()).toJson()));
    }
    QVERIFY(frameSets.contains(QStringLiteral("first_frame+last_frame")));
    QVERIFY(frameSets.contains(QStringLiteral("first_frame")));
    QVERIFY(frameSets.contains(QString()));
    QVERIFY(durationSets.size() >= 3);
    QCOMPARE(reply.body, OpenRouterRoutes::builtInCatalog());
}

void tst_OpenRouterDialect::validation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("param");

    const auto json = [](QJsonObject object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    const QString veo = QStringLiteral("google/veo-3.1");
    const QJsonObject base{{QStringLiteral("model"), veo},
                           {QStringLiteral("prompt"), QStringLiteral("A lantern")}};
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject object = base;
        object.insert(key, value);
        return json(object);
    };
    QTest::newRow("minimal") << json(base) << 202 << QString();
    QTest::newRow("all fields")
        << json(QJsonObject{{QStringLiteral("model"), veo},
                            {QStringLiteral("prompt"), QStringLiteral("A lantern")},
                            {QStringLiteral("duration"), 6},
                            {QStringLiteral("resolution"), QStringLiteral("1080p")},
                            {QStringLiteral("aspect_ratio"), QStringLiteral("9:16")},
                            {QStringLiteral("seed"), 42},
                            {QStringLiteral("generate_audio"), false},
                            {QStringLiteral("callback_url"), QStringLiteral("https://x.test/cb")}})
        << 202 << QString();
    QTest::newRow("not json") << QByteArray("{model:") << 400 << QString();
    QTest::newRow("no model") << QByteArray(R"({"prompt":"x"})") << 400 << "model";
    QTest::newRow("unknown model")
        << QByteArray(R"({"model":"acme/none","prompt":"x"})") << 400 << "model";
    QTest::newRow("nothing to make")
        << QByteArray(R"({"model":"google/veo-3.1"})") << 400 << "prompt";
    QTest::newRow("duration not offered")
        << with(QStringLiteral("duration"), 5) << 400 << "duration";
    QTest::newRow("duration as text")
        << with(QStringLiteral("duration"), QStringLiteral("4")) << 400 << "duration";
    QTest::newRow("resolution not offered")
        << with(QStringLiteral("resolution"), QStringLiteral("4K")) << 400 << "resolution";
    QTest::newRow("aspect not offered")
        << with(QStringLiteral("aspect_ratio"), QStringLiteral("1:1")) << 400 << "aspect_ratio";
    QTest::newRow("size on a resolution model")
        << with(QStringLiteral("size"), QStringLiteral("1280x720")) << 400 << "size";
    QTest::newRow("seed not whole") << with(QStringLiteral("seed"), 1.5) << 400 << "seed";
    QTest::newRow("audio not bool")
        << with(QStringLiteral("generate_audio"), 1) << 400 << "generate_audio";
}

void tst_OpenRouterDialect::validation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, param);
    TestClient client(m_emulator->openRouterUrl(), Key);
    const TestReply reply = client.postRaw(QStringLiteral("/videos"), body, "application/json");
    QCOMPARE(reply.status, status);
    if (status == 202) {
        QVERIFY(
            reply.json().value(QStringLiteral("id")).toString().startsWith(QLatin1String("vgen_")));
        QCOMPARE(reply.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(m_emulator->createCount(), 1);
        return;
    }
    const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), status);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    if (!param.isEmpty())
        QCOMPARE(error.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("param"))
                     .toString(),
                 param);
    QCOMPARE(m_emulator->createCount(), 0);
}

void tst_OpenRouterDialect::lifecycle()
{
    TestClient client(m_emulator->openRouterUrl(), Key);
    const QJsonObject request{
        {QStringLiteral("model"), QStringLiteral("google/veo-3.1")},
        {QStringLiteral("prompt"), QStringLiteral("A night market in the rain")},
        {QStringLiteral("duration"), 4},
        {QStringLiteral("resolution"), QStringLiteral("1080p")},
        {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")},
        {QStringLiteral("frame_images"),
         QJsonArray{
             frame(m_dataUrl, QStringLiteral("first_frame")),
             frame(QStringLiteral("https://example.test/last.png"), QStringLiteral("last_frame"))}},
        {QStringLiteral("input_references"), QJsonArray{reference(m_dataUrl)}}};
    const TestReply created =
        client.postJson(QStringLiteral("/videos"), request, {{"X-ShotBrief-Shot-Label", "1A"}});
    QCOMPARE(created.status, 202);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QCOMPARE(created.json().value(QStringLiteral("polling_url")).toString(),
             m_emulator->openRouterUrl().toString() + QStringLiteral("/videos/") + id);

    const TestReply early = client.get(QStringLiteral("/videos/%1/content?index=0").arg(id));
    QCOMPARE(early.status, 409);
    QCOMPARE(early.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
             409);

    const QJsonObject job = waitForJob(client, id);
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    const QJsonArray urls = job.value(QStringLiteral("unsigned_urls")).toArray();
    QCOMPARE(urls.size(), 1);
    QVERIFY(urls.first().toString().endsWith(QStringLiteral("/videos/%1/content?index=0").arg(id)));
    // 1080p on Veo 3.1 is listed at $0.50 a second: 4 s cost $2.00.
    const QJsonObject usage = job.value(QStringLiteral("usage")).toObject();
    QCOMPARE(usage.value(QStringLiteral("cost")).toDouble(), 2.0);
    QCOMPARE(usage.value(QStringLiteral("is_byok")).toBool(true), false);

    const TestReply content = client.get(QStringLiteral("/videos/%1/content?index=0").arg(id));
    QCOMPARE(content.status, 200);
    QCOMPARE(content.header("content-type"), QByteArray("video/mp4"));
    QCOMPARE(content.body.mid(4, 4), QByteArray("ftyp"));
    const QString clip = m_tmp.filePath(QStringLiteral("lifecycle.mp4"));
    QFile out(clip);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(content.body);
    out.close();
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                   QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                   QStringLiteral("stream=width,height"), QStringLiteral("-of"),
                   QStringLiteral("csv=p=0"), clip});
    QVERIFY(ffprobe.waitForFinished(30000));
    QCOMPARE(ffprobe.readAllStandardOutput().trimmed(), QByteArray("1920,1080"));

    QCOMPARE(client.get(QStringLiteral("/videos/%1/content?index=1").arg(id)).status, 404);
    QCOMPARE(client.get(QStringLiteral("/videos/vgen_nobody")).status, 404);
    // Jobs of this dialect are not videos of the OpenAI dialect.
    TestClient openAi(m_emulator->baseUrl(), Key);
    QCOMPARE(
        openAi.get(QStringLiteral("/videos")).json().value(QStringLiteral("data")).toArray().size(),
        0);
}

void tst_OpenRouterDialect::sizeBasedModel()
{
    TestClient client(m_emulator->openRouterUrl(), Key);
    const QJsonObject base{{QStringLiteral("model"), QStringLiteral("openai/sora-2-pro")},
                           {QStringLiteral("prompt"), QStringLiteral("A lantern")},
                           {QStringLiteral("duration"), 4}};
    QJsonObject wrong = base;
    wrong.insert(QStringLiteral("resolution"), QStringLiteral("720p"));
    const TestReply refused = client.postJson(QStringLiteral("/videos"), wrong);
    QCOMPARE(refused.status, 400);
    QJsonObject withFrame = base;
    withFrame.insert(QStringLiteral("frame_images"),
                     QJsonArray{frame(m_dataUrl, QStringLiteral("first_frame"))});
    QCOMPARE(client.postJson(QStringLiteral("/videos"), withFrame).status, 400);
    QJsonObject sized = base;
    sized.insert(QStringLiteral("size"), QStringLiteral("1792x1024"));
    const TestReply created = client.postJson(QStringLiteral("/videos"), sized);
    QCOMPARE(created.status, 202);
    const QJsonObject job =
        waitForJob(client, created.json().value(QStringLiteral("id")).toString());
    // The 1792x1024 SKU: $0.50 a second.
    QCOMPARE(job.value(QStringLiteral("usage")).toObject().value(QStringLiteral("cost")).toDouble(),
             2.0);
}

void tst_OpenRouterDialect::keys()
{
    const QByteArray body = R"({"model":"alibaba/wan-2.6","prompt":"x"})";
    TestClient nobody(m_emulator->openRouterUrl(), QByteArray());
    const TestReply missing = nobody.postRaw(QStringLiteral("/videos"), body, "application/json");
    QCOMPARE(missing.status, 401);
    TestClient stranger(m_emulator->openRouterUrl(), "sk-or-v1-someone-else");
    const TestReply wrong = stranger.postRaw(QStringLiteral("/videos"), body, "application/json");
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
             401);
    QVERIFY(!errorMessage(wrong).contains(QLatin1String("someone-else")));
    QCOMPARE(stranger.get(QStringLiteral("/videos/vgen_x")).status, 401);
    QCOMPARE(m_emulator->createCount(), 0);
}

void tst_OpenRouterDialect::faults()
{
    restart([](EmulatorConfig &config) {
        config.faults = *FaultSpec::parse(QStringLiteral("429:on=create:count=1:retry=2,lost"));
    });
    TestClient client(m_emulator->openRouterUrl(), Key);
    const QByteArray body = R"({"model":"alibaba/wan-2.6","prompt":"x"})";
    const TestReply limited = client.postRaw(QStringLiteral("/videos"), body, "application/json");
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), QByteArray("2"));
    QCOMPARE(limited.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toInt(),
             429);
    const TestReply lost = client.postRaw(QStringLiteral("/videos"), body, "application/json");
    QVERIFY(lost.error != QNetworkReply::NoError); // the answer was cut off ...
    QCOMPARE(m_emulator->createCount(), 1);        // ... but the job was made
}

void tst_OpenRouterDialect::moderationFailure()
{
    restart([](EmulatorConfig &config) {
        config.faults = *FaultSpec::parse(QStringLiteral("moderation"));
    });
    TestClient client(m_emulator->openRouterUrl(), Key);
    const TestReply created =
        client.postRaw(QStringLiteral("/videos"), R"({"model":"alibaba/wan-2.6","prompt":"x"})",
                       "application/json");
    QCOMPARE(created.status, 202);
    const QJsonObject job =
        waitForJob(client, created.json().value(QStringLiteral("id")).toString());
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY(job.value(QStringLiteral("error")).toString().contains(QLatin1String("moderation")));
    QVERIFY(!job.contains(QStringLiteral("usage")));
}

void tst_OpenRouterDialect::expiry()
{
    restart([](EmulatorConfig &config) { config.expirySeconds = 0; });
    TestClient client(m_emulator->openRouterUrl(), Key);
    const TestReply created =
        client.postRaw(QStringLiteral("/videos"), R"({"model":"alibaba/wan-2.6","prompt":"x"})",
                       "application/json");
    const QString id = created.json().value(QStringLiteral("id")).toString();
    const QJsonObject job = waitForJob(client, id);
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    QCOMPARE(client.get(QStringLiteral("/videos/%1/content?index=0").arg(id)).status, 410);
}

void tst_OpenRouterDialect::configuredCatalogIsServedAsItIs()
{
    // A test double for hostile catalogs: whatever it is given is what it serves, while the
    // requests are still checked against a catalog that makes sense.
    restart([](EmulatorConfig &config) { config.openRouterCatalog = "<html>not json</html>"; });
    TestClient client(m_emulator->openRouterUrl(), Key);
    QCOMPARE(client.get(QStringLiteral("/videos/models")).body,
             QByteArray("<html>not json</html>"));
    QCOMPARE(client
                 .postRaw(QStringLiteral("/videos"), R"({"model":"google/veo-3.1","prompt":"x"})",
                          "application/json")
                 .status,
             202);

    QJsonArray models = QJsonDocument::fromJson(OpenRouterRoutes::builtInCatalog())
                            .object()
                            .value(QStringLiteral("data"))
                            .toArray();
    QJsonObject wan = catalogModel(models, QStringLiteral("alibaba/wan-2.6"));
    wan.insert(QStringLiteral("supported_durations"), QJsonArray{3, 7});
    const QByteArray custom =
        QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonArray{wan}}}).toJson();
    restart([custom](EmulatorConfig &config) { config.openRouterCatalog = custom; });
    TestClient other(m_emulator->openRouterUrl(), Key);
    QCOMPARE(other
                 .postRaw(QStringLiteral("/videos"),
                          R"({"model":"alibaba/wan-2.6","prompt":"x","duration":7})",
                          "application/json")
                 .status,
             202);
    QCOMPARE(other
                 .postRaw(QStringLiteral("/videos"), R"({"model":"google/veo-3.1","prompt":"x"})",
                          "application/json")
                 .status,
             400); // not in the configured catalog
}

QTEST_GUILESS_MAIN(tst_OpenRouterDialect)
#include "tst_openrouterdialect.moc"
