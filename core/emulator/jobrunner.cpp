// SPDX-License-Identifier: MIT
#include "jobrunner.h"

#include "cliprenderer.h"
#include "emulatorjobstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

namespace ShotBrief {

namespace {

// The first part of a job's time it is "queued", like a real service's wait for a worker.
constexpr double kQueuedFraction = 0.15;

} // namespace

JobRunner::JobRunner(EmulatorJobStore *store, ClipRenderer *renderer, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_renderer(renderer)
    , m_timer(new QTimer(this))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(m_timer, &QTimer::timeout, this, &JobRunner::tick);
    connect(m_renderer, &ClipRenderer::finished, this, &JobRunner::onRenderFinished);
}

void JobRunner::wake()
{
    const int interval = std::clamp(int(m_jobSeconds * 1000 / 25), 10, 250);
    m_timer->setInterval(interval);
    tick();
}

void JobRunner::forget(const QString &jobId)
{
    m_rendering.remove(jobId);
    m_rendered.remove(jobId);
    m_renderer->cancel(jobId);
}

void JobRunner::tick()
{
    const qint64 now = m_clock();
    const double total = std::max(1.0, m_jobSeconds * 1000.0);
    bool changed = false;
    bool anyRunning = false;
    QStringList toFail;
    QList<RenderRequest> toRender;
    QStringList toComplete;
    QStringList running;
    for (const EmulatorJob &job : m_store->jobs()) {
        if (job.isRunning())
            running.append(job.id);
    }
    for (const QString &id : std::as_const(running)) {
        EmulatorJob *job = m_store->find(id);
        anyRunning = true;
        const double fraction = double(now - job->createdAtMs) / total;
        if (job->plannedFailure == QLatin1String("moderation_blocked") && fraction >= 0.5) {
            toFail.append(job->id);
            continue;
        }
        QString status = QStringLiteral("queued");
        int progress = 0;
        if (fraction >= kQueuedFraction) {
            status = QStringLiteral("in_progress");
            progress = std::clamp(int(fraction * 100.0), 1, 99);
        }
        if (status != job->status)
            changed = true;
        job->status = status;
        job->progress = std::max(job->progress, progress);
        // The render starts when the job starts running, so the job time covers it, as a
        // real server's does; the job completes when both the time and the render are done.
        if (fraction >= 1.0 && m_rendered.contains(job->id)) {
            toComplete.append(job->id);
            continue;
        }
        const bool willFail = !job->plannedFailure.isEmpty();
        const bool shouldRender = willFail ? fraction >= 1.0 : fraction >= kQueuedFraction;
        if (shouldRender && !m_rendering.contains(job->id) && !m_rendered.contains(job->id)) {
            if (job->plannedFailure == QLatin1String("render_failed")) {
                toFail.append(job->id);
                continue;
            }
            RenderRequest request;
            request.jobId = job->id;
            request.size = job->pixelSize();
            request.seconds = job->durationSeconds();
            request.label = job->shotLabel;
            request.model = job->model;
            request.prompt = job->prompt;
            const QString media = m_store->mediaDir(job->id) + QLatin1Char('/');
            if (!job->referenceFile.isEmpty())
                request.referenceImage = media + job->referenceFile;
            if (!job->lastFrameFile.isEmpty())
                request.lastFrameImage = media + job->lastFrameFile;
            for (const QString &subject : job->subjectFiles)
                request.subjectImages.append(media + subject);
            request.videoPath = m_store->videoPath(job->id);
            request.thumbnailPath = m_store->thumbnailPath(job->id);
            request.spritesheetPath = m_store->spritesheetPath(job->id);
            m_rendering.insert(job->id);
            toRender.append(request);
        }
    }
    if (changed)
        (void)m_store->save();
    for (const QString &id : std::as_const(toFail)) {
        const EmulatorJob *job = m_store->find(id);
        if (job && job->plannedFailure == QLatin1String("moderation_blocked"))
            failJob(id, QStringLiteral("moderation_blocked"),
                    tr("Your request was blocked by the moderation system."));
        else
            failJob(id, QStringLiteral("render_failed"), tr("The clip could not be rendered."));
    }
    for (const QString &id : std::as_const(toComplete))
        completeJob(id);
    for (const RenderRequest &request : std::as_const(toRender))
        m_renderer->render(request);
    if (anyRunning && !m_timer->isActive())
        m_timer->start();
    else if (!anyRunning)
        m_timer->stop();
}

void JobRunner::onRenderFinished(const RenderResult &result)
{
    if (!m_rendering.remove(result.jobId))
        return;
    EmulatorJob *job = m_store->find(result.jobId);
    if (!job || !job->isRunning())
        return;
    if (!result.ok) {
        failJob(result.jobId, result.errorCode, result.errorMessage);
        return;
    }
    const double total = std::max(1.0, m_jobSeconds * 1000.0);
    if (double(m_clock() - job->createdAtMs) / total < 1.0) {
        m_rendered.insert(result.jobId); // tick() completes it when its time has come
        return;
    }
    completeJob(result.jobId);
}

void JobRunner::completeJob(const QString &id)
{
    m_rendered.remove(id);
    EmulatorJob *job = m_store->find(id);
    if (!job || !job->isRunning())
        return;
    const qint64 now = m_clock();
    job->status = QStringLiteral("completed");
    job->progress = 100;
    job->completedAt = now / 1000;
    if (m_expirySeconds >= 0) {
        job->expiresAtMs = now + qint64(m_expirySeconds) * 1000;
        job->expiresAt = (job->expiresAtMs + 999) / 1000;
    }
    (void)m_store->save();
    Q_EMIT jobCompleted(id);
}

void JobRunner::failJob(const QString &id, const QString &code, const QString &message)
{
    EmulatorJob *job = m_store->find(id);
    if (!job)
        return;
    m_rendering.remove(id);
    m_rendered.remove(id);
    job->status = QStringLiteral("failed");
    job->errorCode = code;
    job->errorMessage = message;
    (void)m_store->save();
    Q_EMIT jobFailed(id, code);
}

} // namespace ShotBrief
