// SPDX-License-Identifier: MIT
// The emulator honours first frames, last frames and subject references in every dialect it
// speaks: a clip begins on its first frame, ends on its last frame and shows references as an
// inset, so continuity can be seen and measured offline.
#include "emulatortestclient.h"

#include "continuity/colordifference.h"
#include "continuity/continuityreport.h"
#include "continuity/framegrabber.h"
#include "emulator/emulatorserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace ShotBrief;
using namespace ShotBrief::Testing;

namespace {

const QByteArray Key = "pictures-test-key";
const QList<QPair<QByteArray, QByteArray>> RunwayHeaders{{"X-Runway-Version", "2024-11-06"}};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A PNG of ffmpeg's lavfi `source` (testsrc2, a colour ...) at `size`.
QByteArray lavfiPng(const QString &dir, const QString &name, const QString &source,
                    const QString &size)
{
    const QString path = dir + QLatin1Char('/') + name;
    QProcess ffmpeg;
    ffmpeg.start(
        QStringLiteral("ffmpeg"),
        {QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
         QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
         QStringLiteral("%1%2s=%3")
             .arg(source,
                  source.contains(QLatin1Char('=')) ? QStringLiteral(":") : QStringLiteral("="),
                  size),
         QStringLiteral("-frames:v"), QStringLiteral("1"), path});
    if (!ffmpeg.waitForFinished(30000) || ffmpeg.exitCode() != 0)
        return {};
    return readAll(path);
}

QImage decode(const QByteArray &png)
{
    QImage image;
    image.loadFromData(png, "PNG");
    return image;
}

QByteArray dataUri(const QByteArray &png)
{
    return "data:image/png;base64," + png.toBase64();
}

} // namespace

class tst_EmulatorPictures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openAiFirstLastAndReferences();
    void openAiRefusesBadPictures_data();
    void openAiRefusesBadPictures();
    void runwayKeyframes();
    void runwayRules_data();
    void runwayRules();
    void runwaySeedanceReferences();
    void comfyFirstLastFrameTemplate();
    void openRouterFrameImages();
    void openRouterInputReferences();

private:
    /// Saves `bytes` as a clip and checks its first and last frames against the pictures
    /// (mean absolute difference, 0-255, after H.264: a few units at most).
    void checkClip(const QByteArray &bytes, const QByteArray &firstPng, const QByteArray &lastPng);
    QJsonObject waitForVideo(TestClient &client, const QString &id);
    QJsonObject waitForTask(TestClient &client, const QString &id);
    /// Creates a Runway image_to_video task or an OpenRouter job with `body`, waits for it
    /// and returns the clip's bytes (empty when it failed).
    QByteArray runwayClip(const QJsonObject &body);
    QByteArray openRouterClip(const QJsonObject &body);
    /// A 1280x720 clip without keyframes: the slate from the first frame on, the yellow
    /// subject reference as an inset top right.
    void checkReferenceInset(const QByteArray &clip);

    QTemporaryDir m_tmp;
    QByteArray m_first;    ///< testsrc2, 320x176: busy, unlike any slate
    QByteArray m_last;     ///< a flat magenta, 320x176
    QByteArray m_subject;  ///< a yellow square
    QByteArray m_bigFirst; ///< testsrc2, 1280x720 (Runway's smallest ratio)
    QByteArray m_bigLast;
    std::unique_ptr<EmulatorServer> m_emulator;
};

void tst_EmulatorPictures::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_first = lavfiPng(m_tmp.path(), QStringLiteral("first.png"), QStringLiteral("testsrc2"),
                       QStringLiteral("320x176"));
    m_last = lavfiPng(m_tmp.path(), QStringLiteral("last.png"), QStringLiteral("color=c=magenta"),
                      QStringLiteral("320x176"));
    m_subject = lavfiPng(m_tmp.path(), QStringLiteral("subject.png"),
                         QStringLiteral("color=c=yellow"), QStringLiteral("200x200"));
    m_bigFirst = lavfiPng(m_tmp.path(), QStringLiteral("big-first.png"), QStringLiteral("testsrc2"),
                          QStringLiteral("1280x720"));
    m_bigLast = lavfiPng(m_tmp.path(), QStringLiteral("big-last.png"),
                         QStringLiteral("color=c=magenta"), QStringLiteral("1280x720"));
    QVERIFY2(!m_first.isEmpty() && !m_last.isEmpty() && !m_subject.isEmpty() &&
                 !m_bigFirst.isEmpty() && !m_bigLast.isEmpty(),
             "ffmpeg is needed");
}

