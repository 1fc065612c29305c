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
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>

#include <cstring>

namespace ShotBrief {

namespace {

constexpr qint64 ReadBufferBytes = 256 * 1024;

bool isConnectionLevel(QNetworkReply::NetworkError error)
{
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

} // namespace

struct ProviderHttp::Call
{
    Request request;
    QPointer<ProviderReply> reply;
    bool hadReply = false;
    Handler handler;
    int retries = 0;
    bool done = false;
    bool tooLarge = false;
    QPointer<QNetworkReply> network;
    std::unique_ptr<QSaveFile> file;
    qint64 written = 0;
    QByteArray body;
    QString fileError;
};

ProviderHttp::ProviderHttp(Clock *clock, const RetryPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_manager(new QNetworkAccessManager(this))
    , m_policy(policy)
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{}

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
    if (call->done || (call->hadReply && (!call->reply || call->reply->isFinished())))
        return;
    if (call->reply)
        call->reply->setAttempts(call->reply->attempts() + 1);
    call->body.clear();
    call->tooLarge = false;
    call->written = 0;
    call->file.reset();
    call->fileError.clear();

    const Request &r = call->request;
    QNetworkRequest request(r.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(m_policy.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ShotBrief/" SHOTBRIEF_VERSION));
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    QNetworkReply *network = nullptr;
    if (r.method == "GET") {
        network = m_manager->get(request);
    } else if (r.method == "DELETE" && r.body.isEmpty()) {
        network = m_manager->deleteResource(request);
    } else {
        if (!r.contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
        request.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new OneShotBody(r.body);
        network = m_manager->sendCustomRequest(request, r.method, device);
        device->setParent(network);
    }
    call->network = network;
    if (!r.downloadTarget.isEmpty())
        network->setReadBufferSize(ReadBufferBytes);

    connect(network, &QNetworkReply::readyRead, this, [this, call, network] {
        const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!call->request.downloadTarget.isEmpty() && status >= 200 && status < 300) {
            if (!call->file) {
                QDir().mkpath(QFileInfo(call->request.downloadTarget).absolutePath());
                call->file = std::make_unique<QSaveFile>(call->request.downloadTarget);
                if (!call->file->open(QIODevice::WriteOnly)) {
                    call->fileError = call->file->errorString();
                    call->file.reset();
                    network->abort();
                    return;
                }
            }
            while (network->bytesAvailable() > 0) {
                const QByteArray chunk = network->read(ReadBufferBytes);
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
                Q_EMIT call->reply->downloadProgress(
                    call->written,
                    network->header(QNetworkRequest::ContentLengthHeader).toLongLong());
            return;
        }
        call->body += network->readAll();
        if (call->body.size() > m_maxJsonBytes) {
            call->tooLarge = true;
            call->body.clear();
            network->abort();
        }
    });
    connect(network, &QNetworkReply::finished, this, [this, call] { finished(call); });
}

void ProviderHttp::finished(const std::shared_ptr<Call> &call)
{
    QNetworkReply *network = call->network;
    if (!network)
        return;
    network->deleteLater();
    call->network = nullptr;
    if (call->done || (call->hadReply && (!call->reply || call->reply->isFinished()))) {
        if (call->file)
            call->file->cancelWriting();
        return;
    }
    const QString target = call->request.downloadTarget;
    if (!call->fileError.isEmpty()) {
        complete(call,
                 Response{0,
                          {},
                          ApiError::make(ApiErrorKind::LocalFile,
                                         tr("Cannot write %1: %2").arg(target, call->fileError)),
                          0});
        return;
    }
    if (call->tooLarge) {
        complete(call, Response{0,
                                {},
                                ApiError::make(ApiErrorKind::ResponseTooLarge,
                                               tr("The provider's answer is too large; refused.")),
                                0});
        return;
    }
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = network->error();
    AttemptOutcome outcome;
    outcome.httpStatus = status;
    outcome.retryAfterMs = network->rawHeader("retry-after-ms");
    outcome.retryAfter = network->rawHeader("retry-after");
    outcome.shouldRetry = network->rawHeader("x-should-retry");

    Response response;
    response.status = status;
    if (isConnectionLevel(networkError)) {
        if (call->file) {
            call->file->cancelWriting();
            call->file.reset();
        }
        outcome.httpStatus = 0;
        outcome.timedOut = networkError == QNetworkReply::TimeoutError ||
                           networkError == QNetworkReply::OperationCanceledError;
        outcome.connectionError = !outcome.timedOut;
        response.status = 0;
        response.error = ApiError::make(
            outcome.timedOut ? ApiErrorKind::Timeout : ApiErrorKind::Network,
            outcome.timedOut ? tr("The provider did not answer in time.")
                             : tr("Cannot reach the provider at %1: %2")
                                   .arg(call->request.url.host(), network->errorString()));
        if (call->request.startsPaidJob && !certainlyNotSent(networkError)) {
            response.error.outcomeUnknown = true;
            complete(call, response);
            return;
        }
    } else if (status >= 200 && status < 300) {
        if (!target.isEmpty()) {
            const qint64 expected =
                network->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (!call->file) { // an empty body never triggered readyRead
                QDir().mkpath(QFileInfo(target).absolutePath());
                call->file = std::make_unique<QSaveFile>(target);
                (void)call->file->open(QIODevice::WriteOnly);
            }
            if ((expected > 0 && call->written != expected) || call->written == 0) {
                call->file->cancelWriting();
                call->file.reset();
                outcome.connectionError = true;
                response.error = ApiError::make(ApiErrorKind::Network,
                                                tr("The download was cut short; it will be "
                                                   "restarted."));
            } else if (!call->file->commit()) {
                const QString why = call->file->errorString();
                call->file.reset();
                complete(call, Response{status,
                                        {},
                                        ApiError::make(ApiErrorKind::LocalFile,
                                                       tr("Cannot write %1: %2").arg(target, why)),
                                        0});
                return;
            } else {
                call->file.reset();
                response.written = call->written;
                complete(call, response);
                return;
            }
        } else {
            response.body = call->body;
            complete(call, response);
            return;
        }
    } else {
        if (call->file) {
            call->file->cancelWriting();
            call->file.reset();
        }
        response.body = call->body;
        response.error = errorFor(status, call->body);
    }
    if (!m_policy.shouldRetry(outcome, call->retries)) {
        complete(call, response);
        return;
    }
    const qint64 delay = RetryPolicy::delayMs(outcome, call->retries, m_clock->now(), m_jitter());
    ++call->retries;
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
