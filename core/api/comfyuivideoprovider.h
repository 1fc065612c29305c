// SPDX-License-Identifier: MIT
#pragma once

#include "comfyuiworkflow.h"
#include "providerprofile.h"
#include "videoprovider.h"

#include <QHash>

#include <functional>

namespace ShotBrief {

class Clock;
class ProviderHttp;

/// A ComfyUI server on the user's own machine (no key, loopback by default). A take's model is
/// the id of a workflow template (built in or from ComfyUiWorkflow::userFolder()); create()
/// uploads the reference image (POST /upload/image), patches the template and queues it (POST
/// /prompt, with the take's parameters in extra_data so that list() can find it again after a
/// lost answer); retrieve() reads GET /history/{id}, else GET /queue; download() fetches GET
/// /view; remove() interrupts it if it runs (POST /interrupt) and drops it from the queue
/// (POST /queue {"delete": [id]}). Free: the price table is empty.
class ComfyUiVideoProvider final : public VideoProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComfyUiVideoProvider)

public:
    /// Loads the built-in templates and those in `userFolder` (empty: none).
    /// `clock` is not owned and must outlive the provider.
    ComfyUiVideoProvider(const ProviderProfile &profile, const QString &apiKey, Clock *clock,
                         const QString &userFolder = ComfyUiWorkflow::userFolder(),
                         QObject *parent = nullptr);
    ~ComfyUiVideoProvider() override;

    void setJitterSource(std::function<double()> jitter);
    /// Seeds for the sampler node (random by default; tests pass a constant).
    void setSeedSource(std::function<qint64()> seeds) { m_seeds = std::move(seeds); }
    const QList<ComfyUiWorkflow> &workflows() const { return m_workflows; }
    /// Templates that could not be read, for the settings dialog.
    QStringList workflowErrors() const { return m_workflowErrors; }
    QString clientId() const { return m_clientId; }

    QString name() const override;
    /// The profile's models, plus one per template the profile does not list.
    ProviderCapabilities capabilities() const override;
    PriceTable priceTable() const override { return {}; }

    ProviderReply *create(const CreateVideoRequest &request) override;
    ProviderReply *retrieve(const QString &videoId) override;
    ProviderReply *list(const ListOptions &options) override;
    ProviderReply *download(const QString &videoId, DownloadVariant variant,
                            const QString &targetPath) override;
    ProviderReply *remix(const QString &videoId, const QString &prompt) override;
    ProviderReply *remove(const QString &videoId) override;
    /// The workflow templates installed now (built in and in the user folder), read again.
    ProviderReply *listModels() override;

private:
    struct Output
    {
        QString filename;
        QString subfolder;
        QString type;
    };

    QUrl endpoint(const QString &path) const;
    QList<QPair<QByteArray, QByteArray>> headers() const;
    const ComfyUiWorkflow *workflow(const QString &id) const;
    /// Uploads `pictures[index]` onwards (empty paths are skipped), then queues the prompt with
    /// the names ComfyUI gave them (`uploaded`: first frame, last frame).
    void uploadThenQueue(const CreateVideoRequest &request, const ComfyUiWorkflow &workflow,
                         const QStringList &pictures, int index, QStringList uploaded,
                         ProviderReply *reply);
    void queuePrompt(const CreateVideoRequest &request, const ComfyUiWorkflow &workflow,
                     const QString &startImage, const QString &endImage, ProviderReply *reply);
    /// GET /history/{id}: `then` gets the job (nullopt while the prompt is not finished).
    void fetchHistory(const QString &id, ProviderReply *reply,
                      std::function<void(std::optional<VideoJob>)> then);
    VideoJob jobFromHistory(const QString &id, const QJsonObject &entry);

    ProviderProfile m_profile;
    QString m_apiKey;
    Clock *m_clock = nullptr; // not owned
    ProviderHttp *m_http = nullptr;
    QString m_clientId;
    QString m_userFolder;
    QList<ComfyUiWorkflow> m_workflows;
    QStringList m_workflowErrors;
    std::function<qint64()> m_seeds;
    QHash<QString, Output> m_outputs; ///< prompt id -> the video file it produced
};

} // namespace ShotBrief
