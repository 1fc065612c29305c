// SPDX-License-Identifier: MIT
#include "openairoutes.h"

#include "emulatorjobstore.h"
#include "imageprobe.h"
#include "jobrunner.h"
#include "multipartparser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace ShotBrief {

namespace {

constexpr int kMaxPromptChars = 32000;
constexpr int kDefaultListLimit = 20;

/// Gives lupdate and the runtime the same translation context.
struct OpenAiText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::OpenAiRoutes)
};

QStringList sizesFor(const QString &model)
{
    QStringList sizes{QStringLiteral("1280x720"), QStringLiteral("720x1280")};
    if (model.startsWith(QLatin1String("sora-2-pro")))
        sizes << QStringLiteral("1024x1792") << QStringLiteral("1792x1024");
    return sizes;
}

bool isKnownModel(const QString &model)
{
    // "sora-2", "sora-2-pro" and dated snapshots such as "sora-2-2025-10-06".
    static const QRegularExpression re(QStringLiteral("^sora-2(-pro)?(-\\d{4}-\\d{2}-\\d{2})?$"));
    return re.match(model).hasMatch();
}

/// A model routed by an OpenAI-compatible gateway ("vertex_ai/veo-3.0-generate-preview",
/// LiteLLM's provider/model names). The gateway's upstream decides what it accepts, so the
/// emulator only asks for whole seconds and a plausible size.
bool isGatewayModel(const QString &model)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.:/-]+$"));
    return re.match(model).hasMatch();
}

bool isGatewaySeconds(const QString &seconds)
{
    bool ok = false;
    const int value = seconds.toInt(&ok);
    return ok && value >= 1 && value <= 20;
}

bool isPlausibleSize(const QString &size)
{
    static const QRegularExpression re(QStringLiteral("^([1-9][0-9]{2,3})x([1-9][0-9]{2,3})$"));
    const QRegularExpressionMatch match = re.match(size);
    return match.hasMatch() && match.captured(1).toInt() <= 3840 &&
           match.captured(2).toInt() <= 3840;
}

qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}

/// Subject references the emulator's OpenAI dialect takes (Veo's three).
constexpr int kMaxSubjectReferences = 3;

/// An uploaded picture: a file part, or a data: URL of a JSON body.
struct UploadedImage
{
    QByteArray data;
    QByteArray contentType;
};

enum class DataUrl { Decoded, NotDataUrl, BadBase64 };

