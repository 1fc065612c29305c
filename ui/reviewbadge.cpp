// SPDX-License-Identifier: MIT
#include "reviewbadge.h"

#include "theme.h"

#include "review/reviewimport.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace ShotBrief::ReviewBadge {

namespace {
struct BadgeText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ReviewBadge)
};
} // namespace

QColor color(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Approved:
        return QColor(0x2e, 0x8b, 0x57);
    case ReviewDecision::ChangesRequested:
        return QColor(0xd0, 0x6a, 0x10);
    case ReviewDecision::None:
        break;
    }
    return QColor(0x6b, 0x72, 0x80);
}

QString symbol(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Approved:
        return QStringLiteral("\u2713");
    case ReviewDecision::ChangesRequested:
        return QStringLiteral("!");
    case ReviewDecision::None:
        break;
    }
    return QStringLiteral("\u2026");
}

QIcon icon(ReviewDecision decision)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color(decision));
    painter.drawEllipse(QRectF(1, 1, 14, 14));
    QFont font;
    font.setPixelSize(11);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Theme::textOn(color(decision)));
    painter.drawText(QRect(0, 0, 16, 16), Qt::AlignCenter, symbol(decision));
    return QIcon(pixmap);
}

QRect paint(QPainter &painter, const QPoint &topRight, const QList<Review> &reviews)
{
    if (reviews.isEmpty())
        return {};
    const ReviewDecision decision = overallDecision(reviews);
    QString text = symbol(decision);
    if (reviews.size() > 1)
        text += QString::number(reviews.size());
    painter.save();
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const int w = std::max(16, painter.fontMetrics().horizontalAdvance(text) + 8);
    const QRect badge(topRight.x() - w, topRight.y(), w, 16);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color(decision));
    painter.drawRoundedRect(badge, 8, 8);
    painter.setPen(Theme::textOn(color(decision)));
    painter.drawText(badge, Qt::AlignCenter, text);
    painter.restore();
    return badge;
}

QString summary(const QList<Review> &reviews)
{
    QStringList parts;
    for (const Review &review : reviews)
        parts.append(
            BadgeText::tr("%1: %2").arg(review.reviewer, reviewDecisionText(review.decision)));
    return BadgeText::tr("Reviews: %1").arg(parts.join(QStringLiteral("; ")));
}

} // namespace ShotBrief::ReviewBadge
