// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

#include <functional>

class QObject;

namespace ShotBrief {

/// Time as the api layer sees it: wall-clock time, a monotonic counter and deferred calls.
/// Injected so that retry back-off, polling and timeouts can be tested without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime now() const = 0;    ///< UTC
    virtual qint64 elapsedMs() const = 0; ///< Monotonic milliseconds since some start.
    /// Calls `function` after `ms` milliseconds unless `context` was destroyed first.
    virtual void schedule(qint64 ms, QObject *context, std::function<void()> function) = 0;
};

/// The real clock: QDateTime, QElapsedTimer and QTimer::singleShot.
class SystemClock final : public Clock
{
public:
    SystemClock();
    QDateTime now() const override;
    qint64 elapsedMs() const override;
    void schedule(qint64 ms, QObject *context, std::function<void()> function) override;

private:
    qint64 m_startNs = 0;
};

} // namespace ShotBrief
