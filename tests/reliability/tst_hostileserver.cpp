// SPDX-License-Identifier: MIT
// OpenAiVideoProvider against a hostile server on 127.0.0.1 that writes raw bytes: garbage
// JSON, wrong content types, endless bodies, huge headers, redirects to another host, stalls.
// Each ends in bounded time with a clear error that never contains the key, and the next
// call on the same provider (the retried take) works once the server behaves.
#include "rawserver.h"

#include "api/clock.h"
#include "api/manualclock.h"
#include "api/openaivideoprovider.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace ShotBrief;

namespace {

const QString Key = QStringLiteral("sk-test-SECRET-1234");
constexpr int TimeoutMs = 600;

const QByteArray GoodJob = R"({"id":"video_ok","object":"video","model":"sora-2",
"status":"completed","progress":100,"created_at":1800000000,"size":"1280x720","seconds":"4"})";

enum class Mode {
    Good,
    GarbageJson,
    JsonArray,
    JsonNull,
    WrongTypes,
    HtmlPage,
    BinaryGarbage,
    EmptyBody,
    EndlessBody,
    EndlessHeader,
    HugeHeaderLine,
    ManyHeaders,
    StallBeforeAnswer,
    StallMidHeaders,
    StallMidBody,
    CloseMidBody,
    HugeContentLength,
    RedirectLoop,
    RedirectToFile,
    ErrorEchoesKey,
    NotHttp,
};

QByteArray response(int status, const QByteArray &contentType, const QByteArray &body,
                    const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" +
           body;
}

/// The head of a 200 video answer announcing `length` bytes.
QByteArray downloadHead(qint64 length, const QByteArray &extra = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: " +
           QByteArray::number(length) + "\r\n" + extra + "\r\n";
}

/// Writes `chunk` again whenever the previous one has left, until the peer goes away.
void writeForever(QTcpSocket *socket, const QByteArray &chunk)
{
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket, chunk] {
        if (socket->bytesToWrite() < 4 * chunk.size())
            socket->write(chunk);
    });
    socket->write(chunk);
}

void respond(Mode mode, QTcpSocket *socket)
{
    switch (mode) {
    case Mode::Good:
        socket->write(response(200, "application/json", GoodJob));
        return;
    case Mode::GarbageJson:
        socket->write(response(200, "application/json", R"({"id": "video_x", "status": [1, 2)"));
        return;
    case Mode::JsonArray:
        socket->write(response(200, "application/json", "[1, 2, 3]"));
        return;
    case Mode::JsonNull:
        socket->write(response(200, "application/json", "null"));
        return;
    case Mode::WrongTypes:
        socket->write(response(
            200, "application/json",
            R"({"id": 7, "status": {"a": 1}, "progress": "lots", "created_at": [], "seconds": -99999999999999999999})"));
        return;
    case Mode::HtmlPage:
        socket->write(response(200, "text/html", "<html><body><h1>Bad gateway</h1></body></html>"));
        return;
    case Mode::BinaryGarbage:
        socket->write(response(200, "application/octet-stream",
                               QByteArray("\x00\xff\xfe{\"id\":\x00\xc3\x28}", 14)));
        return;
    case Mode::EmptyBody:
        socket->write(response(200, "application/json", {}));
        return;
    case Mode::EndlessBody:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                      "close\r\n\r\n{\"id\": \"");
        writeForever(socket, QByteArray(64 * 1024, 'a'));
        return;
    case Mode::EndlessHeader:
        socket->write("HTTP/1.1 200 OK\r\nX-Endless: ");
        writeForever(socket, QByteArray(64 * 1024, 'h'));
        return;
    case Mode::HugeHeaderLine:
        socket->write(response(200, "application/json", GoodJob,
                               "X-Huge: " + QByteArray(8 * 1024 * 1024, 'h') + "\r\n"));
        return;
    case Mode::ManyHeaders: {
        QByteArray headers;
        for (int i = 0; i < 50000; ++i)
            headers += "X-H" + QByteArray::number(i) + ": v\r\n";
        socket->write(response(200, "application/json", GoodJob, headers));
        return;
    }
    case Mode::StallBeforeAnswer:
        return; // read the request, say nothing, keep the connection open
    case Mode::StallMidHeaders:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: appl");
        return;
    case Mode::StallMidBody:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      "1000\r\n\r\n{\"id\": \"video_");
        return;
    case Mode::CloseMidBody:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      "1000\r\n\r\n{\"id\": \"video_");
        socket->flush();
        socket->disconnectFromHost();
        return;
    case Mode::HugeContentLength:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      "999999999999999\r\n\r\n{}");
        socket->flush();
        socket->disconnectFromHost();
        return;
    case Mode::RedirectLoop:
        socket->write(response(302, "text/plain", {}, "Location: /v1/videos/video_ok\r\n"));
        return;
    case Mode::RedirectToFile:
        socket->write(response(302, "text/plain", {}, "Location: file:///etc/passwd\r\n"));
        return;
    case Mode::ErrorEchoesKey:
        socket->write(response(401, "application/json",
                               "{\"error\": {\"message\": \"Incorrect API key provided: " +
                                   Key.toUtf8() + " (Bearer " + Key.toUtf8() +
                                   ")\", \"type\": \"invalid_request_error\", "
                                   "\"code\": \"invalid_api_key\"}}"));
        return;
    case Mode::NotHttp:
        socket->write("SSH-2.0-OpenSSH_9.2\r\n\x00\x01\x02 not http at all\r\n\r\n");
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
}

