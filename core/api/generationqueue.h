// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "retrypolicy.h"
#include "videojob.h"

#include "model/project.h"
#include "model/result.h"
#include "prompt/costestimate.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace ShotBrief {

class Clock;
class ProviderReply;
class TakeStore;
class VideoProvider;

/// A take whose create may have been paid for but whose answer was lost, at a provider that
/// cannot list its jobs (outcomeUnknownCode()). It counts as made: nothing resends it or
/// replaces it automatically; the user checks the provider's dashboard and retries by hand.
bool isTakeOutcomeUnknown(const Take &take);

/// The durable generation queue of design.md. Every state change of a take is saved through
/// the TakeStore before the next network step, so a crash loses nothing and never pays twice:
/// draft -> submitting (saved before the POST) -> queued / in_progress (provider id saved as
/// soon as known) -> downloading -> ready; or failed / canceled / expired. On start, takes in
/// flight resume; a take left in submitting is reconciled against the provider's list before
/// anything is sent again, or, when the provider cannot list its jobs, fails as outcome-unknown
/// (isTakeOutcomeUnknown) and is never sent again by itself.
class GenerationQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationQueue)

public:
    /// `store`, `provider` and `clock` are not owned and must outlive the queue.
    GenerationQueue(TakeStore *store, VideoProvider *provider, Clock *clock,
                    QObject *parent = nullptr);
    ~GenerationQueue() override;

    /// Jobs running at the provider at once (default: the provider's maxConcurrentJobs).
    void setConcurrency(int jobs);
    int concurrency() const { return m_concurrency; }
    void setPollIntervalMs(int ms) { m_pollIntervalMs = qMax(10, ms); }
    void setPriceTable(const PriceTable &table) { m_prices = table; }
    /// An extra cap (the CLI's --max-spend); the lower of it and the project's cap applies.
    void setMaxSpendUsd(double usd) { m_maxSpendUsd = usd; }
    /// How far before `submittedAt` a listed job may have been created and still match.
    void setReconcileSlackSeconds(int seconds) { m_slackSeconds = seconds; }
    void setDownloadSpritesheet(bool download) { m_spritesheet = download; }
    /// The first wait before a job step (create, poll, download, list) that failed for a
    /// transient reason is tried again (RetryPolicy::forJobSteps: doubling, jitter, the
    /// server's retry-after first).
    void setRequeueDelayMs(int ms) { m_retry = RetryPolicy::forJobSteps(ms); }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    /// A source of random numbers in [0, 1) for back-off jitter (tests pass a constant).
    void setJitterSource(std::function<double()> jitter) { m_jitter = std::move(jitter); }

    /// The cost of one take of `seconds` at `model`/`size`, 0 when unpriced.
    double estimateUsd(const QString &model, const QString &size, int seconds) const;
    /// The cap in force, 0 for none.
    double effectiveCapUsd() const;

    /// Adds `count` new takes to each shot (saved as drafts) and starts them. Refused as a
    /// whole, before anything is saved or sent, when it would exceed the spending cap.
    Result<QStringList> generate(const QStringList &shotIds, int count = 1);
    /// The same for a batch with a count per shot (shot id, number of new takes), checked
    /// against the cap as one batch.
    Result<QStringList> generate(const QList<QPair<QString, int>> &batch);
    /// A new take that remixes a ready take with a delta prompt.
    Result<QString> remix(const QString &shotId, const QString &takeId, const QString &deltaPrompt);
    /// A new take with the same request as a failed, canceled or expired one.
    Result<QString> retry(const QString &shotId, const QString &takeId);
    /// Stops a take; the provider job is deleted when one exists.
    void cancel(const QString &shotId, const QString &takeId);

    /// Resumes the takes of `shotIds` (all shots when empty) that are drafts or in flight.
    void start(const QStringList &shotIds = {});
    /// The estimated cost of the drafts and unconfirmed submissions that start() would send.
    double pendingEstimateUsd(const QStringList &shotIds = {}) const;

    bool isIdle() const;
    /// Errors that stopped a take or the queue during this run (translated, redacted).
    QStringList errors() const { return m_errors; }

Q_SIGNALS:
    void takeChanged(const QString &shotId, const ShotBrief::Take &take);
    void takeProgress(const QString &shotId, const QString &takeId, int progress);
    void message(const QString &text);
    /// Nothing is pending, running or downloading any more.
    void idle();