void tst_EmulatorPictures::init()
{
    EmulatorConfig config;
    config.stateDir = m_tmp.filePath(QStringLiteral("state-%1").arg(QTest::currentTestFunction()));
    QDir(config.stateDir).removeRecursively();
    config.jobSeconds = 0.3;
    config.maxRunningPerKey = 8;
    config.requiredKey = QString::fromLatin1(Key);
    m_emulator = std::make_unique<EmulatorServer>(config);
    QVERIFY(m_emulator->listen() != 0);
}

void tst_EmulatorPictures::cleanup()
{
    m_emulator.reset();
}

QJsonObject tst_EmulatorPictures::waitForVideo(TestClient &client, const QString &id)
{
    return pollUntil(client, QStringLiteral("/videos/") + id, QStringLiteral("status"),
                     {QStringLiteral("completed"), QStringLiteral("failed")});
}

QJsonObject tst_EmulatorPictures::waitForTask(TestClient &client, const QString &id)
{
    return pollUntil(client, QStringLiteral("/v1/tasks/") + id, QStringLiteral("status"),
                     {QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED")}, RunwayHeaders);
}

void tst_EmulatorPictures::checkClip(const QByteArray &bytes, const QByteArray &firstPng,
                                     const QByteArray &lastPng)
{
    const QString clip = m_tmp.filePath(QStringLiteral("%1.mp4").arg(QTest::currentTestFunction()));
    QFile out(clip);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const FrameGrabber grabber;
    const Result<QImage> first = grabber.grab(clip, FrameGrabber::Position::First);
    const Result<QImage> last = grabber.grab(clip, FrameGrabber::Position::Last);
    QVERIFY2(first && last, "the clip has no frames");
    const double firstDifference = meanAbsoluteDifference(*first, decode(firstPng));
    QVERIFY2(firstDifference >= 0 && firstDifference < ContinuousCutThreshold,
             qPrintable(QStringLiteral("first frame differs by %1").arg(firstDifference)));
    if (!lastPng.isEmpty()) {
        const double lastDifference = meanAbsoluteDifference(*last, decode(lastPng));
        QVERIFY2(lastDifference >= 0 && lastDifference < ContinuousCutThreshold,
                 qPrintable(QStringLiteral("last frame differs by %1").arg(lastDifference)));
    }
    // Between the two, the slate: neither picture.
    const Result<QList<QImage>> middle = grabber.samples(clip, first->size());
    QVERIFY(middle && middle->size() >= 2);
    QVERIFY(meanAbsoluteDifference(middle->at(1), decode(firstPng)) > 20);
}

void tst_EmulatorPictures::openAiFirstLastAndReferences()
{
    TestClient client(m_emulator->baseUrl(), Key);
    const QByteArray boundary = "picturesboundary";
    QByteArray body;
    const auto field = [&](const QByteArray &name, const QByteArray &value) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                "\"\r\n\r\n" + value + "\r\n";
    };
    const auto file = [&](const QByteArray &name, const QByteArray &data) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                "\"; filename=\"" + name + ".png\"\r\nContent-Type: image/png\r\n\r\n" + data +
                "\r\n";
    };
    field("prompt", "the quay at dusk");
    field("model", "shotbrief/any-model"); // a gateway model: any plausible size
    field("size", "320x176");
    field("seconds", "3");
    file("input_reference", m_first);
    file("last_frame", m_last);
    file("reference_images", m_subject);
    body += "--" + boundary + "--\r\n";
    const TestReply created = client.postRaw(QStringLiteral("/videos"), body,
                                             "multipart/form-data; boundary=" + boundary);
    QVERIFY2(created.status == 200, created.body.constData());
    const QString id = created.json().value(QStringLiteral("id")).toString();
    const QJsonObject done = waitForVideo(client, id);
    QVERIFY2(done.value(QStringLiteral("status")).toString() == QLatin1String("completed"),
             QJsonDocument(done).toJson().constData());
    const TestReply video = client.get(QStringLiteral("/videos/%1/content").arg(id));
    QCOMPARE(video.status, 200);
    checkClip(video.body, m_first, m_last);

    // The reference appears as an inset in the top right corner between the two pictures.
    const QString clip = m_tmp.filePath(QStringLiteral("openAiFirstLastAndReferences.mp4"));
    const Result<QList<QImage>> middle = FrameGrabber().samples(clip, QSize(320, 176));
    QVERIFY(middle);
    const QColor inset = middle->at(1).pixelColor(320 - 12 - 17, 12 + 17);
    QVERIFY2(inset.red() > 200 && inset.green() > 200 && inset.blue() < 80,
             qPrintable(inset.name()));

    // JSON with data: URLs works the same.
    const QJsonObject json{
        {QStringLiteral("prompt"), QStringLiteral("again")},
        {QStringLiteral("model"), QStringLiteral("shotbrief/any-model")},
        {QStringLiteral("size"), QStringLiteral("320x176")},
        {QStringLiteral("seconds"), QStringLiteral("2")},
        {QStringLiteral("input_reference"),
         QJsonObject{{QStringLiteral("image_url"), QString::fromLatin1(dataUri(m_first))}}},
        {QStringLiteral("last_frame"),
         QJsonObject{{QStringLiteral("image_url"), QString::fromLatin1(dataUri(m_last))}}}};
    const TestReply viaJson = client.postJson(QStringLiteral("/videos"), json);
    QVERIFY2(viaJson.status == 200, viaJson.body.constData());
    QCOMPARE(waitForVideo(client, viaJson.json().value(QStringLiteral("id")).toString())
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("completed"));
}

