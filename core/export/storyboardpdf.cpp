// SPDX-License-Identifier: MIT
#include "storyboardpdf.h"

#include "pdfflow.h"
#include "promptsheetpdf.h"
#include "slate.h"
#include "storyboardlayout.h"

#include "model/shotname.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Export)
};

QFont storyFont(qreal points, bool bold = false, bool italic = false)
{
    QFont font;
    font.setFamilies(exportFontFamilies());
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

QFont fontFor(const QFont &font, const QString &text)
{
    QFont textFont = font;
    textFont.setFamilies(exportFontFamilies(text));
    return textFont;
}

/// The height `text` takes wrapped at `width`, all of it.
qreal wrappedHeight(QPaintDevice *device, qreal width, const QString &text, const QFont &font)
{
    if (text.isEmpty())
        return 0;
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QTextLayout layout(flat, fontFor(font, flat), device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        y += line.height();
    }
    layout.endLayout();
    return y;
}

/// Wraps `text` into `rect` from its top and elides the last line that fits, so text never
/// spills out of its panel. Returns the height it took (0 when nothing fit).
qreal drawWrapped(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font,
                  const QColor &color)
{
    if (text.isEmpty() || rect.height() <= 0)
        return 0;
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QFont textFont = fontFor(font, flat);
    QTextLayout layout(flat, textFont, painter.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetricsF metrics(textFont, painter.device());
    layout.beginLayout();
    qreal y = 0;
    int shown = 0;
    int lastStart = 0;
    bool truncated = false;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        // A line that would cross the bottom is not drawn; the one before it is elided.
        if (y + line.height() > rect.height() + 0.5) {
            truncated = true;
            break;
        }
        line.setPosition(QPointF(0, y));
        y += line.height();
        lastStart = line.textStart();
        ++shown;
    }
    layout.endLayout();
    if (shown == 0)
        return 0;
    painter.setFont(textFont);
    painter.setPen(color);
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
    return y;
}

/// Text sizes by how many panels share a page.
qreal bodyPoints(int panels)
{
    switch (panels) {
    case 1:
        return 11;
    case 2:
        return 10;
    case 4:
        return 8.5;
    case 9:
        return 6.8;
    default:
        return 7.6;
    }
}

/// One block of text under a panel.
struct Paragraph
{
    QString text;
    QFont font;
    QColor color;
};

struct PanelFonts
{
    QFont body, bold, notes;
};

/// What goes under a panel after its label line: camera; action; dialogue with speakers; notes.
QList<Paragraph> panelParagraphs(const Shot &shot, const PanelFonts &fonts)
{
    const QColor grey(0x55, 0x55, 0x55);
    const QColor dark(0x22, 0x22, 0x22);
    QList<Paragraph> paragraphs;
    const QString camera = cameraSummary(shot);
    if (!camera.isEmpty())
        paragraphs.append({camera, fonts.body, grey});
    if (!shot.actionBeats.isEmpty())
        paragraphs.append(
            {ExportText::tr("Action: %1").arg(shot.actionBeats.join(QLatin1String("; "))),
             fonts.body, dark});
    for (const DialogueLine &dialogue : shot.dialogue) {
        if (dialogue.line.trimmed().isEmpty())
            continue;
        const QString speaker = dialogue.speaker.trimmed().toUpper();
        paragraphs.append({speaker.isEmpty() ? dialogue.line
                                             : QStringLiteral("%1: %2").arg(speaker, dialogue.line),
                           fonts.bold, dark});
    }
    if (!shot.notes.trimmed().isEmpty())
        paragraphs.append(
            {ExportText::tr("Notes: %1").arg(shot.notes.trimmed()), fonts.notes, grey});
    return paragraphs;
}

} // namespace

