// SPDX-License-Identifier: MIT
// The ComfyUI adapter and its workflow templates against the emulator's ComfyUI dialect.
#include "api/clock.h"
#include "api/comfyuivideoprovider.h"
#include "api/extraproviderprofiles.h"
#include "api/generationqueue.h"
#include "api/manualclock.h"
#include "api/providerfactory.h"
#include "api/takestore.h"

#include "emulator/emulatorserver.h"

#include "clipduration.h"
#include "emulatorfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace ShotBrief;

namespace {

const ComfyUiWorkflow *findWorkflow(const QList<ComfyUiWorkflow> &all, const QString &id)
{
    for (const ComfyUiWorkflow &w : all) {
        if (w.id == id)
            return &w;
    }
    return nullptr;
}

CreateVideoRequest request(const QString &model, const QString &size, int seconds)
{
    CreateVideoRequest r;
    r.prompt = QStringLiteral("A lighthouse keeper climbs the stairs");
    r.model = model;
    r.size = size;
    r.seconds = seconds;
    r.shotLabel = QStringLiteral("C 1");
    return r;
}

// A Wan 2.1 graph as ComfyUI's "Export (API)" writes it: no wrapper, 16 fps, VideoHelperSuite.
const char *PlainWanGraph = R"({
  "1": {"class_type": "UNETLoader", "inputs": {"unet_name": "wan2.1_i2v_480p_14B_fp16.safetensors", "weight_dtype": "default"}},
  "2": {"class_type": "CLIPLoader", "inputs": {"clip_name": "umt5.safetensors", "type": "wan"}},
  "3": {"class_type": "VAELoader", "inputs": {"vae_name": "wan_2.1_vae.safetensors"}},
  "6": {"class_type": "CLIPTextEncode", "_meta": {"title": "ShotBrief Prompt"}, "inputs": {"text": "", "clip": ["2", 0]}},
  "7": {"class_type": "CLIPTextEncode", "_meta": {"title": "Negative"}, "inputs": {"text": "blurry", "clip": ["2", 0]}},
  "50": {"class_type": "WanImageToVideo", "_meta": {"title": "ShotBrief Latent"},
         "inputs": {"width": 832, "height": 480, "length": 81, "batch_size": 1, "positive": ["6", 0], "negative": ["7", 0], "vae": ["3", 0]}},
  "9": {"class_type": "KSampler", "_meta": {"title": "ShotBrief Sampler"},
        "inputs": {"seed": 1, "steps": 20, "cfg": 6, "sampler_name": "uni_pc", "scheduler": "simple", "denoise": 1,
                   "model": ["1", 0], "positive": ["50", 0], "negative": ["50", 1], "latent_image": ["50", 2]}},
  "10": {"class_type": "VAEDecode", "inputs": {"samples": ["9", 0], "vae": ["3", 0]}},
  "11": {"class_type": "VHS_VideoCombine", "_meta": {"title": "ShotBrief Save"},
         "inputs": {"frame_rate": 16, "loop_count": 0, "filename_prefix": "Wan", "format": "video/h264-mp4", "images": ["10", 0]}}
})";

} // namespace

class tst_ComfyUiProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void builtInTemplates();
    void framesFor_data();
    void framesFor();
    void patchedGraph_data();
    void patchedGraph();
    void firstLastFrameGraph_data();
    void firstLastFrameGraph();
    void userTemplates();
    void profileAndFactory();
    void everyEndpoint();
    void startImageIsUploaded();
    void firstAndLastFramesAreUploaded();
    void userTemplateEndToEnd();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void renderFailure();
    void queueReconcilesALostPrompt();
    void queueCancelInterrupts();

private:
    ProviderProfile profile() const;

    EmulatorFixture m_fixture;
};

void tst_ComfyUiProvider::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the user's template folder is the test's
    QDir(ComfyUiWorkflow::userFolder()).removeRecursively();
    const QString missing = EmulatorFixture::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void tst_ComfyUiProvider::init()
{
    QVERIFY(m_fixture.start(QString(), 0.5));
}

