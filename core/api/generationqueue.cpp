// SPDX-License-Identifier: MIT
#include "generationqueue.h"

#include "clock.h"
#include "providerreply.h"
#include "takestore.h"
#include "videoprovider.h"

#include "continuity/chaining.h"
#include "continuity/framegrabber.h"
#include "model/shotname.h"
#include "prompt/promptcomposer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace ShotBrief {

namespace {

Error queueError(const QString &message)
{
    Error error;
    error.message = message;
    return error;
}

TakeStatus takeStatusFor(VideoStatus status)
{
    switch (status) {
    case VideoStatus::Queued:
        return TakeStatus::Queued;
    case VideoStatus::InProgress:
    case VideoStatus::Unknown:
        return TakeStatus::InProgress;
    case VideoStatus::Completed:
        return TakeStatus::Downloading;
    case VideoStatus::Failed:
        return TakeStatus::Failed;
    }
    return TakeStatus::InProgress;
}

QString money(double usd)
{
    return QStringLiteral("$%1").arg(usd, 0, 'f', 2);
}

QSize parsedSize(const QString &size)
{
    const QStringList parts = size.split(QLatin1Char('x'));
    return parts.size() == 2 ? QSize(parts.at(0).toInt(), parts.at(1).toInt()) : QSize();
}

/// "+$0.05", "-$0.02", "$0.00": a difference from the estimate.
QString signedMoney(double usd)
{
    if (std::abs(usd) < 0.005)
        return money(0.0);
    return (usd > 0 ? QStringLiteral("+") : QStringLiteral("-")) + money(std::abs(usd));
}

constexpr int MaxListPages = 20;

} // namespace

bool isTakeOutcomeUnknown(const Take &take)
{
    return take.status == TakeStatus::Failed && take.errorCode == outcomeUnknownCode();
}