/// data:[<type>][;base64],<data> into bytes (the emulator is offline, so no remote URLs).
DataUrl decodeDataUrl(const QString &url, UploadedImage *image)
{
    static const QRegularExpression dataUrl(QStringLiteral("^data:([^;,]*)(;[^,]*)?,(.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = dataUrl.match(url);
    if (!m.hasMatch())
        return DataUrl::NotDataUrl;
    const QByteArray payload = m.captured(3).toLatin1();
    if (m.captured(2).contains(QLatin1String("base64"))) {
        auto decoded =
            QByteArray::fromBase64Encoding(payload, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return DataUrl::BadBase64;
        image->data = decoded.decoded;
    } else {
        image->data = QByteArray::fromPercentEncoding(payload);
    }
    image->contentType = m.captured(1).toLatin1();
    return DataUrl::Decoded;
}

} // namespace

struct OpenAiRoutes::CreateFields
{
    QString prompt;
    bool hasPrompt = false;
    QString model = QStringLiteral("sora-2");
    QString seconds = QStringLiteral("4");
    QString size = QStringLiteral("720x1280");
    bool hasReference = false;
    QByteArray referenceData;
    QByteArray referenceContentType;
    QString referenceImageUrl; ///< input_reference[image_url] (SDK 7.x) or JSON image_url
    QString referenceFileId;   ///< input_reference[file_id]
    // ShotBrief's extensions of the shape (README: the emulator), as file parts or, in a JSON
    // body, {"image_url": "data:..."} objects.
    std::optional<UploadedImage> lastFrame; ///< last_frame
    QList<UploadedImage> subjects;          ///< reference_images (repeated)
};

OpenAiRoutes::OpenAiRoutes(EmulatorJobStore *store, JobRunner *runner, EmulatorStats *stats,
                           const EmulatorConfig *config)
    : m_intake(store, runner, stats)
    , m_store(store)
    , m_runner(runner)
    , m_stats(stats)
    , m_config(config)
{}

bool OpenAiRoutes::matches(const QString &path)
{
    return path == QLatin1String("/v1") || path.startsWith(QLatin1String("/v1/")) ||
           path == QLatin1String("/openai/v1") || path.startsWith(QLatin1String("/openai/v1/"));
}

QStringList OpenAiRoutes::segments(const QString &path)
{
    QString rest = path;
    if (rest.startsWith(QLatin1String("/openai/v1")))
        rest = rest.mid(10);
    else if (rest.startsWith(QLatin1String("/v1")))
        rest = rest.mid(3);
    return rest.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

RouteKind OpenAiRoutes::classify(const HttpRequestData &request) const
{
    if (!matches(request.path))
        return RouteKind::Unknown;
    const QStringList s = segments(request.path);
    const QByteArray &m = request.method;
    if (s.size() == 2 && s.at(0) == QLatin1String("emulator") && s.at(1) == QLatin1String("stats"))
        return m == "GET" ? RouteKind::Stats : RouteKind::Other;
    if (s.size() == 2 && s.at(0) == QLatin1String("emulator") && s.at(1) == QLatin1String("faults"))
        return (m == "POST" || m == "PUT") ? RouteKind::Faults : RouteKind::Other;
    if (s.isEmpty() || s.at(0) != QLatin1String("videos"))
        return RouteKind::Other;
    if (s.size() == 1)
        return m == "POST" ? RouteKind::Create : m == "GET" ? RouteKind::List : RouteKind::Other;
    if (s.size() == 2 && s.at(1) == QLatin1String("extensions") && m == "POST")
        return RouteKind::Extend;
    if (s.size() == 2 && s.at(1) == QLatin1String("edits") && m == "POST")
        return RouteKind::Edit;
    if (s.size() == 2)
        return m == "GET"      ? RouteKind::Retrieve
               : m == "DELETE" ? RouteKind::Delete
                               : RouteKind::Other;
    if (s.size() == 3 && s.at(2) == QLatin1String("content"))
        return m == "GET" ? RouteKind::Download : RouteKind::Other;
    if (s.size() == 3 && s.at(2) == QLatin1String("remix"))
        return m == "POST" ? RouteKind::Remix : RouteKind::Other;
    return RouteKind::Other;
}

HttpResponseData OpenAiRoutes::jsonResponse(const QJsonObject &object, int status)
{
    HttpResponseData r;
    r.status = status;
    r.contentType = "application/json";
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponseData OpenAiRoutes::errorResponse(int status, const QString &message,
                                             const QString &type, const QString &param,
                                             const QString &code)
{
    const QJsonObject error{
        {QStringLiteral("message"), message},
        {QStringLiteral("type"), type},
        {QStringLiteral("param"),
         param.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(param)},
        {QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)}};
    return jsonResponse(QJsonObject{{QStringLiteral("error"), error}}, status);
}

HttpResponseData OpenAiRoutes::faultResponse(const FaultRule &rule)
{
    switch (rule.kind) {
    case FaultKind::TooManyRequests: {
        HttpResponseData r = errorResponse(
            429,
            OpenAiText::tr("Rate limit reached for requests (injected by the "
                           "ShotBrief emulator)."),
            QStringLiteral("requests"), QString(), QStringLiteral("rate_limit_exceeded"));
        r.addHeader("retry-after", QByteArray::number(rule.retryAfterSeconds));
        r.addHeader("retry-after-ms", QByteArray::number(qint64(rule.retryAfterSeconds) * 1000));
        return r;
    }
    case FaultKind::ServiceUnavailable:
        return errorResponse(
            503,
            OpenAiText::tr("The server is overloaded or not ready yet (injected by the "
                           "ShotBrief emulator)."),
            QStringLiteral("server_error"), QString(), QStringLiteral("service_unavailable"));
    default:
        return errorResponse(500,
                             OpenAiText::tr("The server had an error while processing your request "
                                            "(injected by the ShotBrief emulator)."),
                             QStringLiteral("server_error"), QString(),
                             QStringLiteral("internal_error"));
    }
}

QJsonObject OpenAiRoutes::statsJson(const EmulatorStats &s, int jobCount)
{
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("emulator.stats")},
                       {QStringLiteral("requests"), s.requests},
                       {QStringLiteral("creates"), s.creates},
                       {QStringLiteral("createCount"), s.creates},
                       {QStringLiteral("remixes"), s.remixes},
                       {QStringLiteral("jobs_made"), s.creates + s.remixes},
                       {QStringLiteral("retrieves"), s.retrieves},
                       {QStringLiteral("lists"), s.lists},
                       {QStringLiteral("downloads"), s.downloads},
                       {QStringLiteral("deletes"), s.deletes},
                       {QStringLiteral("rejected"), s.rejected},
                       {QStringLiteral("faults_injected"), s.faultsInjected},
                       {QStringLiteral("renders_done"), s.rendersDone},
                       {QStringLiteral("renders_failed"), s.rendersFailed},
                       {QStringLiteral("jobs"), jobCount}};
}

std::optional<HttpResponseData> OpenAiRoutes::checkKey(const HttpRequestData &request,
                                                       QString *ownerKey) const
{
    QByteArray key;
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.size() > 7 &&
        authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        key = authorization.mid(7).trimmed();
    if (key.isEmpty())
        key = request.header("api-key").trimmed();
    if (key.isEmpty()) {
        return errorResponse(
            401,
            OpenAiText::tr("You didn't provide an API key. Send it in an Authorization "
                           "header using Bearer auth (Authorization: Bearer YOUR_KEY) "
                           "or in an api-key header."),
            QStringLiteral("invalid_request_error"), QString(), QStringLiteral("missing_api_key"));
    }
    if (!m_config->requiredKey.isEmpty() && key != m_config->requiredKey.toUtf8()) {
        const QString shown = key.size() > 8
                                  ? QString::fromUtf8(key.left(3)) + QStringLiteral("...") +
                                        QString::fromUtf8(key.right(4))
                                  : QStringLiteral("***");
        return errorResponse(401, OpenAiText::tr("Incorrect API key provided: %1.").arg(shown),
                             QStringLiteral("invalid_request_error"), QString(),
                             QStringLiteral("invalid_api_key"));
    }
    *ownerKey = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    return std::nullopt;
}

std::optional<HttpResponseData> OpenAiRoutes::checkRunningLimit(const QString &ownerKey) const
{
    m_runner->tick(); // count what is really still running
    const int running = m_store->runningCount(ownerKey);
    if (running < m_config->maxRunningPerKey)
        return std::nullopt;
    HttpResponseData r = errorResponse(
        429,
        OpenAiText::tr(
            "Too many running tasks: %1 of %2 allowed at once. Wait for a job to finish.")
            .arg(running)
            .arg(m_config->maxRunningPerKey),
        QStringLiteral("invalid_request_error"), QString(),
        QStringLiteral("too_many_running_tasks"));
    r.addHeader("retry-after", QByteArray::number(std::max(1, int(m_config->jobSeconds / 2))));
    return r;
}

HttpResponseData OpenAiRoutes::handle(const HttpRequestData &request, const FaultDecision &decision)
{
    const RouteKind kind = classify(request);
    const QStringList s = segments(request.path);
    if (kind == RouteKind::Stats)
        return jsonResponse(statsJson(*m_stats, int(m_store->jobs().size())));
    if (kind == RouteKind::Unknown || kind == RouteKind::Other) {
        const bool knownPath = !s.isEmpty() && s.at(0) == QLatin1String("videos") && s.size() <= 3;
        if (knownPath)
            return errorResponse(405,
                                 OpenAiText::tr("Method %1 is not allowed on %2.")
                                     .arg(QString::fromLatin1(request.method), request.path),
                                 QStringLiteral("invalid_request_error"), QString(),
                                 QStringLiteral("method_not_allowed"));
        return errorResponse(404,
                             OpenAiText::tr("Unknown request URL: %1 %2.")
                                 .arg(QString::fromLatin1(request.method), request.path),
                             QStringLiteral("invalid_request_error"), QString(),
                             QStringLiteral("unknown_url"));
    }

    QString ownerKey;
    if (auto denied = checkKey(request, &ownerKey))
        return *denied;

    switch (kind) {
    case RouteKind::Create:
        return create(request, decision);
    case RouteKind::Extend:
    case RouteKind::Edit:
        return remix(request, QString(), kind, decision);
    case RouteKind::Retrieve:
        return retrieve(s.at(1));
    case RouteKind::List:
        return list(request);
    case RouteKind::Delete:
        return remove(s.at(1));
    case RouteKind::Download:
        return download(request, s.at(1), decision);
    case RouteKind::Remix:
        return remix(request, s.at(1), kind, decision);
    default:
        break;
    }
    return errorResponse(404, OpenAiText::tr("Unknown request URL."));
}

std::optional<HttpResponseData> OpenAiRoutes::parseMultipartCreate(const HttpRequestData &request,
                                                                   CreateFields *f)
{
    const auto parts = MultipartParser::parse(request.header("content-type"), request.body);
    if (!parts)
        return errorResponse(
            400,
            OpenAiText::tr("Could not parse the multipart body: %1").arg(parts.error().message));
    for (const MultipartPart &part : *parts) {
        const QString value = QString::fromUtf8(part.data);
        if (part.name == QLatin1String("prompt")) {
            f->prompt = value;
            f->hasPrompt = true;
        } else if (part.name == QLatin1String("model")) {
            f->model = value.trimmed();
        } else if (part.name == QLatin1String("seconds")) {
            f->seconds = value.trimmed();
        } else if (part.name == QLatin1String("size")) {
            f->size = value.trimmed();
        } else if (part.name == QLatin1String("input_reference")) {
            if (!part.isFile)
                return errorResponse(
                    400, OpenAiText::tr("'input_reference' must be an image file."),
                    QStringLiteral("invalid_request_error"), QStringLiteral("input_reference"),
                    QStringLiteral("invalid_value"));
            f->hasReference = true;
            f->referenceData = part.data;
            f->referenceContentType = part.contentType;
        } else if (part.name == QLatin1String("last_frame") ||
                   part.name == QLatin1String("reference_images") ||
                   part.name == QLatin1String("reference_images[]")) {
            if (!part.isFile)
                return errorResponse(400,
                                     OpenAiText::tr("'%1' must be an image file.").arg(part.name),
                                     QStringLiteral("invalid_request_error"), part.name,
                                     QStringLiteral("invalid_value"));
            const UploadedImage image{part.data, part.contentType};
            if (part.name == QLatin1String("last_frame"))
                f->lastFrame = image;
            else
                f->subjects.append(image);
        } else if (part.name == QLatin1String("input_reference[image_url]")) {
            f->referenceImageUrl = value.trimmed();
        } else if (part.name == QLatin1String("input_reference[file_id]")) {
            f->referenceFileId = value.trimmed();
        }
    }
    return std::nullopt;
}

std::optional<HttpResponseData> OpenAiRoutes::parseJsonCreate(const HttpRequestData &request,
                                                              CreateFields *f)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return errorResponse(400,
                             OpenAiText::tr("We could not parse the JSON body of your request: %1")
                                 .arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    const auto text = [&o](const char *key, QString *out, bool *present = nullptr) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (present)
            *present = true;
        if (v.isString())
            *out = v.toString();
        else if (v.isDouble() && qstrcmp(key, "seconds") == 0)
            *out = QString::number(v.toInt());
        else
            return false;
        return true;
    };
    const std::pair<const char *, QString *> keys[] = {
        {"prompt", &f->prompt}, {"model", &f->model}, {"seconds", &f->seconds}, {"size", &f->size}};
    for (const auto &[key, target] : keys) {
        if (!text(key, target, target == &f->prompt ? &f->hasPrompt : nullptr))
            return errorResponse(
                400,
                OpenAiText::tr("Invalid type for '%1': expected a string.").arg(QLatin1String(key)),
                QStringLiteral("invalid_request_error"), QLatin1String(key),
                QStringLiteral("invalid_type"));
    }
    const auto picture = [](const QJsonValue &value, UploadedImage *image) {
        return value.isObject() &&
               decodeDataUrl(value.toObject().value(QLatin1String("image_url")).toString(),
                             image) == DataUrl::Decoded;
    };
    const QJsonValue last = o.value(QLatin1String("last_frame"));
    if (!last.isUndefined() && !last.isNull()) {
        UploadedImage image;
        if (!picture(last, &image))
            return errorResponse(400,
                                 OpenAiText::tr("Invalid 'last_frame': send an object with a "
                                                "data: image_url, or the image as a file part."),
                                 QStringLiteral("invalid_request_error"),
                                 QStringLiteral("last_frame"), QStringLiteral("invalid_type"));
        f->lastFrame = image;
    }
    for (const QJsonValue &subject : o.value(QLatin1String("reference_images")).toArray()) {
        UploadedImage image;
        if (!picture(subject, &image))
            return errorResponse(400,
                                 OpenAiText::tr("Invalid 'reference_images': send objects with "
                                                "a data: image_url, or the images as file "
                                                "parts."),
                                 QStringLiteral("invalid_request_error"),
                                 QStringLiteral("reference_images"),
                                 QStringLiteral("invalid_type"));
        f->subjects.append(image);
    }
    const QJsonValue reference = o.value(QLatin1String("input_reference"));
    if (reference.isObject()) {
        f->referenceImageUrl = reference.toObject().value(QLatin1String("image_url")).toString();
        f->referenceFileId = reference.toObject().value(QLatin1String("file_id")).toString();
    } else if (!reference.isUndefined() && !reference.isNull()) {
        return errorResponse(400,
                             OpenAiText::tr("Invalid 'input_reference': send an object with "
                                            "image_url, or the image as a multipart/form-data "
                                            "file part."),
                             QStringLiteral("invalid_request_error"),
                             QStringLiteral("input_reference"), QStringLiteral("invalid_type"));
    }
    return std::nullopt;
}

