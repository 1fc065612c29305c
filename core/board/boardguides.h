// SPDX-License-Identifier: MIT
#pragma once

#include "model/cameraterms.h"

#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QRectF>

namespace ShotBrief {

/// The guides a storyboard artist composes against, as geometry in board pixels: the thirds,
/// the safe areas and a figure at the size the shot's framing asks for.
namespace BoardGuides {

/// The four lines of the rule of thirds.
QList<QLineF> thirds(const QRectF &frame);
/// Action safe: 93 % of the frame (SMPTE ST 2046-1).
QRectF actionSafe(const QRectF &frame);
/// Title safe: 90 % of the frame.
QRectF titleSafe(const QRectF &frame);

/// How tall a standing person is for a framing, in frame heights: a wide shot shows the whole
/// figure small, a close-up only head and shoulders (the figure is five frames tall).
/// 0 for framings without a person's scale (insert, unset, custom).
qreal figureHeight(Framing framing);
/// The outline of a standing person (head, shoulders, body, legs) at figureHeight(framing),
/// standing on the lower part of the frame or cut by it, with the headroom that framing
/// leaves. Empty when the framing has no person's scale.
QPainterPath silhouette(Framing framing, const QRectF &frame);

} // namespace BoardGuides
} // namespace ShotBrief
