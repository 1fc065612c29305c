// SPDX-License-Identifier: MIT
// The emulator over real HTTP on loopback: every endpoint, validation, keys, the running limit,
// the job lifecycle, real rendered clips (checked with ffprobe), persistence and faults.
#include "emulator/emulatorserver.h"
#include "emulatortestclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ShotBrief;
using ShotBrief::Testing::TestClient;
using ShotBrief::Testing::TestReply;

using Fields = QList<QPair<QByteArray, QByteArray>>;

class tst_EmulatorServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void createMultipart();
    void createJson();
    void createValidation_data();
    void createValidation();
    void gatewayModels_data();
    void gatewayModels();
    void referenceImage_data();
    void referenceImage();
    void referenceImageUrl_data();
    void referenceImageUrl();
    void authentication_data();
    void authentication();
    void runningLimit();
    void lifecycleRisesToCompleted();
    void renderedClipIsReal_data();
    void renderedClipIsReal();
    void renderFailureFailsJob();
    void pngThumbnailWithoutWebpEncoder();
    void retrieveUnknown();
    void listPagination();
    void listValidation_data();
    void listValidation();
    void deleteJob();
    void remix();
    void extensionsAndEdits();
    void contentRules();
    void rangeDownload();
    void expiry();
    void unsupportedEndpoints_data();
    void unsupportedEndpoints();
    void azurePathAndHeader();
    void statsEndpoint();
    void faultsEndpoint();
    void statePersistsAcrossRestart();
    void faultStatus_data();
    void faultStatus();
    void faultCountAndSkip();
    void faultDropDownload();
    void faultSlowResponse();
    void faultModeration();
    void faultLostCreate();
    void faultRenderFail();

private:
    std::unique_ptr<EmulatorServer> makeServer(EmulatorConfig config = {});
    static EmulatorConfig fastConfig();
    QString injectClip(EmulatorServer &server);
    bool waitForStatus(TestClient &client, const QString &id, const QString &status,
                       int timeoutMs = 20000);
    QJsonObject ffprobe(const QString &file);

    QTemporaryDir m_tmp;
    QString m_clip; // a small real mp4 for injected jobs
    QByteArray m_png1280, m_jpg1280, m_webp1280, m_png640;
};

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static bool runFfmpeg(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"),
            QStringList{QStringLiteral("-nostdin"), QStringLiteral("-y"),
                        QStringLiteral("-loglevel"), QStringLiteral("error")} +
                args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void tst_EmulatorServer::initTestCase()
{
    QVERIFY2(m_tmp.isValid(), "temporary folder");
    const QString dir = m_tmp.path();
    m_clip = dir + QStringLiteral("/clip.mp4");
    QVERIFY2(runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("testsrc=s=320x180:r=24:d=1"), QStringLiteral("-pix_fmt"),
                        QStringLiteral("yuv420p"), m_clip}),
             "ffmpeg must be installed to test the emulator");
    struct Image
    {
        QString name;
        QString size;
        QByteArray *target;
    };
    const QList<Image> images{{QStringLiteral("a.png"), QStringLiteral("1280x720"), &m_png1280},
                              {QStringLiteral("a.jpg"), QStringLiteral("1280x720"), &m_jpg1280},
                              {QStringLiteral("a.webp"), QStringLiteral("1280x720"), &m_webp1280},
                              {QStringLiteral("b.png"), QStringLiteral("640x360"), &m_png640}};
    for (const Image &image : images) {
        const QString path = dir + QLatin1Char('/') + image.name;
        QVERIFY2(runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                            QStringLiteral("color=c=orange:s=%1").arg(image.size),
                            QStringLiteral("-frames:v"), QStringLiteral("1"), path}),
                 qPrintable(image.name));
        *image.target = readAll(path);
        QVERIFY2(!image.target->isEmpty(), qPrintable(image.name));
    }
}

EmulatorConfig tst_EmulatorServer::fastConfig()
{
    EmulatorConfig c;
    c.jobSeconds = 0.3;
    c.maxRunningPerKey = 8;
    return c;
}

std::unique_ptr<EmulatorServer> tst_EmulatorServer::makeServer(EmulatorConfig config)
{
    auto server = std::make_unique<EmulatorServer>(config);
    if (server->listen() == 0)
        return nullptr;
    return server;
}

QString tst_EmulatorServer::injectClip(EmulatorServer &server)
{
    return server.injectCompletedJob(m_clip, QStringLiteral("injected"));
}

bool tst_EmulatorServer::waitForStatus(TestClient &client, const QString &id, const QString &status,
                                       int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const TestReply r = client.get(QStringLiteral("/videos/") + id);
        if (r.json().value(QStringLiteral("status")).toString() == status)
            return true;
        QTest::qWait(40);
    }
    return false;
}

QJsonObject tst_EmulatorServer::ffprobe(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
             QStringLiteral("stream=codec_type,codec_name,width,height,r_frame_rate,pix_fmt:"
                            "format=duration"),
             QStringLiteral("-of"), QStringLiteral("json"), file});
    if (!p.waitForFinished(30000))
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

void tst_EmulatorServer::createMultipart()
{
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    const TestReply r = client.postMultipart(
        QStringLiteral("/videos"),
        Fields{{"prompt", "A lantern sways. Lighting + palette: warm; palette: teal, sand, rust"},
               {"model", "sora-2"},
               {"seconds", "8"},
               {"size", "1280x720"}});
    QCOMPARE(r.status, 200);
    QVERIFY2(r.header("content-type").startsWith("application/json"), r.header("content-type"));
    const QJsonObject job = r.json();
    QVERIFY2(job.value(QStringLiteral("id")).toString().startsWith(QLatin1String("video_")),
             r.body.constData());
    QCOMPARE(job.value(QStringLiteral("object")).toString(), QStringLiteral("video"));
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(job.value(QStringLiteral("seconds")).toString(), QStringLiteral("8"));
    QCOMPARE(job.value(QStringLiteral("size")).toString(), QStringLiteral("1280x720"));
    QCOMPARE(job.value(QStringLiteral("model")).toString(), QStringLiteral("sora-2"));
    QVERIFY(job.value(QStringLiteral("remixed_from_video_id")).isNull());
    QVERIFY(job.value(QStringLiteral("error")).isNull());
    QVERIFY(job.value(QStringLiteral("completed_at")).isNull());
    QVERIFY(qAbs(job.value(QStringLiteral("created_at")).toInteger() -
                 QDateTime::currentSecsSinceEpoch()) <= 2);
    QCOMPARE(server->createCount(), 1);
}

