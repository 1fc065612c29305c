// SPDX-License-Identifier: MIT
#pragma once

#include "preview/sequenceitem.h"

#include <QImage>
#include <QVideoFrame>
#include <QWidget>

namespace ShotBrief {

/// Shows video frames letterboxed (any aspect ratio inside any widget shape), or for a shot
/// without a clip its still (board or first frame, SequenceItem::picturePath), else its slate.
/// Frames are converted to images only when painted.
class VideoCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoCanvas)

public:
    explicit VideoCanvas(QWidget *parent = nullptr);

    void setFrame(const QVideoFrame &frame);
    void showSlate(const SequenceItem &item, const QString &error);
    void clear();
    bool isShowingSlate() const { return m_slate; }
    /// The image of the current frame (converted on demand), null for a slate.
    QImage image() const;
    /// Where a frame of `frameSize` lands inside `area`, aspect ratio kept.
    static QRectF letterbox(const QSizeF &frameSize, const QRectF &area);

    QSize sizeHint() const override { return {640, 360}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVideoFrame m_frame;
    mutable QImage m_image;
    mutable bool m_imageStale = false;
    SequenceItem m_item;
    QString m_error;
    bool m_slate = false;
    QImage m_still; ///< The shot's board or first frame, shown instead of the slate.
};

} // namespace ShotBrief
