// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QVideoFrame>
#include <QWidget>

namespace ShotBrief {

/// A/B wipe of two takes: A left of a draggable divider, B right of it, both letterboxed
/// into the same rectangle so the same pixel of the frame lines up across the divider.
class WipeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WipeView)

public:
    explicit WipeView(QWidget *parent = nullptr);

    void setFrameA(const QVideoFrame &frame);
    void setFrameB(const QVideoFrame &frame);
    void setLabels(const QString &a, const QString &b);
    void setDivider(double fraction); ///< 0 = all B, 1 = all A.
    double divider() const { return m_divider; }

    QSize sizeHint() const override { return {640, 360}; }

Q_SIGNALS:
    void dividerChanged(double fraction);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QImage imageA() const;
    QImage imageB() const;

    QVideoFrame m_a;
    QVideoFrame m_b;
    QString m_labelA;
    QString m_labelB;
    double m_divider = 0.5;
};

} // namespace ShotBrief
