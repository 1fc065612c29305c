// SPDX-License-Identifier: MIT
#include "sequenceruler.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace ShotBrief {

namespace {
constexpr int TickHeight = 14;
}

SequenceRuler::SequenceRuler(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(false);
    setCursor(Qt::PointingHandCursor);
}

void SequenceRuler::setTimeline(const SequenceTimeline &timeline)
{
    m_timeline = timeline;
    m_failed = QList<bool>(timeline.count(), false);
    for (int i = 0; i < timeline.count(); ++i)
        m_failed[i] = !timeline.at(i).error.isEmpty();
    m_position = 0;
    update();
}

void SequenceRuler::setPosition(qint64 ms)
{
    if (ms == m_position)
        return;
    m_position = ms;
    update();
}

void SequenceRuler::setLoopRange(qint64 inMs, qint64 outMs)
{
    m_loopIn = inMs;
    m_loopOut = outMs;
    update();
}

void SequenceRuler::setItemFailed(int index, bool failed)
{
    if (index < 0 || index >= m_failed.size())
        return;
    m_failed[index] = failed;
    update();
}

QRect SequenceRuler::barRect() const
{
    return rect().adjusted(1, TickHeight, -1, -2);
}

qint64 SequenceRuler::timeAt(int x) const
{
    const QRect bar = barRect();
    if (bar.width() <= 0 || m_timeline.totalMs() <= 0)
        return 0;
    const double f = std::clamp(double(x - bar.left()) / double(bar.width()), 0.0, 1.0);
    return qint64(f * double(m_timeline.totalMs()));
}

int SequenceRuler::xAt(qint64 ms) const
{
    const QRect bar = barRect();
    if (m_timeline.totalMs() <= 0)
        return bar.left();
    return bar.left() + int(double(bar.width()) * double(ms) / double(m_timeline.totalMs()));
}

void SequenceRuler::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window).darker(115));
    const QRect bar = barRect();
    const qint64 total = m_timeline.totalMs();
    if (total <= 0)
        return;

    // Second ticks, labelled every 5 s (or coarser for long films).
    QFont tickFont = font();
    tickFont.setPixelSize(9);
    p.setFont(tickFont);
    p.setPen(palette().color(QPalette::WindowText));
    const qint64 labelEvery = total > 120000 ? 30000 : total > 40000 ? 10000 : 5000;
    for (qint64 t = 0; t <= total; t += 1000) {
        const int x = xAt(t);
        const bool labelled = t % labelEvery == 0;
        p.drawLine(x, TickHeight - (labelled ? 6 : 3), x, TickHeight - 1);
        if (labelled)
            p.drawText(x + 2, TickHeight - 5,
                       QStringLiteral("%1:%2").arg(t / 60000).arg((t / 1000) % 60, 2, 10,
                                                                  QLatin1Char('0')));
    }

    QFont labelFont = font();
    labelFont.setPixelSize(11);
    labelFont.setBold(true);
    p.setFont(labelFont);
    for (int i = 0; i < m_timeline.count(); ++i) {
        const SequenceItem &item = m_timeline.at(i);
        const QRect block(QPoint(xAt(m_timeline.startMs(i)), bar.top()),
                          QPoint(xAt(m_timeline.endMs(i)) - 1, bar.bottom()));
        QColor fill =
            item.palette.isEmpty() ? QColor(0x55, 0x5a, 0x66) : QColor(item.palette.first().hex);
        if (!fill.isValid())
            fill = QColor(0x55, 0x5a, 0x66);
        p.fillRect(block, fill.darker(item.hasClip() ? 110 : 160));
        if (!item.hasClip())
            p.fillRect(block, QBrush(QColor(255, 255, 255, 40), Qt::BDiagPattern));
        p.setPen(m_failed.value(i) ? QPen(QColor(0xff, 0x6b, 0x6b), 2)
                                   : QPen(QColor(0, 0, 0, 160), 1));
        p.drawRect(block.adjusted(0, 0, -1, -1));
        p.setPen(Qt::white);
        p.drawText(block.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(item.label, Qt::ElideRight, block.width() - 6));
    }

    if (m_loopIn >= 0 && m_loopOut > m_loopIn) {
        const QRect loop(QPoint(xAt(m_loopIn), 0), QPoint(xAt(m_loopOut), height()));
        p.fillRect(loop, QColor(255, 200, 0, 60));
        p.setPen(QPen(QColor(255, 200, 0), 2));
        p.drawLine(loop.topLeft(), loop.bottomLeft());
        p.drawLine(loop.topRight(), loop.bottomRight());
    }

    const int x = xAt(m_position);
    p.setPen(QPen(QColor(0xff, 0x40, 0x40), 2));
    p.drawLine(x, 0, x, height());
    p.setBrush(QColor(0xff, 0x40, 0x40));
    p.drawPolygon(QPolygon({QPoint(x - 5, 0), QPoint(x + 5, 0), QPoint(x, 6)}));
}

void SequenceRuler::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    Q_EMIT seekRequested(timeAt(event->position().toPoint().x()));
}

void SequenceRuler::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        Q_EMIT seekRequested(timeAt(event->position().toPoint().x()));
}

} // namespace ShotBrief
