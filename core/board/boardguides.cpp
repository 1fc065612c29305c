// SPDX-License-Identifier: MIT
#include "boardguides.h"

#include <QPolygonF>

namespace ShotBrief::BoardGuides {

namespace {

QRectF inset(const QRectF &frame, qreal fraction)
{
    const qreal dx = frame.width() * (1 - fraction) / 2;
    const qreal dy = frame.height() * (1 - fraction) / 2;
    return frame.adjusted(dx, dy, -dx, -dy);
}

/// A standing person one unit tall, feet at y = 1, centred on x = 0.
QPainterPath unitFigure()
{
    QPainterPath head;
    head.addEllipse(QPointF(0, 0.065), 0.048, 0.065);
    // Neck, shoulders, arms at the sides, body to the hips, two legs to the feet.
    const QPolygonF body({{-0.02, 0.12},  {0.02, 0.12},   {0.03, 0.155},  {0.125, 0.18},
                          {0.145, 0.22},  {0.15, 0.47},   {0.12, 0.49},   {0.11, 0.30},
                          {0.1, 0.52},    {0.085, 0.75},  {0.075, 1.0},   {0.02, 1.0},
                          {0.012, 0.75},  {0.0, 0.56},    {-0.012, 0.75}, {-0.02, 1.0},
                          {-0.075, 1.0},  {-0.085, 0.75}, {-0.1, 0.52},   {-0.11, 0.30},
                          {-0.12, 0.49},  {-0.15, 0.47},  {-0.145, 0.22}, {-0.125, 0.18},
                          {-0.03, 0.155}, {-0.02, 0.12}});
    QPainterPath figure;
    figure.addPolygon(body);
    figure.closeSubpath();
    return figure.united(head);
}

} // namespace

QList<QLineF> thirds(const QRectF &frame)
{
    const qreal w = frame.width() / 3;
    const qreal h = frame.height() / 3;
    return {QLineF(frame.left() + w, frame.top(), frame.left() + w, frame.bottom()),
            QLineF(frame.left() + 2 * w, frame.top(), frame.left() + 2 * w, frame.bottom()),
            QLineF(frame.left(), frame.top() + h, frame.right(), frame.top() + h),
            QLineF(frame.left(), frame.top() + 2 * h, frame.right(), frame.top() + 2 * h)};
}

QRectF actionSafe(const QRectF &frame)
{
    return inset(frame, 0.93);
}

QRectF titleSafe(const QRectF &frame)
{
    return inset(frame, 0.90);
}

qreal figureHeight(Framing framing)
{
    // What of a person the frame holds, top to bottom: everything small, head to toe,
    // head to knees (1/0.75), to the waist (1/0.5), to the chest (1/0.33), head and shoulders
    // (1/0.2), part of the face.
    switch (framing) {
    case Framing::ExtremeWide:
        return 0.12;
    case Framing::Wide:
        return 0.45;
    case Framing::Full:
        return 0.88;
    case Framing::MediumWide:
        return 1.35;
    case Framing::Medium:
        return 2.0;
    case Framing::MediumCloseUp:
    case Framing::OverTheShoulder:
        return 3.0;
    case Framing::CloseUp:
        return 5.0;
    case Framing::ExtremeCloseUp:
        return 12.0;
    case Framing::Unset:
    case Framing::Insert:
    case Framing::Custom:
        break;
    }
    return 0;
}

QPainterPath silhouette(Framing framing, const QRectF &frame)
{
    const qreal height = figureHeight(framing) * frame.height();
    if (height <= 0 || frame.isEmpty())
        return {};
    qreal top = 0;
    if (height <= frame.height()) {
        // The whole person: standing on the lower third in an extreme wide shot, nearer the
        // bottom the closer the shot.
        const qreal feet =
            framing == Framing::ExtremeWide ? 0.72 : (framing == Framing::Wide ? 0.86 : 0.95);
        top = frame.top() + frame.height() * feet - height;
    } else if (framing == Framing::ExtremeCloseUp) {
        top = frame.top() - height * 0.03; // the forehead is cut
    } else {
        top = frame.top() + frame.height() * (framing == Framing::CloseUp ? 0.06 : 0.08);
    }
    QTransform transform;
    transform.translate(frame.center().x(), top);
    transform.scale(height, height);
    QPainterPath clip;
    clip.addRect(frame);
    return transform.map(unitFigure()).intersected(clip);
}

} // namespace ShotBrief::BoardGuides
