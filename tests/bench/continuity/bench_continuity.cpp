// SPDX-License-Identifier: MIT
// BENCH frame_extract_ms: the last frame of a 12 s 1280x720 H.264 clip written as a PNG of the
// shot's size, as a chained shot's first frame is taken (median of 5; target <= 150 ms).
// BENCH continuity_report_8_ms: the continuity report of an 8-shot generated sequence (the
// sample's lengths, 1280x720; median of 3; target <= 2000 ms).
#include "continuity/continuityreport.h"
#include "continuity/framegrabber.h"

#include "io/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ShotBrief;

namespace {

/// A clip like the emulator's: 24 fps H.264 (ultrafast, default keyframe interval) + AAC.
bool makeClip(const QString &path, int seconds, int hue)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"),
                  QStringLiteral("error"),
                  QStringLiteral("-y"),
                  QStringLiteral("-f"),
                  QStringLiteral("lavfi"),
                  QStringLiteral("-i"),
                  QStringLiteral("testsrc2=s=1280x720:r=24:d=%1,hue=h=%2").arg(seconds).arg(hue),
                  QStringLiteral("-f"),
                  QStringLiteral("lavfi"),
                  QStringLiteral("-i"),
                  QStringLiteral("sine=f=440:d=%1").arg(seconds),
                  QStringLiteral("-c:v"),
                  QStringLiteral("libx264"),
                  QStringLiteral("-preset"),
                  QStringLiteral("ultrafast"),
                  QStringLiteral("-pix_fmt"),
                  QStringLiteral("yuv420p"),
                  QStringLiteral("-c:a"),
                  QStringLiteral("aac"),
                  QStringLiteral("-shortest"),
                  path});
    return ffmpeg.waitForFinished(300000) && ffmpeg.exitCode() == 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1.0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    const QString twelve = dir.filePath(QStringLiteral("twelve.mp4"));
    if (!makeClip(twelve, 12, 0)) {
        std::fprintf(stderr, "bench_continuity: ffmpeg could not make the clip\n");
        return 1;
    }
    QList<double> extract;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Result<void> saved =
            FrameGrabber().save(twelve, FrameGrabber::Position::Last, QSize(1280, 720),
                                dir.filePath(QStringLiteral("last.png")));
        extract << timer.nsecsElapsed() / 1e6;
        if (!saved) {
            std::fprintf(stderr, "bench_continuity: %s\n", qPrintable(saved.error().toString()));
            return 1;
        }
    }
    std::printf("BENCH frame_extract_ms %.1f ms\n", median(extract));

    // An 8-shot sequence as the sample's, every shot with a circled ready take.
    const QString projectPath = dir.filePath(QStringLiteral("Eight.shotbrief"));
    const QString media = ProjectFile::mediaFolderFor(projectPath);
    const QList<int> lengths{8, 4, 4, 8, 4, 8, 4, 12};
    Project project;
    project.title = QStringLiteral("Eight");
    project.style.palette = {{QStringLiteral("red"), QStringLiteral("#b3261e")},
                             {QStringLiteral("teal"), QStringLiteral("#1f8a8a")},
                             {QStringLiteral("amber"), QStringLiteral("#f2a541")}};
    for (int i = 0; i < lengths.size(); ++i) {
        const QString clip = QStringLiteral("clips/%1.mp4").arg(i + 1);
        if (!makeClip(media + QLatin1Char('/') + clip, lengths.at(i), i * 40))
            return 1;
        Take take;
        take.id = QStringLiteral("take-%1").arg(i + 1);
        take.status = TakeStatus::Ready;
        take.clipPath = clip;
        take.seconds = lengths.at(i);
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i + 1);
        shot.label = QString::number(i + 1);
        shot.durationSeconds = lengths.at(i);
        shot.chainPrevious = i > 0;
        shot.takes = {take};
        shot.circledTakeId = take.id;
        project.shots.append(shot);
    }
    if (!ProjectFile::save(project, projectPath))
        return 1;
    QList<double> report;
    int cuts = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const ContinuityReport measured = ContinuityReport::measure(project, projectPath);
        report << timer.nsecsElapsed() / 1e6;
        cuts = int(measured.cuts.size());
    }
    if (cuts != lengths.size() - 1) {
        std::fprintf(stderr, "bench_continuity: measured %d cuts\n", cuts);
        return 1;
    }
    std::printf("BENCH continuity_report_8_ms %.1f ms\n", median(report));
    return 0;
}
