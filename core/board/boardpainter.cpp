// SPDX-License-Identifier: MIT
#include "boardpainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace ShotBrief::BoardPainter {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct BoardText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Board)
};

QPointF toPoint(const BoardPoint &p)
{
    return {p.x, p.y};
}

bool canDrawText()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QFont boardFont(qreal pixelSize, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Noto Sans CJK JP")});
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

} // namespace

qreal pressureWidth(const BoardStroke &stroke, qreal pressure)
{
    pressure = std::clamp(pressure, 0.0, 1.0);
    switch (stroke.tool) {
    case BoardTool::Pen:
        return stroke.width * (0.25 + 0.75 * pressure);
    case BoardTool::Brush:
        return stroke.width * (0.5 + 0.5 * pressure);
    case BoardTool::Eraser:
        return stroke.width * (0.6 + 0.4 * pressure);
    }
    return stroke.width;
}

QSizeF canvasSize(const Board &board)
{
    if (board.width > 0 && board.height > 0)
        return QSizeF(board.width, board.height);
    return QSizeF(1920, 1080);
}

QTransform boardToTarget(const Board &board, const QRectF &target)
{
    const QSizeF canvas = canvasSize(board);
    const QSizeF fitted = canvas.scaled(target.size(), Qt::KeepAspectRatio);
    const qreal scale = fitted.width() / canvas.width();
    QTransform transform;
    transform.translate(target.left() + (target.width() - fitted.width()) / 2,
                        target.top() + (target.height() - fitted.height()) / 2);
    transform.scale(scale, scale);
    return transform;
}

void paintSegments(QPainter &painter, const BoardStroke &stroke, qsizetype from, qsizetype to)
{
    const qsizetype count = stroke.points.size();
    from = std::clamp<qsizetype>(from, 0, count);
    to = std::clamp<qsizetype>(to, 0, count);
    if (from >= to)
        return;
    const QPainter::CompositionMode mode = painter.compositionMode();
    if (stroke.tool == BoardTool::Eraser)
        painter.setCompositionMode(QPainter::CompositionMode_Clear);
    const QColor color =
        stroke.tool == BoardTool::Eraser ? QColor(Qt::black) : QColor::fromRgb(stroke.color);
    QPen pen(color, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setBrush(Qt::NoBrush);
    for (qsizetype i = from; i < to; ++i) {
        const BoardPoint &p = stroke.points.at(i);
        if (i == 0) {
            // The first point alone is a dot: a tap leaves a mark.
            const qreal w = pressureWidth(stroke, p.pressure);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawEllipse(toPoint(p), w / 2, w / 2);
            painter.setBrush(Qt::NoBrush);
            continue;
        }
        const BoardPoint &q = stroke.points.at(i - 1);
        pen.setWidthF(pressureWidth(stroke, (p.pressure + q.pressure) / 2));
        painter.setPen(pen);
        painter.drawLine(toPoint(q), toPoint(p));
    }
    painter.setCompositionMode(mode);
}

void paintStroke(QPainter &painter, const BoardStroke &stroke)
{
    if (stroke.tool != BoardTool::Brush) {
        paintSegments(painter, stroke, 0, stroke.points.size());
        return;
    }
    // The brush is laid down whole at its opacity, from an image of just its own area.
    const QRect device(0, 0, painter.device()->width(), painter.device()->height());
    const QRect area =
        painter.transform().mapRect(stroke.bounds()).toAlignedRect().intersected(device);
    if (area.isEmpty())
        return;
    QImage scratch(area.size(), QImage::Format_ARGB32_Premultiplied);
    scratch.fill(Qt::transparent);
    {
        QPainter p(&scratch);
        p.setRenderHint(QPainter::Antialiasing);
        QTransform t = painter.transform();
        t *= QTransform::fromTranslate(-area.left(), -area.top());
        p.setTransform(t);
        paintSegments(p, stroke, 0, stroke.points.size());
    }
    painter.save();
    painter.resetTransform();
    painter.setOpacity(painter.opacity() * BrushOpacity);
    painter.drawImage(area.topLeft(), scratch);
    painter.restore();
}

QImage renderLayer(const BoardLayer &layer, const QSize &size, const QTransform &transform)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(transform);
    for (const BoardStroke &stroke : layer.strokes)
        paintStroke(painter, stroke);
    return image;
}

QString arrowLabel(CameraMoveArrow move)
{
    switch (move) {
    case CameraMoveArrow::Pan:
        return BoardText::tr("PAN");
    case CameraMoveArrow::Tilt:
        return BoardText::tr("TILT");
    case CameraMoveArrow::Dolly:
        return BoardText::tr("DOLLY");
    case CameraMoveArrow::Crane:
        return BoardText::tr("CRANE");
    }
    return {};
}

QString arrowMoveName(CameraMoveArrow move)
{
    switch (move) {
    case CameraMoveArrow::Pan:
        return BoardText::tr("Pan");
    case CameraMoveArrow::Tilt:
        return BoardText::tr("Tilt");
    case CameraMoveArrow::Dolly:
        return BoardText::tr("Dolly");
    case CameraMoveArrow::Crane:
        return BoardText::tr("Crane");
    }
    return {};
}

