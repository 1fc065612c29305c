// SPDX-License-Identifier: MIT
// The OpenAI-compatible client against the real (in-process) emulator: every endpoint and
// every fault the emulator can inject.
#include "api/clock.h"
#include "api/generationqueue.h"
#include "api/manualclock.h"
#include "api/openaivideoprovider.h"
#include "api/takestore.h"

#include "continuity/continuityreport.h"
#include "emulator/emulatorserver.h"
#include "io/projectfile.h"

#include "clipduration.h"
#include "emulatorfixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace ShotBrief;

namespace {

const QString Key = QStringLiteral("sk-emulator-test-key-42");

CreateVideoRequest smallRequest(const QString &prompt)
{
    CreateVideoRequest request;
    request.prompt = prompt;
    request.model = QStringLiteral("sora-2");
    request.size = QStringLiteral("1280x720");
    request.seconds = 4;
    request.shotLabel = QStringLiteral("T1");
    return request;
}

} // namespace

class tst_EmulatorClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyEndpoint();
    void faults_data();
    void faults();
    void jobFailures_data();
    void jobFailures();
    void lostCreateIsNotResent();
    void wrongKeyIsUnauthorized();
    void queueNeverPaysTwiceUnderFaults();
    void chainedSequenceIsContinuous();

private:
    EmulatorFixture m_fixture;
};

void tst_EmulatorClient::initTestCase()
{
    const QString missing = EmulatorFixture::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_EmulatorClient::init()
{
    QVERIFY(m_fixture.start(Key, 1.0));
}

void tst_EmulatorClient::cleanup()
{
    m_fixture.stop();
}

void tst_EmulatorClient::everyEndpoint()
{
    ManualClock clock;
    ProviderProfile profile = ProviderProfiles::builtIns().last();
    profile.baseUrl = m_fixture.server()->baseUrl();
    OpenAiVideoProvider provider(profile, Key, &clock);

    std::unique_ptr<ProviderReply> created(
        provider.create(smallRequest(QStringLiteral("a slate"))));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY2(created->isOk(), qPrintable(created->error().message));
    const VideoJob job = created->job();
    QVERIFY(job.id.startsWith(QStringLiteral("video_")));
    QCOMPARE(job.seconds, 4);
    QCOMPARE(job.size, QStringLiteral("1280x720"));
    QVERIFY(job.createdAt.isValid());

    const VideoJob done = EmulatorFixture::waitForJob(provider, clock, job.id);
    QCOMPARE(done.status, VideoStatus::Completed);
    QCOMPARE(done.progress, 100);
    QVERIFY(done.expiresAt.isValid());

    ListOptions options;
    options.limit = 10;
    std::unique_ptr<ProviderReply> listed(provider.list(options));
    QVERIFY(EmulatorFixture::waitFinished(listed.get(), clock));
    QVERIFY(listed->isOk());
    QCOMPARE(listed->list().data.size(), 1);
    QCOMPARE(listed->list().data.first().id, job.id);
    QCOMPARE(listed->list().data.first().prompt, QStringLiteral("a slate"));

    const QString media = m_fixture.filePath(QStringLiteral("media"));
    const QList<QPair<DownloadVariant, QString>> variants = {
        {DownloadVariant::Video, media + QStringLiteral("/clips/t.mp4")},
        {DownloadVariant::Thumbnail, media + QStringLiteral("/thumbs/t.webp")},
        {DownloadVariant::Spritesheet, media + QStringLiteral("/thumbs/t-sprites.jpg")},
    };
    for (const auto &[variant, path] : variants) {
        std::unique_ptr<ProviderReply> downloaded(provider.download(job.id, variant, path));
        QVERIFY(EmulatorFixture::waitFinished(downloaded.get(), clock));
        QVERIFY2(downloaded->isOk(), qPrintable(downloaded->error().message));
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(downloaded->bytesWritten(), QFileInfo(path).size());
    }
    QVERIFY(std::abs(clipDurationSeconds(variants.first().second) - 4.0) < 0.1);

    std::unique_ptr<ProviderReply> remixed(provider.remix(job.id, QStringLiteral("at dusk")));
    QVERIFY(EmulatorFixture::waitFinished(remixed.get(), clock));
    QVERIFY2(remixed->isOk(), qPrintable(remixed->error().message));
    QCOMPARE(remixed->job().remixedFromId, job.id);

    std::unique_ptr<ProviderReply> removed(provider.remove(job.id));
    QVERIFY(EmulatorFixture::waitFinished(removed.get(), clock));
    QVERIFY2(removed->isOk(), qPrintable(removed->error().message));
    std::unique_ptr<ProviderReply> gone(provider.retrieve(job.id));
    QVERIFY(EmulatorFixture::waitFinished(gone.get(), clock));
    QCOMPARE(gone->error().kind, ApiErrorKind::NotFound);
}

void tst_EmulatorClient::faults_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QList<qint64>>("delays");

    QTest::newRow("429 on create honours retry-after-ms")
        << QStringLiteral("429:on=create:count=1:retry=2") << QStringLiteral("create") << 2
        << QList<qint64>{2000};
    QTest::newRow("500 on create retried") << QStringLiteral("500:on=create:count=1")
                                           << QStringLiteral("create") << 2 << QList<qint64>{500};
    QTest::newRow("503 twice on retrieve")
        << QStringLiteral("503:on=retrieve:count=2") << QStringLiteral("retrieve") << 3
        << QList<qint64>{500, 1000};
    QTest::newRow("500 on list") << QStringLiteral("500:on=list:count=1") << QStringLiteral("list")
                                 << 2 << QList<qint64>{500};
    QTest::newRow("dropped download restarted")
        << QStringLiteral("drop:on=download:count=1:bytes=2000") << QStringLiteral("download") << 2
        << QList<qint64>{500};
    QTest::newRow("slow retrieve still answers")
        << QStringLiteral("slow:on=retrieve:ms=300") << QStringLiteral("retrieve") << 1
        << QList<qint64>{};
    QTest::newRow("429 on delete") << QStringLiteral("429:on=delete:count=1:retry=1")
                                   << QStringLiteral("delete") << 2 << QList<qint64>{1000};
}

