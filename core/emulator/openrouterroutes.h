// SPDX-License-Identifier: MIT
#pragma once

#include "emulatorconfig.h"
#include "faultinjector.h"
#include "httpexchange.h"
#include "jobintake.h"
#include "openairoutes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ShotBrief {

class EmulatorJobStore;
class JobRunner;
struct EmulatorJob;

/// OpenRouter's Video Generation API under /api/v1 (videos-api.md), over the shared store,
/// runner and faults: POST /api/v1/videos (JSON; 202 {id, polling_url, status: "pending"}),
/// GET /api/v1/videos/{id} (pending, in_progress, completed with unsigned_urls and usage.cost,
/// failed with error, cancelled, expired), GET /api/v1/videos/{id}/content?index=0 (video/mp4;
/// 409 before completion) and GET /api/v1/videos/models (the catalog: the configured one, else
/// resources/openrouter/video-models.json). Requests are checked against the catalog the way
/// OpenRouter checks them: model, duration, resolution, aspect ratio or size, frame types. Errors
/// are {"error": {"code": <HTTP status>, "message", "metadata"}}.
class OpenRouterRoutes
{
public:
    /// None of the pointers is owned; they must outlive the routes.
    OpenRouterRoutes(EmulatorJobStore *store, JobRunner *runner, EmulatorStats *stats,
                     const EmulatorConfig *config);

    /// True for paths under /api/v1/.
    static bool matches(const QString &path);
    RouteKind classify(const HttpRequestData &request) const;
    HttpResponseData handle(const HttpRequestData &request, const FaultDecision &decision);
    static HttpResponseData faultResponse(const FaultRule &rule);
    static HttpResponseData errorResponse(int status, const QString &message,
                                          const QJsonObject &metadata = {});

    /// The catalog shipped with ShotBrief (OpenRouter's own JSON shape).
    static QByteArray builtInCatalog();

private:
    std::optional<HttpResponseData> checkKey(const HttpRequestData &request,
                                             QString *ownerKey) const;
    QJsonObject catalogModel(const QString &id) const;
    HttpResponseData create(const HttpRequestData &request, const QString &ownerKey,
                            const FaultDecision &decision);
    HttpResponseData retrieve(const HttpRequestData &request, const QString &id);
    HttpResponseData content(const HttpRequestData &request, const QString &id,
                             const FaultDecision &decision);
    QJsonObject jobJson(const EmulatorJob &job, const QString &host) const;

    JobIntake m_intake;
    EmulatorJobStore *m_store = nullptr;      // not owned
    JobRunner *m_runner = nullptr;            // not owned
    EmulatorStats *m_stats = nullptr;         // not owned
    const EmulatorConfig *m_config = nullptr; // not owned
    QJsonArray m_models;                      ///< The catalog the requests are checked against.
};

} // namespace ShotBrief
