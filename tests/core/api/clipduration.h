// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QString>

namespace ShotBrief {

/// The duration of a media file in seconds by ffprobe, -1 when it cannot be read. Shared by
/// the adapter, GUI and CLI generation tests (header-only: those link different libraries).
inline double clipDurationSeconds(const QString &file)
{
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                   QStringLiteral("format=duration"), QStringLiteral("-of"),
                   QStringLiteral("default=nw=1:nk=1"), file});
    if (!ffprobe.waitForFinished(30000))
        return -1;
    bool ok = false;
    const double seconds = ffprobe.readAllStandardOutput().trimmed().toDouble(&ok);
    return ok ? seconds : -1;
}

} // namespace ShotBrief