std::optional<HttpResponseData> OpenAiRoutes::parseCreate(const HttpRequestData &request,
                                                          CreateFields *f)
{
    const QByteArray mediaType =
        request.header("content-type").split(';').first().trimmed().toLower();
    std::optional<HttpResponseData> refused;
    if (mediaType == "multipart/form-data")
        refused = parseMultipartCreate(request, f);
    else if (mediaType == "application/json" ||
             (mediaType.isEmpty() && request.body.startsWith('{')))
        refused = parseJsonCreate(request, f);
    else
        return errorResponse(400, OpenAiText::tr("Unsupported content type '%1': send "
                                                 "multipart/form-data or application/json.")
                                      .arg(QString::fromLatin1(mediaType)));
    if (refused)
        return refused;

    if (!f->referenceFileId.isEmpty())
        return errorResponse(400,
                             OpenAiText::tr("Invalid 'input_reference': file_id references are "
                                            "not supported by the ShotBrief emulator; send the "
                                            "image itself."),
                             QStringLiteral("invalid_request_error"),
                             QStringLiteral("input_reference"),
                             QStringLiteral("unsupported_value"));
    if (f->referenceImageUrl.isEmpty())
        return std::nullopt;
    UploadedImage image;
    const DataUrl decoded = decodeDataUrl(f->referenceImageUrl, &image);
    if (decoded == DataUrl::NotDataUrl)
        return errorResponse(400,
                             OpenAiText::tr("Invalid 'input_reference': the ShotBrief emulator "
                                            "works offline and accepts only data: URLs or file "
                                            "parts."),
                             QStringLiteral("invalid_request_error"),
                             QStringLiteral("input_reference"), QStringLiteral("invalid_value"));
    if (decoded == DataUrl::BadBase64)
        return errorResponse(400, OpenAiText::tr("Invalid 'input_reference': bad base64 data."),
                             QStringLiteral("invalid_request_error"),
                             QStringLiteral("input_reference"), QStringLiteral("invalid_value"));
    f->hasReference = true;
    f->referenceData = image.data;
    f->referenceContentType = image.contentType;
    return std::nullopt;
}

