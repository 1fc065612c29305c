// SPDX-License-Identifier: MIT
#include "transporticons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QToolButton>

namespace ShotBrief {

namespace {

QPixmap drawIcon(TransportIcon kind, const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const qreal s = size;
    auto triangle = [&](qreal left, qreal right) { // points from left to right
        QPainterPath path;
        path.moveTo(left, s * 0.2);
        path.lineTo(right, s * 0.5);
        path.lineTo(left, s * 0.8);
        path.closeSubpath();
        painter.drawPath(path);
    };
    switch (kind) {
    case TransportIcon::Play:
        triangle(s * 0.28, s * 0.8);
        break;
    case TransportIcon::Pause:
        painter.drawRect(QRectF(s * 0.25, s * 0.2, s * 0.17, s * 0.6));
        painter.drawRect(QRectF(s * 0.58, s * 0.2, s * 0.17, s * 0.6));
        break;
    case TransportIcon::StepForward:
        triangle(s * 0.22, s * 0.66);
        painter.drawRect(QRectF(s * 0.66, s * 0.2, s * 0.12, s * 0.6));
        break;
    case TransportIcon::StepBack:
        painter.drawRect(QRectF(s * 0.22, s * 0.2, s * 0.12, s * 0.6));
        triangle(s * 0.78, s * 0.34);
        break;
    }
    return pixmap;
}

} // namespace

QIcon transportIcon(TransportIcon kind, const QWidget *widget)
{
    const QPalette palette = widget->palette();
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        icon.addPixmap(drawIcon(kind, palette.color(QPalette::Active, QPalette::ButtonText), size),
                       QIcon::Normal);
        icon.addPixmap(
            drawIcon(kind, palette.color(QPalette::Disabled, QPalette::ButtonText), size),
            QIcon::Disabled);
    }
    return icon;
}

QToolButton *makeTransportButton(QWidget *parent, const QIcon &icon, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setIcon(icon);
    button->setToolTip(toolTip);
    // Icon only: a screen reader says what the tooltip says.
    button->setAccessibleName(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace ShotBrief
