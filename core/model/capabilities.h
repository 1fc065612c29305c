// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// First and last frames and subject references over this many pixels are refused everywhere
/// (the linter, the inspector, generation): no provider takes them, and decoding one would
/// cost hundreds of megabytes.
inline constexpr qint64 MaxFramePixels = 50'000'000;

/// What one model of a provider accepts. The timeline, inspector, linter and estimate
/// follow this, never constants.
struct ModelCapability
{
    QString id;                         ///< "sora-2"
    QList<int> durations;               ///< Legal clip lengths in seconds, ascending.
    QStringList sizes;                  ///< "1280x720" ...
    bool firstFrame = true;             ///< Takes a picture as the clip's first frame.
    bool lastFrame = false;             ///< Takes a picture as the clip's last frame.
    int maxReferenceImages = 0;         ///< Subject references (cast pictures) it takes; 0: none.
    bool referenceMustMatchSize = true; ///< A first or last frame must be the clip's size.
    bool remix = false;
    bool extend = false;
    bool audio = true;
    int maxPromptChars = 32000;
    /// List price in USD per second of output by size ("*": any size). Empty: the profile
    /// declares no price and estimates fall back to the built-in price table.
    QMap<QString, double> usdPerSecond;
    /// The provider's own names of the resolutions it makes ("720p", "1080p"), when it asks
    /// for those and an aspect ratio instead of a size (OpenRouter); empty: it takes sizes.
    QStringList resolutions;
    /// The provider's price list as it gave it (OpenRouter's pricing_skus), for tooltips.
    QString pricingNote;

    bool operator==(const ModelCapability &) const = default;
};

/// What a provider profile can do.
struct ProviderCapabilities
{
    QList<ModelCapability> models;
    int maxConcurrentJobs = 2;
    int retentionHours = 24; ///< How long the provider keeps finished content.

    const ModelCapability *model(const QString &modelId) const;
    /// The durations of a model, or of the first model when the id is unknown.
    QList<int> durationsFor(const QString &modelId) const;
    /// The legal duration nearest to `seconds` (ties go to the shorter one).
    int nearestDuration(const QString &modelId, int seconds) const;

    /// The OpenAI Videos API as documented in videos-api.md (sora-2, sora-2-pro).
    static ProviderCapabilities openAiVideos();

    bool operator==(const ProviderCapabilities &) const = default;
};

} // namespace ShotBrief