std::optional<HttpResponseData> OpenAiRoutes::checkPrompt(const QString &prompt, bool present)
{
    if (!present)
        return errorResponse(400, OpenAiText::tr("Missing required parameter: 'prompt'."),
                             QStringLiteral("invalid_request_error"), QStringLiteral("prompt"),
                             QStringLiteral("missing_required_parameter"));
    const qsizetype chars = characterCount(prompt);
    if (chars < 1 || chars > kMaxPromptChars || prompt.trimmed().isEmpty())
        return errorResponse(
            400,
            OpenAiText::tr("Invalid 'prompt': it must be 1 to %1 characters long (got %2).")
                .arg(kMaxPromptChars)
                .arg(chars),
            QStringLiteral("invalid_request_error"), QStringLiteral("prompt"),
            QStringLiteral("invalid_value"));
    return std::nullopt;
}

std::optional<HttpResponseData> OpenAiRoutes::validateCreate(const CreateFields &f,
                                                             QList<ImageProbe> *probes)
{
    if (auto refused = checkPrompt(f.prompt, f.hasPrompt))
        return refused;
    const bool gateway = isGatewayModel(f.model);
    if (!gateway && !isKnownModel(f.model))
        return errorResponse(400,
                             OpenAiText::tr("Invalid 'model': '%1'. Supported values are: "
                                            "'sora-2' and 'sora-2-pro'.")
                                 .arg(f.model),
                             QStringLiteral("invalid_request_error"), QStringLiteral("model"),
                             QStringLiteral("invalid_value"));
    if (gateway ? !isGatewaySeconds(f.seconds)
                : f.seconds != QLatin1String("4") && f.seconds != QLatin1String("8") &&
                      f.seconds != QLatin1String("12"))
        return errorResponse(400,
                             OpenAiText::tr("Invalid 'seconds': '%1'. Supported values are: "
                                            "'4', '8' and '12'.")
                                 .arg(f.seconds),
                             QStringLiteral("invalid_request_error"), QStringLiteral("seconds"),
                             QStringLiteral("invalid_value"));
    const QStringList sizes = sizesFor(f.model);
    if (gateway ? !isPlausibleSize(f.size) : !sizes.contains(f.size))
        return errorResponse(
            400,
            OpenAiText::tr("Invalid 'size': '%1' for model %2. Supported values are: %3.")
                .arg(f.size, f.model, sizes.join(QStringLiteral(", "))),
            QStringLiteral("invalid_request_error"), QStringLiteral("size"),
            QStringLiteral("invalid_value"));
    // Every picture must be a JPEG, PNG or WebP; a first or last frame must be the clip's size
    // exactly, as OpenAI requires of input_reference.
    const auto checkImage = [&](const QByteArray &data, const QByteArray &contentType,
                                const QString &field,
                                bool mustMatchSize) -> std::optional<HttpResponseData> {
        const ImageProbe probe = ImageProbe::probe(data);
        const QByteArray declared = contentType.split(';').first().trimmed().toLower();
        const bool declaredOk =
            declared.isEmpty() || declared == "application/octet-stream" ||
            declared == probe.mimeType() ||
            (declared == "image/jpg" && probe.format == ImageProbe::Format::Jpeg);
        if (probe.format == ImageProbe::Format::Unknown || !declaredOk)
            return errorResponse(400,
                                 OpenAiText::tr("Invalid '%1': unsupported image type. Supported "
                                                "types are image/jpeg, image/png and image/webp.")
                                     .arg(field),
                                 QStringLiteral("invalid_request_error"), field,
                                 QStringLiteral("unsupported_file_type"));
        const QString pixelSize =
            QStringLiteral("%1x%2").arg(probe.size.width()).arg(probe.size.height());
        if (mustMatchSize && (!probe.size.isValid() || pixelSize != f.size))
            return errorResponse(
                400,
                OpenAiText::tr("Invalid '%1': the image is %2 but must match the "
                               "requested size %3 exactly.")
                    .arg(field, probe.size.isValid() ? pixelSize : OpenAiText::tr("unreadable"),
                         f.size),
                QStringLiteral("invalid_request_error"), field, QStringLiteral("invalid_value"));
        probes->append(probe);
        return std::nullopt;
    };
    if (f.hasReference) {
        if (auto refused = checkImage(f.referenceData, f.referenceContentType,
                                      QStringLiteral("input_reference"), true))
            return refused;
    }
    if (f.lastFrame) {
        if (auto refused = checkImage(f.lastFrame->data, f.lastFrame->contentType,
                                      QStringLiteral("last_frame"), true))
            return refused;
    }
    if (f.subjects.size() > kMaxSubjectReferences)
        return errorResponse(400,
                             OpenAiText::tr("Invalid 'reference_images': at most %1 images, got "
                                            "%2.")
                                 .arg(kMaxSubjectReferences)
                                 .arg(f.subjects.size()),
                             QStringLiteral("invalid_request_error"),
                             QStringLiteral("reference_images"), QStringLiteral("invalid_value"));
    for (const UploadedImage &subject : f.subjects) {
        if (auto refused = checkImage(subject.data, subject.contentType,
                                      QStringLiteral("reference_images"), false))
            return refused;
    }
    return std::nullopt;
}

