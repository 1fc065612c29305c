// SPDX-License-Identifier: MIT
#include "slate.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QImageReader>
#include <QPainter>
#include <QRectF>

namespace ShotBrief {

bool containsKana(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x3040 && c.unicode() <= 0x30ff)
            return true;
    }
    return false;
}

QStringList exportFontFamilies(const QString &text)
{
    if (containsKana(text)) {
        return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP"),
                QStringLiteral("Noto Sans CJK SC")};
    }
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("Noto Sans CJK JP")};
}

double frameAspect(const QString &size)
{
    const QStringList parts = size.split(QLatin1Char('x'));
    if (parts.size() == 2) {
        const double width = parts.at(0).toDouble();
        const double height = parts.at(1).toDouble();
        if (width > 0 && height > 0)
            return width / height;
    }
    return 16.0 / 9.0;
}

void paintSlate(QPainter &painter, const QRectF &rect, const ExportShot &shot)
{
    painter.save();
    painter.setClipRect(rect);
    const Palette &palette = shot.palette;
    QList<QColor> colors;
    for (const PaletteColor &color : palette) {
        const QColor parsed = QColor(normalizedHexColor(color.hex));
        if (parsed.isValid())
            colors.append(parsed);
    }
    if (colors.isEmpty())
        colors = {QColor(0x55, 0x5b, 0x66), QColor(0x7a, 0x80, 0x8a)};
    const qreal band = rect.width() / colors.size();
    for (int i = 0; i < colors.size(); ++i) {
        // Round the band edges outward so that no hairline of background shows between them.
        painter.fillRect(QRectF(rect.left() + i * band, rect.top(), band + 1, rect.height()),
                         colors.at(i));
    }

    QFont font;
    font.setFamilies(exportFontFamilies(shot.displayLabel()));
    font.setBold(true);
    font.setPixelSize(qMax(6, int(rect.height() * 0.22)));
    const QString label = shot.displayLabel();
    QFontMetricsF metrics(font, painter.device());
    QRectF textRect = metrics.boundingRect(label);
    // Long labels shrink to fit the slate rather than running off it.
    const qreal maxWidth = rect.width() * 0.8;
    if (textRect.width() > maxWidth) {
        font.setPixelSize(qMax(4, int(font.pixelSize() * maxWidth / textRect.width())));
        metrics = QFontMetricsF(font, painter.device());
        textRect = metrics.boundingRect(label);
    }
    const qreal padding = rect.height() * 0.06;
    QRectF box(0, 0, textRect.width() + 2 * padding, metrics.height() + padding);
    box.moveCenter(rect.center());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 170));
    painter.drawRoundedRect(box, padding, padding);
    painter.setPen(Qt::white);
    painter.setFont(font);
    painter.drawText(box, Qt::AlignCenter, label);

    QFont small = font;
    small.setBold(false);
    small.setPixelSize(qMax(4, int(rect.height() * 0.07)));
    painter.setFont(small);
    const QString footerText =
        QStringLiteral("#%1 \u00b7 %2 s").arg(shot.number).arg(shot.shot->durationSeconds);
    const QFontMetricsF smallMetrics(small, painter.device());
    QRectF footer(0, 0, smallMetrics.horizontalAdvance(footerText) + small.pixelSize(),
                  smallMetrics.height() + small.pixelSize() * 0.3);
    footer.moveBottomLeft(QPointF(rect.left() + padding * 0.5, rect.bottom() - padding * 0.5));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 150));
    painter.drawRoundedRect(footer, small.pixelSize() * 0.3, small.pixelSize() * 0.3);
    painter.setPen(Qt::white);
    painter.drawText(footer, Qt::AlignCenter, footerText);
    painter.restore();
}

QImage loadShotPicture(const ExportShot &shot, const QSize &bounds)
{
    QImage image = loadShotPicture(shot.picture, bounds);
    if (image.isNull())
        return {};
    if (!bounds.isEmpty() && (image.width() > bounds.width() || image.height() > bounds.height()))
        image = image.scaled(bounds, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

void paintFrameInsets(QPainter &painter, const QRectF &frame, const ExportShot &shot)
{
    const qreal insetWidth = frame.width() * 0.3;
    const qreal insetHeight = insetWidth / frameAspect(shot.size);
    const qreal pad = frame.width() * 0.02;
    for (const bool first : {true, false}) {
        const QString path = first ? shot.firstFramePath : shot.lastFramePath;
        if (path.isEmpty())
            continue;
        const QImage image = loadScaledImage(path, QSize(360, 360));
        if (image.isNull())
            continue;
        const QRectF inset(first ? frame.left() + pad : frame.right() - pad - insetWidth,
                           frame.bottom() - pad - insetHeight, insetWidth, insetHeight);
        painter.save();
        painter.fillRect(inset, Qt::black);
        QRectF target(QPointF(), QSizeF(image.size()).scaled(inset.size(), Qt::KeepAspectRatio));
        target.moveCenter(inset.center());
        painter.drawImage(target, image);
        painter.setPen(QPen(Qt::white, qMax<qreal>(1.0, insetWidth / 120)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(inset);
        const QString label = first
                                  ? QCoreApplication::translate("ShotBrief::Export", "first frame")
                                  : QCoreApplication::translate("ShotBrief::Export", "last frame");
        QFont font(exportFontFamilies(label).first());
        font.setFamilies(exportFontFamilies(label));
        font.setPixelSize(qMax(6, int(insetHeight / 7)));
        painter.setFont(font);
        const QFontMetricsF metrics(font, painter.device());
        const QRectF tag(inset.left(), inset.top(), metrics.horizontalAdvance(label) + pad,
                         metrics.height());
        painter.fillRect(tag, QColor(0, 0, 0, 170));
        painter.setPen(Qt::white);
        painter.drawText(tag, Qt::AlignCenter, label);
        painter.restore();
    }
}

QImage loadScaledImage(const QString &path, const QSize &bounds)
{
    if (path.isEmpty())
        return {};
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    // Decoding at the target size is what keeps a 200-shot sheet fast.
    if (original.isValid() && !bounds.isEmpty() &&
        (original.width() > bounds.width() || original.height() > bounds.height()))
        reader.setScaledSize(original.scaled(bounds, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (!bounds.isEmpty() && (image.width() > bounds.width() || image.height() > bounds.height()))
        image = image.scaled(bounds, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace ShotBrief
