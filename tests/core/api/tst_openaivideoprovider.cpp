// SPDX-License-Identifier: MIT
#include "scriptedserver.h"
#include "waitreply.h"

#include "api/manualclock.h"
#include "api/openaivideoprovider.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

namespace {

const QString Key = QStringLiteral("sk-test-SECRET-0123456789");

const QByteArray JobJson = R"({"id":"video_abc","object":"video","model":"sora-2",
    "status":"queued","progress":0,"created_at":1800000000,"size":"1280x720","seconds":"8",
    "prompt":"p","error":null})";

ProviderProfile profileFor(const QString &baseUrl, AuthStyle auth = AuthStyle::Bearer)
{
    ProviderProfile profile;
    profile.name = QStringLiteral("test");
    profile.baseUrl = QUrl(baseUrl);
    profile.auth = auth;
    profile.capabilities = ProviderCapabilities::openAiVideos();
    return profile;
}

/// Waits for the reply while running the manual clock's due retries.
bool waitFinished(ProviderReply *reply, ManualClock &clock, int timeoutMs = 10000)
{
    return TestSupport::waitFinished(reply, clock, timeoutMs);
}

} // namespace

class tst_OpenAiVideoProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createSendsMultipartWithReferenceImage();
    void authStyles_data();
    void authStyles();
    void retries_data();
    void retries();
    void createWithUnknownOutcomeIsNotRetried();
    void createRefusedConnectionIsRetried();
    void readRetriedAfterDroppedConnection();
    void listSendsQuery();
    void removeAndRemix();
    void redirectToAnotherHostDropsTheKey();
    void jsonBodyIsCapped();
    void truncatedDownloadRestartsCleanly();
    void failedDownloadLeavesNoFile();
    void errorsNeverContainTheKey();
    void insecureBaseUrlIsRefused();
    void abortCancels();
    void timeoutIsReported();
    void limitsComeFromTheProfile();
};

void tst_OpenAiVideoProvider::createSendsMultipartWithReferenceImage()
{
    QTemporaryDir dir;
    const QString image = dir.filePath(QStringLiteral("first frame.png"));
    {
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n-fake-image-bytes-", 26));
    }
    ScriptedServer server;
    QVERIFY(server.start());
    server.script << ScriptedServer::json(200, JobJson);
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &clock);
    CreateVideoRequest request;
    request.prompt = QStringLiteral("Wide shot, 雨の夜の屋台");
    request.model = QStringLiteral("sora-2");
    request.size = QStringLiteral("1280x720");
    request.seconds = 8;
    request.referenceImagePath = image;
    request.shotLabel = QStringLiteral("1A");
    std::unique_ptr<ProviderReply> reply(provider.create(request));
    QVERIFY(waitFinished(reply.get(), clock));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
    QCOMPARE(reply->job().id, QStringLiteral("video_abc"));
    QCOMPARE(reply->job().status, VideoStatus::Queued);

    QCOMPARE(server.requests.size(), 1);
    const ScriptedServer::Request &sent = server.requests.first();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.target, QByteArray("/v1/videos"));
    QCOMPARE(sent.headers.value("authorization"), "Bearer " + Key.toUtf8());
    QCOMPARE(sent.headers.value("x-shotbrief-shot-label"), QByteArray("1A"));
    QVERIFY(sent.headers.value("content-type").startsWith("multipart/form-data; boundary="));
    QVERIFY(sent.body.contains("name=\"prompt\"\r\n\r\n" + request.prompt.toUtf8() + "\r\n"));
    QVERIFY(sent.body.contains("name=\"seconds\"\r\n\r\n8\r\n"));
    QVERIFY(sent.body.contains("name=\"size\"\r\n\r\n1280x720\r\n"));
    QVERIFY(sent.body.contains("name=\"input_reference\"; filename=\"first frame.png\""));
    QVERIFY(sent.body.contains("image/png"));
    QVERIFY(sent.body.contains("-fake-image-bytes-"));
}

