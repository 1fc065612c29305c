// SPDX-License-Identifier: MIT
#include "fakevideoprovider.h"

#include "../continuity/colorclip.h"

#include "api/generationqueue.h"
#include "api/manualclock.h"
#include "api/takestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

Q_DECLARE_METATYPE(ShotBrief::ApiError)

namespace {

Project makeProject(int shots, int seconds = 4)
{
    Project project;
    project.title = QStringLiteral("Queue test");
    for (int i = 0; i < shots; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i + 1);
        shot.label = QString::number(i + 1);
        shot.sceneProse = QStringLiteral("A lantern-lit alley, take %1.").arg(i + 1);
        shot.durationSeconds = seconds;
        project.shots << shot;
    }
    return project;
}

/// Runs the event loop and the manual clock until the queue is idle. When the clock has
/// nothing due, the queue may be waiting for ffmpeg (a chained shot's frame): events are
/// then waited for a moment, up to about a minute in all.
bool drive(GenerationQueue &queue, ManualClock &clock, int maxSteps = 5000)
{
    int waits = 0;
    for (int step = 0; step < maxSteps; ++step) {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        if (queue.isIdle())
            return true;
        if (!clock.runNext()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            if (++waits > 3000)
                break;
            QTest::qWait(5);
            --step;
        }
    }
    return queue.isIdle();
}

/// A take a crash left between saving "submitting" and the create's answer: no provider id.
Take leftInSubmitting()
{
    Take take;
    take.id = QStringLiteral("take-1");
    take.provider = QStringLiteral("fake");
    take.prompt = QStringLiteral("prompt one");
    take.model = QStringLiteral("sora-2");
    take.size = QStringLiteral("1280x720");
    take.seconds = 4;
    take.status = TakeStatus::Submitting;
    take.submittedAt = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    return take;
}

bool writePicture(const QString &path, QSize size, QColor color)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    return image.save(path, "PNG");
}

/// A real clip: one second of red, then one of blue (its last frame).
QString makeClip(const QString &path)
{
    return makeColorClip(path, {QStringLiteral("red"), QStringLiteral("blue")},
                         QStringLiteral("320x180"))
               ? path
               : QString();
}

int countStatus(const Project &project, TakeStatus status)
{
    int count = 0;
    for (const Shot &shot : project.shots) {
        for (const Take &take : shot.takes)
            count += take.status == status ? 1 : 0;
    }
    return count;
}

} // namespace

class tst_GenerationQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void generatesEveryShotToReady();
    void savesSubmittingBeforeTheCreate();
    void respectsConcurrency_data();
    void respectsConcurrency();
    void spendingCapRefusesBeforeSending_data();
    void spendingCapRefusesBeforeSending();
    void reconcileAdoptsTheJobAlreadyCreated();
    void reconcileResubmitsWhenNothingWasCreated();
    void reconcileNeverMatchesAnIdTwice();
    void lostCreateResponseIsReconciled();
    void unknownOutcomeWithoutAList_data();
    void unknownOutcomeWithoutAList();
    void moderationFailsTheTakeWithTheReason();
    void transientCreateErrorIsRequeued();
    void everyStepRetriesByThePolicy_data();
    void everyStepRetriesByThePolicy();
    void retriesEndWhenTheBudgetIsSpent_data();
    void retriesEndWhenTheBudgetIsSpent();
    void unauthorizedStopsSubmitting();
    void resumesPollingAndDownloading();
    void expiredContentMarksTheTakeExpired();
    void remixAndRetryMakeNewTakes();
    void cancelDeletesTheJob();
    void destroyingTheQueueLeavesTakesInFlight();
    void referenceImages_data();
    void referenceImages();
    void chainedShotBeginsOnThePreviousLastFrame();
    void chainWithNothingToContinueFails_data();
    void chainWithNothingToContinueFails();
    void picturesFollowTheModel_data();
    void picturesFollowTheModel();
    void badPicturesAreRefusedBeforeSending_data();
    void badPicturesAreRefusedBeforeSending();
    void messagesNameShotsAndTakesNotIds();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_GenerationQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_GenerationQueue::generatesEveryShotToReady()
{
    MemoryTakeStore store(makeProject(5), m_dir->path());
    FakeVideoProvider provider;
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    QStringList ids;
    for (const Shot &shot : store.snapshot().shots)
        ids << shot.id;
    const auto added = queue.generate(ids);
    QVERIFY2(added.hasValue(), qPrintable(added ? QString() : added.error().message));
    QCOMPARE(added->size(), 5);
    queue.start();
    QVERIFY2(drive(queue, clock), "the queue never became idle");

    const Project project = store.snapshot();
    QCOMPARE(countStatus(project, TakeStatus::Ready), 5);
    QCOMPARE(provider.createCount, 5);
    QCOMPARE(project.ledger.size(), 5);
    for (const Shot &shot : project.shots) {
        const Take &take = shot.takes.first();
        QCOMPARE(take.clipPath, QStringLiteral("clips/%1.mp4").arg(take.id));
        QCOMPARE(take.thumbnailPath, QStringLiteral("thumbs/%1.webp").arg(take.id));
        QVERIFY2(QFile::exists(m_dir->filePath(take.clipPath)), qPrintable(take.clipPath));
        QVERIFY(!take.providerVideoId.isEmpty());
        QVERIFY(take.requestJson.contains("\"seconds\":\"4\""));
        QCOMPARE(take.provider, QStringLiteral("fake"));
        QVERIFY(take.prompt.contains(QStringLiteral("lantern")));
    }
}

