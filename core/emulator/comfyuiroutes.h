// SPDX-License-Identifier: MIT
#pragma once

#include "emulatorconfig.h"
#include "faultinjector.h"
#include "httpexchange.h"
#include "openairoutes.h"

#include <QJsonObject>
#include <QSize>
#include <QString>

namespace ShotBrief {

class EmulatorJobStore;
class JobRunner;
struct EmulatorJob;

/// What the emulator reads from a ComfyUI API-format workflow graph to render its clip.
struct ComfyGraphInfo
{
    QString prompt; ///< the positive CLIPTextEncode text
    qint64 seed = -1;
    QSize size;     ///< width x height of the latent video node
    int frames = 0; ///< `length` of the latent video node
    double fps = 24.0;
    QString model;      ///< unet / checkpoint name, "comfyui" when none
    QString startImage; ///< the LoadImage that gives the first frame, empty when none
    QString endImage;   ///< the LoadImage that gives the last frame, empty when none
    QString outputNode; ///< id of the node that saves the video
    QString outputKey;  ///< "gifs" (VideoHelperSuite) or "images" (core Save* nodes)
    QString filenamePrefix = QStringLiteral("ComfyUI");
};

/// The local ComfyUI server's HTTP API over the shared store, runner and faults: POST
/// /upload/image, POST /prompt ({prompt, client_id} -> {prompt_id, number, node_errors}), GET
/// /history[/{id}] ({} while running), GET /queue, GET /view, POST /interrupt, POST /queue
/// {"delete": [...]}; also under /api/. No key, like a ComfyUI on the user's own machine.
class ComfyUiRoutes
{
public:
    /// None of the pointers is owned; they must outlive the routes.
    ComfyUiRoutes(EmulatorJobStore *store, JobRunner *runner, EmulatorStats *stats,
                  const EmulatorConfig *config);

    static bool matches(const QString &path);
    RouteKind classify(const HttpRequestData &request) const;
    HttpResponseData handle(const HttpRequestData &request, const FaultDecision &decision);
    static HttpResponseData faultResponse(const FaultRule &rule);

    /// Reads a graph; an error names the node at fault (ComfyUI's node_errors).
    static Result<ComfyGraphInfo> readGraph(const QJsonObject &graph);

private:
    static QString route(const QString &path);
    QString inputDir() const;
    HttpResponseData upload(const HttpRequestData &request);
    HttpResponseData prompt(const HttpRequestData &request, const FaultDecision &decision);
    HttpResponseData history(const QString &id, int maxItems);
    HttpResponseData queue();
    HttpResponseData queueEdit(const HttpRequestData &request);
    HttpResponseData interrupt(const HttpRequestData &request);
    HttpResponseData view(const HttpRequestData &request, const FaultDecision &decision);
    QJsonObject historyEntry(const EmulatorJob &job) const;

    JobIntake m_intake;
    EmulatorJobStore *m_store = nullptr;      // not owned
    JobRunner *m_runner = nullptr;            // not owned
    EmulatorStats *m_stats = nullptr;         // not owned
    const EmulatorConfig *m_config = nullptr; // not owned
};

} // namespace ShotBrief