void tst_OpenAiVideoProvider::authStyles_data()
{
    QTest::addColumn<AuthStyle>("auth");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("bearer") << AuthStyle::Bearer << QByteArray("authorization")
                            << "Bearer " + Key.toUtf8();
    QTest::newRow("azure api-key") << AuthStyle::ApiKey << QByteArray("api-key") << Key.toUtf8();
}

void tst_OpenAiVideoProvider::authStyles()
{
    QFETCH(AuthStyle, auth);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    ScriptedServer server;
    QVERIFY(server.start());
    server.script << ScriptedServer::json(200, JobJson);
    ManualClock clock;
    ProviderProfile profile = profileFor(server.baseUrl(), auth);
    profile.extraHeaders = {{"X-Team", "film"}};
    OpenAiVideoProvider provider(profile, Key, &clock);
    std::unique_ptr<ProviderReply> reply(provider.retrieve(QStringLiteral("video_abc")));
    QVERIFY(waitFinished(reply.get(), clock));
    QVERIFY(reply->isOk());
    const ScriptedServer::Request &sent = server.requests.first();
    QCOMPARE(sent.method, QByteArray("GET"));
    QCOMPARE(sent.target, QByteArray("/v1/videos/video_abc"));
    QCOMPARE(sent.headers.value(header), value);
    QCOMPARE(sent.headers.value("x-team"), QByteArray("film"));
    QCOMPARE(sent.headers.size() - (sent.headers.contains("authorization") ? 1 : 0) -
                 (sent.headers.contains("api-key") ? 1 : 0),
             sent.headers.size() - 1); // exactly one credential header
}

using Script = QList<ScriptedServer::Response>;

void tst_OpenAiVideoProvider::retries_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QList<qint64>>("delays");

    const auto ok = ScriptedServer::json(200, JobJson);
    QTest::newRow("429 retry-after-ms")
        << Script{ScriptedServer::json(429, "{}", {{"retry-after-ms", "1234"}}), ok} << true << 2
        << QList<qint64>{1234};
    QTest::newRow("429 retry-after seconds")
        << Script{ScriptedServer::json(429, "{}", {{"retry-after", "7"}}), ok} << true << 2
        << QList<qint64>{7000};
    QTest::newRow("503 twice then ok, exponential")
        << Script{ScriptedServer::json(503, "{}"), ScriptedServer::json(503, "{}"), ok} << true << 3
        << QList<qint64>{500, 1000};
    QTest::newRow("500 three times: two retries then give up")
        << Script{ScriptedServer::json(500, "{}"), ScriptedServer::json(500, "{}"),
                  ScriptedServer::json(500, "{}"), ok}
        << false << 3 << QList<qint64>{500, 1000};
    QTest::newRow("x-should-retry false stops a 500")
        << Script{ScriptedServer::json(500, "{}", {{"x-should-retry", "false"}}), ok} << false << 1
        << QList<qint64>{};
    QTest::newRow("x-should-retry true retries a 400")
        << Script{ScriptedServer::json(400, "{}", {{"x-should-retry", "true"}}), ok} << true << 2
        << QList<qint64>{500};
    QTest::newRow("400 is final") << Script{ScriptedServer::json(400, "{}"), ok} << false << 1
                                  << QList<qint64>{};
    QTest::newRow("408 and 409 retry")
        << Script{ScriptedServer::json(408, "{}"), ScriptedServer::json(409, "{}"), ok} << true << 3
        << QList<qint64>{500, 1000};
}

void tst_OpenAiVideoProvider::retries()
{
    QFETCH(Script, script);
    QFETCH(bool, ok);
    QFETCH(int, attempts);
    QFETCH(QList<qint64>, delays);
    ScriptedServer server;
    QVERIFY(server.start());
    server.script = script;
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &clock);
    provider.setJitterSource([] { return 0.0; });
    CreateVideoRequest request;
    request.prompt = QStringLiteral("p");
    std::unique_ptr<ProviderReply> reply(provider.create(request));
    QVERIFY(waitFinished(reply.get(), clock));
    QCOMPARE(reply->isOk(), ok);
    QCOMPARE(reply->attempts(), attempts);
    QCOMPARE(int(server.requests.size()), attempts);
    QCOMPARE(clock.scheduledDelays(), delays);
}

