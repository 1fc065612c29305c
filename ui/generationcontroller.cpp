// SPDX-License-Identifier: MIT
#include "generationcontroller.h"

#include "documenttakestore.h"

#include "api/clock.h"
#include "api/generationqueue.h"
#include "api/projectcapabilities.h"
#include "api/providerfactory.h"
#include "api/providernames.h"
#include "api/providerprofile.h"
#include "api/videoprovider.h"
#include "document/autosave.h"
#include "document/mediaimagesizes.h"
#include "document/projectdocument.h"
#include "generation/generationsession.h"
#include "model/shotname.h"

#include <QSettings>

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
    connect(document, &ProjectDocument::projectSettingsChanged, this,
            &GenerationController::onProjectSettingsChanged);
}

GenerationController::~GenerationController()
{
    teardown();
}

void GenerationController::teardown()
{
    m_session.reset();
    m_store.reset();
    m_sessionProvider.clear();
    m_teardownWhenIdle = false;
}

void GenerationController::onProjectSettingsChanged()
{
    // The session speaks to the provider it was started for; takes of the old provider that
    // are still running finish there (they record it), new ones go to the project's new one.
    if (!m_session || m_sessionProvider == m_document->project().format.provider)
        return;
    if (isIdle())
        teardown();
    else
        m_teardownWhenIdle = true;
}

void GenerationController::onTakeChanged(const QString &shotId, const Take &take)
{
    const Project &project = m_document->project();
    const Shot *shot = project.shotById(shotId);
    if (take.status == TakeStatus::Ready) {
        ++m_runReady;
    } else if (take.status == TakeStatus::Failed && shot) {
        const QString name =
            tr("%1: %2").arg(shotTitle(project, shotId), takeTitle(*shot, take.id));
        if (!m_runFailed.contains(name))
            m_runFailed << name;
    }
}

void GenerationController::onIdle()
{
    if (m_runReady == 0 && m_runFailed.isEmpty()) {
        m_lastSummary = tr("Generation finished.");
    } else if (m_runFailed.isEmpty()) {
        m_lastSummary = tr("Generation finished: %n take(s) ready.", nullptr, m_runReady);
    } else {
        m_lastSummary = tr("Generation finished: %n take(s) ready, %1 failed (%2). The Takes "
                           "panel shows why.",
                           nullptr, m_runReady)
                            .arg(m_runFailed.size())
                            .arg(m_runFailed.join(tr("; ")));
    }
    m_lastRunFailed = !m_runFailed.isEmpty();
    m_runReady = 0;
    m_runFailed.clear();
    Q_EMIT idle();
    // Not from inside the queue's own signal: the queue would be deleted under its feet.
    if (m_teardownWhenIdle)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_teardownWhenIdle && isIdle())
                    teardown();
            },
            Qt::QueuedConnection);
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
    if (m_session)
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
    const ProviderChoice choice = GenerationSession::choose(projectProfile(), m_forceEmulator);
    m_resolving = false;
    if (m_session) // built by a call that ran inside the keychain's event loop
        return {};
    if (!choice.message.isEmpty())
        Q_EMIT message(choice.message);

    auto store = std::make_unique<DocumentTakeStore>(m_document, [this] {
        if (m_autosave)
            m_autosave->saveNow();
    });
    auto session = std::make_unique<GenerationSession>(store.get());
    GenerationSettings settings;
    settings.pollIntervalMs = m_pollIntervalMs;
    settings.emulatorJobSeconds = m_emulatorJobSeconds;
    // Otherwise the provider's own limit.
    settings.concurrency = QSettings().value(QStringLiteral("generation/concurrency")).toInt();
    if (Result<void> started = session->start(choice, settings); !started)
        return started.error();
    m_store = std::move(store);
    m_session = std::move(session);
    m_sessionProvider = m_document->project().format.provider;

    GenerationQueue *queue = m_session->queue();
    connect(queue, &GenerationQueue::takeProgress, this,
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
    connect(queue, &GenerationQueue::message, this, &GenerationController::message);
    connect(queue, &GenerationQueue::takeChanged, this, &GenerationController::onTakeChanged);
    connect(queue, &GenerationQueue::idle, this, &GenerationController::onIdle);
    return {};
}

QString GenerationController::providerName() const
{
    return m_session ? m_session->provider()->name() : QString();
}

bool GenerationController::usesEmulator() const
{
    return m_session && m_session->usesEmulator();
}

QString GenerationController::providerDescription() const
{
    if (!m_session) {
        return tr("Generation starts the provider of the project (%1); without an API key the "
                  "built-in emulator makes placeholder clips at no cost.")
            .arg(profileDisplayName(projectProfile()));
    }
    return m_session->description();
}

QStringList GenerationController::ungeneratedShots() const
{
    QStringList ids;
    for (const Shot &shot : m_document->project().shots) {
        if (shot.cut)
            continue; // out of the edit: not worth paying for until it is restored
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

PreflightReport GenerationController::preflight(const QStringList &shotIds) const
{
    // The session's check once it runs; before, the same check for the project's provider.
    const ImageSizeProvider sizes = mediaImageSizes(m_document->filePath());
    if (m_session)
        return m_session->preflight(shotIds, sizes);
    return preflightCheck(m_document->project(), shotIds, projectProfile().capabilities, sizes);
}

Result<QStringList> GenerationController::generate(const QStringList &shotIds, int count)
{
    if (Result<void> ready = ensureQueue(); !ready)
        return ready.error();
    if (const PreflightReport report = preflight(shotIds); !report.passes())
        return Error{report.headline() + QStringLiteral("\n\n") + report.details(), {}, {}, 0, 0};
    Result<QStringList> added = m_session->queue()->generate(shotIds, count);
    if (added)
        m_session->queue()->start(shotIds);
    return added;
}

Result<QString> GenerationController::remix(const QString &shotId, const QString &takeId,
                                            const QString &delta)
{
    if (Result<void> ready = ensureQueue(); !ready)
        return ready.error();
    Result<QString> added = m_session->queue()->remix(shotId, takeId, delta);
    if (added)
        m_session->queue()->start({shotId});
    return added;
}

Result<QString> GenerationController::retry(const QString &shotId, const QString &takeId)
{
    if (Result<void> ready = ensureQueue(); !ready)
        return ready.error();
    Result<QString> added = m_session->queue()->retry(shotId, takeId);
    if (added)
        m_session->queue()->start({shotId});
    return added;
}

void GenerationController::cancel(const QString &shotId, const QString &takeId)
{
    if (m_session)
        m_session->queue()->cancel(shotId, takeId);
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
    m_session->queue()->start();
}

bool GenerationController::isIdle() const
{
    return !m_session || m_session->queue()->isIdle();
}

} // namespace ShotBrief
