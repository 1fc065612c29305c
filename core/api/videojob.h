// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief {

enum class VideoStatus { Queued, InProgress, Completed, Failed, Unknown };

QString videoStatusKey(VideoStatus status); ///< "queued", "in_progress" ...
VideoStatus videoStatusFromKey(const QString &key);

/// A provider's job as it reports it.
struct VideoJob
{
    QString id;
    VideoStatus status = VideoStatus::Unknown;
    int progress = 0; ///< 0-100
    QString model;
    QString size;
    int seconds = 0;
    QString prompt; ///< Empty when the provider does not echo it.
    QDateTime createdAt;
    QDateTime completedAt;
    QDateTime expiresAt;
    QString errorCode;
    QString errorMessage;
    QString remixedFromId;
    /// What the provider says the job cost in USD (OpenRouter's usage.cost); < 0 when it
    /// reported none (see costProblem).
    double costUsd = -1.0;
    /// Translated: why a finished job's reported cost is not used (missing, negative); empty
    /// when there is nothing to say.
    QString costProblem;

    bool operator==(const VideoJob &) const = default;
};

/// One page of `GET /videos`.
struct VideoList
{
    QList<VideoJob> data;
    QString firstId;
    QString lastId;
    bool hasMore = false;

    bool operator==(const VideoList &) const = default;
};

/// Options of `GET /videos`.
struct ListOptions
{
    int limit = 100;
    bool descending = true;
    QString after;
};

/// What `create` sends. Picture paths are absolute local paths; each adapter sends them in its
/// own dialect, and only what the model's capabilities allow (the generation queue drops the
/// rest before it gets here).
struct CreateVideoRequest
{
    QString prompt;
    QString model;
    QString size;
    int seconds = 4;
    QString referenceImagePath;        ///< The first frame.
    QString lastFramePath;             ///< The last frame.
    QStringList subjectReferencePaths; ///< Pictures of the cast (subject references).
    /// A chained shot's first frame was taken from this take of the previous shot: recorded in
    /// the take's request as "first_frame_from" (shot label, shot id, take id).
    QJsonObject firstFrameFrom;
    QString shotLabel; ///< Sent as X-ShotBrief-Shot-Label: the emulator prints it on the slate.

    /// The exact parameters, compact JSON with stable key order, for the take record.
    QByteArray toJson() const;
    /// The queued job a provider made for this request when its answer names no more than the
    /// job's id (Runway's task id, ComfyUI's prompt id).
    VideoJob acceptedAs(const QString &id, const QDateTime &sentAt) const;
};

enum class DownloadVariant { Video, Thumbnail, Spritesheet };
QString downloadVariantKey(DownloadVariant variant); ///< "video", "thumbnail", "spritesheet"

/// Parses the job object of videos-api.md; tolerant of missing fields.
Result<VideoJob> parseVideoJob(const QByteArray &json);
VideoJob videoJobFromJson(const QJsonObject &object);
Result<VideoList> parseVideoList(const QByteArray &json);

} // namespace ShotBrief
