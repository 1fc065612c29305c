// SPDX-License-Identifier: MIT
#include "modelcatalog.h"

#include "model/resolutionname.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ModelCatalog)
};

constexpr int MaxDurationSeconds = 600;

Error catalogError(const QString &source, const QString &field, const QString &message)
{
    Error error;
    error.file = source;
    error.field = field;
    error.message = message;
    return error;
}

/// The answer as a JSON object, or why not.
Result<QJsonObject> catalogObject(const QByteArray &json, const QString &source)
{
    if (json.size() > MaxCatalogBytes)
        return catalogError(source, {},
                            TrText::tr("The model catalog is %1 MB, more than the %2 MB a catalog "
                                       "may have; it was not read.")
                                .arg(json.size() / (1024 * 1024))
                                .arg(MaxCatalogBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool html = json.trimmed().startsWith('<');
        return catalogError(source, {},
                            html ? TrText::tr("The model catalog is a web page, not JSON: is the "
                                              "base URL the provider's API?")
                                 : TrText::tr("The model catalog is not JSON: %1 at byte %2.")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset));
    }
    if (!document.isObject() || !document.object().value(QLatin1String("data")).isArray())
        return catalogError(source, QStringLiteral("data"),
                            TrText::tr("Expected an object with a \"data\" array of models."));
    return document.object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString() && !list.contains(item.toString()))
            list.append(item.toString());
    }
    return list;
}

bool isSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$"));
    return pattern.match(text).hasMatch();
}

int shortSideOf(const QString &size)
{
    const QStringList wh = size.split(QLatin1Char('x'));
    return std::min(wh.value(0).toInt(), wh.value(1).toInt());
}

/// A price in a SKU: a decimal string ("0.40") or a number; nothing when it is not a finite,
/// non-negative amount.
std::optional<double> skuPrice(const QJsonValue &value)
{
    bool ok = value.isDouble();
    double price = value.toDouble();
    if (value.isString())
        price = value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(price) || price < 0.0)
        return std::nullopt;
    return price;
}

/// A JSON value as it was written ("0", "\"8\"", "4.5"), for messages.
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

/// Durations: whole seconds from 1 to MaxDurationSeconds, sorted, without repeats.
Result<QList<int>> durationsOf(const QJsonValue &value, const QString &source, const QString &field)
{
    QList<int> durations;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const double seconds = array.at(i).toDouble(-1);
        if (!array.at(i).isDouble() || seconds != std::floor(seconds) || seconds < 1 ||
            seconds > MaxDurationSeconds)
            return catalogError(source, field + QStringLiteral("[%1]").arg(i),
                                TrText::tr("Expected a clip length in whole seconds from 1 to "
                                           "%1, got %2.")
                                    .arg(MaxDurationSeconds)
                                    .arg(jsonText(array.at(i))));
        if (!durations.contains(int(seconds)))
            durations.append(int(seconds));
    }
    std::sort(durations.begin(), durations.end());
    return durations;
}

} // namespace

