// SPDX-License-Identifier: MIT
#pragma once

#include "api/manualclock.h"
#include "api/providerprofile.h"
#include "api/videojob.h"

#include "emulator/emulatorconfig.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace ShotBrief {

class EmulatorServer;
class ProviderReply;
class VideoProvider;

/// What every adapter test against the in-process emulator sets up: a fresh emulator on a
/// loopback port with its state in a fresh temporary folder, profiles pointed at the dialect
/// under test, and waiting for replies and jobs with a manual clock.
class EmulatorFixture
{
public:
    EmulatorFixture();
    ~EmulatorFixture();
    EmulatorFixture(const EmulatorFixture &) = delete;
    EmulatorFixture &operator=(const EmulatorFixture &) = delete;

    /// Empty when ffmpeg and ffprobe are installed, else what is missing: the emulator renders
    /// real clips, and ffmpeg is a declared dependency, so the tests FAIL without it.
    static QString missingTools();

    /// A new temporary folder and a new emulator listening on 127.0.0.1; false on failure.
    /// `requiredKey` empty: any key is accepted.
    bool start(const QString &requiredKey = QString(), double jobSeconds = 0.5);
    void stop();

    EmulatorServer *server() const { return m_server.get(); }
    /// A path inside this run's temporary folder.
    QString filePath(const QString &name) const;
    /// A one-frame image of `size` ("640x360") made with ffmpeg in the fixture's folder from a
    /// lavfi source ("color=c=teal", "testsrc2"), for picture tests; its path, or an empty
    /// string when ffmpeg failed.
    QString makeStill(const QString &name, const QString &size,
                      const QString &source = QStringLiteral("color=c=teal")) const;
    /// Waits for job `id` to complete and downloads its video to `clip`; false on failure.
    static bool downloadVideo(VideoProvider &provider, ManualClock &clock, const QString &id,
                              const QString &clip);
    /// The mean absolute difference (0-255) between the first (or last) frame of `clip` and
    /// `picture`; -1 when either cannot be read.
    static double frameDifference(const QString &clip, bool lastFrame, const QString &picture);
    /// `base` with its base URL set to where the emulator speaks its adapter's dialect
    /// (ComfyUI at the root, OpenRouter under /api/v1, OpenAI and Runway under /v1).
    ProviderProfile pointed(ProviderProfile base) const;

    /// Runs the manual clock's timers and the event loop until `reply` finishes.
    static bool waitFinished(ProviderReply *reply, ManualClock &clock, int timeoutMs = 30000);
    /// Polls `id` until it completes or fails (the emulator renders in real time).
    static VideoJob waitForJob(VideoProvider &provider, ManualClock &clock, const QString &id,
                               int timeoutMs = 30000);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EmulatorServer> m_server;
};

} // namespace ShotBrief
