// SPDX-License-Identifier: MIT
#include "slatepainter.h"

#include "model/shotname.h"
#include "preview/sequencetimeline.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct SlateText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Slate)
};

} // namespace

void paintSlate(QPainter &painter, const QRectF &rect, const SequenceItem &item,
                const QString &error)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect, QColor(0x1e, 0x1f, 0x24));
    const qreal h = rect.height();
    const qreal margin = std::max<qreal>(8, rect.width() / 24);
    const QRectF inner = rect.adjusted(margin, margin, -margin, -margin);

    // Palette bands along the bottom, the way the animatic draws them.
    const qreal band = h / 8;
    if (!item.palette.isEmpty()) {
        const qreal w = rect.width() / qreal(item.palette.size());
        for (int i = 0; i < item.palette.size(); ++i) {
            const PaletteColor &c = item.palette.at(i);
            const QRectF swatch(rect.left() + i * w, rect.bottom() - band, w, band);
            painter.fillRect(swatch, QColor(c.hex.isEmpty() ? QStringLiteral("#808080") : c.hex));
            QFont f = painter.font();
            f.setPixelSize(int(std::max<qreal>(9, band / 4)));
            painter.setFont(f);
            const QColor bg(c.hex);
            painter.setPen(bg.isValid() && bg.lightnessF() > 0.55 ? Qt::black : Qt::white);
            painter.drawText(swatch.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             c.name);
        }
    }

    QFont labelFont = painter.font();
    labelFont.setPixelSize(int(std::max<qreal>(14, h / 9)));
    labelFont.setBold(true);
    painter.setFont(labelFont);
    painter.setPen(Qt::white);
    const QString label = item.label.isEmpty() ? QStringLiteral("\u2014") : slateTitle(item.label);
    const qreal labelHeight = labelFont.pixelSize() * 1.3;

    QFont small = painter.font();
    small.setBold(false);
    small.setPixelSize(int(std::max<qreal>(10, h / 26)));
    painter.setFont(small);
    painter.setPen(QColor(0x9a, 0x9c, 0xa6));
    const QString kind =
        item.hasClip()
            ? QString()
            : SlateText::tr("SLATE \u00b7 %1 s").arg(double(item.durationMs) / 1000.0, 0, 'g', 3);
    // The name takes the room the "SLATE" note leaves, and ends in an ellipsis when longer.
    const qreal kindWidth =
        kind.isEmpty() ? 0 : QFontMetricsF(small).horizontalAdvance(kind) + small.pixelSize();
    painter.setFont(labelFont);
    painter.setPen(Qt::white);
    painter.drawText(
        QRectF(inner.left(), inner.top(), inner.width() - kindWidth, labelHeight),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(labelFont).elidedText(label, Qt::ElideRight, inner.width() - kindWidth));
    painter.setFont(small);
    painter.setPen(QColor(0x9a, 0x9c, 0xa6));
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), labelHeight),
                     Qt::AlignRight | Qt::AlignVCenter, kind);

    const qreal top = inner.top() + labelHeight + h / 40;
    const qreal bottom = rect.bottom() - band - margin / 2;
    const qreal errorHeight = error.isEmpty() ? 0 : small.pixelSize() * 2.6;
    painter.setPen(QColor(0xd0, 0xd0, 0xd0));
    painter.drawText(QRectF(inner.left(), top, inner.width(), bottom - top - errorHeight),
                     Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                     promptExcerpt(item.prompt, 420));
    if (!error.isEmpty()) {
        painter.setPen(QColor(0xff, 0x6b, 0x6b));
        painter.drawText(QRectF(inner.left(), bottom - errorHeight, inner.width(), errorHeight),
                         Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom,
                         QStringLiteral("\u26a0 ") + error);
    }
    painter.restore();
}

} // namespace ShotBrief
