// SPDX-License-Identifier: MIT
// The Runway and ComfyUI dialects of the emulator, served beside the OpenAI one from one port.
#include "emulatortestclient.h"

#include "emulator/comfyuiroutes.h"
#include "emulator/emulatorserver.h"
#include "emulator/runwayroutes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;
using namespace ShotBrief::Testing;

namespace {

const QByteArray Key = "runway-test-key";
const QList<QPair<QByteArray, QByteArray>> RunwayHeaders{{"X-Runway-Version", "2024-11-06"}};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject templateGraph(const QString &name)
{
    const QJsonObject wrapper =
        QJsonDocument::fromJson(
            readAll(QStringLiteral(SHOTBRIEF_SOURCE_DIR "/resources/comfyui/") + name))
            .object();
    return wrapper.value(QStringLiteral("graph")).toObject();
}

QJsonObject setInput(QJsonObject graph, const QString &node, const QString &input,
                     const QJsonValue &value)
{
    QJsonObject object = graph.value(node).toObject();
    QJsonObject inputs = object.value(QStringLiteral("inputs")).toObject();
    if (value.isUndefined())
        inputs.remove(input);
    else
        inputs.insert(input, value);
    object.insert(QStringLiteral("inputs"), inputs);
    graph.insert(node, object);
    return graph;
}

} // namespace

class tst_EmulatorDialects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void runwayValidation_data();
    void runwayValidation();
    void runwayLifecycle();
    void runwayFailuresAndFaults_data();
    void runwayFailuresAndFaults();
    void runwayCancel();
    void comfyReadsTemplates_data();
    void comfyReadsTemplates();
    void comfyValidation_data();
    void comfyValidation();
    void comfyLifecycle();
    void comfyCancel();
    void dialectsDoNotMix();

private:
    QJsonObject waitForTask(TestClient &client, const QString &id);
    QJsonObject waitForHistory(TestClient &client, const QString &id);

    QTemporaryDir m_tmp;
    QByteArray m_png;
    std::unique_ptr<EmulatorServer> m_emulator;
};

void tst_EmulatorDialects::initTestCase()
{
    QVERIFY2(m_tmp.isValid(), "temporary folder");
    const QString png = m_tmp.filePath(QStringLiteral("start.png"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                  QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("color=c=orange:s=320x176"), QStringLiteral("-frames:v"),
                  QStringLiteral("1"), png});
    QVERIFY2(ffmpeg.waitForFinished(30000) && ffmpeg.exitCode() == 0, "ffmpeg is needed");
    m_png = readAll(png);
    QVERIFY(!m_png.isEmpty());
}

void tst_EmulatorDialects::init()
{
    EmulatorConfig config;
    config.stateDir = m_tmp.filePath(QStringLiteral("state-%1").arg(QTest::currentTestFunction()));
    QDir(config.stateDir).removeRecursively();
    // Short jobs keep the suite fast. comfyCancel needs its first prompt still running when it
    // interrupts it and its second still pending when it deletes it; with 0.4 s jobs a loaded
    // machine answered those requests after the jobs had moved on (seen in a clean-clone run).
    const bool needsTimeToAct = qstrcmp(QTest::currentTestFunction(), "comfyCancel") == 0;
    config.jobSeconds = needsTimeToAct ? 20.0 : 0.4;
    config.maxRunningPerKey = 8;
    config.requiredKey = QString::fromLatin1(Key);
    m_emulator = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_emulator->listen() != 0);
}

void tst_EmulatorDialects::cleanup()
{
    m_emulator.reset();
}

QJsonObject tst_EmulatorDialects::waitForTask(TestClient &client, const QString &id)
{
    return pollUntil(
        client, QStringLiteral("/v1/tasks/") + id, QStringLiteral("status"),
        {QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED"), QStringLiteral("CANCELLED")},
        RunwayHeaders, 20000);
}

QJsonObject tst_EmulatorDialects::waitForHistory(TestClient &client, const QString &id)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        const QJsonObject history = client.get(QStringLiteral("/history/") + id).json();
        if (!history.isEmpty())
            return history.value(id).toObject();
        QTest::qWait(50);
    }
    return {};
}