void tst_OpenAiVideoProvider::createWithUnknownOutcomeIsNotRetried()
{
    ScriptedServer server;
    QVERIFY(server.start());
    ScriptedServer::Response lost;
    lost.noResponse = true;
    server.script << lost << ScriptedServer::json(200, JobJson);
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &clock);
    CreateVideoRequest request;
    request.prompt = QStringLiteral("p");
    std::unique_ptr<ProviderReply> reply(provider.create(request));
    QVERIFY(waitFinished(reply.get(), clock));
    QVERIFY(!reply->isOk());
    QVERIFY2(reply->error().outcomeUnknown, "a dropped create must be reconciled, not resent");
    QCOMPARE(server.requests.size(), 1);
}

void tst_OpenAiVideoProvider::createRefusedConnectionIsRetried()
{
    // Nothing listens on the port: the request certainly never arrived, so a retry is safe.
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    ManualClock clock;
    ProviderProfile profile = profileFor(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    OpenAiVideoProvider provider(profile, Key, &clock);
    provider.setJitterSource([] { return 0.0; });
    CreateVideoRequest request;
    request.prompt = QStringLiteral("p");
    std::unique_ptr<ProviderReply> reply(provider.create(request));
    QVERIFY(waitFinished(reply.get(), clock));
    QCOMPARE(reply->error().kind, ApiErrorKind::Network);
    QVERIFY(!reply->error().outcomeUnknown);
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(clock.scheduledDelays(), (QList<qint64>{500, 1000}));
}

void tst_OpenAiVideoProvider::readRetriedAfterDroppedConnection()
{
    ScriptedServer server;
    QVERIFY(server.start());
    ScriptedServer::Response lost;
    lost.noResponse = true;
    server.script << lost << ScriptedServer::json(200, JobJson);
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &clock);
    std::unique_ptr<ProviderReply> reply(provider.retrieve(QStringLiteral("video_abc")));
    QVERIFY(waitFinished(reply.get(), clock));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
    QCOMPARE(server.requests.size(), 2);
}

void tst_OpenAiVideoProvider::listSendsQuery()
{
    ScriptedServer server;
    QVERIFY(server.start());
    server.script << ScriptedServer::json(
        200, R"({"object":"list","data":[{"id":"v1","status":"completed"}],"has_more":false})");
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(server.baseUrl() + QLatin1Char('/')), Key, &clock);
    ListOptions options;
    options.limit = 50;
    options.after = QStringLiteral("video_9");
    std::unique_ptr<ProviderReply> reply(provider.list(options));
    QVERIFY(waitFinished(reply.get(), clock));
    QVERIFY(reply->isOk());
    QCOMPARE(reply->list().data.size(), 1);
    QCOMPARE(server.requests.first().target,
             QByteArray("/v1/videos?limit=50&order=desc&after=video_9"));
}

void tst_OpenAiVideoProvider::removeAndRemix()
{
    ScriptedServer server;
    QVERIFY(server.start());
    server.script << ScriptedServer::json(200, R"({"id":"video_abc","deleted":true})")
                  << ScriptedServer::json(200, JobJson);
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &clock);
    std::unique_ptr<ProviderReply> removed(provider.remove(QStringLiteral("video_abc")));
    QVERIFY(waitFinished(removed.get(), clock));
    QVERIFY(removed->isOk());
    std::unique_ptr<ProviderReply> remixed(
        provider.remix(QStringLiteral("video_abc"), QStringLiteral("make it dusk")));
    QVERIFY(waitFinished(remixed.get(), clock));
    QVERIFY(remixed->isOk());
    QCOMPARE(server.requests.at(0).method, QByteArray("DELETE"));
    QCOMPARE(server.requests.at(1).target, QByteArray("/v1/videos/video_abc/remix"));
    QCOMPARE(server.requests.at(1).body, QByteArray(R"({"prompt":"make it dusk"})"));
    QCOMPARE(server.requests.at(1).headers.value("content-type"), QByteArray("application/json"));
}

