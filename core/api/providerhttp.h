// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "providerprofile.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace ShotBrief {

class Clock;
class ProviderReply;

/// The HTTP plumbing every adapter (OpenAI Videos, Runway, ComfyUI) shares: one request with
/// the SDK retry rules (429, 5xx, connection errors, Retry-After), a one-shot body for creates
/// that Qt may not silently resend (a lost answer is reported as outcomeUnknown, never resent),
/// downloads streamed atomically to disk, JSON bodies capped, GET redirects followed by hand
/// (never to another scheme, never downgraded, and without the request's headers once they
/// leave its origin), and every request bounded in time (see the limits below).
class ProviderHttp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderHttp)

public:
    static constexpr qint64 DefaultMaxJsonBytes = 8 * 1024 * 1024;
    /// A download without Content-Length may not grow beyond this.
    static constexpr qint64 DefaultMaxDownloadBytes = 4ll * 1024 * 1024 * 1024;
    static constexpr int MaxRedirects = 5;
    /// A download whose body brings fewer than StallMinBytes in StallWindowMs has stalled.
    static constexpr qint64 StallWindowMs = 30'000;
    static constexpr qint64 StallMinBytes = 16 * 1024;
    /// Extra deadline per uploaded byte: 1 ms per 16 bytes (16 KB/s, a very slow uplink).
    static constexpr qint64 UploadBytesPerMs = 16;

    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        /// Sent to the origin of `url` only: credentials and profile headers never follow a
        /// redirect to another host, port or scheme.
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
        /// Headers of the final answer (lower-case names), e.g. openai-poll-after-ms.
        QList<QPair<QByteArray, QByteArray>> headers;
        bool ok() const { return !error.isError(); }
        QByteArray header(const QByteArray &lowerCaseName) const;
    };
    using Handler = std::function<void(const Response &)>;

    /// `clock` is not owned and must outlive this object. Every time limit except the
    /// inactivity timeout (policy.timeoutMs, Qt's transfer timeout) is measured on `clock`.
    ProviderHttp(Clock *clock, const RetryPolicy &policy, QObject *parent = nullptr);
    /// The retry policy and time limits of `profile`; `secret` (the key) is removed from
    /// every error message.
    ProviderHttp(Clock *clock, const ProviderProfile &profile, const QString &secret,
                 QObject *parent = nullptr);
    ~ProviderHttp() override;

    void setJitterSource(std::function<double()> jitter) { m_jitter = std::move(jitter); }
    void setMaxJsonBytes(qint64 bytes) { m_maxJsonBytes = bytes; }
    qint64 maxJsonBytes() const { return m_maxJsonBytes; }
    /// Cap for downloads that announce no Content-Length (one that does is capped to it).
    void setMaxDownloadBytes(qint64 bytes) { m_maxDownloadBytes = bytes; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    /// Uses `manager` (not owned, must outlive this object) instead of its own.
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    /// Text removed from every error message (the API key).
    void setSecret(const QString &secret) { m_secret = secret; }

    /// Sends `request`; `handler` runs once with the final outcome, unless `reply` (not owned,
    /// may be null) was aborted or destroyed first. Aborting `reply` stops the transfer.
    void send(const Request &request, ProviderReply *reply, Handler handler);

    /// {"error": "text"} (Runway), {"error": {"message", "type"}} (OpenAI, ComfyUI) or plain
    /// text, as an ApiError for `status`.
    static ApiError errorFor(int status, const QByteArray &body);
    /// `base` followed by `path`, whatever trailing slashes `base` has.
    static QUrl endpoint(const QUrl &base, const QString &path);
    /// The headers every adapter sends to a profile's server: the key as the profile's auth
    /// style says (Authorization: Bearer, the default, which OpenAI, Runway and gateways
    /// require; api-key for Azure OpenAI; none for ComfyUI and the emulator's keyless use),
    /// the profile's extra headers, the dialect's own (`dialect`), and Accept:
    /// application/json last. They go to the configured origin only (see send()).
    static QList<QPair<QByteArray, QByteArray>>
    profileHeaders(const ProviderProfile &profile, const QString &key,
                   const QList<QPair<QByteArray, QByteArray>> &dialect = {});

private:
    struct Call;
    enum class Abort { None, TooLarge, Deadline, Stalled, OverCap };

    void attempt(const std::shared_ptr<Call> &call);
    void onReadyRead(const std::shared_ptr<Call> &call);
    void finished(const std::shared_ptr<Call> &call);
    bool followRedirect(const std::shared_ptr<Call> &call, int status);
    void retryOrComplete(const std::shared_ptr<Call> &call, const AttemptOutcome &outcome,
                         Response response);
    void complete(const std::shared_ptr<Call> &call, Response response);
    void checkLimits(const std::shared_ptr<Call> &call);
    void stopAttempt(const std::shared_ptr<Call> &call, Abort why);
    void onWatchdog();
    void retireManager();
    void disposeRetired();

    Clock *m_clock = nullptr; // not owned
    QNetworkAccessManager *m_manager = nullptr;
    bool m_ownsManager = true;
    /// Managers whose HTTP thread may still be busy with a hostile answer (see retireManager).
    QList<QPointer<QNetworkAccessManager>> m_retired;
    std::vector<std::shared_ptr<Call>> m_inFlight;
    QTimer m_watchdog;
    RetryPolicy m_policy;
    std::function<double()> m_jitter;
    qint64 m_maxJsonBytes = DefaultMaxJsonBytes;
    qint64 m_maxDownloadBytes = DefaultMaxDownloadBytes;
    QString m_secret;
};

} // namespace ShotBrief
