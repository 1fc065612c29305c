// SPDX-License-Identifier: MIT
#include "resolutionname.h"

#include <QHash>

#include <cmath>

namespace ShotBrief::ResolutionName {

QStringList aspectRatios()
{
    return {QStringLiteral("21:9"), QStringLiteral("16:9"), QStringLiteral("3:2"),
            QStringLiteral("4:3"),  QStringLiteral("1:1"),  QStringLiteral("3:4"),
            QStringLiteral("2:3"),  QStringLiteral("9:16"), QStringLiteral("9:21")};
}

int shortSide(const QString &resolution)
{
    // "1K" is sold as 1080p-class output, "2K" as 1440p and "4K" as 2160p.
    static const QHash<QString, int> sides{
        {QStringLiteral("360p"), 360},   {QStringLiteral("480p"), 480},
        {QStringLiteral("540p"), 540},   {QStringLiteral("720p"), 720},
        {QStringLiteral("768p"), 768},   {QStringLiteral("1080p"), 1080},
        {QStringLiteral("1440p"), 1440}, {QStringLiteral("2160p"), 2160},
        {QStringLiteral("1K"), 1080},    {QStringLiteral("2K"), 1440},
        {QStringLiteral("4K"), 2160}};
    return sides.value(resolution);
}

QSize pixelSize(const QString &resolution, const QString &aspectRatio)
{
    const int side = shortSide(resolution);
    const QStringList ratio = aspectRatio.split(QLatin1Char(':'));
    bool wideOk = false;
    bool highOk = false;
    const int wide = ratio.value(0).toInt(&wideOk);
    const int high = ratio.value(1).toInt(&highOk);
    if (side == 0 || ratio.size() != 2 || !wideOk || !highOk || wide <= 0 || high <= 0)
        return {};
    const double longSide = side * double(std::max(wide, high)) / std::min(wide, high);
    const int even = 2 * int(std::lround(longSide / 2.0));
    return wide >= high ? QSize(even, side) : QSize(side, even);
}

} // namespace ShotBrief::ResolutionName
