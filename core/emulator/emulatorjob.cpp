// SPDX-License-Identifier: MIT
#include "emulatorjob.h"

#include <QJsonArray>
#include <QJsonValue>

namespace ShotBrief {

bool EmulatorJob::isRunning() const
{
    return status == QLatin1String("queued") || status == QLatin1String("in_progress");
}

bool EmulatorJob::isFinished() const
{
    return status == QLatin1String("completed") || status == QLatin1String("failed");
}

QSize EmulatorJob::pixelSize() const
{
    const qsizetype x = size.indexOf(QLatin1Char('x'));
    if (x <= 0)
        return {};
    return QSize(size.left(x).toInt(), size.mid(x + 1).toInt());
}

int EmulatorJob::durationSeconds() const
{
    return seconds.toInt();
}

QJsonObject EmulatorJob::toApiJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("object"), QStringLiteral("video"));
    o.insert(QStringLiteral("model"), model);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("progress"), progress);
    o.insert(QStringLiteral("created_at"), createdAt);
    o.insert(QStringLiteral("completed_at"),
             completedAt > 0 ? QJsonValue(completedAt) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("expires_at"),
             expiresAt > 0 ? QJsonValue(expiresAt) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("prompt"), prompt);
    o.insert(QStringLiteral("size"), size);
    o.insert(QStringLiteral("seconds"), seconds);
    o.insert(QStringLiteral("remixed_from_video_id"), remixedFromVideoId.isEmpty()
                                                          ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(remixedFromVideoId));
    if (errorCode.isEmpty()) {
        o.insert(QStringLiteral("error"), QJsonValue(QJsonValue::Null));
    } else {
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCode},
                                                      {QStringLiteral("message"), errorMessage}});
    }
    return o;
}

QJsonObject EmulatorJob::toStateJson() const
{
    QJsonObject o = toApiJson();
    o.insert(QStringLiteral("created_at_ms"), createdAtMs);
    o.insert(QStringLiteral("expires_at_ms"), expiresAtMs);
    o.insert(QStringLiteral("owner_key"), ownerKey);
    o.insert(QStringLiteral("shot_label"), shotLabel);
    o.insert(QStringLiteral("reference_file"), referenceFile);
    if (!lastFrameFile.isEmpty())
        o.insert(QStringLiteral("last_frame_file"), lastFrameFile);
    if (!subjectFiles.isEmpty())
        o.insert(QStringLiteral("subject_files"), QJsonArray::fromStringList(subjectFiles));
    o.insert(QStringLiteral("planned_failure"), plannedFailure);
    o.insert(QStringLiteral("sequence"), sequence);
    o.insert(QStringLiteral("deleted"), deleted);
    if (!dialect.isEmpty())
        o.insert(QStringLiteral("dialect"), dialect);
    if (!extra.isEmpty())
        o.insert(QStringLiteral("extra"), extra);
    return o;
}

EmulatorJob EmulatorJob::fromStateJson(const QJsonObject &o)
{
    EmulatorJob j;
    j.id = o.value(QStringLiteral("id")).toString();
    j.model = o.value(QStringLiteral("model")).toString();
    j.prompt = o.value(QStringLiteral("prompt")).toString();
    j.size = o.value(QStringLiteral("size")).toString();
    j.seconds = o.value(QStringLiteral("seconds")).toString();
    j.status = o.value(QStringLiteral("status")).toString(QStringLiteral("queued"));
    j.progress = o.value(QStringLiteral("progress")).toInt();
    j.createdAt = o.value(QStringLiteral("created_at")).toInteger();
    j.createdAtMs = o.value(QStringLiteral("created_at_ms")).toInteger(j.createdAt * 1000);
    j.completedAt = o.value(QStringLiteral("completed_at")).toInteger();
    j.expiresAt = o.value(QStringLiteral("expires_at")).toInteger();
    j.expiresAtMs = o.value(QStringLiteral("expires_at_ms")).toInteger(j.expiresAt * 1000);
    j.remixedFromVideoId = o.value(QStringLiteral("remixed_from_video_id")).toString();
    const QJsonObject error = o.value(QStringLiteral("error")).toObject();
    j.errorCode = error.value(QStringLiteral("code")).toString();
    j.errorMessage = error.value(QStringLiteral("message")).toString();
    j.ownerKey = o.value(QStringLiteral("owner_key")).toString();
    j.shotLabel = o.value(QStringLiteral("shot_label")).toString();
    j.referenceFile = o.value(QStringLiteral("reference_file")).toString();
    j.lastFrameFile = o.value(QStringLiteral("last_frame_file")).toString();
    for (const QJsonValue &file : o.value(QStringLiteral("subject_files")).toArray())
        j.subjectFiles.append(file.toString());
    j.plannedFailure = o.value(QStringLiteral("planned_failure")).toString();
    j.sequence = o.value(QStringLiteral("sequence")).toInteger();
    j.deleted = o.value(QStringLiteral("deleted")).toBool();
    j.dialect = o.value(QStringLiteral("dialect")).toString();
    j.extra = o.value(QStringLiteral("extra")).toObject();
    return j;
}

} // namespace ShotBrief