HttpResponseData OpenAiRoutes::storeJob(const HttpRequestData &request,
                                        const FaultDecision &decision, EmulatorJob job,
                                        const QList<JobPicture> &pictures, bool remix)
{
    (void)checkKey(request, &job.ownerKey);
    if (auto limited = checkRunningLimit(job.ownerKey))
        return *limited;
    const EmulatorJob *stored = m_intake.admit(std::move(job), pictures, remix);
    if (!stored)
        return errorResponse(500,
                             OpenAiText::tr("The emulator could not store the reference image."),
                             QStringLiteral("server_error"));
    return JobIntake::answer(jsonResponse(stored->toApiJson()), decision);
}

HttpResponseData OpenAiRoutes::create(const HttpRequestData &request, const FaultDecision &decision)
{
    CreateFields f;
    if (auto refused = parseCreate(request, &f))
        return *refused;
    QList<ImageProbe> probes; // reference, last frame, subjects: in the order they are stored
    if (auto refused = validateCreate(f, &probes))
        return *refused;
    EmulatorJob job = JobIntake::newJob(request, decision);
    job.model = f.model;
    job.prompt = f.prompt;
    job.size = f.size;
    job.seconds = f.seconds;
    QList<JobPicture> pictures;
    const auto picture = [&](const QString &base, const QByteArray &data) {
        const QString name =
            base + QLatin1Char('.') + QString::fromLatin1(probes.at(pictures.size()).fileSuffix());
        pictures.append({name, data});
        return name;
    };
    if (f.hasReference)
        job.referenceFile = picture(QStringLiteral("reference"), f.referenceData);
    if (f.lastFrame)
        job.lastFrameFile = picture(QStringLiteral("last"), f.lastFrame->data);
    for (qsizetype i = 0; i < f.subjects.size(); ++i)
        job.subjectFiles.append(
            picture(QStringLiteral("subject-%1").arg(i), f.subjects.at(i).data));
    return storeJob(request, decision, std::move(job), pictures, false);
}

