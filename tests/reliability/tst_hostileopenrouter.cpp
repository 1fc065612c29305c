// SPDX-License-Identifier: MIT
// OpenRouter's adapter against a hostile server on 127.0.0.1: catalogs that are not JSON, list
// no models, a duration of 0 or a model twice, or go on for 100 MB; a completed job without a
// URL; usage.cost missing or negative; a content answer that is a web page. Each ends with a
// clear message, the last good catalog stays in use (and in providers.json), and every take is
// left intact: nothing is marked ready, failed or paid on the strength of a bad answer.
#include "rawserver.h"

#include "api/clock.h"
#include "api/extraproviderprofiles.h"
#include "api/generationqueue.h"
#include "api/modelcatalogrefresh.h"
#include "api/openroutervideoprovider.h"
#include "api/takestore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ShotBrief;

namespace {

const QString Key = QStringLiteral("sk-or-v1-SECRET-hostile");

QByteArray response(int status, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray json(const QByteArray &body)
{
    return response(200, "application/json", body);
}

/// A catalog of one good model, in OpenRouter's shape.
QByteArray goodCatalog(const QByteArray &durations = "[4, 8]")
{
    return R"({"data": [{"id": "acme/good", "canonical_slug": "acme/good", "name": "Good",
        "created": 1, "supported_durations": )" +
           durations + R"(, "supported_resolutions": ["720p"],
        "supported_aspect_ratios": ["16:9"], "supported_sizes": null,
        "supported_frame_images": ["first_frame"], "generate_audio": true, "seed": true,
        "pricing_skus": {"per-video-second": "0.10"}}]})";
}

const QByteArray Completed = R"({"id": "vgen_1", "status": "completed",
    "unsigned_urls": ["https://x/api/v1/videos/vgen_1/content?index=0"], "usage": {"cost": 0.4}})";

/// Writes the head of a 100 MB JSON answer, then its body as fast as the client reads.
void hundredMegabytes(QTcpSocket *socket)
{
    const qint64 total = 100ll * 1024 * 1024;
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(total) + "\r\n\r\n{\"data\": [");
    const QByteArray chunk(64 * 1024, ' ');
    auto *sent = new qint64(0);
    QObject::connect(socket, &QObject::destroyed, [sent] { delete sent; });
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket, chunk, sent, total] {
        if (socket->bytesToWrite() < 4 * chunk.size() && *sent < total) {
            socket->write(chunk);
            *sent += chunk.size();
        }
    });
    socket->write(chunk);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace

class tst_HostileOpenRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badCatalogKeepsTheLastGoodOne_data();
    void badCatalogKeepsTheLastGoodOne();
    void badJobAnswers_data();
    void badJobAnswers();
    void webPageForContentIsNotAClip();

private:
    ProviderProfile profileFor(const RawServer &server) const;
    SystemClock m_clock;
};

ProviderProfile tst_HostileOpenRouter::profileFor(const RawServer &server) const
{
    ProviderProfile profile = openRouterProfile();
    profile.baseUrl =
        QUrl(server.baseUrl().replace(QStringLiteral("/v1"), QStringLiteral("/api/v1")));
    profile.requestTimeoutMs = 2000;
    profile.requestDeadlineMs = 10000;
    profile.maxRetries = 0; // the first answer decides: what a retry would see is the same
    return profile;
}

void tst_HostileOpenRouter::badCatalogKeepsTheLastGoodOne_data()
{
    QTest::addColumn<QByteArray>("answer"); // empty: 100 MB
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << json("{\"data\": [{\"id\": ") << QStringLiteral("not JSON");
    QTest::newRow("a web page") << response(200, "text/html", "<html><body>Login</body></html>")
                                << QStringLiteral("web page");
    QTest::newRow("no models") << json(R"({"data": []})") << QStringLiteral("no models");
    QTest::newRow("a duration of 0")
        << json(goodCatalog("[0, 4]")) << QStringLiteral("supported_durations[0]");
    QByteArray twice = goodCatalog();
    twice.replace("}]}", "}, {\"id\": \"acme/good\"}]}");
    QTest::newRow("a model twice") << json(twice) << QStringLiteral("twice");
    QTest::newRow("100 MB") << QByteArray() << QStringLiteral("large");
}

void tst_HostileOpenRouter::badCatalogKeepsTheLastGoodOne()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, mentions);
    QByteArray current = json(goodCatalog());
    RawServer server([&current](QTcpSocket *socket, const QByteArray &) {
        if (current.isEmpty())
            hundredMegabytes(socket);
        else
            socket->write(current);
    });
    QVERIFY(server.start() != 0);
    QTemporaryDir dir;
    const QString settings = dir.filePath(QStringLiteral("providers.json"));

    // A good refresh first: that catalog is kept in providers.json.
    ProviderProfiles profiles = ProviderProfiles::load(settings).value();
    ProviderProfile profile = profileFor(server);
    {
        ModelCatalogRefresh refresh(profile, Key, &m_clock);
        QSignalSpy finished(&refresh, &ModelCatalogRefresh::finished);
        refresh.start();
        QVERIFY(finished.wait(20000));
        QVERIFY2(refresh.isOk(), qPrintable(refresh.error().message));
        QVERIFY(profiles
                    .applyCatalog(profile.name, refresh.catalog().models,
                                  refresh.refreshedProfile().catalogRefreshedAt)
                    .hasValue());
        QVERIFY(profiles.save(settings).hasValue());
    }
    QFile file(settings);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    file.close();
    profile.capabilities.models = profiles.find(profile.name)->capabilities.models;

    // Then the hostile one: a clear message, and nothing replaced.
    current = answer;
    ModelCatalogRefresh refresh(profile, Key, &m_clock);
    QSignalSpy finished(&refresh, &ModelCatalogRefresh::finished);
    refresh.start();
    QVERIFY2(finished.wait(30000), "the refresh never ended");
    QVERIFY(!refresh.isOk());
    const QString message = refresh.error().message;
    QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("SECRET")), qPrintable(message));
    QCOMPARE(refresh.refreshedProfile().capabilities.models, profile.capabilities.models);
    QVERIFY(refresh.catalog().models.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), saved);
    const Result<ProviderProfiles> reloaded = ProviderProfiles::load(settings);
    QCOMPARE(reloaded->find(profile.name)->capabilities.models.first().id,
             QStringLiteral("acme/good"));
    server.resetConnections();
}

