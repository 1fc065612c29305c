// SPDX-License-Identifier: MIT
#include "board.h"

#include <QRectF>

#include <algorithm>
#include <cmath>

namespace ShotBrief {

QString boardToolKey(BoardTool tool)
{
    switch (tool) {
    case BoardTool::Pen:
        return QStringLiteral("pen");
    case BoardTool::Brush:
        return QStringLiteral("brush");
    case BoardTool::Eraser:
        return QStringLiteral("eraser");
    }
    return {};
}

QString boardLayerKey(BoardLayerKind layer)
{
    switch (layer) {
    case BoardLayerKind::Reference:
        return QStringLiteral("reference");
    case BoardLayerKind::Sketch:
        return QStringLiteral("sketch");
    case BoardLayerKind::Ink:
        return QStringLiteral("ink");
    }
    return {};
}

QString cameraMoveArrowKey(CameraMoveArrow move)
{
    switch (move) {
    case CameraMoveArrow::Pan:
        return QStringLiteral("pan");
    case CameraMoveArrow::Tilt:
        return QStringLiteral("tilt");
    case CameraMoveArrow::Dolly:
        return QStringLiteral("dolly");
    case CameraMoveArrow::Crane:
        return QStringLiteral("crane");
    }
    return {};
}

bool boardToolFromKey(const QString &key, BoardTool &tool)
{
    for (BoardTool t : {BoardTool::Pen, BoardTool::Brush, BoardTool::Eraser}) {
        if (boardToolKey(t) == key) {
            tool = t;
            return true;
        }
    }
    return false;
}

bool cameraMoveArrowFromKey(const QString &key, CameraMoveArrow &move)
{
    for (CameraMoveArrow m : {CameraMoveArrow::Pan, CameraMoveArrow::Tilt, CameraMoveArrow::Dolly,
                              CameraMoveArrow::Crane}) {
        if (cameraMoveArrowKey(m) == key) {
            move = m;
            return true;
        }
    }
    return false;
}

BoardPoint BoardPoint::at(double x, double y, double pressure)
{
    // The file stores tenths of a pixel and hundredths of pressure (core/io/boardfile.cpp).
    return {float(std::round(x * 10.0) / 10.0), float(std::round(y * 10.0) / 10.0),
            float(std::round(std::clamp(pressure, 0.0, 1.0) * 100.0) / 100.0)};
}

QRectF BoardStroke::bounds() const
{
    if (points.isEmpty())
        return {};
    float left = points.first().x;
    float right = left;
    float top = points.first().y;
    float bottom = top;
    for (const BoardPoint &p : points) {
        left = std::min(left, p.x);
        right = std::max(right, p.x);
        top = std::min(top, p.y);
        bottom = std::max(bottom, p.y);
    }
    const qreal grow = width / 2.0 + 1.0;
    return QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-grow, -grow, grow, grow);
}

bool Board::hasContent() const
{
    return !referenceImage.isEmpty() || !sketch.strokes.isEmpty() || !ink.strokes.isEmpty() ||
           !arrows.isEmpty() || !notes.isEmpty();
}

const BoardLayer &Board::layer(BoardLayerKind kind) const
{
    switch (kind) {
    case BoardLayerKind::Reference:
        return reference;
    case BoardLayerKind::Sketch:
        return sketch;
    case BoardLayerKind::Ink:
        break;
    }
    return ink;
}

BoardLayer &Board::layer(BoardLayerKind kind)
{
    return const_cast<BoardLayer &>(std::as_const(*this).layer(kind));
}

bool Board::sameDrawing(const Board &other) const
{
    Board a = *this;
    Board b = other;
    a.file.clear();
    b.file.clear();
    a.loadProblem.clear();
    b.loadProblem.clear();
    return a == b;
}

} // namespace ShotBrief
