// SPDX-License-Identifier: MIT
#pragma once

#include "model/board.h"

#include <QColor>
#include <QImage>
#include <QSize>
#include <QTransform>

class QPainter;

namespace ShotBrief {

/// How a board is drawn into a picture.
struct BoardRenderOptions
{
    /// Camera-move arrows and notes are for the crew: the storyboard shows them, a first
    /// frame sent to a video model must not.
    bool annotations = true;
    bool reference = true; ///< The reference layer (when it is visible on the board).
    QColor paper = Qt::white;
    /// The reference picture, decoded by the caller (BoardPictures::loadReference); null
    /// draws none.
    QImage referenceImage;
};

/// Paints boards: strokes with pressure (pen, brush, eraser), layers with their opacity, the
/// reference picture, camera-move arrows and notes. Used by the canvas while drawing and by
/// every picture of a board (timeline, grid, storyboard PDF, animatic, first frame), so a
/// board looks the same everywhere. No Widgets; notes need a QGuiApplication (fonts) and
/// are left out without one.
namespace BoardPainter {

/// The width of the line at a point of the given pressure: a light touch still leaves a line.
qreal pressureWidth(const BoardStroke &stroke, qreal pressure);
/// The opacity a brush stroke is laid down with (the whole stroke at once, so it never
/// darkens where it crosses itself).
inline constexpr qreal BrushOpacity = 0.55;

/// Maps board pixels into `target` (the board's aspect kept, centred).
QTransform boardToTarget(const Board &board, const QRectF &target);
/// The board's canvas as a rectangle (0,0 .. width,height); 16:9 when it has no size yet.
QSizeF canvasSize(const Board &board);

/// Draws segments [from, to) of `stroke` (a segment i joins point i-1 and i; segment 0 is the
/// first point's dot) with the painter's transform. The eraser clears (CompositionMode_Clear
/// is set and restored); the brush draws opaque: lay the stroke's layer down with
/// BrushOpacity.
void paintSegments(QPainter &painter, const BoardStroke &stroke, qsizetype from, qsizetype to);
/// A whole stroke onto a layer image the painter draws into (transform set).
void paintStroke(QPainter &painter, const BoardStroke &stroke);

/// A layer's strokes into a transparent image of `size`, board pixels mapped by `transform`.
QImage renderLayer(const BoardLayer &layer, const QSize &size, const QTransform &transform);

void paintArrow(QPainter &painter, const BoardArrow &arrow, qreal boardScale);
void paintNote(QPainter &painter, const BoardNote &note);
/// The rectangle a note takes, in board pixels.
QRectF noteRect(const BoardNote &note);
/// The text shown on an arrow ("PAN", translated): capitals, as storyboards letter them.
QString arrowLabel(CameraMoveArrow move);
/// The move's name where the interface lists it ("Pan", translated).
QString arrowMoveName(CameraMoveArrow move);

/// The whole board at `size` (letterboxed on the paper colour when the aspects differ).
QImage render(const Board &board, const QSize &size, const BoardRenderOptions &options = {});

} // namespace BoardPainter
} // namespace ShotBrief
