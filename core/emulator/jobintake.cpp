// SPDX-License-Identifier: MIT
#include "jobintake.h"

#include "emulatorconfig.h"
#include "emulatorjobstore.h"
#include "jobrunner.h"

#include <QDateTime>
#include <QFile>

namespace ShotBrief {

JobIntake::JobIntake(EmulatorJobStore *store, JobRunner *runner, EmulatorStats *stats)
    : m_store(store)
    , m_runner(runner)
    , m_stats(stats)
{}

EmulatorJob JobIntake::newJob(const HttpRequestData &request, const FaultDecision &decision,
                              bool moderates)
{
    EmulatorJob job;
    job.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    job.createdAt = job.createdAtMs / 1000;
    job.shotLabel =
        QString::fromUtf8(request.header("x-shotbrief-shot-label")).simplified().left(80);
    if (decision.action) {
        const FaultKind kind = decision.action->kind;
        if (kind == FaultKind::ModerationBlocked && moderates)
            job.plannedFailure = QStringLiteral("moderation_blocked");
        else if (kind == FaultKind::RenderFailure || kind == FaultKind::ModerationBlocked)
            job.plannedFailure = QStringLiteral("render_failed");
    }
    return job;
}

EmulatorJob *JobIntake::admit(EmulatorJob job, const QList<JobPicture> &pictures, bool remix)
{
    if (job.id.isEmpty()) // the OpenAI dialect's ids; Runway and ComfyUI bring their own
        job.id = EmulatorJobStore::newJobId();
    for (const JobPicture &picture : pictures) {
        QFile file(m_store->mediaDir(job.id) + QLatin1Char('/') + picture.fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(picture.bytes) != picture.bytes.size())
            return nullptr;
    }
    EmulatorJob &stored = m_store->add(std::move(job));
    (void)m_store->save();
    ++(remix ? m_stats->remixes : m_stats->creates);
    m_runner->wake();
    return &stored;
}

HttpResponseData JobIntake::answer(HttpResponseData response, const FaultDecision &decision)
{
    if (decision.action && decision.action->kind == FaultKind::LostResponse)
        response.closeWithoutResponse = true;
    return response;
}

} // namespace ShotBrief
