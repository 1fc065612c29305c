// SPDX-License-Identifier: MIT
#include "generationcontroller.h"

#include "documenttakestore.h"

#include "api/clock.h"
#include "api/credentialstore.h"
#include "api/generationqueue.h"
#include "api/projectcapabilities.h"
#include "api/providerfactory.h"
#include "api/providerprofile.h"
#include "api/videoprovider.h"
#include "document/autosave.h"
#include "document/projectdocument.h"
#include "emulator/emulatorserver.h"

#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace ShotBrief {

GenerationController::GenerationController(ProjectDocument *document, Autosave *autosave,
                                           QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_autosave(autosave)
{
    // A different project means a different store and media folder: start afresh.
    connect(document, &ProjectDocument::projectReset, this, &GenerationController::teardown);
    connect(document, &ProjectDocument::filePathChanged, this, &GenerationController::teardown);
}

GenerationController::~GenerationController()
{
    teardown();
}

void GenerationController::teardown()
{
    m_queue.reset();
    m_provider.reset();
    m_emulator.reset();
    m_store.reset();
    m_clock.reset();
    m_usingEmulator = false;
    m_charges = false;
    m_providerName.clear();
    m_dialect.clear();
}

ProviderProfile GenerationController::projectProfile() const
{
    // A broken providers.json is the window's to report; generation falls back to the
    // built-in profiles, resolved the same way the window plans with them.
    Result<ProviderProfiles> profiles = ProviderProfiles::load();
    if (!profiles)
        profiles = ProviderProfiles::load(QString());
    return profiles ? projectProvider(m_document->project(), *profiles).profile
                    : ProviderProfiles::builtIns().last();
}

Result<void> GenerationController::ensureQueue()
{
    if (m_queue)
        return {};
    if (m_document->filePath().isEmpty())
        return Error{tr("Save the project first: clips are downloaded into its media folder."),
                     {},
                     {},
                     0,
                     0};
    if (m_document->isReadOnly())
        return Error{tr("This project is read-only."), {}, {}, 0, 0};
    if (m_resolving)
        return Error{tr("Still reading the API key from the keychain."), {}, {}, 0, 0};

    // The keychain answers asynchronously: a click while it is read must not start twice.
    m_resolving = true;
    ProviderChoice choice = chooseProvider(
        projectProfile(),
        [](const ProviderProfile &profile) { return CredentialStore().readKeyNow(profile); },
        m_forceEmulator);
    m_resolving = false;
    if (m_queue) // built by a call that ran inside the keychain's event loop
        return {};
    if (!choice.message.isEmpty())
        Q_EMIT message(choice.message);
    const QString title =
        choice.profile.displayName.isEmpty() ? choice.profile.name : choice.profile.displayName;
    if (choice.useEmulator) {
        EmulatorConfig config;
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        config.stateDir = cache.isEmpty() ? QString() : cache + QStringLiteral("/emulator");
        config.requiredKey = ProviderProfiles::emulatorKey();
        config.jobSeconds = m_emulatorJobSeconds;
        m_emulator = std::make_unique<EmulatorServer>(config);
        if (m_emulator->listen() == 0) {
            m_emulator.reset();
            return Error{tr("The built-in emulator could not start."), {}, {}, 0, 0};
        }
        useEmulatorAt(choice, m_emulator->port());
        m_usingEmulator = true;
        m_dialect = choice.profile.name == QLatin1String("emulator")
                        ? QString()
                        : providerDialectName(choice.profile.adapter);
    }
    m_providerName = title;
    m_clock = std::make_unique<SystemClock>();
    Result<std::shared_ptr<VideoProvider>> provider =
        createVideoProvider(choice.profile, choice.key, m_clock.get());
    if (!provider) {
        const Error error = provider.error();
        teardown();
        return error;
    }
    m_provider = provider.value();
    m_store = std::make_unique<DocumentTakeStore>(m_document, [this] {
        if (m_autosave)
            m_autosave->saveNow();
    });
    m_queue = std::make_unique<GenerationQueue>(m_store.get(), m_provider.get(), m_clock.get());
    const PriceTable prices = providerPrices(choice.profile, choice.key, *m_provider);
    m_charges = std::any_of(prices.rows().cbegin(), prices.rows().cend(),
                            [](const PriceTable::Row &row) { return row.usdPerSecond > 0.0; });
    m_queue->setPriceTable(prices);
    m_queue->setPollIntervalMs(m_pollIntervalMs);
    const int concurrency = QSettings().value(QStringLiteral("generation/concurrency")).toInt();
    if (concurrency > 0) // otherwise the provider's own limit
        m_queue->setConcurrency(concurrency);
    connect(m_queue.get(), &GenerationQueue::takeProgress, this,
            [this](const QString &shotId, const QString &takeId, int progress) {
                const Shot *shot = m_document->project().shotById(shotId);
                const Take *take = shot ? shot->takeById(takeId) : nullptr;
                if (!take || take->progress == progress)
                    return;
                Take updated = *take;
                updated.progress = progress;
                // Progress is shown, not persisted: the next status change is.
                m_document->updateTakeFromGeneration(shotId, updated);
            });
    connect(m_queue.get(), &GenerationQueue::message, this, &GenerationController::message);
    connect(m_queue.get(), &GenerationQueue::idle, this, &GenerationController::idle);
    return {};
}

QString GenerationController::providerName() const
{
    return m_provider ? m_provider->name() : QString();
}

QString GenerationController::providerDescription() const
{
    if (!m_queue) {
        return tr("Generation starts the provider of the project (\"%1\"); without an API key the "
                  "built-in emulator makes placeholder clips at no cost.")
            .arg(m_document->project().format.provider);
    }
    if (m_usingEmulator && !m_dialect.isEmpty())
        return tr("Built-in emulator speaking %1 in place of %2: placeholder clips, no cost.")
            .arg(m_dialect, m_providerName);
    if (m_usingEmulator)
        return tr("Built-in emulator (no API key configured): placeholder clips, no cost.");
    if (!m_charges) // a ComfyUI on the user's own machine
        return tr("Provider: %1. It has no prices: no cost is recorded.").arg(m_providerName);
    return tr("Provider: %1. Generation is billed by the provider.").arg(m_providerName);
}

QStringList GenerationController::ungeneratedShots() const
{
    QStringList ids;
    for (const Shot &shot : m_document->project().shots) {
        bool covered = false;
        // A take that may have been paid for without an answer counts as made: "generate all"
        // must not pay for the shot again before the user has checked the dashboard.
        for (const Take &take : shot.takes)
            covered = covered || take.status == TakeStatus::Ready || isTakeInFlight(take.status) ||
                      take.status == TakeStatus::Draft || isTakeOutcomeUnknown(take);
        if (!covered)
            ids.append(shot.id);
    }
    return ids;
}

double GenerationController::estimateUsd(const QStringList &shotIds, int count)
{
    // The project's provider's own table, even while the emulator stands in for it: the
    // estimate is what these shots will cost for real. Building an adapter sends nothing.
    SystemClock clock;
    const ProviderProfile profile = projectProfile();
    const Result<std::shared_ptr<VideoProvider>> provider =
        createVideoProvider(profile, QString(), &clock);
    const PriceTable prices = provider ? providerPrices(profile, QString(), *provider.value())
                                       : priceTableForProfile(profile);
    double total = 0.0;
    for (const QString &id : shotIds) {
        if (const Shot *shot = m_document->project().shotById(id))
            total += estimateShot(m_document->project(), *shot, prices).usd * count;
    }
    return total;
}

Result<QStringList> GenerationController::generate(const QStringList &shotIds, int count)
{
    if (Result<void> ready = ensureQueue(); !ready)
        return ready.error();
    Result<QStringList> added = m_queue->generate(shotIds, count);
    if (added)
        m_queue->start(shotIds);
    return added;
}

Result<QString> GenerationController::remix(const QString &shotId, const QString &takeId,
                                            const QString &delta)
{
    if (Result<void> ready = ensureQueue(); !ready)
        return ready.error();
    Result<QString> added = m_queue->remix(shotId, takeId, delta);
    if (added)
        m_queue->start({shotId});
    return added;
}

Result<QString> GenerationController::retry(const QString &shotId, const QString &takeId)
{
    if (Result<void> ready = ensureQueue(); !ready)
        return ready.error();
    Result<QString> added = m_queue->retry(shotId, takeId);
    if (added)
        m_queue->start({shotId});
    return added;
}

void GenerationController::cancel(const QString &shotId, const QString &takeId)
{
    if (m_queue)
        m_queue->cancel(shotId, takeId);
}

void GenerationController::resumeInFlight()
{
    bool any = false;
    for (const Shot &shot : m_document->project().shots) {
        for (const Take &take : shot.takes)
            any = any || isTakeInFlight(take.status);
    }
    if (!any || !ensureQueue())
        return;
    m_queue->start();
}

bool GenerationController::isIdle() const
{
    return !m_queue || m_queue->isIdle();
}

} // namespace ShotBrief
