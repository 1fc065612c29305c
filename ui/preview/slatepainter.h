// SPDX-License-Identifier: MIT
#pragma once

#include "preview/sequenceitem.h"

#include <QRectF>

class QPainter;

namespace ShotBrief {

/// Draws a shot's storyboard slate: label, prompt excerpt, palette swatches and, when the
/// clip could not be played, the reason. Shared by the player, compare and demo.
void paintSlate(QPainter &painter, const QRectF &rect, const SequenceItem &item,
                const QString &error);

} // namespace ShotBrief
