// SPDX-License-Identifier: MIT
// The OpenRouter adapter against the emulator speaking OpenRouter's Video Generation API
// (loopback HTTP only): the built-in profile, the request body, every endpoint, the catalog,
// the durable queue's crash rules and the actual cost in the ledger.
#include "api/clock.h"
#include "api/extraproviderprofiles.h"
#include "api/generationqueue.h"
#include "api/manualclock.h"
#include "api/modelcatalogrefresh.h"
#include "api/openroutervideoprovider.h"
#include "api/providerfactory.h"
#include "api/takestore.h"

#include "emulator/emulatorserver.h"

#include "clipduration.h"
#include "emulatorfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ShotBrief;

namespace {

const QString Key = QStringLiteral("sk-or-v1-emulator-test-key");
const QString Veo = QStringLiteral("google/veo-3.1");
const QString Wan = QStringLiteral("alibaba/wan-2.6");
const QString Sora = QStringLiteral("openai/sora-2-pro");

CreateVideoRequest request(const QString &prompt, int seconds = 4, const QString &model = Veo,
                           const QString &size = QStringLiteral("1280x720"))
{
    CreateVideoRequest r;
    r.prompt = prompt;
    r.model = model;
    r.size = size;
    r.seconds = seconds;
    r.shotLabel = QStringLiteral("OR1");
    return r;
}

} // namespace

class tst_OpenRouterProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void builtInProfile();
    void createBody_data();
    void createBody();
    void firstLastFramesAndReferences();
    void pictureTheModelCannotTakeIsNotSent();
    void everyEndpoint();
    void firstAndLastFrameModelGetsTheFirstFrame();
    void refusedParameters_data();
    void refusedParameters();
    void wrongKeyIsUnauthorized();
    void catalogRefreshReadsTheEmulatorsCatalog();
    void lostCreateFailsWithoutResending();
    void queueRecordsTheActualCostBesideTheEstimate();
    void emulatorKeyRecordsNoCost();
    void takesLeftInSubmittingAreNeverResent();

private:
    ProviderProfile profile() const;
    Project project(int shots, int seconds, const QString &model = Wan) const;

    EmulatorFixture m_fixture;
};

void tst_OpenRouterProvider::initTestCase()
{
    const QString missing = EmulatorFixture::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_OpenRouterProvider::init()
{
    QVERIFY(m_fixture.start(Key, 0.5));
}

void tst_OpenRouterProvider::cleanup()
{
    m_fixture.stop();
}

ProviderProfile tst_OpenRouterProvider::profile() const
{
    return m_fixture.pointed(openRouterProfile());
}

Project tst_OpenRouterProvider::project(int shots, int seconds, const QString &model) const
{
    Project project;
    project.format.provider = QStringLiteral("openrouter");
    for (int i = 0; i < shots; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i);
        shot.label = QString::number(i + 1);
        shot.sceneProse = QStringLiteral("Shot number %1 at the night market").arg(i + 1);
        shot.model = model;
        shot.size = QStringLiteral("1280x720");
        shot.durationSeconds = seconds;
        project.shots << shot;
    }
    return project;
}