HttpResponseData OpenAiRoutes::retrieve(const QString &id)
{
    m_runner->tick();
    const EmulatorJob *job = m_store->find(id);
    if (!job)
        return errorResponse(404, OpenAiText::tr("Video '%1' not found.").arg(id),
                             QStringLiteral("invalid_request_error"), QStringLiteral("video_id"),
                             QStringLiteral("video_not_found"));
    ++m_stats->retrieves;
    return jsonResponse(job->toApiJson());
}

HttpResponseData OpenAiRoutes::list(const HttpRequestData &request)
{
    m_runner->tick();
    int limit = kDefaultListLimit;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0 || limit > 100)
            return errorResponse(
                400, OpenAiText::tr("Invalid 'limit': it must be an integer from 0 to 100."),
                QStringLiteral("invalid_request_error"), QStringLiteral("limit"),
                QStringLiteral("invalid_value"));
    }
    const QString order = request.query.queryItemValue(QStringLiteral("order"));
    if (!order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc"))
        return errorResponse(
            400,
            OpenAiText::tr("Invalid 'order': '%1'. Supported values are: 'asc' and "
                           "'desc'.")
                .arg(order),
            QStringLiteral("invalid_request_error"), QStringLiteral("order"),
            QStringLiteral("invalid_value"));
    QList<const EmulatorJob *> ordered;
    for (const EmulatorJob &job : m_store->jobs()) {
        if (job.dialect.isEmpty()) // Runway and ComfyUI jobs are not videos of this API
            ordered.append(&job);
    }
    if (order != QLatin1String("asc"))
        std::reverse(ordered.begin(), ordered.end());
    qsizetype start = 0;
    const QString after = request.query.queryItemValue(QStringLiteral("after"));
    if (!after.isEmpty()) {
        const auto it = std::find_if(ordered.cbegin(), ordered.cend(),
                                     [&](const EmulatorJob *j) { return j->id == after; });
        if (it == ordered.cend())
            return errorResponse(
                400, OpenAiText::tr("Invalid 'after': no video with id '%1'.").arg(after),
                QStringLiteral("invalid_request_error"), QStringLiteral("after"),
                QStringLiteral("invalid_value"));
        start = (it - ordered.cbegin()) + 1;
    }
    QJsonArray data;
    for (qsizetype i = start; i < ordered.size() && data.size() < limit; ++i)
        data.append(ordered.at(i)->toApiJson());
    const bool hasMore = start + data.size() < ordered.size();
    ++m_stats->lists;
    auto idOf = [](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("id"));
    };
    return jsonResponse(
        QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                    {QStringLiteral("data"), data},
                    {QStringLiteral("first_id"),
                     data.isEmpty() ? QJsonValue(QJsonValue::Null) : idOf(data.first())},
                    {QStringLiteral("last_id"),
                     data.isEmpty() ? QJsonValue(QJsonValue::Null) : idOf(data.last())},
                    {QStringLiteral("has_more"), hasMore}});
}