ProviderProfile profileFor(const QString &baseUrl)
{
    ProviderProfile profile;
    profile.name = QStringLiteral("hostile");
    profile.baseUrl = QUrl(baseUrl);
    profile.capabilities = ProviderCapabilities::openAiVideos();
    profile.requestTimeoutMs = TimeoutMs;
    profile.maxRetries = 0; // the first answer decides: what a retry would see is the same
    return profile;
}

CreateVideoRequest lanternRequest()
{
    CreateVideoRequest request;
    request.prompt = QStringLiteral("a lantern in the rain");
    request.model = QStringLiteral("sora-2");
    request.size = QStringLiteral("1280x720");
    return request;
}

bool waitFinished(ProviderReply *reply, int timeoutMs)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ProviderReply::finished);
    return spy.wait(timeoutMs) || reply->isFinished();
}

QString describe(const ApiError &error)
{
    return QStringLiteral("kind %1, http %2, message \"%3\", server \"%4\"")
        .arg(int(error.kind))
        .arg(error.httpStatus)
        .arg(error.message, error.serverMessage);
}

/// Downloads video_ok to `target`, keeping `*received` up to date.
ProviderReply *startDownload(OpenAiVideoProvider &provider, const QString &target, qint64 *received)
{
    ProviderReply *reply =
        provider.download(QStringLiteral("video_ok"), DownloadVariant::Video, target);
    QObject::connect(reply, &ProviderReply::downloadProgress, reply,
                     [received](qint64 bytes, qint64) { *received = bytes; });
    return reply;
}

/// Retrieves video_ok: empty when that worked within `timeoutMs`, else what went wrong.
QString retrieveProblem(OpenAiVideoProvider &provider, int timeoutMs)
{
    std::unique_ptr<ProviderReply> reply(provider.retrieve(QStringLiteral("video_ok")));
    if (!waitFinished(reply.get(), timeoutMs))
        return QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    if (!reply->isOk())
        return describe(reply->error());
    if (reply->job().id != QLatin1String("video_ok"))
        return QStringLiteral("another job: ") + reply->job().id;
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Mode)
Q_DECLARE_METATYPE(ApiErrorKind)

class tst_HostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileAnswers_data();
    void hostileAnswers();
    void stalledCreateIsTimeoutWithUnknownOutcome();
    void downloadCutShortLeavesNoFile();
    void redirectToAnotherHostNeverCarriesTheKey_data();
    void redirectToAnotherHostNeverCarriesTheKey();
    void postIsNotRedirected();
    void tricklingAnswerIsBounded_data();
    void tricklingAnswerIsBounded();
    void tricklingDownloadIsStopped();
    void slowSteadyDownloadSurvives();
    void downloadBeyondItsSize_data();
    void downloadBeyondItsSize();
    void headerTimeoutThenSameProviderWorks_data();
    void headerTimeoutThenSameProviderWorks();

private:
    SystemClock m_clock;
};

