// SPDX-License-Identifier: MIT
#include "providerreply.h"

#include <QCoreApplication>

namespace ShotBrief {

ProviderReply::ProviderReply(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{}

ProviderReply::~ProviderReply() = default;

void ProviderReply::abort()
{
    if (m_finished || m_abortRequested)
        return;
    m_abortRequested = true;
    Q_EMIT abortRequested();
    if (!m_finished)
        finishWithError(ApiError::make(ApiErrorKind::Canceled, tr("Canceled.")));
}

void ProviderReply::onFinished(QObject *context, std::function<void(ProviderReply *)> handler)
{
    if (m_finished) {
        // Keep the asynchronous contract even for replies that finished synchronously.
        QMetaObject::invokeMethod(
            context,
            [this, handler] {
                handler(this);
                deleteLater();
            },
            Qt::QueuedConnection);
        return;
    }
    connect(this, &ProviderReply::finished, context, [this, handler] {
        handler(this);
        deleteLater();
    });
}

void ProviderReply::finishWithJob(const VideoJob &job)
{
    m_job = job;
    finish();
}

void ProviderReply::finishWithList(const VideoList &list)
{
    m_list = list;
    finish();
}

void ProviderReply::finishWithDownload(const QString &path, qint64 bytes)
{
    m_path = path;
    m_bytes = bytes;
    finish();
}

void ProviderReply::finishWithCatalog(const ModelCatalog &catalog)
{
    m_catalog = catalog;
    finish();
}

void ProviderReply::finishWithCatalog(const Result<ModelCatalog> &catalog)
{
    if (catalog)
        finishWithCatalog(*catalog);
    else
        finishWithError(ApiError::make(ApiErrorKind::BadResponse, catalog.error().toString()));
}

void ProviderReply::finishDeleted()
{
    finish();
}

void ProviderReply::finishWithError(const ApiError &error)
{
    m_error = error;
    finish();
}

void ProviderReply::finishWithErrorLater(const ApiError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finishWithError(error); }, Qt::QueuedConnection);
}

ProviderReply *ProviderReply::failedLater(Kind kind, const ApiError &error, QObject *parent)
{
    auto *reply = new ProviderReply(kind, parent);
    reply->finishWithErrorLater(error);
    return reply;
}

void ProviderReply::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace ShotBrief