HttpResponseData OpenAiRoutes::remove(const QString &id)
{
    if (!m_store->find(id))
        return errorResponse(404, OpenAiText::tr("Video '%1' not found.").arg(id),
                             QStringLiteral("invalid_request_error"), QStringLiteral("video_id"),
                             QStringLiteral("video_not_found"));
    m_runner->forget(id);
    m_store->remove(id);
    (void)m_store->save();
    ++m_stats->deletes;
    return jsonResponse(QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("object"), QStringLiteral("video.deleted")},
                                    {QStringLiteral("deleted"), true}});
}

HttpResponseData OpenAiRoutes::download(const HttpRequestData &request, const QString &id,
                                        const FaultDecision &decision)
{
    m_runner->tick();
    const EmulatorJob *job = m_store->find(id);
    if (!job)
        return errorResponse(404, OpenAiText::tr("Video '%1' not found.").arg(id),
                             QStringLiteral("invalid_request_error"), QStringLiteral("video_id"),
                             QStringLiteral("video_not_found"));
    const QString variant = request.query.hasQueryItem(QStringLiteral("variant"))
                                ? request.query.queryItemValue(QStringLiteral("variant"))
                                : QStringLiteral("video");
    QString path;
    QByteArray type;
    if (variant == QLatin1String("video")) {
        path = m_store->videoPath(id);
        type = "video/mp4";
    } else if (variant == QLatin1String("thumbnail")) {
        path = m_store->thumbnailPath(id);
        type = "image/webp";
        QFile thumbnail(path);
        if (thumbnail.open(QIODevice::ReadOnly) && thumbnail.read(4) == "\x89PNG")
            type = "image/png"; // ffmpeg without libwebp (see ClipRenderer::hasWebpEncoder)
    } else if (variant == QLatin1String("spritesheet")) {
        path = m_store->spritesheetPath(id);
        type = "image/jpeg";
    } else {
        return errorResponse(
            400,
            OpenAiText::tr("Invalid 'variant': '%1'. Supported values are: 'video', "
                           "'thumbnail' and 'spritesheet'.")
                .arg(variant),
            QStringLiteral("invalid_request_error"), QStringLiteral("variant"),
            QStringLiteral("invalid_value"));
    }
    if (job->status == QLatin1String("failed"))
        return errorResponse(400, OpenAiText::tr("Video '%1' failed; it has no content.").arg(id),
                             QStringLiteral("invalid_request_error"), QStringLiteral("video_id"),
                             QStringLiteral("video_failed"));
    if (job->status != QLatin1String("completed"))
        return errorResponse(
            400, OpenAiText::tr("Video '%1' is not ready yet (status %2).").arg(id, job->status),
            QStringLiteral("invalid_request_error"), QStringLiteral("video_id"),
            QStringLiteral("video_not_ready"));
    if (job->isExpired(QDateTime::currentMSecsSinceEpoch()))
        return errorResponse(410, OpenAiText::tr("The content of video '%1' has expired.").arg(id),
                             QStringLiteral("invalid_request_error"), QStringLiteral("video_id"),
                             QStringLiteral("video_expired"));
    const QFileInfo info(path);
    if (!info.exists())
        return errorResponse(404, OpenAiText::tr("The content of video '%1' is missing.").arg(id),
                             QStringLiteral("invalid_request_error"), QStringLiteral("video_id"),
                             QStringLiteral("content_not_found"));

    HttpResponseData r;
    r.contentType = type;
    r.filePath = path;
    r.addHeader("accept-ranges", "bytes");
    const qint64 total = info.size();
    const QByteArray range = request.header("range").trimmed();
    if (!range.isEmpty()) {
        static const QRegularExpression re(QStringLiteral("^bytes=(\\d*)-(\\d*)$"));
        const QRegularExpressionMatch m = re.match(QString::fromLatin1(range));
        qint64 first = -1;
        qint64 last = total - 1;
        if (m.hasMatch() && !(m.captured(1).isEmpty() && m.captured(2).isEmpty())) {
            if (m.captured(1).isEmpty()) { // suffix range: the last N bytes
                first = std::max<qint64>(0, total - m.captured(2).toLongLong());
            } else {
                first = m.captured(1).toLongLong();
                if (!m.captured(2).isEmpty())
                    last = std::min(last, m.captured(2).toLongLong());
            }
        }
        if (first < 0 || first >= total || last < first) {
            HttpResponseData bad =
                errorResponse(416, OpenAiText::tr("Requested range not satisfiable."));
            bad.addHeader("content-range", "bytes */" + QByteArray::number(total));
            return bad;
        }
        r.status = 206;
        r.fileOffset = first;
        r.fileLength = last - first + 1;
        r.addHeader("content-range", "bytes " + QByteArray::number(first) + '-' +
                                         QByteArray::number(last) + '/' +
                                         QByteArray::number(total));
    }
    decision.dropDownload(r);
    ++m_stats->downloads;
    return r;
}