void tst_OpenRouterProvider::builtInProfile()
{
    const ProviderProfile openRouter = openRouterProfile();
    QCOMPARE(openRouter.name, QStringLiteral("openrouter"));
    QCOMPARE(openRouter.adapter, QStringLiteral("openrouter"));
    QCOMPARE(openRouter.baseUrl, QUrl(QStringLiteral("https://openrouter.ai/api/v1")));
    QCOMPARE(openRouter.keyEnvVar, QStringLiteral("OPENROUTER_API_KEY"));
    QCOMPARE(openRouter.catalog, QStringLiteral("openrouter"));
    QVERIFY2(!openRouter.catalogRefreshedAt.isValid(), "as shipped, never refreshed");
    QVERIFY(openRouter.checkBaseUrl().hasValue());
    QVERIFY(openRouter.capabilities.models.size() >= 3);

    // Planned exactly like hand-written models: lengths, sizes, pictures, prices.
    const ModelCapability *veo = openRouter.capabilities.model(Veo);
    QVERIFY(veo);
    QCOMPARE(veo->durations, (QList<int>{4, 6, 8}));
    QCOMPARE(veo->sizes, (QStringList{QStringLiteral("1280x720"), QStringLiteral("720x1280"),
                                      QStringLiteral("1920x1080"), QStringLiteral("1080x1920")}));
    QCOMPARE(veo->resolutions, (QStringList{QStringLiteral("720p"), QStringLiteral("1080p")}));
    QVERIFY(veo->firstFrame && veo->lastFrame);
    QCOMPARE(veo->usdPerSecond.value(QStringLiteral("*")), 0.40);
    QCOMPARE(veo->usdPerSecond.value(QStringLiteral("1920x1080")), 0.50);
    QVERIFY2(veo->pricingNote.contains(QStringLiteral("per-video-second-1080p")),
             qPrintable(veo->pricingNote));
    const ModelCapability *wan = openRouter.capabilities.model(Wan);
    QVERIFY(wan && wan->firstFrame && !wan->lastFrame);
    QCOMPARE(wan->durations, (QList<int>{5, 10, 15}));
    const ModelCapability *sora = openRouter.capabilities.model(Sora);
    QVERIFY(sora && !sora->firstFrame && !sora->lastFrame && sora->resolutions.isEmpty());
    QCOMPARE(sora->usdPerSecond.value(QStringLiteral("1792x1024")), 0.50);

    ManualClock clock;
    const auto made = createVideoProvider(openRouter, QStringLiteral("sk-or-v1-abcdef"), &clock);
    QVERIFY2(made.hasValue(), qPrintable(made.hasValue() ? QString() : made.error().message));
    QVERIFY(qobject_cast<OpenRouterVideoProvider *>(made.value().get()));
    QVERIFY2(!made.value()->canListJobs(), "OpenRouter has no list of jobs to reconcile with");
    QCOMPARE(providerDialectName(QStringLiteral("openrouter")), QStringLiteral("OpenRouter's API"));
    const PriceTable prices =
        providerPrices(openRouter, QStringLiteral("sk-or-v1-abcdef"), *made.value());
    QCOMPARE(prices.pricePerSecond(Veo, QStringLiteral("1920x1080")), std::optional<double>(0.50));
}