void tst_ComfyUiProvider::cleanup()
{
    m_fixture.stop();
}

ProviderProfile tst_ComfyUiProvider::profile() const
{
    return m_fixture.pointed(extraBuiltInProfiles().at(2));
}

void tst_ComfyUiProvider::builtInTemplates()
{
    const QList<ComfyUiWorkflow> all = ComfyUiWorkflow::builtIns();
    QCOMPARE(all.size(), 3);
    const ComfyUiWorkflow *wan = findWorkflow(all, QStringLiteral("wan2.2-ti2v-5b"));
    const ComfyUiWorkflow *ltx = findWorkflow(all, QStringLiteral("ltxv-2b"));
    const ComfyUiWorkflow *flf = findWorkflow(all, QStringLiteral("wan2.2-flf2v-14b"));
    QVERIFY(wan && ltx && flf);
    QCOMPARE(wan->capability().durations, (QList<int>{2, 3, 4, 5}));
    QCOMPARE(wan->capability().firstFrame, true);
    QCOMPARE(wan->capability().lastFrame, false);
    QCOMPARE(ltx->capability().firstFrame, false);
    // The first-last-frame template takes both pictures, at 16 fps.
    QCOMPARE(flf->capability().firstFrame, true);
    QCOMPARE(flf->capability().lastFrame, true);
    QCOMPARE(flf->fps, 16.0);
    QCOMPARE(flf->framesFor(5), 81);
    QVERIFY(flf->sizes.contains(QStringLiteral("1280x720")));
    QCOMPARE(ltx->sizes, (QStringList{QStringLiteral("768x512"), QStringLiteral("512x768")}));
}

void tst_ComfyUiProvider::framesFor_data()
{
    QTest::addColumn<double>("fps");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("frames");
    QTest::newRow("Wan 2.2 at 24 fps, 5 s") << 24.0 << 4 << 5 << 121;
    QTest::newRow("Wan 2.2 at 24 fps, 2 s") << 24.0 << 4 << 2 << 49;
    QTest::newRow("Wan 2.1 at 16 fps, 5 s") << 16.0 << 4 << 5 << 81;
    QTest::newRow("LTX-Video at 24 fps, 4 s") << 24.0 << 8 << 4 << 97;
    QTest::newRow("LTX-Video at 24 fps, 3 s") << 24.0 << 8 << 3 << 73;
}

void tst_ComfyUiProvider::framesFor()
{
    QFETCH(double, fps);
    QFETCH(int, step);
    QFETCH(int, seconds);
    QFETCH(int, frames);
    ComfyUiWorkflow workflow;
    workflow.fps = fps;
    workflow.frameStep = step;
    QCOMPARE(workflow.framesFor(seconds), frames);
}

void tst_ComfyUiProvider::patchedGraph_data()
{
    QTest::addColumn<QString>("startImage");
    QTest::addColumn<QString>("size");
    QTest::addColumn<bool>("ok");
    QTest::newRow("text to video drops the start image") << QString() << "1280x704" << true;
    QTest::newRow("first frame to video")
        << QStringLiteral("shotbrief/a.png") << "704x1280" << true;
    QTest::newRow("size not a multiple of 16") << QString() << "1000x560" << false;
}

