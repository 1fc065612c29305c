// SPDX-License-Identifier: MIT
// ProviderHttp on its own: the layer all three adapters (OpenAI, Runway, ComfyUI) send through.
#include "scriptedserver.h"

#include "api/manualclock.h"
#include "api/providerhttp.h"
#include "api/providerreply.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace ShotBrief;

namespace {

const QByteArray Secret = "sk-http-SECRET-777";
const QByteArray Ok = R"({"ok":true})";

/// Runs `http.send(request)` to the end, running the manual clock's due retries meanwhile.
std::optional<ProviderHttp::Response> sendAndWait(ProviderHttp &http,
                                                  const ProviderHttp::Request &request,
                                                  ManualClock &clock, int timeoutMs = 10000)
{
    std::optional<ProviderHttp::Response> result;
    http.send(request, nullptr, [&result](const ProviderHttp::Response &r) { result = r; });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < timeoutMs) {
        if (clock.pendingCount() > 0)
            clock.runNext();
        else
            QTest::qWait(10);
    }
    return result;
}

ProviderHttp::Request get(const QUrl &url)
{
    ProviderHttp::Request request;
    request.url = url;
    request.headers = {{"Authorization", "Bearer " + Secret}, {"X-Team", "film"}};
    return request;
}

/// A `status` redirect to `path` on `target`.
ScriptedServer::Response redirectTo(const ScriptedServer &target, const char *path,
                                    int status = 302)
{
    ScriptedServer::Response redirect;
    redirect.status = status;
    redirect.headers = {{"Location", QStringLiteral("http://127.0.0.1:%1%2")
                                         .arg(target.serverPort())
                                         .arg(QLatin1String(path))
                                         .toUtf8()}};
    return redirect;
}

RetryPolicy quickPolicy()
{
    RetryPolicy policy;
    policy.maxRetries = 1;
    policy.timeoutMs = 5000;
    return policy;
}

} // namespace

class tst_ProviderHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileHeaders_data();
    void profileHeaders();
    void redirectHeadersStayAtTheirOrigin_data();
    void redirectHeadersStayAtTheirOrigin();
    void postIsNeverRedirected_data();
    void postIsNeverRedirected();
    void retryStartsAgainAtTheOriginalUrl();
    void answerHeadersAreKept();
    void deadlineAllowsForTheUpload_data();
    void deadlineAllowsForTheUpload();
    void errorForEveryDialect_data();
    void errorForEveryDialect();
    void endpointJoinsBaseAndPath_data();
    void endpointJoinsBaseAndPath();
};

void tst_ProviderHttp::redirectHeadersStayAtTheirOrigin_data()
{
    QTest::addColumn<bool>("sameOrigin");
    QTest::newRow("same origin: headers follow") << true;
    QTest::newRow("other port: headers stay behind") << false;
}

void tst_ProviderHttp::redirectHeadersStayAtTheirOrigin()
{
    QFETCH(bool, sameOrigin);
    ScriptedServer api;
    ScriptedServer cdn;
    QVERIFY(api.start());
    QVERIFY(cdn.start());
    ScriptedServer &target = sameOrigin ? api : cdn;
    api.script << redirectTo(target, "/blob");
    target.script << ScriptedServer::json(200, Ok);

    ManualClock clock;
    ProviderHttp http(&clock, quickPolicy());
    const auto response = sendAndWait(http, get(QUrl(api.baseUrl() + "/videos/v")), clock);
    QVERIFY2(response, "no answer");
    QVERIFY2(response->ok(), qPrintable(response->error.message));
    QCOMPARE(response->body, Ok);
    const ScriptedServer::Request &followed = target.requests.last();
    QCOMPARE(followed.target, QByteArray("/blob"));
    QCOMPARE(followed.headers.contains("authorization"), sameOrigin);
    QCOMPARE(followed.headers.contains("x-team"), sameOrigin);
}

void tst_ProviderHttp::postIsNeverRedirected_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("302") << 302;
    // Qt 6.4 itself tries to rewind the body for a 307 (whatever the redirect policy); the
    // one-shot body refuses, so the create's outcome is unknown (it did reach the server).
    QTest::newRow("307") << 307;
}

