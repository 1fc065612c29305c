// SPDX-License-Identifier: MIT
#pragma once

#include "preview/sequencetimeline.h"

#include <QWidget>

namespace ShotBrief {

/// A ruler over the whole film: one block per shot (palette colour, label; slates hatched,
/// failures outlined red), second ticks, the loop range and the playhead. Click or drag to
/// seek anywhere in the sequence.
class SequenceRuler final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequenceRuler)

public:
    explicit SequenceRuler(QWidget *parent = nullptr);

    void setTimeline(const SequenceTimeline &timeline);
    void setPosition(qint64 ms);
    void setLoopRange(qint64 inMs, qint64 outMs); ///< Negative: none.
    void setItemFailed(int index, bool failed);
    qint64 position() const { return m_position; }

    qint64 timeAt(int x) const;
    int xAt(qint64 ms) const;

    QSize sizeHint() const override { return {600, 58}; }
    QSize minimumSizeHint() const override { return {120, 58}; }

Q_SIGNALS:
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRect barRect() const;

    SequenceTimeline m_timeline;
    QList<bool> m_failed;
    qint64 m_position = 0;
    qint64 m_loopIn = -1;
    qint64 m_loopOut = -1;
};

} // namespace ShotBrief