void paintArrow(QPainter &painter, const BoardArrow &arrow, qreal boardScale)
{
    const QPointF from = arrow.from;
    const QPointF to = arrow.to;
    const QPointF delta = to - from;
    const qreal length = std::hypot(delta.x(), delta.y());
    if (length < 1)
        return;
    const QPointF unit = delta / length;
    const QPointF normal(-unit.y(), unit.x());
    const qreal thickness = 6 * boardScale;
    const qreal head = std::min(length * 0.45, 34 * boardScale);
    const QColor color = QColor::fromRgb(arrow.color);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath shaft;
    QPointF tipDirection = unit;
    if (arrow.move == CameraMoveArrow::Crane) {
        // A crane rises or falls on an arc.
        const QPointF control = (from + to) / 2 + normal * length * 0.25;
        shaft.moveTo(from);
        shaft.quadTo(control, to);
        const QPointF tangent = to - control;
        tipDirection = tangent / std::max(1e-6, std::hypot(tangent.x(), tangent.y()));
    } else {
        shaft.moveTo(from);
        shaft.lineTo(to - unit * head * 0.6);
    }
    const QPointF tipNormal(-tipDirection.y(), tipDirection.x());
    QPen pen(color, thickness, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (arrow.move == CameraMoveArrow::Dolly) {
        // A dolly travels on tracks: two rails.
        painter.setPen(QPen(color, thickness * 0.6, Qt::SolidLine, Qt::FlatCap));
        for (int side : {-1, 1}) {
            const QPointF offset = normal * thickness * 1.1 * side;
            painter.drawLine(from + offset, to - unit * head * 0.6 + offset);
        }
    } else {
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(shaft);
    }
    QPolygonF tip;
    tip << to << to - tipDirection * head + tipNormal * head * 0.55
        << to - tipDirection * head - tipNormal * head * 0.55;
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(tip);

    if (canDrawText()) {
        const QFont font = boardFont(26 * boardScale, true);
        const QString label = arrowLabel(arrow.move);
        const QFontMetricsF metrics(font);
        QRectF box = metrics.boundingRect(label).adjusted(-6 * boardScale, -2 * boardScale,
                                                          6 * boardScale, 2 * boardScale);
        const QPointF middle = arrow.move == CameraMoveArrow::Crane
                                   ? (from + to) / 2 + normal * length * 0.125
                                   : (from + to) / 2;
        // Beside the shaft, on the side away from the arc.
        const qreal away = box.height() / 2 + thickness * 2;
        box.moveCenter(middle - normal * away);
        painter.setBrush(QColor(255, 255, 255, 200));
        painter.drawRoundedRect(box, 4 * boardScale, 4 * boardScale);
        painter.setPen(color);
        painter.setFont(font);
        painter.drawText(box, Qt::AlignCenter, label);
    }
    painter.restore();
}

QRectF noteRect(const BoardNote &note)
{
    if (!canDrawText())
        return QRectF(note.at, QSizeF(note.size * 4, note.size * 1.4));
    const QFontMetricsF metrics(boardFont(note.size, false));
    const QString text = note.text.isEmpty() ? QStringLiteral(" ") : note.text;
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignLeft, text);
    const qreal pad = note.size * 0.25;
    return QRectF(note.at, bounds.size() + QSizeF(2 * pad, 2 * pad));
}

void paintNote(QPainter &painter, const BoardNote &note)
{
    if (!canDrawText() || note.text.isEmpty())
        return;
    painter.save();
    const QRectF rect = noteRect(note);
    const qreal pad = note.size * 0.25;
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 215));
    painter.drawRoundedRect(rect, pad, pad);
    painter.setPen(QColor::fromRgb(note.color));
    painter.setFont(boardFont(note.size, false));
    painter.drawText(rect.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignTop, note.text);
    painter.restore();
}

QImage render(const Board &board, const QSize &size, const BoardRenderOptions &options)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (size.isEmpty())
        return image;
    image.fill(options.paper);
    const QTransform transform = boardToTarget(board, QRectF(QPointF(0, 0), QSizeF(size)));
    const QSizeF canvas = canvasSize(board);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (options.reference && board.reference.visible && !options.referenceImage.isNull()) {
        painter.setTransform(transform);
        painter.setOpacity(board.reference.opacity);
        QRectF target(QPointF(),
                      QSizeF(options.referenceImage.size()).scaled(canvas, Qt::KeepAspectRatio));
        target.moveCenter(QPointF(canvas.width() / 2, canvas.height() / 2));
        painter.drawImage(target, options.referenceImage);
        painter.resetTransform();
    }
    for (const BoardLayer *layer : {&board.sketch, &board.ink}) {
        if (!layer->visible || layer->strokes.isEmpty())
            continue;
        painter.setOpacity(layer->opacity);
        painter.drawImage(0, 0, renderLayer(*layer, size, transform));
    }
    painter.setOpacity(1);
    if (options.annotations) {
        painter.setTransform(transform);
        const qreal scale = canvas.height() / 1080.0;
        for (const BoardArrow &arrow : board.arrows)
            paintArrow(painter, arrow, scale);
        for (const BoardNote &note : board.notes)
            paintNote(painter, note);
    }
    return image;
}

} // namespace ShotBrief::BoardPainter
