// SPDX-License-Identifier: MIT
#include "generationsession.h"

#include "api/clock.h"
#include "api/credentialstore.h"
#include "api/generationqueue.h"
#include "api/takestore.h"
#include "api/videoprovider.h"
#include "emulator/emulatorserver.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct SessionText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::GenerationSession)
};

/// The emulator's jobs outlive a run (a resumed take finds its job again): in the user's cache
/// folder, else beside the project.
QString emulatorStateFolder(const TakeStore &store)
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cache.isEmpty())
        return cache + QStringLiteral("/emulator");
    return QFileInfo(store.mediaFolder()).absolutePath() + QStringLiteral("/.shotbrief-emulator");
}

} // namespace

GenerationSession::GenerationSession(TakeStore *store, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    if (!m_clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
}

// The queue uses the provider and the emulator serves it: it goes first.
GenerationSession::~GenerationSession()
{
    m_queue.reset();
    m_provider.reset();
    m_emulator.reset();
}

ProviderChoice GenerationSession::choose(const ProviderProfile &wanted, bool forceEmulator)
{
    return chooseProvider(
        wanted,
        [](const ProviderProfile &profile) { return CredentialStore().readKeyNow(profile); },
        forceEmulator);
}

Result<void> GenerationSession::start(ProviderChoice choice, const GenerationSettings &settings)
{
    if (m_queue)
        return {};
    m_title =
        choice.profile.displayName.isEmpty() ? choice.profile.name : choice.profile.displayName;
    if (choice.useEmulator) {
        EmulatorConfig config;
        config.stateDir = emulatorStateFolder(*m_store);
        config.requiredKey = ProviderProfiles::emulatorKey();
        config.jobSeconds = settings.emulatorJobSeconds;
        auto emulator = std::make_unique<EmulatorServer>(config);
        if (emulator->listen() == 0)
            return Error{SessionText::tr("The built-in emulator could not start."), {}, {}, 0, 0};
        useEmulatorAt(choice, emulator->port());
        m_emulator = std::move(emulator);
        m_dialect = choice.profile.name == QLatin1String("emulator")
                        ? QString()
                        : providerDialectName(choice.profile.adapter);
    }
    // A local shotbrief-emulator's public key: free, never a real key.
    if (choice.key == ProviderProfiles::emulatorKey())
        choice.profile.fixedKey = choice.key;

    Result<std::shared_ptr<VideoProvider>> provider =
        createVideoProvider(choice.profile, choice.key, m_clock);
    if (!provider) {
        m_emulator.reset();
        m_dialect.clear();
        return provider.error();
    }
    m_profile = choice.profile;
    m_provider = provider.value();
    m_prices = providerPrices(choice.profile, choice.key, *m_provider);
    m_queue = std::make_unique<GenerationQueue>(m_store, m_provider.get(), m_clock);
    m_queue->setPriceTable(m_prices);
    m_queue->setPollIntervalMs(settings.pollIntervalMs);
    m_queue->setMaxSpendUsd(settings.maxSpendUsd);
    if (settings.concurrency > 0)
        m_queue->setConcurrency(settings.concurrency);
    return {};
}

QString GenerationSession::emulatorStateDir() const
{
    return m_emulator ? m_emulator->stateDir() : QString();
}

bool GenerationSession::charges() const
{
    return std::any_of(m_prices.rows().cbegin(), m_prices.rows().cend(),
                       [](const PriceTable::Row &row) { return row.usdPerSecond > 0.0; });
}

PreflightReport GenerationSession::preflight(const QStringList &shotIds,
                                             const ImageSizeProvider &imageSize) const
{
    return preflightCheck(m_store->snapshot(), shotIds, m_profile.capabilities, imageSize);
}

QString GenerationSession::description() const
{
    if (m_emulator && !m_dialect.isEmpty())
        return SessionText::tr(
                   "Built-in emulator speaking %1 in place of %2: placeholder clips, no cost.")
            .arg(m_dialect, m_title);
    if (m_emulator)
        return SessionText::tr(
            "Built-in emulator (no API key configured): placeholder clips, no cost.");
    if (!charges()) // a ComfyUI on the user's own machine
        return SessionText::tr("Provider: %1. It has no prices: no cost is recorded.").arg(m_title);
    return SessionText::tr("Provider: %1. Generation is billed by the provider.").arg(m_title);
}

} // namespace ShotBrief
