// SPDX-License-Identifier: MIT
#pragma once

#include "emulatorconfig.h"
#include "openairoutes.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace ShotBrief {

class ClipRenderer;
class ComfyUiRoutes;
class EmulatorHttpServer;
class EmulatorJobStore;
class FaultInjector;
class JobRunner;
class OpenAiRoutes;
class OpenRouterRoutes;
class RunwayRoutes;
struct FaultDecision;
struct HttpRequestData;
struct HttpResponseData;

/// The built-in Videos API emulator: a loopback HTTP server that speaks the OpenAI Videos API
/// (videos-api.md), Runway's task API (RunwayRoutes), a local ComfyUI's API (ComfyUiRoutes) and
/// OpenRouter's Video Generation API under /api/v1 (OpenRouterRoutes) from one port and one job
/// store, renders real placeholder clips with ffmpeg, keeps its jobs in a state folder and injects
/// faults on demand (FaultSpec, or over HTTP: POST /v1/emulator/faults
/// {"spec": "..."}; GET /v1/emulator/stats reports what it did). The offline default of the app and
/// the test double of core/api.
class EmulatorServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorServer)

public:
    explicit EmulatorServer(EmulatorConfig config, QObject *parent = nullptr);
    ~EmulatorServer() override;

    /// Listens on 127.0.0.1; returns the port, 0 on failure. Port 0 picks a free one.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:<port>/v1 (the OpenAI and Runway dialects)
    QUrl baseUrl() const;
    /// http://127.0.0.1:<port> (the ComfyUI dialect)
    QUrl rootUrl() const;
    /// http://127.0.0.1:<port>/api/v1 (the OpenRouter dialect)
    QUrl openRouterUrl() const;

    /// Jobs made by POST /videos (accepted creates, lost responses included).
    int createCount() const;
    EmulatorStats stats() const;
    const EmulatorConfig &config() const { return m_config; }
    QString stateDir() const;

    /// Replaces the fault rules (and resets their counters).
    void setFaults(const FaultSpec &faults);

    /// Serves an existing video file as the content of a new, already completed job (for
    /// download benchmarks); returns the job id, empty when the file cannot be read.
    QString injectCompletedJob(const QString &videoFile, const QString &prompt = QString(),
                               const QString &size = QStringLiteral("1280x720"),
                               const QString &seconds = QStringLiteral("4"));

Q_SIGNALS:
    void jobCompleted(const QString &id);
    void jobFailed(const QString &id, const QString &code);

private:
    friend class EmulatorHttpServer;
    void onRequest(const HttpRequestData &incoming, QTcpSocket *socket);
    void process(const HttpRequestData &request, QTcpSocket *socket, const FaultDecision &decision);
    RouteKind classify(const HttpRequestData &request) const;
    HttpResponseData setFaultsFromRequest(const HttpRequestData &request);
    void writeResponse(QTcpSocket *socket, const HttpResponseData &response, bool closeAfter);

    EmulatorConfig m_config;
    EmulatorStats m_stats;
    std::unique_ptr<EmulatorJobStore> m_store;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<OpenAiRoutes> m_routes;
    std::unique_ptr<RunwayRoutes> m_runway;
    std::unique_ptr<ComfyUiRoutes> m_comfy;
    std::unique_ptr<OpenRouterRoutes> m_openRouter;
    ClipRenderer *m_renderer = nullptr;   // child
    JobRunner *m_runner = nullptr;        // child
    EmulatorHttpServer *m_http = nullptr; // child
    quint16 m_port = 0;
};

} // namespace ShotBrief
