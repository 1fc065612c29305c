// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace ShotBrief {

/// What a retry decision needs to know about one failed attempt.
struct AttemptOutcome
{
    int httpStatus = 0;           ///< 0 when no response arrived.
    bool connectionError = false; ///< Refused, reset, DNS ...: no response at all.
    bool timedOut = false;
    QByteArray retryAfterMs; ///< Raw header values, empty when absent.
    QByteArray retryAfter;
    QByteArray shouldRetry; ///< "x-should-retry"
};

/// The retry rules of the official OpenAI SDKs (videos-api.md): 2 retries, retry on
/// connection errors, timeouts, 408, 409, 429 and 5xx unless `x-should-retry` says
/// otherwise; wait `retry-after-ms`, else `retry-after` (seconds or HTTP date) when it lies
/// in [0, 60) s, else min(0.5 * 2^n, 8) s minus up to 25 % jitter. The one policy for every
/// retry: each request (ProviderHttp) and, on a longer scale (forJobSteps()), each step of a
/// job in the generation queue.
class RetryPolicy
{
public:
    int maxRetries = 2;
    /// Back-off: the first retry waits this, each further one twice as long, up to maxDelayMs,
    /// minus up to 25 % jitter.
    int baseDelayMs = 500;
    int maxDelayMs = 8000;
    int timeoutMs = 600'000; ///< Per attempt: inactivity (no byte for this long), as the SDKs.
    /// Per attempt: the whole answer to a JSON call (headers and body; a download's headers)
    /// must have arrived within this, however steadily a server trickles it. Measured on the
    /// injected Clock. Downloads are bounded by throughput instead (see ProviderHttp).
    int deadlineMs = 120'000;

    /// For a step of a generation job (create, poll, download, list) whose request failed for a
    /// transient reason after its own retries: the same rules from `baseDelayMs`, doubling up to
    /// 30 s, 8 times before the take fails or stalls.
    static RetryPolicy forJobSteps(int baseDelayMs);

    /// Whether the failure is worth another attempt (ignores the retry budget).
    static bool isRetryable(const AttemptOutcome &outcome);
    /// Whether to retry after `retriesSoFar` retries have already been made.
    bool shouldRetry(const AttemptOutcome &outcome, int retriesSoFar) const;
    /// The server's requested wait, if the headers give one inside [0, 60) s.
    static std::optional<qint64> serverDelayMs(const AttemptOutcome &outcome, const QDateTime &now);
    /// Exponential back-off for retry number `retriesSoFar` (0 = first retry); `jitter` is a
    /// random number in [0, 1) that removes up to 25 %.
    qint64 backoffMs(int retriesSoFar, double jitter) const;
    /// The wait before the next attempt: the server's word (`serverDelay`, see serverDelayMs())
    /// when it gave one, else back-off.
    qint64 delayMs(std::optional<qint64> serverDelay, int retriesSoFar, double jitter) const;
    qint64 delayMs(const AttemptOutcome &outcome, int retriesSoFar, const QDateTime &now,
                   double jitter) const;
};

} // namespace ShotBrief
