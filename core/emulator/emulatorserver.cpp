// SPDX-License-Identifier: MIT
#include "emulatorserver.h"

#include "cliprenderer.h"
#include "comfyuiroutes.h"
#include "emulatorhttpserver.h"
#include "emulatorjobstore.h"
#include "faultinjector.h"
#include "httpexchange.h"
#include "jobrunner.h"
#include "openairoutes.h"
#include "openrouterroutes.h"
#include "runwayroutes.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ShotBrief {

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;
constexpr qint64 kMaxBuffered = 1024 * 1024;
// Bigger than any legal create (a reference image plus a 32000-character prompt).
constexpr qint64 kMaxRequestBody = 64 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 410:
        return "Gone";
    case 413:
        return "Payload Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

FaultTarget faultTarget(RouteKind kind)
{
    switch (kind) {
    case RouteKind::Create:
        return FaultTarget::Create;
    case RouteKind::Retrieve:
        return FaultTarget::Retrieve;
    case RouteKind::List:
        return FaultTarget::List;
    case RouteKind::Download:
        return FaultTarget::Download;
    case RouteKind::Remix:
    case RouteKind::Extend:
    case RouteKind::Edit:
        return FaultTarget::Remix; // every way of deriving a paid job from another
    case RouteKind::Delete:
        return FaultTarget::Delete;
    default:
        return FaultTarget::Any;
    }
}

// Streams part of a file to a socket without holding it in memory, then optionally closes the
// connection (dropped-download faults close before the promised Content-Length is reached).
class FileBodySender final : public QObject
{
public:
    FileBodySender(QTcpSocket *socket, const QString &path, qint64 offset, qint64 bytes,
                   bool closeAtEnd)
        : QObject(socket)
        , m_socket(socket)
        , m_file(path)
        , m_remaining(bytes)
        , m_closeAtEnd(closeAtEnd)
    {
        if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(offset)) {
            m_remaining = 0;
            m_closeAtEnd = true; // the promised body cannot come: end the connection
        }
        connect(m_socket, &QTcpSocket::bytesWritten, this, &FileBodySender::pump);
        QTimer::singleShot(0, this, &FileBodySender::pump);
    }

private:
    void pump()
    {
        while (m_remaining > 0 && m_socket->bytesToWrite() < kMaxBuffered) {
            const QByteArray chunk = m_file.read(std::min(kChunkBytes, m_remaining));
            if (chunk.isEmpty()) {
                m_remaining = 0;
                m_closeAtEnd = true;
                break;
            }
            m_socket->write(chunk);
            m_remaining -= chunk.size();
        }
        if (m_remaining > 0)
            return;
        disconnect(m_socket, nullptr, this, nullptr);
        if (m_closeAtEnd)
            m_socket->disconnectFromHost(); // waits until what was written is flushed
        deleteLater();
    }

    QTcpSocket *m_socket = nullptr; // parent
    QFile m_file;
    qint64 m_remaining = 0;
    bool m_closeAtEnd = false;
};

} // namespace

EmulatorServer::EmulatorServer(EmulatorConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_store(std::make_unique<EmulatorJobStore>(m_config.stateDir))
    , m_faults(std::make_unique<FaultInjector>(m_config.faults))
    , m_renderer(new ClipRenderer(this))
{
    if (const Result<void> loaded = m_store->load(); !loaded)
        qWarning("ShotBrief emulator: %s", qPrintable(loaded.error().toString()));
    m_renderer->setFfmpegProgram(m_config.ffmpegProgram);
    m_runner = new JobRunner(m_store.get(), m_renderer, this);
    m_runner->setJobSeconds(m_config.jobSeconds);
    m_runner->setExpirySeconds(m_config.expirySeconds);
    m_routes = std::make_unique<OpenAiRoutes>(m_store.get(), m_runner, &m_stats, &m_config);
    m_runway = std::make_unique<RunwayRoutes>(m_store.get(), m_runner, &m_stats, &m_config);
    m_comfy = std::make_unique<ComfyUiRoutes>(m_store.get(), m_runner, &m_stats, &m_config);
    m_openRouter = std::make_unique<OpenRouterRoutes>(m_store.get(), m_runner, &m_stats, &m_config);
    m_http = new EmulatorHttpServer(this);

    connect(m_renderer, &ClipRenderer::finished, this, [this](const RenderResult &result) {
        ++m_stats.rendersDone;
        if (!result.ok)
            ++m_stats.rendersFailed;
    });
    connect(m_runner, &JobRunner::jobCompleted, this, &EmulatorServer::jobCompleted);
    connect(m_runner, &JobRunner::jobFailed, this, &EmulatorServer::jobFailed);
    // Jobs that were running when a previous emulator stopped carry on.
    m_runner->wake();
}

EmulatorServer::~EmulatorServer()
{
    // The HTTP server and the runner go first (children are deleted after this body), so no
    // request or tick reaches the store while it is being destroyed.
    delete m_http;
    m_http = nullptr;
    delete m_runner;
    m_runner = nullptr;
    delete m_renderer;
    m_renderer = nullptr;
}

quint16 EmulatorServer::listen(quint16 port)
{
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl EmulatorServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

QUrl EmulatorServer::rootUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl EmulatorServer::openRouterUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(m_port));
}

