// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// Writes a 24 fps H.264 clip of one flat colour per second (`colors`: ffmpeg colour names), so
/// that a test knows what its first and last frames are: {"red", "blue"} begins red and ends
/// blue. For the continuity tests (cuts, chains, reports).
inline bool makeColorClip(const QString &path, const QStringList &colors,
                          const QString &size = QStringLiteral("160x90"))
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QStringList args{QStringLiteral("-nostdin"), QStringLiteral("-y"), QStringLiteral("-loglevel"),
                     QStringLiteral("error")};
    QString graph;
    for (qsizetype i = 0; i < colors.size(); ++i) {
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("color=c=%1:s=%2:r=24:d=1").arg(colors.at(i), size);
        graph += QStringLiteral("[%1:v]").arg(i);
    }
    graph += QStringLiteral("concat=n=%1:v=1:a=0,format=yuv420p[v]").arg(colors.size());
    args << QStringLiteral("-filter_complex") << graph << QStringLiteral("-map")
         << QStringLiteral("[v]") << QStringLiteral("-c:v") << QStringLiteral("libx264")
         << QStringLiteral("-preset") << QStringLiteral("ultrafast") << path;
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), args);
    return ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0;
}

} // namespace ShotBrief