void tst_GenerationQueue::savesSubmittingBeforeTheCreate()
{
    MemoryTakeStore store(makeProject(3), m_dir->path());
    FakeVideoProvider provider;
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    int checked = 0;
    provider.onCreate = [&](const CreateVideoRequest &request) {
        // The take this create belongs to is already on "disk" as submitting.
        bool found = false;
        for (const Shot &shot : store.snapshot().shots) {
            for (const Take &take : shot.takes) {
                if (take.prompt == request.prompt && take.status == TakeStatus::Submitting &&
                    take.submittedAt.isValid() && !take.requestJson.isEmpty())
                    found = true;
            }
        }
        QVERIFY2(found, "create sent before the submitting state was saved");
        ++checked;
    };
    QVERIFY(queue
                .generate(
                    {QStringLiteral("shot-1"), QStringLiteral("shot-2"), QStringLiteral("shot-3")})
                .hasValue());
    queue.start();
    QVERIFY(drive(queue, clock));
    QCOMPARE(checked, 3);
}

void tst_GenerationQueue::respectsConcurrency_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("two (default)") << 2;
    QTest::newRow("four") << 4;
}

void tst_GenerationQueue::respectsConcurrency()
{
    QFETCH(int, concurrency);
    MemoryTakeStore store(makeProject(8), m_dir->path());
    FakeVideoProvider provider;
    provider.retrievesToComplete = 3;
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    queue.setConcurrency(concurrency);
    QStringList ids;
    for (const Shot &shot : store.snapshot().shots)
        ids << shot.id;
    QVERIFY(queue.generate(ids).hasValue());
    queue.start();
    QVERIFY(drive(queue, clock));
    QCOMPARE(provider.maxRunningSeen, concurrency);
    QCOMPARE(countStatus(store.snapshot(), TakeStatus::Ready), 8);
}

void tst_GenerationQueue::spendingCapRefusesBeforeSending_data()
{
    QTest::addColumn<double>("projectCap");
    QTest::addColumn<double>("maxSpend");
    QTest::addColumn<double>("alreadySpent");
    QTest::addColumn<bool>("accepted");
    // 3 shots x 4 s x $0.10 (sora-2 720p) = $1.20
    QTest::newRow("no cap") << 0.0 << 0.0 << 0.0 << true;
    QTest::newRow("project cap fits exactly") << 1.2 << 0.0 << 0.0 << true;
    QTest::newRow("project cap too low") << 1.0 << 0.0 << 0.0 << false;
    QTest::newRow("max-spend too low") << 0.0 << 1.19 << 0.0 << false;
    QTest::newRow("lower of both caps applies") << 5.0 << 1.0 << 0.0 << false;
    QTest::newRow("earlier spend counts") << 2.0 << 0.0 << 1.0 << false;
}

void tst_GenerationQueue::spendingCapRefusesBeforeSending()
{
    QFETCH(double, projectCap);
    QFETCH(double, maxSpend);
    QFETCH(double, alreadySpent);
    QFETCH(bool, accepted);
    Project project = makeProject(3);
    project.spendingCapUsd = projectCap;
    if (alreadySpent > 0) {
        SpendEntry entry;
        entry.amountUsd = alreadySpent;
        project.ledger << entry;
    }
    MemoryTakeStore store(project, m_dir->path());
    FakeVideoProvider provider;
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    queue.setMaxSpendUsd(maxSpend);
    queue.start();
    const auto result = queue.generate(
        {QStringLiteral("shot-1"), QStringLiteral("shot-2"), QStringLiteral("shot-3")});
    QCOMPARE(result.hasValue(), accepted);
    QVERIFY(drive(queue, clock));
    if (!accepted) {
        QVERIFY2(result.error().message.contains(QStringLiteral("$1.20")),
                 qPrintable(result.error().message));
        QCOMPARE(provider.createCount, 0);
        QCOMPARE(store.writeCount(), 0);
    } else {
        QCOMPARE(provider.createCount, 3);
    }
}

void tst_GenerationQueue::reconcileAdoptsTheJobAlreadyCreated()
{
    // A crash after the create reached the provider: the take is "submitting" with no id.
    Project project = makeProject(1);
    const Take take = leftInSubmitting();
    project.shots[0].takes << take;
    MemoryTakeStore store(project, m_dir->path());

    FakeVideoProvider provider;
    CreateVideoRequest request;
    request.prompt = take.prompt;
    request.model = take.model;
    request.size = take.size;
    request.seconds = 4;
    CreateVideoRequest other = request;
    other.prompt = QStringLiteral("another shot");
    provider.addJob(request, take.submittedAt.addSecs(-3600)); // too old: an earlier run
    const VideoJob ours = provider.addJob(request, take.submittedAt.addSecs(1));
    provider.addJob(other, take.submittedAt.addSecs(2));

    ManualClock clock(take.submittedAt.addSecs(30));
    GenerationQueue queue(&store, &provider, &clock);
    queue.start();
    QVERIFY(drive(queue, clock));
    QCOMPARE(provider.createCount, 0);
    QVERIFY(provider.listCount >= 1);
    const Take result = store.snapshot().shots.first().takes.first();
    QCOMPARE(result.providerVideoId, ours.id);
    QCOMPARE(result.status, TakeStatus::Ready);
    QCOMPARE(store.snapshot().ledger.size(), 1);
}

void tst_GenerationQueue::reconcileResubmitsWhenNothingWasCreated()
{
    Project project = makeProject(1);
    const Take take = leftInSubmitting();
    project.shots[0].takes << take;
    MemoryTakeStore store(project, m_dir->path());
    FakeVideoProvider provider;
    ManualClock clock(take.submittedAt.addSecs(30));
    GenerationQueue queue(&store, &provider, &clock);
    queue.start();
    QVERIFY(drive(queue, clock));
    QCOMPARE(provider.listCount, 1);
    QCOMPARE(provider.createCount, 1);
    QCOMPARE(store.snapshot().shots.first().takes.first().status, TakeStatus::Ready);
}

