// SPDX-License-Identifier: MIT
// Script import benchmarks on the feature-length test screenplay (tests/core/script/data,
// 190 scenes, 770 speeches), best of several runs, each from the file's bytes to a fitted
// project:
//   BENCH import_feature_ms <ms> ms      Fountain (target <= 300 ms)
//   BENCH import_feature_fdx_ms <ms> ms  the same script as Final Draft writes it
//   BENCH reimport_feature_ms <ms> ms    the revised draft into the imported project
#include "script/scriptfile.h"
#include "script/scriptimporter.h"
#include "script/scriptupdater.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace ShotBrief;
using namespace ShotBrief::Script;

namespace {

constexpr int Runs = 7;

QByteArray bytesOf(const char *name)
{
    QFile file(QStringLiteral(SHOTBRIEF_SOURCE_DIR "/tests/core/script/data/") +
               QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_import: cannot read %s\n", name);
        std::exit(1);
    }
    return file.readAll();
}

Project imported(const QByteArray &bytes, const QString &name, const Project &into = {})
{
    const Result<ScriptSource> source = readScriptBytes(bytes, name);
    const ScriptImporter importer(into, ProviderCapabilities::openAiVideos());
    const Result<ImportPlan> plan =
        source ? source->plan(importer) : Result<ImportPlan>(source.error());
    if (!plan) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(plan.error().toString()));
        std::exit(1);
    }
    return withImport(into, *plan);
}

double best(const std::function<void()> &run)
{
    double fastest = 1e9;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        fastest = std::min(fastest, timer.nsecsElapsed() / 1e6);
    }
    return fastest;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray fountain = bytesOf("feature.fountain");
    const QByteArray fdx = bytesOf("feature.fdx");
    const QByteArray revised = bytesOf("feature-rev2.fountain");

    int shots = 0;
    const double fountainMs = best(
        [&] { shots = int(imported(fountain, QStringLiteral("feature.fountain")).shots.size()); });
    const double fdxMs = best([&] { imported(fdx, QStringLiteral("feature.fdx")); });
    const Project first = imported(fountain, QStringLiteral("feature.fountain"));
    const double reimportMs = best([&] {
        const Result<ScriptSource> source =
            readScriptBytes(revised, QStringLiteral("rev2.fountain"));
        const ScriptImporter importer(first, ProviderCapabilities::openAiVideos());
        const Result<ImportPlan> plan = source->plan(importer);
        (void)ScriptUpdater::plan(first, *plan, importer.fitter());
    });
    std::printf("feature.fountain: %d shots\n", shots);
    std::printf("BENCH import_feature_ms %.1f ms\n", fountainMs);
    std::printf("BENCH import_feature_fdx_ms %.1f ms\n", fdxMs);
    std::printf("BENCH reimport_feature_ms %.1f ms\n", reimportMs);
    return 0;
}
