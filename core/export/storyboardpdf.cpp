// SPDX-License-Identifier: MIT
#include "storyboardpdf.h"

#include "pdfflow.h"
#include "promptsheetpdf.h"
#include "slate.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Export)
};

QFont storyFont(qreal points, bool bold = false)
{
    QFont font;
    font.setFamilies(exportFontFamilies());
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Wraps `text` into `rect` and elides the last line that fits, so a caption never spills.
void drawCaption(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QFont captionFont = font;
    captionFont.setFamilies(exportFontFamilies(flat));
    QTextLayout layout(flat, captionFont, painter.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetricsF metrics(captionFont, painter.device());
    const int maxLines = qMax(1, int(rect.height() / metrics.lineSpacing()));
    layout.beginLayout();
    qreal y = 0;
    int shown = 0;
    int lastStart = 0;
    bool truncated = false;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        if (shown == maxLines) {
            truncated = true;
            break;
        }
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, y));
        y += line.height();
        lastStart = line.textStart();
        ++shown;
    }
    layout.endLayout();
    painter.setFont(captionFont);
    for (int i = 0; i < shown; ++i) {
        const QTextLine line = layout.lineAt(i);
        if (i == shown - 1 && truncated) {
            const QString rest = flat.mid(lastStart);
            painter.drawText(QPointF(rect.left(), rect.top() + line.y() + line.ascent()),
                             metrics.elidedText(rest, Qt::ElideRight, rect.width()));
        } else {
            line.draw(&painter, rect.topLeft());
        }
    }
}

QString captionFor(const ExportShot &item)
{
    if (!item.shot->actionBeats.isEmpty())
        return item.shot->actionBeats.join(QLatin1String("; "));
    return item.shot->sceneProse;
}

} // namespace

Result<QByteArray> exportStoryboardPdf(const ExportData &data, const ExportOptions &options,
                                       const ExportProgress &progress)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setupPdfWriter(writer, options, data.projectTitle);
    const int perPage = options.storyboardFramesPerPage >= 9 ? 9 : 6;
    const int columns = perPage == 9 ? 3 : (options.landscape ? 3 : 2);
    const int rows = perPage / columns;
    const int pageCount = qMax(1, int((data.shots.size() + perPage - 1) / perPage));

    const qreal dpi = writer.logicalDpiY();
    auto pt = [dpi](qreal points) {
        return points * dpi / 72.0;
    };
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal margin = pt(36);
    const QRectF content = page.adjusted(margin, margin + pt(12), -margin, -margin - pt(12));
    const qreal gap = pt(12);
    const qreal cellWidth = (content.width() - gap * (columns - 1)) / columns;
    const qreal cellHeight = (content.height() - gap * (rows - 1)) / rows;
    const QFont labelFont = storyFont(perPage == 9 ? 8.5 : 9.5, true);
    const QFont captionFont = storyFont(perPage == 9 ? 7.5 : 8.5);
    const qreal labelHeight = QFontMetricsF(labelFont, &writer).lineSpacing();
    const qreal captionLines = 3;
    const qreal captionHeight = QFontMetricsF(captionFont, &writer).lineSpacing() * captionLines;
    const qreal frameMaxHeight = cellHeight - labelHeight - captionHeight - pt(6);

    QPainter painter;
    if (!painter.begin(&writer))
        return exportError(ExportText::tr("Cannot start the PDF"));
    const QString section = ExportText::tr("Storyboard");
    for (int i = 0; i < data.shots.size() || (i == 0 && data.shots.isEmpty()); ++i) {
        if (progress && !progress(i, int(data.shots.size()))) {
            painter.end();
            return exportError(ExportText::tr("Export canceled"));
        }
        const int onPage = i % perPage;
        if (onPage == 0) {
            if (i > 0)
                writer.newPage();
            paintPageFrame(painter, page, margin, pt(1), data.projectTitle, section,
                           i / perPage + 1, pageCount);
        }
        if (data.shots.isEmpty())
            break;
        const ExportShot &item = data.shots.at(i);
        const int column = onPage % columns;
        const int row = onPage / columns;
        const QRectF cell(content.left() + column * (cellWidth + gap),
                          content.top() + row * (cellHeight + gap), cellWidth, cellHeight);
        const double aspect = frameAspect(item.size);
        QSizeF frameSize(cell.width(), cell.width() / aspect);
        if (frameSize.height() > frameMaxHeight)
            frameSize = QSizeF(frameMaxHeight * aspect, frameMaxHeight);
        QRectF frame(QPointF(cell.left() + (cell.width() - frameSize.width()) / 2, cell.top()),
                     frameSize);
        const QImage image = loadShotPicture(item, QSize(640, 640));
        if (image.isNull()) {
            paintSlate(painter, frame, item);
        } else {
            painter.fillRect(frame, Qt::black);
            QRectF target(QPointF(),
                          QSizeF(image.size()).scaled(frame.size(), Qt::KeepAspectRatio));
            target.moveCenter(frame.center());
            painter.drawImage(target, image);
        }
        paintFrameInsets(painter, frame, item);
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), pt(0.5)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frame);

        const QRectF labelRect(cell.left(), frame.bottom() + pt(3), cell.width(), labelHeight);
        painter.setFont(labelFont);
        painter.setPen(Qt::black);
        const QFontMetricsF labelMetrics(labelFont, &writer);
        const QString duration = formatDuration(item.shot->durationSeconds);
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, duration);
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                         labelMetrics.elidedText(
                             // The panel's place, and the shot's label when it has one (an
                             // unlabelled shot is called by its place already: model/shotname.h).
                             item.shot->label.trimmed().isEmpty()
                                 ? QString::number(item.number)
                                 : QStringLiteral("%1  ·  %2")
                                       .arg(QString::number(item.number), item.displayLabel()),
                             Qt::ElideRight,
                             labelRect.width() - labelMetrics.horizontalAdvance(duration) - pt(6)));
        painter.setPen(QColor(0x33, 0x33, 0x33));
        // The caption takes the room the frame leaves in its cell, up to eight lines.
        const qreal captionRoom = qMin(cell.bottom() - labelRect.bottom(),
                                       QFontMetricsF(captionFont, &writer).lineSpacing() * 8);
        drawCaption(
            painter,
            QRectF(cell.left(), labelRect.bottom(), cell.width(), qMax(captionHeight, captionRoom)),
            captionFor(item), captionFont);
    }
    painter.end();
    if (progress)
        progress(int(data.shots.size()), int(data.shots.size()));
    return buffer.data();
}

} // namespace ShotBrief