void tst_EmulatorDialects::runwayValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("versionHeader");
    QTest::addColumn<int>("status");

    const QByteArray ok =
        R"({"model":"gen4.5","promptText":"a quay at dawn","ratio":"1280:720","duration":7})";
    QTest::newRow("gen4.5 takes 7 s") << "/v1/text_to_video" << ok << true << 200;
    QTest::newRow("no version header") << "/v1/text_to_video" << ok << false << 400;
    QTest::newRow("gen4.5 11 s refused")
        << "/v1/text_to_video"
        << QByteArray(R"({"model":"gen4.5","promptText":"x","ratio":"1280:720","duration":11})")
        << true << 400;
    QTest::newRow("gen4_turbo 7 s refused")
        << "/v1/image_to_video"
        << QByteArray(
               R"({"model":"gen4_turbo","promptImage":"https://example.com/a.png","ratio":"1280:720","duration":7})")
        << true << 400;
    QTest::newRow("gen4_turbo 10 s from an https image")
        << "/v1/image_to_video"
        << QByteArray(
               R"({"model":"gen4_turbo","promptImage":"https://example.com/a.png","ratio":"1280:720","duration":10})")
        << true << 200;
    QTest::newRow("gen4_turbo needs an image")
        << "/v1/text_to_video"
        << QByteArray(R"({"model":"gen4_turbo","promptText":"x","ratio":"1280:720","duration":5})")
        << true << 400;
    QTest::newRow("bad ratio")
        << "/v1/text_to_video"
        << QByteArray(R"({"model":"gen4.5","promptText":"x","ratio":"1280x720","duration":5})")
        << true << 400;
    QTest::newRow("fractional duration")
        << "/v1/text_to_video"
        << QByteArray(R"({"model":"gen4.5","promptText":"x","ratio":"1280:720","duration":5.5})")
        << true << 400;
    QTest::newRow("unknown model")
        << "/v1/text_to_video"
        << QByteArray(R"({"model":"sora-2","promptText":"x","ratio":"1280:720","duration":5})")
        << true << 400;
    QTest::newRow("plain http image refused")
        << "/v1/image_to_video"
        << QByteArray(
               R"({"model":"gen4.5","promptImage":"http://example.com/a.png","ratio":"1280:720","duration":5})")
        << true << 400;
    QTest::newRow("seed out of range")
        << "/v1/text_to_video"
        << QByteArray(
               R"({"model":"gen4.5","promptText":"x","ratio":"1280:720","duration":5,"seed":-1})")
        << true << 400;
}

void tst_EmulatorDialects::runwayValidation()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, versionHeader);
    QFETCH(int, status);
    TestClient client(m_emulator->baseUrl().resolved(QUrl(QStringLiteral("/"))), Key);
    const TestReply reply =
        client.postRaw(path, body, "application/json",
                       versionHeader ? RunwayHeaders : QList<QPair<QByteArray, QByteArray>>{});
    QVERIFY2(reply.status == status, reply.body.constData());
    if (status == 200)
        QVERIFY(!reply.json().value(QStringLiteral("id")).toString().isEmpty());
    else
        QVERIFY2(reply.json().value(QStringLiteral("error")).isString(), reply.body.constData());
}