void tst_ComfyUiProvider::patchedGraph()
{
    QFETCH(QString, startImage);
    QFETCH(QString, size);
    QFETCH(bool, ok);
    const QList<ComfyUiWorkflow> all = ComfyUiWorkflow::builtIns();
    const ComfyUiWorkflow *wan = findWorkflow(all, QStringLiteral("wan2.2-ti2v-5b"));
    QVERIFY(wan);
    const Result<QJsonObject> graph =
        wan->patched(QStringLiteral("the words"), size, 3, 1234, startImage, QString(),
                     QStringLiteral("ShotBrief/S1"));
    QCOMPARE(graph.hasValue(), ok);
    if (!ok)
        return;
    const QJsonObject g = graph.value();
    auto inputs = [&](const QString &node) {
        return g.value(node).toObject().value(QStringLiteral("inputs")).toObject();
    };
    QCOMPARE(inputs(QStringLiteral("6")).value(QStringLiteral("text")).toString(),
             QStringLiteral("the words"));
    QCOMPARE(inputs(QStringLiteral("55")).value(QStringLiteral("length")).toInt(), 73);
    QCOMPARE(QStringLiteral("%1x%2")
                 .arg(inputs(QStringLiteral("55")).value(QStringLiteral("width")).toInt())
                 .arg(inputs(QStringLiteral("55")).value(QStringLiteral("height")).toInt()),
             size);
    QCOMPARE(inputs(QStringLiteral("3")).value(QStringLiteral("seed")).toInt(), 1234);
    QCOMPARE(inputs(QStringLiteral("58")).value(QStringLiteral("filename_prefix")).toString(),
             QStringLiteral("ShotBrief/S1"));
    QCOMPARE(g.contains(QStringLiteral("56")), !startImage.isEmpty());
    QCOMPARE(inputs(QStringLiteral("55")).contains(QStringLiteral("start_image")),
             !startImage.isEmpty());
    if (!startImage.isEmpty())
        QCOMPARE(inputs(QStringLiteral("56")).value(QStringLiteral("image")).toString(),
                 startImage);
    // The template itself is untouched.
    QCOMPARE(wan->graph.value(QStringLiteral("6"))
                 .toObject()
                 .value(QStringLiteral("inputs"))
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             QString());
}

void tst_ComfyUiProvider::firstLastFrameGraph_data()
{
    QTest::addColumn<QString>("startImage");
    QTest::addColumn<QString>("endImage");
    QTest::newRow("both frames") << "shotbrief/a.png"
                                 << "shotbrief/b.png";
    QTest::newRow("first frame only") << "shotbrief/a.png" << QString();
    QTest::newRow("neither") << QString() << QString();
}

void tst_ComfyUiProvider::firstLastFrameGraph()
{
    QFETCH(QString, startImage);
    QFETCH(QString, endImage);
    const QList<ComfyUiWorkflow> all = ComfyUiWorkflow::builtIns();
    const ComfyUiWorkflow *flf = findWorkflow(all, QStringLiteral("wan2.2-flf2v-14b"));
    QVERIFY(flf);
    const Result<QJsonObject> graph =
        flf->patched(QStringLiteral("from the quay"), QStringLiteral("1280x720"), 5, 77, startImage,
                     endImage, QStringLiteral("ShotBrief/S2"));
    QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
    const auto inputs = [&](const char *node) {
        return graph->value(QLatin1String(node))
            .toObject()
            .value(QStringLiteral("inputs"))
            .toObject();
    };
    QCOMPARE(inputs("67").value(QStringLiteral("length")).toInt(), 81);
    QCOMPARE(inputs("57").value(QStringLiteral("noise_seed")).toInt(), 77);
    QCOMPARE(graph->contains(QStringLiteral("62")), !startImage.isEmpty());
    QCOMPARE(graph->contains(QStringLiteral("68")), !endImage.isEmpty());
    QCOMPARE(inputs("67").contains(QStringLiteral("end_image")), !endImage.isEmpty());
    if (!endImage.isEmpty())
        QCOMPARE(inputs("68").value(QStringLiteral("image")).toString(), endImage);
    // A template without an end image refuses one rather than dropping it.
    const ComfyUiWorkflow *wan = findWorkflow(all, QStringLiteral("wan2.2-ti2v-5b"));
    const Result<QJsonObject> refused =
        wan->patched(QStringLiteral("x"), QStringLiteral("1280x704"), 3, 1, startImage,
                     QStringLiteral("shotbrief/b.png"), QString());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("ShotBrief End Image")),
             qPrintable(refused.error().message));
}

