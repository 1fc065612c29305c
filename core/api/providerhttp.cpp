// SPDX-License-Identifier: MIT
#include "providerhttp.h"

#include "oneshotbody.h"

#include "clock.h"
#include "providerreply.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>

namespace ShotBrief {

namespace {

constexpr qint64 ReadBufferBytes = 256 * 1024;
/// How often the time limits are looked at when no byte arrives to trigger a look.
constexpr int WatchdogIntervalMs = 1000;
/// How long a retired network manager is kept before it is deleted (see retireManager()).
constexpr int RetiredGraceMs = 30'000;

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

int defaultPort(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

} // namespace

struct ProviderHttp::Call
{
    Request request;
    QPointer<ProviderReply> reply;
    bool hadReply = false;
    Handler handler;
    int retries = 0;
    bool done = false;

    // Where the current attempt goes (after redirects) and whether the headers go with it.
    QUrl url;
    int redirects = 0;
    bool sendHeaders = true;

    // One attempt.
    QPointer<QNetworkReply> network;
    QNetworkAccessManager *manager = nullptr; // the one `network` belongs to
    Abort abort = Abort::None;
    std::unique_ptr<QSaveFile> file;
    qint64 written = 0;
    QByteArray body;
    QString fileError;
    qint64 startedMs = 0;
    qint64 deadlineMs = 0;
    bool streaming = false; ///< a 2xx download body is arriving: throughput rules apply
    qint64 capBytes = 0;
    qint64 windowStartMs = 0;
    qint64 windowStartBytes = 0;

    bool abandoned() const { return done || (hadReply && (!reply || reply->isFinished())); }
};

QByteArray ProviderHttp::Response::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

ProviderHttp::ProviderHttp(Clock *clock, const RetryPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_manager(new QNetworkAccessManager(this))
    , m_policy(policy)
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_watchdog.setInterval(WatchdogIntervalMs);
    connect(&m_watchdog, &QTimer::timeout, this, &ProviderHttp::onWatchdog);
}

namespace {

RetryPolicy policyFor(const ProviderProfile &profile)
{
    RetryPolicy policy;
    policy.maxRetries = profile.maxRetries;
    policy.timeoutMs = profile.requestTimeoutMs;
    policy.deadlineMs = profile.requestDeadlineMs;
    return policy;
}

} // namespace

ProviderHttp::ProviderHttp(Clock *clock, const ProviderProfile &profile, const QString &secret,
                           QObject *parent)
    : ProviderHttp(clock, policyFor(profile), parent)
{
    m_secret = secret;
}

QList<QPair<QByteArray, QByteArray>>
ProviderHttp::profileHeaders(const ProviderProfile &profile, const QString &key,
                             const QList<QPair<QByteArray, QByteArray>> &dialect)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!key.isEmpty() && profile.auth == AuthStyle::Bearer)
        headers.append({QByteArray("Authorization"), "Bearer " + key.toUtf8()});
    else if (!key.isEmpty() && profile.auth == AuthStyle::ApiKey)
        headers.append({QByteArray("api-key"), key.toUtf8()});
    headers += profile.extraHeaders;
    headers += dialect;
    headers.append({QByteArray("Accept"), QByteArray("application/json")});
    return headers;
}

QUrl ProviderHttp::endpoint(const QUrl &base, const QString &path)
{
    QString text = base.toString();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return QUrl(text + path);
}

ProviderHttp::~ProviderHttp()
{
    m_watchdog.stop();
}

void ProviderHttp::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    if (m_ownsManager)
        m_manager->deleteLater();
    m_manager = manager;
    m_ownsManager = false;
}

ApiError ProviderHttp::errorFor(int status, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue error = document.object().value(QLatin1String("error"));
    if (error.isString()) { // Runway: {"error": "text"}
        const QJsonObject normalized{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), error.toString()}}}};
        return ApiError::fromHttp(status, QJsonDocument(normalized).toJson(QJsonDocument::Compact));
    }
    if (document.isObject())
        return ApiError::fromHttp(status, body);
    const QString text = QString::fromUtf8(body.left(300)).simplified();
    const QJsonObject wrapped{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), text}}}};
    return ApiError::fromHttp(status, QJsonDocument(wrapped).toJson(QJsonDocument::Compact));
}

