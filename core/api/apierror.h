// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace ShotBrief {

enum class ApiErrorKind {
    None,
    Network, ///< No response: refused, reset, DNS, TLS.
    Timeout,
    Canceled,       ///< Aborted by the caller.
    Unauthorized,   ///< 401: bad or missing key.
    Forbidden,      ///< 403: e.g. organisation not verified for video.
    InvalidRequest, ///< 400 / 422: a parameter the server refused.
    NotFound,       ///< 404 (also expired content).
    Conflict,       ///< 409
    RateLimited,    ///< 429: too many requests or too many running jobs.
    Server,         ///< 5xx
    Moderation,     ///< A job that ended failed because of content rules.
    JobFailed,      ///< A job that ended failed for another reason.
    ResponseTooLarge,
    BadResponse, ///< Unreadable JSON or an unexpected shape.
    InsecureUrl, ///< Plain http to a non-loopback host, or a downgrade.
    LocalFile,   ///< Reading the reference image or writing a download failed.
    Other
};

/// An API failure in a form a person can act on. `message` is translated and never
/// contains the key; the other fields keep the server's details for logs and tests.
struct ApiError
{
    ApiErrorKind kind = ApiErrorKind::None;
    int httpStatus = 0;
    QString code;          ///< error.code of the server, or job error code.
    QString type;          ///< error.type
    QString param;         ///< error.param
    QString serverMessage; ///< error.message as sent (redacted).
    QString message;       ///< What the user reads.
    /// True when a create may have reached the server: never resend blindly, reconcile.
    bool outcomeUnknown = false;
    /// The server's requested wait before trying again (`retry-after-ms`, `retry-after`
    /// within 60 s); 0 when it gave none.
    qint64 retryAfterMs = 0;
    /// The server said `x-should-retry: false`.
    bool retryRefused = false;

    bool isError() const { return kind != ApiErrorKind::None; }
    /// Worth trying again later (rate limit, server trouble, network), unless the server
    /// refused that.
    bool isTransient() const;

    /// Builds the error for an HTTP status and its JSON body
    /// (`{"error": {"message", "type", "param", "code"}}`).
    static ApiError fromHttp(int status, const QByteArray &body);
    /// A job that ended `failed` with error {code, message}.
    static ApiError fromJobFailure(const QString &code, const QString &message);
    static ApiError make(ApiErrorKind kind, const QString &message);

    bool operator==(const ApiError &) const = default;
};

/// Replaces every occurrence of `secret` (and its Bearer form) by "***".
QString redactSecret(QString text, const QString &secret);

} // namespace ShotBrief
