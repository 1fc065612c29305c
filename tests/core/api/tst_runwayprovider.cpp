// SPDX-License-Identifier: MIT
// The Runway adapter against the emulator speaking Runway's task API (loopback HTTP only).
#include "api/clock.h"
#include "api/extraproviderprofiles.h"
#include "api/generationqueue.h"
#include "api/manualclock.h"
#include "api/providerfactory.h"
#include "api/runwayvideoprovider.h"
#include "api/takestore.h"

#include "emulator/emulatorserver.h"
#include "emulator/runwayroutes.h"

#include "clipduration.h"
#include "emulatorfixture.h"

#include "continuity/framegrabber.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace ShotBrief;

namespace {

const QString Key = QStringLiteral("rw-emulator-test-key-42");

CreateVideoRequest request(const QString &prompt, int seconds = 2,
                           const QString &model = QStringLiteral("gen4.5"))
{
    CreateVideoRequest r;
    r.prompt = prompt;
    r.model = model;
    r.size = QStringLiteral("960x960");
    r.seconds = seconds;
    r.shotLabel = QStringLiteral("R1");
    return r;
}

} // namespace

class tst_RunwayProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ratioForSize_data();
    void ratioForSize();
    void profileAndFactory();
    void currentModels();
    void everyModelOfTheProfileGenerates_data();
    void everyModelOfTheProfileGenerates();
    void everyEndpoint();
    void referenceImageAsDataUri();
    void oversizedReferenceIsNotSent();
    void firstAndLastFrames();
    void lastFrameAloneIsRefused();
    void seedanceReferencesWithoutFrames();
    void refusedParameters_data();
    void refusedParameters();
    void transientFaultsAreRetried_data();
    void transientFaultsAreRetried();
    void lostCreateFailsWithoutResending();
    void wrongKeyIsUnauthorized();
    void queueGeneratesEveryShotOnce();
    void queueFailsSafetyWithoutRetrying();
    void queueCancelDeletesTheTask();
    void takesLeftInSubmittingDoNotBlockTheQueue();

private:
    ProviderProfile profile() const;
    Project project(int shots, int seconds) const;

    EmulatorFixture m_fixture;
};

void tst_RunwayProvider::initTestCase()
{
    const QString missing = EmulatorFixture::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_RunwayProvider::init()
{
    QVERIFY(m_fixture.start(Key, 0.5));
}

void tst_RunwayProvider::cleanup()
{
    m_fixture.stop();
}

ProviderProfile tst_RunwayProvider::profile() const
{
    return m_fixture.pointed(extraBuiltInProfiles().first());
}

Project tst_RunwayProvider::project(int shots, int seconds) const
{
    Project project;
    project.format.provider = QStringLiteral("runway");
    for (int i = 0; i < shots; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i);
        shot.label = QString::number(i + 1);
        shot.sceneProse = QStringLiteral("Shot number %1 on the quay").arg(i + 1);
        shot.model = QStringLiteral("gen4.5");
        shot.size = QStringLiteral("960x960");
        shot.durationSeconds = seconds;
        project.shots << shot;
    }
    return project;
}

void tst_RunwayProvider::ratioForSize_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("ratio");
    QTest::newRow("landscape") << QStringLiteral("1280x720") << QStringLiteral("1280:720");
    QTest::newRow("portrait") << QStringLiteral("720x1280") << QStringLiteral("720:1280");
    QTest::newRow("square") << QStringLiteral("960x960") << QStringLiteral("960:960");
}

void tst_RunwayProvider::ratioForSize()
{
    QFETCH(QString, size);
    QFETCH(QString, ratio);
    QCOMPARE(RunwayVideoProvider::ratioForSize(size), ratio);
}