void tst_EmulatorClient::faults()
{
    QFETCH(QString, spec);
    QFETCH(QString, operation);
    QFETCH(int, attempts);
    QFETCH(QList<qint64>, delays);

    ManualClock clock;
    ProviderProfile profile = ProviderProfiles::builtIns().last();
    profile.baseUrl = m_fixture.server()->baseUrl();
    OpenAiVideoProvider provider(profile, Key, &clock);
    provider.setJitterSource([] { return 0.0; });

    // A finished job to read, download and delete.
    std::unique_ptr<ProviderReply> created(provider.create(smallRequest(QStringLiteral("base"))));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY(created->isOk());
    const QString id = created->job().id;
    if (operation == QLatin1String("download"))
        QCOMPARE(EmulatorFixture::waitForJob(provider, clock, id).status, VideoStatus::Completed);

    const auto parsed = FaultSpec::parse(spec);
    QVERIFY2(parsed.hasValue(), qPrintable(spec));
    m_fixture.server()->setFaults(parsed.value());
    ManualClock faultClock;
    OpenAiVideoProvider faulted(profile, Key, &faultClock);
    faulted.setJitterSource([] { return 0.0; });

    std::unique_ptr<ProviderReply> reply;
    const QString target = m_fixture.filePath(QStringLiteral("media/clips/f.mp4"));
    if (operation == QLatin1String("create"))
        reply.reset(faulted.create(smallRequest(QStringLiteral("faulted"))));
    else if (operation == QLatin1String("retrieve"))
        reply.reset(faulted.retrieve(id));
    else if (operation == QLatin1String("list"))
        reply.reset(faulted.list({}));
    else if (operation == QLatin1String("download"))
        reply.reset(faulted.download(id, DownloadVariant::Video, target));
    else
        reply.reset(faulted.remove(id));
    QVERIFY(EmulatorFixture::waitFinished(reply.get(), faultClock));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().message));
    QCOMPARE(reply->attempts(), attempts);
    QCOMPARE(faultClock.scheduledDelays(), delays);
    if (operation == QLatin1String("download"))
        QVERIFY(std::abs(clipDurationSeconds(target) - 4.0) < 0.1);
    if (operation == QLatin1String("create"))
        QCOMPARE(m_fixture.server()->createCount(), 2);
}