void tst_OpenRouterProvider::createBody_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("size");
    QTest::addColumn<bool>("withImage");
    QTest::addColumn<QJsonObject>("expected"); // the fields besides model, prompt, duration
    QTest::newRow("resolution model, landscape")
        << Veo << QStringLiteral("1280x720") << false
        << QJsonObject{{QStringLiteral("resolution"), QStringLiteral("720p")},
                       {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")},
                       {QStringLiteral("generate_audio"), true}};
    QTest::newRow("resolution model, portrait 1080p")
        << Veo << QStringLiteral("1080x1920") << false
        << QJsonObject{{QStringLiteral("resolution"), QStringLiteral("1080p")},
                       {QStringLiteral("aspect_ratio"), QStringLiteral("9:16")},
                       {QStringLiteral("generate_audio"), true}};
    QTest::newRow("model without audio")
        << QStringLiteral("minimax/hailuo-2.3") << QStringLiteral("1366x768") << false
        << QJsonObject{{QStringLiteral("resolution"), QStringLiteral("768p")},
                       {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")},
                       {QStringLiteral("generate_audio"), false}};
    QTest::newRow("size model") << Sora << QStringLiteral("1792x1024") << false
                                << QJsonObject{
                                       {QStringLiteral("size"), QStringLiteral("1792x1024")},
                                       {QStringLiteral("generate_audio"), true}};
    QTest::newRow("first frame")
        << Wan << QStringLiteral("1280x720") << true
        << QJsonObject{{QStringLiteral("resolution"), QStringLiteral("720p")},
                       {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")},
                       {QStringLiteral("generate_audio"), true},
                       {QStringLiteral("frame_images"), QJsonArray{QStringLiteral("first_frame")}}};
}

void tst_OpenRouterProvider::createBody()
{
    QFETCH(QString, model);
    QFETCH(QString, size);
    QFETCH(bool, withImage);
    QFETCH(QJsonObject, expected);
    ManualClock clock;
    OpenRouterVideoProvider provider(profile(), Key, &clock);
    CreateVideoRequest r = request(QStringLiteral("A lantern"), 6, model, size);
    if (withImage) {
        r.referenceImagePath =
            m_fixture.makeStill(QStringLiteral("first.png"), QStringLiteral("320x180"));
        QVERIFY(!r.referenceImagePath.isEmpty());
    }
    const Result<QByteArray> body = provider.createBody(r);
    QVERIFY2(body.hasValue(), qPrintable(body.hasValue() ? QString() : body.error().message));
    QJsonObject sent = QJsonDocument::fromJson(*body).object();
    QCOMPARE(sent.take(QStringLiteral("model")).toString(), model);
    QCOMPARE(sent.take(QStringLiteral("prompt")).toString(), QStringLiteral("A lantern"));
    QCOMPARE(sent.take(QStringLiteral("duration")).toInt(), 6);
    if (withImage) {
        const QJsonObject frame =
            sent.value(QStringLiteral("frame_images")).toArray().first().toObject();
        QCOMPARE(frame.value(QStringLiteral("type")).toString(), QStringLiteral("image_url"));
        QVERIFY(frame.value(QStringLiteral("image_url"))
                    .toObject()
                    .value(QStringLiteral("url"))
                    .toString()
                    .startsWith(QLatin1String("data:image/png;base64,iVBOR")));
        sent.insert(QStringLiteral("frame_images"),
                    QJsonArray{frame.value(QStringLiteral("frame_type"))});
    }
    QCOMPARE(sent, expected);
}

void tst_OpenRouterProvider::firstLastFramesAndReferences()
{
    // Issue #16: the first and last frames go as frame_images with their frame_type, the cast's
    // pictures as input_references, each a data: URL of the file.
    ManualClock clock;
    OpenRouterVideoProvider provider(profile(), Key, &clock);
    CreateVideoRequest r = request(QStringLiteral("the quay"), 4, Veo);
    r.referenceImagePath =
        m_fixture.makeStill(QStringLiteral("first.png"), QStringLiteral("320x180"));
    r.lastFramePath = m_fixture.makeStill(QStringLiteral("last.png"), QStringLiteral("320x180"));
    r.subjectReferencePaths = {
        m_fixture.makeStill(QStringLiteral("subject.png"), QStringLiteral("200x200"))};
    const Result<QByteArray> body = provider.createBody(r);
    QVERIFY2(body.hasValue(), qPrintable(body.hasValue() ? QString() : body.error().message));
    const QJsonObject sent = QJsonDocument::fromJson(*body).object();
    const QJsonArray frames = sent.value(QStringLiteral("frame_images")).toArray();
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames.at(0).toObject().value(QStringLiteral("frame_type")).toString(),
             QStringLiteral("first_frame"));
    QCOMPARE(frames.at(1).toObject().value(QStringLiteral("frame_type")).toString(),
             QStringLiteral("last_frame"));
    const QJsonArray references = sent.value(QStringLiteral("input_references")).toArray();
    QCOMPARE(references.size(), 1);
    QJsonArray parts = frames;
    parts.append(references.first());
    for (const QJsonValue &part : parts) {
        QCOMPARE(part.toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("image_url"));
        QVERIFY(part.toObject()
                    .value(QStringLiteral("image_url"))
                    .toObject()
                    .value(QStringLiteral("url"))
                    .toString()
                    .startsWith(QLatin1String("data:image/png;base64,")));
    }
    QVERIFY(!references.first().toObject().contains(QStringLiteral("frame_type")));

    // A last frame that is gone is refused before anything is sent.
    r.lastFramePath = m_fixture.filePath(QStringLiteral("gone.png"));
    std::unique_ptr<ProviderReply> missing(provider.create(r));
    QVERIFY(EmulatorFixture::waitFinished(missing.get(), clock));
    QCOMPARE(missing->error().kind, ApiErrorKind::LocalFile);
    QCOMPARE(m_fixture.server()->stats().requests, 0);
}

void tst_OpenRouterProvider::pictureTheModelCannotTakeIsNotSent()
{
    ManualClock clock;
    OpenRouterVideoProvider provider(profile(), Key, &clock);
    CreateVideoRequest r = request(QStringLiteral("x"), 4, Sora);
    r.referenceImagePath =
        m_fixture.makeStill(QStringLiteral("ref.png"), QStringLiteral("320x180"));
    std::unique_ptr<ProviderReply> created(provider.create(r));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QCOMPARE(created->error().kind, ApiErrorKind::InvalidRequest);
    QVERIFY2(created->error().message.contains(Sora), qPrintable(created->error().message));

    r = request(QStringLiteral("x"), 4, Wan);
    r.referenceImagePath = m_fixture.filePath(QStringLiteral("missing.png"));
    std::unique_ptr<ProviderReply> missing(provider.create(r));
    QVERIFY(EmulatorFixture::waitFinished(missing.get(), clock));
    QCOMPARE(missing->error().kind, ApiErrorKind::LocalFile);
    QCOMPARE(m_fixture.server()->stats().requests, 0);
}

void tst_OpenRouterProvider::everyEndpoint()
{
    ManualClock clock;
    OpenRouterVideoProvider provider(profile(), Key, &clock);
    std::unique_ptr<ProviderReply> created(provider.create(request(QStringLiteral("a slate"))));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY2(created->isOk(), qPrintable(created->error().message));
    const VideoJob job = created->job();
    QVERIFY(job.id.startsWith(QLatin1String("vgen_")));
    QCOMPARE(job.status, VideoStatus::Queued);
    QCOMPARE(job.seconds, 4);

    const VideoJob done = EmulatorFixture::waitForJob(provider, clock, job.id);
    QCOMPARE(done.status, VideoStatus::Completed);
    QCOMPARE(done.progress, 100);
    QCOMPARE(done.costUsd, 4 * 0.40); // Veo 3.1 at 720p
    QVERIFY(done.costProblem.isEmpty());

    const QString clip = m_fixture.filePath(QStringLiteral("media/clips/or.mp4"));
    QVERIFY(QDir().mkpath(QFileInfo(clip).absolutePath()));
    std::unique_ptr<ProviderReply> downloaded(
        provider.download(job.id, DownloadVariant::Video, clip));
    QVERIFY(EmulatorFixture::waitFinished(downloaded.get(), clock));
    QVERIFY2(downloaded->isOk(), qPrintable(downloaded->error().message));
    QCOMPARE(downloaded->bytesWritten(), QFileInfo(clip).size());
    QVERIFY(std::abs(clipDurationSeconds(clip) - 4.0) < 0.1);

    std::unique_ptr<ProviderReply> thumbnail(provider.download(
        job.id, DownloadVariant::Thumbnail, m_fixture.filePath(QStringLiteral("t.webp"))));
    QVERIFY(EmulatorFixture::waitFinished(thumbnail.get(), clock));
    QVERIFY(!thumbnail->isOk());
    std::unique_ptr<ProviderReply> remixed(provider.remix(job.id, QStringLiteral("x")));
    QVERIFY(EmulatorFixture::waitFinished(remixed.get(), clock));
    QCOMPARE(remixed->error().kind, ApiErrorKind::InvalidRequest);
    std::unique_ptr<ProviderReply> listed(provider.list({}));
    QVERIFY(EmulatorFixture::waitFinished(listed.get(), clock));
    QVERIFY(!listed->isOk());
    QVERIFY2(!listed->error().isTransient(), "the queue must not wait for a list that never comes");
    std::unique_ptr<ProviderReply> unknown(provider.retrieve(QStringLiteral("vgen_nobody")));
    QVERIFY(EmulatorFixture::waitFinished(unknown.get(), clock));
    QCOMPARE(unknown->error().kind, ApiErrorKind::NotFound);
    QCOMPARE(m_fixture.server()->createCount(), 1);
}

void tst_OpenRouterProvider::firstAndLastFrameModelGetsTheFirstFrame()
{
    ManualClock clock;
    OpenRouterVideoProvider provider(profile(), Key, &clock);
    CreateVideoRequest r = request(QStringLiteral("from the still"));
    r.referenceImagePath =
        m_fixture.makeStill(QStringLiteral("ref.png"), QStringLiteral("640x360"));
    std::unique_ptr<ProviderReply> created(provider.create(r));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY2(created->isOk(), qPrintable(created->error().message));
    const QString id = created->job().id;
    QCOMPARE(EmulatorFixture::waitForJob(provider, clock, id).status, VideoStatus::Completed);
    QVERIFY2(QFileInfo::exists(m_fixture.server()->stateDir() +
                               QStringLiteral("/media/%1/first_frame.png").arg(id)),
             "the emulator received the picture as the first frame");
}

void tst_OpenRouterProvider::refusedParameters_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("size");
    QTest::newRow("Veo for 5 s") << Veo << 5 << QStringLiteral("1280x720");
    QTest::newRow("a size Veo does not make") << Veo << 4 << QStringLiteral("960x960");
    QTest::newRow("unknown model") << QStringLiteral("sora-2") << 4 << QStringLiteral("1280x720");
}

