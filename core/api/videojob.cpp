// SPDX-License-Identifier: MIT
#include "videojob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct VideoJobText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::VideoJob)
};

// A hostile server can send any number: converting one outside the target type's range is
// undefined behaviour (found by fuzz_apiresponses), so such values count as absent.
bool fitsIn(double number, double low, double high)
{
    return number >= low && number <= high;
}

QDateTime timeOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (!fitsIn(seconds, -1e12, 1e12))
            return {};
        return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 seconds = value.toString().toLongLong(&ok);
        if (ok)
            return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
    }
    return {};
}

int intOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return fitsIn(number, std::numeric_limits<int>::min(), std::numeric_limits<int>::max())
                   ? int(number)
                   : 0;
    }
    if (value.isString())
        return value.toString().toInt();
    return 0;
}

Error badResponse(const QString &what)
{
    Error error;
    error.message = VideoJobText::tr("Unreadable answer from the provider: %1").arg(what);
    return error;
}

} // namespace

QString videoStatusKey(VideoStatus status)
{
    switch (status) {
    case VideoStatus::Queued:
        return QStringLiteral("queued");
    case VideoStatus::InProgress:
        return QStringLiteral("in_progress");
    case VideoStatus::Completed:
        return QStringLiteral("completed");
    case VideoStatus::Failed:
        return QStringLiteral("failed");
    case VideoStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

VideoStatus videoStatusFromKey(const QString &key)
{
    if (key == QLatin1String("queued") || key == QLatin1String("pending"))
        return VideoStatus::Queued;
    if (key == QLatin1String("in_progress") || key == QLatin1String("processing") ||
        key == QLatin1String("running"))
        return VideoStatus::InProgress;
    if (key == QLatin1String("completed") || key == QLatin1String("succeeded"))
        return VideoStatus::Completed;
    if (key == QLatin1String("failed") || key == QLatin1String("cancelled") ||
        key == QLatin1String("canceled"))
        return VideoStatus::Failed;
    return VideoStatus::Unknown;
}

QString downloadVariantKey(DownloadVariant variant)
{
    switch (variant) {
    case DownloadVariant::Video:
        break;
    case DownloadVariant::Thumbnail:
        return QStringLiteral("thumbnail");
    case DownloadVariant::Spritesheet:
        return QStringLiteral("spritesheet");
    }
    return QStringLiteral("video");
}

QByteArray CreateVideoRequest::toJson() const
{
    // QJsonObject sorts keys, which gives the stable order the project file wants.
    QJsonObject object;
    object.insert(QLatin1String("prompt"), prompt);
    object.insert(QLatin1String("model"), model);
    object.insert(QLatin1String("size"), size);
    object.insert(QLatin1String("seconds"), QString::number(seconds));
    const auto fileName = [](const QString &path) {
        return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    };
    if (!referenceImagePath.isEmpty())
        object.insert(QLatin1String("input_reference"), fileName(referenceImagePath));
    if (!lastFramePath.isEmpty())
        object.insert(QLatin1String("last_frame"), fileName(lastFramePath));
    if (!subjectReferencePaths.isEmpty()) {
        QJsonArray references;
        for (const QString &path : subjectReferencePaths)
            references.append(fileName(path));
        object.insert(QLatin1String("reference_images"), references);
    }
    if (!firstFrameFrom.isEmpty())
        object.insert(QLatin1String("first_frame_from"), firstFrameFrom);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

VideoJob CreateVideoRequest::acceptedAs(const QString &id, const QDateTime &sentAt) const
{
    VideoJob job;
    job.id = id;
    job.status = VideoStatus::Queued;
    job.model = model;
    job.size = size;
    job.seconds = seconds;
    job.prompt = prompt;
    job.createdAt = sentAt;
    return job;
}

VideoJob videoJobFromJson(const QJsonObject &object)
{
    VideoJob job;
    job.id = object.value(QLatin1String("id")).toString();
    job.status = videoStatusFromKey(object.value(QLatin1String("status")).toString());
    job.progress = qBound(0, intOf(object.value(QLatin1String("progress"))), 100);
    job.model = object.value(QLatin1String("model")).toString();
    job.size = object.value(QLatin1String("size")).toString();
    job.seconds = intOf(object.value(QLatin1String("seconds")));
    job.prompt = object.value(QLatin1String("prompt")).toString();
    job.createdAt = timeOf(object.value(QLatin1String("created_at")));
    job.completedAt = timeOf(object.value(QLatin1String("completed_at")));
    job.expiresAt = timeOf(object.value(QLatin1String("expires_at")));
    job.remixedFromId = object.value(QLatin1String("remixed_from_video_id")).toString();
    const QJsonValue error = object.value(QLatin1String("error"));
    if (error.isObject()) {
        job.errorCode = error.toObject().value(QLatin1String("code")).toString();
        job.errorMessage = error.toObject().value(QLatin1String("message")).toString();
    }
    return job;
}

Result<VideoJob> parseVideoJob(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return badResponse(parseError.error != QJsonParseError::NoError
                               ? parseError.errorString()
                               : QStringLiteral("expected a JSON object"));
    VideoJob job = videoJobFromJson(document.object());
    if (job.id.isEmpty())
        return badResponse(QStringLiteral("the video has no id"));
    return job;
}

Result<VideoList> parseVideoList(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return badResponse(parseError.error != QJsonParseError::NoError
                               ? parseError.errorString()
                               : QStringLiteral("expected a JSON object"));
    const QJsonObject object = document.object();
    const QJsonValue data = object.value(QLatin1String("data"));
    if (!data.isArray())
        return badResponse(QStringLiteral("the list has no data array"));
    VideoList list;
    for (const QJsonValue &item : data.toArray()) {
        if (item.isObject())
            list.data.append(videoJobFromJson(item.toObject()));
    }
    list.firstId = object.value(QLatin1String("first_id")).toString();
    list.lastId = object.value(QLatin1String("last_id")).toString();
    list.hasMore = object.value(QLatin1String("has_more")).toBool();
    if (list.lastId.isEmpty() && !list.data.isEmpty())
        list.lastId = list.data.last().id;
    return list;
}

} // namespace ShotBrief