void tst_RunwayProvider::profileAndFactory()
{
    const ProviderProfile runway = extraBuiltInProfiles().first();
    QCOMPARE(runway.name, QStringLiteral("runway"));
    QCOMPARE(runway.capabilities.durationsFor(QStringLiteral("gen4.5")),
             (QList<int>{2, 3, 4, 5, 6, 7, 8, 9, 10}));
    QCOMPARE(runway.capabilities.durationsFor(QStringLiteral("gen4_turbo")), (QList<int>{5, 10}));
    QCOMPARE(runway.capabilities.nearestDuration(QStringLiteral("gen4_turbo"), 8), 10);
    QVERIFY(runway.checkBaseUrl().hasValue());
    ManualClock clock;
    const auto made = createVideoProvider(runway, QStringLiteral("key-123456"), &clock);
    QVERIFY2(made.hasValue(), qPrintable(made.hasValue() ? QString() : made.error().message));
    QVERIFY(qobject_cast<RunwayVideoProvider *>(made.value().get()));
    const std::optional<double> price = made.value()->priceTable().pricePerSecond(
        QStringLiteral("gen4.5"), QStringLiteral("1280x720"));
    QVERIFY2(price && *price > 0.0, "Runway is priced");

    const ProviderProfile gateway = extraBuiltInProfiles().at(1);
    QCOMPARE(gateway.keyEnvVar, QStringLiteral("LITELLM_API_KEY"));
    QCOMPARE(gateway.adapter, QStringLiteral("openai-videos"));
    QVERIFY2(gateway.checkBaseUrl().hasValue(), "plain http to loopback is allowed");
    QCOMPARE(
        gateway.capabilities.durationsFor(QStringLiteral("vertex_ai/veo-3.0-generate-preview")),
        (QList<int>{4, 6, 8}));
}