int EmulatorServer::createCount() const
{
    return m_stats.creates;
}

EmulatorStats EmulatorServer::stats() const
{
    return m_stats;
}

QString EmulatorServer::stateDir() const
{
    return m_store->stateDir();
}

void EmulatorServer::setFaults(const FaultSpec &faults)
{
    m_config.faults = faults;
    m_faults->setSpec(faults);
}

QString EmulatorServer::injectCompletedJob(const QString &videoFile, const QString &prompt,
                                           const QString &size, const QString &seconds)
{
    const QFileInfo source(videoFile);
    if (!source.isFile() || !source.isReadable())
        return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    EmulatorJob job;
    job.id = EmulatorJobStore::newJobId();
    job.model = QStringLiteral("sora-2");
    job.prompt =
        prompt.isEmpty() ? QStringLiteral("Injected clip %1").arg(source.fileName()) : prompt;
    job.size = size;
    job.seconds = seconds;
    job.status = QStringLiteral("completed");
    job.progress = 100;
    job.createdAtMs = now;
    job.createdAt = now / 1000;
    job.completedAt = now / 1000;
    if (m_config.expirySeconds >= 0) {
        job.expiresAtMs = now + qint64(m_config.expirySeconds) * 1000;
        job.expiresAt = (job.expiresAtMs + 999) / 1000;
    }
    const QString target = m_store->videoPath(job.id);
    // A symbolic link keeps big benchmark files from being copied; copy when links fail.
    if (!QFile::link(source.absoluteFilePath(), target) && !QFile::copy(videoFile, target))
        return {};
    m_store->add(job);
    (void)m_store->save();
    return job.id;
}

void EmulatorServer::onRequest(const HttpRequestData &incoming, QTcpSocket *socket)
{
    ++m_stats.requests;
    // HEAD is answered like GET without the body (content-length still tells the size).
    HttpRequestData request = incoming;
    if (request.method == "HEAD") {
        request.method = "GET";
        request.headOnly = true;
    }
    if (request.body.size() > kMaxRequestBody) {
        ++m_stats.rejected;
        writeResponse(socket,
                      OpenAiRoutes::errorResponse(413, tr("The request body is too large."),
                                                  QStringLiteral("invalid_request_error"),
                                                  QString(), QStringLiteral("payload_too_large")),
                      true);
        return;
    }
    const RouteKind kind = classify(request);
    if (kind == RouteKind::Faults) {
        writeResponse(socket, setFaultsFromRequest(request),
                      request.header("connection").trimmed().toLower() == "close");
        return;
    }
    FaultDecision decision;
    const bool faultable =
        kind != RouteKind::Unknown && kind != RouteKind::Other && kind != RouteKind::Stats;
    if (faultable)
        decision = m_faults->decide(faultTarget(kind));
    m_stats.faultsInjected += decision.fired;
    if (decision.delayMs > 0) {
        QTimer::singleShot(decision.delayMs, this,
                           [this, request, decision, guard = QPointer<QTcpSocket>(socket)] {
                               if (guard && guard->state() == QAbstractSocket::ConnectedState)
                                   process(request, guard, decision);
                           });
        return;
    }
    process(request, socket, decision);
}

RouteKind EmulatorServer::classify(const HttpRequestData &request) const
{
    if (RunwayRoutes::matches(request.path))
        return m_runway->classify(request);
    if (ComfyUiRoutes::matches(request.path))
        return m_comfy->classify(request);
    if (OpenRouterRoutes::matches(request.path))
        return m_openRouter->classify(request);
    return m_routes->classify(request);
}

