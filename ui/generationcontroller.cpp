// SPDX-License-Identifier: MIT
#include "generationcontroller.h"

#include "documenttakestore.h"

#include "api/clock.h"
#include "api/credentialstore.h"
#include "api/generationqueue.h"
#include "api/openaivideoprovider.h"
#include "api/providerprofile.h"
#include "document/autosave.h"
#include "document/projectdocument.h"
#include "emulator/emulatorserver.h"

#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

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
    m_providerName.clear();
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

    const Result<ProviderProfiles> profiles = ProviderProfiles::load();
    QList<ProviderProfile> known = profiles ? profiles->all() : ProviderProfiles::builtIns();
    const auto find = [&known](const QString &name) -> const ProviderProfile * {
        for (const ProviderProfile &profile : known) {
            if (profile.name == name)
                return &profile;
        }
        return nullptr;
    };
    const ProviderProfile *wanted = find(m_document->project().format.provider);
    const ProviderProfile *emulatorProfile = find(QStringLiteral("emulator"));
    if (!emulatorProfile)
        return Error{tr("No emulator profile is known."), {}, {}, 0, 0};
    ProviderProfile profile = wanted ? *wanted : *emulatorProfile;
    QString key;
    if (!m_forceEmulator && profile.name != QLatin1String("emulator"))
        key = CredentialStore().keyFromEnvironment(profile);
    if (m_forceEmulator || key.isEmpty()) {
        if (profile.name != QLatin1String("emulator") && !m_forceEmulator)
            Q_EMIT message(
                tr("No API key for \"%1\": using the built-in emulator (placeholder clips, no "
                   "cost).")
                    .arg(profile.displayName.isEmpty() ? profile.name : profile.displayName));
        profile = *emulatorProfile;
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
        profile.baseUrl = m_emulator->baseUrl();
        key = ProviderProfiles::emulatorKey();
        m_usingEmulator = true;
    }
    m_providerName = profile.displayName.isEmpty() ? profile.name : profile.displayName;
    m_clock = std::make_unique<SystemClock>();
    m_store = std::make_unique<DocumentTakeStore>(m_document, [this] {
        if (m_autosave)
            m_autosave->saveNow();
    });
    m_provider = std::make_unique<OpenAiVideoProvider>(profile, key, m_clock.get());
    m_queue = std::make_unique<GenerationQueue>(m_store.get(), m_provider.get(), m_clock.get());
    m_queue->setPollIntervalMs(m_pollIntervalMs);
    m_queue->setConcurrency(
        std::max(1, QSettings().value(QStringLiteral("generation/concurrency"), 2).toInt()));
    m_queue->setPriceTable(PriceTable::builtIn());
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

QString GenerationController::providerDescription() const
{
    if (!m_queue) {
        return tr("Generation starts the provider of the project (\"%1\"); without an API key the "
                  "built-in emulator makes placeholder clips at no cost.")
            .arg(m_document->project().format.provider);
    }
    if (m_usingEmulator)
        return tr("Built-in emulator (no API key configured): placeholder clips, no cost.");
    return tr("Provider: %1. Generation is billed by the provider.").arg(m_providerName);
}

QStringList GenerationController::ungeneratedShots() const
{
    QStringList ids;
    for (const Shot &shot : m_document->project().shots) {
        bool covered = false;
        for (const Take &take : shot.takes)
            covered = covered || take.status == TakeStatus::Ready || isTakeInFlight(take.status) ||
                      take.status == TakeStatus::Draft;
        if (!covered)
            ids.append(shot.id);
    }
    return ids;
}

double GenerationController::estimateUsd(const QStringList &shotIds, int count)
{
    const PriceTable prices = PriceTable::builtIn();
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