void ProviderHttp::send(const Request &request, ProviderReply *reply, Handler handler)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->url = request.url;
    call->reply = reply;
    call->hadReply = reply != nullptr;
    call->handler = std::move(handler);
    if (reply) {
        connect(reply, &ProviderReply::abortRequested, this, [call] {
            call->done = true;
            if (call->network)
                call->network->abort();
            if (call->file)
                call->file->cancelWriting();
        });
    }
    // From the event loop, so that the caller can connect to the reply first.
    QMetaObject::invokeMethod(
        this, [this, call] { attempt(call); }, Qt::QueuedConnection);
}

void ProviderHttp::attempt(const std::shared_ptr<Call> &call)
{
    if (call->abandoned())
        return;
    if (call->reply)
        call->reply->setAttempts(call->reply->attempts() + 1);
    call->body.clear();
    call->abort = Abort::None;
    call->written = 0;
    call->file.reset();
    call->fileError.clear();
    call->streaming = false;

    const Request &r = call->request;
    QNetworkRequest request(call->url);
    // Redirects are followed by hand (finished()): Qt's policies either refuse another host
    // (a CDN for downloads) or would carry the key there.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_policy.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ShotBrief/" SHOTBRIEF_VERSION));
    if (call->sendHeaders) {
        for (const auto &[name, value] : r.headers)
            request.setRawHeader(name, value);
    }
    QNetworkReply *network = nullptr;
    if (r.method == "GET") {
        network = m_manager->get(request);
    } else if (r.method == "DELETE" && r.body.isEmpty()) {
        network = m_manager->deleteResource(request);
    } else {
        if (!r.contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
        request.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        // HTTP/1.1 with an unbuffered one-shot body: see OneShotBody.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotBody(r.body);
        network = r.method == "POST" ? m_manager->post(request, device)
                                     : m_manager->sendCustomRequest(request, r.method, device);
        device->setParent(network);
    }
    call->network = network;
    call->manager = m_manager;
    call->startedMs = m_clock->elapsedMs();
    // A slow uplink may take long to send a large reference image before any answer can come.
    call->deadlineMs = m_policy.deadlineMs + r.body.size() / UploadBytesPerMs;
    if (!r.downloadTarget.isEmpty())
        network->setReadBufferSize(ReadBufferBytes);

    connect(network, &QNetworkReply::readyRead, this, [this, call] { onReadyRead(call); });
    connect(network, &QNetworkReply::finished, this, [this, call] { finished(call); });
    m_inFlight.push_back(call);
    if (!m_watchdog.isActive())
        m_watchdog.start();
}

void ProviderHttp::onReadyRead(const std::shared_ptr<Call> &call)
{
    QNetworkReply *network = call->network;
    if (!network)
        return;
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (call->request.downloadTarget.isEmpty() || status < 200 || status >= 300) {
        call->body += network->readAll();
        if (call->body.size() > m_maxJsonBytes) {
            call->body.clear();
            stopAttempt(call, Abort::TooLarge);
            return;
        }
        checkLimits(call);
        return;
    }
    const qint64 announced = network->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (!call->streaming) {
        call->streaming = true;
        call->capBytes = announced > 0 ? announced : m_maxDownloadBytes;
        call->windowStartMs = m_clock->elapsedMs();
        call->windowStartBytes = 0;
    }
    const QString &target = call->request.downloadTarget;
    if (!call->file) {
        QDir().mkpath(QFileInfo(target).absolutePath());
        call->file = std::make_unique<QSaveFile>(target);
        if (!call->file->open(QIODevice::WriteOnly)) {
            call->fileError = call->file->errorString();
            call->file.reset();
            network->abort();
            return;
        }
    }
    // Chunks of at most the read buffer: memory stays flat whatever the file size.
    while (network->bytesAvailable() > 0) {
        const QByteArray chunk = network->read(ReadBufferBytes);
        if (call->written + chunk.size() > call->capBytes) {
            stopAttempt(call, Abort::OverCap);
            return;
        }
        if (call->file->write(chunk) != chunk.size()) {
            call->fileError = call->file->errorString();
            call->file->cancelWriting();
            call->file.reset();
            network->abort();
            return;
        }
        call->written += chunk.size();
    }
    if (call->reply)
        Q_EMIT call->reply->downloadProgress(call->written, announced);
    checkLimits(call);
}

/// The time limits of one attempt, measured on the injected clock:
/// - a JSON call (and a download until its headers are in) must have its whole answer within
///   the policy's deadline (plus time for the upload), however steadily the server trickles;
/// - a download body has no total deadline (a 200 MB clip may take an hour on a slow line)
///   but must bring at least StallMinBytes (16 KB) in every StallWindowMs (30 s) window, i.e.
///   about 0.5 KB/s: any real line, even a congested mobile one, does far better, while a
///   server dribbling bytes to beat the inactivity timeout is stopped within a minute;
/// - a download body may not exceed its Content-Length (or the cap without one); see
///   onReadyRead().
/// Qt's transfer timeout (policy.timeoutMs) still ends any attempt that goes silent.
void ProviderHttp::checkLimits(const std::shared_ptr<Call> &call)
{
    if (!call->network || call->abort != Abort::None)
        return;
    const qint64 now = m_clock->elapsedMs();
    if (call->streaming) {
        if (now - call->windowStartMs < StallWindowMs)
            return;
        if (call->written - call->windowStartBytes < StallMinBytes) {
            stopAttempt(call, Abort::Stalled);
            return;
        }
        call->windowStartMs = now;
        call->windowStartBytes = call->written;
        return;
    }
    if (now - call->startedMs > call->deadlineMs)
        stopAttempt(call, Abort::Deadline);
}

void ProviderHttp::stopAttempt(const std::shared_ptr<Call> &call, Abort why)
{
    call->abort = why;
    if (call->network)
        call->network->abort(); // finished() follows at once
}

void ProviderHttp::onWatchdog()
{
    // A copy: a check may end an attempt, which removes it from m_inFlight.
    const std::vector<std::shared_ptr<Call>> calls = m_inFlight;
    for (const std::shared_ptr<Call> &call : calls)
        checkLimits(call);
    if (m_inFlight.empty())
        m_watchdog.stop();
}

/// Qt 6.4 reads an HTTP answer's headers in the manager's own thread, byte by byte, for as
/// long as the socket has data: a server that floods endless or enormous headers keeps that
/// thread busy long after the reply was aborted, and every later request through the same
/// manager waits behind it (the "next call hangs after a header timeout" of issue #9).
/// clearConnectionCache() would block this thread for up to 5 s waiting for it. So after an
/// attempt had to be stopped, later requests get a fresh manager; the old one is deleted once
/// its replies are gone and its thread has had time to notice the closed connection.
void ProviderHttp::retireManager()
{
    if (!m_ownsManager)
        return;
    m_retired.append(m_manager);
    m_manager = new QNetworkAccessManager(this);
    QTimer::singleShot(RetiredGraceMs, this, &ProviderHttp::disposeRetired);
}

void ProviderHttp::disposeRetired()
{
    for (auto it = m_retired.begin(); it != m_retired.end();) {
        QNetworkAccessManager *manager = *it;
        const bool busy = manager && std::any_of(m_inFlight.begin(), m_inFlight.end(),
                                                 [manager](const auto &call) {
                                                     return call->manager == manager;
                                                 });
        if (busy) {
            ++it;
            continue;
        }
        if (manager)
            manager->deleteLater();
        it = m_retired.erase(it);
    }
    if (!m_retired.isEmpty())
        QTimer::singleShot(RetiredGraceMs, this, &ProviderHttp::disposeRetired);
}

void ProviderHttp::finished(const std::shared_ptr<Call> &call)
{
    QNetworkReply *network = call->network;
    if (!network)
        return;
    network->deleteLater();
    call->network = nullptr;
    m_inFlight.erase(std::remove(m_inFlight.begin(), m_inFlight.end(), call), m_inFlight.end());

    const QNetworkReply::NetworkError networkError = network->error();
    const Abort why = call->abort;
    const bool qtTimedOut = why == Abort::None && !call->done &&
                            (networkError == QNetworkReply::TimeoutError ||
                             networkError == QNetworkReply::OperationCanceledError);
    if ((qtTimedOut || why != Abort::None) && call->manager == m_manager)
        retireManager();

    if (call->abandoned()) {
        if (call->file)
            call->file->cancelWriting();
        return;
    }
    const QString target = call->request.downloadTarget;
    if (call->file && (why != Abort::None || networkError != QNetworkReply::NoError)) {
        call->file->cancelWriting();
        call->file.reset();
    }
    if (!call->fileError.isEmpty()) {
        Response response;
        response.error = ApiError::make(ApiErrorKind::LocalFile,
                                        tr("Cannot write %1: %2").arg(target, call->fileError));
        complete(call, response);
        return;
    }
    if (why == Abort::TooLarge) {
        Response response;
        response.error = ApiError::make(ApiErrorKind::ResponseTooLarge,
                                        tr("The provider's answer is larger than %1 MB; refused.")
                                            .arg(m_maxJsonBytes / (1024 * 1024)));
        complete(call, response);
        return;
    }

    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    AttemptOutcome outcome;
    outcome.httpStatus = status;
    outcome.retryAfterMs = network->rawHeader("retry-after-ms");
    outcome.retryAfter = network->rawHeader("retry-after");
    outcome.shouldRetry = network->rawHeader("x-should-retry");

    Response response;
    response.status = status;
    for (const auto &[name, value] : network->rawHeaderPairs())
        response.headers.append({name.toLower(), value});

    if (why != Abort::None || isConnectionLevel(networkError)) {
        outcome.httpStatus = 0;
        response.status = 0;
        if (why == Abort::OverCap) {
            outcome.connectionError = true;
            response.error =
                ApiError::make(ApiErrorKind::Network,
                               tr("The download is larger than the %1 bytes expected; stopped.")
                                   .arg(call->capBytes));
        } else if (why == Abort::Stalled) {
            outcome.timedOut = true;
            response.error = ApiError::make(ApiErrorKind::Timeout,
                                            tr("The download stalled (less than %1 KB in %2 s); "
                                               "it will be restarted.")
                                                .arg(StallMinBytes / 1024)
                                                .arg(StallWindowMs / 1000));
        } else if (why == Abort::Deadline) {
            outcome.timedOut = true;
            response.error = ApiError::make(
                ApiErrorKind::Timeout, tr("The provider took longer than %1 s to answer; stopped.")
                                           .arg((call->deadlineMs + 999) / 1000));
        } else {
            outcome.timedOut = networkError == QNetworkReply::TimeoutError ||
                               networkError == QNetworkReply::OperationCanceledError;
            outcome.connectionError = !outcome.timedOut;
            response.error =
                ApiError::make(outcome.timedOut ? ApiErrorKind::Timeout : ApiErrorKind::Network,
                               outcome.timedOut ? tr("The provider did not answer in time.")
                               : networkError == QNetworkReply::ContentReSendError
                                   ? tr("The connection to %1 closed before the provider answered.")
                                         .arg(call->url.host())
                                   : tr("Cannot reach the provider at %1: %2")
                                         .arg(call->url.host(), network->errorString()));
        }
        // A create that may have reached the server must not be sent again blindly: the
        // caller reconciles against the provider's list first (a crash never pays twice).
        if (call->request.startsPaidJob &&
            (why != Abort::None || !certainlyNotSent(networkError))) {
            response.error.outcomeUnknown = true;
            complete(call, response);
            return;
        }
        retryOrComplete(call, outcome, response);
        return;
    }

    if (status >= 300 && status < 400 && call->request.method == "GET") {
        const QUrl location = call->url.resolved(QUrl::fromEncoded(network->rawHeader("Location")));
        if (!location.isValid() || location.isEmpty() || ++call->redirects > MaxRedirects) {
            response.error = ApiError::make(ApiErrorKind::BadResponse,
                                            tr("The provider redirected too often or nowhere."));
            complete(call, response);
            return;
        }
        const QString scheme = location.scheme().toLower();
        const bool downgrade =
            call->url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
            scheme != QLatin1String("https");
        if (downgrade || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            response.error =
                ApiError::make(ApiErrorKind::InsecureUrl,
                               tr("The provider redirected to an insecure address; refused."));
            complete(call, response);
            return;
        }
        if (!sameOrigin(location, call->request.url))
            call->sendHeaders = false;
        call->url = location;
        attempt(call);
        return;
    }

    if (status >= 200 && status < 300) {
        if (target.isEmpty()) {
            response.body = call->body;
            complete(call, response);
            return;
        }
        const qint64 expected = network->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (!call->file) { // an empty body never triggered readyRead
            QDir().mkpath(QFileInfo(target).absolutePath());
            call->file = std::make_unique<QSaveFile>(target);
            (void)call->file->open(QIODevice::WriteOnly);
        }
        if ((expected > 0 && call->written != expected) || call->written == 0) {
            call->file->cancelWriting();
            call->file.reset();
            outcome.connectionError = true;
            response.error = ApiError::make(
                ApiErrorKind::Network, tr("The download was cut short; it will be restarted."));
            retryOrComplete(call, outcome, response);
            return;
        }
        if (!call->file->commit()) {
            const QString why = call->file->errorString();
            call->file.reset();
            response.error =
                ApiError::make(ApiErrorKind::LocalFile, tr("Cannot write %1: %2").arg(target, why));
            complete(call, response);
            return;
        }
        call->file.reset();
        response.written = call->written;
        complete(call, response);
        return;
    }

    response.body = call->body;
    response.error = status == 0 ? ApiError::make(ApiErrorKind::Other,
                                                  tr("No HTTP status in the provider's answer."))
                                 : errorFor(status, call->body);
    retryOrComplete(call, outcome, response);
}

void ProviderHttp::retryOrComplete(const std::shared_ptr<Call> &call, const AttemptOutcome &outcome,
                                   Response response)
{
    if (!m_policy.shouldRetry(outcome, call->retries)) {
        // What the server said about trying again goes with the error, for the queue's own
        // retries of the job step.
        if (response.error.isError()) {
            response.error.retryAfterMs =
                RetryPolicy::serverDelayMs(outcome, m_clock->now()).value_or(0);
            response.error.retryRefused = outcome.shouldRetry.trimmed().toLower() == "false";
        }
        complete(call, std::move(response));
        return;
    }
    const qint64 delay = m_policy.delayMs(outcome, call->retries, m_clock->now(), m_jitter());
    ++call->retries;
    // A retry starts from the original address: a redirect target (a signed URL) may be stale.
    call->url = call->request.url;
    call->redirects = 0;
    call->sendHeaders = true;
    m_clock->schedule(delay, call->reply ? static_cast<QObject *>(call->reply.data()) : this,
                      [this, call] { attempt(call); });
}

void ProviderHttp::complete(const std::shared_ptr<Call> &call, Response response)
{
    if (call->done)
        return;
    call->done = true;
    response.error.message = redactSecret(response.error.message, m_secret);
    response.error.serverMessage = redactSecret(response.error.serverMessage, m_secret);
    if (call->handler)
        call->handler(response);
}

} // namespace ShotBrief
