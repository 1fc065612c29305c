// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTextLayout>

#include <functional>

class QPainter;
class QPagedPaintDevice;

namespace ShotBrief {

/// Flows text and blocks down the pages of a PDF, breaking lines and pages so that nothing
/// runs off a page. Run it twice: first with no painter to count the pages (so that every
/// page can say "page 3 of 12"), then with the painter. Works in device pixels; pt()
/// converts from typographic points.
class PdfFlow
{
public:
    /// `painter` null: measure only. `decorate(page)` paints the header and footer of a
    /// new page (1-based). `pageRect` is the page, `contentRect` the area to flow into.
    PdfFlow(QPagedPaintDevice *device, QPainter *painter, const QRectF &contentRect,
            std::function<void(int page)> decorate);

    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    QFont font(qreal points, bool bold = false) const;

    int page() const { return m_page; }
    qreal y() const { return m_y; }
    qreal left() const { return m_content.left(); }
    qreal width() const { return m_content.width(); }
    qreal remaining() const { return m_content.bottom() - m_y; }
    bool painting() const { return m_painter != nullptr; }
    QPainter *painter() const { return m_painter; } ///< Null while measuring.

    void start();   ///< Opens page 1.
    void newPage(); ///< Ends the current page.
    /// Starts a new page unless `height` still fits on this one.
    void ensureSpace(qreal height);
    void addSpace(qreal height);
    void setY(qreal y) { m_y = y; }

    /// Text beside a picture: until `bottom` lines start at `x` (a page break ends this).
    void setFloat(qreal x, qreal bottom);
    void clearFloat();

    /// A wrapped paragraph; long text continues on the next page line by line.
    void paragraph(const QString &text, const QFont &font, const QColor &color = Qt::black,
                   qreal indent = 0, const QList<QTextLayout::FormatRange> &formats = {});
    /// "Label: value" with the label in bold.
    void field(const QString &label, const QString &value, const QFont &font);

private:
    QPagedPaintDevice *m_device; ///< Not owned.
    QPainter *m_painter;         ///< Not owned; null while measuring.
    QRectF m_content;
    std::function<void(int)> m_decorate;
    qreal m_dpi;
    qreal m_y = 0;
    int m_page = 0;
    qreal m_floatX = 0;
    qreal m_floatBottom = -1;
};

} // namespace ShotBrief

class QPdfWriter;

namespace ShotBrief {

struct ExportOptions;

/// Page size, orientation, zero margins (the exporters draw their own), 300 dpi.
void setupPdfWriter(QPdfWriter &writer, const ExportOptions &options, const QString &title);

/// The page furniture of every exported PDF: project title and a section name on top,
/// "Page n of m" below, thin rules between them and the content.
void paintPageFrame(QPainter &painter, const QRectF &page, qreal margin, qreal points,
                    const QString &projectTitle, const QString &section, int pageNumber,
                    int pageCount);

} // namespace ShotBrief