void tst_RunwayProvider::currentModels()
{
    // Runway's models as its API reference lists them, with their lengths and frame positions.
    const ProviderCapabilities runway = extraBuiltInProfiles().first().capabilities;
    QStringList ids;
    for (const ModelCapability &model : runway.models)
        ids << model.id;
    for (const char *id : {"gen4.5", "gen4_turbo", "veo3.1", "veo3.1_fast", "seedance2"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    const ModelCapability *veo = runway.model(QStringLiteral("veo3.1_fast"));
    QCOMPARE(veo->durations, (QList<int>{4, 6, 8}));
    QVERIFY(veo->firstFrame && veo->lastFrame);
    QCOMPARE(veo->maxReferenceImages, 0);
    const ModelCapability *gen = runway.model(QStringLiteral("gen4.5"));
    QVERIFY(gen->firstFrame && !gen->lastFrame);
    const ModelCapability *seedance = runway.model(QStringLiteral("seedance2"));
    QCOMPARE(seedance->durations.first(), 4);
    QCOMPARE(seedance->durations.last(), 15);
    QVERIFY(seedance->firstFrame && seedance->lastFrame);
    QCOMPARE(seedance->maxReferenceImages, 9);
    ManualClock clock;
    const auto made =
        createVideoProvider(extraBuiltInProfiles().first(), QStringLiteral("key-123456"), &clock);
    QVERIFY(made.hasValue());
    for (const ModelCapability &model : runway.models) {
        const std::optional<double> price =
            made.value()->priceTable().pricePerSecond(model.id, model.sizes.first());
        QVERIFY2(price && *price > 0.0, qPrintable(model.id));
    }
}

void tst_RunwayProvider::everyModelOfTheProfileGenerates_data()
{
    QTest::addColumn<QString>("model");
    const QList<ModelCapability> models = extraBuiltInProfiles().first().capabilities.models;
    for (const ModelCapability &model : models)
        QTest::newRow(qPrintable(model.id)) << model.id;
}

void tst_RunwayProvider::everyModelOfTheProfileGenerates()
{
    // What the profile plans with is what Runway's API (here the emulator) accepts.
    QFETCH(QString, model);
    const ModelCapability capability = *extraBuiltInProfiles().first().capabilities.model(model);
    QCOMPARE(RunwayRoutes::durationsFor(model), capability.durations);
    for (const QString &size : capability.sizes)
        QVERIFY2(RunwayRoutes::ratiosFor(model).contains(RunwayVideoProvider::ratioForSize(size)),
                 qPrintable(size));
    const QString image =
        m_fixture.makeStill(QStringLiteral("first.png"), QStringLiteral("640x360"));
    QVERIFY2(!image.isEmpty(), "ffmpeg could not make the first frame");
    ManualClock clock;
    RunwayVideoProvider provider(profile(), Key, &clock);
    CreateVideoRequest r =
        request(QStringLiteral("a lighthouse at dusk"), capability.durations.first(), model);
    r.size = capability.sizes.first();
    r.referenceImagePath = image;
    std::unique_ptr<ProviderReply> created(provider.create(r));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY2(created->isOk(), qPrintable(created->error().message));
    QCOMPARE(EmulatorFixture::waitForJob(provider, clock, created->job().id).status,
             VideoStatus::Completed);
}

void tst_RunwayProvider::everyEndpoint()
{
    ManualClock clock;
    RunwayVideoProvider provider(profile(), Key, &clock);
    std::unique_ptr<ProviderReply> created(provider.create(request(QStringLiteral("a slate"), 3)));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY2(created->isOk(), qPrintable(created->error().message));
    const VideoJob job = created->job();
    QVERIFY(!job.id.isEmpty());
    QCOMPARE(job.status, VideoStatus::Queued);
    QCOMPARE(job.seconds, 3);

    const VideoJob done = EmulatorFixture::waitForJob(provider, clock, job.id);
    QCOMPARE(done.status, VideoStatus::Completed);
    QCOMPARE(done.progress, 100);
    QVERIFY(done.createdAt.isValid());

    const QString clip = m_fixture.filePath(QStringLiteral("media/clips/r.mp4"));
    std::unique_ptr<ProviderReply> downloaded(
        provider.download(job.id, DownloadVariant::Video, clip));
    QVERIFY(EmulatorFixture::waitFinished(downloaded.get(), clock));
    QVERIFY2(downloaded->isOk(), qPrintable(downloaded->error().message));
    QCOMPARE(downloaded->bytesWritten(), QFileInfo(clip).size());
    QVERIFY(std::abs(clipDurationSeconds(clip) - 3.0) < 0.1);

    // A fresh adapter (after a restart) finds the output URL through the task.
    RunwayVideoProvider restarted(profile(), Key, &clock);
    const QString again = m_fixture.filePath(QStringLiteral("media/clips/r2.mp4"));
    std::unique_ptr<ProviderReply> second(
        restarted.download(job.id, DownloadVariant::Video, again));
    QVERIFY(EmulatorFixture::waitFinished(second.get(), clock));
    QVERIFY2(second->isOk(), qPrintable(second->error().message));

    std::unique_ptr<ProviderReply> thumbnail(provider.download(
        job.id, DownloadVariant::Thumbnail, m_fixture.filePath(QStringLiteral("t.webp"))));
    QVERIFY(EmulatorFixture::waitFinished(thumbnail.get(), clock));
    QVERIFY(!thumbnail->isOk());
    QVERIFY2(!provider.providesVariant(DownloadVariant::Thumbnail), "the queue does not ask");
    std::unique_ptr<ProviderReply> remixed(provider.remix(job.id, QStringLiteral("x")));
    QVERIFY(EmulatorFixture::waitFinished(remixed.get(), clock));
    QCOMPARE(remixed->error().kind, ApiErrorKind::InvalidRequest);
    std::unique_ptr<ProviderReply> listed(provider.list({}));
    QVERIFY(EmulatorFixture::waitFinished(listed.get(), clock));
    QVERIFY(!listed->isOk());
    QVERIFY2(!listed->error().isTransient(), "the queue must not wait for a list that never comes");

    std::unique_ptr<ProviderReply> removed(provider.remove(job.id));
    QVERIFY(EmulatorFixture::waitFinished(removed.get(), clock));
    QVERIFY2(removed->isOk(), qPrintable(removed->error().message));
    std::unique_ptr<ProviderReply> gone(provider.retrieve(job.id));
    QVERIFY(EmulatorFixture::waitFinished(gone.get(), clock));
    QCOMPARE(gone->error().kind, ApiErrorKind::NotFound);
    QCOMPARE(m_fixture.server()->createCount(), 1);
}

void tst_RunwayProvider::referenceImageAsDataUri()
{
    const QString image = m_fixture.makeStill(QStringLiteral("ref.png"), QStringLiteral("640x360"));
    QVERIFY2(!image.isEmpty(), "ffmpeg could not make the reference image");
    ManualClock clock;
    RunwayVideoProvider provider(profile(), Key, &clock);
    CreateVideoRequest r =
        request(QStringLiteral("from the still"), 5, QStringLiteral("gen4_turbo"));
    r.referenceImagePath = image; // gen4_turbo needs an image: /image_to_video
    std::unique_ptr<ProviderReply> created(provider.create(r));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY2(created->isOk(), qPrintable(created->error().message));
    QCOMPARE(EmulatorFixture::waitForJob(provider, clock, created->job().id).status,
             VideoStatus::Completed);
}

void tst_RunwayProvider::oversizedReferenceIsNotSent()
{
    const QString image = m_fixture.filePath(QStringLiteral("big.png"));
    QFile file(image);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4 * 1024 * 1024, 'x'));
    file.close();
    ManualClock clock;
    RunwayVideoProvider provider(profile(), Key, &clock);
    CreateVideoRequest r = request(QStringLiteral("x"));
    r.referenceImagePath = image;
    std::unique_ptr<ProviderReply> created(provider.create(r));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QCOMPARE(created->error().kind, ApiErrorKind::LocalFile);
    QVERIFY2(created->error().message.contains(QStringLiteral("5 MB")),
             qPrintable(created->error().message));
    QCOMPARE(m_fixture.server()->stats().requests, 0);
}

