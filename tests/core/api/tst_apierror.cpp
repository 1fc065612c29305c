// SPDX-License-Identifier: MIT
#include "api/apierror.h"
#include "api/videojob.h"

#include <QTest>

using namespace ShotBrief;

class tst_ApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttp_data();
    void fromHttp();
    void jobFailure_data();
    void jobFailure();
    void redactsTheKey();
    void parsesJob();
    void parsesList();
    void rejectsBadJson_data();
    void rejectsBadJson();
    void requestJsonIsStable();
};

void tst_ApiError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiErrorKind>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<bool>("transient");

    QTest::newRow("401 bad key")
        << 401
        << QByteArray(R"({"error":{"message":"Incorrect API key","type":"invalid_request_error"}})")
        << ApiErrorKind::Unauthorized << QStringLiteral("API key") << false;
    QTest::newRow("403 organisation not verified")
        << 403 << QByteArray(R"({"error":{"message":"Your organization must be verified"}})")
        << ApiErrorKind::Forbidden << QStringLiteral("verified") << false;
    QTest::newRow("400 names the parameter")
        << 400
        << QByteArray(
               R"({"error":{"message":"Invalid size","type":"invalid_request_error","param":"size","code":"invalid_value"}})")
        << ApiErrorKind::InvalidRequest << QStringLiteral("\"size\"") << false;
    QTest::newRow("400 moderation")
        << 400
        << QByteArray(
               R"({"error":{"message":"Your request was rejected","code":"moderation_blocked"}})")
        << ApiErrorKind::Moderation << QStringLiteral("content rules") << false;
    QTest::newRow("404 expired") << 404 << QByteArray() << ApiErrorKind::NotFound
                                 << QStringLiteral("expired") << false;
    QTest::newRow("410 content expired")
        << 410 << QByteArray() << ApiErrorKind::NotFound << QStringLiteral("expired") << false;
    QTest::newRow("429 rate limited")
        << 429 << QByteArray(R"({"error":{"message":"Too many running tasks"}})")
        << ApiErrorKind::RateLimited << QStringLiteral("Too many running tasks") << true;
    QTest::newRow("500 server trouble") << 500 << QByteArray("<html>oops</html>")
                                        << ApiErrorKind::Server << QStringLiteral("500") << true;
    QTest::newRow("503") << 503 << QByteArray() << ApiErrorKind::Server << QStringLiteral("503")
                         << true;
    QTest::newRow("409") << 409 << QByteArray() << ApiErrorKind::Conflict << QStringLiteral("409")
                         << true;
}

void tst_ApiError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiErrorKind, kind);
    QFETCH(QString, mentions);
    QFETCH(bool, transient);
    const ApiError error = ApiError::fromHttp(status, body);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QCOMPARE(error.isTransient(), transient);
    QVERIFY(!error.outcomeUnknown);
}

void tst_ApiError::jobFailure_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<ApiErrorKind>("kind");
    QTest::newRow("moderation_blocked")
        << QStringLiteral("moderation_blocked") << QStringLiteral("The prompt shows a real person")
        << ApiErrorKind::Moderation;
    QTest::newRow("render failed") << QStringLiteral("render_failed")
                                   << QStringLiteral("ffmpeg exited") << ApiErrorKind::JobFailed;
}

void tst_ApiError::jobFailure()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(ApiErrorKind, kind);
    const ApiError error = ApiError::fromJobFailure(code, message);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.code, code);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY(!error.isTransient());
}

void tst_ApiError::redactsTheKey()
{
    const QString key = QStringLiteral("sk-test-1234567890abcdef");
    const QString text = QStringLiteral("Incorrect API key provided: %1. Bearer %1").arg(key);
    const QString redacted = redactSecret(text, key);
    QVERIFY(!redacted.contains(key));
    QVERIFY(redacted.contains(QStringLiteral("***")));
    QCOMPARE(redactSecret(QStringLiteral("abc"), QString()), QStringLiteral("abc"));
}

void tst_ApiError::parsesJob()
{
    const QByteArray json = R"({"id":"video_123","object":"video","model":"sora-2",
        "status":"in_progress","progress":42,"created_at":1800000000,"completed_at":null,
        "expires_at":null,"prompt":"p","size":"1280x720","seconds":"8",
        "remixed_from_video_id":"video_1","error":null,"unknown":{"x":1}})";
    const Result<VideoJob> job = parseVideoJob(json);
    QVERIFY(job.hasValue());
    QCOMPARE(job->id, QStringLiteral("video_123"));
    QCOMPARE(job->status, VideoStatus::InProgress);
    QCOMPARE(job->progress, 42);
    QCOMPARE(job->seconds, 8);
    QCOMPARE(job->size, QStringLiteral("1280x720"));
    QCOMPARE(job->createdAt, QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC));
    QVERIFY(!job->completedAt.isValid());
    QCOMPARE(job->remixedFromId, QStringLiteral("video_1"));

    const Result<VideoJob> failed = parseVideoJob(
        R"({"id":"v","status":"failed","error":{"code":"moderation_blocked","message":"no"}})");
    QVERIFY(failed.hasValue());
    QCOMPARE(failed->status, VideoStatus::Failed);
    QCOMPARE(failed->errorCode, QStringLiteral("moderation_blocked"));
}

void tst_ApiError::parsesList()
{
    const QByteArray json = R"({"object":"list","data":[{"id":"a","status":"queued"},
        {"id":"b","status":"completed"}],"first_id":"a","last_id":"b","has_more":true})";
    const Result<VideoList> list = parseVideoList(json);
    QVERIFY(list.hasValue());
    QCOMPARE(list->data.size(), 2);
    QCOMPARE(list->data.at(1).status, VideoStatus::Completed);
    QCOMPARE(list->lastId, QStringLiteral("b"));
    QVERIFY(list->hasMore);
}

void tst_ApiError::rejectsBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"id":"v)");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("no id") << QByteArray(R"({"status":"queued"})");
    QTest::newRow("garbage") << QByteArray("\xff\xfe\x00garbage", 10);
}

void tst_ApiError::rejectsBadJson()
{
    QFETCH(QByteArray, json);
    const Result<VideoJob> job = parseVideoJob(json);
    QVERIFY(!job.hasValue());
    QVERIFY(!job.error().message.isEmpty());
    QVERIFY(!parseVideoList(json).hasValue());
}

void tst_ApiError::requestJsonIsStable()
{
    CreateVideoRequest request;
    request.prompt = QStringLiteral("A \"quoted\" prompt");
    request.model = QStringLiteral("sora-2");
    request.size = QStringLiteral("1280x720");
    request.seconds = 8;
    request.referenceImagePath = QStringLiteral("/tmp/project.media/refs/first.png");
    const QByteArray expected = "{\"input_reference\":\"first.png\",\"model\":\"sora-2\","
                                "\"prompt\":\"A \\\"quoted\\\" prompt\",\"seconds\":\"8\","
                                "\"size\":\"1280x720\"}";
    QCOMPARE(request.toJson(), expected);
}

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
