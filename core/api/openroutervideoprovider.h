// SPDX-License-Identifier: MIT
#pragma once

#include "providerprofile.h"
#include "videoprovider.h"

#include <functional>

namespace ShotBrief {

class Clock;
class ProviderHttp;

/// OpenRouter's Video Generation API (videos-api.md): POST /videos (JSON, 202 {id, polling_url,
/// status}), GET /videos/{id} (status, error, unsigned_urls, usage.cost), GET
/// /videos/{id}/content?index=0 (the clip, with the key) and GET /videos/models (the catalog).
/// Frames go as data: URLs of the media folder's files (first and last frame where the model
/// takes them, else subject references). OpenRouter cannot list or cancel jobs: a create whose
/// answer was lost ends as a failure that says so instead of being sent again, as with Runway.
class OpenRouterVideoProvider final : public VideoProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenRouterVideoProvider)

public:
    /// A picture sent inline may not be larger than this (before base64).
    static constexpr qint64 MaxImageBytes = 20 * 1024 * 1024;

    /// `clock` is not owned and must outlive the provider.
    OpenRouterVideoProvider(const ProviderProfile &profile, const QString &apiKey, Clock *clock,
                            QObject *parent = nullptr);
    ~OpenRouterVideoProvider() override;

    void setJitterSource(std::function<double()> jitter);
    const ProviderProfile &profile() const { return m_profile; }

    /// The JSON body of POST /videos for `request` (frames as data: URLs), or why it cannot be
    /// sent (a picture that cannot be read, or one the model does not take).
    Result<QByteArray> createBody(const CreateVideoRequest &request) const;
    /// A job answer of GET /videos/{id} (or POST /videos) as a VideoJob.
    static Result<VideoJob> parseJob(const QByteArray &json);

    QString name() const override;
    ProviderCapabilities capabilities() const override;
    /// The catalog's prices (pricing_skus made per second); none with the emulator's key.
    PriceTable priceTable() const override;
    bool canListJobs() const override { return false; }
    /// The clip only: no thumbnail or preview strip.
    bool providesVariant(DownloadVariant variant) const override
    {
        return variant == DownloadVariant::Video;
    }

    ProviderReply *create(const CreateVideoRequest &request) override;
    ProviderReply *retrieve(const QString &videoId) override;
    ProviderReply *list(const ListOptions &options) override;
    ProviderReply *download(const QString &videoId, DownloadVariant variant,
                            const QString &targetPath) override;
    ProviderReply *remix(const QString &videoId, const QString &prompt) override;
    ProviderReply *remove(const QString &videoId) override;
    ProviderReply *listModels() override;

private:
    QUrl endpoint(const QString &path) const;
    QList<QPair<QByteArray, QByteArray>> headers() const;
    bool refuseInsecure(ProviderReply *reply);

    ProviderProfile m_profile;
    QString m_apiKey;
    Clock *m_clock = nullptr; // not owned
    bool m_free = false;      ///< A local server with its fixed dummy key (the emulator).
    ProviderHttp *m_http = nullptr;
};

} // namespace ShotBrief
