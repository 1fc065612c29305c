// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace ShotBrief {

/// What drew a stroke: the pen is a hard line whose width follows the pressure, the brush a
/// wider, translucent one, the eraser clears its layer under it.
enum class BoardTool { Pen, Brush, Eraser };

/// The three layers of a board, bottom to top.
enum class BoardLayerKind { Reference, Sketch, Ink };

/// The camera moves a board can show as arrows.
enum class CameraMoveArrow { Pan, Tilt, Dolly, Crane };

QString boardToolKey(BoardTool tool);             ///< "pen", "brush", "eraser"
QString boardLayerKey(BoardLayerKind layer);      ///< "reference", "sketch", "ink"
QString cameraMoveArrowKey(CameraMoveArrow move); ///< "pan", "tilt", "dolly", "crane"
bool boardToolFromKey(const QString &key, BoardTool &tool);
bool cameraMoveArrowFromKey(const QString &key, CameraMoveArrow &move);

/// A point of a stroke in board pixels, with the pen's pressure (0-1; a mouse gives 1).
/// Kept to what the board file stores (a tenth of a pixel, a hundredth of pressure), so a
/// board reads back exactly as it was drawn.
struct BoardPoint
{
    float x = 0;
    float y = 0;
    float pressure = 1;

    /// The point rounded as the file stores it.
    static BoardPoint at(double x, double y, double pressure = 1.0);

    bool operator==(const BoardPoint &) const = default;
};

struct BoardStroke
{
    BoardTool tool = BoardTool::Pen;
    quint32 color = 0xff202020; ///< ARGB; the eraser ignores it.
    float width = 4;            ///< In board pixels at full pressure.
    QList<BoardPoint> points;

    /// The area the stroke paints, in board pixels (its points grown by half its width).
    QRectF bounds() const;

    bool operator==(const BoardStroke &) const = default;
};

struct BoardLayer
{
    bool visible = true;
    float opacity = 1; ///< 0-1
    QList<BoardStroke> strokes;

    bool operator==(const BoardLayer &) const = default;
};

/// A camera move drawn on the frame: an arrow from `from` to `to` (board pixels) labelled
/// with the move; editable after it is drawn.
struct BoardArrow
{
    CameraMoveArrow move = CameraMoveArrow::Pan;
    QPointF from;
    QPointF to;
    quint32 color = 0xffe0362c;

    bool operator==(const BoardArrow &) const = default;
};

/// A text note on the frame, its top-left corner at `at` (board pixels).
struct BoardNote
{
    QPointF at;
    QString text;
    quint32 color = 0xff1565c0;
    float size = 36; ///< Text height in board pixels.

    bool operator==(const BoardNote &) const = default;
};

/// A shot's drawing: a canvas at the shot's aspect ratio with a reference picture (an image
/// or a frame of a take, dimmed), a sketch and an ink layer of vector strokes, camera-move
/// arrows and text notes. A value type like the rest of the model; it lives in its own file
/// in the media folder (core/io/boardfile.h, FORMAT.md).
struct Board
{
    /// The layered file (media path) this board was read from. Edits clear it: the file of
    /// a changed board is named after its content when the project is saved, so a file that
    /// a saved project refers to is never overwritten.
    QString file;
    /// Why the file named in `file` could not be read (empty when it was, or was not tried).
    /// Such a board is kept as it is and cannot be drawn on.
    QString loadProblem;

    int width = 0; ///< Canvas in pixels; 0 until something is drawn.
    int height = 0;
    QString referenceImage; ///< Media path of the reference picture, or empty.
    BoardLayer reference{true, 0.5f, {}};
    BoardLayer sketch;
    BoardLayer ink;
    QList<BoardArrow> arrows;
    QList<BoardNote> notes;
    QByteArray unknownJson; ///< Keys of the board file this version does not know.

    /// Anything drawn, placed or written on it. A board without content has no file.
    bool hasContent() const;
    /// Named by the project but its content is not in memory (not read, or unreadable).
    bool isUnread() const { return !file.isEmpty() && !hasContent(); }
    /// Something to show or save: content, or a file kept as it is.
    bool exists() const { return hasContent() || !file.isEmpty(); }
    /// Ready to be drawn on (not an unreadable file kept as it is).
    bool isEditable() const { return loadProblem.isEmpty() && !isUnread(); }

    const BoardLayer &layer(BoardLayerKind kind) const;
    BoardLayer &layer(BoardLayerKind kind);
    int strokeCount() const { return int(sketch.strokes.size() + ink.strokes.size()); }

    /// The content, without where it was read from (for comparing drawings).
    bool sameDrawing(const Board &other) const;

    bool operator==(const Board &) const = default;
};

} // namespace ShotBrief