void tst_EmulatorClient::jobFailures_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("code");
    QTest::addColumn<ApiErrorKind>("kind");
    QTest::newRow("moderation") << QStringLiteral("moderation")
                                << QStringLiteral("moderation_blocked") << ApiErrorKind::Moderation;
    QTest::newRow("render failure") << QStringLiteral("renderfail")
                                    << QStringLiteral("render_failed") << ApiErrorKind::JobFailed;
}

void tst_EmulatorClient::jobFailures()
{
    QFETCH(QString, spec);
    QFETCH(QString, code);
    QFETCH(ApiErrorKind, kind);
    m_fixture.server()->setFaults(FaultSpec::parse(spec).value());
    ManualClock clock;
    ProviderProfile profile = ProviderProfiles::builtIns().last();
    profile.baseUrl = m_fixture.server()->baseUrl();
    OpenAiVideoProvider provider(profile, Key, &clock);
    std::unique_ptr<ProviderReply> created(provider.create(smallRequest(QStringLiteral("x"))));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY(created->isOk());
    const VideoJob job = EmulatorFixture::waitForJob(provider, clock, created->job().id);
    QCOMPARE(job.status, VideoStatus::Failed);
    QCOMPARE(job.errorCode, code);
    QCOMPARE(ApiError::fromJobFailure(job.errorCode, job.errorMessage).kind, kind);
}

void tst_EmulatorClient::lostCreateIsNotResent()
{
    m_fixture.server()->setFaults(FaultSpec::parse(QStringLiteral("lost")).value());
    ManualClock clock;
    ProviderProfile profile = ProviderProfiles::builtIns().last();
    profile.baseUrl = m_fixture.server()->baseUrl();
    OpenAiVideoProvider provider(profile, Key, &clock);
    std::unique_ptr<ProviderReply> created(provider.create(smallRequest(QStringLiteral("lost"))));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY(!created->isOk());
    QVERIFY(created->error().outcomeUnknown);
    QCOMPARE(m_fixture.server()->createCount(), 1);
    // Retries run on the clock: a resend would be waiting there.
    QCOMPARE(clock.pendingCount(), 0);
}

void tst_EmulatorClient::wrongKeyIsUnauthorized()
{
    ManualClock clock;
    ProviderProfile profile = ProviderProfiles::builtIns().last();
    profile.baseUrl = m_fixture.server()->baseUrl();
    const QString wrong = QStringLiteral("sk-wrong-key-000000");
    OpenAiVideoProvider provider(profile, wrong, &clock);
    std::unique_ptr<ProviderReply> reply(provider.list({}));
    QVERIFY(EmulatorFixture::waitFinished(reply.get(), clock));
    QCOMPARE(reply->error().kind, ApiErrorKind::Unauthorized);
    QVERIFY(!reply->error().message.contains(wrong));
    QVERIFY(!reply->error().serverMessage.contains(wrong));
    QCOMPARE(reply->attempts(), 1);
}

void tst_EmulatorClient::queueNeverPaysTwiceUnderFaults()
{
    // Lost create responses, 429s and dropped downloads: every shot ends ready, paid once.
    m_fixture.server()->setFaults(
        FaultSpec::parse(QStringLiteral("lost:count=1:skip=1,429:on=create:count=1:skip=2:"
                                        "retry=1,drop:on=download:count=1,500:on=retrieve:"
                                        "count=1"))
            .value());
    Project project;
    for (int i = 0; i < 4; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i);
        shot.label = QString::number(i + 1);
        shot.sceneProse = QStringLiteral("Shot number %1").arg(i + 1);
        project.shots << shot;
    }
    MemoryTakeStore store(project, m_fixture.filePath(QStringLiteral("project.media")));
    SystemClock clock;
    ProviderProfile profile = ProviderProfiles::builtIns().last();
    profile.baseUrl = m_fixture.server()->baseUrl();
    OpenAiVideoProvider provider(profile, Key, &clock);
    GenerationQueue queue(&store, &provider, &clock);
    queue.setPollIntervalMs(100);
    queue.setRequeueDelayMs(200);
    QStringList ids;
    for (const Shot &shot : project.shots)
        ids << shot.id;
    QVERIFY(queue.generate(ids).hasValue());
    QSignalSpy idle(&queue, &GenerationQueue::idle);
    queue.start();
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle() && !idle.isEmpty(), 90000);
    const Project result = store.snapshot();
    for (const Shot &shot : result.shots) {
        QCOMPARE(shot.takes.size(), 1);
        QCOMPARE(shot.takes.first().status, TakeStatus::Ready);
        const QString clip = QDir(store.mediaFolder()).filePath(shot.takes.first().clipPath);
        QVERIFY(std::abs(clipDurationSeconds(clip) - 4.0) < 0.1);
    }
    QCOMPARE(m_fixture.server()->createCount(), 4);
    QCOMPARE(result.ledger.size(), 4);
}

