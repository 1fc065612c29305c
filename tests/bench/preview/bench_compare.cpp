// SPDX-License-Identifier: MIT
// BENCH compare_drift_ms: the largest spread between 4 synchronised takes in the real time at
// which they present the same clip time (arrival minus frame time), over 10 s of playback and
// after seeks while playing; offscreen, 24 fps H.264 + AAC takes.
#include "compareengine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace ShotBrief;

namespace {

bool makeClip(const QString &path, int hue)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"),
                  QStringLiteral("error"),
                  QStringLiteral("-y"),
                  QStringLiteral("-f"),
                  QStringLiteral("lavfi"),
                  QStringLiteral("-i"),
                  QStringLiteral("testsrc2=s=320x180:r=24:d=12,hue=h=%1").arg(hue),
                  QStringLiteral("-f"),
                  QStringLiteral("lavfi"),
                  QStringLiteral("-i"),
                  QStringLiteral("sine=f=%1:d=12").arg(300 + hue),
                  QStringLiteral("-c:v"),
                  QStringLiteral("libx264"),
                  QStringLiteral("-preset"),
                  QStringLiteral("veryfast"),
                  QStringLiteral("-pix_fmt"),
                  QStringLiteral("yuv420p"),
                  QStringLiteral("-c:a"),
                  QStringLiteral("aac"),
                  QStringLiteral("-shortest"),
                  path});
    return ffmpeg.waitForFinished(120000) && ffmpeg.exitCode() == 0;
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    QStringList clips;
    for (int i = 0; i < 4; ++i) {
        const QString path = dir.filePath(QStringLiteral("take%1.mp4").arg(i));
        if (!makeClip(path, i * 90))
            return 1;
        clips << path;
    }
    CompareEngine engine;
    engine.setSources(clips);
    wait(1000);

    // Sample the spread at every frame once the takes have settled after a (re)start; the
    // first frames after a start are preroll repeats, not presentation.
    double worstPlaying = 0;
    double worstAfterSeek = 0;
    bool afterSeek = false;
    QElapsedTimer sinceStart;
    sinceStart.start();
    QObject::connect(&engine, &CompareEngine::playingChanged, &engine,
                     [&](bool) { sinceStart.restart(); });
    // Two samplings. Per frame: right after each frame is delivered (a main-thread stall
    // that delivers a burst of frames shows up here as drift between decks whose frames of the
    // burst were not all handled yet). Per paint: every 10 ms timer tick, which Qt handles after
    // the queued frames, i.e. what a repaint would put on screen together.
    double worstPerFrame = 0;
    QList<double> paintSamples;
    auto sample = [&](bool perFrame) {
        if (!engine.isPlaying() || engine.isSettling())
            return;
        const double drift = engine.driftMs();
        if (perFrame) {
            worstPerFrame = std::max(worstPerFrame, drift);
            return;
        }
        paintSamples.append(drift);
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE") && drift > 20)
            std::fprintf(stderr, "t=%lld pos=%lld drift=%.1f seek=%d\n", sinceStart.elapsed(),
                         engine.position(), drift, int(afterSeek));
        double &worst = afterSeek ? worstAfterSeek : worstPlaying;
        worst = std::max(worst, drift);
    };
    QObject::connect(&engine, &CompareEngine::frameChanged, &engine,
                     [&](int, const QVideoFrame &) { sample(true); });
    QTimer paintClock;
    paintClock.setTimerType(Qt::PreciseTimer);
    QObject::connect(&paintClock, &QTimer::timeout, &engine, [&] { sample(false); });
    paintClock.start(10);

    engine.play();
    for (int i = 0; i < 20; ++i) {
        wait(500);
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::fprintf(stderr, "state playing=%d settling=%d pos=%lld pts=%lld %lld %lld %lld\n",
                         int(engine.isPlaying()), int(engine.isSettling()), engine.position(),
                         engine.framePtsMs(0), engine.framePtsMs(1), engine.framePtsMs(2),
                         engine.framePtsMs(3));
    }
    for (qint64 target : {2000, 6500, 500, 9000}) {
        afterSeek = true;
        engine.seek(target);
        sinceStart.restart();
        for (int i = 0; i < 12; ++i) {
            wait(100);
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                std::fprintf(stderr,
                             "seek %lld: playing=%d settling=%d pos=%lld pts=%lld %lld %lld %lld\n",
                             target, int(engine.isPlaying()), int(engine.isSettling()),
                             engine.position(), engine.framePtsMs(0), engine.framePtsMs(1),
                             engine.framePtsMs(2), engine.framePtsMs(3));
        }
    }
    engine.pause();
    std::fprintf(stderr, "playing: %.1f ms, after seeks: %.1f ms\n", worstPlaying, worstAfterSeek);
    std::sort(paintSamples.begin(), paintSamples.end());
    auto percentile = [&](double p) {
        return paintSamples.isEmpty()
                   ? 0.0
                   : paintSamples.at(qsizetype(p * double(paintSamples.size() - 1)));
    };
    std::fprintf(stderr, "%lld paint samples\n", qint64(paintSamples.size()));
    std::printf("BENCH compare_drift_ms %.1f ms\n", std::max(worstPlaying, worstAfterSeek));
    std::printf("BENCH compare_drift_p99_ms %.1f ms\n", percentile(0.99));
    std::printf("BENCH compare_drift_per_frame_ms %.1f ms\n", worstPerFrame);
    return 0;
}
