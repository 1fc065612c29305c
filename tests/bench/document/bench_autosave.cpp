// SPDX-License-Identifier: MIT
// Autosave while typing into a 5,000-shot project: keystrokes go into the document every
// 30 ms with the autosave set to fire during the typing (quiet period 100 ms, at the latest
// every 400 ms), so that writes overlap keystrokes as often as they can.
//   BENCH autosave_sync_write_ms <ms>     what one synchronous recovery write would block
//   BENCH autosave_write_ms <ms>          one write on the worker, started to reported (median)
//   BENCH autosave_writes_while_typing <n>
//   BENCH autosave_keystroke_max_ms <ms>  the longest the typing thread was busy for one key,
//                                         including every autosave event handled with it
//   BENCH autosave_keystroke_median_ms <ms>
#include "../../reliability/bigproject.h"

#include "document/autosave.h"
#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace ShotBrief;
using namespace std::chrono_literals;

namespace {

constexpr int ShotCount = 5000;
constexpr int Keystrokes = 300;
constexpr int KeyIntervalMs = 30;

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.shotbrief"));
    ProjectDocument document;
    document.resetProject(Reliability::bigProject('A', ShotCount), path);
    if (!document.save()) {
        std::fprintf(stderr, "cannot save the project\n");
        return 1;
    }

    // The baseline: what typing would wait for if the write ran on its thread.
    {
        Autosave sync(&document, 1h);
        sync.setQuietPeriod(1h);
        document.setTitle(QStringLiteral("sync"));
        QElapsedTimer timer;
        timer.start();
        sync.saveNow();
        std::printf("BENCH autosave_sync_write_ms %.1f ms\n", timer.nsecsElapsed() / 1e6);
    }

    Autosave autosave(&document, 400ms);
    autosave.setQuietPeriod(100ms);
    QElapsedTimer writeClock;
    QList<double> writes;
    QObject::connect(&autosave, &Autosave::autosaveStarted, &app, [&] { writeClock.start(); });
    QObject::connect(&autosave, &Autosave::autosaved, &app,
                     [&] { writes << writeClock.nsecsElapsed() / 1e6; });

    QList<double> keys;
    const QString shotId = document.project().shots.at(ShotCount / 2).id;
    QElapsedTimer key;
    for (int k = 0; k < Keystrokes; ++k) {
        key.start();
        Shot shot = *document.project().shotById(shotId);
        shot.sceneProse += QLatin1Char(k % 7 == 6 ? ' ' : 'a' + k % 26);
        document.editShot(shot.id, shot, ShotField::SceneProse);
        // Everything the event loop has to do before the next key: autosave timers, their
        // copies, the writes' answers.
        QCoreApplication::processEvents();
        keys << key.nsecsElapsed() / 1e6;
        QThread::msleep(KeyIntervalMs);
    }
    autosave.waitForWrites();
    QCoreApplication::processEvents();

    std::printf("BENCH autosave_write_ms %.1f ms\n", median(writes));
    std::printf("BENCH autosave_writes_while_typing %lld writes\n", qlonglong(writes.size()));
    std::printf("BENCH autosave_keystroke_max_ms %.2f ms\n",
                *std::max_element(keys.cbegin(), keys.cend()));
    std::printf("BENCH autosave_keystroke_median_ms %.3f ms\n", median(keys));
    return writes.isEmpty() ? 1 : 0;
}