void tst_HostileServer::hostileAnswers_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QList<ApiErrorKind>>("accepted");
    const QList<ApiErrorKind> bad{ApiErrorKind::BadResponse};
    const QList<ApiErrorKind> cut{ApiErrorKind::Network, ApiErrorKind::Timeout,
                                  ApiErrorKind::BadResponse};
    QTest::newRow("garbage JSON") << Mode::GarbageJson << bad;
    QTest::newRow("JSON array") << Mode::JsonArray << bad;
    QTest::newRow("JSON null") << Mode::JsonNull << bad;
    QTest::newRow("wrong value types") << Mode::WrongTypes << bad;
    QTest::newRow("HTML page as 200") << Mode::HtmlPage << bad;
    QTest::newRow("binary garbage, invalid UTF-8") << Mode::BinaryGarbage << bad;
    QTest::newRow("empty body") << Mode::EmptyBody << bad;
    QTest::newRow("endless body") << Mode::EndlessBody
                                  << QList<ApiErrorKind>{ApiErrorKind::ResponseTooLarge};
    QTest::newRow("endless header") << Mode::EndlessHeader << cut;
    QTest::newRow("8 MB header line") << Mode::HugeHeaderLine << cut;
    QTest::newRow("50000 headers") << Mode::ManyHeaders << cut;
    QTest::newRow("stall before answering")
        << Mode::StallBeforeAnswer << QList<ApiErrorKind>{ApiErrorKind::Timeout};
    QTest::newRow("stall in the headers")
        << Mode::StallMidHeaders << QList<ApiErrorKind>{ApiErrorKind::Timeout};
    QTest::newRow("stall in the body")
        << Mode::StallMidBody << QList<ApiErrorKind>{ApiErrorKind::Timeout};
    QTest::newRow("close in the body") << Mode::CloseMidBody << cut;
    QTest::newRow("absurd Content-Length") << Mode::HugeContentLength << cut;
    QTest::newRow("redirect loop") << Mode::RedirectLoop << bad;
    QTest::newRow("redirect to file://")
        << Mode::RedirectToFile
        << QList<ApiErrorKind>{ApiErrorKind::InsecureUrl, ApiErrorKind::BadResponse};
    QTest::newRow("401 echoing the key")
        << Mode::ErrorEchoesKey << QList<ApiErrorKind>{ApiErrorKind::Unauthorized};
    QTest::newRow("not HTTP at all") << Mode::NotHttp << cut;
}

void tst_HostileServer::hostileAnswers()
{
    QFETCH(Mode, mode);
    QFETCH(QList<ApiErrorKind>, accepted);
    Mode current = mode;
    // Closed before the providers go: a flooding server stops, so nothing waits for it.
    auto server = std::make_unique<RawServer>(
        [&current](QTcpSocket *socket, const QByteArray &) { respond(current, socket); });
    QVERIFY(server->start() != 0);
    OpenAiVideoProvider provider(profileFor(server->baseUrl()), Key, &m_clock);
    provider.setMaxJsonBytes(1024 * 1024);

    QElapsedTimer timer;
    timer.start();
    ProviderReply *reply = provider.retrieve(QStringLiteral("video_ok"));
    QVERIFY2(waitFinished(reply, 20000), "the call never ended");
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(!reply->isOk(), "a hostile answer was taken for a job");
    const ApiError error = reply->error();
    QVERIFY2(accepted.contains(error.kind), qPrintable(describe(error)));
    QVERIFY2(!error.message.trimmed().isEmpty(), "the error says nothing");
    for (const QString &text : {error.message, error.serverMessage, error.code, error.param})
        QVERIFY2(!text.contains(QLatin1String("SECRET")), qPrintable(describe(error)));
    QVERIFY2(elapsed < 10 * TimeoutMs + 5000,
             qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    delete reply;
    qInfo("%s after %lld ms", qPrintable(describe(error)), elapsed);

    // The take can be retried: the same provider works as soon as the server behaves, even
    // after a flood of headers that keeps Qt's HTTP thread busy (issue #9).
    current = Mode::Good;
    const QString retried = retrieveProblem(provider, 20000);
    QVERIFY2(
        retried.isEmpty(),
        qPrintable(retried +
                   QStringLiteral(" (the server saw %1 requests)").arg(server->requests.size())));

    // A fresh provider (the next run, a restarted queue) always succeeds.
    OpenAiVideoProvider fresh(profileFor(server->baseUrl()), Key, &m_clock);
    const QString again = retrieveProblem(fresh, 60000);
    QVERIFY2(again.isEmpty(), qPrintable(again));
    server.reset();
}

void tst_HostileServer::stalledCreateIsTimeoutWithUnknownOutcome()
{
    RawServer server([](QTcpSocket *, const QByteArray &) {});
    QVERIFY(server.start() != 0);
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &m_clock);
    ProviderReply *reply = provider.create(lanternRequest());
    QVERIFY(waitFinished(reply, 20000));
    QCOMPARE(reply->error().kind, ApiErrorKind::Timeout);
    // The server had the request: sending it again blindly could pay twice.
    QVERIFY(reply->error().outcomeUnknown);
    QCOMPARE(server.requests.size(), 1);
    delete reply;
}