void tst_OpenRouterProvider::refusedParameters()
{
    QFETCH(QString, model);
    QFETCH(int, seconds);
    QFETCH(QString, size);
    ManualClock clock;
    OpenRouterVideoProvider provider(profile(), Key, &clock);
    std::unique_ptr<ProviderReply> created(
        provider.create(request(QStringLiteral("x"), seconds, model, size)));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QCOMPARE(created->error().kind, ApiErrorKind::InvalidRequest);
    QVERIFY2(!created->error().serverMessage.isEmpty(), "OpenRouter's error.message is kept");
    QCOMPARE(created->error().code, QStringLiteral("400"));
    QCOMPARE(created->attempts(), 1);
    QCOMPARE(m_fixture.server()->createCount(), 0);
}

void tst_OpenRouterProvider::wrongKeyIsUnauthorized()
{
    ManualClock clock;
    const QString wrong = QStringLiteral("sk-or-v1-wrong-key-000000");
    OpenRouterVideoProvider provider(profile(), wrong, &clock);
    std::unique_ptr<ProviderReply> reply(provider.create(request(QStringLiteral("x"))));
    QVERIFY(EmulatorFixture::waitFinished(reply.get(), clock));
    QCOMPARE(reply->error().kind, ApiErrorKind::Unauthorized);
    QVERIFY(!reply->error().message.contains(wrong));
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(m_fixture.server()->createCount(), 0);
}

