// SPDX-License-Identifier: MIT
#include "colordifference.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ShotBrief {

namespace {

double linearChannel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double labF(double t)
{
    constexpr double epsilon = 216.0 / 24389.0;
    constexpr double kappa = 24389.0 / 27.0;
    return t > epsilon ? std::cbrt(t) : (kappa * t + 16.0) / 116.0;
}

double degrees(double radians)
{
    return radians * 180.0 / std::numbers::pi;
}

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

double squaredDistance(const LabColor &a, const LabColor &b)
{
    const double dl = a.l - b.l;
    const double da = a.a - b.a;
    const double db = a.b - b.b;
    return dl * dl + da * da + db * db;
}

} // namespace

LabColor labFromRgb(QRgb rgb)
{
    const double r = linearChannel(qRed(rgb));
    const double g = linearChannel(qGreen(rgb));
    const double b = linearChannel(qBlue(rgb));
    // sRGB to XYZ (D65), normalised by the D65 white point.
    const double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
    const double fx = labF(x);
    const double fy = labF(y);
    const double fz = labF(z);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

double ciede2000(const LabColor &first, const LabColor &second)
{
    const double c1 = std::hypot(first.a, first.b);
    const double c2 = std::hypot(second.a, second.b);
    const double cMean = (c1 + c2) / 2.0;
    const double cMean7 = std::pow(cMean, 7.0);
    const double g = 0.5 * (1.0 - std::sqrt(cMean7 / (cMean7 + std::pow(25.0, 7.0))));
    const double a1 = (1.0 + g) * first.a;
    const double a2 = (1.0 + g) * second.a;
    const double c1p = std::hypot(a1, first.b);
    const double c2p = std::hypot(a2, second.b);
    const auto hue = [](double b, double a) {
        if (a == 0.0 && b == 0.0)
            return 0.0;
        const double h = degrees(std::atan2(b, a));
        return h < 0.0 ? h + 360.0 : h;
    };
    const double h1p = hue(first.b, a1);
    const double h2p = hue(second.b, a2);

    const double dLp = second.l - first.l;
    const double dCp = c2p - c1p;
    double dhp = 0.0;
    if (c1p * c2p != 0.0) {
        dhp = h2p - h1p;
        if (dhp > 180.0)
            dhp -= 360.0;
        else if (dhp < -180.0)
            dhp += 360.0;
    }
    const double dHp = 2.0 * std::sqrt(c1p * c2p) * std::sin(radians(dhp / 2.0));

    const double lpMean = (first.l + second.l) / 2.0;
    const double cpMean = (c1p + c2p) / 2.0;
    double hpMean = h1p + h2p;
    if (c1p * c2p != 0.0) {
        if (std::abs(h1p - h2p) <= 180.0)
            hpMean /= 2.0;
        else if (h1p + h2p < 360.0)
            hpMean = (hpMean + 360.0) / 2.0;
        else
            hpMean = (hpMean - 360.0) / 2.0;
    }
    const double t = 1.0 - 0.17 * std::cos(radians(hpMean - 30.0)) +
                     0.24 * std::cos(radians(2.0 * hpMean)) +
                     0.32 * std::cos(radians(3.0 * hpMean + 6.0)) -
                     0.20 * std::cos(radians(4.0 * hpMean - 63.0));
    const double dTheta = 30.0 * std::exp(-std::pow((hpMean - 275.0) / 25.0, 2.0));
    const double cpMean7 = std::pow(cpMean, 7.0);
    const double rc = 2.0 * std::sqrt(cpMean7 / (cpMean7 + std::pow(25.0, 7.0)));
    const double lDistance = (lpMean - 50.0) * (lpMean - 50.0);
    const double sl = 1.0 + 0.015 * lDistance / std::sqrt(20.0 + lDistance);
    const double sc = 1.0 + 0.045 * cpMean;
    const double sh = 1.0 + 0.015 * cpMean * t;
    const double rt = -std::sin(radians(2.0 * dTheta)) * rc;
    const double l = dLp / sl;
    const double c = dCp / sc;
    const double h = dHp / sh;
    return std::sqrt(l * l + c * c + h * h + rt * c * h);
}

double meanAbsoluteDifference(const QImage &first, const QImage &second)
{
    if (first.isNull() || second.isNull())
        return -1.0;
    const QSize size(std::min(first.width(), second.width()),
                     std::min(first.height(), second.height()));
    const auto prepared = [size](const QImage &image) {
        const QImage scaled = image.size() == size ? image
                                                   : image.scaled(size, Qt::IgnoreAspectRatio,
                                                                  Qt::SmoothTransformation);
        return scaled.convertToFormat(QImage::Format_RGB888);
    };
    const QImage a = prepared(first);
    const QImage b = prepared(second);
    quint64 total = 0;
    for (int y = 0; y < size.height(); ++y) {
        const uchar *rowA = a.constScanLine(y);
        const uchar *rowB = b.constScanLine(y);
        for (int x = 0; x < size.width() * 3; ++x)
            total += quint64(std::abs(int(rowA[x]) - int(rowB[x])));
    }
    const quint64 samples = quint64(size.width()) * quint64(size.height()) * 3;
    return samples == 0 ? -1.0 : double(total) / double(samples);
}

QList<DominantColor> dominantColors(const QList<QImage> &pictures, int count)
{
    QList<LabColor> pixels;
    QList<QRgb> rgbs;
    for (const QImage &picture : pictures) {
        const QImage rgb = picture.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < rgb.height(); ++y) {
            const auto *row = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
            for (int x = 0; x < rgb.width(); ++x) {
                rgbs.append(row[x]);
                pixels.append(labFromRgb(row[x]));
            }
        }
    }
    if (pixels.isEmpty() || count < 1)
        return {};

    // Deterministic start (k-means++ without randomness): the first centre is the pixel
    // nearest the mean, each next one the pixel farthest from the centres so far.
    LabColor mean;
    for (const LabColor &p : pixels) {
        mean.l += p.l;
        mean.a += p.a;
        mean.b += p.b;
    }
    mean.l /= pixels.size();
    mean.a /= pixels.size();
    mean.b /= pixels.size();
    QList<LabColor> centres;
    qsizetype nearest = 0;
    for (qsizetype i = 1; i < pixels.size(); ++i) {
        if (squaredDistance(pixels.at(i), mean) < squaredDistance(pixels.at(nearest), mean))
            nearest = i;
    }
    centres.append(pixels.at(nearest));
    QList<double> distance(pixels.size(), 0.0);
    for (qsizetype i = 0; i < pixels.size(); ++i)
        distance[i] = squaredDistance(pixels.at(i), centres.first());
    while (centres.size() < count) {
        const auto farthest = std::max_element(distance.cbegin(), distance.cend());
        if (*farthest <= 1e-6)
            break; // fewer distinct colours than asked for
        const LabColor centre = pixels.at(farthest - distance.cbegin());
        centres.append(centre);
        for (qsizetype i = 0; i < pixels.size(); ++i)
            distance[i] = std::min(distance.at(i), squaredDistance(pixels.at(i), centre));
    }

    QList<int> cluster(pixels.size(), 0);
    for (int iteration = 0; iteration < 20; ++iteration) {
        bool moved = false;
        for (qsizetype i = 0; i < pixels.size(); ++i) {
            int best = 0;
            for (int c = 1; c < centres.size(); ++c) {
                if (squaredDistance(pixels.at(i), centres.at(c)) <
                    squaredDistance(pixels.at(i), centres.at(best)))
                    best = c;
            }
            moved = moved || cluster.at(i) != best;
            cluster[i] = best;
        }
        if (!moved && iteration > 0)
            break;
        QList<LabColor> sums(centres.size());
        QList<int> sizes(centres.size(), 0);
        for (qsizetype i = 0; i < pixels.size(); ++i) {
            LabColor &sum = sums[cluster.at(i)];
            sum.l += pixels.at(i).l;
            sum.a += pixels.at(i).a;
            sum.b += pixels.at(i).b;
            ++sizes[cluster.at(i)];
        }
        for (int c = 0; c < centres.size(); ++c) {
            if (sizes.at(c) > 0)
                centres[c] = {sums.at(c).l / sizes.at(c), sums.at(c).a / sizes.at(c),
                              sums.at(c).b / sizes.at(c)};
        }
    }

    // Each cluster is reported as its most typical pixel (a real colour of the clip).
    QList<DominantColor> colors(centres.size());
    QList<double> best(centres.size(), -1.0);
    for (qsizetype i = 0; i < pixels.size(); ++i) {
        const int c = cluster.at(i);
        colors[c].share += 1.0;
        const double d = squaredDistance(pixels.at(i), centres.at(c));
        if (best.at(c) < 0.0 || d < best.at(c)) {
            best[c] = d;
            colors[c].rgb = rgbs.at(i);
        }
    }
    for (DominantColor &color : colors)
        color.share /= double(pixels.size());
    colors.removeIf([](const DominantColor &color) { return color.share <= 0.0; });
    std::stable_sort(
        colors.begin(), colors.end(),
        [](const DominantColor &a, const DominantColor &b) { return a.share > b.share; });
    return colors;
}

double paletteDistance(const QList<DominantColor> &colors, const QList<QRgb> &palette)
{
    if (colors.isEmpty() || palette.isEmpty())
        return -1.0;
    QList<LabColor> declared;
    for (QRgb rgb : palette)
        declared.append(labFromRgb(rgb));
    double weighted = 0.0;
    double shares = 0.0;
    for (const DominantColor &color : colors) {
        const LabColor lab = labFromRgb(color.rgb);
        double nearest = -1.0;
        for (const LabColor &target : declared) {
            const double d = ciede2000(lab, target);
            if (nearest < 0.0 || d < nearest)
                nearest = d;
        }
        weighted += nearest * color.share;
        shares += color.share;
    }
    return shares > 0.0 ? weighted / shares : -1.0;
}

} // namespace ShotBrief
