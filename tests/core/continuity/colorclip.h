// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// Writes a 24 fps H.264 clip of one second per segment, so that a test knows what its first
/// and last frames are: a segment is an ffmpeg colour name ("red") or the path of a picture.
/// {"red", "blue"} begins red and ends blue. For the continuity tests (cuts, chains, reports).
inline bool makeColorClip(const QString &path, const QStringList &segments,
                          const QString &size = QStringLiteral("160x90"))
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QStringList args{QStringLiteral("-nostdin"), QStringLiteral("-y"), QStringLiteral("-loglevel"),
                     QStringLiteral("error")};
    const QString scale = QString(size).replace(QLatin1Char('x'), QLatin1Char(':'));
    QString graph;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (QFileInfo(segment).isFile())
            args << QStringLiteral("-loop") << QStringLiteral("1") << QStringLiteral("-framerate")
                 << QStringLiteral("24") << QStringLiteral("-t") << QStringLiteral("1")
                 << QStringLiteral("-i") << segment;
        else
            args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
                 << QStringLiteral("color=c=%1:s=%2:r=24:d=1").arg(segment, size);
        graph += QStringLiteral("[%1:v]scale=%2,setsar=1,format=yuv420p[s%1];").arg(i).arg(scale);
    }
    for (qsizetype i = 0; i < segments.size(); ++i)
        graph += QStringLiteral("[s%1]").arg(i);
    graph += QStringLiteral("concat=n=%1:v=1:a=0[v]").arg(segments.size());
    args << QStringLiteral("-filter_complex") << graph << QStringLiteral("-map")
         << QStringLiteral("[v]") << QStringLiteral("-c:v") << QStringLiteral("libx264")
         << QStringLiteral("-preset") << QStringLiteral("ultrafast") << path;
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), args);
    return ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0;
}

} // namespace ShotBrief
