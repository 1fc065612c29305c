// SPDX-License-Identifier: MIT
#include "openroutervideoprovider.h"

#include "clock.h"
#include "modelcatalog.h"
#include "projectcapabilities.h"
#include "providerhttp.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>

#include <cmath>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::OpenRouterVideoProvider)
};

QString unknownOutcome()
{
    return TrText::tr(
        "The answer to the create request was lost: outcome unknown; check your OpenRouter "
        "activity page before retrying (OpenRouter cannot list video jobs, so ShotBrief does "
        "not send it again).");
}

QString percentEncoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

/// An image_url part with the file as a data: URL, or why the file cannot be sent.
Result<QJsonObject> imagePart(const QString &path)
{
    QFile image(path);
    const QString mime = QMimeDatabase().mimeTypeForFile(path).name();
    Error error;
    error.file = path;
    if (!mime.startsWith(QLatin1String("image/")))
        error.message = TrText::tr("Cannot send %1: not an image.").arg(path);
    else if (!image.open(QIODevice::ReadOnly))
        error.message = TrText::tr("Cannot send %1: %2").arg(path, image.errorString());
    else if (image.size() > OpenRouterVideoProvider::MaxImageBytes)
        error.message = TrText::tr("Cannot send %1: larger than %2 MB.")
                            .arg(path)
                            .arg(OpenRouterVideoProvider::MaxImageBytes / (1024 * 1024));
    if (!error.message.isEmpty())
        return error;
    const QString url = QStringLiteral("data:%1;base64,").arg(mime) +
                        QString::fromLatin1(image.readAll().toBase64());
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                       {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), url}}}};
}

/// A video file starts with an ISO BMFF box (MP4, MOV: "ftyp" at byte 4) or EBML (WebM).
bool looksLikeVideo(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(12);
    return head.mid(4, 4) == "ftyp" || head.startsWith("\x1A\x45\xDF\xA3");
}

} // namespace

OpenRouterVideoProvider::OpenRouterVideoProvider(const ProviderProfile &profile,
                                                 const QString &apiKey, Clock *clock,
                                                 QObject *parent)
    : VideoProvider(parent)
    , m_profile(profile)
    , m_apiKey(apiKey)
    , m_clock(clock)
    , m_free(!profile.fixedKey.isEmpty() && apiKey == profile.fixedKey)
{
    m_http = new ProviderHttp(clock, profile, apiKey, this);
}

OpenRouterVideoProvider::~OpenRouterVideoProvider() = default;

void OpenRouterVideoProvider::setJitterSource(std::function<double()> jitter)
{
    m_http->setJitterSource(std::move(jitter));
}

QString OpenRouterVideoProvider::name() const
{
    return m_profile.name;
}

ProviderCapabilities OpenRouterVideoProvider::capabilities() const
{
    return m_profile.capabilities;
}

PriceTable OpenRouterVideoProvider::priceTable() const
{
    return m_free ? PriceTable() : priceTableForProfile(m_profile);
}

QUrl OpenRouterVideoProvider::endpoint(const QString &path) const
{
    return ProviderHttp::endpoint(m_profile.baseUrl, path);
}

QList<QPair<QByteArray, QByteArray>> OpenRouterVideoProvider::headers() const
{
    // X-Title names the app on the user's OpenRouter activity page.
    return ProviderHttp::profileHeaders(m_profile, m_apiKey, {{"X-Title", "ShotBrief"}});
}

bool OpenRouterVideoProvider::refuseInsecure(ProviderReply *reply)
{
    const Result<void> check = m_profile.checkBaseUrl();
    if (check)
        return false;
    reply->finishWithErrorLater(ApiError::make(ApiErrorKind::InsecureUrl, check.error().message));
    return true;
}