void tst_GenerationQueue::reconcileNeverMatchesAnIdTwice()
{
    // Two identical shots; one take already owns the only matching job.
    Project project = makeProject(2);
    const QDateTime submitted = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    FakeVideoProvider provider;
    CreateVideoRequest request;
    request.prompt = QStringLiteral("same prompt");
    request.model = QStringLiteral("sora-2");
    request.size = QStringLiteral("1280x720");
    request.seconds = 4;
    const VideoJob existing =
        provider.addJob(request, submitted.addSecs(1), VideoStatus::InProgress);
    for (int i = 0; i < 2; ++i) {
        Take take;
        take.id = QStringLiteral("take-%1").arg(i);
        take.provider = QStringLiteral("fake");
        take.prompt = request.prompt;
        take.model = request.model;
        take.size = request.size;
        take.seconds = 4;
        take.submittedAt = submitted;
        take.status = i == 0 ? TakeStatus::InProgress : TakeStatus::Submitting;
        if (i == 0)
            take.providerVideoId = existing.id;
        project.shots[i].takes << take;
    }
    MemoryTakeStore store(project, m_dir->path());
    ManualClock clock(submitted.addSecs(30));
    GenerationQueue queue(&store, &provider, &clock);
    queue.start();
    QVERIFY(drive(queue, clock));
    const Project result = store.snapshot();
    QCOMPARE(result.shots[0].takes[0].providerVideoId, existing.id);
    QVERIFY(result.shots[1].takes[0].providerVideoId != existing.id);
    QCOMPARE(provider.createCount, 1);
    QCOMPARE(countStatus(result, TakeStatus::Ready), 2);
}

void tst_GenerationQueue::lostCreateResponseIsReconciled()
{
    MemoryTakeStore store(makeProject(2), m_dir->path());
    FakeVideoProvider provider;
    provider.loseCreateResponses = {true, false};
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    QVERIFY(queue.generate({QStringLiteral("shot-1"), QStringLiteral("shot-2")}).hasValue());
    queue.start();
    QVERIFY(drive(queue, clock));
    QCOMPARE(provider.createCount, 2); // the lost one is found, not paid again
    QCOMPARE(countStatus(store.snapshot(), TakeStatus::Ready), 2);
    QCOMPARE(store.snapshot().ledger.size(), 2);
}

void tst_GenerationQueue::unknownOutcomeWithoutAList_data()
{
    QTest::addColumn<bool>("leftBySubmitting");
    QTest::addColumn<bool>("canList");
    // A crash between saving "submitting" and the create's answer, at a provider that cannot
    // list its jobs: nothing can tell whether it was made.
    QTest::newRow("left in submitting, no list") << true << false;
    // The create went out and its answer was lost in this run.
    QTest::newRow("answer lost, no list") << false << false;
    // The control: with a list, the same crash is reconciled and the shot still ends ready.
    QTest::newRow("left in submitting, with a list") << true << true;
}

void tst_GenerationQueue::unknownOutcomeWithoutAList()
{
    QFETCH(bool, leftBySubmitting);
    QFETCH(bool, canList);
    Project project = makeProject(2);
    const QDateTime submitted = leftInSubmitting().submittedAt;
    if (leftBySubmitting)
        project.shots[0].takes << leftInSubmitting();
    MemoryTakeStore store(project, m_dir->path());
    FakeVideoProvider provider;
    provider.canList = canList;
    if (!leftBySubmitting)
        provider.loseCreateResponses = {true};
    ManualClock clock(submitted.addSecs(30));
    GenerationQueue queue(&store, &provider, &clock);
    QSignalSpy messages(&queue, &GenerationQueue::message);
    // Shot 2's draft shows the unknown take does not block the queue.
    QStringList wanted{QStringLiteral("shot-2")};
    if (!leftBySubmitting)
        wanted.prepend(QStringLiteral("shot-1"));
    QVERIFY(queue.generate(wanted).hasValue());
    queue.start();
    QVERIFY2(drive(queue, clock), "a take in an unknown state kept the queue busy");

    const Project result = store.snapshot();
    QCOMPARE(result.shots.at(1).takes.first().status, TakeStatus::Ready);
    const Take first = result.shots.at(0).takes.first();
    QCOMPARE(result.shots.at(0).takes.size(), 1);
    if (canList) {
        QCOMPARE(first.status, TakeStatus::Ready);
        QVERIFY(!isTakeOutcomeUnknown(first));
        return;
    }
    QVERIFY2(isTakeOutcomeUnknown(first),
             qPrintable(takeStatusKey(first.status) + QLatin1Char(' ') + first.errorMessage));
    QCOMPARE(first.errorCode, QStringLiteral("outcome_unknown"));
    QVERIFY2(first.errorMessage.contains(QStringLiteral("dashboard")),
             qPrintable(first.errorMessage));
    QCOMPARE(provider.listCount, 0); // nothing to ask
    // Paid at most once: one create per shot, the unknown one never sent again.
    QCOMPARE(provider.createCount, leftBySubmitting ? 1 : 2);
    QVERIFY2(!queue.errors().isEmpty(), "the run reports the unknown take");
    QVERIFY(!messages.isEmpty());

    // A second run leaves it alone: it is no longer in flight.
    GenerationQueue again(&store, &provider, &clock);
    again.start();
    QVERIFY(drive(again, clock));
    QCOMPARE(provider.createCount, leftBySubmitting ? 1 : 2);

    // Retried by hand after checking the dashboard: a new take, sent once.
    const Result<QString> retried = again.retry(QStringLiteral("shot-1"), first.id);
    QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
    QVERIFY(drive(again, clock));
    QCOMPARE(store.snapshot().shots.at(0).takeById(*retried)->status, TakeStatus::Ready);
    QCOMPARE(provider.createCount, leftBySubmitting ? 2 : 3);
}

