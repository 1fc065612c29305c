// SPDX-License-Identifier: MIT
#include "openaivideoprovider.h"

#include "oneshotbody.h"

#include "clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUrlQuery>

#include <cstring>

namespace ShotBrief {

namespace {

constexpr qint64 ReadBufferBytes = 256 * 1024;

enum class Method { Get, Post, Delete };

bool isConnectionLevel(QNetworkReply::NetworkError error)
{
    // Qt numbers transport errors below 100 and proxy errors 101-199; HTTP-level ones above.
    // ContentReSendError: the connection closed unanswered and Qt wanted to resend.
    return (error != QNetworkReply::NoError && int(error) < 200) ||
           error == QNetworkReply::ContentReSendError;
}

bool certainlyNotSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError ||
           error == QNetworkReply::HostNotFoundError ||
           error == QNetworkReply::ProxyConnectionRefusedError ||
           error == QNetworkReply::ProxyNotFoundError ||
           error == QNetworkReply::SslHandshakeFailedError;
}

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

struct OpenAiVideoProvider::Call
{
    QPointer<ProviderReply> reply;
    Method method = Method::Get;
    QUrl url;
    QByteArray jsonBody;
    std::optional<CreateVideoRequest> createRequest; // multipart, rebuilt per attempt
    bool isCreate = false;
    QString downloadTarget;

    int retries = 0;
    int redirects = 0;
    bool sendAuth = true;
    bool uploadStarted = false;
    bool bodyTooLarge = false;
    QPointer<QNetworkReply> network;
    std::unique_ptr<QSaveFile> file;
    qint64 written = 0;
    QByteArray body;
};

OpenAiVideoProvider::OpenAiVideoProvider(const ProviderProfile &profile, const QString &apiKey,
                                         Clock *clock, QObject *parent)
    : VideoProvider(parent)
    , m_profile(profile)
    , m_apiKey(apiKey)
    , m_clock(clock)
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{
    // A local server with its fixed dummy key (the emulator) costs nothing.
    if (!profile.fixedKey.isEmpty() && apiKey == profile.fixedKey)
        m_prices = PriceTable();
    m_policy.maxRetries = profile.maxRetries;
    m_policy.timeoutMs = profile.requestTimeoutMs;
    m_manager = new QNetworkAccessManager(this);
    m_ownsManager = true;
}

OpenAiVideoProvider::~OpenAiVideoProvider() = default;

void OpenAiVideoProvider::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    if (m_ownsManager)
        m_manager->deleteLater();
    m_manager = manager;
    m_ownsManager = false;
}