Result<QByteArray> exportStoryboardPdf(const ExportData &data, const ExportOptions &options,
                                       const ExportProgress &progress)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setupPdfWriter(writer, options, data.projectTitle);
    const int perPage = storyboardPanelCounts().contains(options.storyboardFramesPerPage)
                            ? options.storyboardFramesPerPage
                            : 6;
    const int pageCount = qMax(1, int((data.shots.size() + perPage - 1) / perPage));

    const qreal dpi = writer.logicalDpiY();
    auto pt = [dpi](qreal points) {
        return points * dpi / 72.0;
    };
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal margin = pt(36);
    const QRectF content = page.adjusted(margin, margin + pt(12), -margin, -margin - pt(12));
    const qreal gap = pt(perPage >= 6 ? 12 : 18);
    const QList<QRectF> cells = StoryboardLayout::cells(content, gap, perPage, options.landscape);
    const qreal cellWidth = cells.first().width();
    const qreal cellHeight = cells.first().height();
    const qreal body = bodyPoints(perPage);
    const QFont sceneFont = storyFont(body, true);
    const QFont labelFont = storyFont(body + 1, true);
    const PanelFonts fonts{storyFont(body), storyFont(body, true), storyFont(body, false, true)};
    const qreal sceneHeight = QFontMetricsF(sceneFont, &writer).lineSpacing() + pt(3);
    const qreal labelHeight = QFontMetricsF(labelFont, &writer).lineSpacing();
    const qreal line = QFontMetricsF(fonts.body, &writer).lineSpacing();
    const qreal paragraphGap = pt(1.5);
    // The text a panel needs under its picture, all of it.
    const auto textHeight = [&](const ExportShot &item) {
        qreal height = labelHeight + pt(3);
        for (const Paragraph &paragraph : panelParagraphs(*item.shot, fonts))
            height +=
                wrappedHeight(&writer, cellWidth, paragraph.text, paragraph.font) + paragraphGap;
        return height;
    };
    // Pictures are one size on a page, as large as the longest text on it leaves them: room
    // for at least four lines of text, and at least half the cell for the picture (longer
    // text is elided).
    const qreal minText = labelHeight + 4 * line;
    const qreal maxText = std::max(minText, cellHeight / 2 - sceneHeight);
    qreal frameMaxHeight = 0;
    qreal pageText = 0; // the longest text under a picture on the page
    // Room for handwritten notes under the text, where a picture as wide as its cell leaves
    // some: three rules at least.
    const qreal notesRule = pt(18);
    const qreal minNotes = 3 * notesRule + pt(6);

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
            pageText = minText;
            for (qsizetype k = i; k < std::min<qsizetype>(i + perPage, data.shots.size()); ++k)
                pageText = std::max(pageText, textHeight(data.shots.at(k)));
            frameMaxHeight = cellHeight - sceneHeight - std::min(pageText, maxText) - pt(4);
            if (i > 0)
                writer.newPage();
            paintPageFrame(painter, page, margin, pt(1), data.projectTitle, section,
                           i / perPage + 1, pageCount);
        }
        if (data.shots.isEmpty())
            break;
        const ExportShot &item = data.shots.at(i);
        const Shot &shot = *item.shot;
        const QRectF cell = cells.at(onPage);
        const StoryboardLayout::Panel panel = StoryboardLayout::panel(
            cell, sceneHeight, frameAspect(item.size), frameMaxHeight, pageText, minNotes, pt(3));

        // Scene header: where a scene begins, and at the top of a page it continues on.
        const bool sceneStarts =
            i == 0 || data.shots.at(i - 1).shot->sceneId != shot.sceneId || onPage == 0;
        if (sceneStarts && !item.sceneTitle.isEmpty()) {
            const bool continued =
                i > 0 && onPage == 0 && data.shots.at(i - 1).shot->sceneId == shot.sceneId;
            const QRectF band(cell.left(), cell.top(), cell.width(), sceneHeight - pt(2));
            painter.fillRect(band, QColor(0x22, 0x2a, 0x33));
            QFont font = sceneFont;
            const QString title =
                continued ? ExportText::tr("%1 (continued)").arg(item.sceneTitle) : item.sceneTitle;
            font.setFamilies(exportFontFamilies(title));
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(band.adjusted(pt(4), 0, -pt(4), 0), Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(font, &writer)
                                 .elidedText(title, Qt::ElideRight, band.width() - pt(8)));
        }

        const QRectF frame = panel.picture;
        const QSizeF frameSize = frame.size();
        // Pictures at print resolution for the panel: a board drawn again, a file decoded.
        const QSize bounds = (frameSize * 1.0).toSize().boundedTo(QSize(1800, 1800));
        const QImage image = loadShotPicture(item, bounds);
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

        // Under the panel: number, name and scene, length; camera; action; dialogue; notes.
        QRectF text = panel.text;
        const QString duration = formatDuration(shot.durationSeconds);
        // The panel's place, and the shot's label when it has one (an unlabelled shot is
        // called by its place already: model/shotname.h).
        QString label = shot.label.trimmed().isEmpty()
                            ? QString::number(item.number)
                            : QStringLiteral("%1  ·  %2")
                                  .arg(QString::number(item.number), item.displayLabel());
        if (!item.sceneTitle.isEmpty())
            label += QStringLiteral("  ·  ") + item.sceneTitle;
        QFont labelFontFor = labelFont;
        labelFontFor.setFamilies(exportFontFamilies(label));
        const QFontMetricsF labelMetrics(labelFontFor, &writer);
        painter.setFont(labelFontFor);
        painter.setPen(Qt::black);
        const QRectF labelRect(text.left(), text.top(), text.width(), labelHeight);
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, duration);
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                         labelMetrics.elidedText(
                             label, Qt::ElideRight,
                             labelRect.width() - labelMetrics.horizontalAdvance(duration) - pt(6)));
        text.setTop(labelRect.bottom());
        for (const Paragraph &paragraph : panelParagraphs(shot, fonts)) {
            const qreal used =
                drawWrapped(painter, text, paragraph.text, paragraph.font, paragraph.color);
            if (used > 0)
                text.setTop(text.top() + used + paragraphGap);
        }
        if (!panel.notes.isEmpty()) {
            // Ruled, as on a printed storyboard sheet: the producer's pencil goes here.
            painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), pt(0.5)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(panel.notes);
            painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), pt(0.5)));
            for (qreal y = panel.notes.top() + notesRule; y < panel.notes.bottom() - pt(4);
                 y += notesRule)
                painter.drawLine(QPointF(panel.notes.left() + pt(4), y),
                                 QPointF(panel.notes.right() - pt(4), y));
        }
    }
    painter.end();
    if (progress)
        progress(int(data.shots.size()), int(data.shots.size()));
    return buffer.data();
}

} // namespace ShotBrief
