// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "modelcatalog.h"
#include "providerprofile.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ShotBrief {

class Clock;
class ProviderReply;
class VideoProvider;

/// What a catalog refresh changed, for the user and for Check Fit.
struct CatalogChange
{
    QStringList added;   ///< Model ids new in the catalog.
    QStringList removed; ///< Model ids it no longer lists.
    QStringList changed; ///< Model ids whose lengths, sizes, pictures or prices changed.

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    /// Whether one of `modelIds` was removed or changed (a project using it may not fit).
    bool touches(const QStringList &modelIds) const;
    /// Translated: "2 new, 1 gone (acme/x), 1 changed (google/veo-3.1)" or "no change".
    QString summary() const;

    bool operator==(const CatalogChange &) const = default;
};

CatalogChange compareCatalogs(const QList<ModelCapability> &before,
                              const QList<ModelCapability> &after);

/// Reads a profile's model catalog through its own adapter (the provider's QNetworkAccessManager,
/// retries and limits): OpenRouter's GET /videos/models, a LiteLLM gateway's GET /model/info,
/// ComfyUI's workflow templates. finished() follows start() once; a failure (no catalog,
/// unreachable, or an answer that is not a usable catalog) leaves the profile as it was, so the
/// last good catalog stays in use.
class ModelCatalogRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCatalogRefresh)

public:
    /// `key` may be empty (OpenRouter's catalog is public). `clock` is not owned.
    ModelCatalogRefresh(const ProviderProfile &profile, const QString &key, Clock *clock,
                        QObject *parent = nullptr);
    ~ModelCatalogRefresh() override;

    void start();
    void abort();

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    /// The catalog read (its models and the warnings about models left out).
    const ModelCatalog &catalog() const { return m_catalog; }
    /// The profile with the catalog's models and the refresh time.
    const ProviderProfile &refreshedProfile() const { return m_refreshed; }
    const CatalogChange &change() const { return m_change; }

Q_SIGNALS:
    void finished();

private:
    void finish(const ApiError &error);

    ProviderProfile m_profile;
    ProviderProfile m_refreshed;
    QString m_key;
    Clock *m_clock = nullptr; // not owned
    std::shared_ptr<VideoProvider> m_provider;
    QPointer<ProviderReply> m_reply;
    ModelCatalog m_catalog;
    CatalogChange m_change;
    ApiError m_error;
    bool m_finished = false;
};

} // namespace ShotBrief
