// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>
#include <QList>

namespace ShotBrief {

/// A colour in CIE L*a*b* (D65), the space colour differences are measured in.
struct LabColor
{
    double l = 0.0;
    double a = 0.0;
    double b = 0.0;

    bool operator==(const LabColor &) const = default;
};

/// sRGB (8 bits per channel) to L*a*b* under D65.
LabColor labFromRgb(QRgb rgb);

/// The CIEDE2000 colour difference (Sharma, Wu and Dalal 2005), kL = kC = kH = 1: about 1 is
/// the smallest difference a person sees side by side, over 10 reads as another colour.
double ciede2000(const LabColor &first, const LabColor &second);

/// The mean absolute difference of two pictures, 0-255 per channel, over R, G and B of every
/// pixel, after scaling both to the smaller one's size (smooth scaling; aspect not kept, as
/// both are frames of shots of one size). -1 when either is empty.
double meanAbsoluteDifference(const QImage &first, const QImage &second);

/// One of a picture's dominant colours, with the share of pixels nearest to it (0-1).
struct DominantColor
{
    QRgb rgb = 0;
    double share = 0.0;
};

/// The `count` dominant colours of `pictures` taken together (k-means in L*a*b* from a
/// deterministic start, so the same pictures always give the same answer), largest share
/// first. The pictures should be small (64x36 is plenty): every pixel is visited.
QList<DominantColor> dominantColors(const QList<QImage> &pictures, int count);

/// The distance of a clip's colours from a declared palette: for each dominant colour, the
/// CIEDE2000 difference to the nearest palette colour, averaged by the colours' shares.
/// -1 when either list is empty.
double paletteDistance(const QList<DominantColor> &colors, const QList<QRgb> &palette);

} // namespace ShotBrief