void tst_EmulatorDialects::runwayLifecycle()
{
    TestClient client(m_emulator->rootUrl(), Key);
    TestClient noKey(m_emulator->rootUrl(), QByteArray());
    QCOMPARE(noKey.get(QStringLiteral("/v1/tasks/x"), RunwayHeaders).status, 401);

    const QByteArray dataUri = "data:image/png;base64," + m_png.toBase64();
    const QJsonObject body{{QStringLiteral("model"), QStringLiteral("gen4.5")},
                           {QStringLiteral("promptText"), QStringLiteral("the lighthouse")},
                           {QStringLiteral("promptImage"), QString::fromLatin1(dataUri)},
                           {QStringLiteral("ratio"), QStringLiteral("1280:720")},
                           {QStringLiteral("duration"), 3},
                           {QStringLiteral("seed"), 42}};
    const TestReply created =
        client.postJson(QStringLiteral("/v1/image_to_video"), body, RunwayHeaders);
    QVERIFY2(created.status == 200, created.body.constData());
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QVERIFY(!QUuid::fromString(id).isNull());

    const QJsonObject first = client.get(QStringLiteral("/v1/tasks/") + id, RunwayHeaders).json();
    QVERIFY2(QStringList({QStringLiteral("PENDING"), QStringLiteral("RUNNING")})
                 .contains(first.value(QStringLiteral("status")).toString()),
             qPrintable(first.value(QStringLiteral("status")).toString()));
    QVERIFY(QDateTime::fromString(first.value(QStringLiteral("createdAt")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());

    const QJsonObject done = waitForTask(client, id);
    QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
    const QString url = done.value(QStringLiteral("output")).toArray().first().toString();
    QVERIFY2(url.contains(QStringLiteral("/runway/outputs/")), qPrintable(url));

    TestClient anonymous(QUrl(url).adjusted(QUrl::RemovePath | QUrl::RemoveQuery), QByteArray());
    const TestReply video = anonymous.get(QUrl(url).path() + QLatin1Char('?') + QUrl(url).query());
    QCOMPARE(video.status, 200);
    QVERIFY(video.body.size() > 1000);
    QCOMPARE(video.body.mid(4, 4), QByteArray("ftyp"));
    // A URL whose signature no longer matches (an old one) is refused like an expired one.
    QCOMPARE(anonymous.get(QUrl(url).path() + QStringLiteral("?exp=1")).status, 403);
    QCOMPARE(m_emulator->stats().creates, 1);
}

void tst_EmulatorDialects::runwayFailuresAndFaults_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("createStatus");
    QTest::addColumn<QString>("failureCode");

    QTest::newRow("moderation -> SAFETY.INPUT.TEXT")
        << QStringLiteral("moderation") << 200 << QStringLiteral("SAFETY.INPUT.TEXT");
    QTest::newRow("render failure -> INTERNAL")
        << QStringLiteral("renderfail") << 200 << QStringLiteral("INTERNAL.BAD_OUTPUT.CODE01");
    QTest::newRow("429 in Runway's shape") << QStringLiteral("429:on=create") << 429 << QString();
    QTest::newRow("500 in Runway's shape") << QStringLiteral("500:on=create") << 500 << QString();
}

void tst_EmulatorDialects::runwayFailuresAndFaults()
{
    QFETCH(QString, spec);
    QFETCH(int, createStatus);
    QFETCH(QString, failureCode);
    m_emulator->setFaults(FaultSpec::parse(spec).value());
    TestClient client(m_emulator->rootUrl(), Key);
    const TestReply created =
        client.postJson(QStringLiteral("/v1/text_to_video"),
                        QJsonObject{{QStringLiteral("model"), QStringLiteral("gen4.5")},
                                    {QStringLiteral("promptText"), QStringLiteral("a storm")},
                                    {QStringLiteral("ratio"), QStringLiteral("720:1280")},
                                    {QStringLiteral("duration"), 2}},
                        RunwayHeaders);
    QCOMPARE(created.status, createStatus);
    if (createStatus != 200) {
        QVERIFY2(created.json().value(QStringLiteral("error")).isString(),
                 created.body.constData());
        if (createStatus == 429)
            QCOMPARE(created.header("retry-after"), QByteArray("1"));
        return;
    }
    const QJsonObject task =
        waitForTask(client, created.json().value(QStringLiteral("id")).toString());
    QCOMPARE(task.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(task.value(QStringLiteral("failureCode")).toString(), failureCode);
    QVERIFY(!task.value(QStringLiteral("failure")).toString().isEmpty());
}

void tst_EmulatorDialects::runwayCancel()
{
    TestClient client(m_emulator->rootUrl(), Key);
    const QJsonObject body{{QStringLiteral("model"), QStringLiteral("gen4.5")},
                           {QStringLiteral("promptText"), QStringLiteral("x")},
                           {QStringLiteral("ratio"), QStringLiteral("1280:720")},
                           {QStringLiteral("duration"), 5}};
    const QString running =
        client.postJson(QStringLiteral("/v1/text_to_video"), body, RunwayHeaders)
            .json()
            .value(QStringLiteral("id"))
            .toString();
    QNetworkRequest del = client.request(QStringLiteral("/v1/tasks/") + running, RunwayHeaders);
    QCOMPARE(client.wait(client.nam().deleteResource(del)).status, 204);
    QCOMPARE(client.get(QStringLiteral("/v1/tasks/") + running, RunwayHeaders)
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("CANCELLED"));
    // A finished (here: cancelled) task is deleted by a second DELETE.
    QCOMPARE(client.wait(client.nam().deleteResource(del)).status, 204);
    QCOMPARE(client.get(QStringLiteral("/v1/tasks/") + running, RunwayHeaders).status, 404);
}

void tst_EmulatorDialects::comfyReadsTemplates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("frames");
    QTest::addColumn<double>("fps");
    QTest::addColumn<QString>("outputKey");

    QTest::newRow("wan 2.2") << QStringLiteral("wan22-ti2v-5b.json") << QString()
                             << QSize(1280, 704) << 121 << 24.0 << QStringLiteral("images");
    QTest::newRow("ltx-video") << QStringLiteral("ltxv-2b.json") << QString() << QSize(768, 512)
                               << 97 << 24.0 << QStringLiteral("images");
}

void tst_EmulatorDialects::comfyReadsTemplates()
{
    QFETCH(QString, file);
    QFETCH(QSize, size);
    QFETCH(int, frames);
    QFETCH(double, fps);
    QFETCH(QString, outputKey);
    QJsonObject graph = templateGraph(file);
    QVERIFY2(!graph.isEmpty(), qPrintable(file));
    graph = setInput(graph, QStringLiteral("6"), QStringLiteral("text"),
                     QStringLiteral("positive words"));
    const Result<ComfyGraphInfo> info = ComfyUiRoutes::readGraph(graph);
    QVERIFY2(info.hasValue(), qPrintable(info.hasValue() ? QString() : info.error().message));
    QCOMPARE(info->prompt, QStringLiteral("positive words"));
    QCOMPARE(info->size, size);
    QCOMPARE(info->frames, frames);
    QCOMPARE(info->fps, fps);
    QCOMPARE(info->outputKey, outputKey);
    QCOMPARE(info->filenamePrefix, QStringLiteral("ShotBrief/take"));
}

void tst_EmulatorDialects::comfyValidation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("badNode");

    QTest::newRow("no output node")
        << QStringLiteral("no-output") << QStringLiteral("prompt_no_outputs") << QString();
    QTest::newRow("link to a missing node")
        << QStringLiteral("dangling") << QStringLiteral("prompt_outputs_failed_validation")
        << QStringLiteral("3");
    QTest::newRow("start image not uploaded")
        << QStringLiteral("missing-image") << QStringLiteral("prompt_outputs_failed_validation")
        << QStringLiteral("56");
}