void tst_EmulatorClient::chainedSequenceIsContinuous()
{
    // The sample's promise in small: shot 1 begins and ends on pictures unlike any slate,
    // shots 2 and 3 are chained; generated through the queue, the OpenAI dialect and the
    // emulator, every cut measures continuous.
    const QString projectPath = m_fixture.filePath(QStringLiteral("Chain.shotbrief"));
    const QString media = ProjectFile::mediaFolderFor(projectPath);
    QVERIFY(QDir().mkpath(media + QStringLiteral("/refs")));
    const QString first = m_fixture.makeStill(
        QStringLiteral("first.png"), QStringLiteral("1280x720"), QStringLiteral("testsrc2"));
    const QString last = m_fixture.makeStill(QStringLiteral("last.png"), QStringLiteral("1280x720"),
                                             QStringLiteral("mandelbrot"));
    QVERIFY(!first.isEmpty() && !last.isEmpty());
    QVERIFY(QFile::copy(first, media + QStringLiteral("/refs/first.png")));
    QVERIFY(QFile::copy(last, media + QStringLiteral("/refs/last.png")));
    Project project;
    project.format.provider = QStringLiteral("emulator");
    project.format.size = QStringLiteral("1280x720");
    for (int i = 0; i < 3; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i + 1);
        shot.label = QString::number(i + 1);
        shot.sceneProse = QStringLiteral("The quay, part %1").arg(i + 1);
        shot.durationSeconds = 4;
        shot.chainPrevious = i > 0;
        project.shots << shot;
    }
    project.shots[0].referenceImage = QStringLiteral("refs/first.png");
    project.shots[0].lastFrame = QStringLiteral("refs/last.png");
    MemoryTakeStore store(project, media);
    ProviderProfile profile = ProviderProfiles::builtIns().last(); // the emulator's
    profile.baseUrl = m_fixture.server()->baseUrl();
    SystemClock clock;
    OpenAiVideoProvider provider(profile, Key, &clock);
    GenerationQueue queue(&store, &provider, &clock);
    queue.setPollIntervalMs(50);
    QSignalSpy idle(&queue, &GenerationQueue::idle);
    QVERIFY(queue
                .generate(
                    {QStringLiteral("shot-1"), QStringLiteral("shot-2"), QStringLiteral("shot-3")})
                .hasValue());
    queue.start();
    QVERIFY2(idle.wait(120000) || queue.isIdle(),
             qPrintable(queue.errors().join(QLatin1Char('\n'))));
    const Project done = store.snapshot();
    for (const Shot &shot : done.shots)
        QVERIFY2(shot.circledTake() && shot.circledTake()->status == TakeStatus::Ready,
                 qPrintable(queue.errors().join(QLatin1Char('\n'))));
    const QString clip1 = QDir(media).filePath(done.shots.at(0).circledTake()->clipPath);
    const double begins = EmulatorFixture::frameDifference(clip1, false, first);
    const double ends = EmulatorFixture::frameDifference(clip1, true, last);
    QVERIFY2(begins >= 0 && begins < 4, qPrintable(QString::number(begins)));
    QVERIFY2(ends >= 0 && ends < 4, qPrintable(QString::number(ends)));

    QVERIFY(ProjectFile::save(done, projectPath));
    const ContinuityReport report = ContinuityReport::measure(done, projectPath);
    QCOMPARE(report.cuts.size(), 2);
    for (const CutContinuity &cut : report.cuts) {
        QVERIFY(cut.chained);
        QVERIFY2(cut.isContinuous(), qPrintable(QStringLiteral("cut %1 > %2: %3")
                                                    .arg(cut.outgoingName, cut.incomingName)
                                                    .arg(cut.meanAbsoluteDifference)));
    }
}

QTEST_GUILESS_MAIN(tst_EmulatorClient)
#include "tst_emulatorclient.moc"
