// SPDX-License-Identifier: MIT
#include "runwayvideoprovider.h"

#include "clock.h"
#include "providerhttp.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>

#include <cmath>

#include <optional>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::RunwayVideoProvider)
};

QString unknownOutcome()
{
    return TrText::tr(
        "The answer to the create request was lost: outcome unknown; check your Runway "
        "dashboard before retrying (Runway cannot list tasks, so ShotBrief does not send "
        "it again).");
}

VideoJob taskToJob(const QJsonObject &task)
{
    VideoJob job;
    job.id = task.value(QLatin1String("id")).toString();
    job.createdAt =
        QDateTime::fromString(task.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    const QString status = task.value(QLatin1String("status")).toString();
    if (status == QLatin1String("PENDING") || status == QLatin1String("THROTTLED")) {
        job.status = VideoStatus::Queued;
    } else if (status == QLatin1String("RUNNING")) {
        job.status = VideoStatus::InProgress;
        job.progress = std::clamp(
            int(std::lround(task.value(QLatin1String("progress")).toDouble() * 100)), 0, 99);
    } else if (status == QLatin1String("SUCCEEDED")) {
        job.status = VideoStatus::Completed;
        job.progress = 100;
    } else if (status == QLatin1String("FAILED")) {
        job.status = VideoStatus::Failed;
        job.errorCode = task.value(QLatin1String("failureCode")).toString();
        job.errorMessage = task.value(QLatin1String("failure")).toString();
        if (job.errorCode.isEmpty())
            job.errorCode = QStringLiteral("FAILED");
    } else if (status == QLatin1String("CANCELLED")) {
        job.status = VideoStatus::Failed;
        job.errorCode = QStringLiteral("CANCELLED");
        job.errorMessage = TrText::tr("The task was cancelled.");
    }
    return job;
}

} // namespace

RunwayVideoProvider::RunwayVideoProvider(const ProviderProfile &profile, const QString &apiKey,
                                         Clock *clock, QObject *parent)
    : VideoProvider(parent)
    , m_profile(profile)
    , m_apiKey(apiKey)
    , m_clock(clock)
    , m_prices(runwayPrices())
{
    m_http = new ProviderHttp(clock, profile, apiKey, this);
    // A local server with its fixed dummy key (the emulator) costs nothing.
    if (!profile.fixedKey.isEmpty() && apiKey == profile.fixedKey)
        m_prices = PriceTable();
}

RunwayVideoProvider::~RunwayVideoProvider() = default;

void RunwayVideoProvider::setJitterSource(std::function<double()> jitter)
{
    m_http->setJitterSource(std::move(jitter));
}

QString RunwayVideoProvider::ratioForSize(const QString &size)
{
    QString ratio = size;
    ratio.replace(QLatin1Char('x'), QLatin1Char(':'));
    return ratio;
}

PriceTable RunwayVideoProvider::runwayPrices()
{
    // Runway bills credits at $0.01: gen4.5 12/s, gen4_turbo 5/s, gen3a_turbo 5/s, veo3 40/s,
    // veo3.1 40/s, veo3.1_fast 15/s, seedance2 36/s (developer portal, 2026).
    const QByteArray json = R"({"name": "Runway API list prices", "as_of": "2026-10-01",
        "currency": "USD", "prices": [
        {"model": "gen4.5", "size": "*", "usd_per_second": 0.12},
        {"model": "gen4_turbo", "size": "*", "usd_per_second": 0.05},
        {"model": "gen3a_turbo", "size": "*", "usd_per_second": 0.05},
        {"model": "veo3", "size": "*", "usd_per_second": 0.40},
        {"model": "veo3.1", "size": "*", "usd_per_second": 0.40},
        {"model": "veo3.1_fast", "size": "*", "usd_per_second": 0.15},
        {"model": "seedance2", "size": "*", "usd_per_second": 0.36}]})";
    const Result<PriceTable> table = PriceTable::parse(json, QStringLiteral("runway (built in)"));
    return table ? table.value() : PriceTable();
}

QString RunwayVideoProvider::name() const
{
    return m_profile.name;
}

ProviderCapabilities RunwayVideoProvider::capabilities() const
{
    return m_profile.capabilities;
}

QUrl RunwayVideoProvider::endpoint(const QString &path) const
{
    return ProviderHttp::endpoint(m_profile.baseUrl, path);
}

QList<QPair<QByteArray, QByteArray>> RunwayVideoProvider::headers() const
{
    return ProviderHttp::profileHeaders(m_profile, m_apiKey,
                                        {{QByteArray("X-Runway-Version"), ApiVersion}});
}

bool RunwayVideoProvider::refuseInsecure(ProviderReply *reply)
{
    const Result<void> check = m_profile.checkBaseUrl();
    if (check)
        return false;
    const ApiError error = ApiError::make(ApiErrorKind::InsecureUrl, check.error().message);
    reply->finishWithErrorLater(error);
    return true;
}

