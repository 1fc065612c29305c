// SPDX-License-Identifier: MIT
#include "runwayroutes.h"

#include "emulatorjobstore.h"
#include "imageprobe.h"
#include "jobrunner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ShotBrief {

namespace {

constexpr int kMaxPromptChars = 1000;
constexpr qint64 kMaxDataUriBytes = 5 * 1024 * 1024;
constexpr int kMaxReferenceImages = 9; // seedance2's references (promptImage without position)

/// Gives lupdate and the runtime the same translation context.
struct RunwayText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::RunwayRoutes)
};

QStringList segments(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QString failureCodeFor(const EmulatorJob &job)
{
    if (job.errorCode == QLatin1String("moderation_blocked"))
        return job.referenceFile.isEmpty() ? QStringLiteral("SAFETY.INPUT.TEXT")
                                           : QStringLiteral("SAFETY.INPUT.IMAGE");
    if (job.errorCode == QLatin1String("render_failed"))
        return QStringLiteral("INTERNAL.BAD_OUTPUT.CODE01");
    return job.errorCode;
}

} // namespace

RunwayRoutes::RunwayRoutes(EmulatorJobStore *store, JobRunner *runner, EmulatorStats *stats,
                           const EmulatorConfig *config)
    : m_intake(store, runner, stats)
    , m_store(store)
    , m_runner(runner)
    , m_stats(stats)
    , m_config(config)
{}

bool RunwayRoutes::matches(const QString &path)
{
    return path == QLatin1String("/v1/text_to_video") ||
           path == QLatin1String("/v1/image_to_video") || path == QLatin1String("/v1/tasks") ||
           path.startsWith(QLatin1String("/v1/tasks/")) ||
           path.startsWith(QLatin1String("/runway/outputs/"));
}

RouteKind RunwayRoutes::classify(const HttpRequestData &request) const
{
    if (!matches(request.path))
        return RouteKind::Unknown;
    const QStringList s = segments(request.path);
    const QByteArray &m = request.method;
    if (s.at(0) == QLatin1String("runway"))
        return s.size() == 3 && m == "GET" ? RouteKind::Download : RouteKind::Other;
    if (s.at(1) == QLatin1String("text_to_video") || s.at(1) == QLatin1String("image_to_video"))
        return m == "POST" ? RouteKind::Create : RouteKind::Other;
    if (s.size() == 3)
        return m == "GET"      ? RouteKind::Retrieve
               : m == "DELETE" ? RouteKind::Delete
                               : RouteKind::Other;
    return RouteKind::Other;
}

