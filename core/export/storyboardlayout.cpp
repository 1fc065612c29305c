// SPDX-License-Identifier: MIT
#include "storyboardlayout.h"

#include <algorithm>

namespace ShotBrief::StoryboardLayout {

QSize grid(int panels, bool landscape)
{
    switch (panels) {
    case 1:
        return {1, 1};
    case 2:
        return landscape ? QSize(2, 1) : QSize(1, 2);
    case 4:
        return {2, 2};
    case 9:
        return {3, 3};
    default:
        return landscape ? QSize(3, 2) : QSize(2, 3);
    }
}

QList<QRectF> cells(const QRectF &content, qreal gap, int panels, bool landscape)
{
    const QSize size = grid(panels, landscape);
    const int columns = size.width();
    const int rows = size.height();
    const qreal width = (content.width() - gap * (columns - 1)) / columns;
    const qreal height = (content.height() - gap * (rows - 1)) / rows;
    QList<QRectF> cells;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column)
            cells.append(QRectF(content.left() + column * (width + gap),
                                content.top() + row * (height + gap), width, height));
    }
    return cells;
}

Panel panel(const QRectF &cell, qreal headerHeight, double aspect, qreal pictureMaxHeight,
            qreal textHeight, qreal minNotes, qreal spacing)
{
    Panel panel;
    panel.header = QRectF(cell.left(), cell.top(), cell.width(), headerHeight);
    const double ratio = aspect > 0 ? aspect : 16.0 / 9.0;
    QSizeF size(cell.width(), cell.width() / ratio);
    if (size.height() > pictureMaxHeight)
        size = QSizeF(pictureMaxHeight * ratio, pictureMaxHeight);
    panel.picture = QRectF(
        QPointF(cell.left() + (cell.width() - size.width()) / 2, cell.top() + headerHeight), size);
    const qreal textTop = panel.picture.bottom() + spacing;
    const qreal notesTop = textTop + textHeight + spacing;
    if (cell.bottom() - notesTop >= minNotes) {
        panel.text = QRectF(cell.left(), textTop, cell.width(), textHeight);
        panel.notes = QRectF(cell.left(), notesTop, cell.width(), cell.bottom() - notesTop);
    } else {
        panel.text =
            QRectF(cell.left(), textTop, cell.width(), std::max(0.0, cell.bottom() - textTop));
    }
    return panel;
}

} // namespace ShotBrief::StoryboardLayout
