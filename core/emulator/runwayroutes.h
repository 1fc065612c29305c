// SPDX-License-Identifier: MIT
#pragma once

#include "emulatorconfig.h"
#include "faultinjector.h"
#include "httpexchange.h"
#include "openairoutes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ShotBrief {

class EmulatorJobStore;
class JobRunner;
struct EmulatorJob;

/// Runway's task API (version 2024-11-06) over the shared store, runner and faults:
/// POST /v1/text_to_video and /v1/image_to_video ({"id"}), GET /v1/tasks/{id} (PENDING, RUNNING
/// with progress 0-1, SUCCEEDED with output URLs, FAILED with failure and failureCode,
/// CANCELLED), DELETE /v1/tasks/{id}, and the output files under /runway/outputs/, which expire
/// like Runway's signed URLs. Errors are {"error": "..."} with 400, 401, 404 or 429.
class RunwayRoutes
{
public:
    static constexpr const char *ApiVersion = "2024-11-06";

    /// None of the pointers is owned; they must outlive the routes.
    RunwayRoutes(EmulatorJobStore *store, JobRunner *runner, EmulatorStats *stats,
                 const EmulatorConfig *config);

    /// True for the Runway paths (checked before the OpenAI routes, which own the rest of /v1).
    static bool matches(const QString &path);
    RouteKind classify(const HttpRequestData &request) const;
    HttpResponseData handle(const HttpRequestData &request, const FaultDecision &decision);
    static HttpResponseData faultResponse(const FaultRule &rule);
    static HttpResponseData errorResponse(int status, const QString &message);

    /// The durations a Runway model accepts (gen4.5: 2-10 s; gen4_turbo: 5 or 10 ...).
    static QList<int> durationsFor(const QString &model);
    /// The ratios ("1280:720" ...) a Runway model accepts; empty for an unknown model.
    static QStringList ratiosFor(const QString &model);

private:
    /// A picture of promptImage; no bytes for an https URL (accepted, not fetched: the
    /// emulator is offline).
    struct PromptImage
    {
        QByteArray data;
        QString suffix;
    };
    /// promptImage: one URI (the first frame), or [{uri, position: "first"|"last"}], or for
    /// seedance2 references without a position (which cannot be mixed with positions).
    struct PromptImages
    {
        std::optional<PromptImage> first;
        std::optional<PromptImage> last;
        QList<PromptImage> references;
    };
    /// Each returns the refusal, empty when the pictures are acceptable.
    static QString decodePromptImage(const QJsonValue &value, PromptImage *image);
    static QString readPromptImages(const QJsonValue &promptImage, const QString &model,
                                    PromptImages *images);
    std::optional<HttpResponseData> checkHeaders(const HttpRequestData &request,
                                                 QString *ownerKey) const;
    HttpResponseData create(const HttpRequestData &request, bool imageToVideo,
                            const QString &ownerKey, const FaultDecision &decision);
    HttpResponseData task(const HttpRequestData &request, const QString &id);
    HttpResponseData cancel(const QString &id);
    HttpResponseData output(const HttpRequestData &request, const QString &file,
                            const FaultDecision &decision);
    QJsonObject taskJson(const EmulatorJob &job, const QByteArray &host) const;

    JobIntake m_intake;
    EmulatorJobStore *m_store = nullptr;      // not owned
    JobRunner *m_runner = nullptr;            // not owned
    EmulatorStats *m_stats = nullptr;         // not owned
    const EmulatorConfig *m_config = nullptr; // not owned
};

} // namespace ShotBrief
