// SPDX-License-Identifier: MIT
#include "comfyuivideoprovider.h"

#include "clock.h"
#include "providerhttp.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace ShotBrief {

namespace {

constexpr qint64 MaxUploadBytes = 50ll * 1024 * 1024;
constexpr int HistoryItems = 200;
const QString UploadFolder = QStringLiteral("shotbrief");

QByteArray part(const QByteArray &boundary, const char *name, const QByteArray &value)
{
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" +
           value + "\r\n";
}

/// The take's parameters ShotBrief sent in extra_data.shotbrief, echoed by /queue and /history.
void fillFromExtraData(VideoJob &job, const QJsonValue &extraData)
{
    const QJsonObject mine = extraData.toObject().value(QLatin1String("shotbrief")).toObject();
    job.model = mine.value(QLatin1String("model")).toString();
    job.size = mine.value(QLatin1String("size")).toString();
    job.seconds = mine.value(QLatin1String("seconds")).toInt();
    job.prompt = mine.value(QLatin1String("prompt")).toString();
    const qint64 created = qint64(mine.value(QLatin1String("created_at_ms")).toDouble());
    if (created > 0)
        job.createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
}

bool isVideoFile(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffix == QLatin1String("mp4") || suffix == QLatin1String("webm") ||
           suffix == QLatin1String("mov") || suffix == QLatin1String("mkv") ||
           suffix == QLatin1String("gif") || suffix == QLatin1String("webp");
}

} // namespace

ComfyUiVideoProvider::ComfyUiVideoProvider(const ProviderProfile &profile, const QString &apiKey,
                                           Clock *clock, const QString &userFolder, QObject *parent)
    : VideoProvider(parent)
    , m_profile(profile)
    , m_apiKey(apiKey)
    , m_clock(clock)
    , m_clientId(QStringLiteral("shotbrief-") + QUuid::createUuid().toString(QUuid::Id128))
    , m_userFolder(userFolder)
    , m_seeds([] { return qint64(QRandomGenerator::global()->bounded(0x7fffffff)); })
{
    m_http = new ProviderHttp(clock, profile, apiKey, this);
    // In the body: m_workflowErrors is declared after m_workflows.
    m_workflows = ComfyUiWorkflow::available(userFolder, &m_workflowErrors);
}

ComfyUiVideoProvider::~ComfyUiVideoProvider() = default;

void ComfyUiVideoProvider::setJitterSource(std::function<double()> jitter)
{
    m_http->setJitterSource(std::move(jitter));
}

QString ComfyUiVideoProvider::name() const
{
    return m_profile.name;
}

ProviderCapabilities ComfyUiVideoProvider::capabilities() const
{
    ProviderCapabilities capabilities = m_profile.capabilities;
    for (const ComfyUiWorkflow &workflow : m_workflows) {
        if (!capabilities.model(workflow.id))
            capabilities.models.append(workflow.capability());
    }
    return capabilities;
}

ProviderReply *ComfyUiVideoProvider::listModels()
{
    QStringList errors;
    m_workflows = ComfyUiWorkflow::available(m_userFolder, &errors);
    m_workflowErrors = errors;
    ModelCatalog catalog;
    catalog.warnings = errors;
    for (const ComfyUiWorkflow &workflow : std::as_const(m_workflows)) {
        ModelCapability model = workflow.capability();
        model.usdPerSecond.insert(QStringLiteral("*"), 0.0); // the user's own machine
        catalog.models.append(model);
    }
    auto *reply = new ProviderReply(ProviderReply::Kind::Models, this);
    QMetaObject::invokeMethod(
        reply, [reply, catalog] { reply->finishWithCatalog(catalog); }, Qt::QueuedConnection);
    return reply;
}

QUrl ComfyUiVideoProvider::endpoint(const QString &path) const
{
    return ProviderHttp::endpoint(m_profile.baseUrl, path);
}

