// SPDX-License-Identifier: MIT
// BENCH queue_vs_ideal: 24 shots through the generation queue against the in-process emulator
// with job time T and concurrency 2; wall time / (12 * T). Target <= 1.1.
#include "api/clock.h"
#include "api/generationqueue.h"
#include "api/openaivideoprovider.h"
#include "api/takestore.h"

#include "emulator/emulatorserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace ShotBrief;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int Shots = 24;
    constexpr int Concurrency = 2;
    // T covers the emulator's ffmpeg render of a 4 s clip on a busy 2-core machine.
    const double jobSeconds = qEnvironmentVariableIsSet("SHOTBRIEF_BENCH_JOB_SECONDS")
                                  ? qEnvironmentVariable("SHOTBRIEF_BENCH_JOB_SECONDS").toDouble()
                                  : 4.0;

    QTemporaryDir dir;
    EmulatorConfig config;
    config.stateDir = dir.filePath(QStringLiteral("state"));
    config.jobSeconds = jobSeconds;
    config.maxRunningPerKey = Concurrency;
    EmulatorServer emulator(config);
    if (emulator.listen() == 0) {
        std::fprintf(stderr, "cannot start the emulator\n");
        return 1;
    }

    Project project;
    for (int i = 0; i < Shots; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i + 1);
        shot.label = QString::number(i + 1);
        shot.sceneProse = QStringLiteral("Benchmark shot %1.").arg(i + 1);
        shot.durationSeconds = 4;
        project.shots << shot;
    }
    MemoryTakeStore store(project, dir.filePath(QStringLiteral("bench.media")));
    SystemClock clock;
    ProviderProfile profile = ProviderProfiles::builtIns().last();
    profile.baseUrl = emulator.baseUrl();
    OpenAiVideoProvider provider(profile, ProviderProfiles::emulatorKey(), &clock);
    GenerationQueue queue(&store, &provider, &clock);
    queue.setConcurrency(Concurrency);
    queue.setPollIntervalMs(50);
    queue.setDownloadSpritesheet(false);
    QStringList ids;
    for (const Shot &shot : project.shots)
        ids << shot.id;
    if (!queue.generate(ids).hasValue())
        return 1;

    // Where the time goes: submit -> provider completion seen -> clip on disk, per take.
    QHash<QString, qint64> submitted;
    double jobTotal = 0.0;
    double downloadTotal = 0.0;
    QHash<QString, qint64> completed;
    QElapsedTimer since;
    since.start();
    QObject::connect(
        &queue, &GenerationQueue::takeChanged, &queue, [&](const QString &, const Take &take) {
            const qint64 now = since.elapsed();
            if (take.status == TakeStatus::Submitting)
                submitted.insert(take.id, now);
            else if (take.status == TakeStatus::Downloading && !completed.contains(take.id)) {
                completed.insert(take.id, now);
                jobTotal += (now - submitted.value(take.id)) / 1000.0;
            } else if (take.status == TakeStatus::Ready)
                downloadTotal += (now - completed.value(take.id)) / 1000.0;
        });
    QEventLoop loop;
    QObject::connect(&queue, &GenerationQueue::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    queue.start();
    loop.exec();
    const double wall = timer.elapsed() / 1000.0;

    int ready = 0;
    for (const Shot &shot : store.snapshot().shots)
        ready += (!shot.takes.isEmpty() && shot.takes.first().status == TakeStatus::Ready) ? 1 : 0;
    if (ready != Shots) {
        std::fprintf(stderr, "only %d of %d shots are ready\n", ready, Shots);
        return 1;
    }
    const double ideal = (Shots / Concurrency) * jobSeconds;
    std::fprintf(stderr, "mean submit->completed %.2f s, completed->ready %.2f s\n",
                 jobTotal / Shots, downloadTotal / Shots);
    std::fprintf(stderr,
                 "24 shots, T = %.1f s, concurrency %d: %.2f s (ideal %.1f s), %d creates\n",
                 jobSeconds, Concurrency, wall, ideal, emulator.createCount());
    std::printf("BENCH queue_vs_ideal %.3f x\n", wall / ideal);
    // The queue's own overhead: against the job time the provider really took (the emulator
    // renders after T has passed, so on a busy machine its jobs last longer than T).
    const double measured = (Shots / Concurrency) * (jobTotal / Shots);
    std::printf("BENCH queue_vs_measured_jobs %.3f x\n", wall / measured);
    return 0;
}
