// SPDX-License-Identifier: MIT
#include "comfyuiroutes.h"

#include "emulatorjobstore.h"
#include "jobrunner.h"
#include "multipartparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct ComfyUiText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ComfyUiRoutes)
};

const QString Dialect = QStringLiteral("comfyui");

QJsonObject comfyError(const QString &type, const QString &message, const QString &details = {})
{
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("details"), details},
                       {QStringLiteral("extra_info"), QJsonObject()}};
}

HttpResponseData promptError(const QString &type, const QString &message,
                             const QJsonObject &nodeErrors = {})
{
    return OpenAiRoutes::jsonResponse(
        QJsonObject{{QStringLiteral("error"), comfyError(type, message)},
                    {QStringLiteral("node_errors"), nodeErrors}},
        400);
}

bool isLink(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    return value.isArray() && a.size() == 2 && (a.at(0).isString() || a.at(0).isDouble());
}

QString linkTarget(const QJsonValue &value)
{
    const QJsonValue id = value.toArray().at(0);
    return id.isString() ? id.toString() : QString::number(id.toInt());
}

bool safeName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) &&
           !name.contains(QLatin1Char('\\')) && name != QLatin1String("..") &&
           name != QLatin1String(".");
}

bool safeSubfolder(const QString &sub)
{
    if (sub.isEmpty())
        return true;
    if (sub.startsWith(QLatin1Char('/')) || sub.contains(QLatin1Char('\\')))
        return false;
    const QStringList parts = sub.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return std::all_of(parts.cbegin(), parts.cend(),
                       [](const QString &p) { return p != QLatin1String(".."); });
}

/// Whether the LoadImage `loader` gives the last frame rather than the first: it feeds an
/// "end_image" input (WanFirstLastFrameToVideo) or an LTXVAddGuide at frame -1.
bool isEndImage(const QJsonObject &graph, const QString &loader)
{
    for (auto user = graph.begin(); user != graph.end(); ++user) {
        const QJsonObject node = user.value().toObject();
        const QJsonObject inputs = node.value(QLatin1String("inputs")).toObject();
        for (auto in = inputs.begin(); in != inputs.end(); ++in) {
            if (!isLink(in.value()) || linkTarget(in.value()) != loader)
                continue;
            if (in.key() == QLatin1String("end_image") ||
                (node.value(QLatin1String("class_type")) == QLatin1String("LTXVAddGuide") &&
                 inputs.value(QLatin1String("frame_idx")).toInt(0) < 0))
                return true;
        }
    }
    return false;
}
} // namespace

ComfyUiRoutes::ComfyUiRoutes(EmulatorJobStore *store, JobRunner *runner, EmulatorStats *stats,
                             const EmulatorConfig *config)
    : m_intake(store, runner, stats)
    , m_store(store)
    , m_runner(runner)
    , m_stats(stats)
    , m_config(config)
{}

QString ComfyUiRoutes::route(const QString &path)
{
    return path.startsWith(QLatin1String("/api/")) ? path.mid(4) : path;
}

bool ComfyUiRoutes::matches(const QString &path)
{
    const QString p = route(path);
    return p == QLatin1String("/prompt") || p == QLatin1String("/history") ||
           p.startsWith(QLatin1String("/history/")) || p == QLatin1String("/view") ||
           p == QLatin1String("/upload/image") || p == QLatin1String("/queue") ||
           p == QLatin1String("/interrupt");
}

RouteKind ComfyUiRoutes::classify(const HttpRequestData &request) const
{
    if (!matches(request.path))
        return RouteKind::Unknown;
    const QString p = route(request.path);
    const QByteArray &m = request.method;
    if (p == QLatin1String("/prompt"))
        return m == "POST" ? RouteKind::Create : RouteKind::Other;
    if (p.startsWith(QLatin1String("/history")))
        return m == "GET" ? RouteKind::Retrieve : RouteKind::Other;
    if (p == QLatin1String("/view"))
        return m == "GET" ? RouteKind::Download : RouteKind::Other;
    if (p == QLatin1String("/queue"))
        return m == "GET" ? RouteKind::List : m == "POST" ? RouteKind::Delete : RouteKind::Other;
    if (p == QLatin1String("/interrupt"))
        return m == "POST" ? RouteKind::Delete : RouteKind::Other;
    return RouteKind::Other; // uploads are never faulted: they make no paid job
}