QList<QPair<QByteArray, QByteArray>> ComfyUiVideoProvider::headers() const
{
    // A ComfyUI behind an authenticating proxy may want a key; a plain one needs none.
    return ProviderHttp::profileHeaders(m_profile, m_apiKey);
}

const ComfyUiWorkflow *ComfyUiVideoProvider::workflow(const QString &id) const
{
    for (const ComfyUiWorkflow &workflow : m_workflows) {
        if (workflow.id == id)
            return &workflow;
    }
    return nullptr;
}

ProviderReply *ComfyUiVideoProvider::create(const CreateVideoRequest &request)
{
    if (const Result<void> check = m_profile.checkBaseUrl(); !check)
        return ProviderReply::failedLater(
            ProviderReply::Kind::Job,
            ApiError::make(ApiErrorKind::InsecureUrl, check.error().message), this);
    const ComfyUiWorkflow *chosen = workflow(request.model);
    if (!chosen) {
        QStringList known;
        for (const ComfyUiWorkflow &w : m_workflows)
            known << w.id;
        return ProviderReply::failedLater(
            ProviderReply::Kind::Job,
            ApiError::make(ApiErrorKind::InvalidRequest,
                           tr("There is no ComfyUI workflow \"%1\" (known: %2). Add "
                              "it to %3.")
                               .arg(request.model, known.join(QStringLiteral(", ")),
                                    ComfyUiWorkflow::userFolder())),
            this);
    }
    // Check the patch before anything is sent.
    const QString placeholder = QStringLiteral("x");
    const Result<QJsonObject> check =
        chosen->patched(request.prompt, request.size, request.seconds, 0,
                        request.referenceImagePath.isEmpty() ? QString() : placeholder,
                        request.lastFramePath.isEmpty() ? QString() : placeholder, {});
    if (!check)
        return ProviderReply::failedLater(
            ProviderReply::Kind::Job,
            ApiError::make(ApiErrorKind::InvalidRequest, check.error().message), this);

    auto *reply = new ProviderReply(ProviderReply::Kind::Job, this);
    uploadThenQueue(request, *chosen, {request.referenceImagePath, request.lastFramePath}, 0, {},
                    reply);
    return reply;
}

void ComfyUiVideoProvider::uploadThenQueue(const CreateVideoRequest &request,
                                           const ComfyUiWorkflow &workflow,
                                           const QStringList &pictures, int index,
                                           QStringList uploaded, ProviderReply *reply)
{
    if (index >= pictures.size()) {
        queuePrompt(request, workflow, uploaded.value(0), uploaded.value(1), reply);
        return;
    }
    const QString path = pictures.at(index);
    if (path.isEmpty()) {
        uploaded.append(QString());
        uploadThenQueue(request, workflow, pictures, index + 1, uploaded, reply);
        return;
    }
    QFile image(path);
    if (!image.open(QIODevice::ReadOnly) || image.size() > MaxUploadBytes) {
        const ApiError error = ApiError::make(
            ApiErrorKind::LocalFile,
            tr("Cannot read the first frame %1: %2")
                .arg(path, image.isOpen() ? tr("larger than 50 MB") : image.errorString()));
        reply->finishWithErrorLater(error);
        return;
    }
    const QByteArray data = image.readAll();
    // Named by content: uploading the same image again overwrites it with the same bytes.
    const QString fileName =
        QString::fromLatin1(
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(24)) +
        QLatin1Char('.') + QFileInfo(path).suffix().toLower();
    const QByteArray boundary =
        "shotbrief-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    QByteArray body = part(boundary, "subfolder", UploadFolder.toUtf8()) +
                      part(boundary, "type", "input") + part(boundary, "overwrite", "true");
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" +
            fileName.toUtf8() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + data +
            "\r\n--" + boundary + "--\r\n";
    ProviderHttp::Request http;
    http.method = "POST";
    http.url = endpoint(QStringLiteral("/upload/image"));
    http.headers = headers();
    http.contentType = "multipart/form-data; boundary=" + boundary;
    http.body = body;
    m_http->send(
        http, reply,
        [this, reply, request, workflow, pictures, index,
         uploaded](const ProviderHttp::Response &response) mutable {
            if (!response.ok()) {
                reply->finishWithError(response.error);
                return;
            }
            const QJsonObject stored = QJsonDocument::fromJson(response.body).object();
            const QString name = stored.value(QLatin1String("name")).toString();
            const QString subfolder = stored.value(QLatin1String("subfolder")).toString();
            if (name.isEmpty()) {
                reply->finishWithError(ApiError::make(ApiErrorKind::BadResponse,
                                                      tr("ComfyUI did not name the upload.")));
                return;
            }
            uploaded.append(subfolder.isEmpty() ? name : subfolder + QLatin1Char('/') + name);
            uploadThenQueue(request, workflow, pictures, index + 1, uploaded, reply);
        });
}