Result<QByteArray> OpenRouterVideoProvider::createBody(const CreateVideoRequest &request) const
{
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("prompt"), request.prompt},
                     {QStringLiteral("duration"), request.seconds}};
    const ModelCapability *model = m_profile.capabilities.model(request.model);
    const ModelCapability capability = model ? *model : ModelCapability();
    if (!request.size.isEmpty()) {
        const QJsonObject format = openRouterFormatFields(capability, request.size);
        for (auto it = format.begin(); it != format.end(); ++it)
            body.insert(it.key(), it.value());
    }
    if (model)
        body.insert(QStringLiteral("generate_audio"), model->audio);
    // frame_images carry the first and last frames, input_references the cast's pictures
    // (videos-api.md). The queue has already left out what the model does not take.
    QJsonArray frames;
    QJsonArray references;
    if (!request.referenceImagePath.isEmpty()) {
        Result<QJsonObject> part = imagePart(request.referenceImagePath);
        if (!part)
            return part.error();
        // The shot's first frame goes as a first frame where the model takes one, else as a
        // subject reference where it takes those.
        if (capability.firstFrame || !model) {
            part->insert(QStringLiteral("frame_type"), QStringLiteral("first_frame"));
            frames.append(*part);
        } else if (capability.maxReferenceImages > 0) {
            references.append(*part);
        } else {
            Error error;
            error.field = QStringLiteral("reference_image");
            error.message = TrText::tr("%1 takes no pictures on OpenRouter: remove the shot's "
                                       "first frame, or choose a model that takes one.")
                                .arg(request.model);
            return error;
        }
    }
    if (!request.lastFramePath.isEmpty()) {
        Result<QJsonObject> part = imagePart(request.lastFramePath);
        if (!part)
            return part.error();
        part->insert(QStringLiteral("frame_type"), QStringLiteral("last_frame"));
        frames.append(*part);
    }
    for (const QString &subject : request.subjectReferencePaths) {
        Result<QJsonObject> part = imagePart(subject);
        if (!part)
            return part.error();
        references.append(*part);
    }
    if (!frames.isEmpty())
        body.insert(QStringLiteral("frame_images"), frames);
    if (!references.isEmpty())
        body.insert(QStringLiteral("input_references"), references);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Result<VideoJob> OpenRouterVideoProvider::parseJob(const QByteArray &json)
{
    Error error;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject object = document.object();
    VideoJob job;
    job.id = object.value(QLatin1String("id")).toString();
    if (parseError.error != QJsonParseError::NoError || job.id.isEmpty()) {
        error.message = TrText::tr("OpenRouter's answer about the job is unreadable.");
        return error;
    }
    const QString status = object.value(QLatin1String("status")).toString();
    if (status == QLatin1String("pending")) {
        job.status = VideoStatus::Queued;
    } else if (status == QLatin1String("in_progress")) {
        job.status = VideoStatus::InProgress; // OpenRouter reports no progress: none is shown
    } else if (status == QLatin1String("completed")) {
        job.status = VideoStatus::Completed;
        job.progress = 100;
        if (object.value(QLatin1String("unsigned_urls")).toArray().isEmpty()) {
            error.message = TrText::tr("OpenRouter reports job %1 completed but gives no video "
                                       "URL; the take stays in flight and is checked again.")
                                .arg(job.id);
            return error;
        }
        const QJsonValue cost =
            object.value(QLatin1String("usage")).toObject().value(QLatin1String("cost"));
        if (!cost.isDouble() || !std::isfinite(cost.toDouble()))
            job.costProblem = TrText::tr("OpenRouter did not report what job %1 cost; the "
                                         "ledger keeps the estimate.")
                                  .arg(job.id);
        else if (cost.toDouble() < 0.0)
            job.costProblem = TrText::tr("OpenRouter reported a negative cost (%1) for job %2; "
                                         "ignored, the ledger keeps the estimate.")
                                  .arg(cost.toDouble())
                                  .arg(job.id);
        else
            job.costUsd = cost.toDouble();
    } else if (status == QLatin1String("failed") || status == QLatin1String("cancelled")) {
        job.status = VideoStatus::Failed;
        const QJsonValue failure = object.value(QLatin1String("error"));
        job.errorMessage = failure.isObject()
                               ? failure.toObject().value(QLatin1String("message")).toString()
                               : failure.toString();
        job.errorCode = status == QLatin1String("cancelled") ? QStringLiteral("cancelled")
                                                             : QStringLiteral("failed");
        if (job.errorMessage.isEmpty())
            job.errorMessage = status == QLatin1String("cancelled")
                                   ? TrText::tr("The job was cancelled.")
                                   : TrText::tr("OpenRouter gave no reason.");
    } else if (status == QLatin1String("expired")) {
        error.message = TrText::tr("OpenRouter no longer has job %1: it expired.").arg(job.id);
        error.field = QStringLiteral("expired");
        return error;
    } else {
        error.message = TrText::tr("OpenRouter reports the unknown status \"%1\" for job %2.")
                            .arg(status, job.id);
        return error;
    }
    return job;
}

ProviderReply *OpenRouterVideoProvider::create(const CreateVideoRequest &request)
{
    auto *reply = new ProviderReply(ProviderReply::Kind::Job, this);
    if (refuseInsecure(reply))
        return reply;
    const Result<QByteArray> body = createBody(request);
    if (!body) {
        reply->finishWithErrorLater(ApiError::make(
            body.error().file.isEmpty() ? ApiErrorKind::InvalidRequest : ApiErrorKind::LocalFile,
            body.error().message));
        return reply;
    }
    ProviderHttp::Request http;
    http.method = "POST";
    http.url = endpoint(QStringLiteral("/videos"));
    http.headers = headers();
    if (!request.shotLabel.isEmpty())
        http.headers.append({"X-ShotBrief-Shot-Label", request.shotLabel.left(64).toUtf8()});
    http.contentType = "application/json";
    http.body = *body;
    http.startsPaidJob = true;
    const QDateTime sentAt = m_clock->now();
    m_http->send(http, reply, [reply, request, sentAt](const ProviderHttp::Response &response) {
        finishCreateWithoutJobList(reply, response, request, sentAt, unknownOutcome());
    });
    return reply;
}