HttpResponseData ComfyUiRoutes::faultResponse(const FaultRule &rule)
{
    const int status = rule.kind == FaultKind::TooManyRequests      ? 429
                       : rule.kind == FaultKind::ServiceUnavailable ? 503
                                                                    : 500;
    HttpResponseData r = OpenAiRoutes::jsonResponse(
        QJsonObject{
            {QStringLiteral("error"),
             comfyError(
                 QStringLiteral("server_error"),
                 ComfyUiText::tr("Injected by the ShotBrief emulator (HTTP %1).").arg(status))}},
        status);
    if (status == 429)
        r.addHeader("retry-after", QByteArray::number(rule.retryAfterSeconds));
    return r;
}

QString ComfyUiRoutes::inputDir() const
{
    const QString dir = m_store->stateDir() + QStringLiteral("/comfyui/input");
    QDir().mkpath(dir);
    return dir;
}

HttpResponseData ComfyUiRoutes::handle(const HttpRequestData &request,
                                       const FaultDecision &decision)
{
    const QString p = route(request.path);
    const QByteArray &m = request.method;
    if (p == QLatin1String("/upload/image") && m == "POST")
        return upload(request);
    switch (classify(request)) {
    case RouteKind::Create:
        return prompt(request, decision);
    case RouteKind::Retrieve:
        return history(p.mid(9), request.query.queryItemValue(QStringLiteral("max_items")).toInt());
    case RouteKind::Download:
        return view(request, decision);
    case RouteKind::List:
        return queue();
    case RouteKind::Delete:
        return p == QLatin1String("/queue") ? queueEdit(request) : interrupt(request);
    default:
        break;
    }
    HttpResponseData r = OpenAiRoutes::jsonResponse(
        QJsonObject{
            {QStringLiteral("error"), comfyError(QStringLiteral("method_not_allowed"),
                                                 ComfyUiText::tr("Method %1 is not allowed on %2.")
                                                     .arg(QString::fromLatin1(m), request.path))}},
        405);
    return r;
}

HttpResponseData ComfyUiRoutes::upload(const HttpRequestData &request)
{
    const auto parts = MultipartParser::parse(request.header("content-type"), request.body);
    if (!parts)
        return OpenAiRoutes::jsonResponse(
            QJsonObject{{QStringLiteral("error"),
                         comfyError(QStringLiteral("invalid_upload"), parts.error().message)}},
            400);
    const MultipartPart *image = nullptr;
    QString subfolder;
    bool overwrite = false;
    for (const MultipartPart &part : *parts) {
        if (part.name == QLatin1String("image") && part.isFile)
            image = &part;
        else if (part.name == QLatin1String("subfolder"))
            subfolder = QString::fromUtf8(part.data).trimmed();
        else if (part.name == QLatin1String("overwrite"))
            overwrite = part.data.trimmed() == "true" || part.data.trimmed() == "1";
    }
    const QString name = image ? QFileInfo(image->fileName).fileName() : QString();
    if (!image || !safeName(name) || !safeSubfolder(subfolder)) {
        HttpResponseData r;
        r.status = 400;
        r.contentType = "text/plain";
        r.body = "Bad Request";
        return r;
    }
    const QString dir =
        inputDir() + (subfolder.isEmpty() ? QString() : QLatin1Char('/') + subfolder);
    QDir().mkpath(dir);
    QString stored = name;
    // Like ComfyUI: an existing name gets " (1)", " (2)" ... unless overwrite is asked for.
    for (int i = 1; !overwrite && QFileInfo::exists(dir + QLatin1Char('/') + stored); ++i)
        stored = QFileInfo(name).completeBaseName() + QStringLiteral(" (%1).").arg(i) +
                 QFileInfo(name).suffix();
    QFile file(dir + QLatin1Char('/') + stored);
    if (!file.open(QIODevice::WriteOnly) || file.write(image->data) != image->data.size())
        return OpenAiRoutes::jsonResponse(
            QJsonObject{{QStringLiteral("error"),
                         comfyError(QStringLiteral("server_error"), file.errorString())}},
            500);
    return OpenAiRoutes::jsonResponse(
        QJsonObject{{QStringLiteral("name"), stored},
                    {QStringLiteral("subfolder"), subfolder},
                    {QStringLiteral("type"), QStringLiteral("input")}});
}

