// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ShotBrief {

namespace {

std::optional<double> parseNumber(const QByteArray &raw)
{
    bool ok = false;
    const double value = raw.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<QDateTime> parseHttpDate(const QByteArray &raw)
{
    // RFC 7231 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"; RFC 2822 parsing accepts it.
    QDateTime date = QDateTime::fromString(QString::fromLatin1(raw.trimmed()), Qt::RFC2822Date);
    if (!date.isValid()) {
        date = QLocale::c().toDateTime(QString::fromLatin1(raw.trimmed()),
                                       QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        date.setTimeSpec(Qt::UTC);
    }
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

bool RetryPolicy::isRetryable(const AttemptOutcome &outcome)
{
    const QByteArray header = outcome.shouldRetry.trimmed().toLower();
    if (header == "true")
        return true;
    if (header == "false")
        return false;
    if (outcome.connectionError || outcome.timedOut)
        return true;
    const int status = outcome.httpStatus;
    return status == 408 || status == 409 || status == 429 || status >= 500;
}

bool RetryPolicy::shouldRetry(const AttemptOutcome &outcome, int retriesSoFar) const
{
    return retriesSoFar < maxRetries && isRetryable(outcome);
}

std::optional<qint64> RetryPolicy::serverDelayMs(const AttemptOutcome &outcome,
                                                 const QDateTime &now)
{
    std::optional<double> ms;
    if (!outcome.retryAfterMs.isEmpty())
        ms = parseNumber(outcome.retryAfterMs);
    if (!ms && !outcome.retryAfter.isEmpty()) {
        if (const auto seconds = parseNumber(outcome.retryAfter))
            ms = *seconds * 1000.0;
        else if (const auto date = parseHttpDate(outcome.retryAfter))
            ms = double(now.msecsTo(*date));
    }
    // The SDKs treat 0 like "no advice" (their check is `timeoutMillis && ...`).
    if (!ms || *ms <= 0.0 || *ms >= 60'000.0)
        return std::nullopt;
    return qint64(std::llround(*ms));
}

RetryPolicy RetryPolicy::forJobSteps(int baseDelayMs)
{
    RetryPolicy policy;
    policy.maxRetries = 8;
    policy.baseDelayMs = std::max(1, baseDelayMs);
    policy.maxDelayMs = std::max(policy.baseDelayMs, 30'000);
    return policy;
}

qint64 RetryPolicy::backoffMs(int retriesSoFar, double jitter) const
{
    // Doubling stops at the cap (and long before 2^n overflows anything).
    const double ms = std::min(double(baseDelayMs) * std::pow(2.0, std::clamp(retriesSoFar, 0, 30)),
                               double(maxDelayMs));
    const double factor = 1.0 - std::clamp(jitter, 0.0, 1.0) * 0.25;
    return qint64(std::llround(ms * factor));
}

qint64 RetryPolicy::delayMs(std::optional<qint64> serverDelay, int retriesSoFar,
                            double jitter) const
{
    return serverDelay ? *serverDelay : backoffMs(retriesSoFar, jitter);
}

qint64 RetryPolicy::delayMs(const AttemptOutcome &outcome, int retriesSoFar, const QDateTime &now,
                            double jitter) const
{
    return delayMs(serverDelayMs(outcome, now), retriesSoFar, jitter);
}

} // namespace ShotBrief
