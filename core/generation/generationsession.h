// SPDX-License-Identifier: MIT
#pragma once

#include "api/providerfactory.h"
#include "api/providerprofile.h"
#include "model/result.h"
#include "prompt/costestimate.h"
#include "prompt/preflight.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ShotBrief {

class Clock;
class EmulatorServer;
class GenerationQueue;
class TakeStore;
class VideoProvider;

/// How the queue of a session runs.
struct GenerationSettings
{
    int pollIntervalMs = 1000;
    int concurrency = 0;             ///< Jobs at once; 0: the provider's own limit.
    double maxSpendUsd = 0.0;        ///< An extra cap on top of the project's; 0: none.
    double emulatorJobSeconds = 3.0; ///< How long a job of the built-in emulator takes.
};

/// Generation for one project, the same for every front end (the window and shotbrief-cli, as
/// one session serves a GUI and a web UI): which provider, the built-in emulator when it
/// stands in (no key, a local server that does not answer), the adapter, its prices and the
/// durable queue. The front ends only decide which profile they want and show what happens.
class GenerationSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationSession)

public:
    /// `store` (not owned) holds the project; `clock` (not owned) times requests and retries,
    /// null for the system clock.
    explicit GenerationSession(TakeStore *store, Clock *clock = nullptr, QObject *parent = nullptr);
    ~GenerationSession() override;

    /// Step one: the provider for `wanted`, or the built-in emulator in its place (see
    /// chooseProvider()). Reads the key from the environment or the keychain, which may run a
    /// local event loop; asks a keyless local server whether it answers. Sends nothing.
    static ProviderChoice choose(const ProviderProfile &wanted, bool forceEmulator = false);
    /// Step two: starts the emulator when the choice asks for it (its state in the cache folder,
    /// else beside the project), builds the adapter and the queue. A choice holding the
    /// emulator's public key is free (a local shotbrief-emulator). Once per session.
    Result<void> start(ProviderChoice choice, const GenerationSettings &settings = {});
    bool isStarted() const { return m_queue != nullptr; }

    /// Null until start() succeeded.
    GenerationQueue *queue() const { return m_queue.get(); }
    VideoProvider *provider() const { return m_provider.get(); }
    /// The profile as used: after start() with the emulator, its loopback URL and a name that
    /// says so ("emulator-runway").
    const ProviderProfile &profile() const { return m_profile; }
    /// The user's name for the provider asked for ("Runway", "Studio gateway").
    QString providerTitle() const { return m_title; }
    bool usesEmulator() const { return m_emulator != nullptr; }
    /// Where the emulator keeps its jobs and clips; empty without it.
    QString emulatorStateDir() const;
    /// The dialect the emulator speaks in place of another provider ("Runway's API"); empty
    /// when it is not standing in for one.
    QString emulatorDialect() const { return m_dialect; }
    /// What the jobs cost (nothing with the emulator).
    const PriceTable &prices() const { return m_prices; }
    /// Whether any job costs money at these prices (a local ComfyUI does not).
    bool charges() const;
    /// A sentence for the user: which provider, and whether it costs money.
    QString description() const;
    /// The check before anything is sent (prompt/preflight.h) against this session's provider
    /// (after start()): the shots of `shotIds` it would refuse, each with why and the fix.
    /// `imageSize` reads reference images in the media folder (document/mediaimagesizes.h).
    PreflightReport preflight(const QStringList &shotIds,
                              const ImageSizeProvider &imageSize = {}) const;

private:
    TakeStore *m_store; // not owned
    Clock *m_clock;     // not owned; m_ownClock when none was given
    std::unique_ptr<Clock> m_ownClock;
    ProviderProfile m_profile;
    QString m_title;
    QString m_dialect;
    PriceTable m_prices;
    std::unique_ptr<EmulatorServer> m_emulator;
    std::shared_ptr<VideoProvider> m_provider;
    std::unique_ptr<GenerationQueue> m_queue;
};

} // namespace ShotBrief
