// SPDX-License-Identifier: MIT
#include "pdfflow.h"

#include "slate.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPen>
#include <QTextOption>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Export)
};

} // namespace

PdfFlow::PdfFlow(QPagedPaintDevice *device, QPainter *painter, const QRectF &contentRect,
                 std::function<void(int page)> decorate)
    : m_device(device)
    , m_painter(painter)
    , m_content(contentRect)
    , m_decorate(std::move(decorate))
    , m_dpi(device->logicalDpiY())
{}

QFont PdfFlow::font(qreal points, bool bold) const
{
    QFont result;
    result.setFamilies(exportFontFamilies());
    result.setPointSizeF(points);
    result.setBold(bold);
    return result;
}

void PdfFlow::start()
{
    m_page = 1;
    m_y = m_content.top();
    clearFloat();
    if (m_painter && m_decorate)
        m_decorate(m_page);
}

void PdfFlow::newPage()
{
    if (m_painter)
        m_device->newPage();
    ++m_page;
    m_y = m_content.top();
    clearFloat();
    if (m_painter && m_decorate)
        m_decorate(m_page);
}

void PdfFlow::ensureSpace(qreal height)
{
    if (m_y + height > m_content.bottom() && m_y > m_content.top())
        newPage();
}

void PdfFlow::addSpace(qreal height)
{
    m_y += height;
    if (m_y > m_content.bottom())
        newPage();
}

void PdfFlow::setFloat(qreal x, qreal bottom)
{
    m_floatX = x;
    m_floatBottom = bottom;
}

void PdfFlow::clearFloat()
{
    m_floatBottom = -1;
}

void PdfFlow::paragraph(const QString &text, const QFont &font, const QColor &color, qreal indent,
                        const QList<QTextLayout::FormatRange> &formats)
{
    if (text.isEmpty())
        return;
    QString laidOut = text;
    // QTextLayout wants U+2028 for line breaks inside one paragraph.
    laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QFont paragraphFont = font;
    QList<QTextLayout::FormatRange> paragraphFormats = formats;
    if (containsKana(text)) {
        paragraphFont.setFamilies(exportFontFamilies(text));
        for (QTextLayout::FormatRange &range : paragraphFormats) {
            QFont rangeFont = range.format.font();
            rangeFont.setFamilies(exportFontFamilies(text));
            range.format.setFont(rangeFont);
        }
    }
    QTextLayout layout(laidOut, paragraphFont, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setFormats(paragraphFormats);
    layout.setCacheEnabled(true);

    QList<int> placed; // the page of each line
    int page = m_page;
    qreal y = m_y;
    bool floating = m_floatBottom >= 0;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        auto place = [&] {
            // The first line below a picture keeps a little air from it.
            if (floating && y >= m_floatBottom) {
                y = qMax(y, m_floatBottom + pt(6));
                floating = false;
            }
            const bool beside = floating && y < m_floatBottom;
            const qreal x = (beside ? m_floatX : m_content.left()) + indent;
            line.setLineWidth(qMax<qreal>(pt(20), m_content.right() - x));
            line.setPosition(QPointF(x, y));
        };
        place();
        if (y + line.height() > m_content.bottom() && y > m_content.top()) {
            ++page;
            y = m_content.top();
            floating = false;
            place();
        }
        y += line.height();
        placed.append(page);
    }
    layout.endLayout();

    for (int i = 0; i < layout.lineCount(); ++i) {
        while (m_page < placed.at(i))
            newPage();
        if (m_painter) {
            m_painter->setPen(color);
            layout.lineAt(i).draw(m_painter, QPointF(0, 0));
        }
    }
    while (m_page < page)
        newPage();
    m_y = y;
    if (floating != (m_floatBottom >= 0))
        clearFloat();
}

void PdfFlow::field(const QString &label, const QString &value, const QFont &font)
{
    if (value.trimmed().isEmpty())
        return;
    const QString head = label + QLatin1String(": ");
    QTextLayout::FormatRange bold;
    bold.start = 0;
    bold.length = int(head.size());
    QFont boldFont = font;
    boldFont.setBold(true);
    bold.format.setFont(boldFont);
    paragraph(head + value, font, Qt::black, 0, {bold});
}

} // namespace ShotBrief

#include "exportoptions.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

namespace ShotBrief {

void setupPdfWriter(QPdfWriter &writer, const ExportOptions &options, const QString &title)
{
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("ShotBrief"));
    const QPageSize size(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
    writer.setPageLayout(
        QPageLayout(size, options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                    QMarginsF(0, 0, 0, 0), QPageLayout::Point));
}

void paintPageFrame(QPainter &painter, const QRectF &page, qreal margin, qreal points,
                    const QString &projectTitle, const QString &section, int pageNumber,
                    int pageCount)
{
    painter.save();
    QFont font;
    font.setFamilies(exportFontFamilies());
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const qreal lineHeight = QFontMetricsF(font, painter.device()).height();
    const qreal headerY = margin * 0.55;
    const QRectF header(page.left() + margin, headerY, page.width() - 2 * margin, lineHeight);
    const QFontMetricsF metrics(font, painter.device());
    const qreal half = header.width() / 2 - points * 6;
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(projectTitle, Qt::ElideRight, half));
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                     metrics.elidedText(section, Qt::ElideRight, half));
    const QRectF footer(page.left() + margin, page.bottom() - margin * 0.5 - lineHeight,
                        page.width() - 2 * margin, lineHeight);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(projectTitle, Qt::ElideRight, half));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     ExportText::tr("Page %1 of %2").arg(pageNumber).arg(pageCount));
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), points * 0.5));
    painter.drawLine(QPointF(header.left(), header.bottom() + points * 3),
                     QPointF(header.right(), header.bottom() + points * 3));
    painter.drawLine(QPointF(footer.left(), footer.top() - points * 3),
                     QPointF(footer.right(), footer.top() - points * 3));
    painter.restore();
}

} // namespace ShotBrief
