// SPDX-License-Identifier: MIT
#pragma once

#include "api/videoprovider.h"

#include <QHash>
#include <QList>

#include <functional>

namespace ShotBrief {

/// An in-memory provider for queue tests: jobs advance one step per retrieve, downloads
/// write small files, and failures are scripted. Every reply finishes from the event loop.
class FakeVideoProvider final : public VideoProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeVideoProvider)

public:
    explicit FakeVideoProvider(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("fake"); }
    ProviderCapabilities capabilities() const override;
    bool canListJobs() const override { return canList; }

    ProviderReply *create(const CreateVideoRequest &request) override;
    ProviderReply *retrieve(const QString &videoId) override;
    ProviderReply *list(const ListOptions &options) override;
    ProviderReply *download(const QString &videoId, DownloadVariant variant,
                            const QString &targetPath) override;
    ProviderReply *remix(const QString &videoId, const QString &prompt) override;
    ProviderReply *remove(const QString &videoId) override;

    /// Adds a job as if created earlier (for reconcile tests).
    VideoJob addJob(const CreateVideoRequest &request, const QDateTime &createdAt,
                    VideoStatus status = VideoStatus::Queued);

    int createCount = 0;
    int retrieveCount = 0;
    int listCount = 0;
    int downloadCount = 0;
    int deleteCount = 0;
    int maxRunningSeen = 0;
    int retrievesToComplete = 2;
    /// false: like Runway, no list of jobs (list() fails as Runway's does).
    bool canList = true;
    QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    /// Scripted outcomes of the next creates: an error, or a lost response (job made).
    QList<ApiError> createErrors;
    QList<bool> loseCreateResponses;
    /// Jobs that end failed with this error code instead of completing.
    QString failJobsWithCode;
    QList<ApiError> downloadErrors;
    /// Scripted failures of the next retrieves and lists (before they answer as usual).
    QList<ApiError> retrieveErrors;
    QList<ApiError> listErrors;
    /// Called when a create arrives, before the job exists (tests check the store here).
    std::function<void(const CreateVideoRequest &)> onCreate;
    QList<CreateVideoRequest> creates;
    /// What the provider says it can do (default: the OpenAI Videos API, 2 jobs at once).
    ProviderCapabilities offered;
    /// When set, video downloads copy this real clip instead of writing a few bytes.
    QString videoFile;
    QHash<QString, VideoJob> jobs;
    QStringList order; ///< Job ids in creation order.

private:
    ProviderReply *later(ProviderReply *reply, std::function<void(ProviderReply *)> finish);
    int running() const;
};

} // namespace ShotBrief