void tst_OpenRouterProvider::catalogRefreshReadsTheEmulatorsCatalog()
{
    // The catalog is public: no key needed. What the emulator serves is what ships.
    ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC));
    ProviderProfile stale = profile();
    stale.capabilities.models.removeFirst();
    stale.capabilities.models.first().durations = {5};
    ModelCatalogRefresh refresh(stale, QString(), &clock);
    QSignalSpy finished(&refresh, &ModelCatalogRefresh::finished);
    refresh.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(refresh.isOk(), qPrintable(refresh.error().message));
    QCOMPARE(refresh.catalog().models, openRouterProfile().capabilities.models);
    QCOMPARE(refresh.refreshedProfile().capabilities.models,
             openRouterProfile().capabilities.models);
    QCOMPARE(refresh.refreshedProfile().catalogRefreshedAt, clock.now());
    QCOMPARE(refresh.change().added, QStringList{Veo});
    QCOMPARE(refresh.change().changed, QStringList{stale.capabilities.models.first().id});
    QVERIFY(refresh.change().removed.isEmpty());
    QVERIFY(refresh.change().touches({stale.capabilities.models.first().id}));
    QVERIFY(!refresh.change().touches({Veo}));
}

void tst_OpenRouterProvider::lostCreateFailsWithoutResending()
{
    m_fixture.server()->setFaults(FaultSpec::parse(QStringLiteral("lost")).value());
    MemoryTakeStore store(project(1, 5), m_fixture.filePath(QStringLiteral("p.media")));
    SystemClock system;
    OpenRouterVideoProvider provider(profile(), Key, &system);
    GenerationQueue queue(&store, &provider, &system);
    QVERIFY(queue.generate({QStringLiteral("shot-0")}).hasValue());
    queue.start();
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 20000);
    const Take take = store.snapshot().shots.first().takes.first();
    QCOMPARE(take.status, TakeStatus::Failed);
    QVERIFY(isTakeOutcomeUnknown(take));
    QVERIFY2(take.errorMessage.contains(QStringLiteral("OpenRouter")),
             qPrintable(take.errorMessage));
    QTest::qWait(300); // give a silent resend the chance to show up
    QCOMPARE(m_fixture.server()->createCount(), 1);
}

