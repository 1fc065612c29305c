// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// One video job as the emulator keeps it: the API fields plus what the emulator needs to
/// run and render it. Dialect-neutral: each dialect's routes turn it into their own JSON.
struct EmulatorJob
{
    QString id;
    QString model;
    QString prompt;
    QString size;                              ///< "1280x720"
    QString seconds;                           ///< "4"
    QString status = QStringLiteral("queued"); ///< queued, in_progress, completed, failed
    int progress = 0;
    qint64 createdAt = 0;   ///< unix seconds
    qint64 createdAtMs = 0; ///< unix milliseconds: the lifecycle clock starts here
    qint64 completedAt = 0; ///< unix seconds, 0 = null
    qint64 expiresAt = 0;   ///< unix seconds, 0 = null
    qint64 expiresAtMs = 0; ///< unix milliseconds, 0 = never: what expiry checks use
    QString remixedFromVideoId;
    QString errorCode;
    QString errorMessage;
    QString ownerKey;         ///< a hash of the API key that made it (running limit per key)
    QString shotLabel;        ///< X-ShotBrief-Shot-Label, painted on the slate
    QString referenceFile;    ///< uploaded first frame, relative to the job's media folder
    QString lastFrameFile;    ///< uploaded last frame, likewise
    QStringList subjectFiles; ///< uploaded subject references, likewise
    QString plannedFailure;   ///< fault injection: "moderation_blocked" or "render_failed"
    qint64 sequence = 0;      ///< creation order (created_at has only second resolution)
    bool deleted = false;
    /// Which API made it: empty for the OpenAI Videos API, "runway" or "comfyui". Each dialect
    /// lists only its own jobs.
    QString dialect;
    /// Dialect-specific fields kept across restarts (Runway seed, ComfyUI output node ...).
    QJsonObject extra;

    bool isRunning() const;
    bool isFinished() const;
    QSize pixelSize() const;
    int durationSeconds() const;
    bool isExpired(qint64 nowMs) const { return expiresAtMs > 0 && nowMs >= expiresAtMs; }

    /// The OpenAI Videos API job object.
    QJsonObject toApiJson() const;
    /// Everything, for jobs.json.
    QJsonObject toStateJson() const;
    static EmulatorJob fromStateJson(const QJsonObject &object);

    bool operator==(const EmulatorJob &) const = default;
};

} // namespace ShotBrief
