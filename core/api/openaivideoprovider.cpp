// SPDX-License-Identifier: MIT
#include "openaivideoprovider.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace ShotBrief {

namespace {

QByteArray mimeTypeFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return "image/png";
    if (suffix == QLatin1String("webp"))
        return "image/webp";
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return "image/jpeg";
    return QMimeDatabase().mimeTypeForFile(path).name().toLatin1();
}

QByteArray formField(const QByteArray &boundary, const char *name, const QString &value)
{
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" +
           value.toUtf8() + "\r\n";
}

QByteArray quotedFileName(const QString &name)
{
    QByteArray bytes = name.toUtf8();
    bytes.replace('"', "%22");
    bytes.replace('\r', "");
    bytes.replace('\n', "");
    return bytes;
}

constexpr qint64 MaxReferenceImageBytes = 50ll * 1024 * 1024;

} // namespace

OpenAiVideoProvider::OpenAiVideoProvider(const ProviderProfile &profile, const QString &apiKey,
                                         Clock *clock, QObject *parent)
    : VideoProvider(parent)
    , m_profile(profile)
    , m_apiKey(apiKey)
{
    // A local server with its fixed dummy key (the emulator) costs nothing.
    if (!profile.fixedKey.isEmpty() && apiKey == profile.fixedKey)
        m_prices = PriceTable();
    m_http = new ProviderHttp(clock, profile, apiKey, this);
}

OpenAiVideoProvider::~OpenAiVideoProvider() = default;

void OpenAiVideoProvider::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_http->setNetworkAccessManager(manager);
}

void OpenAiVideoProvider::setJitterSource(std::function<double()> jitter)
{
    m_http->setJitterSource(std::move(jitter));
}

QString OpenAiVideoProvider::name() const
{
    return m_profile.name;
}

ProviderCapabilities OpenAiVideoProvider::capabilities() const
{
    return m_profile.capabilities;
}

QUrl OpenAiVideoProvider::endpoint(const QString &path) const
{
    return ProviderHttp::endpoint(m_profile.baseUrl, path);
}

ProviderHttp::Request OpenAiVideoProvider::baseRequest(const QByteArray &method,
                                                       const QUrl &url) const
{
    ProviderHttp::Request http;
    http.method = method;
    http.url = url;
    // ProviderHttp sends these to the configured origin only, never to a redirect's host.
    http.headers = ProviderHttp::profileHeaders(m_profile, m_apiKey);
    return http;
}

ProviderReply *OpenAiVideoProvider::create(const CreateVideoRequest &request)
{
    const QByteArray boundary =
        "shotbrief-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    QByteArray body;
    body += formField(boundary, "prompt", request.prompt);
    if (!request.model.isEmpty())
        body += formField(boundary, "model", request.model);
    if (!request.size.isEmpty())
        body += formField(boundary, "size", request.size);
    body += formField(boundary, "seconds", QString::number(request.seconds));
    // input_reference is the first frame (videos-api.md). A last frame and subject references
    // go as file parts of their own (last_frame, reference_images), which the built-in
    // emulator and gateways that route to Veo read; a model's profile says whether it takes
    // them, and nothing is sent that it does not.
    QList<QPair<QByteArray, QString>> pictures;
    if (!request.referenceImagePath.isEmpty())
        pictures.append({"input_reference", request.referenceImagePath});
    if (!request.lastFramePath.isEmpty())
        pictures.append({"last_frame", request.lastFramePath});
    for (const QString &subject : request.subjectReferencePaths)
        pictures.append({"reference_images", subject});
    for (const auto &[field, path] : std::as_const(pictures)) {
        QFile image(path);
        if (!image.open(QIODevice::ReadOnly) || image.size() > MaxReferenceImageBytes)
            return ProviderReply::failedLater(
                ProviderReply::Kind::Job,
                ApiError::make(
                    ApiErrorKind::LocalFile,
                    tr("Cannot read the first frame %1: %2")
                        .arg(path, image.isOpen() ? tr("larger than 50 MB") : image.errorString())),
                this);
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field +
                "\"; filename=\"" + quotedFileName(QFileInfo(path).fileName()) +
                "\"\r\nContent-Type: " + mimeTypeFor(path) + "\r\n\r\n" + image.readAll() + "\r\n";
    }
    body += "--" + boundary + "--\r\n";

    ProviderHttp::Request http = baseRequest("POST", endpoint(QStringLiteral("/videos")));
    http.body = body;
    http.contentType = "multipart/form-data; boundary=" + boundary;
    http.startsPaidJob = true;
    if (!request.shotLabel.isEmpty())
        http.headers.append(
            {QByteArray("X-ShotBrief-Shot-Label"), request.shotLabel.left(64).toUtf8()});
    return startCall(ProviderReply::Kind::Job, http);
}

ProviderReply *OpenAiVideoProvider::retrieve(const QString &videoId)
{
    return startCall(
        ProviderReply::Kind::Job,
        baseRequest("GET", endpoint(QStringLiteral("/videos/") +
                                    QString::fromLatin1(QUrl::toPercentEncoding(videoId)))));
}