void tst_HostileServer::downloadCutShortLeavesNoFile()
{
    RawServer server([](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: "
                      "100000\r\n\r\n");
        socket->write(QByteArray(5000, 'v'));
        socket->flush();
        socket->disconnectFromHost();
    });
    QVERIFY(server.start() != 0);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("clips/take.mp4"));
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &m_clock);
    ProviderReply *reply =
        provider.download(QStringLiteral("video_ok"), DownloadVariant::Video, target);
    QVERIFY(waitFinished(reply, 20000));
    QVERIFY(!reply->isOk());
    QVERIFY(reply->error().isTransient());
    QVERIFY2(!QFile::exists(target), "a partial download was left under the final name");
    const QStringList left =
        QDir(dir.filePath(QStringLiteral("clips"))).entryList(QDir::Files | QDir::NoDotAndDotDot);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    delete reply;
}

void tst_HostileServer::redirectToAnotherHostNeverCarriesTheKey_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("status");
    // Same address, other port: another origin. "localhost" is another host name.
    QTest::newRow("302, other port") << QStringLiteral("127.0.0.1") << 302;
    QTest::newRow("307, other port") << QStringLiteral("127.0.0.1") << 307;
    QTest::newRow("301, other host name") << QStringLiteral("localhost") << 301;
    QTest::newRow("308, other host name") << QStringLiteral("localhost") << 308;
}

void tst_HostileServer::redirectToAnotherHostNeverCarriesTheKey()
{
    QFETCH(QString, host);
    QFETCH(int, status);
    RawServer other([](QTcpSocket *socket, const QByteArray &) {
        socket->write(response(200, "application/json", GoodJob));
    });
    QVERIFY(other.start() != 0);
    const QByteArray location = QStringLiteral("http://%1:%2/v1/videos/video_ok")
                                    .arg(host)
                                    .arg(other.serverPort())
                                    .toUtf8();
    RawServer origin([&](QTcpSocket *socket, const QByteArray &) {
        socket->write(response(status, "text/plain", {}, "Location: " + location + "\r\n"));
    });
    QVERIFY(origin.start() != 0);
    OpenAiVideoProvider provider(profileFor(origin.baseUrl()), Key, &m_clock);
    ProviderReply *reply = provider.retrieve(QStringLiteral("video_ok"));
    QVERIFY(waitFinished(reply, 20000));
    QCOMPARE(origin.requests.size(), 1);
    QVERIFY2(origin.requests.first().contains(Key.toUtf8()), "the origin should get the key");
    for (const QByteArray &request : std::as_const(other.requests)) {
        QVERIFY2(!request.contains("SECRET"), request.constData());
        QVERIFY2(!request.toLower().contains("authorization"), request.constData());
        QVERIFY2(!request.toLower().contains("api-key"), request.constData());
    }
    if (!reply->isOk())
        QVERIFY(!reply->error().message.contains(QLatin1String("SECRET")));
    delete reply;
}

void tst_HostileServer::postIsNotRedirected()
{
    RawServer other([](QTcpSocket *socket, const QByteArray &) {
        socket->write(response(200, "application/json", GoodJob));
    });
    QVERIFY(other.start() != 0);
    RawServer origin([&other](QTcpSocket *socket, const QByteArray &) {
        socket->write(response(307, "text/plain", {},
                               "Location: http://127.0.0.1:" +
                                   QByteArray::number(other.serverPort()) + "/v1/videos\r\n"));
    });
    QVERIFY(origin.start() != 0);
    OpenAiVideoProvider provider(profileFor(origin.baseUrl()), Key, &m_clock);
    ProviderReply *reply = provider.create(lanternRequest());
    QVERIFY(waitFinished(reply, 20000));
    QVERIFY(!reply->isOk());
    QVERIFY2(other.requests.isEmpty(), "a create (prompt, key) followed a redirect");
    delete reply;
}

void tst_HostileServer::tricklingAnswerIsBounded_data()
{
    QTest::addColumn<bool>("create");
    QTest::newRow("retrieve") << false;
    QTest::newRow("create: outcome unknown") << true;
}