Result<ComfyGraphInfo> ComfyUiRoutes::readGraph(const QJsonObject &graph)
{
    auto fail = [](const QString &node, const QString &message) {
        Error e;
        e.field = node;
        e.message = message;
        return e;
    };
    if (graph.isEmpty())
        return fail({}, ComfyUiText::tr("The prompt graph is empty."));
    ComfyGraphInfo info;
    QString sampler;
    for (auto it = graph.begin(); it != graph.end(); ++it) {
        const QJsonObject node = it.value().toObject();
        const QString type = node.value(QLatin1String("class_type")).toString();
        if (!it.value().isObject() || type.isEmpty() ||
            !node.value(QLatin1String("inputs")).isObject())
            return fail(it.key(),
                        ComfyUiText::tr("Node %1 has no class_type or inputs.").arg(it.key()));
        const QJsonObject inputs = node.value(QLatin1String("inputs")).toObject();
        for (auto in = inputs.begin(); in != inputs.end(); ++in) {
            if (isLink(in.value()) && !graph.contains(linkTarget(in.value())))
                return fail(it.key(),
                            ComfyUiText::tr("Node %1 input \"%2\" links to the missing node %3.")
                                .arg(it.key(), in.key(), linkTarget(in.value())));
        }
        if (type == QLatin1String("VHS_VideoCombine") || type == QLatin1String("SaveVideo") ||
            type == QLatin1String("SaveWEBM") || type == QLatin1String("SaveAnimatedWEBP") ||
            type == QLatin1String("SaveAnimatedPNG")) {
            info.outputNode = it.key();
            info.outputKey = type == QLatin1String("VHS_VideoCombine") ? QStringLiteral("gifs")
                                                                       : QStringLiteral("images");
            info.filenamePrefix =
                inputs.value(QLatin1String("filename_prefix")).toString(info.filenamePrefix);
            const QJsonValue fps = inputs.value(QLatin1String("frame_rate")).isDouble()
                                       ? inputs.value(QLatin1String("frame_rate"))
                                       : inputs.value(QLatin1String("fps"));
            if (fps.isDouble())
                info.fps = fps.toDouble();
        } else if (type == QLatin1String("CreateVideo") ||
                   type == QLatin1String("LTXVConditioning")) {
            const QJsonValue fps = inputs.value(QLatin1String("fps")).isDouble()
                                       ? inputs.value(QLatin1String("fps"))
                                       : inputs.value(QLatin1String("frame_rate"));
            if (fps.isDouble())
                info.fps = fps.toDouble();
        } else if (type == QLatin1String("KSampler") || type == QLatin1String("KSamplerAdvanced") ||
                   type == QLatin1String("SamplerCustom") || type == QLatin1String("CFGGuider")) {
            sampler = it.key();
            const QJsonValue seed = inputs.value(QLatin1String("seed")).isDouble()
                                        ? inputs.value(QLatin1String("seed"))
                                        : inputs.value(QLatin1String("noise_seed"));
            if (seed.isDouble())
                info.seed = qint64(seed.toDouble());
        } else if (type == QLatin1String("RandomNoise")) {
            info.seed = qint64(inputs.value(QLatin1String("noise_seed")).toDouble(-1));
        } else if (type == QLatin1String("UNETLoader") ||
                   type == QLatin1String("CheckpointLoaderSimple")) {
            const QString name = inputs.value(QLatin1String("unet_name"))
                                     .toString(inputs.value(QLatin1String("ckpt_name")).toString());
            if (info.model.isEmpty() && !name.isEmpty())
                info.model = QFileInfo(name).completeBaseName();
        } else if (type == QLatin1String("LoadImage")) {
            (isEndImage(graph, it.key()) ? info.endImage : info.startImage) =
                inputs.value(QLatin1String("image")).toString();
        }
        if (inputs.value(QLatin1String("width")).isDouble() &&
            inputs.value(QLatin1String("height")).isDouble() &&
            inputs.value(QLatin1String("length")).isDouble()) {
            info.size = QSize(inputs.value(QLatin1String("width")).toInt(),
                              inputs.value(QLatin1String("height")).toInt());
            info.frames = inputs.value(QLatin1String("length")).toInt();
        }
    }
    if (info.outputNode.isEmpty())
        return fail({}, ComfyUiText::tr("Prompt has no outputs."));
    if (!info.size.isValid() || info.frames < 1)
        return fail({}, ComfyUiText::tr("No latent video node with width, height and length."));
    if (info.size.width() % 16 || info.size.height() % 16 || info.size.width() > 2048 ||
        info.size.height() > 2048)
        return fail({}, ComfyUiText::tr("Width and height must be multiples of 16 up to 2048."));
    if (info.fps <= 0)
        return fail(info.outputNode, ComfyUiText::tr("The frame rate must be positive."));

    // The positive prompt: follow the sampler's "positive" link through conditioning nodes
    // (WanImageToVideo, LTXVConditioning ...) to the CLIPTextEncode it comes from.
    QString node = sampler;
    for (int depth = 0; depth < 8 && !node.isEmpty(); ++depth) {
        const QJsonObject object = graph.value(node).toObject();
        const QJsonObject inputs = object.value(QLatin1String("inputs")).toObject();
        if (object.value(QLatin1String("class_type")).toString() ==
            QLatin1String("CLIPTextEncode")) {
            info.prompt = inputs.value(QLatin1String("text")).toString();
            break;
        }
        const QJsonValue positive = inputs.value(QLatin1String("positive"));
        node = isLink(positive) ? linkTarget(positive) : QString();
    }
    if (info.prompt.isEmpty()) {
        for (auto it = graph.begin(); it != graph.end(); ++it) {
            const QJsonObject object = it.value().toObject();
            const QString title = object.value(QLatin1String("_meta"))
                                      .toObject()
                                      .value(QLatin1String("title"))
                                      .toString();
            if (object.value(QLatin1String("class_type")).toString() ==
                    QLatin1String("CLIPTextEncode") &&
                !title.contains(QLatin1String("negative"), Qt::CaseInsensitive)) {
                info.prompt = object.value(QLatin1String("inputs"))
                                  .toObject()
                                  .value(QLatin1String("text"))
                                  .toString();
                break;
            }
        }
    }
    if (info.model.isEmpty())
        info.model = QStringLiteral("comfyui");
    return info;
}