GenerationQueue::GenerationQueue(TakeStore *store, VideoProvider *provider, Clock *clock,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_provider(provider)
    , m_clock(clock)
    , m_prices(provider->priceTable())
    , m_concurrency(qMax(1, provider->capabilities().maxConcurrentJobs))
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{}

GenerationQueue::~GenerationQueue()
{
    // Going away (app closing) is not canceling: leave every take in flight as saved, so the
    // next start resumes it. Disconnect first, so aborting writes nothing.
    for (Active &active : m_active) {
        if (ProviderReply *reply = active.reply) {
            QObject::disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void GenerationQueue::setConcurrency(int jobs)
{
    m_concurrency = qMax(1, jobs);
    schedulePump();
}

void GenerationQueue::schedulePump()
{
    if (!m_started || m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
        },
        Qt::QueuedConnection);
}

double GenerationQueue::estimateUsd(const QString &model, const QString &size, int seconds) const
{
    const std::optional<double> perSecond = m_prices.pricePerSecond(model, size);
    return perSecond ? *perSecond * seconds : 0.0;
}

double GenerationQueue::effectiveCapUsd() const
{
    const double projectCap = m_store->snapshot().spendingCapUsd;
    if (projectCap > 0.0 && m_maxSpendUsd > 0.0)
        return std::min(projectCap, m_maxSpendUsd);
    return projectCap > 0.0 ? projectCap : m_maxSpendUsd;
}

Result<void> GenerationQueue::checkCap(double batchUsd) const
{
    const double cap = effectiveCapUsd();
    if (cap <= 0.0)
        return {};
    const double spent = m_store->snapshot().totalSpentUsd();
    const double pending = pendingEstimateUsd(); // drafts anywhere will be paid too
    // A tiny tolerance so that a cap equal to the estimate is not refused by rounding.
    if (spent + pending + batchUsd <= cap + 1e-9)
        return {};
    return queueError(tr("Refused before sending anything: this batch is estimated at %1 "
                         "(price table: %2); with %3 already spent and %4 pending, that exceeds "
                         "the spending cap of %5.")
                          .arg(money(batchUsd),
                               m_prices.name().isEmpty() ? m_prices.source() : m_prices.name(),
                               money(spent), money(pending), money(cap)));
}

double GenerationQueue::pendingEstimateUsd(const QStringList &shotIds) const
{
    const Project project = m_store->snapshot();
    double total = 0.0;
    for (const Shot &shot : project.shots) {
        if (!shotIds.isEmpty() && !shotIds.contains(shot.id))
            continue;
        for (const Take &take : shot.takes) {
            if (take.status == TakeStatus::Draft ||
                (take.status == TakeStatus::Submitting && take.providerVideoId.isEmpty()))
                total += estimateUsd(take.model, take.size, take.seconds);
        }
    }
    return total;
}

QString GenerationQueue::mediaPath(const QString &relative) const
{
    return QDir(m_store->mediaFolder()).filePath(relative);
}

bool GenerationQueue::inScope(const QString &shotId) const
{
    return m_scope.isEmpty() || m_scope.contains(shotId);
}

std::optional<Take> GenerationQueue::claimAnswer(const QString &shotId, const QString &takeId,
                                                 ProviderReply *reply)
{
    auto it = m_active.find(takeId);
    if (it == m_active.end() || it->reply != reply)
        return std::nullopt;
    it->reply = nullptr;
    return currentTake(shotId, takeId);
}

std::optional<Take> GenerationQueue::currentTake(const QString &shotId, const QString &takeId) const
{
    const Project project = m_store->snapshot();
    const Shot *shot = project.shotById(shotId);
    if (!shot)
        return std::nullopt;
    const Take *take = shot->takeById(takeId);
    if (!take)
        return std::nullopt;
    return *take;
}

bool GenerationQueue::save(const QString &shotId, const Take &take)
{
    const Result<void> saved = m_store->updateTake(shotId, take);
    if (!saved) {
        // Nothing may go over the network on a state that is not on disk: stop this take.
        stall(take.id, tr("Cannot save the project: %1").arg(saved.error().toString()));
        return false;
    }
    Q_EMIT takeChanged(shotId, take);
    return true;
}

QString GenerationQueue::shotTitleOf(const QString &shotId) const
{
    const QString title = shotTitle(m_store->snapshot(), shotId);
    return title.isEmpty() ? tr("A deleted shot") : title;
}

QString GenerationQueue::takeTitleOf(const QString &shotId, const QString &takeId) const
{
    const Project project = m_store->snapshot();
    const Shot *shot = project.shotById(shotId);
    const QString title = shot ? takeTitle(*shot, takeId) : QString();
    return title.isEmpty() ? tr("a take") : title;
}

QString GenerationQueue::downloadVariantName(DownloadVariant variant)
{
    switch (variant) {
    case DownloadVariant::Video:
        return tr("clip");
    case DownloadVariant::Thumbnail:
        return tr("thumbnail");
    case DownloadVariant::Spritesheet:
        return tr("preview strip");
    }
    return {};
}

void GenerationQueue::recordSpend(const QString &shotId, const Take &take)
{
    if (m_store->snapshot().spendEntryFor(take.id))
        return; // paid once, recorded once
    SpendEntry entry;
    entry.takeId = take.id;
    entry.shotId = shotId;
    entry.provider = take.provider;
    entry.model = take.model;
    entry.seconds = take.seconds;
    entry.amountUsd = take.costUsd;
    entry.at = m_clock->now();
    if (const Result<void> saved = m_store->appendLedger(entry); !saved)
        Q_EMIT message(
            tr("%1: cannot record the spend of %2: %3")
                .arg(shotTitleOf(shotId), takeTitleOf(shotId, take.id), saved.error().toString()));
}

void GenerationQueue::recordActualCost(const QString &shotId, const Take &take, const VideoJob &job)
{
    if (job.costUsd < 0.0) {
        if (!job.costProblem.isEmpty())
            Q_EMIT message(tr("Shot %1: %2").arg(shotId, job.costProblem));
        return;
    }
    const Project project = m_store->snapshot();
    const SpendEntry *entry = project.spendEntryFor(take.id);
    if (const Result<void> recorded = m_store->recordActualCost(take.id, job.costUsd); !recorded) {
        Q_EMIT message(tr("Shot %1: cannot record what take %2 cost: %3")
                           .arg(shotId, take.id, recorded.error().toString()));
        return;
    }
    const double estimate = entry ? entry->amountUsd : take.costUsd;
    Q_EMIT message(
        tr("Shot %1: the provider charged %2 (estimated %3, %4).")
            .arg(shotId, money(job.costUsd), money(estimate), signedMoney(job.costUsd - estimate)));
}

Result<QStringList> GenerationQueue::generate(const QStringList &shotIds, int count)
{
    QList<QPair<QString, int>> batch;
    for (const QString &shotId : shotIds)
        batch.append({shotId, count});
    return generate(batch);
}

Result<QStringList> GenerationQueue::generate(const QList<QPair<QString, int>> &request)
{
    const Project project = m_store->snapshot();
    QList<QPair<QString, Take>> planned;
    double batch = 0.0;
    for (const auto &[shotId, count] : request) {
        const Shot *shot = project.shotById(shotId);
        if (!shot)
            return queueError(tr("There is no shot %1 in the project.").arg(shotId));
        for (int i = 0; i < count; ++i) {
            Take take;
            take.id = newId();
            take.provider = m_provider->name();
            take.kind = TakeKind::Generate;
            take.prompt = composePrompt(project, *shot);
            take.model = project.effectiveModel(*shot);
            take.size = project.effectiveSize(*shot);
            take.seconds = shot->durationSeconds;
            // A chained shot's first frame is taken from the previous clip once it is ready.
            take.referenceImage = shot->chainPrevious ? QString() : shot->referenceImage;
            take.lastFrame = shot->lastFrame;
            take.status = TakeStatus::Draft;
            take.createdAt = m_clock->now();
            take.costUsd = estimateUsd(take.model, take.size, take.seconds);
            batch += take.costUsd;
            planned.append({shotId, take});
        }
    }
    if (const Result<void> capCheck = checkCap(batch); !capCheck)
        return capCheck.error();

    QStringList ids;
    for (const auto &[shotId, take] : planned) {
        if (const Result<void> added = m_store->addTake(shotId, take); !added)
            return added.error();
        ids.append(take.id);
        Q_EMIT takeChanged(shotId, take);
    }
    schedulePump(); // never re-entered from a slot of takeChanged
    return ids;
}

Result<QString> GenerationQueue::remix(const QString &shotId, const QString &takeId,
                                       const QString &deltaPrompt)
{
    const std::optional<Take> parent = currentTake(shotId, takeId);
    if (!parent)
        return queueError(tr("There is no take %1 in shot %2.").arg(takeId, shotId));
    if (parent->status != TakeStatus::Ready || parent->providerVideoId.isEmpty())
        return queueError(tr("Only a finished take can be remixed."));
    if (deltaPrompt.trimmed().isEmpty())
        return queueError(tr("A remix needs a prompt that says what to change."));
    Take take;
    take.id = newId();
    take.provider = m_provider->name();
    take.kind = TakeKind::Remix;
    take.parentTakeId = parent->id;
    take.prompt = deltaPrompt;
    take.model = parent->model;
    take.size = parent->size;
    take.seconds = parent->seconds;
    take.status = TakeStatus::Draft;
    take.createdAt = m_clock->now();
    take.costUsd = estimateUsd(take.model, take.size, take.seconds);
    if (const Result<void> capCheck = checkCap(take.costUsd); !capCheck)
        return capCheck.error();
    if (const Result<void> added = m_store->addTake(shotId, take); !added)
        return added.error();
    Q_EMIT takeChanged(shotId, take);
    schedulePump(); // never re-entered from a slot of takeChanged
    return take.id;
}

Result<QString> GenerationQueue::retry(const QString &shotId, const QString &takeId)
{
    const std::optional<Take> old = currentTake(shotId, takeId);
    if (!old)
        return queueError(tr("There is no take %1 in shot %2.").arg(takeId, shotId));
    if (old->status != TakeStatus::Failed && old->status != TakeStatus::Canceled &&
        old->status != TakeStatus::Expired)
        return queueError(tr("Only a failed, canceled or expired take can be retried."));
    Take take;
    take.id = newId();
    take.provider = m_provider->name();
    take.kind = old->kind;
    take.parentTakeId = old->parentTakeId;
    take.prompt = old->prompt;
    take.model = old->model;
    take.size = old->size;
    take.seconds = old->seconds;
    // A chained take takes its first frame again, from what is circled before it now.
    take.referenceImage = chainedFromTakeId(*old).isEmpty() ? old->referenceImage : QString();
    take.lastFrame = old->lastFrame;
    take.status = TakeStatus::Draft;
    take.createdAt = m_clock->now();
    take.costUsd = estimateUsd(take.model, take.size, take.seconds);
    if (const Result<void> capCheck = checkCap(take.costUsd); !capCheck)
        return capCheck.error();
    if (const Result<void> added = m_store->addTake(shotId, take); !added)
        return added.error();
    Q_EMIT takeChanged(shotId, take);
    schedulePump(); // never re-entered from a slot of takeChanged
    return take.id;
}

void GenerationQueue::cancel(const QString &shotId, const QString &takeId)
{
    // Deferred: a slot of takeChanged may call this while the queue is mid-step.
    QMetaObject::invokeMethod(
        this, [this, shotId, takeId] { doCancel(shotId, takeId); }, Qt::QueuedConnection);
}

void GenerationQueue::doCancel(const QString &shotId, const QString &takeId)
{
    std::optional<Take> take = currentTake(shotId, takeId);
    if (!take || isTakeFinished(take->status))
        return;
    auto it = m_active.find(takeId);
    if (take->status == TakeStatus::Submitting && it != m_active.end() &&
        it->phase != Phase::Waiting) {
        // The outcome of the create is not known yet: finish the cancel once it is.
        it->cancelRequested = true;
        return;
    }
    if (it != m_active.end()) {
        if (it->reply)
            it->reply->abort();
        m_active.erase(it);
    }
    if (!take->providerVideoId.isEmpty() && take->status != TakeStatus::Downloading)
        m_provider->remove(take->providerVideoId)->onFinished(this, [](ProviderReply *) {});
    take->status = TakeStatus::Canceled;
    save(shotId, *take);
    schedulePump(); // a chained shot waiting for this take now learns it will not come
    scheduleMaybeIdle();
}

void GenerationQueue::start(const QStringList &shotIds)
{
    m_scope = shotIds;
    m_started = true;
    const Project project = m_store->snapshot();
    for (const Shot &shot : project.shots) {
        if (!inScope(shot.id))
            continue;
        for (const Take &take : shot.takes) {
            if (m_active.contains(take.id) || !isTakeInFlight(take.status))
                continue;
            if (!take.provider.isEmpty() && take.provider != m_provider->name()) {
                Q_EMIT message(
                    tr("%1: %2 runs on provider \"%3\"; it is left alone.")
                        .arg(shotTitleOf(shot.id), takeTitleOf(shot.id, take.id), take.provider));
                continue;
            }
            if (take.status == TakeStatus::Submitting && take.providerVideoId.isEmpty() &&
                !m_provider->canListJobs()) {
                // Sent or not, nobody can tell: never resend, never leave it pending forever.
                failOutcomeUnknown(shot.id, take);
                continue;
            }
            Active active;
            active.shotId = shot.id;
            m_active.insert(take.id, active);
            if (!take.providerVideoId.isEmpty())
                recordSpend(shot.id, take); // a crash between saving the id and the ledger
            switch (take.status) {
            case TakeStatus::Submitting:
                if (take.providerVideoId.isEmpty())
                    reconcile(shot.id, take.id);
                else
                    schedulePoll(shot.id, take.id, 0);
                break;
            case TakeStatus::Queued:
            case TakeStatus::InProgress:
                schedulePoll(shot.id, take.id, 0);
                break;
            case TakeStatus::Downloading:
                startDownload(shot.id, take.id);
                break;
            default:
                break;
            }
        }
    }
    pump();
}

int GenerationQueue::runningCount() const
{
    int running = 0;
    for (const Active &active : m_active) {
        if (active.phase == Phase::Submitting || active.phase == Phase::Reconciling ||
            active.phase == Phase::Polling)
            ++running;
    }
    return running;
}

void GenerationQueue::pump()
{
    if (!m_started)
        return;
    if (!m_stopSubmitting) {
        const Project project = m_store->snapshot();
        for (const Shot &shot : project.shots) {
            if (!inScope(shot.id))
                continue;
            for (const Take &take : shot.takes) {
                if (runningCount() >= m_concurrency)
                    break;
                if (take.status != TakeStatus::Draft)
                    continue;
                auto it = m_active.find(take.id);
                if (it != m_active.end() && (it->phase != Phase::Waiting || it->scheduled))
                    continue;
                if (shot.chainPrevious && take.kind == TakeKind::Generate &&
                    take.referenceImage.isEmpty() && !prepareChain(project, shot, take))
                    continue;
                submit(shot.id, take.id);
            }
        }
    }
    scheduleMaybeIdle();
}

bool GenerationQueue::isIdle() const
{
    for (const Active &active : m_active) {
        if (active.phase != Phase::Stalled)
            return false;
    }
    if (m_stopSubmitting)
        return true;
    const Project project = m_store->snapshot();
    for (const Shot &shot : project.shots) {
        if (!inScope(shot.id))
            continue;
        for (const Take &take : shot.takes) {
            if (take.status == TakeStatus::Draft)
                return false;
        }
    }
    return true;
}

void GenerationQueue::scheduleMaybeIdle()
{
    if (m_idleScheduled)
        return;
    m_idleScheduled = true;
    QMetaObject::invokeMethod(this, &GenerationQueue::checkIdle, Qt::QueuedConnection);
}

void GenerationQueue::checkIdle()
{
    m_idleScheduled = false;
    if (m_started && isIdle())
        Q_EMIT idle();
}

void GenerationQueue::stall(const QString &takeId, const QString &why)
{
    m_errors.append(why);
    Q_EMIT message(why);
    auto it = m_active.find(takeId);
    if (it != m_active.end()) {
        it->phase = Phase::Stalled;
        it->reply = nullptr;
    }
    // A stalled take no longer holds a slot: drafts waiting for it go now (Runway, which
    // cannot list, stalls every take left in "submitting" after a crash).
    schedulePump();
    scheduleMaybeIdle();
}

bool GenerationQueue::prepareChain(const Project &project, const Shot &shot, const Take &take)
{
    const int index = project.shotIndex(shot.id);
    const QString name = shotName(project, index);
    const ModelCapability *model = m_provider->capabilities().model(take.model);
    if (model && !model->firstFrame) {
        failTake(shot.id, take,
                 ApiError::make(ApiErrorKind::InvalidRequest,
                                tr("Shot %1 is chained to the previous shot, but %2 cannot begin "
                                   "a clip on a picture: choose a model that takes a first frame, "
                                   "or stop chaining the shot.")
                                    .arg(name, model->id)));
        return false;
    }
    const ChainLink link = ChainLink::of(project, index);
    switch (link.state) {
    case ChainLink::State::NotChained:
        return true;
    case ChainLink::State::Broken:
        failTake(shot.id, take, ApiError::make(ApiErrorKind::LocalFile, link.message));
        return false;
    case ChainLink::State::Waiting: {
        // Wait only for a take this queue will move on; otherwise the wait would never end.
        bool moving = false;
        if (auto awaited = m_active.constFind(link.takeId); awaited != m_active.cend())
            moving = awaited->phase != Phase::Stalled;
        if (!moving) {
            const Take *awaited = project.shots.at(link.previousIndex).takeById(link.takeId);
            moving = awaited && awaited->status == TakeStatus::Draft &&
                     inScope(link.previousShotId) && !m_stopSubmitting;
        }
        if (!moving) {
            failTake(shot.id, take,
                     ApiError::make(ApiErrorKind::LocalFile,
                                    tr("Shot %1 begins on the last frame of shot %2, whose take is "
                                       "not being generated: generate shot %2 first, or both "
                                       "together.")
                                        .arg(name, link.previousName)));
            return false;
        }
        if (!m_announcedWaits.contains(take.id)) {
            m_announcedWaits.insert(take.id);
            Q_EMIT message(tr("Shot %1: %2.").arg(name, link.message));
        }
        return false;
    }
    case ChainLink::State::Ready:
        break;
    }
    Active &active = m_active[take.id];
    active.shotId = shot.id;
    active.phase = Phase::Extracting;
    active.scheduled = false;
    m_announcedWaits.remove(take.id);
    const QString shotId = shot.id;
    const QString takeId = take.id;
    const QString fromTakeId = link.takeId;
    FrameGrabber().grabPngLater(mediaPath(link.clipPath), FrameGrabber::Position::Last,
                                parsedSize(take.size), this,
                                [this, shotId, takeId, fromTakeId](Result<QByteArray> png) {
                                    onChainFrame(shotId, takeId, fromTakeId, png);
                                });
    return false;
}

void GenerationQueue::onChainFrame(const QString &shotId, const QString &takeId,
                                   const QString &fromTakeId, const Result<QByteArray> &png)
{
    auto it = m_active.find(takeId);
    if (it == m_active.end() || it->phase != Phase::Extracting)
        return; // canceled meanwhile
    std::optional<Take> take = currentTake(shotId, takeId);
    if (!take || take->status != TakeStatus::Draft) {
        m_active.erase(it);
        scheduleMaybeIdle();
        return;
    }
    it->phase = Phase::Waiting;
    const Project project = m_store->snapshot();
    const int index = project.shotIndex(shotId);
    const ChainLink link = ChainLink::of(project, index);
    if (link.state != ChainLink::State::Ready || link.takeId != fromTakeId) {
        schedulePump(); // another take was circled meanwhile: take the frame again
        return;
    }
    if (!png) {
        failTake(shotId, *take,
                 ApiError::make(ApiErrorKind::LocalFile,
                                tr("Cannot take the last frame of shot %1: %2")
                                    .arg(link.previousName, png.error().message)));
        return;
    }
    const QString relative = chainedFramePath(takeId);
    QDir().mkpath(QFileInfo(mediaPath(relative)).absolutePath());
    QSaveFile file(mediaPath(relative));
    if (!file.open(QIODevice::WriteOnly) || file.write(*png) != png->size() || !file.commit()) {
        failTake(shotId, *take,
                 ApiError::make(ApiErrorKind::LocalFile,
                                tr("Cannot save the first frame of shot %1: %2")
                                    .arg(shotName(project, index), file.errorString())));
        return;
    }
    take->referenceImage = relative;
    // Kept in the draft's request, then in the request sent: which take it continues.
    const QJsonObject from{{QStringLiteral("shot"), link.previousName},
                           {QStringLiteral("shot_id"), link.previousShotId},
                           {QStringLiteral("take"), fromTakeId}};
    take->requestJson = QJsonDocument(QJsonObject{{QStringLiteral("first_frame_from"), from}})
                            .toJson(QJsonDocument::Compact);
    if (!save(shotId, *take))
        return;
    Q_EMIT message(tr("Shot %1: its first frame is the last frame of shot %2.")
                       .arg(shotName(project, index), link.previousName));
    schedulePump();
}

Result<QString> GenerationQueue::checkedMediaPicture(const QString &relative,
                                                     const QString &missing) const
{
    const QString path = QDir::cleanPath(mediaPath(relative));
    const QString root = QDir::cleanPath(m_store->mediaFolder()) + QLatin1Char('/');
    Error error;
    if (!path.startsWith(root) || !QFileInfo::exists(path)) {
        error.message = missing;
        return error;
    }
    if (const Result<QSize> checked = checkPicture(path); !checked)
        return checked.error();
    return path;
}

Result<void> GenerationQueue::addPictures(const Project &project, const Shot &shot,
                                          const Take &take, CreateVideoRequest &request) const
{
    const ModelCapability *model = m_provider->capabilities().model(take.model);
    // A first frame a model cannot take is left out (the linter warns); a last frame is not,
    // since the clip would not end where the next shot is planned to begin.
    if (!take.referenceImage.isEmpty() && (!model || model->firstFrame)) {
        const Result<QString> path = checkedMediaPicture(
            take.referenceImage, tr("The first frame \"%1\" is missing from the media folder.")
                                     .arg(QFileInfo(take.referenceImage).fileName()));
        if (!path)
            return path.error();
        request.referenceImagePath = *path;
    }
    if (!take.lastFrame.isEmpty()) {
        if (model && !model->lastFrame) {
            Error error;
            error.message = tr("%1 cannot end a clip on a chosen picture: choose a model that "
                               "takes a last frame, or remove the shot's last frame.")
                                .arg(model->id);
            return error;
        }
        const Result<QString> path = checkedMediaPicture(
            take.lastFrame, tr("The last frame \"%1\" is missing from the media folder.")
                                .arg(QFileInfo(take.lastFrame).fileName()));
        if (!path)
            return path.error();
        request.lastFramePath = *path;
    }
    // The cast's pictures become subject references, as many as the model takes, in the
    // shot's cast order (the linter says which are left out).
    const int maxReferences = model ? model->maxReferenceImages : 0;
    if (take.kind != TakeKind::Generate || maxReferences <= 0)
        return {};
    for (const QString &castId : shot.castIds) {
        const CastMember *member = project.castById(castId);
        if (!member || member->referenceImage.isEmpty())
            continue;
        if (request.subjectReferencePaths.size() >= maxReferences)
            break;
        const Result<QString> path = checkedMediaPicture(
            member->referenceImage,
            tr("The reference picture of %1 (\"%2\") is missing from the media folder.")
                .arg(member->name, QFileInfo(member->referenceImage).fileName()));
        if (!path)
            return path.error();
        request.subjectReferencePaths.append(*path);
    }
    return {};
}

void GenerationQueue::submit(const QString &shotId, const QString &takeId)
{
    std::optional<Take> take = currentTake(shotId, takeId);
    if (!take)
        return;
    Active &active = m_active[takeId];
    active.shotId = shotId;
    active.phase = Phase::Submitting;
    active.scheduled = false;

    const Project project = m_store->snapshot();
    const Shot *shot = project.shotById(shotId);
    CreateVideoRequest request;
    request.prompt = take->prompt;
    request.model = take->model;
    request.size = take->size;
    request.seconds = take->seconds;
    if (shot) {
        if (const Result<void> pictures = addPictures(project, *shot, *take, request); !pictures) {
            failTake(shotId, *take,
                     ApiError::make(ApiErrorKind::LocalFile, pictures.error().message));
            return;
        }
    }
    // The take of the previous shot a chained first frame came from (recorded when it was taken).
    request.firstFrameFrom = QJsonDocument::fromJson(take->requestJson)
                                 .object()
                                 .value(QLatin1String("first_frame_from"))
                                 .toObject();
    if (shot)
        request.shotLabel = shotName(project, shotId);

    QString remixOf;
    if (take->kind == TakeKind::Remix) {
        const Take *parent = shot ? shot->takeById(take->parentTakeId) : nullptr;
        if (!parent || parent->providerVideoId.isEmpty()) {
            failTake(shotId, *take,
                     ApiError::make(ApiErrorKind::InvalidRequest,
                                    tr("The take to remix is gone or was never generated.")));
            return;
        }
        remixOf = parent->providerVideoId;
    }

    take->provider = m_provider->name();
    take->status = TakeStatus::Submitting;
    take->submittedAt = m_clock->now();
    if (remixOf.isEmpty()) {
        take->requestJson = request.toJson();
    } else {
        QJsonObject remixJson;
        remixJson.insert(QLatin1String("prompt"), take->prompt);
        remixJson.insert(QLatin1String("remix_of"), remixOf);
        take->requestJson = QJsonDocument(remixJson).toJson(QJsonDocument::Compact);
    }
    take->errorCode.clear();
    take->errorMessage.clear();
    if (!save(shotId, *take)) // persisted before the POST: the heart of "never pays twice"
        return;
    ProviderReply *reply =
        remixOf.isEmpty() ? m_provider->create(request) : m_provider->remix(remixOf, take->prompt);
    m_active[takeId].reply = reply; // re-looked up: slots of takeChanged may have changed the hash
    reply->onFinished(this, [this, shotId, takeId](ProviderReply *finished) {
        onCreated(shotId, takeId, finished);
    });
}

void GenerationQueue::onCreated(const QString &shotId, const QString &takeId, ProviderReply *reply)
{
    std::optional<Take> take = claimAnswer(shotId, takeId, reply);
    if (!take)
        return;
    if (reply->isOk()) {
        adoptJob(shotId, *take, reply->job());
        return;
    }
    const ApiError &error = reply->error();
    if (error.outcomeUnknown && !m_provider->canListJobs()) {
        failOutcomeUnknown(shotId, *take);
        return;
    }
    if (error.outcomeUnknown) {
        Q_EMIT message(tr("%1: the create request's outcome is unknown (%2); checking the "
                          "provider's list before sending anything again.")
                           .arg(shotTitleOf(shotId), error.message));
        reconcile(shotId, takeId);
        return;
    }
    if (error.kind == ApiErrorKind::Unauthorized || error.kind == ApiErrorKind::Forbidden) {
        // Every further create would fail the same way; keep the others as drafts for a rerun.
        m_stopSubmitting = true;
        take->status = TakeStatus::Draft;
        save(shotId, *take);
        m_active.remove(takeId);
        m_errors.append(error.message);
        Q_EMIT message(error.message);
        pump();
        return;
    }
    if (error.isTransient()) {
        requeue(shotId, *take, error);
        return;
    }
    failTake(shotId, *take, error);
}

void GenerationQueue::adoptJob(const QString &shotId, Take take, const VideoJob &job)
{
    auto it = m_active.find(take.id);
    const bool cancelRequested = it != m_active.end() && it->cancelRequested;
    take.providerVideoId = job.id;
    take.progress = job.progress;
    if (take.costUsd <= 0.0)
        take.costUsd = estimateUsd(take.model, take.size, take.seconds);
    if (cancelRequested) {
        take.status = TakeStatus::Canceled;
        if (save(shotId, take))
            recordSpend(shotId, take);
        m_provider->remove(job.id)->onFinished(this, [](ProviderReply *) {});
        m_active.remove(take.id);
        pump();
        return;
    }
    take.status = TakeStatus::Queued;
    if (!save(shotId, take))
        return;
    recordSpend(shotId, take);
    applyJob(shotId, take, job);
}

void GenerationQueue::requeue(const QString &shotId, Take take, const ApiError &error)
{
    Active &active = m_active[take.id];
    active.shotId = shotId;
    const std::optional<qint64> delay = retryDelayMs(error, ++active.transientFailures);
    if (!delay) {
        failTake(shotId, take, error);
        return;
    }
    take.status = TakeStatus::Draft; // known not created: safe to send again later
    take.errorMessage = error.message;
    if (!save(shotId, take))
        return;
    active.phase = Phase::Waiting;
    active.scheduled = true;
    Q_EMIT message(tr("%1: %2 Trying again in %3 s.")
                       .arg(shotTitleOf(shotId), error.message)
                       .arg(double(*delay) / 1000.0, 0, 'f', 1));
    const QString takeId = take.id;
    m_clock->schedule(*delay, this, [this, takeId] {
        auto it = m_active.find(takeId);
        if (it == m_active.end() || it->phase != Phase::Waiting)
            return;
        it->scheduled = false;
        pump();
    });
    pump();
}

std::optional<qint64> GenerationQueue::retryDelayMs(const ApiError &error, int failures) const
{
    if (!error.isTransient() || failures > m_retry.maxRetries)
        return std::nullopt;
    return m_retry.delayMs(error.retryAfterMs > 0 ? std::optional<qint64>(error.retryAfterMs)
                                                  : std::nullopt,
                           failures - 1, m_jitter());
}

void GenerationQueue::failTake(const QString &shotId, Take take, const ApiError &error)
{
    take.status = error.kind == ApiErrorKind::Canceled ? TakeStatus::Canceled : TakeStatus::Failed;
    take.errorCode = error.code.isEmpty() ? QString() : error.code;
    if (take.errorCode.isEmpty() && error.httpStatus != 0)
        take.errorCode = QString::number(error.httpStatus);
    take.errorMessage = error.message;
    m_active.remove(take.id);
    m_errors.append(error.message);
    save(shotId, take);
    Q_EMIT message(tr("%1: %2 failed: %3")
                       .arg(shotTitleOf(shotId), takeTitleOf(shotId, take.id), error.message));
    pump();
}

void GenerationQueue::failOutcomeUnknown(const QString &shotId, Take take)
{
    m_active.remove(take.id);
    take.status = TakeStatus::Failed;
    take.errorCode = outcomeUnknownCode();
    take.errorMessage =
        tr("Whether this take was made (and paid for) is unknown: its request was being sent "
           "when generation stopped, and \"%1\" cannot list its jobs to check. Look for it on "
           "the provider's dashboard; if it is not there, retry the take by hand.")
            .arg(m_provider->name());
    m_errors.append(take.errorMessage);
    if (save(shotId, take))
        Q_EMIT message(
            tr("%1: %2 failed: %3")
                .arg(shotTitleOf(shotId), takeTitleOf(shotId, take.id), take.errorMessage));
    scheduleMaybeIdle();
}

void GenerationQueue::reconcile(const QString &shotId, const QString &takeId)
{
    Active &active = m_active[takeId];
    active.shotId = shotId;
    active.phase = Phase::Reconciling;
    active.listCursor.clear();
    active.listPages = 0;
    ListOptions options;
    options.limit = 100;
    options.descending = true;
    ProviderReply *reply = m_provider->list(options);
    active.reply = reply;
    reply->onFinished(this, [this, shotId, takeId](ProviderReply *finished) {
        onListed(shotId, takeId, finished);
    });
}

void GenerationQueue::onListed(const QString &shotId, const QString &takeId, ProviderReply *reply)
{
    std::optional<Take> take = claimAnswer(shotId, takeId, reply);
    if (!take)
        return;
    auto it = m_active.find(takeId);
    if (!reply->isOk()) {
        // Without the list we cannot know whether the job exists: never resend, try later.
        const std::optional<qint64> delay = retryDelayMs(reply->error(), ++it->transientFailures);
        if (!delay) {
            stall(takeId, tr("%1: cannot check the provider's list: %2")
                              .arg(shotTitleOf(shotId), reply->error().message));
            return;
        }
        it->scheduled = true;
        m_clock->schedule(*delay, this, [this, shotId, takeId] { reconcile(shotId, takeId); });
        return;
    }

    QSet<QString> used;
    const Project project = m_store->snapshot();
    for (const Shot &shot : project.shots) {
        for (const Take &other : shot.takes) {
            if (other.id != takeId && !other.providerVideoId.isEmpty())
                used.insert(other.providerVideoId);
        }
    }
    const QDateTime earliest =
        take->submittedAt.isValid() ? take->submittedAt.addSecs(-m_slackSeconds) : QDateTime();
    const VideoJob *best = nullptr;
    bool reachedOlder = false;
    const VideoList &list = reply->list();
    for (const VideoJob &job : list.data) {
        if (earliest.isValid() && job.createdAt.isValid() && job.createdAt < earliest) {
            reachedOlder = true;
            continue;
        }
        if (used.contains(job.id) || it->usedDuringReconcile.contains(job.id))
            continue;
        if (job.model != take->model || job.size != take->size || job.seconds != take->seconds)
            continue;
        if (!job.prompt.isEmpty() && job.prompt != take->prompt)
            continue;
        if (take->kind == TakeKind::Remix && !job.remixedFromId.isEmpty()) {
            // A remix must come from the parent's job.
            const Shot *shot = project.shotById(shotId);
            const Take *parent = shot ? shot->takeById(take->parentTakeId) : nullptr;
            if (parent && parent->providerVideoId != job.remixedFromId)
                continue;
        }
        // The oldest match after submission is the one this take created.
        if (!best || job.createdAt < best->createdAt)
            best = &job;
    }
    if (best) {
        Q_EMIT message(tr("%1: the provider already made %2; it is not sent again.")
                           .arg(shotTitleOf(shotId), takeTitleOf(shotId, takeId)));
        it->phase = Phase::Polling;
        adoptJob(shotId, *take, *best);
        return;
    }
    if (list.hasMore && !reachedOlder && !list.lastId.isEmpty() && ++it->listPages < MaxListPages) {
        ListOptions options;
        options.after = list.lastId;
        ProviderReply *next = m_provider->list(options);
        it->reply = next;
        next->onFinished(this, [this, shotId, takeId](ProviderReply *finished) {
            onListed(shotId, takeId, finished);
        });
        return;
    }
    // Not created: safe to send.
    take->status = TakeStatus::Draft;
    if (!save(shotId, *take))
        return;
    it->phase = Phase::Waiting;
    it->scheduled = false;
    if (it->cancelRequested) {
        m_active.erase(it);
        take->status = TakeStatus::Canceled;
        save(shotId, *take);
    }
    pump();
}

void GenerationQueue::schedulePoll(const QString &shotId, const QString &takeId, int delayMs)
{
    Active &active = m_active[takeId];
    active.shotId = shotId;
    active.phase = Phase::Polling;
    active.scheduled = true;
    m_clock->schedule(delayMs, this, [this, shotId, takeId] { poll(shotId, takeId); });
}

void GenerationQueue::poll(const QString &shotId, const QString &takeId)
{
    auto it = m_active.find(takeId);
    if (it == m_active.end() || it->phase != Phase::Polling)
        return;
    it->scheduled = false;
    const std::optional<Take> take = currentTake(shotId, takeId);
    if (!take || take->providerVideoId.isEmpty()) {
        m_active.erase(it);
        return;
    }
    ProviderReply *reply = m_provider->retrieve(take->providerVideoId);
    it->reply = reply;
    reply->onFinished(this, [this, shotId, takeId](ProviderReply *finished) {
        onPolled(shotId, takeId, finished);
    });
}

void GenerationQueue::onPolled(const QString &shotId, const QString &takeId, ProviderReply *reply)
{
    std::optional<Take> take = claimAnswer(shotId, takeId, reply);
    if (!take)
        return;
    auto it = m_active.find(takeId);
    if (reply->isOk()) {
        it->transientFailures = 0;
        applyJob(shotId, *take, reply->job());
        if (auto again = m_active.find(takeId); again != m_active.end() &&
                                                again->phase == Phase::Polling &&
                                                !again->scheduled && !again->reply)
            schedulePoll(shotId, takeId,
                         reply->pollAfterMs() > 0 ? reply->pollAfterMs() : m_pollIntervalMs);
        return;
    }
    const ApiError &error = reply->error();
    if (error.kind == ApiErrorKind::NotFound) {
        take->status = TakeStatus::Expired;
        take->errorMessage = error.message;
        m_active.erase(it);
        save(shotId, *take);
        pump();
        return;
    }
    if (const std::optional<qint64> delay = retryDelayMs(error, ++it->transientFailures)) {
        schedulePoll(shotId, takeId, int(*delay));
        return;
    }
    stall(takeId, tr("%1: cannot follow %2 at the provider: %3")
                      .arg(shotTitleOf(shotId), takeTitleOf(shotId, takeId), error.message));
}

void GenerationQueue::applyJob(const QString &shotId, Take take, const VideoJob &job)
{
    const TakeStatus next = takeStatusFor(job.status);
    if (job.completedAt.isValid())
        take.completedAt = job.completedAt;
    if (job.expiresAt.isValid())
        take.expiresAt = job.expiresAt;
    if (next == TakeStatus::Failed) {
        failTake(shotId, take, ApiError::fromJobFailure(job.errorCode, job.errorMessage));
        return;
    }
    if (job.progress != take.progress)
        Q_EMIT takeProgress(shotId, take.id, job.progress);
    const bool changed = next != take.status;
    // The provider's figure first: a crash before the take is saved as downloading polls the
    // job again and records the same figure once more, never none.
    if (changed && next == TakeStatus::Downloading)
        recordActualCost(shotId, take, job);
    take.progress = next == TakeStatus::Downloading ? 100 : job.progress;
    take.status = next;
    if (changed && !save(shotId, take))
        return;
    Active &active = m_active[take.id];
    active.shotId = shotId;
    if (next == TakeStatus::Downloading) {
        startDownload(shotId, take.id);
        pump(); // the provider slot is free again
        return;
    }
    active.phase = Phase::Polling;
    if (!active.scheduled && !active.reply)
        schedulePoll(shotId, take.id, m_pollIntervalMs);
}

void GenerationQueue::startDownload(const QString &shotId, const QString &takeId)
{
    Active &active = m_active[takeId];
    active.shotId = shotId;
    active.phase = Phase::Downloading;
    active.scheduled = false;
    downloadVariant(shotId, takeId, 0);
}

void GenerationQueue::downloadVariant(const QString &shotId, const QString &takeId, int step)
{
    auto it = m_active.find(takeId);
    if (it == m_active.end() || it->phase != Phase::Downloading)
        return;
    std::optional<Take> take = currentTake(shotId, takeId);
    if (!take)
        return;
    struct Step
    {
        DownloadVariant variant;
        QString relative;
        bool required;
    };
    const QList<Step> steps = {
        {DownloadVariant::Video, QStringLiteral("clips/%1.mp4").arg(takeId), true},
        {DownloadVariant::Thumbnail, QStringLiteral("thumbs/%1.webp").arg(takeId), false},
        {DownloadVariant::Spritesheet, QStringLiteral("thumbs/%1-sprites.jpg").arg(takeId), false},
    };
    const int last = m_spritesheet ? 2 : 1;
    if (step > last) {
        take->status = TakeStatus::Ready;
        take->progress = 100;
        m_active.erase(it);
        if (save(shotId, *take))
            Q_EMIT message(
                tr("%1: %2 is ready.").arg(shotTitleOf(shotId), takeTitleOf(shotId, takeId)));
        schedulePump(); // a chained shot may have been waiting for this clip
        scheduleMaybeIdle();
        return;
    }
    const Step &current = steps.at(step);
    if (!current.required && !m_provider->providesVariant(current.variant)) {
        downloadVariant(shotId, takeId, step + 1);
        return;
    }
    ProviderReply *reply =
        m_provider->download(take->providerVideoId, current.variant, mediaPath(current.relative));
    it->reply = reply;
    reply->onFinished(this, [this, shotId, takeId, step, current](ProviderReply *finished) {
        std::optional<Take> take = claimAnswer(shotId, takeId, finished);
        if (!take)
            return;
        auto it = m_active.find(takeId);
        if (finished->isOk()) {
            if (current.variant == DownloadVariant::Video)
                take->clipPath = current.relative;
            else if (current.variant == DownloadVariant::Thumbnail)
                take->thumbnailPath = current.relative;
            else
                take->spritesheetPath = current.relative;
            // The path is saved only now that the file exists under its final name.
            if (!save(shotId, *take))
                return;
            downloadVariant(shotId, takeId, step + 1);
            return;
        }
        const ApiError &error = finished->error();
        if (!current.required) {
            Q_EMIT message(tr("%1: %2 has no %3 (%4).")
                               .arg(shotTitleOf(shotId), takeTitleOf(shotId, takeId),
                                    downloadVariantName(current.variant), error.message));
            downloadVariant(shotId, takeId, step + 1);
            return;
        }
        if (error.kind == ApiErrorKind::NotFound) {
            take->status = TakeStatus::Expired;
            take->errorMessage = error.message;
            m_active.erase(it);
            save(shotId, *take);
            scheduleMaybeIdle();
            return;
        }
        if (const std::optional<qint64> delay = retryDelayMs(error, ++it->transientFailures)) {
            m_clock->schedule(*delay, this, [this, shotId, takeId, step] {
                downloadVariant(shotId, takeId, step);
            });
            return;
        }
        stall(takeId, tr("%1: cannot download the clip of %2: %3")
                          .arg(shotTitleOf(shotId), takeTitleOf(shotId, takeId), error.message));
    });
}

} // namespace ShotBrief
