// SPDX-License-Identifier: MIT
#include "api/retrypolicy.h"

#include <QTest>

using namespace ShotBrief;

Q_DECLARE_METATYPE(ShotBrief::RetryPolicy)

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryable_data();
    void retryable();
    void budget();
    void delay_data();
    void delay();
    void backoffGrowsAndCaps_data();
    void backoffGrowsAndCaps();
    void jobStepsBudget();
};

namespace {

const QDateTime Now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

AttemptOutcome status(int code)
{
    AttemptOutcome outcome;
    outcome.httpStatus = code;
    return outcome;
}

} // namespace

void tst_RetryPolicy::retryable_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("connectionError");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<QByteArray>("shouldRetryHeader");
    QTest::addColumn<bool>("expected");

    QTest::newRow("connection error") << 0 << true << false << QByteArray() << true;
    QTest::newRow("timeout") << 0 << false << true << QByteArray() << true;
    QTest::newRow("400 bad request") << 400 << false << false << QByteArray() << false;
    QTest::newRow("401 bad key") << 401 << false << false << QByteArray() << false;
    QTest::newRow("403 forbidden") << 403 << false << false << QByteArray() << false;
    QTest::newRow("404 not found") << 404 << false << false << QByteArray() << false;
    QTest::newRow("408 request timeout") << 408 << false << false << QByteArray() << true;
    QTest::newRow("409 conflict") << 409 << false << false << QByteArray() << true;
    QTest::newRow("429 rate limit") << 429 << false << false << QByteArray() << true;
    QTest::newRow("500") << 500 << false << false << QByteArray() << true;
    QTest::newRow("503") << 503 << false << false << QByteArray() << true;
    QTest::newRow("x-should-retry true on 400")
        << 400 << false << false << QByteArray("true") << true;
    QTest::newRow("x-should-retry false on 500")
        << 500 << false << false << QByteArray("false") << false;
    QTest::newRow("x-should-retry false on 429")
        << 429 << false << false << QByteArray(" False ") << false;
    QTest::newRow("x-should-retry junk is ignored")
        << 400 << false << false << QByteArray("maybe") << false;
}

void tst_RetryPolicy::retryable()
{
    QFETCH(int, httpStatus);
    QFETCH(bool, connectionError);
    QFETCH(bool, timedOut);
    QFETCH(QByteArray, shouldRetryHeader);
    QFETCH(bool, expected);
    AttemptOutcome outcome = status(httpStatus);
    outcome.connectionError = connectionError;
    outcome.timedOut = timedOut;
    outcome.shouldRetry = shouldRetryHeader;
    QCOMPARE(RetryPolicy::isRetryable(outcome), expected);
}

void tst_RetryPolicy::budget()
{
    RetryPolicy policy;
    QCOMPARE(policy.maxRetries, 2);
    QCOMPARE(policy.timeoutMs, 600000);
    QVERIFY(policy.shouldRetry(status(500), 0));
    QVERIFY(policy.shouldRetry(status(500), 1));
    QVERIFY2(!policy.shouldRetry(status(500), 2), "two retries by default, not three");
    policy.maxRetries = 0;
    QVERIFY(!policy.shouldRetry(status(500), 0));
}