HttpResponseData ComfyUiRoutes::prompt(const HttpRequestData &request,
                                       const FaultDecision &decision)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(QLatin1String("prompt")).isObject())
        return promptError(
            QStringLiteral("invalid_prompt"),
            ComfyUiText::tr("Invalid prompt: send {\"prompt\": <API-format graph>}."));
    const QJsonObject graph = doc.object().value(QLatin1String("prompt")).toObject();
    const Result<ComfyGraphInfo> read = readGraph(graph);
    if (!read) {
        if (read.error().field.isEmpty())
            return promptError(read.error().message == ComfyUiText::tr("Prompt has no outputs.")
                                   ? QStringLiteral("prompt_no_outputs")
                                   : QStringLiteral("invalid_prompt"),
                               read.error().message);
        const QJsonObject nodeError{
            {QStringLiteral("errors"),
             QJsonArray{comfyError(QStringLiteral("invalid_input"), read.error().message)}},
            {QStringLiteral("class_type"),
             graph.value(read.error().field).toObject().value(QLatin1String("class_type"))}};
        return promptError(QStringLiteral("prompt_outputs_failed_validation"),
                           ComfyUiText::tr("Prompt outputs failed validation"),
                           QJsonObject{{read.error().field, nodeError}});
    }
    const ComfyGraphInfo &info = read.value();
    // Like ComfyUI, a LoadImage of a file that was never uploaded fails validation.
    QString startFile;
    QString endFile;
    for (const QString *image : {&info.startImage, &info.endImage}) {
        if (image->isEmpty())
            continue;
        const QString path = inputDir() + QLatin1Char('/') + *image;
        if (image->contains(QLatin1String("..")) || !QFileInfo::exists(path)) {
            QString loader;
            for (auto it = graph.begin(); it != graph.end(); ++it) {
                const QJsonObject node = it.value().toObject();
                if (node.value(QLatin1String("class_type")).toString() ==
                        QLatin1String("LoadImage") &&
                    node.value(QLatin1String("inputs")).toObject().value(QLatin1String("image")) ==
                        QJsonValue(*image))
                    loader = it.key();
            }
            const QJsonObject nodeError{
                {QStringLiteral("errors"),
                 QJsonArray{comfyError(QStringLiteral("value_not_in_list"),
                                       ComfyUiText::tr("Invalid image file: %1").arg(*image))}},
                {QStringLiteral("class_type"), QStringLiteral("LoadImage")}};
            return promptError(QStringLiteral("prompt_outputs_failed_validation"),
                               ComfyUiText::tr("Prompt outputs failed validation"),
                               QJsonObject{{loader, nodeError}});
        }
        (image == &info.startImage ? startFile : endFile) = path;
    }

    // A local server has no moderation: a moderation fault is a failed render here.
    EmulatorJob job = JobIntake::newJob(request, decision, false);
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.dialect = Dialect;
    job.model = info.model;
    job.prompt = info.prompt;
    job.size = QStringLiteral("%1x%2").arg(info.size.width()).arg(info.size.height());
    job.seconds = QString::number(std::max(1, int(std::lround(info.frames / info.fps))));
    const QString prefix = info.filenamePrefix;
    const qsizetype slash = prefix.lastIndexOf(QLatin1Char('/'));
    job.extra = QJsonObject{
        {QStringLiteral("output_node"), info.outputNode},
        {QStringLiteral("output_key"), info.outputKey},
        {QStringLiteral("subfolder"), slash < 0 ? QString() : prefix.left(slash)},
        {QStringLiteral("prefix"), slash < 0 ? prefix : prefix.mid(slash + 1)},
        {QStringLiteral("fps"), info.fps},
        {QStringLiteral("frames"), info.frames},
        {QStringLiteral("seed"), double(info.seed)},
        {QStringLiteral("client_id"), doc.object().value(QLatin1String("client_id")).toString()}};
    // Kept like ComfyUI keeps it: clients find their own prompts in /queue and /history by it.
    QJsonObject extraData = doc.object().value(QLatin1String("extra_data")).toObject();
    extraData.insert(QStringLiteral("client_id"),
                     doc.object().value(QLatin1String("client_id")).toString());
    job.extra.insert(QStringLiteral("extra_data"), extraData);
    QList<JobPicture> pictures;
    const auto picture = [&pictures](const QString &base, const QString &path) {
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return QString();
        pictures.append(
            {base + QLatin1Char('.') + QFileInfo(path).suffix().toLower(), file.readAll()});
        return pictures.last().fileName;
    };
    job.referenceFile = picture(QStringLiteral("start"), startFile);
    job.lastFrameFile = picture(QStringLiteral("end"), endFile);
    // ComfyUI names the output after the prompt's number, which the store hands out.
    const qint64 number = m_store->nextSequence();
    job.extra.insert(QStringLiteral("filename"),
                     QStringLiteral("%1_%2_.mp4")
                         .arg(job.extra.value(QStringLiteral("prefix")).toString())
                         .arg(number, 5, 10, QLatin1Char('0')));
    const EmulatorJob *stored = m_intake.admit(std::move(job), pictures);
    if (!stored)
        return OpenAiRoutes::errorResponse(
            500, ComfyUiText::tr("The emulator could not store the start or end image."),
            QStringLiteral("server_error"));
    return JobIntake::answer(
        OpenAiRoutes::jsonResponse(QJsonObject{{QStringLiteral("prompt_id"), stored->id},
                                               {QStringLiteral("number"), stored->sequence},
                                               {QStringLiteral("node_errors"), QJsonObject()}}),
        decision);
}

