// SPDX-License-Identifier: MIT
#pragma once

#include "emulatorconfig.h"
#include "faultinjector.h"
#include "httpexchange.h"
#include "imageprobe.h"
#include "jobintake.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ShotBrief {

class EmulatorJobStore;
class JobRunner;
struct EmulatorJob;

/// What a request asks for, in dialect-neutral terms (fault rules and stats use it).
enum class RouteKind {
    Unknown,
    Create,
    Retrieve,
    List,
    Download,
    Remix,
    Extend, ///< POST /videos/extensions (newer servers): a new clip continuing a finished one
    Edit,   ///< POST /videos/edits (newer servers)
    Delete,
    Stats,  ///< GET /v1/emulator/stats (no key needed)
    Faults, ///< PUT or POST /v1/emulator/faults {"spec": "..."} (no key needed)
    Other
};

/// The OpenAI Videos API dialect (videos-api.md) under /v1 and /openai/v1 (Azure shape):
/// create (multipart or JSON), retrieve, list, delete, content download, remix, and simple
/// extensions and edits (a new job from a completed one, linked by remixed_from_video_id). Another
/// dialect (Runway, ComfyUI) is another routes class over the same store, runner and fault
/// injector.
class OpenAiRoutes
{
public:
    /// None of the pointers is owned; they must outlive the routes.
    OpenAiRoutes(EmulatorJobStore *store, JobRunner *runner, EmulatorStats *stats,
                 const EmulatorConfig *config);

    /// True for paths under /v1/ or /openai/v1/.
    static bool matches(const QString &path);
    RouteKind classify(const HttpRequestData &request) const;
    /// Answers a request; `decision` carries the fault (if any) that fired for it.
    HttpResponseData handle(const HttpRequestData &request, const FaultDecision &decision);
    /// The answer to a fault that replaces the whole request (429, 500, 503).
    static HttpResponseData faultResponse(const FaultRule &rule);

    static HttpResponseData
    errorResponse(int status, const QString &message,
                  const QString &type = QStringLiteral("invalid_request_error"),
                  const QString &param = QString(), const QString &code = QString());
    static HttpResponseData jsonResponse(const QJsonObject &object, int status = 200);
    static QJsonObject statsJson(const EmulatorStats &stats, int jobCount);

private:
    struct CreateFields;
    static QStringList segments(const QString &path);
    // A create is parsed (multipart/form-data or JSON, the reference image included), then
    // validated as the real API validates, then stored; each step answers with the refusal.
    static std::optional<HttpResponseData> parseCreate(const HttpRequestData &request,
                                                       CreateFields *fields);
    static std::optional<HttpResponseData> parseMultipartCreate(const HttpRequestData &request,
                                                                CreateFields *fields);
    static std::optional<HttpResponseData> parseJsonCreate(const HttpRequestData &request,
                                                           CreateFields *fields);
    /// The probes of the pictures it checked: reference, last frame, subjects.
    static std::optional<HttpResponseData> validateCreate(const CreateFields &fields,
                                                          QList<ImageProbe> *probes);
    static std::optional<HttpResponseData> checkPrompt(const QString &prompt, bool present);
    /// Create and remix alike: the running limit of the key, then the job is admitted.
    HttpResponseData storeJob(const HttpRequestData &request, const FaultDecision &decision,
                              EmulatorJob job, const QList<JobPicture> &pictures, bool remix);
    std::optional<HttpResponseData> checkKey(const HttpRequestData &request,
                                             QString *ownerKey) const;
    std::optional<HttpResponseData> checkRunningLimit(const QString &ownerKey) const;
    HttpResponseData create(const HttpRequestData &request, const FaultDecision &decision);
    HttpResponseData retrieve(const QString &id);
    HttpResponseData list(const HttpRequestData &request);
    HttpResponseData remove(const QString &id);
    HttpResponseData download(const HttpRequestData &request, const QString &id,
                              const FaultDecision &decision);
    HttpResponseData remix(const HttpRequestData &request, const QString &pathId, RouteKind kind,
                           const FaultDecision &decision);
    JobIntake m_intake;
    EmulatorJobStore *m_store = nullptr;      // not owned
    JobRunner *m_runner = nullptr;            // not owned
    EmulatorStats *m_stats = nullptr;         // not owned
    const EmulatorConfig *m_config = nullptr; // not owned
};

} // namespace ShotBrief