ProviderReply *OpenAiVideoProvider::list(const ListOptions &options)
{
    QUrl url = endpoint(QStringLiteral("/videos"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, options.limit, 100)));
    query.addQueryItem(QStringLiteral("order"),
                       options.descending ? QStringLiteral("desc") : QStringLiteral("asc"));
    if (!options.after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), options.after);
    url.setQuery(query);
    return startCall(ProviderReply::Kind::List, baseRequest("GET", url));
}

ProviderReply *OpenAiVideoProvider::download(const QString &videoId, DownloadVariant variant,
                                             const QString &targetPath)
{
    QUrl url = endpoint(QStringLiteral("/videos/") +
                        QString::fromLatin1(QUrl::toPercentEncoding(videoId)) +
                        QStringLiteral("/content"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("variant"), downloadVariantKey(variant));
    url.setQuery(query);
    ProviderHttp::Request http = baseRequest("GET", url);
    http.headers.last().second = "*/*"; // Accept
    http.downloadTarget = targetPath;
    return startCall(ProviderReply::Kind::Download, http);
}

ProviderReply *OpenAiVideoProvider::remix(const QString &videoId, const QString &prompt)
{
    ProviderHttp::Request http =
        baseRequest("POST", endpoint(QStringLiteral("/videos/") +
                                     QString::fromLatin1(QUrl::toPercentEncoding(videoId)) +
                                     QStringLiteral("/remix")));
    QJsonObject object;
    object.insert(QLatin1String("prompt"), prompt);
    http.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    http.contentType = "application/json";
    http.startsPaidJob = true; // a remix starts a paid job as well
    return startCall(ProviderReply::Kind::Job, http);
}

ProviderReply *OpenAiVideoProvider::remove(const QString &videoId)
{
    return startCall(
        ProviderReply::Kind::Delete,
        baseRequest("DELETE", endpoint(QStringLiteral("/videos/") +
                                       QString::fromLatin1(QUrl::toPercentEncoding(videoId)))));
}

ProviderReply *OpenAiVideoProvider::startCall(ProviderReply::Kind kind,
                                              const ProviderHttp::Request &http)
{
    if (const Result<void> urlCheck = m_profile.checkBaseUrl(); !urlCheck)
        return ProviderReply::failedLater(
            kind, ApiError::make(ApiErrorKind::InsecureUrl, urlCheck.error().message), this);
    auto *reply = new ProviderReply(kind, this);
    const bool startsPaidJob = http.startsPaidJob;
    const QString target = http.downloadTarget;
    const QString key = m_apiKey;
    m_http->send(
        http, reply, [reply, startsPaidJob, target, key](const ProviderHttp::Response &response) {
            if (!response.ok()) {
                reply->finishWithError(response.error);
                return;
            }
            if (const QByteArray pollAfter = response.header("openai-poll-after-ms");
                !pollAfter.isEmpty())
                reply->setPollAfterMs(pollAfter.toInt());
            switch (reply->kind()) {
            case ProviderReply::Kind::Job: {
                const Result<VideoJob> job = parseVideoJob(response.body);
                if (!job) {
                    ApiError error = ApiError::make(ApiErrorKind::BadResponse,
                                                    redactSecret(job.error().message, key));
                    error.httpStatus = response.status;
                    error.outcomeUnknown = startsPaidJob; // it may have been created anyway
                    reply->finishWithError(error);
                    return;
                }
                reply->finishWithJob(job.value());
                return;
            }
            case ProviderReply::Kind::List: {
                const Result<VideoList> list = parseVideoList(response.body);
                if (!list) {
                    reply->finishWithError(ApiError::make(ApiErrorKind::BadResponse,
                                                          redactSecret(list.error().message, key)));
                    return;
                }
                reply->finishWithList(list.value());
                return;
            }
            case ProviderReply::Kind::Download:
                reply->finishWithDownload(target, response.written);
                return;
            case ProviderReply::Kind::Delete:
                reply->finishDeleted();
                return;
            case ProviderReply::Kind::Models:
                break; // listModels() reads its own answer
            }
        });
    return reply;
}

ProviderReply *OpenAiVideoProvider::listModels()
{
    if (m_profile.catalog != QLatin1String("litellm"))
        return VideoProvider::listModels();
    if (const Result<void> urlCheck = m_profile.checkBaseUrl(); !urlCheck)
        return ProviderReply::failedLater(
            ProviderReply::Kind::Models,
            ApiError::make(ApiErrorKind::InsecureUrl, urlCheck.error().message), this);
    auto *reply = new ProviderReply(ProviderReply::Kind::Models, this);
    // LiteLLM's /models names models only; /model/info also says which make video.
    const ProviderHttp::Request http = baseRequest("GET", endpoint(QStringLiteral("/model/info")));
    const QString source = http.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const QList<ModelCapability> current = m_profile.capabilities.models;
    m_http->send(http, reply, [reply, source, current](const ProviderHttp::Response &response) {
        if (!response.ok()) {
            reply->finishWithError(response.error);
            return;
        }
        const ModelCapability modelTemplate =
            current.isEmpty() ? ProviderCapabilities::openAiVideos().models.first()
                              : current.first();
        reply->finishWithCatalog(
            parseLiteLlmModelInfo(response.body, source, current, modelTemplate));
    });
    return reply;
}

} // namespace ShotBrief