void tst_GenerationQueue::moderationFailsTheTakeWithTheReason()
{
    MemoryTakeStore store(makeProject(1), m_dir->path());
    FakeVideoProvider provider;
    provider.failJobsWithCode = QStringLiteral("moderation_blocked");
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    QVERIFY(queue.generate({QStringLiteral("shot-1")}).hasValue());
    queue.start();
    QVERIFY(drive(queue, clock));
    const Take take = store.snapshot().shots.first().takes.first();
    QCOMPARE(take.status, TakeStatus::Failed);
    QCOMPARE(take.errorCode, QStringLiteral("moderation_blocked"));
    QVERIFY2(take.errorMessage.contains(QStringLiteral("content rules")),
             qPrintable(take.errorMessage));
    QCOMPARE(provider.createCount, 1); // not retried
}

void tst_GenerationQueue::transientCreateErrorIsRequeued()
{
    MemoryTakeStore store(makeProject(1), m_dir->path());
    FakeVideoProvider provider;
    provider.createErrors = {ApiError::fromHttp(429, R"({"error":{"message":"too many"}})"),
                             ApiError::fromHttp(503, QByteArray())};
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    queue.setRequeueDelayMs(1000);
    queue.setJitterSource([] { return 0.0; });
    QVERIFY(queue.generate({QStringLiteral("shot-1")}).hasValue());
    queue.start();
    QVERIFY(drive(queue, clock));
    QCOMPARE(provider.creates.size(), 3);
    QCOMPARE(provider.createCount, 1);
    QCOMPARE(store.snapshot().shots.first().takes.first().status, TakeStatus::Ready);
    QVERIFY2(clock.scheduledDelays().contains(1000) && clock.scheduledDelays().contains(2000),
             "requeue back-off should double");
}

namespace {

ApiError transient(qint64 retryAfterMs = 0, bool refused = false)
{
    ApiError error = ApiError::fromHttp(503, R"({"error":{"message":"busy"}})");
    error.retryAfterMs = retryAfterMs;
    error.retryRefused = refused;
    return error;
}

/// Scripts `errors` for one step of a job: "create", "poll", "download" or "list" (a reconcile
/// of a take left in submitting).
void scriptFailures(FakeVideoProvider &provider, MemoryTakeStore &store, const QString &step,
                    const QList<ApiError> &errors)
{
    if (step == QLatin1String("create"))
        provider.createErrors = errors;
    else if (step == QLatin1String("poll"))
        provider.retrieveErrors = errors;
    else if (step == QLatin1String("download"))
        provider.downloadErrors = errors;
    else
        provider.listErrors = errors;
    if (step == QLatin1String("list"))
        QVERIFY(store.addTake(QStringLiteral("shot-1"), leftInSubmitting()).hasValue());
}

/// The delays the queue scheduled that are not its polls (which wait the poll interval).
QList<qint64> retryDelays(const ManualClock &clock, int pollIntervalMs)
{
    QList<qint64> delays;
    for (qint64 delay : clock.scheduledDelays()) {
        if (delay != pollIntervalMs && delay != 0)
            delays << delay;
    }
    return delays;
}

/// What one take went through when `step` of its job failed with `errors` first.
struct StepRun
{
    bool idle = false;
    QList<qint64> retryDelays;
    int pending = 0; ///< Calls still on the clock.
    Take take;
    int paidCreates = 0;
};

StepRun runStep(const QString &folder, const QString &step, const QList<ApiError> &errors,
                double jitter)
{
    MemoryTakeStore store(makeProject(1), folder);
    FakeVideoProvider provider;
    scriptFailures(provider, store, step, errors);
    ManualClock clock(QDateTime::fromSecsSinceEpoch(1'800'000'030, Qt::UTC));
    GenerationQueue queue(&store, &provider, &clock);
    constexpr int pollMs = 333;
    queue.setPollIntervalMs(pollMs);
    queue.setRequeueDelayMs(1000);
    queue.setJitterSource([jitter] { return jitter; });
    if (step != QLatin1String("list"))
        (void)queue.generate({QStringLiteral("shot-1")});
    queue.start();
    StepRun run;
    run.idle = drive(queue, clock);
    run.retryDelays = retryDelays(clock, pollMs);
    run.pending = clock.pendingCount();
    run.take = store.snapshot().shots.first().takes.value(0);
    run.paidCreates = provider.createCount;
    return run;
}

} // namespace

void tst_GenerationQueue::everyStepRetriesByThePolicy_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QList<ApiError>>("errors");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<QList<qint64>>("expectedDelays");

    // From the first wait (1 s here), doubling, minus jitter (0.5 takes 12.5 % off); the server's
    // retry-after wins; the same for each step of a job.
    for (const char *step : {"create", "poll", "download", "list"}) {
        QTest::addRow("%s: back-off doubles, with jitter", step)
            << QString::fromLatin1(step) << QList<ApiError>{transient(), transient(), transient()}
            << 0.5 << QList<qint64>{875, 1750, 3500};
        QTest::addRow("%s: the server's retry-after first", step)
            << QString::fromLatin1(step) << QList<ApiError>{transient(4321), transient()} << 0.0
            << QList<qint64>{4321, 2000};
    }
}

void tst_GenerationQueue::everyStepRetriesByThePolicy()
{
    QFETCH(QString, step);
    QFETCH(QList<ApiError>, errors);
    QFETCH(double, jitter);
    QFETCH(QList<qint64>, expectedDelays);
    const StepRun run = runStep(m_dir->path(), step, errors, jitter);
    QVERIFY(run.idle);
    QCOMPARE(run.retryDelays, expectedDelays);
    QCOMPARE(takeStatusKey(run.take.status), QStringLiteral("ready"));
    QCOMPARE(run.paidCreates, 1); // a retry never paid twice
}

void tst_GenerationQueue::retriesEndWhenTheBudgetIsSpent_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QList<ApiError>>("errors");
    QTest::addColumn<int>("retries");