QJsonObject ComfyUiRoutes::historyEntry(const EmulatorJob &job) const
{
    const QString node = job.extra.value(QStringLiteral("output_node")).toString();
    QJsonObject entry;
    entry.insert(QStringLiteral("prompt"),
                 QJsonArray{job.sequence, job.id, QJsonObject(),
                            job.extra.value(QStringLiteral("extra_data")), QJsonArray{node}});
    QJsonObject outputs;
    QJsonObject status;
    if (job.status == QLatin1String("completed")) {
        QJsonObject file{
            {QStringLiteral("filename"), job.extra.value(QStringLiteral("filename"))},
            {QStringLiteral("subfolder"), job.extra.value(QStringLiteral("subfolder"))},
            {QStringLiteral("type"), QStringLiteral("output")},
            {QStringLiteral("format"), QStringLiteral("video/h264-mp4")},
            {QStringLiteral("frame_rate"), job.extra.value(QStringLiteral("fps"))}};
        const QString key = job.extra.value(QStringLiteral("output_key")).toString();
        QJsonObject nodeOutput{{key, QJsonArray{file}}};
        if (key == QLatin1String("images"))
            nodeOutput.insert(QStringLiteral("animated"), QJsonArray{true});
        outputs.insert(node, nodeOutput);
        status = QJsonObject{{QStringLiteral("status_str"), QStringLiteral("success")},
                             {QStringLiteral("completed"), true},
                             {QStringLiteral("messages"), QJsonArray()}};
    } else {
        const bool interrupted = job.errorCode == QLatin1String("interrupted");
        const QJsonObject detail{{QStringLiteral("prompt_id"), job.id},
                                 {QStringLiteral("node_id"), node},
                                 {QStringLiteral("exception_message"), job.errorMessage},
                                 {QStringLiteral("exception_type"), job.errorCode}};
        status =
            QJsonObject{{QStringLiteral("status_str"), QStringLiteral("error")},
                        {QStringLiteral("completed"), false},
                        {QStringLiteral("messages"),
                         QJsonArray{QJsonArray{interrupted ? QStringLiteral("execution_interrupted")
                                                           : QStringLiteral("execution_error"),
                                               detail}}}};
    }
    entry.insert(QStringLiteral("outputs"), outputs);
    entry.insert(QStringLiteral("status"), status);
    return entry;
}

