// SPDX-License-Identifier: MIT
#include "clock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <limits>

namespace ShotBrief {

namespace {

qint64 monotonicNs()
{
    QElapsedTimer timer;
    timer.start();
    return timer.msecsSinceReference() * 1000000;
}

} // namespace

SystemClock::SystemClock()
    : m_startNs(monotonicNs())
{}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::elapsedMs() const
{
    return (monotonicNs() - m_startNs) / 1000000;
}

void SystemClock::schedule(qint64 ms, QObject *context, std::function<void()> function)
{
    const int delay = int(qBound<qint64>(0, ms, qint64(std::numeric_limits<int>::max())));
    QTimer::singleShot(delay, context, std::move(function));
}

} // namespace ShotBrief
