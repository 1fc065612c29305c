// SPDX-License-Identifier: MIT
#include "fakevideoprovider.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ShotBrief {

FakeVideoProvider::FakeVideoProvider(QObject *parent)
    : VideoProvider(parent)
    , offered(ProviderCapabilities::openAiVideos())
{
    offered.maxConcurrentJobs = 2;
}

ProviderCapabilities FakeVideoProvider::capabilities() const
{
    return offered;
}

ProviderReply *FakeVideoProvider::later(ProviderReply *reply,
                                        std::function<void(ProviderReply *)> finish)
{
    QMetaObject::invokeMethod(
        reply, [reply, finish] { finish(reply); }, Qt::QueuedConnection);
    return reply;
}

int FakeVideoProvider::running() const
{
    int count = 0;
    for (const VideoJob &job : jobs) {
        if (job.status == VideoStatus::Queued || job.status == VideoStatus::InProgress)
            ++count;
    }
    return count;
}

VideoJob FakeVideoProvider::addJob(const CreateVideoRequest &request, const QDateTime &createdAt,
                                   VideoStatus status)
{
    VideoJob job;
    job.id = QStringLiteral("video_%1").arg(order.size() + 1);
    job.status = status;
    job.model = request.model;
    job.size = request.size;
    job.seconds = request.seconds;
    job.prompt = request.prompt;
    job.createdAt = createdAt;
    jobs.insert(job.id, job);
    order.append(job.id);
    return job;
}

ProviderReply *FakeVideoProvider::create(const CreateVideoRequest &request)
{
    auto *reply = new ProviderReply(ProviderReply::Kind::Job, this);
    if (onCreate)
        onCreate(request);
    creates.append(request);
    if (!createErrors.isEmpty()) {
        const ApiError error = createErrors.takeFirst();
        return later(reply, [error](ProviderReply *r) { r->finishWithError(error); });
    }
    ++createCount;
    const VideoJob job = addJob(request, now);
    maxRunningSeen = std::max(maxRunningSeen, running());
    if (!loseCreateResponses.isEmpty() && loseCreateResponses.takeFirst()) {
        ApiError error = ApiError::make(ApiErrorKind::Network, QStringLiteral("lost"));
        error.outcomeUnknown = true;
        return later(reply, [error](ProviderReply *r) { r->finishWithError(error); });
    }
    return later(reply, [job](ProviderReply *r) { r->finishWithJob(job); });
}

ProviderReply *FakeVideoProvider::retrieve(const QString &videoId)
{
    auto *reply = new ProviderReply(ProviderReply::Kind::Job, this);
    ++retrieveCount;
    if (!retrieveErrors.isEmpty()) {
        const ApiError error = retrieveErrors.takeFirst();
        return later(reply, [error](ProviderReply *r) { r->finishWithError(error); });
    }
    if (!jobs.contains(videoId))
        return later(reply, [](ProviderReply *r) {
            r->finishWithError(ApiError::fromHttp(404, QByteArray()));
        });
    VideoJob &job = jobs[videoId];
    if (job.status == VideoStatus::Queued) {
        job.status = VideoStatus::InProgress;
        job.progress = 10;
    } else if (job.status == VideoStatus::InProgress) {
        job.progress += 90 / std::max(1, retrievesToComplete);
        if (job.progress >= 90) {
            if (failJobsWithCode.isEmpty()) {
                job.status = VideoStatus::Completed;
                job.progress = 100;
                job.completedAt = now;
                job.expiresAt = now.addDays(1);
            } else {
                job.status = VideoStatus::Failed;
                job.errorCode = failJobsWithCode;
                job.errorMessage = QStringLiteral("blocked by %1").arg(failJobsWithCode);
            }
        }
    }
    const VideoJob copy = job;
    return later(reply, [copy](ProviderReply *r) { r->finishWithJob(copy); });
}

ProviderReply *FakeVideoProvider::list(const ListOptions &options)
{
    auto *reply = new ProviderReply(ProviderReply::Kind::List, this);
    ++listCount;
    if (!listErrors.isEmpty()) {
        const ApiError error = listErrors.takeFirst();
        return later(reply, [error](ProviderReply *r) { r->finishWithError(error); });
    }
    if (!canList) {
        ApiError error = ApiError::make(ApiErrorKind::Other, QStringLiteral("no list here"));
        error.code = QStringLiteral("list_unsupported");
        return later(reply, [error](ProviderReply *r) { r->finishWithError(error); });
    }
    VideoList result;
    QStringList ids = order;
    if (options.descending)
        std::reverse(ids.begin(), ids.end());
    int start = options.after.isEmpty() ? 0 : int(ids.indexOf(options.after)) + 1;
    for (int i = start; i < ids.size() && result.data.size() < options.limit; ++i)
        result.data.append(jobs.value(ids.at(i)));
    result.hasMore = start + result.data.size() < ids.size();
    if (!result.data.isEmpty()) {
        result.firstId = result.data.first().id;
        result.lastId = result.data.last().id;
    }
    return later(reply, [result](ProviderReply *r) { r->finishWithList(result); });
}

ProviderReply *FakeVideoProvider::download(const QString &videoId, DownloadVariant variant,
                                           const QString &targetPath)
{
    auto *reply = new ProviderReply(ProviderReply::Kind::Download, this);
    ++downloadCount;
    if (!downloadErrors.isEmpty()) {
        const ApiError error = downloadErrors.takeFirst();
        return later(reply, [error](ProviderReply *r) { r->finishWithError(error); });
    }
    QByteArray content = (downloadVariantKey(variant) + QLatin1Char(':') + videoId).toUtf8();
    if (variant == DownloadVariant::Video && !videoFile.isEmpty()) {
        QFile clip(videoFile);
        if (clip.open(QIODevice::ReadOnly))
            content = clip.readAll();
    }
    QDir().mkpath(QFileInfo(targetPath).absolutePath());
    QFile file(targetPath);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return later(reply, [targetPath, content](ProviderReply *r) {
        r->finishWithDownload(targetPath, content.size());
    });
}

ProviderReply *FakeVideoProvider::remix(const QString &videoId, const QString &prompt)
{
    auto *reply = new ProviderReply(ProviderReply::Kind::Job, this);
    ++createCount;
    CreateVideoRequest request;
    request.prompt = prompt;
    const VideoJob parent = jobs.value(videoId);
    request.model = parent.model;
    request.size = parent.size;
    request.seconds = parent.seconds;
    VideoJob job = addJob(request, now);
    job.remixedFromId = videoId;
    jobs[job.id] = job;
    return later(reply, [job](ProviderReply *r) { r->finishWithJob(job); });
}

ProviderReply *FakeVideoProvider::remove(const QString &videoId)
{
    auto *reply = new ProviderReply(ProviderReply::Kind::Delete, this);
    ++deleteCount;
    jobs.remove(videoId);
    return later(reply, [](ProviderReply *r) { r->finishDeleted(); });
}

} // namespace ShotBrief
