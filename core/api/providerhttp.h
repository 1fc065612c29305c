// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ShotBrief {

class Clock;
class ProviderReply;

/// The HTTP plumbing the non-OpenAI adapters (Runway, ComfyUI) share: one request with the
/// SDK retry rules (429, 5xx, connection errors, Retry-After), a one-shot body for creates that
/// Qt may not silently resend (a lost answer is reported as outcomeUnknown, never resent),
/// downloads streamed atomically to disk, JSON bodies capped, and same-origin redirects only.
class ProviderHttp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderHttp)

public:
    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray contentType;
        bool startsPaidJob = false; ///< never resent once it may have reached the server
        QString downloadTarget;     ///< stream a 2xx body to this file (QSaveFile)
    };
    struct Response
    {
        int status = 0;
        QByteArray body; ///< JSON answers and error bodies (not downloads)
        ApiError error;  ///< kind None on a 2xx answer
        qint64 written = 0;
        bool ok() const { return !error.isError(); }
    };
    using Handler = std::function<void(const Response &)>;

    /// `clock` is not owned and must outlive this object.
    ProviderHttp(Clock *clock, const RetryPolicy &policy, QObject *parent = nullptr);

    void setJitterSource(std::function<double()> jitter) { m_jitter = std::move(jitter); }
    void setMaxJsonBytes(qint64 bytes) { m_maxJsonBytes = bytes; }
    /// Text removed from every error message (the API key).
    void setSecret(const QString &secret) { m_secret = secret; }

    /// Sends `request`; `handler` runs once with the final outcome, unless `reply` (not owned,
    /// may be null) was aborted or destroyed first. Aborting `reply` stops the transfer.
    void send(const Request &request, ProviderReply *reply, Handler handler);

    /// {"error": "text"} (Runway), {"error": {"message", "type"}} (OpenAI, ComfyUI) or plain
    /// text, as an ApiError for `status`.
    static ApiError errorFor(int status, const QByteArray &body);

private:
    struct Call;
    void attempt(const std::shared_ptr<Call> &call);
    void finished(const std::shared_ptr<Call> &call);
    void complete(const std::shared_ptr<Call> &call, Response response);

    Clock *m_clock = nullptr; // not owned
    QNetworkAccessManager *m_manager = nullptr;
    RetryPolicy m_policy;
    std::function<double()> m_jitter;
    qint64 m_maxJsonBytes = 8 * 1024 * 1024;
    QString m_secret;
};

} // namespace ShotBrief