void ComfyUiVideoProvider::queuePrompt(const CreateVideoRequest &request,
                                       const ComfyUiWorkflow &workflow, const QString &startImage,
                                       const QString &endImage, ProviderReply *reply)
{
    QString label = request.shotLabel;
    label.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    const Result<QJsonObject> graph = workflow.patched(
        request.prompt, request.size, request.seconds, m_seeds(), startImage, endImage,
        QStringLiteral("ShotBrief/") + (label.isEmpty() ? QStringLiteral("take") : label.left(40)));
    if (!graph) {
        reply->finishWithError(ApiError::make(ApiErrorKind::InvalidRequest, graph.error().message));
        return;
    }
    const QDateTime sentAt = m_clock->now();
    const QJsonObject mine{{QStringLiteral("model"), request.model},
                           {QStringLiteral("size"), request.size},
                           {QStringLiteral("seconds"), request.seconds},
                           {QStringLiteral("prompt"), request.prompt},
                           {QStringLiteral("created_at_ms"), double(sentAt.toMSecsSinceEpoch())}};
    const QJsonObject body{
        {QStringLiteral("prompt"), graph.value()},
        {QStringLiteral("client_id"), m_clientId},
        {QStringLiteral("extra_data"), QJsonObject{{QStringLiteral("shotbrief"), mine}}}};
    ProviderHttp::Request http;
    http.method = "POST";
    http.url = endpoint(QStringLiteral("/prompt"));
    http.headers = headers();
    http.contentType = "application/json";
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.startsPaidJob = true; // free, but a duplicate render costs GPU time: reconcile instead
    m_http->send(http, reply, [reply, request, sentAt](const ProviderHttp::Response &response) {
        const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
        if (!response.ok()) {
            ApiError error = response.error;
            // ComfyUI names the node at fault: pass that on.
            const QJsonObject nodeErrors = answer.value(QLatin1String("node_errors")).toObject();
            QStringList details;
            for (auto it = nodeErrors.begin(); it != nodeErrors.end(); ++it) {
                const QJsonObject node = it.value().toObject();
                for (const QJsonValue &e : node.value(QLatin1String("errors")).toArray())
                    details << tr("node %1 (%2): %3")
                                   .arg(it.key(),
                                        node.value(QLatin1String("class_type")).toString(),
                                        e.toObject().value(QLatin1String("message")).toString());
            }
            if (!details.isEmpty())
                error.message += QLatin1Char(' ') + details.join(QStringLiteral("; "));
            reply->finishWithError(error);
            return;
        }
        const QString id = answer.value(QLatin1String("prompt_id")).toString();
        if (id.isEmpty()) {
            ApiError error =
                ApiError::make(ApiErrorKind::BadResponse, tr("ComfyUI's answer has no prompt_id."));
            error.outcomeUnknown = true;
            reply->finishWithError(error);
            return;
        }
        reply->finishWithJob(request.acceptedAs(id, sentAt));
    });
}