QMap<QString, double> pricesFromSkus(const QJsonObject &skus, const ModelCapability &model,
                                     QString *note)
{
    QMap<QString, double> prices;
    QStringList lines;
    static const QRegularExpression perSecond(QStringLiteral("^per-(?:video-)?second(?:-(.+))?$"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (auto it = skus.begin(); it != skus.end(); ++it) {
        const std::optional<double> price = skuPrice(it.value());
        lines.append(QStringLiteral("%1: %2").arg(
            it.key(), price ? QStringLiteral("$%1").arg(*price) : it.value().toString()));
        const QRegularExpressionMatch match = perSecond.match(it.key());
        if (!price || !match.hasMatch())
            continue;
        const QString variant = match.captured(1);
        if (variant.isEmpty()) {
            prices.insert(QStringLiteral("*"), *price);
            continue;
        }
        // A variant names a resolution ("1080p") or a size ("1792x1024"); others (audio off,
        // a draft mode) are not what ShotBrief asks for.
        const int side = ResolutionName::shortSide(variant);
        for (const QString &size : model.sizes) {
            if (size == variant || (side > 0 && shortSideOf(size) == side))
                prices.insert(size, *price);
        }
    }
    if (note)
        *note = lines.join(QLatin1String("; "));
    return prices;
}

Result<ModelCatalog> parseOpenRouterCatalog(const QByteArray &json, const QString &source)
{
    const Result<QJsonObject> object = catalogObject(json, source);
    if (!object)
        return object.error();
    const QJsonArray data = object->value(QLatin1String("data")).toArray();
    if (data.isEmpty())
        return catalogError(source, QStringLiteral("data"),
                            TrText::tr("The catalog lists no models."));
    ModelCatalog catalog;
    QSet<QString> seen;
    for (int i = 0; i < data.size(); ++i) {
        const QString field = QStringLiteral("data[%1]").arg(i);
        const QJsonObject entry = data.at(i).toObject();
        const QString id = entry.value(QLatin1String("id")).toString();
        if (id.trimmed().isEmpty())
            return catalogError(source, field + QStringLiteral(".id"),
                                TrText::tr("A model has no id."));
        if (seen.contains(id))
            return catalogError(source, field + QStringLiteral(".id"),
                                TrText::tr("The model \"%1\" is listed twice.").arg(id));
        seen.insert(id);

        ModelCapability model;
        model.id = id;
        const Result<QList<int>> durations =
            durationsOf(entry.value(QLatin1String("supported_durations")), source,
                        field + QStringLiteral(".supported_durations"));
        if (!durations)
            return durations.error();
        model.durations = *durations;
        if (model.durations.isEmpty()) {
            catalog.warnings.append(
                TrText::tr("%1: the catalog gives no clip lengths; left out.").arg(id));
            continue;
        }

        const QStringList sizes = strings(entry.value(QLatin1String("supported_sizes")));
        const QStringList resolutions =
            strings(entry.value(QLatin1String("supported_resolutions")));
        QStringList aspects = strings(entry.value(QLatin1String("supported_aspect_ratios")));
        if (aspects.isEmpty())
            aspects = {QStringLiteral("16:9")};
        for (const QString &size : sizes) {
            if (isSize(size))
                model.sizes.append(size);
        }
        if (model.sizes.isEmpty()) {
            for (const QString &resolution : resolutions) {
                for (const QString &aspect : aspects) {
                    const QSize pixels = ResolutionName::pixelSize(resolution, aspect);
                    const QString size =
                        QStringLiteral("%1x%2").arg(pixels.width()).arg(pixels.height());
                    if (pixels.isValid() && !model.sizes.contains(size))
                        model.sizes.append(size);
                }
                if (ResolutionName::shortSide(resolution) > 0)
                    model.resolutions.append(resolution);
            }
        }
        if (model.sizes.isEmpty()) {
            catalog.warnings.append(
                TrText::tr("%1: the catalog gives no picture size ShotBrief knows; left out.")
                    .arg(id));
            continue;
        }

        const QStringList frames = strings(entry.value(QLatin1String("supported_frame_images")));
        model.firstFrame = frames.contains(QLatin1String("first_frame"));
        model.lastFrame = frames.contains(QLatin1String("last_frame"));
        model.maxReferenceImages = 0;         // the catalog does not say
        model.referenceMustMatchSize = false; // OpenRouter's providers crop and scale
        model.audio = entry.value(QLatin1String("generate_audio")).toBool(false);
        model.remix = false;
        model.extend = false;
        model.usdPerSecond = pricesFromSkus(entry.value(QLatin1String("pricing_skus")).toObject(),
                                            model, &model.pricingNote);
        catalog.models.append(model);
    }
    if (catalog.models.isEmpty())
        return catalogError(source, QStringLiteral("data"),
                            TrText::tr("No model of the catalog can be planned with: %1")
                                .arg(catalog.warnings.join(QLatin1Char(' '))));
    return catalog;
}

Result<ModelCatalog> parseLiteLlmModelInfo(const QByteArray &json, const QString &source,
                                           const QList<ModelCapability> &current,
                                           const ModelCapability &modelTemplate)
{
    const Result<QJsonObject> object = catalogObject(json, source);
    if (!object)
        return object.error();
    const QJsonArray data = object->value(QLatin1String("data")).toArray();
    ModelCatalog catalog;
    QSet<QString> seen;
    for (int i = 0; i < data.size(); ++i) {
        const QJsonObject entry = data.at(i).toObject();
        const QJsonObject info = entry.value(QLatin1String("model_info")).toObject();
        if (info.value(QLatin1String("mode")).toString() != QLatin1String("video_generation"))
            continue;
        const QString id = entry.value(QLatin1String("model_name")).toString();
        const QString field = QStringLiteral("data[%1].model_name").arg(i);
        if (id.trimmed().isEmpty())
            return catalogError(source, field, TrText::tr("A model has no name."));
        // A gateway routes one name to several deployments: one model for ShotBrief.
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const auto known = std::find_if(current.cbegin(), current.cend(),
                                        [&id](const ModelCapability &m) { return m.id == id; });
        ModelCapability model = known != current.cend() ? *known : modelTemplate;
        model.id = id;
        if (known == current.cend())
            catalog.warnings.append(
                TrText::tr("%1: the gateway does not say its clip lengths and sizes; it plans "
                           "with those of %2 until you edit them.")
                    .arg(id, modelTemplate.id));
        for (const char *key : {"output_cost_per_second", "output_cost_per_video_per_second"}) {
            const QJsonValue value = info.value(QLatin1String(key));
            if (const std::optional<double> price = skuPrice(value); price && !value.isString()) {
                model.usdPerSecond = {{QStringLiteral("*"), *price}};
                model.pricingNote = QStringLiteral("%1: $%2").arg(QLatin1String(key)).arg(*price);
            }
        }
        catalog.models.append(model);
    }
    if (catalog.models.isEmpty())
        return catalogError(source, QStringLiteral("data"),
                            TrText::tr("The gateway lists no video generation models (model_info"
                                       ".mode \"video_generation\")."));
    return catalog;
}

QJsonObject openRouterFormatFields(const ModelCapability &model, const QString &size)
{
    for (const QString &resolution : model.resolutions) {
        for (const QString &aspect : ResolutionName::aspectRatios()) {
            const QSize pixels = ResolutionName::pixelSize(resolution, aspect);
            if (QStringLiteral("%1x%2").arg(pixels.width()).arg(pixels.height()) == size)
                return {{QStringLiteral("resolution"), resolution},
                        {QStringLiteral("aspect_ratio"), aspect}};
        }
    }
    return {{QStringLiteral("size"), size}};
}

} // namespace ShotBrief