void tst_OpenRouterProvider::queueRecordsTheActualCostBesideTheEstimate()
{
    // A 429, a failed poll and a cut download on the way: every shot ends ready, paid once,
    // and the ledger keeps OpenRouter's usage.cost beside the estimate.
    m_fixture.server()->setFaults(
        FaultSpec::parse(QStringLiteral("429:on=create:count=1:skip=1:retry=1,"
                                        "500:on=retrieve:count=1,drop:on=download:count=1"))
            .value());
    MemoryTakeStore store(project(2, 5), m_fixture.filePath(QStringLiteral("project.media")));
    SystemClock clock;
    ProviderProfile cheaper = profile();
    // The profile's price is a little off from what OpenRouter charges: the difference shows.
    for (ModelCapability &model : cheaper.capabilities.models)
        if (model.id == Wan)
            model.usdPerSecond = {{QStringLiteral("*"), 0.03}};
    OpenRouterVideoProvider provider(cheaper, Key, &clock);
    GenerationQueue queue(&store, &provider, &clock);
    queue.setPriceTable(providerPrices(cheaper, Key, provider));
    queue.setPollIntervalMs(100);
    queue.setRequeueDelayMs(200);
    QSignalSpy messages(&queue, &GenerationQueue::message);
    QVERIFY(queue.generate({QStringLiteral("shot-0"), QStringLiteral("shot-1")}).hasValue());
    QSignalSpy idle(&queue, &GenerationQueue::idle);
    queue.start();
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle() && !idle.isEmpty(), 40000);
    const Project result = store.snapshot();
    for (const Shot &shot : result.shots) {
        QCOMPARE(shot.takes.size(), 1);
        const Take &take = shot.takes.first();
        QVERIFY2(take.status == TakeStatus::Ready, qPrintable(take.errorMessage));
        QCOMPARE(take.provider, QStringLiteral("openrouter"));
        QVERIFY(std::abs(clipDurationSeconds(QDir(store.mediaFolder()).filePath(take.clipPath)) -
                         5.0) < 0.1);
    }
    QCOMPARE(m_fixture.server()->createCount(), 2);
    QCOMPARE(result.ledger.size(), 2);
    for (const SpendEntry &entry : result.ledger) {
        QCOMPARE(entry.amountUsd, 5 * 0.03);
        QVERIFY(entry.actualUsd.has_value());
        QVERIFY(std::abs(*entry.actualUsd - 5 * 0.04) < 1e-9);
    }
    QVERIFY(std::abs(result.totalSpentUsd() - 2 * 5 * 0.04) < 1e-9);
    QStringList texts;
    for (const QList<QVariant> &message : messages)
        texts << message.first().toString();
    QVERIFY2(texts.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("charged $0.20 (estimated $0.15, +$0.05)")),
             qPrintable(texts.join(QLatin1Char('\n'))));
    // OpenRouter makes no thumbnail: the queue neither asks for one nor reports its lack.
    QVERIFY(!provider.providesVariant(DownloadVariant::Thumbnail));
    QVERIFY2(!texts.join(QLatin1Char('\n')).contains(QStringLiteral("has no")),
             qPrintable(texts.join(QLatin1Char('\n'))));
}