void tst_RetryPolicy::delay_data()
{
    QTest::addColumn<QByteArray>("retryAfterMs");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("retriesSoFar");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("retry-after-ms wins")
        << QByteArray("1500") << QByteArray("30") << 0 << 0.0 << qint64(1500);
    QTest::newRow("retry-after-ms fractional")
        << QByteArray("250.4") << QByteArray() << 0 << 0.0 << qint64(250);
    QTest::newRow("retry-after seconds")
        << QByteArray() << QByteArray("3") << 0 << 0.0 << qint64(3000);
    QTest::newRow("retry-after fractional seconds")
        << QByteArray() << QByteArray("0.5") << 1 << 0.0 << qint64(500);
    QTest::newRow("retry-after HTTP date 10 s ahead")
        << QByteArray() << Now.addSecs(10).toString(Qt::RFC2822Date).toLatin1() << 0 << 0.0
        << qint64(10000);
    QTest::newRow("retry-after IMF-fixdate 20 s ahead")
        << QByteArray()
        << QLocale::c()
               .toString(Now.addSecs(20), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
               .toLatin1()
        << 0 << 0.0 << qint64(20000);
    QTest::newRow("retry-after of 60 s or more falls back")
        << QByteArray() << QByteArray("60") << 0 << 0.0 << qint64(500);
    QTest::newRow("retry-after in the past falls back")
        << QByteArray() << Now.addSecs(-5).toString(Qt::RFC2822Date).toLatin1() << 1 << 0.0
        << qint64(1000);
    QTest::newRow("retry-after 0 falls back")
        << QByteArray() << QByteArray("0") << 0 << 0.0 << qint64(500);
    QTest::newRow("retry-after-ms junk, retry-after used")
        << QByteArray("soon") << QByteArray("2") << 0 << 0.0 << qint64(2000);
    QTest::newRow("no header: 0.5 s first")
        << QByteArray() << QByteArray() << 0 << 0.0 << qint64(500);
    QTest::newRow("no header: full jitter removes 25 %")
        << QByteArray() << QByteArray() << 0 << 1.0 << qint64(375);
    QTest::newRow("no header: second retry 1 s")
        << QByteArray() << QByteArray() << 1 << 0.0 << qint64(1000);
    QTest::newRow("no header: half jitter on 2 s")
        << QByteArray() << QByteArray() << 2 << 0.5 << qint64(1750);
}

void tst_RetryPolicy::delay()
{
    QFETCH(QByteArray, retryAfterMs);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, retriesSoFar);
    QFETCH(double, jitter);
    QFETCH(qint64, expectedMs);
    AttemptOutcome outcome = status(429);
    outcome.retryAfterMs = retryAfterMs;
    outcome.retryAfter = retryAfter;
    QCOMPARE(RetryPolicy().delayMs(outcome, retriesSoFar, Now, jitter), expectedMs);
}

void tst_RetryPolicy::backoffGrowsAndCaps_data()
{
    QTest::addColumn<RetryPolicy>("policy");
    QTest::addColumn<int>("retriesSoFar");
    QTest::addColumn<qint64>("expectedMs");
    const RetryPolicy sdk;
    QTest::newRow("0") << sdk << 0 << qint64(500);
    QTest::newRow("1") << sdk << 1 << qint64(1000);
    QTest::newRow("2") << sdk << 2 << qint64(2000);
    QTest::newRow("3") << sdk << 3 << qint64(4000);
    QTest::newRow("4 caps at 8 s") << sdk << 4 << qint64(8000);
    QTest::newRow("10 stays at 8 s") << sdk << 10 << qint64(8000);
    QTest::newRow("huge stays at 8 s") << sdk << 100000 << qint64(8000);
    // The queue's steps of a job: the same rule from its own first wait, up to 30 s.
    const RetryPolicy steps = RetryPolicy::forJobSteps(2000);
    QTest::newRow("job step 0") << steps << 0 << qint64(2000);
    QTest::newRow("job step 3") << steps << 3 << qint64(16000);
    QTest::newRow("job step 4 caps at 30 s") << steps << 4 << qint64(30000);
    QTest::newRow("job step 7 stays at 30 s") << steps << 7 << qint64(30000);
    QTest::newRow("short job steps (tests)") << RetryPolicy::forJobSteps(10) << 2 << qint64(40);
}

void tst_RetryPolicy::backoffGrowsAndCaps()
{
    QFETCH(RetryPolicy, policy);
    QFETCH(int, retriesSoFar);
    QFETCH(qint64, expectedMs);
    QCOMPARE(policy.backoffMs(retriesSoFar, 0.0), expectedMs);
    QCOMPARE(policy.backoffMs(retriesSoFar, 0.999999), qint64(std::llround(expectedMs * 0.75)));
}

void tst_RetryPolicy::jobStepsBudget()
{
    const RetryPolicy steps = RetryPolicy::forJobSteps(2000);
    QCOMPARE(steps.maxRetries, 8);
    QVERIFY(steps.shouldRetry(status(503), 7));
    QVERIFY(!steps.shouldRetry(status(503), 8));
    AttemptOutcome refused = status(503);
    refused.shouldRetry = "false";
    QVERIFY2(!steps.shouldRetry(refused, 0), "x-should-retry: false holds for job steps too");
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