void tst_OpenAiVideoProvider::redirectToAnotherHostDropsTheKey()
{
    ScriptedServer api;
    ScriptedServer cdn;
    QVERIFY(api.start());
    QVERIFY(cdn.start());
    const QByteArray content(100000, 'v');
    ScriptedServer::Response redirect;
    redirect.status = 302;
    redirect.headers = {
        {"Location", QStringLiteral("http://127.0.0.1:%1/blob/1").arg(cdn.serverPort()).toUtf8()}};
    api.script << redirect;
    ScriptedServer::Response blob;
    blob.body = content;
    cdn.script << blob;
    ManualClock clock;
    ProviderProfile profile = profileFor(api.baseUrl());
    profile.extraHeaders = {{"X-Team", "film"}};
    OpenAiVideoProvider provider(profile, Key, &clock);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("clips/take.mp4"));
    std::unique_ptr<ProviderReply> reply(
        provider.download(QStringLiteral("video_abc"), DownloadVariant::Video, target));
    QVERIFY(waitFinished(reply.get(), clock));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
    QCOMPARE(api.requests.first().target, QByteArray("/v1/videos/video_abc/content?variant=video"));
    QCOMPARE(api.requests.first().headers.value("authorization"), "Bearer " + Key.toUtf8());
    QCOMPARE(cdn.requests.size(), 1);
    QVERIFY2(!cdn.requests.first().headers.contains("authorization"),
             "the key must not follow a redirect to another host");
    QVERIFY(!cdn.requests.first().headers.contains("x-team"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void tst_OpenAiVideoProvider::jsonBodyIsCapped()
{
    ScriptedServer server;
    QVERIFY(server.start());
    server.script << ScriptedServer::json(200, QByteArray(2 * 1024 * 1024, ' ') + JobJson);
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &clock);
    provider.setMaxJsonBytes(1024 * 1024);
    std::unique_ptr<ProviderReply> reply(provider.retrieve(QStringLiteral("video_abc")));
    QVERIFY(waitFinished(reply.get(), clock));
    QCOMPARE(reply->error().kind, ApiErrorKind::ResponseTooLarge);
}

void tst_OpenAiVideoProvider::truncatedDownloadRestartsCleanly()
{
    ScriptedServer server;
    QVERIFY(server.start());
    QByteArray content;
    for (int i = 0; i < 200000; ++i)
        content.append(char('a' + i % 26));
    ScriptedServer::Response dropped;
    dropped.body = content;
    dropped.dropAfterBytes = 70000;
    ScriptedServer::Response full;
    full.body = content;
    // Qt 6.4 may quietly re-request a GET whose connection dropped, so script spare answers.
    server.script << dropped << full << full << full;
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &clock);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("clip.mp4"));
    std::unique_ptr<ProviderReply> reply(
        provider.download(QStringLiteral("video_abc"), DownloadVariant::Video, target));
    QVERIFY(waitFinished(reply.get(), clock));
    QVERIFY2(reply->isOk(),
             qPrintable(reply->error().message + QStringLiteral(" attempts %1 requests %2")
                                                     .arg(reply->attempts())
                                                     .arg(server.requests.size())));
    QVERIFY(reply->attempts() >= 2);
    QCOMPARE(reply->bytesWritten(), qint64(content.size()));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("clip.mp4")});
}

