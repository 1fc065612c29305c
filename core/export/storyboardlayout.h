// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRectF>
#include <QSize>

namespace ShotBrief {

/// Where the storyboard PDF (exportStoryboardPdf()) puts its panels, in the page's device
/// units: pure arithmetic, so that it is tested without reading a PDF back.
namespace StoryboardLayout {

/// Columns and rows of a page: portrait pages stack, landscape pages spread.
QSize grid(int panels, bool landscape);

/// The cells of a page's panels, in reading order: `content` (the page inside its margins,
/// header and footer) split into grid() cells `gap` apart. Together they fill `content`.
QList<QRectF> cells(const QRectF &content, qreal gap, int panels, bool landscape);

/// One panel in its cell, top to bottom.
struct Panel
{
    QRectF header;  ///< The scene band (drawn where a scene begins).
    QRectF picture; ///< At the shot's aspect ratio, centred across the cell.
    QRectF text;    ///< The label line and the brief under the picture.
    /// Ruled room for handwritten notes, from under the text to the bottom of the cell, where
    /// the picture (as wide as the cell) leaves at least `minNotes` of it; else empty. So a
    /// panel fills its cell however short its text: two landscape panels side by side fill
    /// the page instead of leaving its lower half blank.
    QRectF notes;
};

/// `textHeight` is the height the text under the pictures of this page takes (the longest
/// on the page, so that panels side by side line up); `pictureMaxHeight` bounds the picture;
/// `spacing` separates picture, text and notes.
Panel panel(const QRectF &cell, qreal headerHeight, double aspect, qreal pictureMaxHeight,
            qreal textHeight, qreal minNotes, qreal spacing);

} // namespace StoryboardLayout
} // namespace ShotBrief
