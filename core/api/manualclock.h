// SPDX-License-Identifier: MIT
#pragma once

#include "clock.h"

#include <QList>
#include <QPointer>

namespace ShotBrief {

/// A clock that only moves when told to: tests advance it and the due calls run in order.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime::fromSecsSinceEpoch(1'800'000'000,
                                                                                Qt::UTC));

    QDateTime now() const override;
    qint64 elapsedMs() const override { return m_elapsedMs; }
    void schedule(qint64 ms, QObject *context, std::function<void()> function) override;

    /// Moves time forward by `ms`, running every call that falls due, in order.
    void advance(qint64 ms);
    /// Runs the next pending call (moving time to it); false when nothing is pending.
    bool runNext();
    int pendingCount() const;
    /// Delays (ms from the moment they were scheduled) of every call scheduled so far.
    QList<qint64> scheduledDelays() const { return m_delays; }
    /// Milliseconds until the next pending call, or -1.
    qint64 nextDueInMs() const;

private:
    struct Pending
    {
        qint64 dueMs = 0;
        quint64 sequence = 0;
        QPointer<QObject> context;
        bool hadContext = false;
        std::function<void()> function;
    };

    QDateTime m_start;
    qint64 m_elapsedMs = 0;
    quint64 m_sequence = 0;
    QList<Pending> m_pending;
    QList<qint64> m_delays;
};

} // namespace ShotBrief