VideoJob ComfyUiVideoProvider::jobFromHistory(const QString &id, const QJsonObject &entry)
{
    VideoJob job;
    job.id = id;
    fillFromExtraData(job, entry.value(QLatin1String("prompt")).toArray().at(3));
    const QJsonObject status = entry.value(QLatin1String("status")).toObject();
    if (status.value(QLatin1String("status_str")).toString() == QLatin1String("success") &&
        status.value(QLatin1String("completed")).toBool()) {
        const QJsonObject outputs = entry.value(QLatin1String("outputs")).toObject();
        for (auto node = outputs.begin(); node != outputs.end(); ++node) {
            for (const char *key : {"gifs", "videos", "images"}) {
                for (const QJsonValue &file :
                     node.value().toObject().value(QLatin1String(key)).toArray()) {
                    const QJsonObject f = file.toObject();
                    const QString name = f.value(QLatin1String("filename")).toString();
                    if (!m_outputs.contains(id) && isVideoFile(name) &&
                        f.value(QLatin1String("type")).toString(QStringLiteral("output")) ==
                            QLatin1String("output"))
                        m_outputs.insert(id, {name, f.value(QLatin1String("subfolder")).toString(),
                                              QStringLiteral("output")});
                }
            }
        }
        if (m_outputs.contains(id)) {
            job.status = VideoStatus::Completed;
            job.progress = 100;
        } else {
            job.status = VideoStatus::Failed;
            job.errorCode = QStringLiteral("no_video_output");
            job.errorMessage = tr("The workflow finished without a video file: does it end in "
                                  "SaveVideo or VHS_VideoCombine?");
        }
        return job;
    }
    job.status = VideoStatus::Failed;
    job.errorCode = QStringLiteral("execution_error");
    for (const QJsonValue &message : status.value(QLatin1String("messages")).toArray()) {
        const QJsonArray pair = message.toArray();
        const QString kind = pair.at(0).toString();
        const QJsonObject detail = pair.at(1).toObject();
        if (kind == QLatin1String("execution_interrupted")) {
            job.errorCode = QStringLiteral("interrupted");
            job.errorMessage = tr("The render was interrupted in ComfyUI.");
        } else if (kind == QLatin1String("execution_error")) {
            job.errorMessage =
                tr("ComfyUI failed in node %1 (%2): %3")
                    .arg(detail.value(QLatin1String("node_id")).toString(),
                         detail.value(QLatin1String("node_type")).toString(),
                         detail.value(QLatin1String("exception_message")).toString());
        }
    }
    if (job.errorMessage.isEmpty())
        job.errorMessage = tr("ComfyUI reported an error.");
    return job;
}

