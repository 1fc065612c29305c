// SPDX-License-Identifier: MIT
#pragma once

#include "emulatorjob.h"
#include "faultinjector.h"
#include "httpexchange.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ShotBrief {

class EmulatorJobStore;
class JobRunner;
struct EmulatorStats;

/// A picture a job was sent (first frame, last frame, subject reference), written beside it.
struct JobPicture
{
    QString fileName; ///< in the job's media folder, as the job names it (referenceFile, …)
    QByteArray bytes;
};

/// The job set-up every dialect shares (OpenAI Videos, Runway, ComfyUI): a new job is stamped
/// with the time, the client's shot label and the failure a fault rule planned for it; then
/// its pictures are stored beside it and it is saved, counted and handed to the runner; a
/// fault may lose the answer. The dialect fills in the rest (model, size, its own extras).
class JobIntake
{
public:
    /// None of the pointers is owned; they must outlive the intake.
    JobIntake(EmulatorJobStore *store, JobRunner *runner, EmulatorStats *stats);

    /// A job made now for `request`: creation time, the X-ShotBrief-Shot-Label header (painted
    /// on the slate) and the failure `decision` planned ("moderation_blocked" or
    /// "render_failed"; a dialect without moderation gets "render_failed" for both).
    static EmulatorJob newJob(const HttpRequestData &request, const FaultDecision &decision,
                              bool moderates = true);

    /// Writes the `pictures` in the job's media folder, adds the job, saves the store, counts a
    /// create (or a remix) and wakes the runner. Null when a picture cannot be written (nothing
    /// is added then).
    EmulatorJob *admit(EmulatorJob job, const QList<JobPicture> &pictures = {}, bool remix = false);

    /// The answer to a create, unless a fault loses it after the job was made.
    static HttpResponseData answer(HttpResponseData response, const FaultDecision &decision);

private:
    EmulatorJobStore *m_store; // not owned
    JobRunner *m_runner;       // not owned
    EmulatorStats *m_stats;    // not owned
};

} // namespace ShotBrief
