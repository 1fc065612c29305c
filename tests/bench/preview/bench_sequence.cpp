// SPDX-License-Identifier: MIT
// BENCH sequence_worst_gap_ms: the longest interval between presented frames across any cut
// of a 10-clip sequence (24 fps H.264 + AAC, 4 s), offscreen; plus the median interval and the
// same worst cut gap for a single QMediaPlayer that switches sources on EndOfMedia; and reverse
// play (J): distinct frames shown per second and the speed at which the time runs back.
#include "testclip.h"

#include "ui/preview/sequenceengine.h"

#include <QAudioOutput>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMediaPlayer>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QVideoSink>

#include <algorithm>
#include <cstdio>

using namespace ShotBrief;

namespace {

constexpr int ClipCount = 10;
constexpr int ClipSeconds = 4;

struct Gaps
{
    QList<double> all;
    QList<double> cuts;
};

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double maximum(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.cbegin(), v.cend());
}

SequenceTimeline timelineOf(const QStringList &clips)
{
    QList<SequenceItem> items;
    for (int i = 0; i < clips.size(); ++i) {
        SequenceItem item;
        item.shotId = QString::number(i);
        item.durationMs = ClipSeconds * 1000;
        item.clipPath = clips.at(i);
        items.append(item);
    }
    return SequenceTimeline(items);
}

Gaps runEngine(const QStringList &clips)
{
    SequenceEngine engine;
    engine.setMuted(true);
    engine.setTimeline(timelineOf(clips));
    Gaps gaps;
    QElapsedTimer clock;
    qint64 last = -1;
    bool cutPending = false;
    QObject::connect(&engine, &SequenceEngine::currentIndexChanged, &engine,
                     [&](int) { cutPending = last >= 0; });
    QObject::connect(&engine, &SequenceEngine::frameChanged, &engine, [&](const QVideoFrame &) {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0) {
            const double gap = double(now - last) / 1e6;
            gaps.all.append(gap);
            if (cutPending)
                gaps.cuts.append(gap);
        }
        cutPending = false;
        last = now;
    });
    QEventLoop loop;
    QObject::connect(&engine, &SequenceEngine::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ClipCount * ClipSeconds * 1000 * 3, &loop, &QEventLoop::quit);
    // Let the first clip preroll before the clock starts.
    QTimer::singleShot(500, &engine, [&] {
        clock.start();
        engine.play();
    });
    loop.exec();
    std::fprintf(stderr, "engine: %lld frames, %lld cuts, start latency %.1f ms\n",
                 qint64(gaps.all.size() + 1), qint64(gaps.cuts.size()), engine.startLatencyMs());
    return gaps;
}

struct Reverse
{
    double framesPerSecond = 0;
    double speed = 0; ///< Sequence time moved back per second of real time.
    int cuts = 0;
};

// Reverse play at 1x for 4 s from the middle of clip 4: how many distinct frames it shows per
// second (each one a seek and decode on a paused player) and whether the time runs back at
// real-time speed across the cuts.
Reverse runReverse(const QStringList &clips)
{
    SequenceEngine engine;
    engine.setMuted(true);
    engine.setTimeline(timelineOf(clips));
    const qint64 from = 3 * ClipSeconds * 1000 + 2500;
    engine.seek(from);
    Reverse result;
    QSet<QPair<int, qint64>> frames;
    QObject::connect(&engine, &SequenceEngine::frameChanged, &engine, [&](const QVideoFrame &f) {
        if (engine.isReversing())
            frames.insert({engine.currentIndex(), f.startTime()});
    });
    QObject::connect(&engine, &SequenceEngine::currentIndexChanged, &engine, [&](int) {
        if (engine.isReversing())
            ++result.cuts;
    });
    QEventLoop loop;
    QTimer::singleShot(1000, &engine, [&] { engine.playReverse(1.0); });
    QElapsedTimer clock;
    QTimer::singleShot(1000, &engine, [&] { clock.start(); });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    const double seconds = double(clock.elapsed()) / 1000.0;
    result.framesPerSecond = double(frames.size()) / seconds;
    result.speed = double(from - engine.position()) / 1000.0 / seconds;
    engine.pause();
    return result;
}

Gaps runNaive(const QStringList &clips)
{
    QMediaPlayer player;
    QVideoSink sink;
    QAudioOutput audio;
    audio.setMuted(true);
    player.setAudioOutput(&audio);
    player.setVideoSink(&sink);
    Gaps gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 last = -1;
    bool cutPending = false;
    int index = 0;
    QEventLoop loop;
    QObject::connect(&sink, &QVideoSink::videoFrameChanged, &loop, [&](const QVideoFrame &f) {
        if (!f.isValid())
            return;
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0) {
            const double gap = double(now - last) / 1e6;
            gaps.all.append(gap);
            if (cutPending)
                gaps.cuts.append(gap);
        }
        cutPending = false;
        last = now;
    });
    QObject::connect(&player, &QMediaPlayer::mediaStatusChanged, &loop,
                     [&](QMediaPlayer::MediaStatus status) {
                         if (status != QMediaPlayer::EndOfMedia)
                             return;
                         if (++index >= clips.size()) {
                             loop.quit();
                             return;
                         }
                         cutPending = true;
                         player.setSource(QUrl::fromLocalFile(clips.at(index)));
                         player.play();
                     });
    QTimer::singleShot(ClipCount * ClipSeconds * 1000 * 3, &loop, &QEventLoop::quit);
    player.setSource(QUrl::fromLocalFile(clips.first()));
    player.play();
    loop.exec();
    return gaps;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    QStringList clips;
    for (int i = 0; i < ClipCount; ++i) {
        const QString path = dir.filePath(QStringLiteral("clip%1.mp4").arg(i));
        if (!makeTestClip(path, {.size = QStringLiteral("320x180"),
                                 .seconds = ClipSeconds,
                                 .hue = i * 36,
                                 .audio = true,
                                 .toneHz = 300 + i * 36,
                                 .preset = qEnvironmentVariable("BENCH_PRESET",
                                                                QStringLiteral("veryfast"))})) {
            std::fprintf(stderr, "ffmpeg could not make %s\n", qPrintable(path));
            return 1;
        }
        clips << path;
    }
    // SHOTBRIEF_BENCH_SKIP_NAIVE=1 leaves out the baseline (when tuning the engine).
    const Gaps naive =
        qEnvironmentVariableIsSet("SHOTBRIEF_BENCH_SKIP_NAIVE") ? Gaps{} : runNaive(clips);
    const Gaps engine = runEngine(clips);
    const Reverse reverse = runReverse(clips);
    std::fprintf(stderr, "reverse: %d cuts crossed\n", reverse.cuts);
    QStringList cutList;
    for (double g : engine.cuts)
        cutList << QString::number(g, 'f', 1);
    std::fprintf(stderr, "engine cut gaps: %s\n", qPrintable(cutList.join(QLatin1Char(' '))));
    std::printf("BENCH sequence_worst_gap_ms %.1f ms\n", maximum(engine.cuts));
    std::printf("BENCH sequence_median_gap_ms %.1f ms\n", median(engine.all));
    std::printf("BENCH sequence_inclip_worst_gap_ms %.1f ms\n", maximum(engine.all));
    std::printf("BENCH sequence_naive_gap_ms %.1f ms\n", maximum(naive.cuts));
    std::printf("BENCH sequence_reverse_fps %.1f fps\n", reverse.framesPerSecond);
    std::printf("BENCH sequence_reverse_speed %.2f x\n", reverse.speed);
    return engine.cuts.size() == ClipCount - 1 ? 0 : 2;
}