void tst_EmulatorServer::createJson()
{
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    const TestReply r = client.postJson(
        QStringLiteral("/videos"), QJsonObject{{QStringLiteral("prompt"), QStringLiteral("夜市")}});
    QCOMPARE(r.status, 200);
    const QJsonObject job = r.json();
    // Defaults from videos-api.md.
    QCOMPARE(job.value(QStringLiteral("model")).toString(), QStringLiteral("sora-2"));
    QCOMPARE(job.value(QStringLiteral("seconds")).toString(), QStringLiteral("4"));
    QCOMPARE(job.value(QStringLiteral("size")).toString(), QStringLiteral("720x1280"));
    QCOMPARE(job.value(QStringLiteral("prompt")).toString(), QStringLiteral("夜市"));
    QCOMPARE(server->createCount(), 1);
}

void tst_EmulatorServer::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("param");

    auto json = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    const QString p = QStringLiteral("prompt");
    QTest::newRow("missing prompt") << json({{QStringLiteral("size"), QStringLiteral("1280x720")}})
                                    << QByteArray("application/json") << p;
    QTest::newRow("empty prompt") << json({{p, QString()}}) << QByteArray("application/json") << p;
    QTest::newRow("prompt too long")
        << json({{p, QString(32001, QLatin1Char('a'))}}) << QByteArray("application/json") << p;
    QTest::newRow("unknown model")
        << json({{p, QStringLiteral("x")}, {QStringLiteral("model"), QStringLiteral("sora-1")}})
        << QByteArray("application/json") << QStringLiteral("model");
    QTest::newRow("seconds 5") << json({{p, QStringLiteral("x")},
                                        {QStringLiteral("seconds"), QStringLiteral("5")}})
                               << QByteArray("application/json") << QStringLiteral("seconds");
    QTest::newRow("seconds 16") << json({{p, QStringLiteral("x")},
                                         {QStringLiteral("seconds"), QStringLiteral("16")}})
                                << QByteArray("application/json") << QStringLiteral("seconds");
    QTest::newRow("pro size on sora-2")
        << json({{p, QStringLiteral("x")}, {QStringLiteral("size"), QStringLiteral("1024x1792")}})
        << QByteArray("application/json") << QStringLiteral("size");
    QTest::newRow("odd size") << json({{p, QStringLiteral("x")},
                                       {QStringLiteral("size"), QStringLiteral("640x480")}})
                              << QByteArray("application/json") << QStringLiteral("size");
    QTest::newRow("prompt not a string") << json({{p, 5}}) << QByteArray("application/json") << p;
    QTest::newRow("bad json") << QByteArray("{\"prompt\": ") << QByteArray("application/json")
                              << QString();
    QTest::newRow("text/plain") << QByteArray("prompt=x") << QByteArray("text/plain") << QString();
    QTest::newRow("multipart without boundary")
        << QByteArray("--x\r\n") << QByteArray("multipart/form-data") << QString();
    QTest::newRow("multipart truncated")
        << QByteArray("--b\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\nhello")
        << QByteArray("multipart/form-data; boundary=b") << QString();
}

void tst_EmulatorServer::createValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, param);
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    const TestReply r = client.postRaw(QStringLiteral("/videos"), body, contentType);
    QCOMPARE(r.status, 400);
    const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
    QVERIFY2(!error.value(QStringLiteral("message")).toString().isEmpty(), r.body.constData());
    QCOMPARE(error.value(QStringLiteral("type")).toString(),
             QStringLiteral("invalid_request_error"));
    QVERIFY2(error.contains(QStringLiteral("param")) && error.contains(QStringLiteral("code")),
             r.body.constData());
    QCOMPARE(r.errorParam(), param);
    QCOMPARE(server->createCount(), 0);
}

void tst_EmulatorServer::gatewayModels_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("seconds");
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("status");
    // What a LiteLLM gateway routes (provider/model): its upstream decides lengths and sizes.
    QTest::newRow("veo, 6 s") << QStringLiteral("vertex_ai/veo-3.0-generate-preview")
                              << QStringLiteral("6") << QStringLiteral("1280x720") << 200;
    QTest::newRow("runway via the gateway")
        << QStringLiteral("runwayml/gen4.5") << QStringLiteral("5") << QStringLiteral("960x960")
        << 200;
    QTest::newRow("gateway, 25 s") << QStringLiteral("vertex_ai/veo-3.0-generate-preview")
                                   << QStringLiteral("25") << QStringLiteral("1280x720") << 400;
    QTest::newRow("gateway, half a second")
        << QStringLiteral("vertex_ai/veo-3.0-generate-preview") << QStringLiteral("0.5")
        << QStringLiteral("1280x720") << 400;
    QTest::newRow("gateway, tiny size") << QStringLiteral("vertex_ai/veo-3.0-generate-preview")
                                        << QStringLiteral("4") << QStringLiteral("10x10") << 400;
    QTest::newRow("sora keeps its own rules")
        << QStringLiteral("sora-2") << QStringLiteral("6") << QStringLiteral("1280x720") << 400;
}

void tst_EmulatorServer::gatewayModels()
{
    QFETCH(QString, model);
    QFETCH(QString, seconds);
    QFETCH(QString, size);
    QFETCH(int, status);
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    const TestReply r = client.postJson(
        QStringLiteral("/videos"), QJsonObject{{QStringLiteral("prompt"), QStringLiteral("a lane")},
                                               {QStringLiteral("model"), model},
                                               {QStringLiteral("seconds"), seconds},
                                               {QStringLiteral("size"), size}});
    QVERIFY2(r.status == status, r.body.constData());
    QCOMPARE(server->createCount(), status == 200 ? 1 : 0);
    if (status != 200)
        return;
    QCOMPARE(r.json().value(QStringLiteral("model")).toString(), model);
    QCOMPARE(r.json().value(QStringLiteral("seconds")).toString(), seconds);
    QCOMPARE(r.json().value(QStringLiteral("size")).toString(), size);
}