    const QList<ApiError> endless(20, transient());
    for (const char *step : {"create", "poll", "download", "list"}) {
        QTest::addRow("%s: eight retries", step) << QString::fromLatin1(step) << endless << 8;
        QTest::addRow("%s: x-should-retry false", step)
            << QString::fromLatin1(step) << QList<ApiError>{transient(0, true)} << 0;
    }
}

void tst_GenerationQueue::retriesEndWhenTheBudgetIsSpent()
{
    QFETCH(QString, step);
    QFETCH(QList<ApiError>, errors);
    QFETCH(int, retries);
    const StepRun run = runStep(m_dir->path(), step, errors, 0.0);
    QVERIFY(run.idle);
    QCOMPARE(run.retryDelays.size(), retries);
    QCOMPARE(run.pending, 0);
    QVERIFY2(run.take.status != TakeStatus::Ready, "the step never succeeded");
    QCOMPARE(run.paidCreates,
             step == QLatin1String("list") || step == QLatin1String("create") ? 0 : 1);
}

void tst_GenerationQueue::unauthorizedStopsSubmitting()
{
    MemoryTakeStore store(makeProject(3), m_dir->path());
    FakeVideoProvider provider;
    provider.createErrors = {ApiError::fromHttp(401, QByteArray())};
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    queue.setConcurrency(1);
    QVERIFY(queue
                .generate(
                    {QStringLiteral("shot-1"), QStringLiteral("shot-2"), QStringLiteral("shot-3")})
                .hasValue());
    queue.start();
    QVERIFY(drive(queue, clock));
    QCOMPARE(provider.creates.size(), 1);
    QCOMPARE(countStatus(store.snapshot(), TakeStatus::Draft), 3);
    QVERIFY(!queue.errors().isEmpty());
    QVERIFY(queue.errors().first().contains(QStringLiteral("401")));
}

void tst_GenerationQueue::resumesPollingAndDownloading()
{
    Project project = makeProject(2);
    FakeVideoProvider provider;
    CreateVideoRequest request;
    request.prompt = QStringLiteral("x");
    request.model = QStringLiteral("sora-2");
    request.size = QStringLiteral("1280x720");
    const VideoJob running = provider.addJob(request, provider.now, VideoStatus::InProgress);
    const VideoJob done = provider.addJob(request, provider.now, VideoStatus::Completed);
    Take polling;
    polling.id = QStringLiteral("take-a");
    polling.provider = QStringLiteral("fake");
    polling.providerVideoId = running.id;
    polling.status = TakeStatus::InProgress;
    project.shots[0].takes << polling;
    Take downloading = polling;
    downloading.id = QStringLiteral("take-b");
    downloading.providerVideoId = done.id;
    downloading.status = TakeStatus::Downloading;
    project.shots[1].takes << downloading;
    MemoryTakeStore store(project, m_dir->path());
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    queue.start();
    QVERIFY(drive(queue, clock));
    QCOMPARE(provider.createCount, 0);
    QCOMPARE(countStatus(store.snapshot(), TakeStatus::Ready), 2);
}

void tst_GenerationQueue::expiredContentMarksTheTakeExpired()
{
    Project project = makeProject(1);
    FakeVideoProvider provider;
    provider.downloadErrors = {ApiError::fromHttp(404, QByteArray())};
    CreateVideoRequest request;
    const VideoJob done = provider.addJob(request, provider.now, VideoStatus::Completed);
    Take take;
    take.id = QStringLiteral("take-a");
    take.provider = QStringLiteral("fake");
    take.providerVideoId = done.id;
    take.status = TakeStatus::Downloading;
    project.shots[0].takes << take;
    MemoryTakeStore store(project, m_dir->path());
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    queue.start();
    QVERIFY(drive(queue, clock));
    const Take result = store.snapshot().shots.first().takes.first();
    QCOMPARE(result.status, TakeStatus::Expired);
    QVERIFY(result.clipPath.isEmpty());
}

void tst_GenerationQueue::remixAndRetryMakeNewTakes()
{
    MemoryTakeStore store(makeProject(1), m_dir->path());
    FakeVideoProvider provider;
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    const auto first = queue.generate({QStringLiteral("shot-1")});
    QVERIFY(first.hasValue());
    queue.start();
    QVERIFY(drive(queue, clock));

    QVERIFY(!queue.remix(QStringLiteral("shot-1"), first->first(), QString()).hasValue());
    const auto remixed = queue.remix(QStringLiteral("shot-1"), first->first(),
                                     QStringLiteral("make the lanterns blue"));
    QVERIFY2(remixed.hasValue(), qPrintable(remixed ? QString() : remixed.error().message));
    QVERIFY(drive(queue, clock));
    Shot shot = store.snapshot().shots.first();
    QCOMPARE(shot.takes.size(), 2);
    const Take &remix = shot.takes.last();
    QCOMPARE(remix.kind, TakeKind::Remix);
    QCOMPARE(remix.parentTakeId, first->first());
    QCOMPARE(remix.status, TakeStatus::Ready);
    QCOMPARE(provider.jobs.value(remix.providerVideoId).remixedFromId,
             shot.takes.first().providerVideoId);

    // A ready take cannot be retried; a failed one gets a new take with the same request.
    QVERIFY(!queue.retry(QStringLiteral("shot-1"), remix.id).hasValue());
    Take failed = shot.takes.first();
    failed.status = TakeStatus::Failed;
    QVERIFY(store.updateTake(QStringLiteral("shot-1"), failed).hasValue());
    const auto retried = queue.retry(QStringLiteral("shot-1"), failed.id);
    QVERIFY(retried.hasValue());
    QVERIFY(drive(queue, clock));
    shot = store.snapshot().shots.first();
    QCOMPARE(shot.takes.size(), 3);
    QCOMPARE(shot.takes.last().prompt, failed.prompt);
    QCOMPARE(shot.takes.last().status, TakeStatus::Ready);
}