HttpResponseData ComfyUiRoutes::history(const QString &id, int maxItems)
{
    m_runner->tick();
    ++m_stats->retrieves;
    QJsonObject all;
    const QList<EmulatorJob> &jobs = m_store->jobs();
    int taken = 0;
    for (qsizetype i = jobs.size() - 1; i >= 0; --i) { // newest first, like max_items counts
        const EmulatorJob &job = jobs.at(i);
        if (job.dialect != Dialect || !job.isFinished() || (!id.isEmpty() && job.id != id))
            continue;
        if (maxItems > 0 && taken++ >= maxItems)
            break;
        all.insert(job.id, historyEntry(job));
    }
    return OpenAiRoutes::jsonResponse(all); // {} while running, and for unknown ids
}

HttpResponseData ComfyUiRoutes::queue()
{
    m_runner->tick();
    ++m_stats->lists;
    QJsonArray running;
    QJsonArray pending;
    for (const EmulatorJob &job : m_store->jobs()) {
        if (job.dialect != Dialect || !job.isRunning())
            continue;
        const QJsonArray item{job.sequence, job.id, QJsonObject(),
                              job.extra.value(QStringLiteral("extra_data")),
                              QJsonArray{job.extra.value(QStringLiteral("output_node"))}};
        (job.status == QLatin1String("in_progress") ? running : pending).append(item);
    }
    return OpenAiRoutes::jsonResponse(QJsonObject{{QStringLiteral("queue_running"), running},
                                                  {QStringLiteral("queue_pending"), pending}});
}

