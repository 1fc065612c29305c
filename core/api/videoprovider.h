// SPDX-License-Identifier: MIT
#pragma once

#include "providerreply.h"
#include "videojob.h"

#include "model/capabilities.h"
#include "prompt/costestimate.h"

#include <QObject>

namespace ShotBrief {

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

    virtual ProviderReply *create(const CreateVideoRequest &request) = 0;
    virtual ProviderReply *retrieve(const QString &videoId) = 0;
    virtual ProviderReply *list(const ListOptions &options) = 0;
    /// Streams the content to `targetPath` atomically: the file exists under that name only
    /// once it is complete.
    virtual ProviderReply *download(const QString &videoId, DownloadVariant variant,
                                    const QString &targetPath) = 0;
    virtual ProviderReply *remix(const QString &videoId, const QString &prompt) = 0;
    virtual ProviderReply *remove(const QString &videoId) = 0;
};

} // namespace ShotBrief