void tst_OpenAiVideoProvider::failedDownloadLeavesNoFile()
{
    ScriptedServer server;
    QVERIFY(server.start());
    ScriptedServer::Response dropped;
    dropped.body = QByteArray(50000, 'x');
    dropped.dropAfterBytes = 1000;
    server.script << dropped << dropped << dropped << dropped << dropped << dropped;
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &clock);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("clip.mp4"));
    std::unique_ptr<ProviderReply> reply(
        provider.download(QStringLiteral("video_abc"), DownloadVariant::Video, target));
    QVERIFY(waitFinished(reply.get(), clock));
    QVERIFY(!reply->isOk());
    QCOMPARE(reply->attempts(), 3);
    QVERIFY(!QFile::exists(target));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void tst_OpenAiVideoProvider::errorsNeverContainTheKey()
{
    ScriptedServer server;
    QVERIFY(server.start());
    server.script << ScriptedServer::json(
        401, R"({"error":{"message":"Incorrect API key provided: )" + Key.toUtf8() +
                 R"(.","type":"invalid_request_error","code":"invalid_api_key"}})");
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &clock);
    std::unique_ptr<ProviderReply> reply(provider.retrieve(QStringLiteral("video_abc")));
    QVERIFY(waitFinished(reply.get(), clock));
    QCOMPARE(reply->error().kind, ApiErrorKind::Unauthorized);
    QVERIFY(!reply->error().message.contains(Key));
    QVERIFY(!reply->error().serverMessage.contains(Key));
    QVERIFY(reply->error().serverMessage.contains(QStringLiteral("***")));
}

void tst_OpenAiVideoProvider::insecureBaseUrlIsRefused()
{
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(QStringLiteral("http://api.example.com/v1")), Key,
                                 &clock);
    std::unique_ptr<ProviderReply> reply(provider.retrieve(QStringLiteral("video_abc")));
    QVERIFY(waitFinished(reply.get(), clock));
    QCOMPARE(reply->error().kind, ApiErrorKind::InsecureUrl);
    QCOMPARE(reply->attempts(), 0);
}

void tst_OpenAiVideoProvider::abortCancels()
{
    ScriptedServer server;
    QVERIFY(server.start());
    ScriptedServer::Response hang;
    hang.hang = true;
    server.script << hang;
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &clock);
    std::unique_ptr<ProviderReply> reply(provider.retrieve(QStringLiteral("video_abc")));
    QTRY_COMPARE(server.requests.size(), 1);
    reply->abort();
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, ApiErrorKind::Canceled);
}

void tst_OpenAiVideoProvider::timeoutIsReported()
{
    ScriptedServer server;
    QVERIFY(server.start());
    ScriptedServer::Response hang;
    hang.hang = true;
    server.script << hang;
    ManualClock clock;
    ProviderProfile profile = profileFor(server.baseUrl());
    profile.requestTimeoutMs = 200;
    profile.maxRetries = 0;
    OpenAiVideoProvider provider(profile, Key, &clock);
    std::unique_ptr<ProviderReply> reply(provider.retrieve(QStringLiteral("video_abc")));
    QVERIFY(waitFinished(reply.get(), clock));
    QCOMPARE(reply->error().kind, ApiErrorKind::Timeout);
}

void tst_OpenAiVideoProvider::limitsComeFromTheProfile()
{
    const auto parsed = ProviderProfiles::parse(
        R"({"providers": [{"name": "slow-gateway", "base_url": "https://gw.example/v1",
            "request_timeout_ms": 90000, "request_deadline_ms": 300000, "max_retries": 4}]})",
        QStringLiteral("providers.json"));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    const ProviderProfile profile = parsed.value().first();
    ManualClock clock;
    const OpenAiVideoProvider provider(profile, Key, &clock);
    QCOMPARE(provider.retryPolicy().timeoutMs, 90000);
    QCOMPARE(provider.retryPolicy().deadlineMs, 300000);
    QCOMPARE(provider.retryPolicy().maxRetries, 4);
    // Written back only when it differs from the default (existing files stay as they are).
    QVERIFY(ProviderProfiles::serialize({profile}).contains("\"request_deadline_ms\": 300000"));
    QVERIFY(!ProviderProfiles::serialize({ProviderProfile()}).contains("request_deadline_ms"));
}

QTEST_GUILESS_MAIN(tst_OpenAiVideoProvider)
#include "tst_openaivideoprovider.moc"