void tst_HostileServer::tricklingAnswerIsBounded()
{
    QFETCH(bool, create);
    // One byte of an endless body just often enough to beat the inactivity timeout: only a
    // bound on the whole answer's time ends it before the JSON cap (megabytes later).
    int trickled = 0;
    RawServer server([&trickled](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                      "close\r\n\r\n{\"id\": \"");
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, &trickled] {
            socket->write("a");
            ++trickled;
        });
        timer->start(TimeoutMs / 4);
    });
    QVERIFY(server.start() != 0);
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &clock);
    QElapsedTimer timer;
    timer.start();
    ProviderReply *reply =
        create ? provider.create(lanternRequest()) : provider.retrieve(QStringLiteral("video_ok"));
    QTRY_VERIFY_WITH_TIMEOUT(trickled >= 4, 10000);
    QVERIFY2(!reply->isFinished(), "the trickle should outlast the inactivity timeout");

    clock.advance(provider.retryPolicy().deadlineMs + 1000);
    QVERIFY2(waitFinished(reply, 4 * TimeoutMs + 2000),
             "a trickling endless body kept the request open past its deadline");
    const ApiError error = reply->error();
    QCOMPARE(error.kind, ApiErrorKind::Timeout);
    QVERIFY2(error.isTransient(), qPrintable(describe(error)));
    QCOMPARE(error.outcomeUnknown, create); // a create is reconciled, never resent blindly
    QVERIFY2(timer.elapsed() < 10000,
             qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    delete reply;
}

void tst_HostileServer::tricklingDownloadIsStopped()
{
    // Headers promise 10 MB, then 100 bytes every 50 ms: never silent long enough for the
    // inactivity timeout, far below any real line's throughput.
    RawServer server([](QTcpSocket *socket, const QByteArray &) {
        socket->write(downloadHead(10'000'000));
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket,
                         [socket] { socket->write(QByteArray(100, 'v')); });
        timer->start(50);
    });
    QVERIFY(server.start() != 0);
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &clock);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("clips/take.mp4"));
    qint64 received = 0;
    ProviderReply *reply = startDownload(provider, target, &received);
    QTRY_VERIFY_WITH_TIMEOUT(received >= 300, 10000);
    QVERIFY2(!reply->isFinished(), qPrintable(describe(reply->error())));

    clock.advance(ProviderHttp::StallWindowMs + 1000);
    QVERIFY2(waitFinished(reply, 5000), "a trickled download kept going");
    QCOMPARE(reply->error().kind, ApiErrorKind::Timeout);
    QVERIFY2(reply->error().isTransient(), qPrintable(describe(reply->error())));
    QVERIFY2(!QFile::exists(target), "a partial download was left under the final name");
    QVERIFY(QDir(dir.filePath(QStringLiteral("clips"))).entryList(QDir::Files).isEmpty());
    delete reply;
}