void tst_HostileOpenRouter::badJobAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("message"); // in the queue's messages
    QTest::addColumn<bool>("downloads");  // the take goes on to download
    QByteArray noUrl = Completed;
    noUrl.replace(R"("unsigned_urls": ["https://x/api/v1/videos/vgen_1/content?index=0"], )", "");
    QByteArray emptyUrls = Completed;
    emptyUrls.replace(R"(["https://x/api/v1/videos/vgen_1/content?index=0"])", "[]");
    QByteArray noCost = Completed;
    noCost.replace(R"(, "usage": {"cost": 0.4})", "");
    QByteArray negative = Completed;
    negative.replace("0.4", "-2.5");
    QByteArray textCost = Completed;
    textCost.replace("0.4", "\"0.4\"");
    QTest::newRow("completed without URL") << noUrl << QStringLiteral("no video URL") << false;
    QTest::newRow("completed with no URLs") << emptyUrls << QStringLiteral("no video URL") << false;
    QTest::newRow("usage.cost missing") << noCost << QStringLiteral("did not report") << true;
    QTest::newRow("usage.cost as text") << textCost << QStringLiteral("did not report") << true;
    QTest::newRow("usage.cost negative") << negative << QStringLiteral("negative cost") << true;
}

void tst_HostileOpenRouter::badJobAnswers()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, message);
    QFETCH(bool, downloads);
    RawServer server([answer](QTcpSocket *socket, const QByteArray &request) {
        if (request.startsWith("POST"))
            socket->write(response(202, "application/json",
                                   R"({"id": "vgen_1", "polling_url": "x", "status": "pending"})"));
        else if (request.contains("/content"))
            socket->write(response(503, "application/json",
                                   R"({"error": {"code": 503, "message": "busy"}})"));
        else
            socket->write(json(answer));
    });
    QVERIFY(server.start() != 0);
    QTemporaryDir dir;
    Project project;
    Shot shot;
    shot.id = QStringLiteral("shot-0");
    shot.sceneProse = QStringLiteral("A lantern");
    shot.model = QStringLiteral("alibaba/wan-2.6");
    shot.size = QStringLiteral("1280x720");
    shot.durationSeconds = 5;
    project.shots << shot;
    MemoryTakeStore store(project, dir.path());
    const ProviderProfile profile = profileFor(server);
    OpenRouterVideoProvider provider(profile, Key, &m_clock);
    GenerationQueue queue(&store, &provider, &m_clock);
    queue.setPollIntervalMs(20);
    queue.setRequeueDelayMs(20);
    QStringList messages;
    connect(&queue, &GenerationQueue::message, this,
            [&messages](const QString &text) { messages << text; });
    QVERIFY(queue.generate({shot.id}).hasValue());
    queue.start();
    QVERIFY2(waitFor([&] { return messages.join(QLatin1Char('\n')).contains(message); }),
             qPrintable(messages.join(QLatin1Char('\n'))));
    const Take take = store.snapshot().shots.first().takes.first();
    // Intact: not ready, not failed, no clip; paid once at the estimate.
    QVERIFY2(isTakeInFlight(take.status) && (take.status == TakeStatus::Downloading) == downloads,
             qPrintable(takeStatusKey(take.status)));
    QVERIFY(take.clipPath.isEmpty());
    QVERIFY(take.errorCode.isEmpty());
    QCOMPARE(store.snapshot().ledger.size(), 1);
    QVERIFY(!store.snapshot().ledger.first().actualUsd.has_value());
    QCOMPARE(store.snapshot().totalSpentUsd(), 5 * 0.04);
    for (const QString &text : messages)
        QVERIFY2(!text.contains(QLatin1String("SECRET")), qPrintable(text));
}

void tst_HostileOpenRouter::webPageForContentIsNotAClip()
{
    RawServer server([](QTcpSocket *socket, const QByteArray &) {
        socket->write(response(200, "text/html; charset=utf-8",
                               "<!DOCTYPE html><html><body>Please sign in</body></html>"));
    });
    QVERIFY(server.start() != 0);
    QTemporaryDir dir;
    OpenRouterVideoProvider provider(profileFor(server), Key, &m_clock);
    const QString target = dir.filePath(QStringLiteral("clips/take.mp4"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("clips"))));
    std::unique_ptr<ProviderReply> reply(
        provider.download(QStringLiteral("vgen_1"), DownloadVariant::Video, target));
    QSignalSpy finished(reply.get(), &ProviderReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(20000));
    QCOMPARE(reply->error().kind, ApiErrorKind::BadResponse);
    QVERIFY2(reply->error().message.contains(QStringLiteral("text/html")),
             qPrintable(reply->error().message));
    QVERIFY2(!QFileInfo::exists(target), "the web page was not kept as a clip");
    QVERIFY(QDir(dir.filePath(QStringLiteral("clips"))).isEmpty());
}

QTEST_GUILESS_MAIN(tst_HostileOpenRouter)
#include "tst_hostileopenrouter.moc"
