// SPDX-License-Identifier: MIT
#include "openrouterroutes.h"

#include "emulatorjobstore.h"
#include "imageprobe.h"
#include "jobintake.h"
#include "jobrunner.h"

#include "model/resolutionname.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace ShotBrief {

namespace {

constexpr int kMaxPromptChars = 32000;
constexpr int kMaxInputReferences = 4;
constexpr qint64 kMaxImageBytes = 20 * 1024 * 1024;

/// Gives lupdate and the runtime the same translation context.
struct OpenRouterText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::OpenRouterRoutes)
};

QStringList segments(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.isDouble() ? QString::number(item.toInt()) : item.toString());
    return list;
}

QString joined(const QStringList &values)
{
    return values.join(QLatin1String(", "));
}

QJsonObject param(const QString &name)
{
    return QJsonObject{{QStringLiteral("param"), name}};
}

/// The OpenRouter status of an emulator job.
QString statusOf(const EmulatorJob &job, qint64 nowMs)
{
    if (job.status == QLatin1String("queued"))
        return QStringLiteral("pending");
    if (job.status == QLatin1String("completed") && job.isExpired(nowMs))
        return QStringLiteral("expired");
    return job.status; // in_progress, completed, failed, cancelled
}

} // namespace

OpenRouterRoutes::OpenRouterRoutes(EmulatorJobStore *store, JobRunner *runner, EmulatorStats *stats,
                                   const EmulatorConfig *config)
    : m_intake(store, runner, stats)
    , m_store(store)
    , m_runner(runner)
    , m_stats(stats)
    , m_config(config)
{
    // A configured catalog that is not a catalog (hostile-server tests serve such) is still
    // served as it is; requests are then checked against the built-in one.
    const QJsonDocument configured = QJsonDocument::fromJson(config->openRouterCatalog);
    const QJsonArray models = configured.object().value(QLatin1String("data")).toArray();
    m_models = models.isEmpty() ? QJsonDocument::fromJson(builtInCatalog())
                                      .object()
                                      .value(QLatin1String("data"))
                                      .toArray()
                                : models;
}