void tst_EmulatorDialects::comfyValidation()
{
    QFETCH(QString, change);
    QFETCH(QString, errorType);
    QFETCH(QString, badNode);
    QJsonObject graph = templateGraph(QStringLiteral("wan22-ti2v-5b.json"));
    if (change == QLatin1String("no-output"))
        graph.remove(QStringLiteral("58"));
    else if (change == QLatin1String("dangling"))
        graph = setInput(graph, QStringLiteral("3"), QStringLiteral("model"),
                         QJsonArray{QStringLiteral("999"), 0});
    TestClient client(m_emulator->rootUrl(), QByteArray());
    const TestReply reply =
        client.postJson(QStringLiteral("/prompt"), QJsonObject{{QStringLiteral("prompt"), graph}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             errorType);
    if (!badNode.isEmpty())
        QVERIFY2(reply.json().value(QStringLiteral("node_errors")).toObject().contains(badNode),
                 reply.body.constData());
    QCOMPARE(m_emulator->stats().creates, 0);
}

void tst_EmulatorDialects::comfyLifecycle()
{
    TestClient client(m_emulator->rootUrl(), QByteArray()); // a local ComfyUI needs no key
    const TestReply uploaded =
        client.postMultipart(QStringLiteral("/upload/image"), {{"subfolder", "shotbrief"}}, "image",
                             m_png, "image/png", QStringLiteral("start.png"));
    QVERIFY2(uploaded.status == 200, uploaded.body.constData());
    QCOMPARE(uploaded.json().value(QStringLiteral("name")).toString(), QStringLiteral("start.png"));
    QCOMPARE(uploaded.json().value(QStringLiteral("type")).toString(), QStringLiteral("input"));
    // The same name again is kept apart, like ComfyUI does.
    const TestReply again =
        client.postMultipart(QStringLiteral("/upload/image"), {{"subfolder", "shotbrief"}}, "image",
                             m_png, "image/png", QStringLiteral("start.png"));
    QCOMPARE(again.json().value(QStringLiteral("name")).toString(),
             QStringLiteral("start (1).png"));

    QJsonObject graph = templateGraph(QStringLiteral("wan22-ti2v-5b.json"));
    graph =
        setInput(graph, QStringLiteral("6"), QStringLiteral("text"), QStringLiteral("the pier"));
    graph = setInput(graph, QStringLiteral("56"), QStringLiteral("image"),
                     QStringLiteral("shotbrief/start.png"));
    graph = setInput(graph, QStringLiteral("55"), QStringLiteral("width"), 320);
    graph = setInput(graph, QStringLiteral("55"), QStringLiteral("height"), 176);
    graph = setInput(graph, QStringLiteral("55"), QStringLiteral("length"), 49);
    const TestReply queued =
        client.postJson(QStringLiteral("/prompt"),
                        QJsonObject{{QStringLiteral("prompt"), graph},
                                    {QStringLiteral("client_id"), QStringLiteral("sb")}});
    QVERIFY2(queued.status == 200, queued.body.constData());
    const QString id = queued.json().value(QStringLiteral("prompt_id")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(queued.json().value(QStringLiteral("number")).isDouble());
    QVERIFY(queued.json().value(QStringLiteral("node_errors")).toObject().isEmpty());

    QCOMPARE(client.get(QStringLiteral("/history/") + id).json(), QJsonObject()); // running
    const QJsonObject queue = client.get(QStringLiteral("/queue")).json();
    QCOMPARE(queue.value(QStringLiteral("queue_running")).toArray().size() +
                 queue.value(QStringLiteral("queue_pending")).toArray().size(),
             1);

    const QJsonObject entry = waitForHistory(client, id);
    const QJsonObject status = entry.value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("status_str")).toString(), QStringLiteral("success"));
    QVERIFY(status.value(QStringLiteral("completed")).toBool());
    const QJsonObject file = entry.value(QStringLiteral("outputs"))
                                 .toObject()
                                 .value(QStringLiteral("58"))
                                 .toObject()
                                 .value(QStringLiteral("images"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(file.value(QStringLiteral("subfolder")).toString(), QStringLiteral("ShotBrief"));
    QVERIFY(file.value(QStringLiteral("filename")).toString().startsWith(QStringLiteral("take_")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filename"),
                       file.value(QStringLiteral("filename")).toString());
    query.addQueryItem(QStringLiteral("subfolder"), QStringLiteral("ShotBrief"));
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("output"));
    const TestReply video = client.get(QStringLiteral("/view?") + query.toString());
    QCOMPARE(video.status, 200);
    QCOMPARE(video.body.mid(4, 4), QByteArray("ftyp"));
    // 49 frames at 24 fps: a 2 s clip.
    const QString clip = m_tmp.filePath(QStringLiteral("comfy.mp4"));
    QFile out(clip);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(video.body);
    out.close();
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                   QStringLiteral("format=duration"), QStringLiteral("-of"),
                   QStringLiteral("default=nw=1:nk=1"), clip});
    QVERIFY(ffprobe.waitForFinished(30000));
    QVERIFY(std::abs(ffprobe.readAllStandardOutput().trimmed().toDouble() - 2.0) < 0.1);

    QCOMPARE(client.get(QStringLiteral("/view?filename=..&type=output")).status, 404);
    QCOMPARE(client.get(QStringLiteral("/view?filename=nothing.mp4&type=output")).status, 404);
}

