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

qint64 RetryPolicy::backoffMs(int retriesSoFar, double jitter)
{
    const double seconds = std::min(0.5 * std::pow(2.0, std::max(0, retriesSoFar)), 8.0);
    const double factor = 1.0 - std::clamp(jitter, 0.0, 1.0) * 0.25;
    return qint64(std::llround(seconds * factor * 1000.0));
}

qint64 RetryPolicy::delayMs(const AttemptOutcome &outcome, int retriesSoFar, const QDateTime &now,
                            double jitter)
{
    if (const auto server = serverDelayMs(outcome, now))
        return *server;
    return backoffMs(retriesSoFar, jitter);
}

} // namespace ShotBrief
