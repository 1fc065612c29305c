// SPDX-License-Identifier: MIT
#pragma once

#include "providerprofile.h"
#include "videoprovider.h"

#include <QHash>

#include <functional>

namespace ShotBrief {

class Clock;
class ProviderHttp;

/// Runway's task API (X-Runway-Version 2024-11-06): POST /text_to_video or /image_to_video
/// (the reference image as a data URI of at most 5 MB), GET /tasks/{id}, DELETE /tasks/{id}.
/// The output URL expires, so download() fetches it at once (and refreshes it from the task
/// when it has). Runway cannot list tasks: a create whose answer was lost ends as a failure
/// that says so instead of being sent again (never pay twice), and list() always fails.
class RunwayVideoProvider final : public VideoProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunwayVideoProvider)

public:
    static constexpr const char *ApiVersion = "2024-11-06";
    static constexpr qint64 MaxDataUriBytes = 5 * 1024 * 1024;

    /// `clock` is not owned and must outlive the provider.
    RunwayVideoProvider(const ProviderProfile &profile, const QString &apiKey, Clock *clock,
                        QObject *parent = nullptr);
    ~RunwayVideoProvider() override;

    void setJitterSource(std::function<double()> jitter);
    const ProviderProfile &profile() const { return m_profile; }

    /// "1280x720" -> "1280:720".
    static QString ratioForSize(const QString &size);
    /// Runway's list prices (credits at $0.01) per second of each model.
    static PriceTable runwayPrices();

    QString name() const override;
    ProviderCapabilities capabilities() const override;
    PriceTable priceTable() const override { return m_prices; }
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

private:
    QUrl endpoint(const QString &path) const;
    QList<QPair<QByteArray, QByteArray>> headers() const;
    bool refuseInsecure(ProviderReply *reply);
    void fetchTask(const QString &id, ProviderReply *reply,
                   std::function<void(const VideoJob &)> then);
    void fetchOutput(const QString &id, const QString &url, const QString &target,
                     ProviderReply *reply, bool mayRefresh);

    ProviderProfile m_profile;
    QString m_apiKey;
    Clock *m_clock = nullptr; // not owned
    ProviderHttp *m_http = nullptr;
    PriceTable m_prices;
    QHash<QString, QString> m_outputs; ///< task id -> latest output URL (it expires)
};

} // namespace ShotBrief
