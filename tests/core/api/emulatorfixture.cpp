// SPDX-License-Identifier: MIT
#include "emulatorfixture.h"

#include "continuity/colordifference.h"
#include "continuity/framegrabber.h"

#include "waitreply.h"

#include "api/providerreply.h"
#include "api/videoprovider.h"

#include "emulator/emulatorserver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace ShotBrief {

EmulatorFixture::EmulatorFixture() = default;

EmulatorFixture::~EmulatorFixture()
{
    stop();
}

QString EmulatorFixture::missingTools()
{
    QStringList missing;
    for (const QString &tool : {QStringLiteral("ffmpeg"), QStringLiteral("ffprobe")}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing << tool;
    }
    return missing.isEmpty()
               ? QString()
               : missing.join(QStringLiteral(" and ")) +
                     QStringLiteral(" missing: the emulator needs it (run make deps)");
}

bool EmulatorFixture::start(const QString &requiredKey, double jobSeconds)
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return false;
    EmulatorConfig config;
    config.stateDir = m_dir->filePath(QStringLiteral("state"));
    config.jobSeconds = jobSeconds;
    config.requiredKey = requiredKey;
    m_server = std::make_unique<EmulatorServer>(config);
    return m_server->listen() != 0;
}

void EmulatorFixture::stop()
{
    // The server before its state folder.
    m_server.reset();
    m_dir.reset();
}

QString EmulatorFixture::filePath(const QString &name) const
{
    return m_dir ? m_dir->filePath(name) : QString();
}

QString EmulatorFixture::makeStill(const QString &name, const QString &size,
                                   const QString &source) const
{
    const QString image = filePath(name);
    QProcess ffmpeg;
    ffmpeg.start(
        QStringLiteral("ffmpeg"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
         QStringLiteral("lavfi"), QStringLiteral("-i"),
         source +
             (source.contains(QLatin1Char('=')) ? QStringLiteral(":s=") : QStringLiteral("=s=")) +
             size,
         QStringLiteral("-frames:v"), QStringLiteral("1"), image});
    const bool made = ffmpeg.waitForFinished(30000) &&
                      ffmpeg.exitStatus() == QProcess::NormalExit && ffmpeg.exitCode() == 0;
    return made ? image : QString();
}

bool EmulatorFixture::downloadVideo(VideoProvider &provider, ManualClock &clock, const QString &id,
                                    const QString &clip)
{
    if (waitForJob(provider, clock, id).status != VideoStatus::Completed)
        return false;
    std::unique_ptr<ProviderReply> downloaded(provider.download(id, DownloadVariant::Video, clip));
    return waitFinished(downloaded.get(), clock) && downloaded->isOk();
}

double EmulatorFixture::frameDifference(const QString &clip, bool lastFrame, const QString &picture)
{
    const Result<QImage> frame = FrameGrabber().grab(
        clip, lastFrame ? FrameGrabber::Position::Last : FrameGrabber::Position::First);
    const QImage expected(picture);
    if (!frame || expected.isNull())
        return -1.0;
    return meanAbsoluteDifference(*frame, expected);
}

ProviderProfile EmulatorFixture::pointed(ProviderProfile base) const
{
    base.baseUrl = base.adapter == QLatin1String("comfyui")      ? m_server->rootUrl()
                   : base.adapter == QLatin1String("openrouter") ? m_server->openRouterUrl()
                                                                 : m_server->baseUrl();
    return base;
}

bool EmulatorFixture::waitFinished(ProviderReply *reply, ManualClock &clock, int timeoutMs)
{
    return TestSupport::waitFinished(reply, clock, timeoutMs);
}

VideoJob EmulatorFixture::waitForJob(VideoProvider &provider, ManualClock &clock, const QString &id,
                                     int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    VideoJob job;
    while (timer.elapsed() < timeoutMs) {
        std::unique_ptr<ProviderReply> reply(provider.retrieve(id));
        if (!waitFinished(reply.get(), clock) || !reply->isOk())
            return job;
        job = reply->job();
        if (job.status == VideoStatus::Completed || job.status == VideoStatus::Failed)
            return job;
        QTest::qWait(50); // the emulator renders in real time
    }
    return job;
}
} // namespace ShotBrief