void tst_ProviderHttp::postIsNeverRedirected()
{
    QFETCH(int, status);
    ScriptedServer api;
    ScriptedServer other;
    QVERIFY(api.start());
    QVERIFY(other.start());
    api.script << redirectTo(other, "/v1/videos", status);
    ManualClock clock;
    ProviderHttp http(&clock, quickPolicy());
    ProviderHttp::Request request = get(QUrl(api.baseUrl() + "/videos"));
    request.method = "POST";
    request.body = "{}";
    request.contentType = "application/json";
    request.startsPaidJob = true;
    const auto response = sendAndWait(http, request, clock);
    QVERIFY(response);
    QVERIFY(!response->ok());
    QVERIFY2(response->status == status || response->error.outcomeUnknown,
             qPrintable(response->error.message));
    QVERIFY2(other.requests.isEmpty(), "a create followed a redirect");
    QCOMPARE(api.requests.size(), 1);
}

void tst_ProviderHttp::retryStartsAgainAtTheOriginalUrl()
{
    // A redirect target (a signed CDN URL) can go stale: a retry asks the API again.
    ScriptedServer api;
    ScriptedServer cdn;
    QVERIFY(api.start());
    QVERIFY(cdn.start());
    api.script << redirectTo(cdn, "/blob") << redirectTo(cdn, "/blob");
    cdn.script << ScriptedServer::json(503, "{}") << ScriptedServer::json(200, Ok);
    ManualClock clock;
    ProviderHttp http(&clock, quickPolicy());
    http.setJitterSource([] { return 0.0; });
    const auto response = sendAndWait(http, get(QUrl(api.baseUrl() + "/videos/v/content")), clock);
    QVERIFY(response);
    QVERIFY2(response->ok(), qPrintable(response->error.message));
    QCOMPARE(api.requests.size(), 2);
    QCOMPARE(cdn.requests.size(), 2);
    QCOMPARE(clock.scheduledDelays(), QList<qint64>{500});
}

void tst_ProviderHttp::answerHeadersAreKept()
{
    ScriptedServer server;
    QVERIFY(server.start());
    server.script << ScriptedServer::json(200, Ok, {{"OpenAI-Poll-After-Ms", "2500"}});
    ManualClock clock;
    ProviderHttp http(&clock, quickPolicy());
    const auto response = sendAndWait(http, get(QUrl(server.baseUrl())), clock);
    QVERIFY(response);
    QCOMPARE(response->header("openai-poll-after-ms"), QByteArray("2500"));
    QCOMPARE(response->header("content-type"), QByteArray("application/json"));
    QVERIFY(response->header("x-absent").isEmpty());
}

void tst_ProviderHttp::deadlineAllowsForTheUpload_data()
{
    QTest::addColumn<int>("bodyBytes");
    QTest::newRow("no body") << 0;
    QTest::newRow("1.6 MB body: 100 s more") << int(100'000 * ProviderHttp::UploadBytesPerMs);
}

void tst_ProviderHttp::deadlineAllowsForTheUpload()
{
    QFETCH(int, bodyBytes);
    // The answer trickles a byte every 50 ms: never silent, never done. The deadline, on the
    // manual clock, is what ends it; a large upload earns it more time.
    ScriptedServer server;
    QVERIFY(server.start());
    ScriptedServer::Response trickle = ScriptedServer::json(200, QByteArray(100000, ' ') + Ok);
    trickle.trickleMs = 50;
    server.script << trickle;
    ManualClock clock;
    RetryPolicy policy = quickPolicy();
    policy.maxRetries = 0;
    ProviderHttp http(&clock, policy);
    ProviderHttp::Request request = get(QUrl(server.baseUrl() + "/videos"));
    request.method = "POST";
    request.body = QByteArray(bodyBytes, 'b');
    request.contentType = "application/octet-stream";
    const qint64 deadline = policy.deadlineMs + bodyBytes / ProviderHttp::UploadBytesPerMs;

    std::optional<ProviderHttp::Response> result;
    http.send(request, nullptr, [&result](const ProviderHttp::Response &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(!server.requests.isEmpty(), 10000);
    clock.advance(deadline - 1000);
    QTest::qWait(300); // bytes keep arriving; each one looks at the clock
    QVERIFY2(!result, qPrintable(result ? result->error.message : QString()));
    clock.advance(2000);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QCOMPARE(result->error.kind, ApiErrorKind::Timeout);
    QVERIFY(result->error.isTransient());
    QVERIFY2(result->error.message.contains(QString::number((deadline + 999) / 1000)),
             qPrintable(result->error.message));
    QVERIFY(!result->error.outcomeUnknown); // not a create
}

void tst_ProviderHttp::errorForEveryDialect_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiErrorKind>("kind");
    QTest::addColumn<QString>("serverMessage");
    QTest::newRow("OpenAI object")
        << 400 << QByteArray(R"({"error":{"message":"bad size","param":"size"}})")
        << ApiErrorKind::InvalidRequest << QStringLiteral("bad size");
    QTest::newRow("Runway string") << 429 << QByteArray(R"({"error":"slow down"})")
                                   << ApiErrorKind::RateLimited << QStringLiteral("slow down");
    QTest::newRow("plain text") << 502 << QByteArray("<html>  Bad\n gateway </html>")
                                << ApiErrorKind::Server
                                << QStringLiteral("<html> Bad gateway </html>");
    QTest::newRow("empty 401") << 401 << QByteArray() << ApiErrorKind::Unauthorized << QString();
}

void tst_ProviderHttp::errorForEveryDialect()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiErrorKind, kind);
    QFETCH(QString, serverMessage);
    const ApiError error = ProviderHttp::errorFor(status, body);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.serverMessage, serverMessage);
    QVERIFY(!error.message.isEmpty());
}