void tst_RunwayProvider::refusedParameters_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("seconds");
    QTest::newRow("gen4.5 for 11 s") << QStringLiteral("gen4.5") << 11;
    QTest::newRow("gen4_turbo without an image") << QStringLiteral("gen4_turbo") << 5;
    QTest::newRow("unknown model") << QStringLiteral("sora-2") << 4;
}

void tst_RunwayProvider::refusedParameters()
{
    QFETCH(QString, model);
    QFETCH(int, seconds);
    ManualClock clock;
    RunwayVideoProvider provider(profile(), Key, &clock);
    std::unique_ptr<ProviderReply> created(
        provider.create(request(QStringLiteral("x"), seconds, model)));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QCOMPARE(created->error().kind, ApiErrorKind::InvalidRequest);
    QVERIFY2(!created->error().serverMessage.isEmpty(), "Runway's {\"error\": \"...\"} is kept");
    QCOMPARE(created->attempts(), 1);
    QCOMPARE(m_fixture.server()->createCount(), 0);
}

void tst_RunwayProvider::transientFaultsAreRetried_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QList<qint64>>("delays");
    QTest::newRow("429 on create honours retry-after")
        << QStringLiteral("429:on=create:count=1:retry=2") << QStringLiteral("create")
        << QList<qint64>{2000};
    QTest::newRow("503 on retrieve") << QStringLiteral("503:on=retrieve:count=1")
                                     << QStringLiteral("retrieve") << QList<qint64>{500};
    QTest::newRow("dropped output download restarted")
        << QStringLiteral("drop:on=download:count=1:bytes=1000") << QStringLiteral("download")
        << QList<qint64>{500};
}

void tst_RunwayProvider::transientFaultsAreRetried()
{
    QFETCH(QString, spec);
    QFETCH(QString, operation);
    QFETCH(QList<qint64>, delays);
    ManualClock clock;
    RunwayVideoProvider provider(profile(), Key, &clock);
    std::unique_ptr<ProviderReply> base(provider.create(request(QStringLiteral("base"))));
    QVERIFY(EmulatorFixture::waitFinished(base.get(), clock));
    QVERIFY(base->isOk());
    const QString id = base->job().id;
    QCOMPARE(EmulatorFixture::waitForJob(provider, clock, id).status, VideoStatus::Completed);

    m_fixture.server()->setFaults(FaultSpec::parse(spec).value());
    ManualClock faultClock;
    RunwayVideoProvider faulted(profile(), Key, &faultClock);
    faulted.setJitterSource([] { return 0.0; });
    std::unique_ptr<ProviderReply> reply;
    const QString target = m_fixture.filePath(QStringLiteral("f.mp4"));
    if (operation == QLatin1String("create"))
        reply.reset(faulted.create(request(QStringLiteral("faulted"))));
    else if (operation == QLatin1String("retrieve"))
        reply.reset(faulted.retrieve(id));
    else
        reply.reset(faulted.download(id, DownloadVariant::Video, target));
    QVERIFY(EmulatorFixture::waitFinished(reply.get(), faultClock));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
    QCOMPARE(faultClock.scheduledDelays(), delays);
    if (operation == QLatin1String("download"))
        QVERIFY(std::abs(clipDurationSeconds(target) - 2.0) < 0.1);
    QCOMPARE(m_fixture.server()->createCount(), operation == QLatin1String("create") ? 2 : 1);
}