void tst_GenerationQueue::cancelDeletesTheJob()
{
    MemoryTakeStore store(makeProject(1), m_dir->path());
    FakeVideoProvider provider;
    provider.retrievesToComplete = 50;
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    const auto ids = queue.generate({QStringLiteral("shot-1")});
    QVERIFY(ids.hasValue());
    queue.start();
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
        clock.runNext();
    }
    QCOMPARE(store.snapshot().shots.first().takes.first().status, TakeStatus::InProgress);
    queue.cancel(QStringLiteral("shot-1"), ids->first());
    QVERIFY(drive(queue, clock));
    QCOMPARE(store.snapshot().shots.first().takes.first().status, TakeStatus::Canceled);
    QCOMPARE(provider.deleteCount, 1);
}

void tst_GenerationQueue::destroyingTheQueueLeavesTakesInFlight()
{
    MemoryTakeStore store(makeProject(2), m_dir->path());
    FakeVideoProvider provider;
    provider.retrievesToComplete = 50;
    ManualClock clock;
    {
        GenerationQueue queue(&store, &provider, &clock);
        QVERIFY(queue.generate({QStringLiteral("shot-1"), QStringLiteral("shot-2")}).hasValue());
        queue.start(); // both creates are on their way
    }                  // the app closes before their answers arrive
    QCoreApplication::processEvents();
    for (const Shot &shot : store.snapshot().shots) {
        QVERIFY2(isTakeInFlight(shot.takes.first().status),
                 qPrintable(takeStatusKey(shot.takes.first().status)));
    }
    QCOMPARE(provider.deleteCount, 0);

    // The next start reconciles them and finishes them without new creates.
    provider.retrievesToComplete = 2;
    GenerationQueue resumed(&store, &provider, &clock);
    resumed.start();
    QVERIFY(drive(resumed, clock));
    QCOMPARE(countStatus(store.snapshot(), TakeStatus::Ready), 2);
    QCOMPARE(provider.createCount, 2);
}

void tst_GenerationQueue::referenceImages_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("sent");
    QTest::newRow("inside the media folder") << QStringLiteral("refs/first.png") << true;
    QTest::newRow("missing file") << QStringLiteral("refs/missing.png") << false;
    QTest::newRow("escapes the media folder") << QStringLiteral("../outside.png") << false;
}

void tst_GenerationQueue::referenceImages()
{
    QFETCH(QString, reference);
    QFETCH(bool, sent);
    const QString media = m_dir->filePath(QStringLiteral("p.media"));
    QDir().mkpath(media + QStringLiteral("/refs"));
    for (const QString &file : {media + QStringLiteral("/refs/first.png"),
                                m_dir->filePath(QStringLiteral("outside.png"))})
        QVERIFY(writePicture(file, QSize(1280, 720), Qt::gray));
    Project project = makeProject(1);
    project.shots[0].referenceImage = reference;
    MemoryTakeStore store(project, media);
    FakeVideoProvider provider;
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    QVERIFY(queue.generate({QStringLiteral("shot-1")}).hasValue());
    queue.start();
    QVERIFY(drive(queue, clock));
    const Take take = store.snapshot().shots.first().takes.first();
    if (sent) {
        QCOMPARE(provider.creates.size(), 1);
        QCOMPARE(provider.creates.first().referenceImagePath,
                 QDir(media).filePath(QStringLiteral("refs/first.png")));
        QVERIFY(take.requestJson.contains("\"input_reference\":\"first.png\""));
        QCOMPARE(take.status, TakeStatus::Ready);
    } else {
        QCOMPARE(provider.creates.size(), 0);
        QCOMPARE(take.status, TakeStatus::Failed);
        // Named by its file name: media paths stay in the project file.
        QVERIFY2(take.errorMessage.contains(QFileInfo(reference).fileName()) &&
                     !take.errorMessage.contains(reference),
                 qPrintable(take.errorMessage));
    }
}

void tst_GenerationQueue::messagesNameShotsAndTakesNotIds()
{
    Project project = makeProject(2);
    project.shots[1].label = QStringLiteral("Establishing");
    MemoryTakeStore store(project, m_dir->path());
    FakeVideoProvider provider;
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    QSignalSpy messages(&queue, &GenerationQueue::message);
    QVERIFY(queue.generate({QStringLiteral("shot-1"), QStringLiteral("shot-2")}).hasValue());
    queue.start();
    QVERIFY(drive(queue, clock));
    provider.failJobsWithCode = QStringLiteral("moderation_blocked");
    QVERIFY(queue.generate({QStringLiteral("shot-1")}).hasValue());
    queue.start();
    QVERIFY(drive(queue, clock));

    QStringList texts;
    for (const QList<QVariant> &args : messages)
        texts << args.first().toString();
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("Shot 1: Take 1 is ready.")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("“Establishing”: Take 1 is ready.")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Shot 1: Take 2 failed: ")), qPrintable(all));
    // Ids and media paths stay in the file, tooltips and JSON.
    for (const Shot &shot : store.snapshot().shots) {
        QVERIFY2(!all.contains(shot.id), qPrintable(all));
        for (const Take &take : shot.takes) {
            QVERIFY2(!all.contains(take.id), qPrintable(all));
            QVERIFY2(take.clipPath.isEmpty() || !all.contains(take.clipPath), qPrintable(all));
        }
    }
}