void tst_ProviderHttp::endpointJoinsBaseAndPath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no slash") << "https://api.example/v1"
                              << "https://api.example/v1/videos/a%20b";
    QTest::newRow("trailing slash") << "https://api.example/v1/"
                                    << "https://api.example/v1/videos/a%20b";
    QTest::newRow("slashes and a port") << "http://127.0.0.1:8188//"
                                        << "http://127.0.0.1:8188/videos/a%20b";
}

void tst_ProviderHttp::endpointJoinsBaseAndPath()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    QCOMPARE(ProviderHttp::endpoint(QUrl(base), QStringLiteral("/videos/a%20b")), QUrl(expected));
}

void tst_ProviderHttp::profileHeaders_data()
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    QTest::addColumn<int>("auth"); // AuthStyle
    QTest::addColumn<QString>("key");
    QTest::addColumn<Headers>("dialect");
    QTest::addColumn<Headers>("expected");

    const QPair<QByteArray, QByteArray> accept{"Accept", "application/json"};
    const QPair<QByteArray, QByteArray> extra{"X-Team", "blue"};
    QTest::newRow("bearer (OpenAI, Runway, gateways)")
        << int(AuthStyle::Bearer) << "sk-1" << Headers{}
        << Headers{{"Authorization", "Bearer sk-1"}, extra, accept};
    QTest::newRow("api-key (Azure)") << int(AuthStyle::ApiKey) << "az-1" << Headers{}
                                     << Headers{{"api-key", "az-1"}, extra, accept};
    QTest::newRow("none (ComfyUI)")
        << int(AuthStyle::None) << "sk-1" << Headers{} << Headers{extra, accept};
    QTest::newRow("no key, nothing to send")
        << int(AuthStyle::Bearer) << QString() << Headers{} << Headers{extra, accept};
    QTest::newRow("a dialect's own header, Accept last")
        << int(AuthStyle::Bearer) << "key_1" << Headers{{"X-Runway-Version", "2024-11-06"}}
        << Headers{{"Authorization", "Bearer key_1"},
                   extra,
                   {"X-Runway-Version", "2024-11-06"},
                   accept};
}

void tst_ProviderHttp::profileHeaders()
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    QFETCH(int, auth);
    QFETCH(QString, key);
    QFETCH(Headers, dialect);
    QFETCH(Headers, expected);
    ProviderProfile profile;
    profile.auth = AuthStyle(auth);
    profile.extraHeaders = {{"X-Team", "blue"}};
    QCOMPARE(ProviderHttp::profileHeaders(profile, key, dialect), expected);
}

QTEST_GUILESS_MAIN(tst_ProviderHttp)
#include "tst_providerhttp.moc"