void tst_EmulatorDialects::comfyCancel()
{
    TestClient client(m_emulator->rootUrl(), QByteArray());
    QJsonObject graph = templateGraph(QStringLiteral("ltxv-2b.json"));
    graph = setInput(graph, QStringLiteral("6"), QStringLiteral("text"), QStringLiteral("x"));
    const QString first =
        client.postJson(QStringLiteral("/prompt"), QJsonObject{{QStringLiteral("prompt"), graph}})
            .json()
            .value(QStringLiteral("prompt_id"))
            .toString();
    const QString second =
        client.postJson(QStringLiteral("/prompt"), QJsonObject{{QStringLiteral("prompt"), graph}})
            .json()
            .value(QStringLiteral("prompt_id"))
            .toString();
    // Pending: deleted from the queue. Then the other one, once running, is interrupted.
    QCOMPARE(client
                 .postJson(QStringLiteral("/queue"),
                           QJsonObject{{QStringLiteral("delete"), QJsonArray{second}}})
                 .status,
             200);
    QElapsedTimer timer;
    timer.start();
    while (client.get(QStringLiteral("/queue"))
               .json()
               .value(QStringLiteral("queue_running"))
               .toArray()
               .isEmpty() &&
           timer.elapsed() < 10000)
        QTest::qWait(20);
    QCOMPARE(client
                 .postJson(QStringLiteral("/interrupt"),
                           QJsonObject{{QStringLiteral("prompt_id"), first}})
                 .status,
             200);
    const QJsonObject entry =
        client.get(QStringLiteral("/history/") + first).json().value(first).toObject();
    const QJsonObject status = entry.value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("status_str")).toString(), QStringLiteral("error"));
    QCOMPARE(
        status.value(QStringLiteral("messages")).toArray().first().toArray().first().toString(),
        QStringLiteral("execution_interrupted"));
    const QJsonObject queue = client.get(QStringLiteral("/queue")).json();
    QVERIFY(queue.value(QStringLiteral("queue_running")).toArray().isEmpty());
    QVERIFY(queue.value(QStringLiteral("queue_pending")).toArray().isEmpty());
    QCOMPARE(client.get(QStringLiteral("/history/") + second).json(), QJsonObject());
}

void tst_EmulatorDialects::dialectsDoNotMix()
{
    TestClient client(m_emulator->rootUrl(), Key);
    const QByteArray runwayBody =
        R"({"model":"gen4.5","promptText":"x","ratio":"1280:720","duration":5})";
    QCOMPARE(client
                 .postRaw(QStringLiteral("/v1/text_to_video"), runwayBody, "application/json",
                          RunwayHeaders)
                 .status,
             200);
    QJsonObject graph = templateGraph(QStringLiteral("ltxv-2b.json"));
    QCOMPARE(
        client
            .postJson(QStringLiteral("/api/prompt"), QJsonObject{{QStringLiteral("prompt"), graph}})
            .status,
        200);
    // The OpenAI list shows only its own videos; its routes still answer beside the others.
    const TestReply list = client.get(QStringLiteral("/v1/videos"));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(QStringLiteral("data")).toArray().size(), 0);
    QCOMPARE(client.get(QStringLiteral("/openai/v1/videos")).status, 200);
    QCOMPARE(m_emulator->stats().creates, 2);
}

QTEST_GUILESS_MAIN(tst_EmulatorDialects)
#include "tst_emulatordialects.moc"
