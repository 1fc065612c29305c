// SPDX-License-Identifier: MIT
#pragma once

#include "model/review.h"

#include <QColor>
#include <QIcon>
#include <QRect>

class QPainter;

namespace ShotBrief::ReviewBadge {

/// The colour of a decision on a badge: green approved, orange changes requested, grey a note;
/// its text takes Theme::textOn().
QColor color(ReviewDecision decision);
/// "✓", "!" or "…": the badge's sign, so that the decision does not rest on colour alone.
QString symbol(ReviewDecision decision);
/// A small round icon of a decision, for lists.
QIcon icon(ReviewDecision decision);
/// Paints the badge of a shot's reviews (overall decision, and the number of reviewers when
/// more than one) with its top right at `topRight`; returns the rectangle painted (empty when
/// there are no reviews).
QRect paint(QPainter &painter, const QPoint &topRight, const QList<Review> &reviews);
/// "Reviews: Ana: changes requested; Bo: approved" in words, for tooltips and screen readers.
QString summary(const QList<Review> &reviews);

} // namespace ShotBrief::ReviewBadge