HttpResponseData EmulatorServer::setFaultsFromRequest(const HttpRequestData &request)
{
    // Lets a test that runs the emulator as a separate process change faults at run time.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonValue spec = doc.object().value(QStringLiteral("spec"));
    if (parseError.error != QJsonParseError::NoError || !spec.isString()) {
        ++m_stats.rejected;
        return OpenAiRoutes::errorResponse(400, tr("Send {\"spec\": \"<fault spec>\"}."),
                                           QStringLiteral("invalid_request_error"),
                                           QStringLiteral("spec"), QStringLiteral("invalid_value"));
    }
    const Result<FaultSpec> parsed = FaultSpec::parse(spec.toString());
    if (!parsed) {
        ++m_stats.rejected;
        return OpenAiRoutes::errorResponse(400, parsed.error().message,
                                           QStringLiteral("invalid_request_error"),
                                           QStringLiteral("spec"), QStringLiteral("invalid_value"));
    }
    setFaults(*parsed);
    return OpenAiRoutes::jsonResponse(
        QJsonObject{{QStringLiteral("object"), QStringLiteral("emulator.faults")},
                    {QStringLiteral("spec"), parsed->toString()}});
}

void EmulatorServer::process(const HttpRequestData &request, QTcpSocket *socket,
                             const FaultDecision &decision)
{
    const bool closeAfter = request.header("connection").trimmed().toLower() == "close";
    if (decision.action) {
        switch (decision.action->kind) {
        case FaultKind::TooManyRequests:
        case FaultKind::ServerError:
        case FaultKind::ServiceUnavailable: {
            HttpResponseData response = RunwayRoutes::matches(request.path)
                                            ? RunwayRoutes::faultResponse(*decision.action)
                                        : ComfyUiRoutes::matches(request.path)
                                            ? ComfyUiRoutes::faultResponse(*decision.action)
                                        : OpenRouterRoutes::matches(request.path)
                                            ? OpenRouterRoutes::faultResponse(*decision.action)
                                            : OpenAiRoutes::faultResponse(*decision.action);
            response.headOnly = request.headOnly;
            writeResponse(socket, response, closeAfter);
            return;
        }
        default:
            break;
        }
    }
    // Runway's paths sit under /v1 too, so they are matched before the OpenAI routes.
    HttpResponseData response =
        RunwayRoutes::matches(request.path)       ? m_runway->handle(request, decision)
        : ComfyUiRoutes::matches(request.path)    ? m_comfy->handle(request, decision)
        : OpenRouterRoutes::matches(request.path) ? m_openRouter->handle(request, decision)
                                                  : m_routes->handle(request, decision);
    response.headOnly = request.headOnly;
    if (response.status >= 400 && response.status < 500)
        ++m_stats.rejected;
    writeResponse(socket, response, closeAfter);
}

void EmulatorServer::writeResponse(QTcpSocket *socket, const HttpResponseData &r, bool closeAfter)
{
    qint64 length = r.body.size();
    if (!r.filePath.isEmpty()) {
        const qint64 fileSize = QFileInfo(r.filePath).size();
        length = r.fileLength >= 0 ? r.fileLength : fileSize - r.fileOffset;
    }
    // A lost response sends its head and one byte of the body, then closes. Closing before
    // the head is complete would make QNetworkAccessManager silently resend the POST on a new
    // connection (it retries any request whose connection closes before the headers arrive),
    // which hides the fault and makes a second job.
    const bool drop = r.dropAfterBytes >= 0 || r.closeWithoutResponse;
    const qint64 dropAfter = r.closeWithoutResponse ? 1 : r.dropAfterBytes;
    const qint64 toSend = drop ? std::min(dropAfter, length) : length;

    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    head += "content-type: " + r.contentType + "\r\n";
    head += "content-length: " + QByteArray::number(length) + "\r\n";
    for (const auto &h : r.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "x-request-id: req_" + QByteArray::number(m_stats.requests) + "\r\n";
    head += "server: shotbrief-emulator\r\n";
    head += closeAfter ? "connection: close\r\n" : "connection: keep-alive\r\n";
    head += "\r\n";
    socket->write(head);

    if (r.headOnly) {
        if (closeAfter)
            socket->disconnectFromHost();
        return;
    }
    if (r.filePath.isEmpty()) {
        socket->write(r.body.left(toSend));
        if (drop || closeAfter)
            socket->disconnectFromHost();
        return;
    }
    new FileBodySender(socket, r.filePath, r.fileOffset, toSend, drop || closeAfter);
}

} // namespace ShotBrief
