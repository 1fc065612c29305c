// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// What makeTestClip writes: ffmpeg's testsrc2 pattern at 24 fps as H.264.
struct TestClip
{
    QString size = QStringLiteral("160x90");
    int seconds = 1;
    int hue = 0;        ///< The pattern's colours turned by this many degrees, so clips differ.
    bool audio = false; ///< A sine tone as AAC, as providers deliver clips.
    int toneHz = 440;
    QString preset = QStringLiteral("ultrafast");
};

/// Writes a test clip for the tests and benches that play, compare, measure or render clips.
inline bool makeTestClip(const QString &path, const TestClip &clip = {})
{
    QString video = QStringLiteral("testsrc2=s=%1:r=24:d=%2").arg(clip.size).arg(clip.seconds);
    if (clip.hue != 0)
        video += QStringLiteral(",hue=h=%1").arg(clip.hue);
    QStringList args{QStringLiteral("-v"),
                     QStringLiteral("error"),
                     QStringLiteral("-y"),
                     QStringLiteral("-f"),
                     QStringLiteral("lavfi"),
                     QStringLiteral("-i"),
                     video};
    if (clip.audio)
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("sine=f=%1:d=%2").arg(clip.toneHz).arg(clip.seconds)
             << QStringLiteral("-c:a") << QStringLiteral("aac") << QStringLiteral("-shortest");
    args << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-preset")
         << clip.preset << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p") << path;
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), args);
    return ffmpeg.waitForFinished(300000) && ffmpeg.exitCode() == 0;
}

/// Writes one frame of an ffmpeg lavfi source ("testsrc2=s=1280x720", "mandelbrot=...") as a
/// picture (the format follows `path`): pictures unlike any slate or flat colour.
inline bool makeTestPicture(const QString &path, const QString &source)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-nostdin"), QStringLiteral("-y"), QStringLiteral("-v"),
                  QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                  QStringLiteral("-i"), source, QStringLiteral("-frames:v"), QStringLiteral("1"),
                  path});
    return ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0;
}

} // namespace ShotBrief