void tst_RunwayProvider::lostCreateFailsWithoutResending()
{
    m_fixture.server()->setFaults(FaultSpec::parse(QStringLiteral("lost")).value());
    ManualClock clock;
    RunwayVideoProvider provider(profile(), Key, &clock);
    std::unique_ptr<ProviderReply> created(provider.create(request(QStringLiteral("lost"))));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY(!created->isOk());
    QVERIFY2(!created->error().outcomeUnknown, "nothing to reconcile against: a plain failure");
    QVERIFY2(!created->error().isTransient(), "never sent again by the queue");
    QVERIFY2(created->error().message.contains(QStringLiteral("Runway dashboard")),
             qPrintable(created->error().message));
    // Retries run on the clock: a resend would be waiting there.
    QCOMPARE(clock.pendingCount(), 0);
    QCOMPARE(m_fixture.server()->createCount(), 1);

    // Through the queue: the take ends failed with that message; nothing is sent again.
    m_fixture.server()->setFaults(FaultSpec::parse(QStringLiteral("lost")).value());
    MemoryTakeStore store(project(1, 2), m_fixture.filePath(QStringLiteral("p.media")));
    SystemClock system;
    RunwayVideoProvider queued(profile(), Key, &system);
    GenerationQueue queue(&store, &queued, &system);
    QVERIFY(queue.generate({QStringLiteral("shot-0")}).hasValue());
    queue.start();
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 20000);
    const Take take = store.snapshot().shots.first().takes.first();
    QCOMPARE(take.status, TakeStatus::Failed);
    QVERIFY2(take.errorMessage.contains(QStringLiteral("outcome unknown")),
             qPrintable(take.errorMessage));
    QCOMPARE(m_fixture.server()->createCount(), 2);
}

void tst_RunwayProvider::wrongKeyIsUnauthorized()
{
    ManualClock clock;
    const QString wrong = QStringLiteral("rw-wrong-key-000000");
    RunwayVideoProvider provider(profile(), wrong, &clock);
    std::unique_ptr<ProviderReply> reply(provider.retrieve(QStringLiteral("nothing")));
    QVERIFY(EmulatorFixture::waitFinished(reply.get(), clock));
    QCOMPARE(reply->error().kind, ApiErrorKind::Unauthorized);
    QVERIFY(!reply->error().message.contains(wrong));
    QCOMPARE(reply->attempts(), 1);
}

void tst_RunwayProvider::queueGeneratesEveryShotOnce()
{
    // A 429, a failed poll and a cut download on the way: every shot ends ready, paid once.
    m_fixture.server()->setFaults(
        FaultSpec::parse(QStringLiteral("429:on=create:count=1:skip=1:retry=1,"
                                        "500:on=retrieve:count=1,drop:on=download:count=1"))
            .value());
    MemoryTakeStore store(project(3, 2), m_fixture.filePath(QStringLiteral("project.media")));
    SystemClock clock;
    RunwayVideoProvider provider(profile(), Key, &clock);
    GenerationQueue queue(&store, &provider, &clock);
    queue.setPollIntervalMs(100);
    queue.setRequeueDelayMs(200);
    QVERIFY(queue
                .generate(
                    {QStringLiteral("shot-0"), QStringLiteral("shot-1"), QStringLiteral("shot-2")})
                .hasValue());
    QSignalSpy idle(&queue, &GenerationQueue::idle);
    queue.start();
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle() && !idle.isEmpty(), 40000);
    const Project result = store.snapshot();
    for (const Shot &shot : result.shots) {
        QCOMPARE(shot.takes.size(), 1);
        const Take &take = shot.takes.first();
        QVERIFY2(take.status == TakeStatus::Ready, qPrintable(take.errorMessage));
        QCOMPARE(take.provider, QStringLiteral("runway"));
        const QString clip = QDir(store.mediaFolder()).filePath(take.clipPath);
        QVERIFY(std::abs(clipDurationSeconds(clip) - 2.0) < 0.1);
    }
    QCOMPARE(m_fixture.server()->createCount(), 3);
    QCOMPARE(result.ledger.size(), 3);
    QVERIFY2(std::abs(result.totalSpentUsd() - 3 * 2 * 0.12) < 1e-6, "gen4.5 at $0.12/s");
}