void tst_HostileServer::slowSteadyDownloadSurvives()
{
    // 20 KB every 10 s (2 KB/s, a very poor line) for longer than the JSON deadline: the
    // throughput floor and the deadline must leave it alone.
    constexpr int Chunks = 14;
    constexpr int ChunkBytes = 20 * 1024;
    QPointer<QTcpSocket> peer;
    RawServer server([&peer](QTcpSocket *socket, const QByteArray &) {
        socket->write(downloadHead(qint64(Chunks) * ChunkBytes));
        peer = socket;
    });
    QVERIFY(server.start() != 0);
    ManualClock clock;
    OpenAiVideoProvider provider(profileFor(server.baseUrl()), Key, &clock);
    QVERIFY(qint64(Chunks) * 10'000 > provider.retryPolicy().deadlineMs);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("take.mp4"));
    qint64 received = 0;
    ProviderReply *reply = startDownload(provider, target, &received);
    QTRY_VERIFY_WITH_TIMEOUT(peer, 10000);
    for (int i = 0; i < Chunks; ++i) {
        peer->write(QByteArray(ChunkBytes, char('a' + i)));
        QTRY_COMPARE_WITH_TIMEOUT(received, qint64(i + 1) * ChunkBytes, 10000);
        QVERIFY2(!reply->isFinished() || reply->isOk(), qPrintable(describe(reply->error())));
        clock.advance(10'000);
    }
    QVERIFY(waitFinished(reply, 5000));
    QVERIFY2(reply->isOk(), qPrintable(describe(reply->error())));
    QCOMPARE(QFileInfo(target).size(), qint64(Chunks) * ChunkBytes);
    delete reply;
}

void tst_HostileServer::downloadBeyondItsSize_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("chunk"); // written again and again
    QTest::addColumn<qint64>("cap");       // the provider's cap without Content-Length
    QTest::addColumn<qint64>("limit");     // what may end up in the file
    const QByteArray chunked = "1000\r\n" + QByteArray(4096, 'c') + "\r\n";
    QTest::newRow("chunked body beyond its Content-Length")
        << downloadHead(1000, "Transfer-Encoding: chunked\r\n") << chunked << qint64(0)
        << qint64(1000);
    QTest::newRow("endless chunked body, no Content-Length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n")
        << chunked << qint64(256 * 1024) << qint64(256 * 1024);
    QTest::newRow("endless bytes after its Content-Length")
        << downloadHead(1000) + QByteArray(1000, 'v') << QByteArray(64 * 1024, 'x') << qint64(0)
        << qint64(1000);
}

void tst_HostileServer::downloadBeyondItsSize()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, chunk);
    QFETCH(qint64, cap);
    QFETCH(qint64, limit);
    bool hostile = true;
    auto server = std::make_unique<RawServer>([&](QTcpSocket *socket, const QByteArray &) {
        if (!hostile) {
            socket->write(response(200, "application/json", GoodJob));
            return;
        }
        socket->write(head);
        writeForever(socket, chunk);
    });
    QVERIFY(server->start() != 0);
    OpenAiVideoProvider provider(profileFor(server->baseUrl()), Key, &m_clock);
    if (cap > 0)
        provider.setMaxDownloadBytes(cap);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("clips/take.mp4"));
    QElapsedTimer timer;
    timer.start();
    ProviderReply *reply =
        provider.download(QStringLiteral("video_ok"), DownloadVariant::Video, target);
    QVERIFY2(waitFinished(reply, 20000), "an oversized download never ended");
    QVERIFY2(timer.elapsed() < 10 * TimeoutMs, qPrintable(QString::number(timer.elapsed())));
    if (reply->isOk()) {
        // Qt stops at Content-Length by itself: what was promised, and nothing more.
        QCOMPARE(QFileInfo(target).size(), limit);
    } else {
        QVERIFY2(reply->error().isTransient(), qPrintable(describe(reply->error())));
        QVERIFY2(!QFile::exists(target), "a partial download was left under the final name");
        qInfo("%s", qPrintable(describe(reply->error())));
    }
    delete reply;

    hostile = false;
    const QString next = retrieveProblem(provider, 20000);
    QVERIFY2(next.isEmpty(), qPrintable(next));
    server.reset();
}

void tst_HostileServer::headerTimeoutThenSameProviderWorks_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<bool>("keepAliveFirst"); // one good answer on the connection first
    QTest::newRow("stall before the headers") << Mode::StallBeforeAnswer << false;
    QTest::newRow("stall inside the headers") << Mode::StallMidHeaders << false;
    QTest::newRow("stall on a kept-alive connection") << Mode::StallBeforeAnswer << true;
    // Floods of headers (endless, 8 MB, 50000) are hostileAnswers rows, which retry on the
    // same provider as well.
}

void tst_HostileServer::headerTimeoutThenSameProviderWorks()
{
    QFETCH(Mode, mode);
    QFETCH(bool, keepAliveFirst);
    // Exactly one request is answered badly; every other one normally.
    const int badRequest = keepAliveFirst ? 1 : 0;
    int seen = 0;
    auto server = std::make_unique<RawServer>([&](QTcpSocket *socket, const QByteArray &) {
        respond(seen++ == badRequest ? mode : Mode::Good, socket);
    });
    QVERIFY(server->start() != 0);
    OpenAiVideoProvider provider(profileFor(server->baseUrl()), Key, &m_clock);
    if (keepAliveFirst) {
        const QString first = retrieveProblem(provider, 20000);
        QVERIFY2(first.isEmpty(), qPrintable(first));
    }
    ProviderReply *bad = provider.retrieve(QStringLiteral("video_ok"));
    QVERIFY(waitFinished(bad, 20000));
    QVERIFY2(bad->error().kind == ApiErrorKind::Timeout ||
                 bad->error().kind == ApiErrorKind::Network,
             qPrintable(describe(bad->error())));
    delete bad;

    // The same provider object: its next call must be answered within its own timeouts (no
    // retries here, so a call that waited for a timeout would have failed).
    const QString next = retrieveProblem(provider, 2 * TimeoutMs + 2000);
    QVERIFY2(next.isEmpty(),
             qPrintable(next + QStringLiteral(" (the server saw %1 requests)").arg(seen)));
    server.reset();
}

QTEST_GUILESS_MAIN(tst_HostileServer)
#include "tst_hostileserver.moc"