void ComfyUiVideoProvider::fetchHistory(const QString &id, ProviderReply *reply,
                                        std::function<void(std::optional<VideoJob>)> then)
{
    ProviderHttp::Request http;
    http.url =
        endpoint(QStringLiteral("/history/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    http.headers = headers();
    m_http->send(http, reply, [this, reply, id, then](const ProviderHttp::Response &response) {
        if (!response.ok()) {
            reply->finishWithError(response.error);
            return;
        }
        const QJsonObject history = QJsonDocument::fromJson(response.body).object();
        if (!history.contains(id)) {
            then(std::nullopt); // not finished (or unknown)
            return;
        }
        then(jobFromHistory(id, history.value(id).toObject()));
    });
}

ProviderReply *ComfyUiVideoProvider::retrieve(const QString &videoId)
{
    auto *reply = new ProviderReply(ProviderReply::Kind::Job, this);
    fetchHistory(videoId, reply, [this, reply, videoId](std::optional<VideoJob> finished) {
        if (finished) {
            reply->finishWithJob(*finished);
            return;
        }
        ProviderHttp::Request http;
        http.url = endpoint(QStringLiteral("/queue"));
        http.headers = headers();
        m_http->send(http, reply, [this, reply, videoId](const ProviderHttp::Response &response) {
            if (!response.ok()) {
                reply->finishWithError(response.error);
                return;
            }
            const QJsonObject queue = QJsonDocument::fromJson(response.body).object();
            for (const char *key : {"queue_running", "queue_pending"}) {
                for (const QJsonValue &item : queue.value(QLatin1String(key)).toArray()) {
                    const QJsonArray entry = item.toArray();
                    if (entry.at(1).toString() != videoId)
                        continue;
                    VideoJob job;
                    job.id = videoId;
                    fillFromExtraData(job, entry.at(3));
                    // Progress comes only over ComfyUI's websocket: running counts as half.
                    const bool running = qstrcmp(key, "queue_running") == 0;
                    job.status = running ? VideoStatus::InProgress : VideoStatus::Queued;
                    job.progress = running ? 50 : 0;
                    reply->finishWithJob(job);
                    return;
                }
            }
            // It may have finished between the two calls: look once more.
            fetchHistory(videoId, reply, [reply, videoId](std::optional<VideoJob> again) {
                if (again) {
                    reply->finishWithJob(*again);
                    return;
                }
                ApiError error = ApiError::make(
                    ApiErrorKind::NotFound,
                    tr("ComfyUI no longer knows the prompt %1 (was it restarted or its history "
                       "cleared?).")
                        .arg(videoId));
                error.httpStatus = 404;
                reply->finishWithError(error);
            });
        });
    });
    return reply;
}

ProviderReply *ComfyUiVideoProvider::list(const ListOptions &)
{
    // /queue and /history together are ComfyUI's list; the take's parameters come back in the
    // extra_data that create() sent, so a lost answer can be matched instead of resent.
    auto *reply = new ProviderReply(ProviderReply::Kind::List, this);
    ProviderHttp::Request http;
    http.url = endpoint(QStringLiteral("/queue"));
    http.headers = headers();
    m_http->send(http, reply, [this, reply](const ProviderHttp::Response &queued) {
        if (!queued.ok()) {
            reply->finishWithError(queued.error);
            return;
        }
        VideoList list;
        const QJsonObject queue = QJsonDocument::fromJson(queued.body).object();
        for (const char *key : {"queue_running", "queue_pending"}) {
            for (const QJsonValue &item : queue.value(QLatin1String(key)).toArray()) {
                const QJsonArray entry = item.toArray();
                VideoJob job;
                job.id = entry.at(1).toString();
                fillFromExtraData(job, entry.at(3));
                job.status = qstrcmp(key, "queue_running") == 0 ? VideoStatus::InProgress
                                                                : VideoStatus::Queued;
                list.data.append(job);
            }
        }
        ProviderHttp::Request history;
        QUrl url = endpoint(QStringLiteral("/history"));
        url.setQuery(QStringLiteral("max_items=%1").arg(HistoryItems));
        history.url = url;
        history.headers = headers();
        m_http->send(history, reply, [this, reply, list](const ProviderHttp::Response &done) {
            if (!done.ok()) {
                reply->finishWithError(done.error);
                return;
            }
            VideoList all = list;
            const QJsonObject entries = QJsonDocument::fromJson(done.body).object();
            for (auto it = entries.begin(); it != entries.end(); ++it)
                all.data.append(jobFromHistory(it.key(), it.value().toObject()));
            std::sort(all.data.begin(), all.data.end(), [](const VideoJob &a, const VideoJob &b) {
                return a.createdAt > b.createdAt;
            });
            if (!all.data.isEmpty()) {
                all.firstId = all.data.first().id;
                all.lastId = all.data.last().id;
            }
            reply->finishWithList(all);
        });
    });
    return reply;
}

ProviderReply *ComfyUiVideoProvider::download(const QString &videoId, DownloadVariant variant,
                                              const QString &targetPath)
{
    if (variant != DownloadVariant::Video)
        return ProviderReply::failedLater(
            ProviderReply::Kind::Download,
            ApiError::make(ApiErrorKind::Other,
                           tr("ComfyUI makes no %1.").arg(downloadVariantKey(variant))),
            this);
    auto *reply = new ProviderReply(ProviderReply::Kind::Download, this);
    auto fetch = [this, reply, videoId, targetPath] {
        const Output output = m_outputs.value(videoId);
        QUrl url = endpoint(QStringLiteral("/view"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("filename"), output.filename);
        query.addQueryItem(QStringLiteral("subfolder"), output.subfolder);
        query.addQueryItem(QStringLiteral("type"), output.type);
        url.setQuery(query);
        ProviderHttp::Request http;
        http.url = url;
        http.headers = headers();
        http.downloadTarget = targetPath;
        m_http->send(http, reply, [reply, targetPath](const ProviderHttp::Response &response) {
            if (response.ok())
                reply->finishWithDownload(targetPath, response.written);
            else
                reply->finishWithError(response.error);
        });
    };
    if (m_outputs.contains(videoId)) {
        QMetaObject::invokeMethod(
            reply,
            [reply, fetch] {
                if (!reply->isFinished())
                    fetch();
            },
            Qt::QueuedConnection);
        return reply;
    }
    fetchHistory(videoId, reply, [this, reply, videoId, fetch](std::optional<VideoJob> job) {
        if (!job || !m_outputs.contains(videoId)) {
            ApiError error =
                ApiError::make(job ? ApiErrorKind::NotFound : ApiErrorKind::InvalidRequest,
                               job ? tr("ComfyUI has no video for the prompt %1.").arg(videoId)
                                   : tr("The prompt %1 has not finished yet.").arg(videoId));
            reply->finishWithError(error);
            return;
        }
        fetch();
    });
    return reply;
}

ProviderReply *ComfyUiVideoProvider::remix(const QString &, const QString &)
{
    return ProviderReply::failedLater(
        ProviderReply::Kind::Job,
        ApiError::make(ApiErrorKind::InvalidRequest,
                       tr("ComfyUI workflows have no remix: generate a new take.")),
        this);
}

ProviderReply *ComfyUiVideoProvider::remove(const QString &videoId)
{
    auto *reply = new ProviderReply(ProviderReply::Kind::Delete, this);
    ProviderHttp::Request queue;
    queue.url = endpoint(QStringLiteral("/queue"));
    queue.headers = headers();
    m_http->send(queue, reply, [this, reply, videoId](const ProviderHttp::Response &response) {
        if (!response.ok()) {
            reply->finishWithError(response.error);
            return;
        }
        bool running = false;
        const QJsonObject state = QJsonDocument::fromJson(response.body).object();
        for (const QJsonValue &item : state.value(QLatin1String("queue_running")).toArray())
            running = running || item.toArray().at(1).toString() == videoId;
        auto dropFromQueue = [this, reply, videoId] {
            ProviderHttp::Request drop;
            drop.method = "POST";
            drop.url = endpoint(QStringLiteral("/queue"));
            drop.headers = headers();
            drop.contentType = "application/json";
            drop.body = QJsonDocument(QJsonObject{{QStringLiteral("delete"), QJsonArray{videoId}}})
                            .toJson(QJsonDocument::Compact);
            m_http->send(drop, reply, [this, reply, videoId](const ProviderHttp::Response &done) {
                m_outputs.remove(videoId);
                if (done.ok())
                    reply->finishDeleted();
                else
                    reply->finishWithError(done.error);
            });
        };
        if (!running) {
            dropFromQueue();
            return;
        }
        // Only a running prompt is interrupted: an older ComfyUI ignores prompt_id and would
        // stop whatever runs, perhaps someone else's render.
        ProviderHttp::Request interrupt;
        interrupt.method = "POST";
        interrupt.url = endpoint(QStringLiteral("/interrupt"));
        interrupt.headers = headers();
        interrupt.contentType = "application/json";
        interrupt.body = QJsonDocument(QJsonObject{{QStringLiteral("prompt_id"), videoId}})
                             .toJson(QJsonDocument::Compact);
        m_http->send(interrupt, reply, [reply, dropFromQueue](const ProviderHttp::Response &done) {
            if (!done.ok()) {
                reply->finishWithError(done.error);
                return;
            }
            dropFromQueue();
        });
    });
    return reply;
}

} // namespace ShotBrief
