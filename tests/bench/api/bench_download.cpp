// SPDX-License-Identifier: MIT
// BENCH download_rss_growth_mb: peak RSS growth of the client while it downloads a 500 MB
// clip from the emulator. The emulator runs in a child process (this program with --serve)
// so that only the client's memory is measured. Target <= 16 MB.
#include "api/manualclock.h"
#include "api/openaivideoprovider.h"

#include "emulator/emulatorserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace ShotBrief;

namespace {

constexpr qint64 FileBytes = 500ll * 1024 * 1024;

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int serve(const QString &file)
{
    QTemporaryDir dir;
    EmulatorConfig config;
    config.stateDir = dir.filePath(QStringLiteral("state"));
    EmulatorServer emulator(config);
    if (emulator.listen() == 0)
        return 1;
    const QString id = emulator.injectCompletedJob(file);
    if (id.isEmpty())
        return 1;
    std::printf("%s %s\n", qPrintable(emulator.baseUrl().toString()), qPrintable(id));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) == QLatin1String("--serve"))
        return serve(arguments.value(2));

    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("big.mp4"));
    {
        // Real bytes, not a sparse file, so that the server really sends 500 MB.
        QFile file(source);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray chunk(4 * 1024 * 1024, '\0');
        for (int i = 0; i < chunk.size(); ++i)
            chunk[i] = char(i * 131 % 251);
        for (qint64 written = 0; written < FileBytes; written += chunk.size())
            file.write(chunk);
    }

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--serve"), source});
    if (!server.waitForReadyRead(30000)) {
        std::fprintf(stderr, "the emulator did not start\n");
        return 1;
    }
    const QList<QByteArray> line = server.readLine().trimmed().split(' ');
    if (line.size() != 2)
        return 1;

    ManualClock clock;
    ProviderProfile profile = ProviderProfiles::builtIns().last();
    profile.baseUrl = QUrl(QString::fromUtf8(line.at(0)));
    OpenAiVideoProvider provider(profile, ProviderProfiles::emulatorKey(), &clock);
    const QString target = dir.filePath(QStringLiteral("media/clips/big.mp4"));

    // Warm up the network stack so that its one-off allocations are not counted.
    {
        std::unique_ptr<ProviderReply> warm(provider.retrieve(QString::fromUtf8(line.at(1))));
        QEventLoop loop;
        QObject::connect(warm.get(), &ProviderReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const qint64 before = statusKb("VmRSS:");
    qint64 peak = before;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ProviderReply> reply(
        provider.download(QString::fromUtf8(line.at(1)), DownloadVariant::Video, target));
    QEventLoop loop;
    QObject::connect(reply.get(), &ProviderReply::finished, &loop, &QEventLoop::quit);
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler,
                     [&peak] { peak = std::max(peak, statusKb("VmRSS:")); });
    sampler.start(20);
    loop.exec();
    sampler.stop();
    peak = std::max({peak, statusKb("VmRSS:")});
    // VmHWM is the kernel's own peak; it includes start-up, so use it only as an upper bound.
    server.terminate();
    server.waitForFinished(5000);

    if (!reply->isOk() || QFileInfo(target).size() != FileBytes) {
        std::fprintf(stderr, "download failed: %s\n", qPrintable(reply->error().message));
        return 1;
    }
    std::fprintf(stderr, "500 MB in %.1f s; RSS %lld kB before, peak %lld kB\n",
                 timer.elapsed() / 1000.0, before, peak);
    std::printf("BENCH download_rss_growth_mb %.1f MB\n", (peak - before) / 1024.0);
    return 0;
}