void tst_EmulatorPictures::openAiRefusesBadPictures_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("which"); ///< 0: a last frame of the wrong size, 1: text, 2: 4 refs
    QTest::addColumn<QString>("param");
    QTest::newRow("last frame of another size") << QByteArray("last_frame") << 0 << "last_frame";
    QTest::newRow("last frame that is text") << QByteArray("last_frame") << 1 << "last_frame";
    QTest::newRow("four references") << QByteArray("reference_images") << 2 << "reference_images";
}

void tst_EmulatorPictures::openAiRefusesBadPictures()
{
    QFETCH(QByteArray, field);
    QFETCH(int, which);
    QFETCH(QString, param);
    TestClient client(m_emulator->baseUrl(), Key);
    const QByteArray boundary = "b0undary";
    QByteArray body;
    for (const auto &[name, value] : QList<QPair<QByteArray, QByteArray>>{
             {"prompt", "x"}, {"model", "shotbrief/m"}, {"size", "320x176"}, {"seconds", "2"}})
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                "\"\r\n\r\n" + value + "\r\n";
    const QByteArray data = which == 0 ? m_subject : which == 1 ? QByteArray("hello") : m_subject;
    for (int i = 0; i < (which == 2 ? 4 : 1); ++i)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field +
                "\"; filename=\"p.png\"\r\nContent-Type: image/png\r\n\r\n" + data + "\r\n";
    body += "--" + boundary + "--\r\n";
    const TestReply reply = client.postRaw(QStringLiteral("/videos"), body,
                                           "multipart/form-data; boundary=" + boundary);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("param")),
             QJsonValue(param));
    QCOMPARE(m_emulator->stats().creates, 0);
}

void tst_EmulatorPictures::runwayKeyframes()
{
    const QJsonObject body{
        {QStringLiteral("model"), QStringLiteral("veo3.1")},
        {QStringLiteral("promptText"), QStringLiteral("the lighthouse")},
        {QStringLiteral("promptImage"),
         QJsonArray{QJsonObject{{QStringLiteral("uri"), QString::fromLatin1(dataUri(m_bigFirst))},
                                {QStringLiteral("position"), QStringLiteral("first")}},
                    QJsonObject{{QStringLiteral("uri"), QString::fromLatin1(dataUri(m_bigLast))},
                                {QStringLiteral("position"), QStringLiteral("last")}}}},
        {QStringLiteral("ratio"), QStringLiteral("1280:720")},
        {QStringLiteral("duration"), 4}};
    const QByteArray clip = runwayClip(body);
    QVERIFY(!clip.isEmpty());
    checkClip(clip, m_bigFirst, m_bigLast);
}

void tst_EmulatorPictures::runwayRules_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("positions"); ///< "first", "last", "" (a reference)
    QTest::addColumn<bool>("accepted");
    QTest::newRow("gen4.5 first") << "gen4.5" << QStringList{QStringLiteral("first")} << true;
    QTest::newRow("gen4.5 takes no last frame")
        << "gen4.5" << QStringList{QStringLiteral("first"), QStringLiteral("last")} << false;
    QTest::newRow("veo3.1 never last alone")
        << "veo3.1" << QStringList{QStringLiteral("last")} << false;
    QTest::newRow("seedance2 last alone")
        << "seedance2" << QStringList{QStringLiteral("last")} << true;
    QTest::newRow("seedance2 cannot mix")
        << "seedance2" << QStringList{QStringLiteral("first"), QString()} << false;
    QTest::newRow("references only on seedance2") << "veo3.1" << QStringList{QString()} << false;
    QTest::newRow("first twice") << "veo3.1"
                                 << QStringList{QStringLiteral("first"), QStringLiteral("first")}
                                 << false;
}

