// SPDX-License-Identifier: MIT
// Project file benchmarks on a generated 5,000-shot project:
//   BENCH load_rss_vs_file <x> x   peak RSS growth while loading / file size (target <= 10)
//   BENCH load_vs_parse <x> x      ProjectFile::parse / nlohmann::json::parse, same bytes (<= 2)
//   BENCH load_ms, BENCH save_ms   best of several runs
// The RSS figure is measured in a fresh child process (this program re-run with
// --rss-child), so that generating the project cannot pre-grow the heap.
#include "io/projectfile.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace ShotBrief;

namespace {

constexpr int ShotCount = 5000;
constexpr int Runs = 7;

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString pick(const QStringList &list, int i)
{
    return list.at(i % list.size());
}

Project generateProject()
{
    const QStringList prose = {
        QStringLiteral("Rain hammers the tin awnings of the night market; steam curls off the "
                       "noodle stall while the crowd thins and neon reflections ripple in the "
                       "puddles between the stalls."),
        QStringLiteral("The courier pushes his scooter through the narrow lane, helmet visor "
                       "beaded with rain, a thermal bag strapped to the rack, paper lanterns "
                       "swinging overhead."),
        QStringLiteral("Mei wipes the counter with a folded towel, the last customers gone, the "
                       "pot still simmering behind her, a radio murmuring a baseball game."),
    };
    const QStringList beats = {
        QStringLiteral("Mei lifts the ladle from the pot"),
        QStringLiteral("pours broth twice over the noodles"),
        QStringLiteral("slides the bowl across the counter"),
        QStringLiteral("the courier counts three coins into his palm"),
        QStringLiteral("he sets them down one by one"),
    };
    Project p;
    p.title = QStringLiteral("Benchmark: Night Market");
    p.style.lensStyle = QStringLiteral("anamorphic 40mm, light halation");
    p.style.lighting = QStringLiteral("practical sodium and neon only; rain catches backlight");
    p.style.mood = QStringLiteral("quiet, wet, tender");
    p.style.palette = {{QStringLiteral("lantern red"), QStringLiteral("#c0392b")},
                       {QStringLiteral("teal"), QStringLiteral("#1f6f78")},
                       {QStringLiteral("amber"), QStringLiteral("#ffb000")}};
    p.cast = {{QStringLiteral("cast-mei"),
               QStringLiteral("Mei"),
               QStringLiteral("a woman in her forties, short grey-streaked bob, yellow raincoat "
                              "over a white apron"),
               {},
               {}},
              {QStringLiteral("cast-kenji"),
               QStringLiteral("Kenji"),
               QStringLiteral("a lanky courier in his twenties, black rain shell, orange helmet"),
               {},
               {}}};
    for (int s = 0; s < 50; ++s)
        p.scenes << Scene{QStringLiteral("scene-%1").arg(s),
                          QStringLiteral("EXT. NIGHT MARKET LANE %1 - NIGHT").arg(s),
                          {},
                          {}};
    const QDateTime base(QDate(2026, 9, 20), QTime(10, 0), Qt::UTC);
    p.shots.reserve(ShotCount);
    for (int i = 0; i < ShotCount; ++i) {
        Shot shot;
        shot.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        shot.label = QString::number(i + 1);
        shot.sceneId = QStringLiteral("scene-%1").arg(i / 100);
        shot.strategy = i % 7 == 0 ? PromptStrategy::Concise : PromptStrategy::Detailed;
        shot.sceneProse = pick(prose, i);
        shot.framing = FramingTerm(Framing(1 + i % 10));
        shot.angle = AngleTerm(Angle(1 + i % 7));
        shot.movement = MovementTerm(Movement(1 + i % 13));
        shot.depthOfField = DepthOfFieldTerm(DepthOfField(1 + i % 4));
        shot.lighting = QStringLiteral("warm key from the stall, cool neon rim");
        shot.mood = QStringLiteral("tender");
        for (int b = 0; b < 3 + i % 3; ++b)
            shot.actionBeats << pick(beats, i + b);
        if (i % 2 == 0)
            shot.dialogue = {{QStringLiteral("Mei"), QStringLiteral("Last bowl tonight.")},
                             {QStringLiteral("Kenji"), QStringLiteral("Then I'm lucky.")}};
        shot.castIds = {QStringLiteral("cast-mei"), QStringLiteral("cast-kenji")};
        shot.durationSeconds = 4 * (1 + i % 3);
        shot.notes = i % 5 == 0 ? QStringLiteral("check continuity of the wet sleeve") : QString();
        for (int t = 0; t < i % 4; ++t) {
            Take take;
            take.id = shot.id + QStringLiteral("-t%1").arg(t);
            take.provider = QStringLiteral("emulator");
            take.providerVideoId = QStringLiteral("video_%1_%2").arg(i).arg(t);
            take.prompt = shot.sceneProse + QStringLiteral("\n\nCinematography:\nCamera shot: ") +
                          shot.framing.phrase();
            take.model = QStringLiteral("sora-2");
            take.size = QStringLiteral("1280x720");
            take.seconds = shot.durationSeconds;
            take.requestJson =
                QStringLiteral(R"({"model":"sora-2","seconds":"%1","size":"1280x720"})")
                    .arg(shot.durationSeconds)
                    .toUtf8();
            take.status = TakeStatus::Ready;
            take.progress = 100;
            take.createdAt = base.addSecs(i * 60 + t);
            take.submittedAt = take.createdAt.addSecs(1);
            take.completedAt = take.createdAt.addSecs(180);
            take.expiresAt = take.createdAt.addSecs(86400);
            take.clipPath = QStringLiteral("clips/%1.mp4").arg(take.id);
            take.thumbnailPath = QStringLiteral("thumbs/%1.webp").arg(take.id);
            take.costUsd = 0.1 * take.seconds;
            shot.takes << take;
        }
        if (!shot.takes.isEmpty())
            shot.circledTakeId = shot.takes.last().id;
        p.shots << shot;
    }
    return p;
}

int rssChild(const char *path)
{
    const qint64 before = peakRssKiB();
    const Result<LoadedProject> loaded = ProjectFile::load(QString::fromLocal8Bit(path));
    const qint64 after = peakRssKiB();
    if (!loaded) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    std::printf("%lld %lld\n", after - before, qlonglong(loaded->project.shots.size()));
    return 0;
}

template<typename F>
double bestMs(F &&f)
{
    double best = 1e300;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--rss-child") == 0)
        return rssChild(argv[2]);

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary directory\n");
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("bench.shotbrief"));
    {
        const Project project = generateProject();
        if (const Result<void> saved = ProjectFile::save(project, path); !saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().toString()));
            return 1;
        }
    }
    const qint64 fileSize = QFileInfo(path).size();

    // RSS first, in a fresh process.
    QProcess child;
    child.start(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath(),
                {QStringLiteral("--rss-child"), path});
    if (!child.waitForFinished(120000) || child.exitCode() != 0) {
        std::fprintf(stderr, "rss child failed: %s\n", child.readAllStandardError().constData());
        return 1;
    }
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    const double growthBytes = fields.value(0).toDouble() * 1024.0;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = file.readAll();

    std::size_t sink = 0;
    const double parseMs = bestMs([&] {
        const nlohmann::json json =
            nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
        sink += json.size();
    });
    const double loadParseMs = bestMs([&] {
        const Result<LoadedProject> loaded = ProjectFile::parse(bytes, path);
        sink += loaded ? std::size_t(loaded->project.shots.size()) : 0;
    });
    const double loadMs = bestMs([&] {
        const Result<LoadedProject> loaded = ProjectFile::load(path);
        sink += loaded ? std::size_t(loaded->project.shots.size()) : 0;
    });
    const Result<LoadedProject> loaded = ProjectFile::load(path);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    const QString savePath = dir.filePath(QStringLiteral("saved.shotbrief"));
    const double saveMs =
        bestMs([&] { sink += ProjectFile::save(loaded->project, savePath) ? 1 : 0; });

    std::fprintf(stderr, "file %.1f MB, %d shots, json::parse %.1f ms, parse %.1f ms (%zu)\n",
                 fileSize / 1e6, ShotCount, parseMs, loadParseMs, sink);
    std::printf("BENCH load_rss_vs_file %.2f x\n", growthBytes / double(fileSize));
    std::printf("BENCH load_vs_parse %.2f x\n", loadParseMs / parseMs);
    std::printf("BENCH load_ms %.1f ms\n", loadMs);
    std::printf("BENCH save_ms %.1f ms\n", saveMs);
    return 0;
}