private:
    enum class Phase {
        Waiting,
        Extracting, ///< A chained take's first frame is being taken from the previous clip.
        Submitting,
        Reconciling,
        Polling,
        Downloading,
        Stalled
    };
    struct Active
    {
        QString shotId;
        Phase phase = Phase::Waiting;
        QPointer<ProviderReply> reply;
        int transientFailures = 0;
        bool cancelRequested = false;
        bool scheduled = false; ///< A timer will move it on; nothing to do now.
        QStringList usedDuringReconcile;
        QString listCursor;
        int listPages = 0;
    };

    Result<void> checkCap(double batchUsd) const;
    /// How messages name a shot and a take: "Shot 3" / "Take 2" (model/shotname.h), not ids.
    QString shotTitleOf(const QString &shotId) const;
    QString takeTitleOf(const QString &shotId, const QString &takeId) const;
    static QString downloadVariantName(DownloadVariant variant);
    QString mediaPath(const QString &relative) const;
    bool inScope(const QString &shotId) const;
    Take *findTake(Project &project, const QString &shotId, const QString &takeId) const;
    std::optional<Take> currentTake(const QString &shotId, const QString &takeId) const;
    /// The take `reply` answers, while the take still waits for that very reply (not after a
    /// cancel, a restart or a newer request); it stops waiting for it. Nothing otherwise.
    std::optional<Take> claimAnswer(const QString &shotId, const QString &takeId,
                                    ProviderReply *reply);
    bool save(const QString &shotId, const Take &take);
    void recordSpend(const QString &shotId, const Take &take);
    /// Notes the provider's own figure for a finished job beside its ledger entry.
    void recordActualCost(const QString &shotId, const Take &take, const VideoJob &job);
    int runningCount() const;
    void pump();
    void schedulePump();
    void doCancel(const QString &shotId, const QString &takeId);
    void scheduleMaybeIdle();
    void checkIdle();

    /// For a chained shot's draft: false while it must wait or its first frame is being
    /// taken (or when it failed); true when it can be submitted now.
    bool prepareChain(const Project &project, const Shot &shot, const Take &take);
    void onChainFrame(const QString &shotId, const QString &takeId, const QString &fromTakeId,
                      const Result<QByteArray> &png);
    /// Fills `request` with the pictures of `take` the model takes; an error when one it
    /// needs is missing or unreadable (nothing is sent then).
    Result<void> addPictures(const Project &project, const Shot &shot, const Take &take,
                             CreateVideoRequest &request) const;
    /// The absolute path of a picture in the media folder, checked from its header;
    /// `missing` says what is wrong when the file is not there.
    Result<QString> checkedMediaPicture(const QString &relative, const QString &missing) const;
    void submit(const QString &shotId, const QString &takeId);
    void onCreated(const QString &shotId, const QString &takeId, ProviderReply *reply);
    void adoptJob(const QString &shotId, Take take, const VideoJob &job);
    void reconcile(const QString &shotId, const QString &takeId);
    void failOutcomeUnknown(const QString &shotId, Take take);
    void onListed(const QString &shotId, const QString &takeId, ProviderReply *reply);
    void requeue(const QString &shotId, Take take, const ApiError &error);
    void failTake(const QString &shotId, Take take, const ApiError &error);
    void schedulePoll(const QString &shotId, const QString &takeId, int delayMs);
    void poll(const QString &shotId, const QString &takeId);
    void onPolled(const QString &shotId, const QString &takeId, ProviderReply *reply);
    void applyJob(const QString &shotId, Take take, const VideoJob &job);
    void startDownload(const QString &shotId, const QString &takeId);
    void downloadVariant(const QString &shotId, const QString &takeId, int step);
    void stall(const QString &takeId, const QString &why);
    /// When a job step that failed with `error` for the `failures`-th time in a row is tried
    /// again; nothing when it is not (not transient, refused by the server, out of retries).
    std::optional<qint64> retryDelayMs(const ApiError &error, int failures) const;

    TakeStore *m_store = nullptr;        // not owned
    VideoProvider *m_provider = nullptr; // not owned
    Clock *m_clock = nullptr;            // not owned
    PriceTable m_prices;
    int m_concurrency = 2;
    int m_pollIntervalMs = 1000;
    int m_slackSeconds = 120;
    RetryPolicy m_retry = RetryPolicy::forJobSteps(2000);
    std::function<double()> m_jitter;
    double m_maxSpendUsd = 0.0;
    bool m_spritesheet = true;
    bool m_started = false;
    bool m_idleScheduled = false;
    bool m_pumpScheduled = false;
    bool m_stopSubmitting = false;  ///< After 401/403: nothing more will succeed.
    QSet<QString> m_announcedWaits; ///< Take ids whose "waiting for shot N" was said.
    QStringList m_scope;
    QHash<QString, Active> m_active; ///< By take id.
    QStringList m_errors;
};

} // namespace ShotBrief