void tst_OpenRouterProvider::emulatorKeyRecordsNoCost()
{
    // The built-in emulator standing in for OpenRouter: placeholder clips cost nothing, whatever
    // usage.cost it reports.
    m_fixture.stop();
    QVERIFY(m_fixture.start(ProviderProfiles::emulatorKey(), 0.3));
    ProviderChoice choice;
    choice.profile = openRouterProfile();
    useEmulatorAt(choice, m_fixture.server()->port());
    QCOMPARE(choice.profile.baseUrl, m_fixture.server()->openRouterUrl());
    QCOMPARE(choice.profile.name, QStringLiteral("emulator-openrouter"));
    MemoryTakeStore store(project(1, 5), m_fixture.filePath(QStringLiteral("project.media")));
    SystemClock clock;
    OpenRouterVideoProvider provider(choice.profile, choice.key, &clock);
    GenerationQueue queue(&store, &provider, &clock);
    queue.setPriceTable(providerPrices(choice.profile, choice.key, provider));
    queue.setPollIntervalMs(100);
    QVERIFY(queue.generate({QStringLiteral("shot-0")}).hasValue());
    queue.start();
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 20000);
    const Project result = store.snapshot();
    QCOMPARE(result.shots.first().takes.first().status, TakeStatus::Ready);
    QCOMPARE(result.totalSpentUsd(), 0.0);
    for (const SpendEntry &entry : result.ledger)
        QVERIFY(!entry.actualUsd.has_value());
}

void tst_OpenRouterProvider::takesLeftInSubmittingAreNeverResent()
{
    // A crash left a take in "submitting" without a job id. OpenRouter cannot list its jobs,
    // so it fails as outcome-unknown, is never sent again, and does not block the next draft.
    Project stuck = project(2, 5);
    Take take;
    take.id = QStringLiteral("stuck");
    take.provider = QStringLiteral("openrouter");
    take.prompt = QStringLiteral("lost");
    take.model = Wan;
    take.size = QStringLiteral("1280x720");
    take.seconds = 5;
    take.status = TakeStatus::Submitting;
    take.submittedAt = QDateTime::currentDateTimeUtc();
    stuck.shots[0].takes << take;
    MemoryTakeStore store(stuck, m_fixture.filePath(QStringLiteral("project.media")));
    SystemClock clock;
    OpenRouterVideoProvider provider(profile(), Key, &clock);
    GenerationQueue queue(&store, &provider, &clock);
    queue.setConcurrency(1);
    queue.setPollIntervalMs(100);
    QVERIFY(queue.generate({QStringLiteral("shot-1")}).hasValue());
    QSignalSpy idle(&queue, &GenerationQueue::idle);
    queue.start();
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty() && queue.isIdle(), 20000);
    const Project result = store.snapshot();
    QVERIFY(isTakeOutcomeUnknown(result.shots.at(0).takes.first()));
    QCOMPARE(result.shots.at(0).takes.size(), 1);
    QCOMPARE(result.shots.at(1).takes.first().status, TakeStatus::Ready);
    QCOMPARE(m_fixture.server()->createCount(), 1);
}

QTEST_GUILESS_MAIN(tst_OpenRouterProvider)
#include "tst_openrouterprovider.moc"