HttpResponseData OpenAiRoutes::remix(const HttpRequestData &request, const QString &pathId,
                                     RouteKind kind, const FaultDecision &decision)
{
    // Remix (POST /videos/{id}/remix), extension and edit (POST /videos/extensions|edits with
    // the source as video[id]) all make a new job from a completed one. The job object has
    // only remixed_from_video_id to name a source, so the emulator uses it for all three.
    QHash<QString, QString> fields;
    bool uploadedVideo = false;
    const QByteArray contentType = request.header("content-type");
    if (contentType.trimmed().toLower().startsWith("multipart/form-data")) {
        const auto parts = MultipartParser::parse(contentType, request.body);
        if (!parts)
            return errorResponse(400, OpenAiText::tr("Could not parse the multipart body: %1")
                                          .arg(parts.error().message));
        for (const MultipartPart &part : *parts) {
            if (part.isFile && part.name == QLatin1String("video"))
                uploadedVideo = true;
            else
                fields.insert(part.name, QString::fromUtf8(part.data));
        }
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return errorResponse(
                400, OpenAiText::tr("We could not parse the JSON body of your request: %1")
                         .arg(parseError.errorString()));
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isString())
                fields.insert(it.key(), it.value().toString());
            else if (it.value().isDouble())
                fields.insert(it.key(), QString::number(it.value().toInt()));
        }
        const QJsonValue video = o.value(QStringLiteral("video"));
        if (video.isObject())
            fields.insert(QStringLiteral("video[id]"),
                          video.toObject().value(QStringLiteral("id")).toString());
    }

    const char *verb = kind == RouteKind::Extend ? "extended"
                       : kind == RouteKind::Edit ? "edited"
                                                 : "remixed";
    QString id = pathId;
    if (kind != RouteKind::Remix) {
        if (uploadedVideo)
            return errorResponse(
                400,
                OpenAiText::tr("Uploading a video is not supported by the ShotBrief "
                               "emulator; send video[id] of a completed video."),
                QStringLiteral("invalid_request_error"), QStringLiteral("video"),
                QStringLiteral("unsupported_value"));
        id = fields.value(QStringLiteral("video[id]"), fields.value(QStringLiteral("video")));
        if (id.isEmpty())
            return errorResponse(400, OpenAiText::tr("Missing required parameter: 'video'."),
                                 QStringLiteral("invalid_request_error"), QStringLiteral("video"),
                                 QStringLiteral("missing_required_parameter"));
    }
    const EmulatorJob *source = m_store->find(id);
    if (!source)
        return errorResponse(404, OpenAiText::tr("Video '%1' not found.").arg(id),
                             QStringLiteral("invalid_request_error"),
                             kind == RouteKind::Remix ? QStringLiteral("video_id")
                                                      : QStringLiteral("video"),
                             QStringLiteral("video_not_found"));
    const QString prompt = fields.value(QStringLiteral("prompt"));
    if (auto refused = checkPrompt(prompt, fields.contains(QStringLiteral("prompt"))))
        return *refused;
    QString seconds = source->seconds;
    if (kind == RouteKind::Extend) {
        seconds = fields.value(QStringLiteral("seconds")).trimmed();
        static const QStringList allowed{QStringLiteral("4"), QStringLiteral("8"),
                                         QStringLiteral("12"), QStringLiteral("16"),
                                         QStringLiteral("20")};
        if (!allowed.contains(seconds))
            return errorResponse(
                400,
                OpenAiText::tr("Invalid 'seconds': '%1'. Supported values are: '4', '8', "
                               "'12', '16' and '20'.")
                    .arg(seconds),
                QStringLiteral("invalid_request_error"), QStringLiteral("seconds"),
                QStringLiteral("invalid_value"));
    }
    if (source->status != QLatin1String("completed"))
        return errorResponse(
            400,
            OpenAiText::tr("Video '%1' must be completed before it can be %2 (status %3).")
                .arg(id, QLatin1String(verb), source->status),
            QStringLiteral("invalid_request_error"),
            kind == RouteKind::Remix ? QStringLiteral("video_id") : QStringLiteral("video"),
            QStringLiteral("invalid_video_state"));
    EmulatorJob job = JobIntake::newJob(request, decision);
    job.model = source->model;
    job.size = source->size;
    job.seconds = seconds;
    job.prompt = prompt;
    job.remixedFromVideoId = id;
    if (job.shotLabel.isEmpty())
        job.shotLabel = source->shotLabel;
    return storeJob(request, decision, std::move(job), {}, true);
}

} // namespace ShotBrief
