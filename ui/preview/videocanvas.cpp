// SPDX-License-Identifier: MIT
#include "videocanvas.h"

#include "slatepainter.h"

#include <QImageReader>
#include <QPainter>

namespace ShotBrief {

VideoCanvas::VideoCanvas(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(160, 90);
}

void VideoCanvas::setFrame(const QVideoFrame &frame)
{
    m_frame = frame;
    m_imageStale = true;
    m_slate = false;
    update();
}

void VideoCanvas::showSlate(const SequenceItem &item, const QString &error)
{
    const bool sameStill = item.picturePath == m_item.picturePath && m_slate;
    m_item = item;
    m_error = error;
    m_slate = true;
    if (!sameStill) {
        QImageReader reader(item.picturePath);
        reader.setAutoTransform(true);
        m_still = item.picturePath.isEmpty() ? QImage() : reader.read();
    }
    update();
}

void VideoCanvas::clear()
{
    m_frame = QVideoFrame();
    m_image = QImage();
    m_slate = false;
    update();
}

QImage VideoCanvas::image() const
{
    if (m_slate)
        return {};
    if (m_imageStale) {
        m_image = m_frame.isValid() ? m_frame.toImage() : QImage();
        m_imageStale = false;
    }
    return m_image;
}

QRectF VideoCanvas::letterbox(const QSizeF &frameSize, const QRectF &area)
{
    if (frameSize.isEmpty() || area.isEmpty())
        return area;
    const QSizeF fitted = frameSize.scaled(area.size(), Qt::KeepAspectRatio);
    return QRectF(area.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
}

void VideoCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_slate && !m_still.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(letterbox(m_still.size(), rect()), m_still);
        return;
    }
    if (m_slate) {
        // Slates are 16:9 cards, letterboxed like any frame.
        paintSlate(painter, letterbox(QSizeF(16, 9), rect()), m_item, m_error);
        return;
    }
    const QImage img = image();
    if (img.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(letterbox(img.size(), rect()), img);
}

} // namespace ShotBrief