ProviderReply *RunwayVideoProvider::create(const CreateVideoRequest &request)
{
    auto *reply = new ProviderReply(ProviderReply::Kind::Job, this);
    if (refuseInsecure(reply))
        return reply;
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("promptText"), request.prompt},
                     {QStringLiteral("ratio"), ratioForSize(request.size)},
                     {QStringLiteral("duration"), request.seconds}};
    // promptImage (videos-api.md): one URI is the first frame; [{uri, position}] gives a first
    // and a last frame; seedance2 takes references as entries without a position, which
    // cannot be mixed with keyframes, so a shot with frames sends its frames only.
    const auto dataUri = [&](const QString &path) -> std::optional<QString> {
        QFile image(path);
        const QString mime = QMimeDatabase().mimeTypeForFile(path).name();
        // base64 grows the file by a third; the whole URI must stay under 5 MB.
        if (!image.open(QIODevice::ReadOnly) || image.size() * 4 / 3 + 64 > MaxDataUriBytes ||
            !mime.startsWith(QLatin1String("image/"))) {
            const QString why = !image.isOpen() ? image.errorString()
                                : mime.startsWith(QLatin1String("image/"))
                                    ? TrText::tr("larger than Runway's 5 MB limit for data URIs")
                                    : TrText::tr("not an image");
            reply->finishWithErrorLater(
                ApiError::make(ApiErrorKind::LocalFile,
                               TrText::tr("Cannot send the first frame %1: %2").arg(path, why)));
            return std::nullopt;
        }
        return QStringLiteral("data:%1;base64,").arg(mime) +
               QString::fromLatin1(image.readAll().toBase64());
    };
    const bool keyframes =
        !request.referenceImagePath.isEmpty() || !request.lastFramePath.isEmpty();
    if (!request.lastFramePath.isEmpty() && request.referenceImagePath.isEmpty()) {
        reply->finishWithErrorLater(ApiError::make(
            ApiErrorKind::InvalidRequest,
            TrText::tr("Runway does not generate from a last frame alone: give the shot a first "
                       "frame too, or remove the last frame.")));
        return reply;
    }
    QJsonArray promptImages;
    const auto add = [&](const QString &path, const QString &position) {
        const std::optional<QString> uri = dataUri(path);
        if (!uri)
            return false;
        QJsonObject entry{{QStringLiteral("uri"), *uri}};
        if (!position.isEmpty())
            entry.insert(QStringLiteral("position"), position);
        promptImages.append(entry);
        return true;
    };
    if (!request.referenceImagePath.isEmpty() &&
        !add(request.referenceImagePath, QStringLiteral("first")))
        return reply;
    if (!request.lastFramePath.isEmpty() && !add(request.lastFramePath, QStringLiteral("last")))
        return reply;
    if (!keyframes) {
        for (const QString &subject : request.subjectReferencePaths) {
            if (!add(subject, QString()))
                return reply;
        }
    }
    const bool withImage = !promptImages.isEmpty();
    if (promptImages.size() == 1 && !request.referenceImagePath.isEmpty())
        body.insert(QStringLiteral("promptImage"),
                    promptImages.first().toObject().value(QStringLiteral("uri")));
    else if (withImage)
        body.insert(QStringLiteral("promptImage"), promptImages);
    ProviderHttp::Request http;
    http.method = "POST";
    http.url =
        endpoint(withImage ? QStringLiteral("/image_to_video") : QStringLiteral("/text_to_video"));
    http.headers = headers();
    if (!request.shotLabel.isEmpty())
        http.headers.append({"X-ShotBrief-Shot-Label", request.shotLabel.left(64).toUtf8()});
    http.contentType = "application/json";
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.startsPaidJob = true;
    const QDateTime sentAt = m_clock->now();
    m_http->send(http, reply, [reply, request, sentAt](const ProviderHttp::Response &response) {
        finishCreateWithoutJobList(reply, response, request, sentAt, unknownOutcome());
    });
    return reply;
}

