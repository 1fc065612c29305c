// SPDX-License-Identifier: MIT
#include "wipeview.h"

#include "videocanvas.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace ShotBrief {

WipeView::WipeView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::SplitHCursor);
}

void WipeView::setFrameA(const QVideoFrame &frame)
{
    m_a = frame;
    update();
}

void WipeView::setFrameB(const QVideoFrame &frame)
{
    m_b = frame;
    update();
}

void WipeView::setLabels(const QString &a, const QString &b)
{
    m_labelA = a;
    m_labelB = b;
    update();
}

void WipeView::setDivider(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (qFuzzyCompare(fraction, m_divider))
        return;
    m_divider = fraction;
    update();
    Q_EMIT dividerChanged(fraction);
}

QImage WipeView::imageA() const
{
    return m_a.isValid() ? m_a.toImage() : QImage();
}

QImage WipeView::imageB() const
{
    return m_b.isValid() ? m_b.toImage() : QImage();
}

void WipeView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QImage a = imageA();
    const QImage b = imageB();
    // One frame rectangle for both, from A's shape (or B's), so the halves line up.
    const QSizeF shape = !a.isNull()   ? QSizeF(a.size())
                         : !b.isNull() ? QSizeF(b.size())
                                       : QSizeF(16, 9);
    const QRectF frame = VideoCanvas::letterbox(shape, rect());
    const qreal x = rect().left() + m_divider * rect().width();
    if (!b.isNull()) {
        p.save();
        p.setClipRect(QRectF(QPointF(x, 0), QPointF(width(), height())));
        p.drawImage(VideoCanvas::letterbox(b.size(), frame), b);
        p.restore();
    }
    if (!a.isNull()) {
        p.save();
        p.setClipRect(QRectF(QPointF(0, 0), QPointF(x, height())));
        p.drawImage(VideoCanvas::letterbox(a.size(), frame), a);
        p.restore();
    }
    p.setPen(QPen(Qt::white, 2));
    p.drawLine(QPointF(x, 0), QPointF(x, height()));
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(x, height() / 2.0), 7, 7);

    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    const QRectF labelRect = rect().adjusted(10, 8, -10, -8);
    p.setPen(Qt::black);
    p.drawText(labelRect.translated(1, 1), Qt::AlignLeft | Qt::AlignTop, m_labelA);
    p.drawText(labelRect.translated(1, 1), Qt::AlignRight | Qt::AlignTop, m_labelB);
    p.setPen(Qt::white);
    p.drawText(labelRect, Qt::AlignLeft | Qt::AlignTop, m_labelA);
    p.drawText(labelRect, Qt::AlignRight | Qt::AlignTop, m_labelB);
}

void WipeView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && width() > 0)
        setDivider(event->position().x() / width());
}

void WipeView::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && width() > 0)
        setDivider(event->position().x() / width());
}

} // namespace ShotBrief
