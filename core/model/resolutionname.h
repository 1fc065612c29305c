// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// Video APIs that name a picture format by resolution ("720p", "1080p", "1K" ...) and aspect
/// ratio ("16:9") instead of pixels (OpenRouter, Runway): what those names mean in pixels.
namespace ResolutionName {

/// The aspect ratios such APIs know, in their spelling, widest first.
QStringList aspectRatios();
/// The short side of a resolution name in pixels ("720p": 720, "1K": 1080, "2K": 1440,
/// "4K": 2160); 0 when unknown.
int shortSide(const QString &resolution);
/// The pixel size of a resolution at an aspect ratio: the short side from the resolution, the
/// long side rounded to an even number ("480p" at "16:9": 854x480). Invalid when either is
/// unknown.
QSize pixelSize(const QString &resolution, const QString &aspectRatio);

} // namespace ResolutionName

} // namespace ShotBrief