void tst_GenerationQueue::chainedShotBeginsOnThePreviousLastFrame()
{
    const QString media = m_dir->filePath(QStringLiteral("p.media"));
    QDir().mkpath(media);
    Project project = makeProject(3);
    project.format.size = QStringLiteral("640x360");
    project.shots[1].chainPrevious = true;
    project.shots[2].chainPrevious = true;
    project.shots[2].referenceImage = QStringLiteral("refs/ignored.png"); // the chain wins
    MemoryTakeStore store(project, media);
    FakeVideoProvider provider;
    provider.videoFile = makeClip(m_dir->filePath(QStringLiteral("clip.mp4")));
    QVERIFY(!provider.videoFile.isEmpty());
    // When a chained shot is sent, the shot before it must be ready.
    QStringList readyBeforeCreate;
    provider.onCreate = [&](const CreateVideoRequest &request) {
        const Project now = store.snapshot();
        const int index =
            now.shotIndex(now.shots.at(request.shotLabel.toInt() - 1).id); // labels are 1, 2, 3
        readyBeforeCreate << (index == 0
                                  ? QStringLiteral("first")
                                  : takeStatusKey(now.shots.at(index - 1).takes.first().status));
    };
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    QSignalSpy messages(&queue, &GenerationQueue::message);
    QVERIFY(queue
                .generate(
                    {QStringLiteral("shot-1"), QStringLiteral("shot-2"), QStringLiteral("shot-3")})
                .hasValue());
    queue.start();
    QVERIFY(drive(queue, clock));

    const Project done = store.snapshot();
    QCOMPARE(countStatus(done, TakeStatus::Ready), 3);
    QCOMPARE(readyBeforeCreate, (QStringList{QStringLiteral("first"), QStringLiteral("ready"),
                                             QStringLiteral("ready")}));
    QStringList said;
    for (const QList<QVariant> &args : std::as_const(messages))
        said << args.first().toString();
    QVERIFY2(said.join(QLatin1Char('\n')).contains(QStringLiteral("waiting for shot 1")),
             qPrintable(said.join(QLatin1Char('\n'))));
    for (int i = 1; i < 3; ++i) {
        const Take &take = done.shots.at(i).takes.first();
        const Take &previous = done.shots.at(i - 1).takes.first();
        QCOMPARE(take.referenceImage, QStringLiteral("frames/%1-first.png").arg(take.id));
        const QImage frame(QDir(media).filePath(take.referenceImage));
        QCOMPARE(frame.size(), QSize(640, 360)); // fitted to the shot's size
        const QColor centre = frame.pixelColor(320, 180);
        QVERIFY2(centre.blue() > 200 && centre.red() < 60, qPrintable(centre.name()));
        QCOMPARE(provider.creates.at(i).referenceImagePath,
                 QDir(media).filePath(take.referenceImage));
        const QJsonObject from = QJsonDocument::fromJson(take.requestJson)
                                     .object()
                                     .value(QStringLiteral("first_frame_from"))
                                     .toObject();
        QCOMPARE(from.value(QStringLiteral("take")).toString(), previous.id);
        QCOMPARE(from.value(QStringLiteral("shot_id")).toString(), done.shots.at(i - 1).id);
        QVERIFY(take.requestJson.contains("\"input_reference\""));
    }
}

void tst_GenerationQueue::chainWithNothingToContinueFails_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("creates");
    QTest::newRow("previous shot never generated") << "no take"
                                                   << "generate shot 1 first" << 0;
    QTest::newRow("previous take fails") << "fails"
                                         << "generate shot 1 first" << 1;
    QTest::newRow("previous shot of another size") << "size"
                                                   << "720x1280" << 1;
    QTest::newRow("chained first shot") << "first"
                                        << "first shot" << 0;
    QTest::newRow("model without first frames") << "text only"
                                                << "cannot begin a clip" << 1;
}

void tst_GenerationQueue::chainWithNothingToContinueFails()
{
    QFETCH(QString, situation);
    QFETCH(QString, messagePart);
    QFETCH(int, creates);
    Project project = makeProject(2);
    project.shots[1].chainPrevious = true;
    QStringList shots{QStringLiteral("shot-1"), QStringLiteral("shot-2")};
    if (situation == QLatin1String("no take"))
        shots = {QStringLiteral("shot-2")};
    if (situation == QLatin1String("size"))
        project.shots[1].size = QStringLiteral("720x1280");
    if (situation == QLatin1String("first")) {
        project.shots[0].chainPrevious = true;
        shots = {QStringLiteral("shot-1")};
    }
    MemoryTakeStore store(project, m_dir->path());
    FakeVideoProvider provider;
    provider.videoFile = makeClip(m_dir->filePath(QStringLiteral("clip.mp4")));
    if (situation == QLatin1String("fails"))
        provider.failJobsWithCode = QStringLiteral("moderation_blocked");
    if (situation == QLatin1String("text only")) {
        for (ModelCapability &model : provider.offered.models)
            model.firstFrame = false;
    }
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    QVERIFY(queue.generate(shots).hasValue());
    queue.start();
    QVERIFY(drive(queue, clock));
    const Shot &chained = store.snapshot().shots.at(situation == QLatin1String("first") ? 0 : 1);
    QCOMPARE(chained.takes.size(), 1);
    const Take &take = chained.takes.first();
    QCOMPARE(take.status, TakeStatus::Failed);
    QVERIFY2(take.errorMessage.contains(messagePart), qPrintable(take.errorMessage));
    QCOMPARE(provider.createCount, creates); // nothing was sent for the chained shot
    QVERIFY(queue.errors().join(QLatin1Char(' ')).contains(messagePart));
}