void OpenAiVideoProvider::setJitterSource(std::function<double()> jitter)
{
    m_jitter = std::move(jitter);
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
    QString base = m_profile.baseUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

bool OpenAiVideoProvider::sameOrigin(const QUrl &url) const
{
    const QUrl &base = m_profile.baseUrl;
    return url.scheme().compare(base.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
           url.port(url.scheme() == QLatin1String("https") ? 443 : 80) ==
               base.port(base.scheme() == QLatin1String("https") ? 443 : 80);
}

ProviderReply *OpenAiVideoProvider::create(const CreateVideoRequest &request)
{
    auto call = std::make_shared<Call>();
    call->reply = new ProviderReply(ProviderReply::Kind::Job, this);
    call->method = Method::Post;
    call->url = endpoint(QStringLiteral("/videos"));
    call->createRequest = request;
    call->isCreate = true;
    return startCall(call);
}

ProviderReply *OpenAiVideoProvider::retrieve(const QString &videoId)
{
    auto call = std::make_shared<Call>();
    call->reply = new ProviderReply(ProviderReply::Kind::Job, this);
    call->url = endpoint(QStringLiteral("/videos/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(videoId)));
    return startCall(call);
}

ProviderReply *OpenAiVideoProvider::list(const ListOptions &options)
{
    auto call = std::make_shared<Call>();
    call->reply = new ProviderReply(ProviderReply::Kind::List, this);
    QUrl url = endpoint(QStringLiteral("/videos"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, options.limit, 100)));
    query.addQueryItem(QStringLiteral("order"),
                       options.descending ? QStringLiteral("desc") : QStringLiteral("asc"));
    if (!options.after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), options.after);
    url.setQuery(query);
    call->url = url;
    return startCall(call);
}

ProviderReply *OpenAiVideoProvider::download(const QString &videoId, DownloadVariant variant,
                                             const QString &targetPath)
{
    auto call = std::make_shared<Call>();
    call->reply = new ProviderReply(ProviderReply::Kind::Download, this);
    QUrl url = endpoint(QStringLiteral("/videos/") +
                        QString::fromLatin1(QUrl::toPercentEncoding(videoId)) +
                        QStringLiteral("/content"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("variant"), downloadVariantKey(variant));
    url.setQuery(query);
    call->url = url;
    call->downloadTarget = targetPath;
    return startCall(call);
}

ProviderReply *OpenAiVideoProvider::remix(const QString &videoId, const QString &prompt)
{
    auto call = std::make_shared<Call>();
    call->reply = new ProviderReply(ProviderReply::Kind::Job, this);
    call->method = Method::Post;
    call->url =
        endpoint(QStringLiteral("/videos/") +
                 QString::fromLatin1(QUrl::toPercentEncoding(videoId)) + QStringLiteral("/remix"));
    QJsonObject object;
    object.insert(QLatin1String("prompt"), prompt);
    call->jsonBody = QJsonDocument(object).toJson(QJsonDocument::Compact);
    call->isCreate = true; // a remix starts a paid job as well
    return startCall(call);
}

ProviderReply *OpenAiVideoProvider::remove(const QString &videoId)
{
    auto call = std::make_shared<Call>();
    call->reply = new ProviderReply(ProviderReply::Kind::Delete, this);
    call->method = Method::Delete;
    call->url = endpoint(QStringLiteral("/videos/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(videoId)));
    return startCall(call);
}

ProviderReply *OpenAiVideoProvider::startCall(std::shared_ptr<Call> call)
{
    ProviderReply *reply = call->reply;
    connect(reply, &ProviderReply::abortRequested, this, [call] {
        if (call->network)
            call->network->abort();
        if (call->file)
            call->file->cancelWriting();
    });
    const Result<void> urlCheck = m_profile.checkBaseUrl();
    if (!urlCheck) {
        ApiError error = ApiError::make(ApiErrorKind::InsecureUrl, urlCheck.error().message);
        QMetaObject::invokeMethod(
            reply, [reply, error] { reply->finishWithError(error); }, Qt::QueuedConnection);
        return reply;
    }
    // Start from the event loop so that the caller can connect to finished() first.
    QMetaObject::invokeMethod(
        reply, [this, call] { startAttempt(call); }, Qt::QueuedConnection);
    return reply;
}

void OpenAiVideoProvider::startAttempt(const std::shared_ptr<Call> &call)
{
    if (!call->reply || call->reply->isFinished())
        return;
    call->reply->setAttempts(call->reply->attempts() + 1);
    call->body.clear();
    call->bodyTooLarge = false;
    call->uploadStarted = false;
    call->written = 0;
    call->file.reset();

    QNetworkRequest request(call->url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_policy.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ShotBrief/" SHOTBRIEF_VERSION));
    request.setRawHeader("Accept", call->downloadTarget.isEmpty() ? "application/json" : "*/*");
    // Credentials and profile headers go only to the configured origin, never to a host a
    // redirect points at.
    if (call->sendAuth && sameOrigin(call->url)) {
        if (!m_apiKey.isEmpty() && m_profile.auth == AuthStyle::Bearer)
            request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
        else if (!m_apiKey.isEmpty() && m_profile.auth == AuthStyle::ApiKey)
            request.setRawHeader("api-key", m_apiKey.toUtf8());
        for (const auto &[name, value] : m_profile.extraHeaders)
            request.setRawHeader(name, value);
    }
    if (call->createRequest && !call->createRequest->shotLabel.isEmpty())
        request.setRawHeader("X-ShotBrief-Shot-Label",
                             call->createRequest->shotLabel.left(64).toUtf8());

    QNetworkReply *network = nullptr;
    if (call->method == Method::Get) {
        network = m_manager->get(request);
    } else if (call->method == Method::Delete) {
        network = m_manager->deleteResource(request);
    } else {
        QByteArray body;
        QByteArray contentType = "application/json";
        if (call->createRequest) {
            const CreateVideoRequest &create = *call->createRequest;
            const QByteArray boundary =
                "shotbrief-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
            contentType = "multipart/form-data; boundary=" + boundary;
            body += formField(boundary, "prompt", create.prompt);
            if (!create.model.isEmpty())
                body += formField(boundary, "model", create.model);
            if (!create.size.isEmpty())
                body += formField(boundary, "size", create.size);
            body += formField(boundary, "seconds", QString::number(create.seconds));
            if (!create.referenceImagePath.isEmpty()) {
                QFile image(create.referenceImagePath);
                if (!image.open(QIODevice::ReadOnly) || image.size() > MaxReferenceImageBytes) {
                    fail(call, ApiError::make(ApiErrorKind::LocalFile,
                                              tr("Cannot read the reference image %1: %2")
                                                  .arg(create.referenceImagePath,
                                                       image.isOpen() ? tr("larger than 50 MB")
                                                                      : image.errorString())));
                    return;
                }
                body +=
                    "--" + boundary +
                    "\r\nContent-Disposition: form-data; name=\"input_reference\"; filename=\"" +
                    quotedFileName(QFileInfo(create.referenceImagePath).fileName()) +
                    "\"\r\nContent-Type: " + mimeTypeFor(create.referenceImagePath) + "\r\n\r\n" +
                    image.readAll() + "\r\n";
            }
            body += "--" + boundary + "--\r\n";
        } else {
            body = call->jsonBody;
        }
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        // HTTP/1.1 with an unbuffered one-shot body: see OneShotBody.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotBody(std::move(body));
        network = m_manager->post(request, device);
        device->setParent(network);
    }
    call->network = network;

    if (!call->downloadTarget.isEmpty())
        network->setReadBufferSize(ReadBufferBytes);

    connect(network, &QNetworkReply::uploadProgress, this, [call](qint64 sent, qint64) {
        if (sent > 0)
            call->uploadStarted = true;
    });
    connect(network, &QNetworkReply::readyRead, this, [this, call, network] {
        const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool streaming = !call->downloadTarget.isEmpty() && status >= 200 && status < 300;
        if (streaming) {
            if (!call->file) {
                QDir().mkpath(QFileInfo(call->downloadTarget).absolutePath());
                call->file = std::make_unique<QSaveFile>(call->downloadTarget);
                if (!call->file->open(QIODevice::WriteOnly)) {
                    const QString why = call->file->errorString();
                    call->file.reset();
                    fail(call,
                         ApiError::make(ApiErrorKind::LocalFile,
                                        tr("Cannot write %1: %2").arg(call->downloadTarget, why)));
                    network->abort();
                    return;
                }
            }
            // Chunks of at most the read buffer: memory stays flat whatever the file size.
            while (network->bytesAvailable() > 0) {
                const QByteArray chunk = network->read(ReadBufferBytes);
                if (call->file->write(chunk) != chunk.size()) {
                    const QString why = call->file->errorString();
                    call->file->cancelWriting();
                    call->file.reset();
                    fail(call,
                         ApiError::make(ApiErrorKind::LocalFile,
                                        tr("Cannot write %1: %2").arg(call->downloadTarget, why)));
                    network->abort();
                    return;
                }
                call->written += chunk.size();
            }
            if (call->reply)
                Q_EMIT call->reply->downloadProgress(
                    call->written,
                    network->header(QNetworkRequest::ContentLengthHeader).toLongLong());
            return;
        }
        call->body += network->readAll();
        if (call->body.size() > m_maxJsonBytes) {
            call->bodyTooLarge = true;
            call->body.clear();
            network->abort();
        }
    });
    connect(network, &QNetworkReply::finished, this, [this, call] { onAttemptFinished(call); });
}

void OpenAiVideoProvider::onAttemptFinished(const std::shared_ptr<Call> &call)
{
    QNetworkReply *network = call->network;
    if (!network)
        return;
    network->deleteLater();
    call->network = nullptr;
    if (!call->reply || call->reply->isFinished()) {
        if (call->file)
            call->file->cancelWriting();
        return;
    }
    if (call->bodyTooLarge) {
        fail(call, ApiError::make(ApiErrorKind::ResponseTooLarge,
                                  tr("The provider's answer is larger than %1 MB; refused.")
                                      .arg(m_maxJsonBytes / (1024 * 1024))));
        return;
    }

    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = network->error();

    AttemptOutcome outcome;
    outcome.httpStatus = status;
    outcome.retryAfterMs = network->rawHeader("retry-after-ms");
    outcome.retryAfter = network->rawHeader("retry-after");
    outcome.shouldRetry = network->rawHeader("x-should-retry");

    if (isConnectionLevel(networkError)) {
        if (call->file) {
            call->file->cancelWriting();
            call->file.reset();
        }
        outcome.httpStatus = 0;
        outcome.timedOut = networkError == QNetworkReply::TimeoutError ||
                           networkError == QNetworkReply::OperationCanceledError;
        outcome.connectionError = !outcome.timedOut;
        ApiError error = ApiError::make(
            outcome.timedOut ? ApiErrorKind::Timeout : ApiErrorKind::Network,
            outcome.timedOut ? tr("The provider did not answer in time.")
            : networkError == QNetworkReply::ContentReSendError
                ? tr("The connection to %1 closed before the provider answered.")
                      .arg(call->url.host())
                : tr("Cannot reach the provider at %1: %2")
                      .arg(call->url.host(), redactSecret(network->errorString(), m_apiKey)));
        // A create that may have reached the server must not be sent again blindly: the
        // caller reconciles against the provider's list first (a crash never pays twice).
        if (call->isCreate && !certainlyNotSent(networkError)) {
            error.outcomeUnknown = true;
            fail(call, error);
            return;
        }
        retryOrFail(call, outcome, error);
        return;
    }

    if (status >= 300 && status < 400 && call->method == Method::Get) {
        const QUrl location = call->url.resolved(QUrl::fromEncoded(network->rawHeader("Location")));
        if (!location.isValid() || ++call->redirects > MaxRedirects) {
            fail(call, ApiError::make(ApiErrorKind::BadResponse,
                                      tr("The provider redirected too often or nowhere.")));
            return;
        }
        const bool downgrade = call->url.scheme() == QLatin1String("https") &&
                               location.scheme() != QLatin1String("https");
        if (downgrade || (location.scheme() != QLatin1String("https") &&
                          location.scheme() != QLatin1String("http"))) {
            fail(call, ApiError::make(ApiErrorKind::InsecureUrl,
                                      tr("The provider redirected to an insecure address; "
                                         "refused.")));
            return;
        }
        if (!sameOrigin(location))
            call->sendAuth = false;
        call->url = location;
        startAttempt(call);
        return;
    }

    if (status >= 200 && status < 300) {
        if (const QByteArray pollAfter = network->rawHeader("openai-poll-after-ms");
            !pollAfter.isEmpty())
            call->reply->setPollAfterMs(pollAfter.toInt());
        switch (call->reply->kind()) {
        case ProviderReply::Kind::Download: {
            const qint64 expected =
                network->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (!call->file) { // an empty body never triggered readyRead
                QDir().mkpath(QFileInfo(call->downloadTarget).absolutePath());
                call->file = std::make_unique<QSaveFile>(call->downloadTarget);
                if (!call->file->open(QIODevice::WriteOnly)) {
                    fail(call,
                         ApiError::make(ApiErrorKind::LocalFile,
                                        tr("Cannot write %1: %2")
                                            .arg(call->downloadTarget, call->file->errorString())));
                    return;
                }
            }
            if ((expected > 0 && call->written != expected) || call->written == 0) {
                call->file->cancelWriting();
                call->file.reset();
                outcome.connectionError = true;
                retryOrFail(call, outcome,
                            ApiError::make(ApiErrorKind::Network,
                                           tr("The download was cut short; it will be "
                                              "restarted.")));
                return;
            }
            if (!call->file->commit()) {
                const QString why = call->file->errorString();
                call->file.reset();
                fail(call,
                     ApiError::make(ApiErrorKind::LocalFile,
                                    tr("Cannot write %1: %2").arg(call->downloadTarget, why)));
                return;
            }
            call->file.reset();
            call->reply->finishWithDownload(call->downloadTarget, call->written);
            return;
        }
        case ProviderReply::Kind::Job: {
            const Result<VideoJob> job = parseVideoJob(call->body);
            if (!job) {
                ApiError error = ApiError::make(ApiErrorKind::BadResponse, job.error().message);
                error.httpStatus = status;
                error.outcomeUnknown = call->isCreate; // it may have been created anyway
                fail(call, error);
                return;
            }
            call->reply->finishWithJob(job.value());
            return;
        }
        case ProviderReply::Kind::List: {
            const Result<VideoList> list = parseVideoList(call->body);
            if (!list) {
                fail(call, ApiError::make(ApiErrorKind::BadResponse, list.error().message));
                return;
            }
            call->reply->finishWithList(list.value());
            return;
        }
        case ProviderReply::Kind::Delete:
            call->reply->finishDeleted();
            return;
        }
    }

    if (call->file) {
        call->file->cancelWriting();
        call->file.reset();
    }
    ApiError error = ApiError::fromHttp(status, call->body);
    if (status == 0)
        error = ApiError::make(ApiErrorKind::Other, tr("No HTTP status in the provider's answer."));
    retryOrFail(call, outcome, error);
}

void OpenAiVideoProvider::retryOrFail(const std::shared_ptr<Call> &call,
                                      const AttemptOutcome &outcome, const ApiError &error)
{
    if (!m_policy.shouldRetry(outcome, call->retries)) {
        fail(call, error);
        return;
    }
    const qint64 delay = RetryPolicy::delayMs(outcome, call->retries, m_clock->now(), m_jitter());
    ++call->retries;
    m_clock->schedule(delay, call->reply, [this, call] { startAttempt(call); });
}

void OpenAiVideoProvider::fail(const std::shared_ptr<Call> &call, ApiError error)
{
    if (!call->reply)
        return;
    error.message = redactSecret(error.message, m_apiKey);
    error.serverMessage = redactSecret(error.serverMessage, m_apiKey);
    call->reply->finishWithError(error);
}

} // namespace ShotBrief
