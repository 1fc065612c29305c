// SPDX-License-Identifier: MIT
#pragma once

#include "model/capabilities.h"
#include "model/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// The models a provider's catalog lists, made into the capabilities ShotBrief plans with
/// exactly as it plans with hand-written models.
struct ModelCatalog
{
    QList<ModelCapability> models;
    QStringList warnings; ///< Translated: models left out of the catalog and why.

    bool operator==(const ModelCatalog &) const = default;
};

/// The largest catalog answer read; a bigger one is refused, not parsed.
inline constexpr qint64 MaxCatalogBytes = 8 * 1024 * 1024;

/// OpenRouter's `GET /videos/models` answer (`{"data": [{id, supported_durations, ...}]}`).
/// Refused as a whole, naming `source` and the field, when it is not JSON, lists no models,
/// lists a model twice, a duration that is not a whole number of seconds from 1 to 600, or is
/// larger than MaxCatalogBytes; a model without durations or a picture format it can make is
/// left out with a warning. Sizes come from `supported_sizes`, else from each resolution at
/// each aspect ratio (ResolutionName::pixelSize); frame support from
/// `supported_frame_images`; prices from `pricing_skus` (pricesFromSkus).
Result<ModelCatalog> parseOpenRouterCatalog(const QByteArray &json, const QString &source);

/// A LiteLLM gateway's `GET /model/info`: the entries whose `model_info.mode` is
/// "video_generation" become models (id = `model_name`). The gateway does not say lengths,
/// sizes or frames: a model `current` already has keeps them; a new one gets `template`'s, with
/// a warning. `output_cost_per_second` (or `output_cost_per_video_per_second`) is its price.
Result<ModelCatalog> parseLiteLlmModelInfo(const QByteArray &json, const QString &source,
                                           const QList<ModelCapability> &current,
                                           const ModelCapability &modelTemplate);

/// OpenRouter's price list of a model ({"per-video-second": "0.40", "per-video-second-1080p":
/// "0.50", "per-video-second-1792x1024": "0.50", ...}) as USD per second by size for `model`'s
/// sizes ("*" for the base price). SKUs that are not per second of video, or name something
/// ShotBrief does not plan with (such as audio off), do not change the estimate; `note`
/// receives every SKU as text for tooltips.
QMap<QString, double> pricesFromSkus(const QJsonObject &skus, const ModelCapability &model,
                                     QString *note);

/// The request fields that ask `model` for a clip of `size` in OpenRouter's terms:
/// {"resolution", "aspect_ratio"} for a model that names resolutions (ResolutionName), else
/// {"size"}.
QJsonObject openRouterFormatFields(const ModelCapability &model, const QString &size);

} // namespace ShotBrief