HttpResponseData ComfyUiRoutes::queueEdit(const HttpRequestData &request)
{
    m_runner->tick();
    const QJsonObject o = QJsonDocument::fromJson(request.body).object();
    QStringList remove;
    for (const QJsonValue &v : o.value(QLatin1String("delete")).toArray())
        remove << v.toString();
    const bool clear = o.value(QLatin1String("clear")).toBool();
    QStringList gone;
    for (const EmulatorJob &job : m_store->jobs()) {
        // Like ComfyUI: only pending prompts leave the queue; a running one needs /interrupt.
        if (job.dialect == Dialect && job.status == QLatin1String("queued") &&
            (clear || remove.contains(job.id)))
            gone << job.id;
    }
    for (const QString &id : std::as_const(gone)) {
        m_runner->forget(id);
        m_store->remove(id);
        ++m_stats->deletes;
    }
    (void)m_store->save();
    HttpResponseData r;
    r.contentType = "text/plain";
    return r;
}

HttpResponseData ComfyUiRoutes::interrupt(const HttpRequestData &request)
{
    m_runner->tick();
    const QString target =
        QJsonDocument::fromJson(request.body).object().value(QLatin1String("prompt_id")).toString();
    for (const EmulatorJob &job : m_store->jobs()) {
        if (job.dialect != Dialect || job.status != QLatin1String("in_progress") ||
            (!target.isEmpty() && job.id != target))
            continue;
        EmulatorJob *running = m_store->find(job.id);
        m_runner->forget(running->id);
        running->status = QStringLiteral("failed");
        running->errorCode = QStringLiteral("interrupted");
        running->errorMessage = ComfyUiText::tr("Interrupted.");
        ++m_stats->deletes;
        break; // ComfyUI runs one prompt at a time
    }
    (void)m_store->save();
    HttpResponseData r;
    r.contentType = "text/plain";
    return r;
}

HttpResponseData ComfyUiRoutes::view(const HttpRequestData &request, const FaultDecision &decision)
{
    m_runner->tick();
    const QString filename =
        request.query.queryItemValue(QStringLiteral("filename"), QUrl::FullyDecoded);
    const QString subfolder =
        request.query.queryItemValue(QStringLiteral("subfolder"), QUrl::FullyDecoded);
    const QString type = request.query.queryItemValue(QStringLiteral("type"));
    HttpResponseData r;
    if (safeName(filename) && safeSubfolder(subfolder)) {
        if (type == QLatin1String("input")) {
            r.filePath = inputDir() +
                         (subfolder.isEmpty() ? QString() : QLatin1Char('/') + subfolder) +
                         QLatin1Char('/') + filename;
            r.contentType = "image/png";
        } else {
            for (const EmulatorJob &job : m_store->jobs()) {
                if (job.dialect == Dialect && job.status == QLatin1String("completed") &&
                    job.extra.value(QStringLiteral("filename")).toString() == filename &&
                    job.extra.value(QStringLiteral("subfolder")).toString() == subfolder)
                    r.filePath = m_store->videoPath(job.id);
            }
            r.contentType = "video/mp4";
        }
    }
    if (r.filePath.isEmpty() || !QFileInfo(r.filePath).isFile()) {
        HttpResponseData missing;
        missing.status = 404;
        missing.contentType = "text/plain";
        missing.body = "404: Not Found";
        return missing;
    }
    decision.dropDownload(r);
    ++m_stats->downloads;
    return r;
}

} // namespace ShotBrief