void tst_ComfyUiProvider::userTemplates()
{
    const QString folder = m_fixture.filePath(QStringLiteral("comfyui-workflows"));
    QVERIFY(QDir().mkpath(folder));
    QFile plain(folder + QStringLiteral("/wan21-480p.json"));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(PlainWanGraph);
    plain.close();
    QFile broken(folder + QStringLiteral("/broken.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"1": {"class_type": "KSampler", "inputs": {}}})");
    broken.close();

    QStringList errors;
    const QList<ComfyUiWorkflow> loaded = ComfyUiWorkflow::loadFolder(folder, &errors);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("ShotBrief Prompt")),
             qPrintable(errors.first()));
    const ComfyUiWorkflow &wan = loaded.first();
    QCOMPARE(wan.id, QStringLiteral("wan21-480p"));
    QCOMPARE(wan.fps, 16.0);
    QCOMPARE(wan.sizes, QStringList{QStringLiteral("832x480")});
    QCOMPARE(wan.capability().firstFrame, false);

    SystemClock clock;
    ComfyUiVideoProvider provider(profile(), QString(), &clock, folder);
    QVERIFY(provider.capabilities().model(QStringLiteral("wan21-480p")));
    QVERIFY(provider.capabilities().model(QStringLiteral("ltxv-2b")));
    QCOMPARE(provider.workflowErrors().size(), 1);
    QCOMPARE(ComfyUiWorkflow::available(folder).size(), 4);

    // What the comfyui profile plans with (timeline, inspector, linter) is what its adapter
    // renders: a template in the user's folder is a model of the profile too.
    QVERIFY(!extraBuiltInProfiles().at(2).capabilities.model(QStringLiteral("wan21-480p")));
    const QString userFolder = ComfyUiWorkflow::userFolder();
    QVERIFY(QDir().mkpath(userFolder));
    QVERIFY(QFile::copy(plain.fileName(), userFolder + QStringLiteral("/wan21-480p.json")));
    const ProviderProfile withOwn = extraBuiltInProfiles().at(2);
    QDir(userFolder).removeRecursively();
    const ModelCapability *own = withOwn.capabilities.model(QStringLiteral("wan21-480p"));
    QVERIFY(own);
    QCOMPARE(own->sizes, QStringList{QStringLiteral("832x480")});
    QVERIFY(withOwn.capabilities.model(QStringLiteral("ltxv-2b")));
}

void tst_ComfyUiProvider::profileAndFactory()
{
    const ProviderProfile comfy = extraBuiltInProfiles().at(2);
    QCOMPARE(comfy.name, QStringLiteral("comfyui"));
    QCOMPARE(comfy.auth, AuthStyle::None);
    QVERIFY2(comfy.checkBaseUrl().hasValue(), "loopback http is fine");
    QCOMPARE(comfy.capabilities.durationsFor(QStringLiteral("ltxv-2b")), (QList<int>{2, 3, 4, 5}));
    ManualClock clock;
    const auto made = createVideoProvider(comfy, QString(), &clock);
    QVERIFY2(made.hasValue(), qPrintable(made.hasValue() ? QString() : made.error().message));
    QVERIFY(qobject_cast<ComfyUiVideoProvider *>(made.value().get()));
    QVERIFY2(made.value()->priceTable().rows().isEmpty(), "a local GPU is free");
}