void RunwayVideoProvider::fetchTask(const QString &id, ProviderReply *reply,
                                    std::function<void(const VideoJob &)> then)
{
    ProviderHttp::Request http;
    http.url =
        endpoint(QStringLiteral("/tasks/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    http.headers = headers();
    m_http->send(http, reply, [this, reply, id, then](const ProviderHttp::Response &response) {
        if (!response.ok()) {
            reply->finishWithError(response.error);
            return;
        }
        const QJsonObject task = QJsonDocument::fromJson(response.body).object();
        VideoJob job = taskToJob(task);
        if (job.id.isEmpty() || job.status == VideoStatus::Unknown) {
            reply->finishWithError(ApiError::make(
                ApiErrorKind::BadResponse, TrText::tr("Runway's task answer is unreadable.")));
            return;
        }
        if (job.status == VideoStatus::Completed) {
            const QString url = task.value(QLatin1String("output")).toArray().first().toString();
            if (!url.isEmpty())
                m_outputs.insert(id, url);
        }
        then(job);
    });
}

ProviderReply *RunwayVideoProvider::retrieve(const QString &videoId)
{
    auto *reply = new ProviderReply(ProviderReply::Kind::Job, this);
    if (refuseInsecure(reply))
        return reply;
    fetchTask(videoId, reply, [reply](const VideoJob &job) { reply->finishWithJob(job); });
    return reply;
}

ProviderReply *RunwayVideoProvider::list(const ListOptions &)
{
    // Runway has no list of tasks. A non-transient error keeps the queue from guessing: the
    // take stays unsent until the user has checked the dashboard.
    ApiError error = ApiError::make(ApiErrorKind::Other, unknownOutcome());
    error.code = QStringLiteral("list_unsupported");
    return ProviderReply::failedLater(ProviderReply::Kind::List, error, this);
}

void RunwayVideoProvider::fetchOutput(const QString &id, const QString &url, const QString &target,
                                      ProviderReply *reply, bool mayRefresh)
{
    const QUrl output(url);
    if (output.scheme() != QLatin1String("https") &&
        !(output.scheme() == QLatin1String("http") &&
          output.host() == m_profile.baseUrl.host())) { // the emulator serves plain http
        reply->finishWithError(ApiError::make(
            ApiErrorKind::InsecureUrl, TrText::tr("Runway's output URL is not https; refused.")));
        return;
    }
    ProviderHttp::Request http;
    http.url = output;
    http.downloadTarget = target; // a signed URL: no key goes with it
    m_http->send(
        http, reply, [this, reply, id, target, mayRefresh](const ProviderHttp::Response &response) {
            if (response.ok()) {
                reply->finishWithDownload(target, response.written);
                return;
            }
            const int status = response.status;
            if (mayRefresh && (status == 403 || status == 404 || status == 410)) {
                // The signed URL expired: the task gives a fresh one while it lives.
                m_outputs.remove(id);
                fetchTask(id, reply, [this, reply, id, target](const VideoJob &job) {
                    if (job.status != VideoStatus::Completed || !m_outputs.contains(id)) {
                        reply->finishWithError(ApiError::make(
                            ApiErrorKind::NotFound,
                            TrText::tr("Runway no longer has the output of task %1.").arg(id)));
                        return;
                    }
                    fetchOutput(id, m_outputs.value(id), target, reply, false);
                });
                return;
            }
            ApiError error = response.error;
            if (status == 403)
                error.kind = ApiErrorKind::NotFound; // an expired signed URL
            reply->finishWithError(error);
        });
}

ProviderReply *RunwayVideoProvider::download(const QString &videoId, DownloadVariant variant,
                                             const QString &targetPath)
{
    if (variant != DownloadVariant::Video)
        return ProviderReply::failedLater(
            ProviderReply::Kind::Download,
            ApiError::make(ApiErrorKind::Other,
                           TrText::tr("Runway provides no %1.").arg(downloadVariantKey(variant))),
            this);
    auto *reply = new ProviderReply(ProviderReply::Kind::Download, this);
    if (refuseInsecure(reply))
        return reply;
    if (m_outputs.contains(videoId)) {
        QMetaObject::invokeMethod(
            reply,
            [this, reply, videoId, targetPath] {
                if (!reply->isFinished())
                    fetchOutput(videoId, m_outputs.value(videoId), targetPath, reply, true);
            },
            Qt::QueuedConnection);
        return reply;
    }
    fetchTask(videoId, reply, [this, reply, videoId, targetPath](const VideoJob &job) {
        if (job.status != VideoStatus::Completed || !m_outputs.contains(videoId)) {
            reply->finishWithError(
                ApiError::make(ApiErrorKind::InvalidRequest,
                               TrText::tr("Runway task %1 has no output yet.").arg(videoId)));
            return;
        }
        fetchOutput(videoId, m_outputs.value(videoId), targetPath, reply, false);
    });
    return reply;
}

ProviderReply *RunwayVideoProvider::remix(const QString &, const QString &)
{
    return ProviderReply::failedLater(
        ProviderReply::Kind::Job,
        ApiError::make(ApiErrorKind::InvalidRequest,
                       TrText::tr("Runway has no remix: generate a new take instead.")),
        this);
}

ProviderReply *RunwayVideoProvider::remove(const QString &videoId)
{
    auto *reply = new ProviderReply(ProviderReply::Kind::Delete, this);
    if (refuseInsecure(reply))
        return reply;
    ProviderHttp::Request http;
    http.method = "DELETE";
    http.url =
        endpoint(QStringLiteral("/tasks/") + QString::fromLatin1(QUrl::toPercentEncoding(videoId)));
    http.headers = headers();
    m_http->send(http, reply, [this, reply, videoId](const ProviderHttp::Response &response) {
        m_outputs.remove(videoId);
        if (response.ok() || response.error.kind == ApiErrorKind::NotFound)
            reply->finishDeleted(); // gone either way
        else
            reply->finishWithError(response.error);
    });
    return reply;
}

} // namespace ShotBrief
