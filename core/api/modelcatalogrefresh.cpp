// SPDX-License-Identifier: MIT
#include "modelcatalogrefresh.h"

#include "clock.h"
#include "providerfactory.h"
#include "providerreply.h"
#include "videoprovider.h"

#include <QCoreApplication>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ModelCatalogRefresh)
};

const ModelCapability *findModel(const QList<ModelCapability> &models, const QString &id)
{
    for (const ModelCapability &model : models) {
        if (model.id == id)
            return &model;
    }
    return nullptr;
}

} // namespace

bool CatalogChange::touches(const QStringList &modelIds) const
{
    for (const QString &id : modelIds) {
        if (removed.contains(id) || changed.contains(id))
            return true;
    }
    return false;
}

QString CatalogChange::summary() const
{
    if (isEmpty())
        return TrText::tr("no change");
    QStringList parts;
    if (!added.isEmpty())
        parts << TrText::tr("%n new (%1)", nullptr, int(added.size()))
                     .arg(added.join(QLatin1String(", ")));
    if (!removed.isEmpty())
        parts << TrText::tr("%n gone (%1)", nullptr, int(removed.size()))
                     .arg(removed.join(QLatin1String(", ")));
    if (!changed.isEmpty())
        parts << TrText::tr("%n changed (%1)", nullptr, int(changed.size()))
                     .arg(changed.join(QLatin1String(", ")));
    return parts.join(QLatin1String("; "));
}

CatalogChange compareCatalogs(const QList<ModelCapability> &before,
                              const QList<ModelCapability> &after)
{
    CatalogChange change;
    for (const ModelCapability &model : after) {
        const ModelCapability *old = findModel(before, model.id);
        if (!old)
            change.added << model.id;
        else if (!(*old == model))
            change.changed << model.id;
    }
    for (const ModelCapability &model : before) {
        if (!findModel(after, model.id))
            change.removed << model.id;
    }
    return change;
}

ModelCatalogRefresh::ModelCatalogRefresh(const ProviderProfile &profile, const QString &key,
                                         Clock *clock, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_refreshed(profile)
    , m_key(key)
    , m_clock(clock)
{}

ModelCatalogRefresh::~ModelCatalogRefresh()
{
    if (m_reply) {
        QObject::disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ModelCatalogRefresh::start()
{
    // A profile without a catalog gets its adapter's own answer (VideoProvider::listModels).
    Result<std::shared_ptr<VideoProvider>> provider =
        createVideoProvider(m_profile, m_key, m_clock);
    if (!provider) {
        const ApiError error = ApiError::make(ApiErrorKind::Other, provider.error().message);
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    m_provider = *provider;
    m_reply = m_provider->listModels();
    m_reply->onFinished(this, [this](ProviderReply *reply) {
        if (!reply->isOk()) {
            finish(reply->error());
            return;
        }
        m_catalog = reply->catalog();
        m_change = compareCatalogs(m_profile.capabilities.models, m_catalog.models);
        m_refreshed.capabilities.models = m_catalog.models;
        m_refreshed.catalogRefreshedAt = m_clock->now().toUTC();
        finish({});
    });
}

void ModelCatalogRefresh::abort()
{
    if (m_reply)
        m_reply->abort();
}

void ModelCatalogRefresh::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

} // namespace ShotBrief
