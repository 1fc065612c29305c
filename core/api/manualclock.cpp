// SPDX-License-Identifier: MIT
#include "manualclock.h"

#include <QObject>

#include <algorithm>

namespace ShotBrief {

ManualClock::ManualClock(const QDateTime &start)
    : m_start(start)
{}

QDateTime ManualClock::now() const
{
    return m_start.addMSecs(m_elapsedMs);
}

void ManualClock::schedule(qint64 ms, QObject *context, std::function<void()> function)
{
    Pending pending;
    pending.dueMs = m_elapsedMs + std::max<qint64>(0, ms);
    pending.sequence = m_sequence++;
    pending.context = context;
    pending.hadContext = context != nullptr;
    pending.function = std::move(function);
    m_pending.append(std::move(pending));
    m_delays.append(ms);
}

int ManualClock::pendingCount() const
{
    int count = 0;
    for (const Pending &pending : m_pending) {
        if (!pending.hadContext || pending.context)
            ++count;
    }
    return count;
}

qint64 ManualClock::nextDueInMs() const
{
    qint64 best = -1;
    for (const Pending &pending : m_pending) {
        if (pending.hadContext && !pending.context)
            continue;
        if (best < 0 || pending.dueMs < best)
            best = pending.dueMs;
    }
    return best < 0 ? -1 : best - m_elapsedMs;
}

bool ManualClock::runNext()
{
    // Calls whose context died are dropped, as QTimer::singleShot would.
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                   [](const Pending &p) { return p.hadContext && !p.context; }),
                    m_pending.end());
    if (m_pending.isEmpty())
        return false;
    auto next = std::min_element(
        m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) {
            return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.sequence < b.sequence;
        });
    Pending pending = std::move(*next);
    m_pending.erase(next);
    m_elapsedMs = std::max(m_elapsedMs, pending.dueMs);
    pending.function();
    return true;
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_elapsedMs + ms;
    for (;;) {
        const qint64 due = nextDueInMs();
        if (due < 0 || m_elapsedMs + due > target)
            break;
        runNext();
    }
    m_elapsedMs = target;
}

} // namespace ShotBrief