ProviderReply *OpenRouterVideoProvider::retrieve(const QString &videoId)
{
    auto *reply = new ProviderReply(ProviderReply::Kind::Job, this);
    if (refuseInsecure(reply))
        return reply;
    ProviderHttp::Request http;
    http.url = endpoint(QStringLiteral("/videos/") + percentEncoded(videoId));
    http.headers = headers();
    m_http->send(http, reply, [this, reply](const ProviderHttp::Response &response) {
        if (!response.ok()) {
            reply->finishWithError(response.error);
            return;
        }
        Result<VideoJob> job = parseJob(response.body);
        if (job) {
            if (m_free) { // the emulator's placeholder clips cost nothing, whatever it says
                job->costUsd = -1.0;
                job->costProblem.clear();
            }
            reply->finishWithJob(*job);
            return;
        }
        // An expired job is gone (the queue marks the take expired); anything else unreadable
        // is the server's trouble and is asked again later.
        const bool expired = job.error().field == QLatin1String("expired");
        ApiError error = ApiError::make(expired ? ApiErrorKind::NotFound : ApiErrorKind::Server,
                                        job.error().message);
        error.httpStatus = response.status;
        reply->finishWithError(error);
    });
    return reply;
}

ProviderReply *OpenRouterVideoProvider::list(const ListOptions &)
{
    // OpenRouter has no list of video jobs. A non-transient error keeps the queue from
    // guessing: the take stays unsent until the user has checked the activity page.
    ApiError error = ApiError::make(ApiErrorKind::Other, unknownOutcome());
    error.code = QStringLiteral("list_unsupported");
    return ProviderReply::failedLater(ProviderReply::Kind::List, error, this);
}

ProviderReply *OpenRouterVideoProvider::download(const QString &videoId, DownloadVariant variant,
                                                 const QString &targetPath)
{
    if (variant != DownloadVariant::Video)
        return ProviderReply::failedLater(
            ProviderReply::Kind::Download,
            ApiError::make(
                ApiErrorKind::Other,
                TrText::tr("OpenRouter provides no %1.").arg(downloadVariantKey(variant))),
            this);
    auto *reply = new ProviderReply(ProviderReply::Kind::Download, this);
    if (refuseInsecure(reply))
        return reply;
    ProviderHttp::Request http;
    QUrl url =
        endpoint(QStringLiteral("/videos/") + percentEncoded(videoId) + QStringLiteral("/content"));
    url.setQuery(QStringLiteral("index=0"));
    http.url = url;
    http.headers = headers();
    // After profileHeaders' Accept: application/json, so that it replaces it.
    http.headers.append(qMakePair(QByteArray("Accept"), QByteArray("video/mp4")));
    http.downloadTarget = targetPath;
    m_http->send(http, reply, [reply, targetPath](const ProviderHttp::Response &response) {
        if (!response.ok()) {
            reply->finishWithError(response.error);
            return;
        }
        // A proxy's or a login page's HTML must not become a take's clip.
        const QByteArray type = response.header("content-type").toLower();
        if (type.startsWith("text/") || type.contains("json") || !looksLikeVideo(targetPath)) {
            QFile::remove(targetPath);
            ApiError error = ApiError::make(
                ApiErrorKind::BadResponse,
                TrText::tr("OpenRouter answered the download with %1 instead of a video; nothing "
                           "was kept. The download is tried again the next time generation "
                           "starts.")
                    .arg(type.isEmpty() ? TrText::tr("something else")
                                        : QString::fromLatin1(type.left(60))));
            error.httpStatus = response.status;
            reply->finishWithError(error);
            return;
        }
        reply->finishWithDownload(targetPath, response.written);
    });
    return reply;
}

ProviderReply *OpenRouterVideoProvider::remix(const QString &, const QString &)
{
    return ProviderReply::failedLater(
        ProviderReply::Kind::Job,
        ApiError::make(ApiErrorKind::InvalidRequest,
                       TrText::tr("OpenRouter has no remix: generate a new take instead.")),
        this);
}

ProviderReply *OpenRouterVideoProvider::remove(const QString &)
{
    // OpenRouter cannot stop or delete a video job: it finishes (and is billed) on its own, and
    // its output expires there.
    return ProviderReply::failedLater(
        ProviderReply::Kind::Delete,
        ApiError::make(ApiErrorKind::Other,
                       TrText::tr("OpenRouter cannot stop a job that has started; it finishes "
                                  "and is billed, and ShotBrief does not download it.")),
        this);
}

ProviderReply *OpenRouterVideoProvider::listModels()
{
    auto *reply = new ProviderReply(ProviderReply::Kind::Models, this);
    if (refuseInsecure(reply))
        return reply;
    ProviderHttp::Request http;
    http.url = endpoint(QStringLiteral("/videos/models"));
    http.headers = headers();
    const QString source = http.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    m_http->send(http, reply, [reply, source](const ProviderHttp::Response &response) {
        if (!response.ok()) {
            reply->finishWithError(response.error);
            return;
        }
        reply->finishWithCatalog(parseOpenRouterCatalog(response.body, source));
    });
    return reply;
}

} // namespace ShotBrief