void tst_EmulatorServer::referenceImage_data()
{
    QTest::addColumn<QByteArray>("image");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("status");

    QTest::newRow("png matching") << m_png1280 << QByteArray("image/png")
                                  << QStringLiteral("1280x720") << 200;
    QTest::newRow("jpeg matching")
        << m_jpg1280 << QByteArray("image/jpeg") << QStringLiteral("1280x720") << 200;
    QTest::newRow("webp matching")
        << m_webp1280 << QByteArray("image/webp") << QStringLiteral("1280x720") << 200;
    QTest::newRow("png wrong size")
        << m_png640 << QByteArray("image/png") << QStringLiteral("1280x720") << 400;
    QTest::newRow("png rotated size")
        << m_png1280 << QByteArray("image/png") << QStringLiteral("720x1280") << 400;
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00") << QByteArray("image/gif")
                         << QStringLiteral("1280x720") << 400;
    QTest::newRow("type lies") << m_png1280 << QByteArray("image/jpeg")
                               << QStringLiteral("1280x720") << 400;
}

void tst_EmulatorServer::referenceImage()
{
    QFETCH(QByteArray, image);
    QFETCH(QByteArray, type);
    QFETCH(QString, size);
    QFETCH(int, status);
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    const TestReply r = client.postMultipart(
        QStringLiteral("/videos"), Fields{{"prompt", "first frame"}, {"size", size.toUtf8()}},
        "input_reference", image, type, QStringLiteral("ref.img"));
    QCOMPARE(r.status, status);
    if (status == 400)
        QCOMPARE(r.errorParam(), QStringLiteral("input_reference"));
    QCOMPARE(server->createCount(), status == 200 ? 1 : 0);
}

void tst_EmulatorServer::referenceImageUrl_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    const QString pngUrl =
        QStringLiteral("data:image/png;base64,") + QString::fromLatin1(m_png1280.toBase64());
    const QString smallUrl =
        QStringLiteral("data:image/png;base64,") + QString::fromLatin1(m_png640.toBase64());
    // The SDK (7.x) sends {image_url} objects as bracketed multipart fields.
    QTest::newRow("multipart data url") << false << QStringLiteral("image_url") << pngUrl << 200;
    QTest::newRow("multipart data url wrong size")
        << false << QStringLiteral("image_url") << smallUrl << 400;
    QTest::newRow("multipart remote url") << false << QStringLiteral("image_url")
                                          << QStringLiteral("https://example.com/a.png") << 400;
    QTest::newRow("multipart file id")
        << false << QStringLiteral("file_id") << QStringLiteral("file_1") << 400;
    QTest::newRow("json data url") << true << QStringLiteral("image_url") << pngUrl << 200;
    QTest::newRow("json bad base64") << true << QStringLiteral("image_url")
                                     << QStringLiteral("data:image/png;base64,@@@") << 400;
}

void tst_EmulatorServer::referenceImageUrl()
{
    QFETCH(bool, json);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, status);
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    TestReply r;
    if (json) {
        r = client.postJson(
            QStringLiteral("/videos"),
            QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")},
                        {QStringLiteral("size"), QStringLiteral("1280x720")},
                        {QStringLiteral("input_reference"), QJsonObject{{field, value}}}});
    } else {
        r = client.postMultipart(
            QStringLiteral("/videos"),
            Fields{{"prompt", "x"},
                   {"size", "1280x720"},
                   {"input_reference[" + field.toUtf8() + ']', value.toUtf8()}});
    }
    QCOMPARE(r.status, status);
    if (status == 400)
        QCOMPARE(r.errorParam(), QStringLiteral("input_reference"));
}

void tst_EmulatorServer::authentication_data()
{
    QTest::addColumn<QString>("requiredKey");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("no key") << QString() << QByteArray() << QByteArray() << 401
                            << QStringLiteral("missing_api_key");
    QTest::newRow("empty bearer") << QString() << QByteArray("Authorization")
                                  << QByteArray("Bearer ") << 401
                                  << QStringLiteral("missing_api_key");
    QTest::newRow("any bearer") << QString() << QByteArray("Authorization")
                                << QByteArray("Bearer sk-x") << 200 << QString();
    QTest::newRow("azure api-key")
        << QString() << QByteArray("api-key") << QByteArray("abc") << 200 << QString();
    QTest::newRow("required matches") << QStringLiteral("sk-right") << QByteArray("Authorization")
                                      << QByteArray("Bearer sk-right") << 200 << QString();
    QTest::newRow("required wrong")
        << QStringLiteral("sk-right") << QByteArray("Authorization")
        << QByteArray("Bearer sk-wrong-key") << 401 << QStringLiteral("invalid_api_key");
    QTest::newRow("required via api-key") << QStringLiteral("sk-right") << QByteArray("api-key")
                                          << QByteArray("sk-right") << 200 << QString();
}

void tst_EmulatorServer::authentication()
{
    QFETCH(QString, requiredKey);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(int, status);
    QFETCH(QString, code);
    EmulatorConfig config = fastConfig();
    config.requiredKey = requiredKey;
    auto server = makeServer(config);
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl(), QByteArray());
    Fields headers;
    if (!headerName.isEmpty())
        headers.append(qMakePair(headerName, headerValue));
    headers.append(qMakePair(QByteArray("X-Unknown-Header"), QByteArray("ignored")));
    const TestReply list = client.get(QStringLiteral("/videos"), headers);
    QCOMPARE(list.status, status);
    const TestReply create =
        client.postJson(QStringLiteral("/videos"),
                        QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")}}, headers);
    QCOMPARE(create.status, status);
    if (status == 401) {
        QCOMPARE(create.errorCode(), code);
        QCOMPARE(server->createCount(), 0);
    }
}

void tst_EmulatorServer::runningLimit()
{
    EmulatorConfig config = fastConfig();
    config.maxRunningPerKey = 2;
    config.jobSeconds = 0.5;
    auto server = makeServer(config);
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    TestClient other(server->baseUrl(), "another-key");
    const QJsonObject body{{QStringLiteral("prompt"), QStringLiteral("x")},
                           {QStringLiteral("size"), QStringLiteral("1280x720")}};
    const TestReply first = client.postJson(QStringLiteral("/videos"), body);
    QCOMPARE(client.postJson(QStringLiteral("/videos"), body).status, 200);
    const TestReply third = client.postJson(QStringLiteral("/videos"), body);
    QCOMPARE(third.status, 429);
    QCOMPARE(third.errorCode(), QStringLiteral("too_many_running_tasks"));
    QCOMPARE(server->createCount(), 2);
    // The limit is per key.
    QCOMPARE(other.postJson(QStringLiteral("/videos"), body).status, 200);
    // Once a job has finished there is room again.
    QVERIFY2(waitForStatus(client, first.json().value(QStringLiteral("id")).toString(),
                           QStringLiteral("completed")),
             "first job completes");
    QCOMPARE(client.postJson(QStringLiteral("/videos"), body).status, 200);
    QCOMPARE(server->createCount(), 4);
}