void tst_ComfyUiProvider::everyEndpoint()
{
    ManualClock clock;
    ComfyUiVideoProvider provider(profile(), QString(), &clock, QString());
    provider.setSeedSource([] { return 7; });
    std::unique_ptr<ProviderReply> created(
        provider.create(request(QStringLiteral("ltxv-2b"), QStringLiteral("512x768"), 2)));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY2(created->isOk(), qPrintable(created->error().message));
    const QString id = created->job().id;
    QVERIFY(!id.isEmpty());

    ListOptions options;
    std::unique_ptr<ProviderReply> listed(provider.list(options));
    QVERIFY(EmulatorFixture::waitFinished(listed.get(), clock));
    QVERIFY2(listed->isOk(), qPrintable(listed->error().message));
    QCOMPARE(listed->list().data.size(), 1);
    const VideoJob inList = listed->list().data.first();
    QCOMPARE(inList.id, id);
    QCOMPARE(inList.model, QStringLiteral("ltxv-2b"));
    QCOMPARE(inList.size, QStringLiteral("512x768"));
    QCOMPARE(inList.seconds, 2);
    QCOMPARE(inList.prompt, request({}, {}, 0).prompt);

    const VideoJob done = EmulatorFixture::waitForJob(provider, clock, id);
    QCOMPARE(done.status, VideoStatus::Completed);
    QCOMPARE(done.model, QStringLiteral("ltxv-2b"));

    const QString clip = m_fixture.filePath(QStringLiteral("media/clips/c.mp4"));
    std::unique_ptr<ProviderReply> downloaded(provider.download(id, DownloadVariant::Video, clip));
    QVERIFY(EmulatorFixture::waitFinished(downloaded.get(), clock));
    QVERIFY2(downloaded->isOk(), qPrintable(downloaded->error().message));
    QVERIFY(std::abs(clipDurationSeconds(clip) - 2.0) < 0.1);

    std::unique_ptr<ProviderReply> thumb(
        provider.download(id, DownloadVariant::Thumbnail, m_fixture.filePath(QStringLiteral("t"))));
    QVERIFY(EmulatorFixture::waitFinished(thumb.get(), clock));
    QVERIFY(!thumb->isOk());
    std::unique_ptr<ProviderReply> remixed(provider.remix(id, QStringLiteral("x")));
    QVERIFY(EmulatorFixture::waitFinished(remixed.get(), clock));
    QCOMPARE(remixed->error().kind, ApiErrorKind::InvalidRequest);

    std::unique_ptr<ProviderReply> unknown(provider.retrieve(QStringLiteral("no-such-prompt")));
    QVERIFY(EmulatorFixture::waitFinished(unknown.get(), clock));
    QCOMPARE(unknown->error().kind, ApiErrorKind::NotFound);
    QCOMPARE(m_fixture.server()->createCount(), 1);
}

void tst_ComfyUiProvider::startImageIsUploaded()
{
    const QString image =
        m_fixture.makeStill(QStringLiteral("start.png"), QStringLiteral("320x176"));
    QVERIFY2(!image.isEmpty(), "ffmpeg could not make the reference image");
    ManualClock clock;
    ComfyUiVideoProvider provider(profile(), QString(), &clock, QString());
    CreateVideoRequest r = request(QStringLiteral("wan2.2-ti2v-5b"), QStringLiteral("320x176"), 2);
    r.referenceImagePath = image;
    std::unique_ptr<ProviderReply> created(provider.create(r));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY2(created->isOk(), qPrintable(created->error().message));
    QCOMPARE(EmulatorFixture::waitForJob(provider, clock, created->job().id).status,
             VideoStatus::Completed);
    const QStringList uploads =
        QDir(m_fixture.server()->stateDir() + QStringLiteral("/comfyui/input/shotbrief"))
            .entryList(QDir::Files);
    QCOMPARE(uploads.size(), 1);
}

void tst_ComfyUiProvider::userTemplateEndToEnd()
{
    const QString folder = m_fixture.filePath(QStringLiteral("own"));
    QVERIFY(QDir().mkpath(folder));
    QFile plain(folder + QStringLiteral("/wan21-480p.json"));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(PlainWanGraph);
    plain.close();
    ManualClock clock;
    ComfyUiVideoProvider provider(profile(), QString(), &clock, folder);
    std::unique_ptr<ProviderReply> created(
        provider.create(request(QStringLiteral("wan21-480p"), QStringLiteral("416x240"), 3)));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY2(created->isOk(), qPrintable(created->error().message));
    QCOMPARE(EmulatorFixture::waitForJob(provider, clock, created->job().id).status,
             VideoStatus::Completed);
    const QString clip = m_fixture.filePath(QStringLiteral("w.mp4"));
    std::unique_ptr<ProviderReply> downloaded(
        provider.download(created->job().id, DownloadVariant::Video, clip));
    QVERIFY(EmulatorFixture::waitFinished(downloaded.get(), clock));
    QVERIFY2(downloaded->isOk(), qPrintable(downloaded->error().message));
    // 3 s at 16 fps: 49 frames; VideoHelperSuite's "gifs" output was found.
    QVERIFY(std::abs(clipDurationSeconds(clip) - 3.0) < 0.1);
}

