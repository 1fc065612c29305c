// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ShotBrief {

/// What a reviewer decided about a shot in a review package (README: Review packages).
enum class ReviewDecision {
    None, ///< A note (or a preferred take) without a decision.
    Approved,
    ChangesRequested
};

QString reviewDecisionKey(ReviewDecision decision); ///< "", "approved", "changes_requested"
std::optional<ReviewDecision> reviewDecisionFromKey(const QString &key);
/// A translated word for a decision: "approved", "changes requested", "no decision".
QString reviewDecisionText(ReviewDecision decision);

/// One reviewer's word on one shot, brought back from a review package's feedback file.
struct Review
{
    QString reviewer; ///< The name the reviewer typed in the page; one review per name and shot.
    ReviewDecision decision = ReviewDecision::None;
    QString note;            ///< Plain text; never shown as HTML.
    QString preferredTakeId; ///< Take::id of the take they chose among several, or empty.
    QDateTime at;            ///< UTC, when the reviewer last changed this review.

    bool operator==(const Review &) const = default;
};

/// The shot's standing for a badge: ChangesRequested when any reviewer asks for changes,
/// Approved when at least one approves and nobody asks for changes, None otherwise.
ReviewDecision overallDecision(const QList<Review> &reviews);

/// The index of `reviewer`'s review in `reviews`, or -1.
qsizetype reviewIndex(const QList<Review> &reviews, const QString &reviewer);

} // namespace ShotBrief