void tst_GenerationQueue::picturesFollowTheModel_data()
{
    QTest::addColumn<bool>("takesLast");
    QTest::addColumn<int>("maxReferences");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<int>("referencesSent");
    QTest::newRow("first and last, three references") << true << 3 << true << 2;
    QTest::newRow("one reference only") << true << 1 << true << 1;
    QTest::newRow("no references") << true << 0 << true << 0;
    QTest::newRow("no last frame: refused") << false << 3 << false << 0;
}

void tst_GenerationQueue::picturesFollowTheModel()
{
    QFETCH(bool, takesLast);
    QFETCH(int, maxReferences);
    QFETCH(bool, sent);
    QFETCH(int, referencesSent);
    const QString media = m_dir->filePath(QStringLiteral("p.media"));
    QVERIFY(writePicture(media + QStringLiteral("/refs/start.png"), QSize(1280, 720), Qt::red));
    QVERIFY(writePicture(media + QStringLiteral("/refs/end.png"), QSize(1280, 720), Qt::blue));
    QVERIFY(writePicture(media + QStringLiteral("/refs/mei.png"), QSize(300, 400), Qt::yellow));
    QVERIFY(writePicture(media + QStringLiteral("/refs/ken.png"), QSize(300, 400), Qt::green));
    Project project = makeProject(1);
    project.format.size = QStringLiteral("1280x720");
    CastMember mei{QStringLiteral("c-mei"),
                   QStringLiteral("Mei"),
                   QStringLiteral("a cook"),
                   QStringLiteral("refs/mei.png"),
                   {}};
    CastMember ken{QStringLiteral("c-ken"),
                   QStringLiteral("Ken"),
                   QStringLiteral("a courier"),
                   QStringLiteral("refs/ken.png"),
                   {}};
    CastMember bo{
        QStringLiteral("c-bo"), QStringLiteral("Bo"), QStringLiteral("a dog"), QString(), {}};
    project.cast = {mei, ken, bo};
    project.shots[0].castIds = {ken.id, bo.id, mei.id};
    project.shots[0].referenceImage = QStringLiteral("refs/start.png");
    project.shots[0].lastFrame = QStringLiteral("refs/end.png");
    MemoryTakeStore store(project, media);
    FakeVideoProvider provider;
    for (ModelCapability &model : provider.offered.models) {
        model.lastFrame = takesLast;
        model.maxReferenceImages = maxReferences;
    }
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    QVERIFY(queue.generate({QStringLiteral("shot-1")}).hasValue());
    queue.start();
    QVERIFY(drive(queue, clock));
    const Take take = store.snapshot().shots.first().takes.first();
    QCOMPARE(take.lastFrame, QStringLiteral("refs/end.png"));
    if (!sent) {
        QCOMPARE(provider.createCount, 0);
        QCOMPARE(take.status, TakeStatus::Failed);
        QVERIFY2(take.errorMessage.contains(QStringLiteral("last frame")),
                 qPrintable(take.errorMessage));
        return;
    }
    QCOMPARE(provider.creates.size(), 1);
    const CreateVideoRequest &request = provider.creates.first();
    QCOMPARE(request.referenceImagePath, QDir(media).filePath(QStringLiteral("refs/start.png")));
    QCOMPARE(request.lastFramePath, QDir(media).filePath(QStringLiteral("refs/end.png")));
    QCOMPARE(request.subjectReferencePaths.size(), referencesSent);
    if (referencesSent > 0) // in the shot's cast order: Ken first
        QCOMPARE(request.subjectReferencePaths.first(),
                 QDir(media).filePath(QStringLiteral("refs/ken.png")));
    QVERIFY(take.requestJson.contains("\"last_frame\":\"end.png\""));
    QCOMPARE(take.requestJson.contains("reference_images"), referencesSent > 0);
}

void tst_GenerationQueue::badPicturesAreRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("bytes"); ///< empty: the file is missing
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("last frame is not an image") << "last" << QByteArray("hello") << "not a PNG";
    QTest::newRow("last frame deleted") << "last" << QByteArray() << "missing";
    QTest::newRow("cast picture deleted") << "cast" << QByteArray() << "Mei";
}

void tst_GenerationQueue::badPicturesAreRefusedBeforeSending()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const QString media = m_dir->filePath(QStringLiteral("p.media"));
    QDir().mkpath(media + QStringLiteral("/refs"));
    if (!bytes.isEmpty()) {
        QFile file(media + QStringLiteral("/refs/bad.png"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    Project project = makeProject(1);
    CastMember mei{QStringLiteral("c-mei"),
                   QStringLiteral("Mei"),
                   QStringLiteral("a cook"),
                   QStringLiteral("refs/bad.png"),
                   {}};
    project.cast = {mei};
    if (field == QLatin1String("last"))
        project.shots[0].lastFrame = QStringLiteral("refs/bad.png");
    else
        project.shots[0].castIds = {mei.id};
    MemoryTakeStore store(project, media);
    FakeVideoProvider provider;
    for (ModelCapability &model : provider.offered.models) {
        model.lastFrame = true;
        model.maxReferenceImages = 3;
    }
    ManualClock clock;
    GenerationQueue queue(&store, &provider, &clock);
    QVERIFY(queue.generate({QStringLiteral("shot-1")}).hasValue());
    queue.start();
    QVERIFY(drive(queue, clock));
    const Take take = store.snapshot().shots.first().takes.first();
    QCOMPARE(provider.createCount, 0);
    QCOMPARE(take.status, TakeStatus::Failed);
    QVERIFY2(take.errorMessage.contains(messagePart), qPrintable(take.errorMessage));
    QVERIFY2(take.errorMessage.contains(QStringLiteral("bad.png")), qPrintable(take.errorMessage));
}

QTEST_GUILESS_MAIN(tst_GenerationQueue)
#include "tst_generationqueue.moc"