void tst_ComfyUiProvider::refusedBeforeSending_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("size");
    QTest::addColumn<bool>("withImage");
    QTest::newRow("unknown workflow")
        << QStringLiteral("sora-2") << QStringLiteral("768x512") << false;
    QTest::newRow("size not a multiple of 16")
        << QStringLiteral("ltxv-2b") << QStringLiteral("1000x560") << false;
    QTest::newRow("image for a text-only workflow")
        << QStringLiteral("ltxv-2b") << QStringLiteral("768x512") << true;
}

void tst_ComfyUiProvider::refusedBeforeSending()
{
    QFETCH(QString, model);
    QFETCH(QString, size);
    QFETCH(bool, withImage);
    ManualClock clock;
    ComfyUiVideoProvider provider(profile(), QString(), &clock, QString());
    CreateVideoRequest r = request(model, size, 2);
    if (withImage)
        r.referenceImagePath = m_fixture.filePath(QStringLiteral("any.png"));
    std::unique_ptr<ProviderReply> created(provider.create(r));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QCOMPARE(created->error().kind, ApiErrorKind::InvalidRequest);
    QCOMPARE(m_fixture.server()->stats().requests, 0);
}

void tst_ComfyUiProvider::renderFailure()
{
    m_fixture.server()->setFaults(FaultSpec::parse(QStringLiteral("renderfail")).value());
    ManualClock clock;
    ComfyUiVideoProvider provider(profile(), QString(), &clock, QString());
    std::unique_ptr<ProviderReply> created(
        provider.create(request(QStringLiteral("ltxv-2b"), QStringLiteral("768x512"), 2)));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY(created->isOk());
    const VideoJob job = EmulatorFixture::waitForJob(provider, clock, created->job().id);
    QCOMPARE(job.status, VideoStatus::Failed);
    QCOMPARE(job.errorCode, QStringLiteral("execution_error"));
    QVERIFY2(job.errorMessage.contains(QStringLiteral("node")), qPrintable(job.errorMessage));
}

void tst_ComfyUiProvider::queueReconcilesALostPrompt()
{
    // The answer to POST /prompt is lost: the queue finds the prompt through /queue and
    // /history (extra_data) and adopts it instead of queueing a second render.
    m_fixture.server()->setFaults(
        FaultSpec::parse(QStringLiteral("lost,drop:on=download:count=1")).value());
    Project project;
    project.format.provider = QStringLiteral("comfyui");
    for (int i = 0; i < 2; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i);
        shot.label = QString::number(i + 1);
        shot.sceneProse = QStringLiteral("Shot %1 at the lighthouse").arg(i + 1);
        shot.model = QStringLiteral("ltxv-2b");
        shot.size = QStringLiteral("512x768");
        shot.durationSeconds = 2;
        project.shots << shot;
    }
    MemoryTakeStore store(project, m_fixture.filePath(QStringLiteral("project.media")));
    SystemClock clock;
    ComfyUiVideoProvider provider(profile(), QString(), &clock, QString());
    GenerationQueue queue(&store, &provider, &clock);
    queue.setPollIntervalMs(100);
    queue.setRequeueDelayMs(200);
    QVERIFY(queue.generate({QStringLiteral("shot-0"), QStringLiteral("shot-1")}).hasValue());
    QSignalSpy idle(&queue, &GenerationQueue::idle);
    queue.start();
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle() && !idle.isEmpty(), 40000);
    const Project result = store.snapshot();
    for (const Shot &shot : result.shots) {
        QCOMPARE(shot.takes.size(), 1);
        const Take &take = shot.takes.first();
        QVERIFY2(take.status == TakeStatus::Ready, qPrintable(take.errorMessage));
        QVERIFY(std::abs(clipDurationSeconds(QDir(store.mediaFolder()).filePath(take.clipPath)) -
                         2.0) < 0.1);
    }
    QCOMPARE(m_fixture.server()->createCount(), 2);
    QCOMPARE(result.totalSpentUsd(), 0.0);
}

