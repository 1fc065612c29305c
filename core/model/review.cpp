// SPDX-License-Identifier: MIT
#include "review.h"

#include <QCoreApplication>

namespace ShotBrief {

namespace {
struct ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Review)
};
} // namespace

QString reviewDecisionText(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Approved:
        return ReviewText::tr("approved");
    case ReviewDecision::ChangesRequested:
        return ReviewText::tr("changes requested");
    case ReviewDecision::None:
        break;
    }
    return ReviewText::tr("no decision");
}

QString reviewDecisionKey(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Approved:
        return QStringLiteral("approved");
    case ReviewDecision::ChangesRequested:
        return QStringLiteral("changes_requested");
    case ReviewDecision::None:
        break;
    }
    return {};
}

std::optional<ReviewDecision> reviewDecisionFromKey(const QString &key)
{
    for (ReviewDecision d :
         {ReviewDecision::None, ReviewDecision::Approved, ReviewDecision::ChangesRequested}) {
        if (key == reviewDecisionKey(d))
            return d;
    }
    return std::nullopt;
}

ReviewDecision overallDecision(const QList<Review> &reviews)
{
    ReviewDecision overall = ReviewDecision::None;
    for (const Review &review : reviews) {
        if (review.decision == ReviewDecision::ChangesRequested)
            return ReviewDecision::ChangesRequested;
        if (review.decision == ReviewDecision::Approved)
            overall = ReviewDecision::Approved;
    }
    return overall;
}

qsizetype reviewIndex(const QList<Review> &reviews, const QString &reviewer)
{
    for (qsizetype i = 0; i < reviews.size(); ++i) {
        if (reviews.at(i).reviewer == reviewer)
            return i;
    }
    return -1;
}

} // namespace ShotBrief
