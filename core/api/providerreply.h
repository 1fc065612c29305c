// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"
#include "modelcatalog.h"
#include "videojob.h"

#include <QObject>

#include <functional>

namespace ShotBrief {

/// The answer to one provider call, delivered asynchronously through finished().
/// Like QNetworkReply, the caller owns it once it is returned and deletes it (deleteLater)
/// after finished(); onFinished() does that for you.
class ProviderReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderReply)

public:
    enum class Kind { Job, List, Download, Delete, Models };

    explicit ProviderReply(Kind kind, QObject *parent = nullptr);
    ~ProviderReply() override;

    Kind kind() const { return m_kind; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }

    const VideoJob &job() const { return m_job; }     ///< Kind::Job (create, retrieve, remix)
    const VideoList &list() const { return m_list; }  ///< Kind::List
    QString downloadedPath() const { return m_path; } ///< Kind::Download
    qint64 bytesWritten() const { return m_bytes; }   ///< Kind::Download
    const ModelCatalog &catalog() const { return m_catalog; } ///< Kind::Models
    /// The server's polling advice (openai-poll-after-ms), or 0.
    int pollAfterMs() const { return m_pollAfterMs; }
    int attempts() const { return m_attempts; }

    /// Stops the call; finished() follows with ApiErrorKind::Canceled.
    void abort();

    /// Runs `handler` once the reply finished (now, if it already has), then deletes the reply.
    void onFinished(QObject *context, std::function<void(ProviderReply *)> handler);

    // For adapters (VideoProvider implementations) only.
    void finishWithJob(const VideoJob &job);
    void finishWithList(const VideoList &list);
    void finishWithDownload(const QString &path, qint64 bytes);
    void finishWithCatalog(const ModelCatalog &catalog);
    /// The catalog, or its error as an unreadable answer (the last good catalog stays).
    void finishWithCatalog(const Result<ModelCatalog> &catalog);
    void finishDeleted();
    void finishWithError(const ApiError &error);
    /// Finishes with `error` from the event loop, so that the caller who got the reply
    /// back can still connect to finished() (a call refused before anything was sent).
    void finishWithErrorLater(const ApiError &error);
    /// A new reply of `kind`, owned by `parent`, that fails with `error` that way.
    static ProviderReply *failedLater(Kind kind, const ApiError &error, QObject *parent);
    void setPollAfterMs(int ms) { m_pollAfterMs = ms; }
    void setAttempts(int attempts) { m_attempts = attempts; }
    bool isAbortRequested() const { return m_abortRequested; }

Q_SIGNALS:
    void finished();
    void downloadProgress(qint64 received, qint64 total);
    /// For adapters: the caller asked to abort.
    void abortRequested();

private:
    void finish();

    Kind m_kind;
    bool m_finished = false;
    bool m_abortRequested = false;
    ApiError m_error;
    VideoJob m_job;
    VideoList m_list;
    ModelCatalog m_catalog;
    QString m_path;
    qint64 m_bytes = 0;
    int m_pollAfterMs = 0;
    int m_attempts = 0;
};

} // namespace ShotBrief