void tst_EmulatorServer::lifecycleRisesToCompleted()
{
    EmulatorConfig config = fastConfig();
    config.jobSeconds = 0.6;
    auto server = makeServer(config);
    QVERIFY2(server, "listen");
    QSignalSpy completed(server.get(), &EmulatorServer::jobCompleted);
    TestClient client(server->baseUrl());
    const TestReply created = client.postMultipart(
        QStringLiteral("/videos"), Fields{{"prompt", "rise"}, {"size", "1280x720"}});
    QCOMPARE(created.status, 200);
    const QString id = created.json().value(QStringLiteral("id")).toString();

    // The create answer is the first observation; the rest come from polling (the exact
    // progress curve against a controlled clock is tst_jobrunner's job).
    QStringList statuses{created.json().value(QStringLiteral("status")).toString()};
    QList<int> progresses{created.json().value(QStringLiteral("progress")).toInt()};
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        const QJsonObject job = client.get(QStringLiteral("/videos/") + id).json();
        const QString status = job.value(QStringLiteral("status")).toString();
        if (statuses.isEmpty() || statuses.last() != status)
            statuses.append(status);
        progresses.append(job.value(QStringLiteral("progress")).toInt());
        if (status == QLatin1String("completed") || status == QLatin1String("failed"))
            break;
        QTest::qWait(25);
    }
    QCOMPARE(statuses, (QStringList{QStringLiteral("queued"), QStringLiteral("in_progress"),
                                    QStringLiteral("completed")}));
    QVERIFY2(std::is_sorted(progresses.cbegin(), progresses.cend()), "progress never goes back");
    QCOMPARE(progresses.last(), 100);
    const int distinct = int(QSet<int>(progresses.cbegin(), progresses.cend()).size());
    QVERIFY2(distinct >= 3,
             qPrintable(QStringLiteral("progress rises in steps, saw %1").arg(distinct)));
    QCOMPARE(completed.size(), 1);
    QCOMPARE(completed.first().first().toString(), id);
    const QJsonObject done = client.get(QStringLiteral("/videos/") + id).json();
    QVERIFY(done.value(QStringLiteral("completed_at")).toInteger() > 0);
    QVERIFY(done.value(QStringLiteral("expires_at")).toInteger() >
            done.value(QStringLiteral("completed_at")).toInteger());
}

void tst_EmulatorServer::renderedClipIsReal_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("seconds");
    QTest::newRow("landscape 4s") << QStringLiteral("sora-2") << QStringLiteral("1280x720")
                                  << QStringLiteral("4");
    QTest::newRow("portrait 8s") << QStringLiteral("sora-2") << QStringLiteral("720x1280")
                                 << QStringLiteral("8");
}

void tst_EmulatorServer::renderedClipIsReal()
{
    QFETCH(QString, model);
    QFETCH(QString, size);
    QFETCH(QString, seconds);
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    const TestReply created =
        client.postMultipart(QStringLiteral("/videos"),
                             Fields{{"prompt", "夜市 lanterns over wet stone.\nLighting + palette: "
                                               "neon; palette: teal, sand, neon pink"},
                                    {"model", model.toUtf8()},
                                    {"size", size.toUtf8()},
                                    {"seconds", seconds.toUtf8()}},
                             {}, {}, {}, {}, Fields{{"X-ShotBrief-Shot-Label", "SHOT 3B"}});
    QCOMPARE(created.status, 200);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QVERIFY2(waitForStatus(client, id, QStringLiteral("completed"), 60000), "render completes");

    const TestReply video = client.get(QStringLiteral("/videos/%1/content").arg(id));
    QCOMPARE(video.status, 200);
    QCOMPARE(video.header("content-type"), QByteArray("video/mp4"));
    const QString file = m_tmp.path() + QStringLiteral("/%1.mp4").arg(id);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(video.body);
    }
    const QJsonObject probe = ffprobe(file);
    const QJsonArray streams = probe.value(QStringLiteral("streams")).toArray();
    QString videoCodec, audioCodec, rate, pixFmt;
    int width = 0, height = 0;
    for (const QJsonValue &v : streams) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("codec_type")).toString() == QLatin1String("video")) {
            videoCodec = s.value(QStringLiteral("codec_name")).toString();
            width = s.value(QStringLiteral("width")).toInt();
            height = s.value(QStringLiteral("height")).toInt();
            rate = s.value(QStringLiteral("r_frame_rate")).toString();
            pixFmt = s.value(QStringLiteral("pix_fmt")).toString();
        } else if (s.value(QStringLiteral("codec_type")).toString() == QLatin1String("audio")) {
            audioCodec = s.value(QStringLiteral("codec_name")).toString();
        }
    }
    QCOMPARE(videoCodec, QStringLiteral("h264"));
    QCOMPARE(audioCodec, QStringLiteral("aac"));
    QCOMPARE(QStringLiteral("%1x%2").arg(width).arg(height), size);
    QCOMPARE(rate, QStringLiteral("24/1"));
    QCOMPARE(pixFmt, QStringLiteral("yuv420p"));
    const double duration = probe.value(QStringLiteral("format"))
                                .toObject()
                                .value(QStringLiteral("duration"))
                                .toString()
                                .toDouble();
    QVERIFY2(qAbs(duration - seconds.toDouble()) <= 0.1,
             qPrintable(QStringLiteral("duration %1").arg(duration)));

    const TestReply thumb =
        client.get(QStringLiteral("/videos/%1/content?variant=thumbnail").arg(id));
    QCOMPARE(thumb.status, 200);
    QCOMPARE(thumb.header("content-type"), QByteArray("image/webp"));
    QVERIFY2(thumb.body.startsWith("RIFF") && thumb.body.mid(8, 4) == "WEBP", "webp bytes");
    const TestReply sprite =
        client.get(QStringLiteral("/videos/%1/content?variant=spritesheet").arg(id));
    QCOMPARE(sprite.status, 200);
    QCOMPARE(sprite.header("content-type"), QByteArray("image/jpeg"));
    QVERIFY2(sprite.body.startsWith("\xff\xd8\xff"), "jpeg bytes");
}