void tst_RunwayProvider::queueFailsSafetyWithoutRetrying()
{
    m_fixture.server()->setFaults(FaultSpec::parse(QStringLiteral("moderation")).value());
    MemoryTakeStore store(project(1, 2), m_fixture.filePath(QStringLiteral("project.media")));
    SystemClock clock;
    RunwayVideoProvider provider(profile(), Key, &clock);
    GenerationQueue queue(&store, &provider, &clock);
    queue.setPollIntervalMs(100);
    QVERIFY(queue.generate({QStringLiteral("shot-0")}).hasValue());
    queue.start();
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 20000);
    const Take take = store.snapshot().shots.first().takes.first();
    QCOMPARE(take.status, TakeStatus::Failed);
    QCOMPARE(take.errorCode, QStringLiteral("SAFETY.INPUT.TEXT"));
    QVERIFY2(!take.errorMessage.isEmpty(), "the reason is kept");
    // Idle: no take waits to be sent again (a failed take is never resent by itself).
    QVERIFY(queue.isIdle());
    QCOMPARE(m_fixture.server()->createCount(), 1);
}

void tst_RunwayProvider::queueCancelDeletesTheTask()
{
    MemoryTakeStore store(project(1, 5), m_fixture.filePath(QStringLiteral("project.media")));
    SystemClock clock;
    RunwayVideoProvider provider(profile(), Key, &clock);
    GenerationQueue queue(&store, &provider, &clock);
    queue.setPollIntervalMs(50);
    const QStringList takes = queue.generate({QStringLiteral("shot-0")}).value();
    queue.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        !store.snapshot().shots.first().takes.first().providerVideoId.isEmpty(), 10000);
    queue.cancel(QStringLiteral("shot-0"), takes.first());
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.server()->stats().deletes, 1, 5000);
    QCOMPARE(store.snapshot().shots.first().takes.first().status, TakeStatus::Canceled);
}

void tst_RunwayProvider::takesLeftInSubmittingDoNotBlockTheQueue()
{
    // A crash left two takes in "submitting" without a task id. Runway cannot list, so they
    // fail as outcome-unknown (never sent again, never pending forever) and are reported;
    // they must not hold the queue's slots: the third shot's draft is still generated.
    Project stuck = project(3, 2);
    for (int i = 0; i < 2; ++i) {
        Take take;
        take.id = QStringLiteral("stuck-%1").arg(i);
        take.provider = QStringLiteral("runway");
        take.prompt = QStringLiteral("lost");
        take.model = QStringLiteral("gen4.5");
        take.size = QStringLiteral("960x960");
        take.seconds = 2;
        take.status = TakeStatus::Submitting;
        take.submittedAt = QDateTime::currentDateTimeUtc();
        stuck.shots[i].takes << take;
    }
    MemoryTakeStore store(stuck, m_fixture.filePath(QStringLiteral("project.media")));
    SystemClock clock;
    RunwayVideoProvider provider(profile(), Key, &clock);
    GenerationQueue queue(&store, &provider, &clock);
    queue.setConcurrency(2);
    queue.setPollIntervalMs(100);
    QVERIFY(queue.generate({QStringLiteral("shot-2")}).hasValue());
    QSignalSpy idle(&queue, &GenerationQueue::idle);
    queue.start();
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty() && queue.isIdle(), 20000);
    const Project result = store.snapshot();
    QCOMPARE(result.shots.at(2).takes.first().status, TakeStatus::Ready);
    for (int i = 0; i < 2; ++i) {
        const Take &unknown = result.shots.at(i).takes.first();
        QVERIFY2(isTakeOutcomeUnknown(unknown), qPrintable(takeStatusKey(unknown.status)));
        QCOMPARE(result.shots.at(i).takes.size(), 1);
    }
    QCOMPARE(m_fixture.server()->createCount(), 1);
    QVERIFY2(queue.errors().join(QLatin1Char('\n')).contains(QStringLiteral("dashboard")),
             qPrintable(queue.errors().join(QLatin1Char('\n'))));
}