void tst_ComfyUiProvider::queueCancelInterrupts()
{
    Project project;
    Shot shot;
    shot.id = QStringLiteral("shot-0");
    shot.sceneProse = QStringLiteral("long");
    shot.model = QStringLiteral("ltxv-2b");
    shot.size = QStringLiteral("768x512");
    shot.durationSeconds = 5;
    project.shots << shot;
    MemoryTakeStore store(project, m_fixture.filePath(QStringLiteral("project.media")));
    SystemClock clock;
    ComfyUiVideoProvider provider(profile(), QString(), &clock, QString());
    GenerationQueue queue(&store, &provider, &clock);
    queue.setPollIntervalMs(20);
    const QStringList takes = queue.generate({QStringLiteral("shot-0")}).value();
    queue.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        store.snapshot().shots.first().takes.first().status == TakeStatus::InProgress, 10000);
    queue.cancel(QStringLiteral("shot-0"), takes.first());
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.server()->stats().deletes, 1, 5000);
    QCOMPARE(store.snapshot().shots.first().takes.first().status, TakeStatus::Canceled);
}

void tst_ComfyUiProvider::firstAndLastFramesAreUploaded()
{
    const QString first = m_fixture.makeStill(
        QStringLiteral("first.png"), QStringLiteral("320x176"), QStringLiteral("testsrc2"));
    const QString last = m_fixture.makeStill(QStringLiteral("last.png"), QStringLiteral("320x176"),
                                             QStringLiteral("color=c=magenta"));
    QVERIFY(!first.isEmpty() && !last.isEmpty());
    ManualClock clock;
    ComfyUiVideoProvider provider(profile(), QString(), &clock, QString());
    CreateVideoRequest r =
        request(QStringLiteral("wan2.2-flf2v-14b"), QStringLiteral("320x176"), 2);
    r.referenceImagePath = first;
    r.lastFramePath = last;
    std::unique_ptr<ProviderReply> created(provider.create(r));
    QVERIFY(EmulatorFixture::waitFinished(created.get(), clock));
    QVERIFY2(created->isOk(), qPrintable(created->error().message));
    const QString clip = m_fixture.filePath(QStringLiteral("flf.mp4"));
    QVERIFY(EmulatorFixture::downloadVideo(provider, clock, created->job().id, clip));
    QCOMPARE(QDir(m_fixture.server()->stateDir() + QStringLiteral("/comfyui/input/shotbrief"))
                 .entryList(QDir::Files)
                 .size(),
             2);
    const double begins = EmulatorFixture::frameDifference(clip, false, first);
    const double ends = EmulatorFixture::frameDifference(clip, true, last);
    QVERIFY2(begins >= 0 && begins < 4, qPrintable(QString::number(begins)));
    QVERIFY2(ends >= 0 && ends < 4, qPrintable(QString::number(ends)));
    // A template without an end image refuses a last frame before anything is sent.
    const int requests = m_fixture.server()->stats().requests;
    CreateVideoRequest noEnd =
        request(QStringLiteral("wan2.2-ti2v-5b"), QStringLiteral("320x176"), 2);
    noEnd.lastFramePath = last;
    std::unique_ptr<ProviderReply> refused(provider.create(noEnd));
    QVERIFY(EmulatorFixture::waitFinished(refused.get(), clock));
    QCOMPARE(refused->error().kind, ApiErrorKind::InvalidRequest);
    QCOMPARE(m_fixture.server()->stats().requests, requests);
}

QTEST_GUILESS_MAIN(tst_ComfyUiProvider)
#include "tst_comfyuiprovider.moc"