HttpResponseData RunwayRoutes::errorResponse(int status, const QString &message)
{
    return OpenAiRoutes::jsonResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

HttpResponseData RunwayRoutes::faultResponse(const FaultRule &rule)
{
    switch (rule.kind) {
    case FaultKind::TooManyRequests: {
        HttpResponseData r = errorResponse(
            429, RunwayText::tr(
                     "You have exceeded the rate limit (injected by the ShotBrief emulator)."));
        r.addHeader("retry-after", QByteArray::number(rule.retryAfterSeconds));
        return r;
    }
    case FaultKind::ServiceUnavailable:
        return errorResponse(
            503, RunwayText::tr("Service unavailable (injected by the ShotBrief emulator)."));
    default:
        return errorResponse(500, RunwayText::tr("Internal server error (injected by the ShotBrief "
                                                 "emulator)."));
    }
}

QList<int> RunwayRoutes::durationsFor(const QString &model)
{
    if (model == QLatin1String("gen4.5"))
        return {2, 3, 4, 5, 6, 7, 8, 9, 10};
    if (model == QLatin1String("gen4_turbo") || model == QLatin1String("gen3a_turbo"))
        return {5, 10};
    if (model == QLatin1String("veo3"))
        return {8};
    if (model == QLatin1String("veo3.1") || model == QLatin1String("veo3.1_fast"))
        return {4, 6, 8};
    if (model == QLatin1String("seedance2"))
        return {4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    return {};
}

QStringList RunwayRoutes::ratiosFor(const QString &model)
{
    if (model == QLatin1String("gen4.5") || model == QLatin1String("gen4_turbo"))
        return {QStringLiteral("1280:720"), QStringLiteral("720:1280"), QStringLiteral("1104:832"),
                QStringLiteral("832:1104"), QStringLiteral("960:960"),  QStringLiteral("1584:672")};
    if (model == QLatin1String("gen3a_turbo"))
        return {QStringLiteral("1280:768"), QStringLiteral("768:1280")};
    if (model.startsWith(QLatin1String("veo3")))
        return {QStringLiteral("1280:720"), QStringLiteral("720:1280"), QStringLiteral("1080:1920"),
                QStringLiteral("1920:1080")};
    if (model == QLatin1String("seedance2"))
        return {QStringLiteral("1280:720"), QStringLiteral("720:1280"), QStringLiteral("960:960"),
                QStringLiteral("1920:1080"), QStringLiteral("1080:1920")};
    return {};
}

std::optional<HttpResponseData> RunwayRoutes::checkHeaders(const HttpRequestData &request,
                                                           QString *ownerKey) const
{
    const QByteArray authorization = request.header("authorization").trimmed();
    QByteArray key;
    if (authorization.size() > 7 &&
        authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        key = authorization.mid(7).trimmed();
    if (key.isEmpty())
        return errorResponse(401,
                             RunwayText::tr("Missing API key: send Authorization: Bearer <key>."));
    if (!m_config->requiredKey.isEmpty() && key != m_config->requiredKey.toUtf8())
        return errorResponse(401, RunwayText::tr("Invalid API key."));
    const QByteArray version = request.header("x-runway-version").trimmed();
    if (version.isEmpty())
        return errorResponse(400, RunwayText::tr("The X-Runway-Version header is required (%1).")
                                      .arg(QLatin1String(ApiVersion)));
    if (version != ApiVersion)
        return errorResponse(400,
                             RunwayText::tr("Unsupported X-Runway-Version \"%1\"; use %2.")
                                 .arg(QString::fromLatin1(version), QLatin1String(ApiVersion)));
    *ownerKey = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    return std::nullopt;
}

HttpResponseData RunwayRoutes::handle(const HttpRequestData &request, const FaultDecision &decision)
{
    const RouteKind kind = classify(request);
    const QStringList s = segments(request.path);
    if (kind == RouteKind::Download) // signed URLs: no key, the URL itself is the credential
        return output(request, s.at(2), decision);
    if (kind == RouteKind::Other || kind == RouteKind::Unknown)
        return errorResponse(s.size() <= 3 ? 405 : 404,
                             RunwayText::tr("Unsupported request: %1 %2.")
                                 .arg(QString::fromLatin1(request.method), request.path));
    QString ownerKey;
    if (auto denied = checkHeaders(request, &ownerKey))
        return *denied;
    switch (kind) {
    case RouteKind::Create:
        return create(request, s.at(1) == QLatin1String("image_to_video"), ownerKey, decision);
    case RouteKind::Retrieve:
        return task(request, s.at(2));
    case RouteKind::Delete:
        return cancel(s.at(2));
    default:
        break;
    }
    return errorResponse(404, RunwayText::tr("Not found."));
}

QString RunwayRoutes::decodePromptImage(const QJsonValue &value, PromptImage *image)
{
    const QString uri = value.toString();
    if (uri.startsWith(QLatin1String("data:"))) {
        if (uri.size() > kMaxDataUriBytes)
            return RunwayText::tr("promptImage: data URIs may be at most 5 MB.");
        const std::optional<DataUriImage> decoded = decodeImageDataUri(uri);
        if (!decoded)
            return RunwayText::tr("promptImage: not a base64 JPEG, PNG or WebP data URI.");
        image->data = decoded->data;
        image->suffix = QString::fromLatin1(decoded->probe.fileSuffix());
    } else if (!uri.startsWith(QLatin1String("https://"))) {
        return RunwayText::tr("promptImage must be an https URL or a data URI.");
    }
    return {};
}

QString RunwayRoutes::readPromptImages(const QJsonValue &promptImage, const QString &model,
                                       PromptImages *images)
{
    if (promptImage.isString()) {
        PromptImage image;
        if (QString refused = decodePromptImage(promptImage, &image); !refused.isEmpty())
            return refused;
        images->first = image;
        return {};
    }
    if (!promptImage.isArray())
        return {};
    for (const QJsonValue &entry : promptImage.toArray()) {
        const QJsonObject object = entry.toObject();
        PromptImage image;
        if (QString refused = decodePromptImage(object.value(QLatin1String("uri")), &image);
            !refused.isEmpty())
            return refused;
        const QJsonValue position = object.value(QLatin1String("position"));
        if (position == QJsonValue(QStringLiteral("first")) && !images->first)
            images->first = image;
        else if (position == QJsonValue(QStringLiteral("last")) && !images->last)
            images->last = image;
        else if (position.isUndefined() && model == QLatin1String("seedance2"))
            images->references.append(image);
        else
            return RunwayText::tr("promptImage: each image needs a position, \"first\" or "
                                  "\"last\", given once.");
    }
    if (!images->first && !images->last && images->references.isEmpty())
        return RunwayText::tr("promptImage is required for image_to_video.");
    const bool takesLast =
        model.startsWith(QLatin1String("veo3.1")) || model == QLatin1String("seedance2");
    if (images->last && !takesLast)
        return RunwayText::tr("%1 takes only a first frame (position \"first\").").arg(model);
    if (images->last && !images->first && model.startsWith(QLatin1String("veo3.1")))
        return RunwayText::tr("%1 does not generate with only a last frame: give a first frame "
                              "too.")
            .arg(model);
    if (!images->references.isEmpty() && (images->first || images->last))
        return RunwayText::tr("promptImage: keyframes (with a position) and references (without "
                              "one) cannot be mixed.");
    if (images->references.size() > kMaxReferenceImages)
        return RunwayText::tr("promptImage: at most %1 reference images.").arg(kMaxReferenceImages);
    return {};
}

HttpResponseData RunwayRoutes::create(const HttpRequestData &request, bool imageToVideo,
                                      const QString &ownerKey, const FaultDecision &decision)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return errorResponse(400, RunwayText::tr("The body must be a JSON object."));
    const QJsonObject o = doc.object();
    const QString model = o.value(QLatin1String("model")).toString();
    const QList<int> durations = durationsFor(model);
    if (durations.isEmpty())
        return errorResponse(400, RunwayText::tr("Invalid model \"%1\".").arg(model));
    if (!imageToVideo && model == QLatin1String("gen4_turbo"))
        return errorResponse(400, RunwayText::tr("The model gen4_turbo needs a promptImage: use "
                                                 "/v1/image_to_video."));
    const QJsonValue promptValue = o.value(QLatin1String("promptText"));
    const QString prompt = promptValue.toString();
    if (!imageToVideo && (!promptValue.isString() || prompt.trimmed().isEmpty()))
        return errorResponse(400, RunwayText::tr("promptText is required."));
    if (!promptValue.isUndefined() && !promptValue.isString())
        return errorResponse(400, RunwayText::tr("promptText must be a string."));
    const int maxPromptChars = model == QLatin1String("seedance2") ? 3500 : kMaxPromptChars;
    if (prompt.size() > maxPromptChars)
        return errorResponse(400,
                             RunwayText::tr("promptText must be at most %1 characters (got %2).")
                                 .arg(maxPromptChars)
                                 .arg(prompt.size()));
    const QString ratio = o.value(QLatin1String("ratio")).toString();
    if (!ratiosFor(model).contains(ratio))
        return errorResponse(400,
                             RunwayText::tr("Invalid ratio \"%1\" for %2; allowed: %3.")
                                 .arg(ratio, model, ratiosFor(model).join(QLatin1String(", "))));
    const QJsonValue durationValue = o.value(QLatin1String("duration"));
    const int duration = durationValue.isUndefined() ? durations.last() : durationValue.toInt(-1);
    if (!durationValue.isUndefined() &&
        (!durationValue.isDouble() || durationValue.toDouble() != double(duration)))
        return errorResponse(400, RunwayText::tr("duration must be a whole number of seconds."));
    if (!durations.contains(duration)) {
        QStringList allowed;
        for (int d : durations)
            allowed << QString::number(d);
        return errorResponse(400, RunwayText::tr("Invalid duration %1 for %2; allowed: %3.")
                                      .arg(duration)
                                      .arg(model, allowed.join(QLatin1String(", "))));
    }
    const QJsonValue seed = o.value(QLatin1String("seed"));
    if (!seed.isUndefined() &&
        (!seed.isDouble() || seed.toDouble() < 0 || seed.toDouble() > 4294967295.0 ||
         seed.toDouble() != double(qint64(seed.toDouble()))))
        return errorResponse(400, RunwayText::tr("seed must be an integer from 0 to 4294967295."));

    PromptImages images;
    const QJsonValue promptImage = o.value(QLatin1String("promptImage"));
    if (imageToVideo && !promptImage.isString() && !promptImage.isArray())
        return errorResponse(400, RunwayText::tr("promptImage is required for image_to_video."));
    if (!imageToVideo && !promptImage.isUndefined())
        return errorResponse(400, RunwayText::tr("promptImage belongs to /v1/image_to_video."));
    if (const QString refused = readPromptImages(promptImage, model, &images); !refused.isEmpty())
        return errorResponse(400, refused);

    m_runner->tick();
    const bool throttled = m_store->runningCount(ownerKey) >= m_config->maxRunningPerKey;

    const QStringList wh = ratio.split(QLatin1Char(':'));
    EmulatorJob job = JobIntake::newJob(request, decision);
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.dialect = QStringLiteral("runway");
    job.model = model;
    job.prompt = prompt;
    job.size = wh.value(0) + QLatin1Char('x') + wh.value(1);
    job.seconds = QString::number(duration);
    job.ownerKey = ownerKey;
    if (seed.isDouble())
        job.extra.insert(QStringLiteral("seed"), seed.toDouble());
    if (throttled)
        job.extra.insert(QStringLiteral("throttled"), true);
    QList<JobPicture> pictures;
    const auto picture = [&pictures](const QString &base, const PromptImage &image) {
        if (image.data.isEmpty()) // an https URL: accepted, not fetched
            return QString();
        pictures.append({base + QLatin1Char('.') + image.suffix, image.data});
        return pictures.last().fileName;
    };
    if (images.first)
        job.referenceFile = picture(QStringLiteral("reference"), *images.first);
    if (images.last)
        job.lastFrameFile = picture(QStringLiteral("last"), *images.last);
    for (qsizetype i = 0; i < images.references.size(); ++i) {
        const QString name = picture(QStringLiteral("subject-%1").arg(i), images.references.at(i));
        if (!name.isEmpty())
            job.subjectFiles.append(name);
    }
    const EmulatorJob *stored = m_intake.admit(std::move(job), pictures);
    if (!stored)
        return errorResponse(500, RunwayText::tr("The emulator could not store the image."));
    return JobIntake::answer(
        OpenAiRoutes::jsonResponse(QJsonObject{{QStringLiteral("id"), stored->id}}), decision);
}

QJsonObject RunwayRoutes::taskJson(const EmulatorJob &job, const QByteArray &host) const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), job.id);
    o.insert(QStringLiteral("createdAt"),
             QDateTime::fromMSecsSinceEpoch(job.createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    QString status = QStringLiteral("PENDING");
    if (job.status == QLatin1String("queued") &&
        job.extra.value(QStringLiteral("throttled")).toBool()) {
        status = QStringLiteral("THROTTLED");
    } else if (job.status == QLatin1String("in_progress")) {
        status = QStringLiteral("RUNNING");
        o.insert(QStringLiteral("progress"), job.progress / 100.0);
    } else if (job.status == QLatin1String("completed")) {
        status = QStringLiteral("SUCCEEDED");
        const QString url = QStringLiteral("http://%1/runway/outputs/%2.mp4?exp=%3")
                                .arg(QString::fromLatin1(host), job.id)
                                .arg(job.expiresAt);
        o.insert(QStringLiteral("output"), QJsonArray{url});
    } else if (job.status == QLatin1String("failed")) {
        status = QStringLiteral("FAILED");
        o.insert(QStringLiteral("failure"), job.errorMessage);
        o.insert(QStringLiteral("failureCode"), failureCodeFor(job));
    } else if (job.status == QLatin1String("cancelled")) {
        status = QStringLiteral("CANCELLED");
    }
    o.insert(QStringLiteral("status"), status);
    return o;
}

HttpResponseData RunwayRoutes::task(const HttpRequestData &request, const QString &id)
{
    m_runner->tick();
    const EmulatorJob *job = m_store->find(id);
    if (!job || job->dialect != QLatin1String("runway"))
        return errorResponse(404, RunwayText::tr("Task not found."));
    ++m_stats->retrieves;
    QByteArray host = request.header("host");
    if (host.isEmpty())
        host = "127.0.0.1";
    return OpenAiRoutes::jsonResponse(taskJson(*job, host));
}

HttpResponseData RunwayRoutes::cancel(const QString &id)
{
    EmulatorJob *job = m_store->find(id);
    if (!job || job->dialect != QLatin1String("runway"))
        return errorResponse(404, RunwayText::tr("Task not found."));
    m_runner->forget(id);
    // A running task is cancelled and stays readable; a finished one is deleted.
    if (job->isRunning())
        job->status = QStringLiteral("cancelled");
    else
        m_store->remove(id);
    (void)m_store->save();
    ++m_stats->deletes;
    HttpResponseData r;
    r.status = 204;
    return r;
}

HttpResponseData RunwayRoutes::output(const HttpRequestData &request, const QString &file,
                                      const FaultDecision &decision)
{
    m_runner->tick();
    const QString id = file.section(QLatin1Char('.'), 0, 0);
    const EmulatorJob *job = m_store->find(id);
    if (!job || job->dialect != QLatin1String("runway") ||
        job->status != QLatin1String("completed"))
        return errorResponse(404, RunwayText::tr("No such output."));
    const bool pastStamp =
        request.query.queryItemValue(QStringLiteral("exp")).toLongLong() != job->expiresAt;
    if (pastStamp || job->isExpired(QDateTime::currentMSecsSinceEpoch()))
        return errorResponse(403,
                             RunwayText::tr("This output URL has expired; fetch the task again."));
    HttpResponseData r;
    r.contentType = "video/mp4";
    r.filePath = m_store->videoPath(id);
    if (!QFileInfo::exists(r.filePath))
        return errorResponse(404, RunwayText::tr("No such output."));
    decision.dropDownload(r);
    ++m_stats->downloads;
    return r;
}

} // namespace ShotBrief
