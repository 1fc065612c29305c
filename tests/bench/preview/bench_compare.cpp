// SPDX-License-Identifier: MIT
// BENCH compare_drift_ms: the largest spread between 4 synchronised takes in the real time at
// which they present the same clip time (presentation minus frame time), over 10 s of
// playback; compare_drift_after_seek_ms the same over the 1.2 s after each of 4 seeks while
// playing. Offscreen, 24 fps H.264 + AAC takes. The decode_* lines are the same spreads of the
// frames as the players deliver them, before presentation lines them up; hold_worst is the
// longest a decoded frame waited for the slowest take, present_worst_gap the longest interval
// between two frames of the leader (machine stalls and holds together).
#include "testclip.h"

#include "ui/preview/compareengine.h"

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
        if (!makeTestClip(path, {.size = QStringLiteral("320x180"),
                                 .seconds = 12,
                                 .hue = i * 90,
                                 .audio = true,
                                 .toneHz = 300 + i * 90,
                                 .preset = QStringLiteral("veryfast")}))
            return 1;
        clips << path;
    }
    const bool verbose = qEnvironmentVariableIsSet("BENCH_VERBOSE");
    CompareEngine engine;
    engine.setSources(clips);
    wait(1000);

    // Sampled every 10 ms (what a repaint would put on screen together) once the takes have
    // settled after a (re)start; the first frames after a start are preroll repeats, not
    // presentation. Two spreads: of the presented frames (what the tiles show) and of the
    // decoded ones (how far apart the players run; presentation holds the early ones back).
    // The price of holding is a late frame for every tile: the longest interval between two
    // presented frames of the leader is printed too.
    struct Worst
    {
        double presented = 0;
        double decoded = 0;
        double gap = 0;
        double held = 0;
    };
    Worst playing;
    Worst afterSeek;
    bool seeking = false;
    QList<double> samples;
    QElapsedTimer sinceStart;
    sinceStart.start();
    QObject::connect(&engine, &CompareEngine::playingChanged, &engine,
                     [&](bool) { sinceStart.restart(); });
    QElapsedTimer sincePresent;
    sincePresent.start();
    qint64 lastLeaderPts = -1;
    QObject::connect(
        &engine, &CompareEngine::frameChanged, &engine, [&](int index, const QVideoFrame &) {
            if (index != engine.leader() || engine.framePtsMs(index) == lastLeaderPts)
                return;
            lastLeaderPts = engine.framePtsMs(index);
            const qint64 gap = sincePresent.restart();
            if (engine.isPlaying() && !engine.isSettling()) {
                if (verbose && gap > 60)
                    std::fprintf(
                        stderr, "t=%lld pos=%lld gap %lld ms, decoded %lld %lld %lld %lld\n",
                        sinceStart.elapsed(), engine.position(), gap, engine.decodedPtsMs(0),
                        engine.decodedPtsMs(1), engine.decodedPtsMs(2), engine.decodedPtsMs(3));
                Worst &worst = seeking ? afterSeek : playing;
                worst.gap = std::max(worst.gap, double(gap));
            }
        });
    QTimer paintClock;
    paintClock.setTimerType(Qt::PreciseTimer);
    QObject::connect(&paintClock, &QTimer::timeout, &engine, [&] {
        if (!engine.isPlaying() || engine.isSettling())
            return;
        const double drift = engine.driftMs();
        const double decoded = engine.decodeDriftMs();
        samples.append(drift);
        if (verbose && (drift > 20 || decoded > 42))
            std::fprintf(stderr, "t=%lld pos=%lld drift=%.1f decoded=%.1f seek=%d\n",
                         sinceStart.elapsed(), engine.position(), drift, decoded, int(seeking));
        Worst &worst = seeking ? afterSeek : playing;
        worst.presented = std::max(worst.presented, drift);
        worst.decoded = std::max(worst.decoded, decoded);
        worst.held = std::max(worst.held, double(engine.heldMs()));
    });
    paintClock.start(10);

    engine.play();
    for (int i = 0; i < 20; ++i) {
        wait(500);
        if (verbose)
            std::fprintf(stderr, "state playing=%d settling=%d pos=%lld pts=%lld %lld %lld %lld\n",
                         int(engine.isPlaying()), int(engine.isSettling()), engine.position(),
                         engine.framePtsMs(0), engine.framePtsMs(1), engine.framePtsMs(2),
                         engine.framePtsMs(3));
    }
    for (qint64 target : {2000, 6500, 500, 9000}) {
        seeking = true;
        engine.seek(target);
        sinceStart.restart();
        wait(1200);
    }
    engine.pause();
    std::sort(samples.begin(), samples.end());
    const double p99 =
        samples.isEmpty() ? 0.0 : samples.at(qsizetype(0.99 * double(samples.size() - 1)));
    std::fprintf(stderr, "%lld samples\n", qint64(samples.size()));
    std::printf("BENCH compare_drift_ms %.1f ms\n", playing.presented);
    std::printf("BENCH compare_drift_after_seek_ms %.1f ms\n", afterSeek.presented);
    std::printf("BENCH compare_drift_p99_ms %.1f ms\n", p99);
    std::printf("BENCH compare_decode_drift_ms %.1f ms\n", playing.decoded);
    std::printf("BENCH compare_decode_drift_after_seek_ms %.1f ms\n", afterSeek.decoded);
    std::printf("BENCH compare_hold_worst_ms %.1f ms\n", std::max(playing.held, afterSeek.held));
    std::printf("BENCH compare_resyncs %d count\n", engine.resyncCount());
    std::printf("BENCH compare_present_worst_gap_ms %.1f ms\n",
                std::max(playing.gap, afterSeek.gap));
    return 0;
}