QByteArray OpenRouterRoutes::builtInCatalog()
{
    QFile file(QStringLiteral(":/shotbrief-emulator/openrouter/video-models.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(R"({"data": []})");
}

bool OpenRouterRoutes::matches(const QString &path)
{
    return path == QLatin1String("/api/v1") || path.startsWith(QLatin1String("/api/v1/"));
}

RouteKind OpenRouterRoutes::classify(const HttpRequestData &request) const
{
    if (!matches(request.path))
        return RouteKind::Unknown;
    const QStringList s = segments(request.path); // api, v1, videos, ...
    const QByteArray &m = request.method;
    if (s.size() < 3 || s.at(2) != QLatin1String("videos"))
        return RouteKind::Other;
    if (s.size() == 3)
        return m == "POST" ? RouteKind::Create : RouteKind::Other;
    if (s.size() == 4 && s.at(3) == QLatin1String("models"))
        return m == "GET" ? RouteKind::List : RouteKind::Other;
    if (s.size() == 4)
        return m == "GET" ? RouteKind::Retrieve : RouteKind::Other;
    if (s.size() == 5 && s.at(4) == QLatin1String("content"))
        return m == "GET" ? RouteKind::Download : RouteKind::Other;
    return RouteKind::Other;
}

HttpResponseData OpenRouterRoutes::errorResponse(int status, const QString &message,
                                                 const QJsonObject &metadata)
{
    QJsonObject error{{QStringLiteral("code"), status}, {QStringLiteral("message"), message}};
    if (!metadata.isEmpty())
        error.insert(QStringLiteral("metadata"), metadata);
    return OpenAiRoutes::jsonResponse(QJsonObject{{QStringLiteral("error"), error}}, status);
}

HttpResponseData OpenRouterRoutes::faultResponse(const FaultRule &rule)
{
    switch (rule.kind) {
    case FaultKind::TooManyRequests: {
        HttpResponseData r = errorResponse(
            429, OpenRouterText::tr("Rate limit exceeded (injected by the ShotBrief emulator)."));
        r.addHeader("retry-after", QByteArray::number(rule.retryAfterSeconds));
        return r;
    }
    case FaultKind::ServiceUnavailable:
        return errorResponse(
            503, OpenRouterText::tr("Service unavailable (injected by the ShotBrief emulator)."));
    default:
        return errorResponse(500,
                             OpenRouterText::tr("Internal server error (injected by the ShotBrief "
                                                "emulator)."));
    }
}

std::optional<HttpResponseData> OpenRouterRoutes::checkKey(const HttpRequestData &request,
                                                           QString *ownerKey) const
{
    const QByteArray authorization = request.header("authorization").trimmed();
    QByteArray key;
    if (authorization.size() > 7 &&
        authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        key = authorization.mid(7).trimmed();
    if (key.isEmpty())
        return errorResponse(
            401, OpenRouterText::tr("No auth credentials found: send Authorization: Bearer "
                                    "<OPENROUTER_API_KEY>."));
    if (!m_config->requiredKey.isEmpty() && key != m_config->requiredKey.toUtf8())
        return errorResponse(401, OpenRouterText::tr("User not found."));
    *ownerKey = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    return std::nullopt;
}

QJsonObject OpenRouterRoutes::catalogModel(const QString &id) const
{
    for (const QJsonValue &model : m_models) {
        if (model.toObject().value(QLatin1String("id")).toString() == id)
            return model.toObject();
    }
    return {};
}

HttpResponseData OpenRouterRoutes::handle(const HttpRequestData &request,
                                          const FaultDecision &decision)
{
    const RouteKind kind = classify(request);
    const QStringList s = segments(request.path);
    if (kind == RouteKind::Other || kind == RouteKind::Unknown)
        return errorResponse(s.size() <= 4 ? 405 : 404,
                             OpenRouterText::tr("Unsupported request: %1 %2.")
                                 .arg(QString::fromLatin1(request.method), request.path));
    if (kind == RouteKind::List) {
        // The catalog is public at OpenRouter: no key needed.
        HttpResponseData r;
        r.body =
            m_config->openRouterCatalog.isEmpty() ? builtInCatalog() : m_config->openRouterCatalog;
        ++m_stats->lists;
        return r;
    }
    QString ownerKey;
    if (auto denied = checkKey(request, &ownerKey))
        return *denied;
    switch (kind) {
    case RouteKind::Create:
        return create(request, ownerKey, decision);
    case RouteKind::Retrieve:
        return retrieve(request, s.at(3));
    case RouteKind::Download:
        return content(request, s.at(3), decision);
    default:
        break;
    }
    return errorResponse(404, OpenRouterText::tr("Not found."));
}

HttpResponseData OpenRouterRoutes::create(const HttpRequestData &request, const QString &ownerKey,
                                          const FaultDecision &decision)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return errorResponse(400, OpenRouterText::tr("The body must be a JSON object."));
    const QJsonObject o = doc.object();
    const QString modelId = o.value(QLatin1String("model")).toString();
    const QJsonObject model = catalogModel(modelId);
    if (modelId.isEmpty())
        return errorResponse(400, OpenRouterText::tr("model is required."),
                             param(QStringLiteral("model")));
    if (model.isEmpty())
        return errorResponse(400,
                             OpenRouterText::tr("%1 is not a valid video model ID.").arg(modelId),
                             param(QStringLiteral("model")));

    const QJsonValue promptValue = o.value(QLatin1String("prompt"));
    const QJsonArray frames = o.value(QLatin1String("frame_images")).toArray();
    if (!promptValue.isUndefined() && !promptValue.isString())
        return errorResponse(400, OpenRouterText::tr("prompt must be a string."),
                             param(QStringLiteral("prompt")));
    const QString prompt = promptValue.toString();
    if (prompt.trimmed().isEmpty() && frames.isEmpty())
        return errorResponse(400, OpenRouterText::tr("A prompt or a frame image is required."),
                             param(QStringLiteral("prompt")));
    if (prompt.size() > kMaxPromptChars)
        return errorResponse(
            400, OpenRouterText::tr("prompt must be at most %1 characters.").arg(kMaxPromptChars),
            param(QStringLiteral("prompt")));

    const QStringList durations = stringList(model.value(QLatin1String("supported_durations")));
    const QJsonValue durationValue = o.value(QLatin1String("duration"));
    const int duration =
        durationValue.isUndefined() ? durations.value(0).toInt() : durationValue.toInt(-1);
    if (!durationValue.isUndefined() &&
        (!durationValue.isDouble() || durationValue.toDouble() != double(duration)))
        return errorResponse(400, OpenRouterText::tr("duration must be a whole number of seconds."),
                             param(QStringLiteral("duration")));
    if (!durations.contains(QString::number(duration)))
        return errorResponse(400,
                             OpenRouterText::tr("Unsupported duration %1 for %2; supported: %3.")
                                 .arg(duration)
                                 .arg(modelId, joined(durations)),
                             param(QStringLiteral("duration")));

    // The picture: a size where the model lists sizes, else a resolution and an aspect ratio.
    const QStringList resolutions = stringList(model.value(QLatin1String("supported_resolutions")));
    const QStringList aspects = stringList(model.value(QLatin1String("supported_aspect_ratios")));
    const QStringList sizes = stringList(model.value(QLatin1String("supported_sizes")));
    const QString size = o.value(QLatin1String("size")).toString();
    QString resolution = o.value(QLatin1String("resolution")).toString();
    QString aspect = o.value(QLatin1String("aspect_ratio")).toString();
    QSize pixels;
    if (!size.isEmpty()) {
        if (!sizes.contains(size))
            return errorResponse(400,
                                 OpenRouterText::tr("Unsupported size %1 for %2; supported: %3.")
                                     .arg(size, modelId,
                                          sizes.isEmpty()
                                              ? OpenRouterText::tr("none (use resolution and "
                                                                   "aspect_ratio)")
                                              : joined(sizes)),
                                 param(QStringLiteral("size")));
        const QStringList wh = size.split(QLatin1Char('x'));
        pixels = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    } else if (resolutions.isEmpty()) {
        if (!resolution.isEmpty() || !aspect.isEmpty())
            return errorResponse(
                400,
                OpenRouterText::tr("%1 takes a size (%2), not a resolution or aspect ratio.")
                    .arg(modelId, joined(sizes)),
                param(resolution.isEmpty() ? QStringLiteral("aspect_ratio")
                                           : QStringLiteral("resolution")));
        if (sizes.isEmpty())
            return errorResponse(
                500, OpenRouterText::tr("The model %1 lists no output format.").arg(modelId));
        const QStringList wh = sizes.first().split(QLatin1Char('x'));
        pixels = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    } else {
        if (resolution.isEmpty())
            resolution = resolutions.first();
        if (aspect.isEmpty())
            aspect = aspects.value(0, QStringLiteral("16:9"));
        if (!resolutions.contains(resolution))
            return errorResponse(
                400,
                OpenRouterText::tr("Unsupported resolution %1 for %2; supported: %3.")
                    .arg(resolution, modelId, joined(resolutions)),
                param(QStringLiteral("resolution")));
        if (!aspects.isEmpty() && !aspects.contains(aspect))
            return errorResponse(
                400,
                OpenRouterText::tr("Unsupported aspect_ratio %1 for %2; supported: %3.")
                    .arg(aspect, modelId, joined(aspects)),
                param(QStringLiteral("aspect_ratio")));
        pixels = ResolutionName::pixelSize(resolution, aspect);
        if (!pixels.isValid())
            return errorResponse(400,
                                 OpenRouterText::tr("Unsupported resolution %1 or aspect_ratio %2.")
                                     .arg(resolution, aspect));
    }

    const QJsonValue seed = o.value(QLatin1String("seed"));
    if (!seed.isUndefined() && (!seed.isDouble() || seed.toDouble() != std::floor(seed.toDouble())))
        return errorResponse(400, OpenRouterText::tr("seed must be an integer."),
                             param(QStringLiteral("seed")));
    const QJsonValue audio = o.value(QLatin1String("generate_audio"));
    if (!audio.isUndefined() && !audio.isBool())
        return errorResponse(400, OpenRouterText::tr("generate_audio must be true or false."),
                             param(QStringLiteral("generate_audio")));

    // Frame images and references: image_url parts with https or data URLs (not fetched: the
    // emulator works offline). Data URLs are decoded and checked to be images.
    const QStringList frameTypes = stringList(model.value(QLatin1String("supported_frame_images")));
    QByteArray firstFrame;
    QByteArray firstFrameSuffix;
    QByteArray lastFrame;
    QByteArray lastFrameSuffix;
    const auto readImage = [](const QJsonValue &part, QByteArray *data,
                              QByteArray *suffix) -> std::optional<QString> {
        const QJsonObject object = part.toObject();
        if (object.value(QLatin1String("type")).toString() != QLatin1String("image_url"))
            return OpenRouterText::tr("type must be \"image_url\".");
        const QString url = object.value(QLatin1String("image_url"))
                                .toObject()
                                .value(QLatin1String("url"))
                                .toString();
        if (url.startsWith(QLatin1String("https://")))
            return std::nullopt;
        if (!url.startsWith(QLatin1String("data:")))
            return OpenRouterText::tr("image_url.url must be an https URL or a data URL.");
        if (url.size() > kMaxImageBytes * 4 / 3 + 64)
            return OpenRouterText::tr("the image is larger than 20 MB.");
        const std::optional<DataUriImage> image = decodeImageDataUri(url);
        if (!image)
            return OpenRouterText::tr("not a base64 JPEG, PNG or WebP data URL.");
        *data = image->data;
        *suffix = image->probe.fileSuffix();
        return std::nullopt;
    };
    QStringList seenFrameTypes;
    for (int i = 0; i < frames.size(); ++i) {
        const QString frameType =
            frames.at(i).toObject().value(QLatin1String("frame_type")).toString();
        const QString field = QStringLiteral("frame_images[%1]").arg(i);
        if (!frameTypes.contains(frameType))
            return errorResponse(
                400,
                OpenRouterText::tr("%1 does not accept the frame_type \"%2\" (accepted: %3).")
                    .arg(modelId, frameType,
                         frameTypes.isEmpty() ? OpenRouterText::tr("none") : joined(frameTypes)),
                param(field));
        if (seenFrameTypes.contains(frameType))
            return errorResponse(400, OpenRouterText::tr("Only one %1 is allowed.").arg(frameType),
                                 param(field));
        seenFrameTypes.append(frameType);
        const bool first = frameType == QLatin1String("first_frame");
        if (auto bad = readImage(frames.at(i), first ? &firstFrame : &lastFrame,
                                 first ? &firstFrameSuffix : &lastFrameSuffix))
            return errorResponse(400, field + QStringLiteral(": ") + *bad, param(field));
    }
    const QJsonArray references = o.value(QLatin1String("input_references")).toArray();
    if (references.size() > kMaxInputReferences)
        return errorResponse(
            400,
            OpenRouterText::tr("At most %1 input_references are allowed.").arg(kMaxInputReferences),
            param(QStringLiteral("input_references")));
    QList<QByteArray> referenceData;
    QList<QByteArray> referenceSuffixes;
    for (int i = 0; i < references.size(); ++i) {
        QByteArray data;
        QByteArray suffix;
        const QString field = QStringLiteral("input_references[%1]").arg(i);
        if (auto bad = readImage(references.at(i), &data, &suffix))
            return errorResponse(400, field + QStringLiteral(": ") + *bad, param(field));
        referenceData.append(data);
        referenceSuffixes.append(suffix);
    }

    m_runner->tick();
    if (m_store->runningCount(ownerKey) >= m_config->maxRunningPerKey)
        return errorResponse(
            429, OpenRouterText::tr("Too many video generations running: %1 at once. Wait "
                                    "for one to finish.")
                     .arg(m_config->maxRunningPerKey));

    EmulatorJob job = JobIntake::newJob(request, decision);
    job.id = QStringLiteral("vgen_") + QUuid::createUuid().toString(QUuid::Id128).left(24);
    job.dialect = QStringLiteral("openrouter");
    job.model = modelId;
    job.prompt = prompt;
    job.size = QStringLiteral("%1x%2").arg(pixels.width()).arg(pixels.height());
    job.seconds = QString::number(duration);
    job.ownerKey = ownerKey;
    if (!resolution.isEmpty())
        job.extra.insert(QStringLiteral("resolution"), resolution);
    // The pictures are stored beside the job for the renderer (an https URL is accepted but
    // not fetched, so it has no bytes and no file).
    QList<JobPicture> pictures;
    const auto picture = [&pictures](const QString &base, const QByteArray &data,
                                     const QByteArray &suffix) {
        if (data.isEmpty())
            return QString();
        pictures.append({base + QLatin1Char('.') + QString::fromLatin1(suffix), data});
        return pictures.last().fileName;
    };
    job.referenceFile = picture(QStringLiteral("first_frame"), firstFrame, firstFrameSuffix);
    job.lastFrameFile = picture(QStringLiteral("last_frame"), lastFrame, lastFrameSuffix);
    for (qsizetype i = 0; i < referenceData.size(); ++i) {
        const QString name = picture(QStringLiteral("reference-%1").arg(i), referenceData.at(i),
                                     referenceSuffixes.at(i));
        if (!name.isEmpty())
            job.subjectFiles.append(name);
    }
    const EmulatorJob *stored = m_intake.admit(std::move(job), pictures);
    if (!stored)
        return errorResponse(500, OpenRouterText::tr("The emulator could not store the image."));
    QByteArray host = request.header("host");
    if (host.isEmpty())
        host = "127.0.0.1";
    return JobIntake::answer(OpenAiRoutes::jsonResponse(
                                 QJsonObject{{QStringLiteral("id"), stored->id},
                                             {QStringLiteral("polling_url"),
                                              QStringLiteral("http://%1/api/v1/videos/%2")
                                                  .arg(QString::fromLatin1(host), stored->id)},
                                             {QStringLiteral("status"), QStringLiteral("pending")}},
                                 202),
                             decision);
}

QJsonObject OpenRouterRoutes::jobJson(const EmulatorJob &job, const QString &host) const
{
    const QString status = statusOf(job, QDateTime::currentMSecsSinceEpoch());
    QJsonObject o{{QStringLiteral("id"), job.id},
                  {QStringLiteral("polling_url"),
                   QStringLiteral("http://%1/api/v1/videos/%2").arg(host, job.id)},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("generation_id"), QStringLiteral("gen-") + job.id.mid(5)}};
    if (status == QLatin1String("failed"))
        o.insert(QStringLiteral("error"),
                 job.errorMessage.isEmpty() ? job.errorCode : job.errorMessage);
    if (status == QLatin1String("completed")) {
        o.insert(
            QStringLiteral("unsigned_urls"),
            QJsonArray{
                QStringLiteral("http://%1/api/v1/videos/%2/content?index=0").arg(host, job.id)});
        // The list price of what was made: the SKU of its resolution or size, else the base.
        const QJsonObject skus =
            catalogModel(job.model).value(QLatin1String("pricing_skus")).toObject();
        const QString resolution = job.extra.value(QStringLiteral("resolution")).toString();
        QString price = skus.value(QStringLiteral("per-video-second")).toString();
        for (const QString &variant : {resolution, job.size}) {
            const QString sku = QStringLiteral("per-video-second-") + variant;
            if (!variant.isEmpty() && skus.contains(sku))
                price = skus.value(sku).toString();
        }
        o.insert(QStringLiteral("usage"),
                 QJsonObject{{QStringLiteral("cost"), price.toDouble() * job.durationSeconds()},
                             {QStringLiteral("is_byok"), false}});
    }
    return o;
}

HttpResponseData OpenRouterRoutes::retrieve(const HttpRequestData &request, const QString &id)
{
    m_runner->tick();
    const EmulatorJob *job = m_store->find(id);
    if (!job || job->dialect != QLatin1String("openrouter"))
        return errorResponse(404, OpenRouterText::tr("Video generation job %1 not found.").arg(id));
    ++m_stats->retrieves;
    QByteArray host = request.header("host");
    if (host.isEmpty())
        host = "127.0.0.1";
    return OpenAiRoutes::jsonResponse(jobJson(*job, QString::fromLatin1(host)));
}

HttpResponseData OpenRouterRoutes::content(const HttpRequestData &request, const QString &id,
                                           const FaultDecision &decision)
{
    m_runner->tick();
    const EmulatorJob *job = m_store->find(id);
    if (!job || job->dialect != QLatin1String("openrouter"))
        return errorResponse(404, OpenRouterText::tr("Video generation job %1 not found.").arg(id));
    const QString index = request.query.queryItemValue(QStringLiteral("index"));
    if (!index.isEmpty() && index != QLatin1String("0"))
        return errorResponse(404, OpenRouterText::tr("The job has no output %1.").arg(index),
                             param(QStringLiteral("index")));
    const QString status = statusOf(*job, QDateTime::currentMSecsSinceEpoch());
    if (status == QLatin1String("expired"))
        return errorResponse(410, OpenRouterText::tr("The output of job %1 has expired.").arg(id));
    if (status != QLatin1String("completed"))
        return errorResponse(
            409, OpenRouterText::tr("Job %1 is not completed (status %2).").arg(id, status));
    HttpResponseData r;
    r.contentType = "video/mp4";
    r.filePath = m_store->videoPath(id);
    if (!QFileInfo::exists(r.filePath))
        return errorResponse(404, OpenRouterText::tr("The output of job %1 is missing.").arg(id));
    decision.dropDownload(r);
    ++m_stats->downloads;
    return r;
}

} // namespace ShotBrief
