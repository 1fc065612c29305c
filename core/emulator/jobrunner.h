// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

class QTimer;

namespace ShotBrief {

class ClipRenderer;
class EmulatorJobStore;
struct RenderResult;

/// Moves jobs queued -> in_progress (rising progress) -> completed over `jobSeconds`, measured
/// from each job's creation time so that a restarted emulator carries on where it was. A job
/// stays in_progress at 99 % until its clip is rendered; a failed render fails the job.
class JobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunner)

public:
    /// `store` and `renderer` are not owned and must outlive the runner.
    JobRunner(EmulatorJobStore *store, ClipRenderer *renderer, QObject *parent = nullptr);

    /// Unix milliseconds; the wall clock by default (jobs outlive the process, so a monotonic
    /// clock would not do). Tests inject their own.
    using Clock = std::function<qint64()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void setJobSeconds(double seconds) { m_jobSeconds = seconds; }
    void setExpirySeconds(int seconds) { m_expirySeconds = seconds; }

    /// Starts ticking when jobs are running (after a create or a load).
    void wake();
    /// Stops rendering a deleted job.
    void forget(const QString &jobId);
    /// Updates every running job now (also what the timer calls).
    void tick();

Q_SIGNALS:
    void jobCompleted(const QString &id);
    void jobFailed(const QString &id, const QString &code);

private:
    void onRenderFinished(const RenderResult &result);
    void failJob(const QString &id, const QString &code, const QString &message);
    void completeJob(const QString &id);

    EmulatorJobStore *m_store = nullptr; // not owned
    ClipRenderer *m_renderer = nullptr;  // not owned
    QTimer *m_timer = nullptr;
    QSet<QString> m_rendering;
    QSet<QString> m_rendered; ///< Rendered early, waiting for the job time to pass.
    Clock m_clock;
    double m_jobSeconds = 3.0;
    int m_expirySeconds = 24 * 3600;
};

} // namespace ShotBrief
