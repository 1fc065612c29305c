// SPDX-License-Identifier: MIT
#pragma once

#include "providerhttp.h"
#include "providerreply.h"
#include "videojob.h"

#include "model/capabilities.h"
#include "prompt/costestimate.h"

#include <QObject>

namespace ShotBrief {

/// The error code of a take whose create may have reached the provider (and been paid for)
/// but whose answer never came, at a provider that cannot list its jobs. Such a take is never
/// sent again automatically: the user checks the provider's dashboard and retries by hand.
inline QString outcomeUnknownCode()
{
    return QStringLiteral("outcome_unknown");
}

/// The answer to a create at a provider that cannot list its jobs (Runway, OpenRouter): the new
/// job (queued, with the request's parameters, created at `sentAt`), or the failure. A create
/// whose answer was lost, or came without a job id, may have made a paid job that nothing can
/// find again: it fails with outcomeUnknownCode() and `unknownOutcome` (what the user must
/// check), and the queue never sends it again by itself.
void finishCreateWithoutJobList(ProviderReply *reply, const ProviderHttp::Response &response,
                                const CreateVideoRequest &request, const QDateTime &sentAt,
                                const QString &unknownOutcome);

/// Everything above HTTP talks to this: one adapter per provider dialect (the
/// OpenAI-compatible Videos API first; Runway or ComfyUI would be one more subclass and one
/// profile). Every call returns at once with a reply that finishes later; the caller owns
/// the reply (see ProviderReply::onFinished).
class VideoProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoProvider)

public:
    explicit VideoProvider(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~VideoProvider() override = default;

    /// The profile name the takes record.
    virtual QString name() const = 0;
    virtual ProviderCapabilities capabilities() const = 0;
    /// What its jobs cost, for estimates, the ledger and the spending cap (built-in table
    /// unless the adapter knows better; an empty table means free).
    virtual PriceTable priceTable() const { return PriceTable::builtIn(); }
    /// Whether list() can find a job again. Without it, a create whose answer was lost (a
    /// crash between the POST and its reply) cannot be reconciled: the queue then marks the
    /// take outcome-unknown instead of resending something that may have been paid for.
    virtual bool canListJobs() const { return true; }
    /// Whether download() can fetch `variant` at all; the queue does not ask for (and report
    /// the lack of) a thumbnail or preview strip a provider never makes.
    virtual bool providesVariant(DownloadVariant) const { return true; }

    virtual ProviderReply *create(const CreateVideoRequest &request) = 0;
    virtual ProviderReply *retrieve(const QString &videoId) = 0;
    virtual ProviderReply *list(const ListOptions &options) = 0;
    /// Streams the content to `targetPath` atomically: the file exists under that name only
    /// once it is complete.
    virtual ProviderReply *download(const QString &videoId, DownloadVariant variant,
                                    const QString &targetPath) = 0;
    virtual ProviderReply *remix(const QString &videoId, const QString &prompt) = 0;
    virtual ProviderReply *remove(const QString &videoId) = 0;
    /// The models the provider offers now, from its catalog (Kind::Models). A provider without
    /// a catalog fails, saying so; its profile's models are typed by hand.
    virtual ProviderReply *listModels();
};

} // namespace ShotBrief