void tst_EmulatorPictures::runwayRules()
{
    QFETCH(QString, model);
    QFETCH(QStringList, positions);
    QFETCH(bool, accepted);
    TestClient client(m_emulator->rootUrl(), Key);
    QJsonArray images;
    for (const QString &position : positions) {
        QJsonObject entry{{QStringLiteral("uri"), QStringLiteral("https://example.com/a.png")}};
        if (!position.isEmpty())
            entry.insert(QStringLiteral("position"), position);
        images.append(entry);
    }
    const QJsonObject body{{QStringLiteral("model"), model},
                           {QStringLiteral("promptText"), QStringLiteral("x")},
                           {QStringLiteral("promptImage"), images},
                           {QStringLiteral("ratio"), QStringLiteral("1280:720")},
                           {QStringLiteral("duration"), model == QLatin1String("gen4.5") ? 5 : 4}};
    const TestReply reply =
        client.postJson(QStringLiteral("/v1/image_to_video"), body, RunwayHeaders);
    QVERIFY2((reply.status == 200) == accepted, reply.body.constData());
}

void tst_EmulatorPictures::runwaySeedanceReferences()
{
    const QJsonObject body{
        {QStringLiteral("model"), QStringLiteral("seedance2")},
        {QStringLiteral("promptText"), QStringLiteral("the courier")},
        {QStringLiteral("promptImage"),
         QJsonArray{QJsonObject{{QStringLiteral("uri"), QString::fromLatin1(dataUri(m_subject))}}}},
        {QStringLiteral("ratio"), QStringLiteral("1280:720")},
        {QStringLiteral("duration"), 4}};
    checkReferenceInset(runwayClip(body));
}

void tst_EmulatorPictures::comfyFirstLastFrameTemplate()
{
    TestClient client(m_emulator->rootUrl(), QByteArray());
    QStringList names;
    for (const QByteArray &png : {m_first, m_last}) {
        const TestReply uploaded =
            client.postMultipart(QStringLiteral("/upload/image"), {{"subfolder", "shotbrief"}},
                                 "image", png, "image/png", QStringLiteral("frame.png"));
        QVERIFY2(uploaded.status == 200, uploaded.body.constData());
        names << QStringLiteral("shotbrief/") +
                     uploaded.json().value(QStringLiteral("name")).toString();
    }
    const QJsonObject wrapper =
        QJsonDocument::fromJson(
            readAll(QStringLiteral(SHOTBRIEF_SOURCE_DIR "/resources/comfyui/wan22-flf2v-14b.json")))
            .object();
    QJsonObject graph = wrapper.value(QStringLiteral("graph")).toObject();
    const auto set = [&graph](const char *node, const char *input, const QJsonValue &value) {
        QJsonObject object = graph.value(QLatin1String(node)).toObject();
        QJsonObject inputs = object.value(QStringLiteral("inputs")).toObject();
        inputs.insert(QLatin1String(input), value);
        object.insert(QStringLiteral("inputs"), inputs);
        graph.insert(QLatin1String(node), object);
    };
    set("6", "text", QStringLiteral("from the quay to the boat"));
    set("62", "image", names.at(0));
    set("68", "image", names.at(1));
    set("67", "width", 320);
    set("67", "height", 176);
    set("67", "length", 33); // 2 s at 16 fps
    const TestReply queued =
        client.postJson(QStringLiteral("/prompt"),
                        QJsonObject{{QStringLiteral("prompt"), graph},
                                    {QStringLiteral("client_id"), QStringLiteral("sb")}});
    QVERIFY2(queued.status == 200, queued.body.constData());
    const QString id = queued.json().value(QStringLiteral("prompt_id")).toString();
    QElapsedTimer timer;
    timer.start();
    QJsonObject entry;
    while (timer.elapsed() < 60000 && entry.isEmpty()) {
        entry = client.get(QStringLiteral("/history/") + id).json().value(id).toObject();
        if (entry.isEmpty())
            QTest::qWait(50);
    }
    const QJsonObject file = entry.value(QStringLiteral("outputs"))
                                 .toObject()
                                 .value(QStringLiteral("61"))
                                 .toObject()
                                 .value(QStringLiteral("images"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QVERIFY2(!file.isEmpty(), QJsonDocument(entry).toJson().constData());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filename"),
                       file.value(QStringLiteral("filename")).toString());
    query.addQueryItem(QStringLiteral("subfolder"),
                       file.value(QStringLiteral("subfolder")).toString());
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("output"));
    const TestReply video = client.get(QStringLiteral("/view?") + query.toString());
    QCOMPARE(video.status, 200);
    checkClip(video.body, m_first, m_last);
}