void tst_RunwayProvider::firstAndLastFrames()
{
    const QString first = m_fixture.makeStill(
        QStringLiteral("first.png"), QStringLiteral("1280x720"), QStringLiteral("testsrc2"));
    const QString last = m_fixture.makeStill(QStringLiteral("last.png"), QStringLiteral("1280x720"),
                                             QStringLiteral("color=c=magenta"));
    QVERIFY(!first.isEmpty() && !last.isEmpty());
    ManualClock clock;
    RunwayVideoProvider provider(profile(), Key, &clock);
    CreateVideoRequest r =
        request(QStringLiteral("from the quay to the boat"), 4, QStringLiteral("veo3.1"));
    r.size = QStringLiteral("1280x720");
    r.referenceImagePath = first;
    r.lastFramePath = last;
    std::unique_ptr<ProviderReply> created(provider.create(r));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY2(created->isOk(), qPrintable(created->error().message));
    const QString clip = m_fixture.filePath(QStringLiteral("veo.mp4"));
    QVERIFY(EmulatorFixture::downloadVideo(provider, clock, created->job().id, clip));
    // The clip begins on the first picture and ends on the last (H.264 included).
    const double begins = EmulatorFixture::frameDifference(clip, false, first);
    const double ends = EmulatorFixture::frameDifference(clip, true, last);
    QVERIFY2(begins >= 0 && begins < 4, qPrintable(QString::number(begins)));
    QVERIFY2(ends >= 0 && ends < 4, qPrintable(QString::number(ends)));
}

void tst_RunwayProvider::lastFrameAloneIsRefused()
{
    const QString last =
        m_fixture.makeStill(QStringLiteral("last.png"), QStringLiteral("1280x720"));
    ManualClock clock;
    RunwayVideoProvider provider(profile(), Key, &clock);
    CreateVideoRequest r = request(QStringLiteral("x"), 4, QStringLiteral("veo3.1"));
    r.size = QStringLiteral("1280x720");
    r.lastFramePath = last;
    std::unique_ptr<ProviderReply> created(provider.create(r));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QCOMPARE(created->error().kind, ApiErrorKind::InvalidRequest);
    QVERIFY2(created->error().message.contains(QStringLiteral("last frame")),
             qPrintable(created->error().message));
    QCOMPARE(m_fixture.server()->stats().requests, 0); // nothing was sent
}

void tst_RunwayProvider::seedanceReferencesWithoutFrames()
{
    const QString subject = m_fixture.makeStill(
        QStringLiteral("jun.png"), QStringLiteral("400x400"), QStringLiteral("color=c=yellow"));
    ManualClock clock;
    RunwayVideoProvider provider(profile(), Key, &clock);
    CreateVideoRequest r = request(QStringLiteral("the courier"), 4, QStringLiteral("seedance2"));
    r.size = QStringLiteral("1280x720");
    r.subjectReferencePaths = {subject};
    std::unique_ptr<ProviderReply> created(provider.create(r));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY2(created->isOk(), qPrintable(created->error().message));
    const QString clip = m_fixture.filePath(QStringLiteral("seedance.mp4"));
    QVERIFY(EmulatorFixture::downloadVideo(provider, clock, created->job().id, clip));
    const Result<QImage> frame = FrameGrabber().grab(clip, FrameGrabber::Position::First);
    QVERIFY(frame);
    // The reference is an inset in the top right corner (720 / 5 wide, 720 / 18 from the edge).
    const QColor inset = frame->pixelColor(1280 - 40 - 72, 40 + 72);
    QVERIFY2(inset.red() > 200 && inset.green() > 200 && inset.blue() < 80,
             qPrintable(inset.name()));
}

QTEST_GUILESS_MAIN(tst_RunwayProvider)
#include "tst_runwayprovider.moc"