void tst_EmulatorServer::renderFailureFailsJob()
{
    EmulatorConfig config = fastConfig();
    config.ffmpegProgram = m_tmp.path() + QStringLiteral("/no-such-ffmpeg");
    auto server = makeServer(config);
    QVERIFY2(server, "listen");
    QSignalSpy failed(server.get(), &EmulatorServer::jobFailed);
    TestClient client(server->baseUrl());
    const TestReply created = client.postJson(
        QStringLiteral("/videos"), QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")}});
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QVERIFY2(waitForStatus(client, id, QStringLiteral("failed")), "job fails");
    const QJsonObject job = client.get(QStringLiteral("/videos/") + id).json();
    QCOMPARE(job.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("render_failed"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(client.get(QStringLiteral("/videos/%1/content").arg(id)).status, 400);
}

void tst_EmulatorServer::pngThumbnailWithoutWebpEncoder()
{
    // An ffmpeg that hides its libwebp encoder (a test double: the emulator itself never
    // goes through a shell).
    const QString fake = m_tmp.filePath(QStringLiteral("ffmpeg-without-webp"));
    {
        QFile script(fake);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "case \" $* \" in *\" -encoders\"*) ffmpeg \"$@\" | grep -v libwebp ;; "
                     "*) exec ffmpeg \"$@\" ;; esac\n");
        script.setPermissions(script.permissions() | QFile::ExeOwner);
    }
    EmulatorConfig config = fastConfig();
    config.ffmpegProgram = fake;
    auto server = makeServer(config);
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    const QString id =
        client
            .postJson(QStringLiteral("/videos"),
                      QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")},
                                  {QStringLiteral("size"), QStringLiteral("1280x720")}})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    QVERIFY2(waitForStatus(client, id, QStringLiteral("completed"), 60000), "renders");
    const TestReply thumb =
        client.get(QStringLiteral("/videos/%1/content?variant=thumbnail").arg(id));
    QCOMPARE(thumb.status, 200);
    QCOMPARE(thumb.header("content-type"), QByteArray("image/png"));
    QVERIFY(thumb.body.startsWith("\x89PNG"));
}

void tst_EmulatorServer::retrieveUnknown()
{
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    const TestReply r = client.get(QStringLiteral("/videos/video_nope"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("video_not_found"));
}

void tst_EmulatorServer::listPagination()
{
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    QStringList made;
    for (int i = 0; i < 5; ++i)
        made.append(injectClip(*server));
    QVERIFY2(!made.contains(QString()), "inject");
    TestClient client(server->baseUrl());

    // Newest first by default, two at a time, following the cursor.
    QStringList seen;
    QString after;
    for (int page = 0; page < 5; ++page) {
        const TestReply r =
            client.get(QStringLiteral("/videos?limit=2") +
                       (after.isEmpty() ? QString() : QStringLiteral("&after=") + after));
        QCOMPARE(r.status, 200);
        const QJsonObject list = r.json();
        QCOMPARE(list.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
        const QJsonArray data = list.value(QStringLiteral("data")).toArray();
        QVERIFY(data.size() <= 2);
        for (const QJsonValue &v : data)
            seen.append(v.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(list.value(QStringLiteral("first_id")).toString(),
                 data.first().toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(list.value(QStringLiteral("last_id")).toString(),
                 data.last().toObject().value(QStringLiteral("id")).toString());
        after = list.value(QStringLiteral("last_id")).toString();
        if (!list.value(QStringLiteral("has_more")).toBool())
            break;
    }
    QStringList newestFirst = made;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(seen, newestFirst);

    const TestReply asc = client.get(QStringLiteral("/videos?order=asc&limit=100"));
    QStringList ascIds;
    for (const QJsonValue &v : asc.json().value(QStringLiteral("data")).toArray())
        ascIds.append(v.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ascIds, made);
    QCOMPARE(asc.json().value(QStringLiteral("has_more")).toBool(), false);

    const TestReply empty = client.get(QStringLiteral("/videos?limit=0"));
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.json().value(QStringLiteral("data")).toArray().isEmpty());
    QVERIFY(empty.json().value(QStringLiteral("first_id")).isNull());
    QCOMPARE(empty.json().value(QStringLiteral("has_more")).toBool(), true);
}

void tst_EmulatorServer::listValidation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("param");
    QTest::newRow("limit too big") << QStringLiteral("limit=101") << QStringLiteral("limit");
    QTest::newRow("limit negative") << QStringLiteral("limit=-1") << QStringLiteral("limit");
    QTest::newRow("limit text") << QStringLiteral("limit=ten") << QStringLiteral("limit");
    QTest::newRow("order sideways") << QStringLiteral("order=sideways") << QStringLiteral("order");
    QTest::newRow("after unknown") << QStringLiteral("after=video_nope") << QStringLiteral("after");
}

void tst_EmulatorServer::listValidation()
{
    QFETCH(QString, query);
    QFETCH(QString, param);
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    const TestReply r = client.get(QStringLiteral("/videos?") + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorParam(), param);
}

void tst_EmulatorServer::deleteJob()
{
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    const QString id = injectClip(*server);
    TestClient client(server->baseUrl());
    const TestReply r = client.del(QStringLiteral("/videos/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(r.json().value(QStringLiteral("object")).toString(), QStringLiteral("video.deleted"));
    QCOMPARE(r.json().value(QStringLiteral("deleted")).toBool(), true);
    QCOMPARE(client.get(QStringLiteral("/videos/") + id).status, 404);
    QCOMPARE(client.get(QStringLiteral("/videos/%1/content").arg(id)).status, 404);
    QCOMPARE(client.del(QStringLiteral("/videos/") + id).status, 404);
    QVERIFY(client.get(QStringLiteral("/videos"))
                .json()
                .value(QStringLiteral("data"))
                .toArray()
                .isEmpty());
}

void tst_EmulatorServer::remix()
{
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    const QString source = injectClip(*server);
    TestClient client(server->baseUrl());
    const TestReply r =
        client.postJson(QStringLiteral("/videos/%1/remix").arg(source),
                        QJsonObject{{QStringLiteral("prompt"), QStringLiteral("make it rain")}});
    QCOMPARE(r.status, 200);
    const QJsonObject job = r.json();
    QCOMPARE(job.value(QStringLiteral("remixed_from_video_id")).toString(), source);
    QCOMPARE(job.value(QStringLiteral("prompt")).toString(), QStringLiteral("make it rain"));
    QCOMPARE(job.value(QStringLiteral("size")).toString(), QStringLiteral("1280x720"));
    QVERIFY(job.value(QStringLiteral("id")).toString() != source);
    QCOMPARE(server->stats().remixes, 1);

    // Remixing something unfinished, unknown, or without a prompt fails.
    const QString running = job.value(QStringLiteral("id")).toString();
    QCOMPARE(client
                 .postJson(QStringLiteral("/videos/%1/remix").arg(running),
                           QJsonObject{{QStringLiteral("prompt"), QStringLiteral("again")}})
                 .status,
             400);
    QCOMPARE(client
                 .postJson(QStringLiteral("/videos/video_nope/remix"),
                           QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")}})
                 .status,
             404);
    const TestReply noPrompt =
        client.postJson(QStringLiteral("/videos/%1/remix").arg(source), QJsonObject{});
    QCOMPARE(noPrompt.status, 400);
    QCOMPARE(noPrompt.errorParam(), QStringLiteral("prompt"));
    QVERIFY2(waitForStatus(client, running, QStringLiteral("completed"), 60000), "remix renders");
}

void tst_EmulatorServer::extensionsAndEdits()
{
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    const QString source = injectClip(*server);
    TestClient client(server->baseUrl());
    const TestReply extended = client.postJson(
        QStringLiteral("/videos/extensions"),
        QJsonObject{{QStringLiteral("prompt"), QStringLiteral("and then it rains")},
                    {QStringLiteral("seconds"), QStringLiteral("16")},
                    {QStringLiteral("video"), QJsonObject{{QStringLiteral("id"), source}}}});
    QCOMPARE(extended.status, 200);
    QCOMPARE(extended.json().value(QStringLiteral("seconds")).toString(), QStringLiteral("16"));
    QCOMPARE(extended.json().value(QStringLiteral("remixed_from_video_id")).toString(), source);
    // The SDK sends {video: {id}} as a bracketed multipart field.
    const TestReply edited = client.postMultipart(
        QStringLiteral("/videos/edits"),
        Fields{{"prompt", "make the sky green"}, {"video[id]", source.toUtf8()}});
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json().value(QStringLiteral("seconds")).toString(), QStringLiteral("4"));
    QCOMPARE(edited.json().value(QStringLiteral("remixed_from_video_id")).toString(), source);
    QCOMPARE(server->stats().remixes, 2);

    const TestReply badSeconds = client.postMultipart(
        QStringLiteral("/videos/extensions"),
        Fields{{"prompt", "x"}, {"seconds", "5"}, {"video[id]", source.toUtf8()}});
    QCOMPARE(badSeconds.status, 400);
    QCOMPARE(badSeconds.errorParam(), QStringLiteral("seconds"));
    const TestReply unknown = client.postMultipart(
        QStringLiteral("/videos/edits"), Fields{{"prompt", "x"}, {"video[id]", "video_nope"}});
    QCOMPARE(unknown.status, 404);
    const TestReply upload =
        client.postMultipart(QStringLiteral("/videos/edits"), Fields{{"prompt", "x"}}, "video",
                             readAll(m_clip), "video/mp4", QStringLiteral("clip.mp4"));
    QCOMPARE(upload.status, 400);
    QCOMPARE(upload.errorParam(), QStringLiteral("video"));
    QVERIFY2(waitForStatus(client, extended.json().value(QStringLiteral("id")).toString(),
                           QStringLiteral("completed"), 60000),
             "the 16 s extension renders");
    const TestReply clip =
        client.get(QStringLiteral("/videos/%1/content")
                       .arg(extended.json().value(QStringLiteral("id")).toString()));
    const QString file = m_tmp.filePath(QStringLiteral("extension.mp4"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(clip.body);
    }
    const double duration = ffprobe(file)
                                .value(QStringLiteral("format"))
                                .toObject()
                                .value(QStringLiteral("duration"))
                                .toString()
                                .toDouble();
    QVERIFY2(qAbs(duration - 16.0) <= 0.1, qPrintable(QString::number(duration)));
}

void tst_EmulatorServer::contentRules()
{
    EmulatorConfig config = fastConfig();
    config.jobSeconds = 30; // stays running for the whole test
    auto server = makeServer(config);
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    const QString running =
        client
            .postJson(QStringLiteral("/videos"),
                      QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")}})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    const TestReply notReady = client.get(QStringLiteral("/videos/%1/content").arg(running));
    QCOMPARE(notReady.status, 400);
    QCOMPARE(notReady.errorCode(), QStringLiteral("video_not_ready"));
    const QString done = injectClip(*server);
    const TestReply badVariant =
        client.get(QStringLiteral("/videos/%1/content?variant=gif").arg(done));
    QCOMPARE(badVariant.status, 400);
    QCOMPARE(badVariant.errorParam(), QStringLiteral("variant"));
    const TestReply ok = client.get(QStringLiteral("/videos/%1/content?variant=video").arg(done));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.body, readAll(m_clip));
    QCOMPARE(client.get(QStringLiteral("/videos/video_nope/content")).status, 404);
}

void tst_EmulatorServer::rangeDownload()
{
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    const QString id = injectClip(*server);
    const QByteArray whole = readAll(m_clip);
    TestClient client(server->baseUrl());
    const TestReply tail =
        client.get(QStringLiteral("/videos/%1/content").arg(id), Fields{{"Range", "bytes=100-"}});
    QCOMPARE(tail.status, 206);
    QCOMPARE(tail.body, whole.mid(100));
    QCOMPARE(tail.header("content-range"), "bytes 100-" + QByteArray::number(whole.size() - 1) +
                                               '/' + QByteArray::number(whole.size()));
    // HEAD tells the size without sending the body, and the connection stays usable.
    const TestReply head = client.wait(
        client.nam().head(client.request(QStringLiteral("/videos/%1/content").arg(id))));
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("content-length"), QByteArray::number(whole.size()));
    QVERIFY(head.body.isEmpty());
    QCOMPARE(client.get(QStringLiteral("/videos/") + id).status, 200);
    const TestReply bad = client.get(QStringLiteral("/videos/%1/content").arg(id),
                                     Fields{{"Range", "bytes=99999999-"}});
    QCOMPARE(bad.status, 416);
}

void tst_EmulatorServer::expiry()
{
    EmulatorConfig config = fastConfig();
    config.expirySeconds = 1;
    auto server = makeServer(config);
    QVERIFY2(server, "listen");
    const QString id = injectClip(*server);
    TestClient client(server->baseUrl());
    const QJsonObject job = client.get(QStringLiteral("/videos/") + id).json();
    QVERIFY(job.value(QStringLiteral("expires_at")).toInteger() >=
            job.value(QStringLiteral("completed_at")).toInteger() + 1);
    QCOMPARE(client.get(QStringLiteral("/videos/%1/content").arg(id)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(client.get(QStringLiteral("/videos/%1/content").arg(id)).status, 410,
                              5000);
    const TestReply gone = client.get(QStringLiteral("/videos/%1/content").arg(id));
    QCOMPARE(gone.errorCode(), QStringLiteral("video_expired"));
    // The job itself is still listed.
    QCOMPARE(client.get(QStringLiteral("/videos/") + id).status, 200);
}

void tst_EmulatorServer::unsupportedEndpoints_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("extensions without video")
        << QByteArray("POST") << QStringLiteral("/videos/extensions") << 400;
    QTest::newRow("edits without video")
        << QByteArray("POST") << QStringLiteral("/videos/edits") << 400;
    QTest::newRow("get extensions")
        << QByteArray("GET") << QStringLiteral("/videos/extensions") << 404;
    QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/images") << 404;
    QTest::newRow("put on videos") << QByteArray("PUT") << QStringLiteral("/videos") << 405;
}

void tst_EmulatorServer::unsupportedEndpoints()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    QNetworkRequest request = client.request(path);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const TestReply r =
        client.wait(client.nam().sendCustomRequest(request, method, QByteArray("{}")));
    QCOMPARE(r.status, status);
    QVERIFY2(!r.json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("message"))
                  .toString()
                  .isEmpty(),
             r.body.constData());
}

void tst_EmulatorServer::azurePathAndHeader()
{
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    QUrl azure = server->baseUrl();
    azure.setPath(QStringLiteral("/openai/v1"));
    TestClient client(azure, QByteArray());
    const TestReply r = client.postJson(
        QStringLiteral("/videos"), QJsonObject{{QStringLiteral("prompt"), QStringLiteral("azure")}},
        Fields{{"api-key", "azure-key"}});
    QCOMPARE(r.status, 200);
    const QString id = r.json().value(QStringLiteral("id")).toString();
    QCOMPARE(client.get(QStringLiteral("/videos/") + id, Fields{{"api-key", "azure-key"}}).status,
             200);
}

void tst_EmulatorServer::statsEndpoint()
{
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    client.postJson(QStringLiteral("/videos"),
                    QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")}});
    client.postJson(QStringLiteral("/videos"), QJsonObject{{QStringLiteral("prompt"), QString()}});
    TestClient anonymous(server->baseUrl(), QByteArray());
    const TestReply stats = anonymous.get(QStringLiteral("/emulator/stats"));
    QCOMPARE(stats.status, 200);
    QCOMPARE(stats.json().value(QStringLiteral("createCount")).toInt(), 1);
    QCOMPARE(stats.json().value(QStringLiteral("rejected")).toInt(), 1);
    QCOMPARE(server->stats().creates, 1);
    QCOMPARE(server->stats().rejected, 1);
}

void tst_EmulatorServer::faultsEndpoint()
{
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    TestClient anonymous(server->baseUrl(), QByteArray());
    const TestReply set =
        anonymous.postJson(QStringLiteral("/emulator/faults"),
                           QJsonObject{{QStringLiteral("spec"), QStringLiteral("503:on=list")}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().value(QStringLiteral("spec")).toString(),
             QStringLiteral("503:on=list:count=1"));
    QCOMPARE(server->config().faults.rules.size(), 1);
    TestClient client(server->baseUrl());
    QCOMPARE(client.get(QStringLiteral("/videos")).status, 503);
    QCOMPARE(client.get(QStringLiteral("/videos")).status, 200);

    const TestReply bad =
        anonymous.postJson(QStringLiteral("/emulator/faults"),
                           QJsonObject{{QStringLiteral("spec"), QStringLiteral("418")}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorParam(), QStringLiteral("spec"));
    const TestReply clear = anonymous.postJson(QStringLiteral("/emulator/faults"),
                                               QJsonObject{{QStringLiteral("spec"), QString()}});
    QCOMPARE(clear.status, 200);
    QVERIFY(server->config().faults.isEmpty());
}

void tst_EmulatorServer::statePersistsAcrossRestart()
{
    QTemporaryDir state;
    QVERIFY(state.isValid());
    EmulatorConfig config = fastConfig();
    config.stateDir = state.path();
    QString finished;
    QString unfinished;
    {
        auto server = makeServer(config);
        QVERIFY2(server, "listen");
        TestClient client(server->baseUrl());
        finished =
            client
                .postJson(QStringLiteral("/videos"),
                          QJsonObject{{QStringLiteral("prompt"), QStringLiteral("before restart")},
                                      {QStringLiteral("size"), QStringLiteral("1280x720")}})
                .json()
                .value(QStringLiteral("id"))
                .toString();
        QVERIFY2(waitForStatus(client, finished, QStringLiteral("completed"), 60000), "completes");
        server->setFaults({}); // nothing special: a plain running job at shutdown
        config.jobSeconds = 0.3;
    }
    {
        // A job still running when the emulator stops.
        EmulatorConfig slow = config;
        slow.jobSeconds = 0.8;
        auto server = makeServer(slow);
        QVERIFY2(server, "listen");
        TestClient client(server->baseUrl());
        unfinished =
            client
                .postJson(QStringLiteral("/videos"),
                          QJsonObject{{QStringLiteral("prompt"), QStringLiteral("interrupted")},
                                      {QStringLiteral("size"), QStringLiteral("1280x720")}})
                .json()
                .value(QStringLiteral("id"))
                .toString();
        QVERIFY(!unfinished.isEmpty());
    }
    QVERIFY2(QFile::exists(state.path() + QStringLiteral("/jobs.json")), "jobs.json written");
    auto server = makeServer(config);
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    const QJsonArray data = client.get(QStringLiteral("/videos?order=asc"))
                                .json()
                                .value(QStringLiteral("data"))
                                .toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data.at(0).toObject().value(QStringLiteral("id")).toString(), finished);
    QCOMPARE(data.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("completed"));
    const TestReply video = client.get(QStringLiteral("/videos/%1/content").arg(finished));
    QCOMPARE(video.status, 200);
    QVERIFY(video.body.size() > 1000);
    QVERIFY2(waitForStatus(client, unfinished, QStringLiteral("completed"), 60000),
             "a job interrupted by the restart still completes");
}

void tst_EmulatorServer::faultStatus_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::newRow("429") << QStringLiteral("429:on=create:retry=2") << 429;
    QTest::newRow("500") << QStringLiteral("500:on=create") << 500;
    QTest::newRow("503") << QStringLiteral("503") << 503;
}

void tst_EmulatorServer::faultStatus()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    const Result<FaultSpec> faults = FaultSpec::parse(spec);
    QVERIFY2(faults, qPrintable(spec));
    EmulatorConfig config = fastConfig();
    config.faults = *faults;
    auto server = makeServer(config);
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    const QJsonObject body{{QStringLiteral("prompt"), QStringLiteral("x")}};
    const TestReply r = client.postJson(QStringLiteral("/videos"), body);
    QCOMPARE(r.status, status);
    QVERIFY2(!r.json().value(QStringLiteral("error")).toObject().isEmpty(), r.body.constData());
    if (status == 429) {
        QCOMPARE(r.header("retry-after"), QByteArray("2"));
        QCOMPARE(r.header("retry-after-ms"), QByteArray("2000"));
    }
    QCOMPARE(server->createCount(), 0);
    QCOMPARE(server->stats().faultsInjected, 1);
    // count=1: the retry goes through.
    QCOMPARE(client.postJson(QStringLiteral("/videos"), body).status, 200);
    QCOMPARE(server->createCount(), 1);
}

void tst_EmulatorServer::faultCountAndSkip()
{
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    const QString id = injectClip(*server);
    server->setFaults(*FaultSpec::parse(QStringLiteral("503:on=retrieve:skip=1:count=2")));
    TestClient client(server->baseUrl());
    QList<int> statuses;
    for (int i = 0; i < 5; ++i)
        statuses.append(client.get(QStringLiteral("/videos/") + id).status);
    QCOMPARE(statuses, (QList<int>{200, 503, 503, 200, 200}));
    // Lists are not retrieves: untouched.
    server->setFaults(*FaultSpec::parse(QStringLiteral("500:on=retrieve:count=0")));
    QCOMPARE(client.get(QStringLiteral("/videos")).status, 200);
    QCOMPARE(client.get(QStringLiteral("/videos/") + id).status, 500);
    QCOMPARE(client.get(QStringLiteral("/videos/") + id).status, 500);
    server->setFaults({});
    QCOMPARE(client.get(QStringLiteral("/videos/") + id).status, 200);
}

void tst_EmulatorServer::faultDropDownload()
{
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    const QString id = injectClip(*server);
    const QByteArray whole = readAll(m_clip);
    server->setFaults(*FaultSpec::parse(QStringLiteral("drop:bytes=1000")));
    TestClient client(server->baseUrl());
    const TestReply dropped = client.get(QStringLiteral("/videos/%1/content").arg(id));
    QVERIFY2(dropped.finished, "reply finishes");
    QVERIFY2(dropped.error != QNetworkReply::NoError, "a cut-off body is an error");
    QCOMPARE(dropped.body.size(), 1000);
    QVERIFY2(whole.startsWith(dropped.body), "what arrived is the start of the file");
    // The next download is whole.
    const TestReply ok = client.get(QStringLiteral("/videos/%1/content").arg(id));
    QCOMPARE(ok.error, QNetworkReply::NoError);
    QCOMPARE(ok.body, whole);
}

void tst_EmulatorServer::faultSlowResponse()
{
    auto server = makeServer(fastConfig());
    QVERIFY2(server, "listen");
    const QString id = injectClip(*server);
    server->setFaults(*FaultSpec::parse(QStringLiteral("slow:ms=400:on=retrieve")));
    TestClient client(server->baseUrl());
    QElapsedTimer timer;
    timer.start();
    const TestReply r = client.get(QStringLiteral("/videos/") + id);
    QCOMPARE(r.status, 200);
    QVERIFY2(timer.elapsed() >= 380, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(server->stats().faultsInjected, 1);
}

void tst_EmulatorServer::faultModeration()
{
    EmulatorConfig config = fastConfig();
    config.faults = *FaultSpec::parse(QStringLiteral("moderation"));
    auto server = makeServer(config);
    QVERIFY2(server, "listen");
    QSignalSpy failed(server.get(), &EmulatorServer::jobFailed);
    TestClient client(server->baseUrl());
    const TestReply r = client.postJson(
        QStringLiteral("/videos"), QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")}});
    QCOMPARE(r.status, 200);
    const QString id = r.json().value(QStringLiteral("id")).toString();
    QVERIFY2(waitForStatus(client, id, QStringLiteral("failed")), "job fails");
    const QJsonObject job = client.get(QStringLiteral("/videos/") + id).json();
    QCOMPARE(job.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("moderation_blocked"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("moderation_blocked"));
}

void tst_EmulatorServer::faultLostCreate()
{
    EmulatorConfig config = fastConfig();
    config.faults = *FaultSpec::parse(QStringLiteral("lost"));
    auto server = makeServer(config);
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    const TestReply lost =
        client.postJson(QStringLiteral("/videos"),
                        QJsonObject{{QStringLiteral("prompt"), QStringLiteral("lost one")}});
    QVERIFY2(lost.finished, "reply finishes");
    QVERIFY2(lost.error != QNetworkReply::NoError, "no response arrives");
    QVERIFY2(lost.json().isEmpty(), lost.body.constData());
    // The job exists and was counted: a client must reconcile, not resubmit.
    QCOMPARE(server->createCount(), 1);
    const QJsonArray data =
        client.get(QStringLiteral("/videos")).json().value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first().toObject().value(QStringLiteral("prompt")).toString(),
             QStringLiteral("lost one"));
}

void tst_EmulatorServer::faultRenderFail()
{
    EmulatorConfig config = fastConfig();
    config.faults = *FaultSpec::parse(QStringLiteral("renderfail"));
    auto server = makeServer(config);
    QVERIFY2(server, "listen");
    TestClient client(server->baseUrl());
    const QString id = client
                           .postJson(QStringLiteral("/videos"),
                                     QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")}})
                           .json()
                           .value(QStringLiteral("id"))
                           .toString();
    QVERIFY2(waitForStatus(client, id, QStringLiteral("failed")), "job fails");
    QCOMPARE(client.get(QStringLiteral("/videos/") + id)
                 .json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("render_failed"));
}

QTEST_GUILESS_MAIN(tst_EmulatorServer)
#include "tst_emulatorserver.moc"