QByteArray tst_EmulatorPictures::runwayClip(const QJsonObject &body)
{
    TestClient client(m_emulator->rootUrl(), Key);
    const TestReply created =
        client.postJson(QStringLiteral("/v1/image_to_video"), body, RunwayHeaders);
    if (created.status != 200) {
        qWarning("create: %d %s", created.status, created.body.constData());
        return {};
    }
    const QJsonObject done =
        waitForTask(client, created.json().value(QStringLiteral("id")).toString());
    if (done.value(QStringLiteral("status")).toString() != QLatin1String("SUCCEEDED"))
        return {};
    const QUrl url(done.value(QStringLiteral("output")).toArray().first().toString());
    TestClient anonymous(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery), QByteArray());
    return anonymous.get(url.path() + QLatin1Char('?') + url.query()).body;
}

void tst_EmulatorPictures::checkReferenceInset(const QByteArray &bytes)
{
    QVERIFY(!bytes.isEmpty());
    const QString clip = m_tmp.filePath(QStringLiteral("%1.mp4").arg(QTest::currentTestFunction()));
    QFile out(clip);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    const Result<QImage> first = FrameGrabber().grab(clip, FrameGrabber::Position::First);
    QVERIFY(first);
    QCOMPARE(first->size(), QSize(1280, 720));
    const int inset = 720 / 5;
    const int margin = 720 / 18;
    const QColor corner = first->pixelColor(1280 - margin - inset / 2, margin + inset / 2);
    QVERIFY2(corner.red() > 200 && corner.green() > 200 && corner.blue() < 80,
             qPrintable(corner.name()));
}

QByteArray tst_EmulatorPictures::openRouterClip(const QJsonObject &body)
{
    TestClient client(m_emulator->openRouterUrl(), Key);
    const TestReply created = client.postJson(QStringLiteral("/videos"), body);
    if (created.status != 202) {
        qWarning("create: %d %s", created.status, created.body.constData());
        return {};
    }
    const QString id = created.json().value(QStringLiteral("id")).toString();
    const QJsonObject done =
        pollUntil(client, QStringLiteral("/videos/") + id, QStringLiteral("status"),
                  {QStringLiteral("completed"), QStringLiteral("failed")});
    if (done.value(QStringLiteral("status")).toString() != QLatin1String("completed"))
        return {};
    return client.get(QStringLiteral("/videos/%1/content?index=0").arg(id)).body;
}

namespace {

QJsonObject imageUrlPart(const QByteArray &png, const QString &frameType = {})
{
    QJsonObject part{{QStringLiteral("type"), QStringLiteral("image_url")},
                     {QStringLiteral("image_url"),
                      QJsonObject{{QStringLiteral("url"), QString::fromLatin1(dataUri(png))}}}};
    if (!frameType.isEmpty())
        part.insert(QStringLiteral("frame_type"), frameType);
    return part;
}

} // namespace

void tst_EmulatorPictures::openRouterFrameImages()
{
    const QByteArray clip =
        openRouterClip({{QStringLiteral("model"), QStringLiteral("google/veo-3.1")},
                        {QStringLiteral("prompt"), QStringLiteral("the lighthouse")},
                        {QStringLiteral("duration"), 4},
                        {QStringLiteral("resolution"), QStringLiteral("720p")},
                        {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")},
                        {QStringLiteral("frame_images"),
                         QJsonArray{imageUrlPart(m_bigFirst, QStringLiteral("first_frame")),
                                    imageUrlPart(m_bigLast, QStringLiteral("last_frame"))}}});
    QVERIFY(!clip.isEmpty());
    checkClip(clip, m_bigFirst, m_bigLast);
}

void tst_EmulatorPictures::openRouterInputReferences()
{
    const QByteArray bytes =
        openRouterClip({{QStringLiteral("model"), QStringLiteral("google/veo-3.1")},
                        {QStringLiteral("prompt"), QStringLiteral("the courier")},
                        {QStringLiteral("duration"), 4},
                        {QStringLiteral("resolution"), QStringLiteral("720p")},
                        {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")},
                        {QStringLiteral("input_references"), QJsonArray{imageUrlPart(m_subject)}}});
    checkReferenceInset(bytes);
}

QTEST_GUILESS_MAIN(tst_EmulatorPictures)
#include "tst_emulatorpictures.moc"
