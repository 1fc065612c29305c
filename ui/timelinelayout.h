// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPoint>
#include <QRect>

namespace ShotBrief {

/// Where the timeline's clips lie: shots as clips on a ruler in seconds, each as wide as its
/// duration at the zoom (pixels per second), in widget coordinates. Pure arithmetic: the
/// TimelineWidget paints and hit-tests with it, tests use it without a widget.
class TimelineLayout
{
public:
    static constexpr int RulerHeight = 28;
    static constexpr int SceneBandHeight = 18;
    static constexpr int ClipTop = RulerHeight + SceneBandHeight + 6;
    static constexpr int ClipHeight = 118;
    static constexpr int LeftMargin = 12;
    /// The picture's height inside a clip (the rest holds the label and status lines).
    static constexpr int PictureHeight = ClipHeight - 34;
    static constexpr double MinPixelsPerSecond = 2.0;
    static constexpr double MaxPixelsPerSecond = 240.0;

    /// One duration (whole seconds) per shot, in timeline order.
    void setDurations(const QList<int> &seconds);
    int count() const { return int(m_starts.size()) - 1; }
    /// Clamped to [MinPixelsPerSecond, MaxPixelsPerSecond]; returns what was set.
    double setPixelsPerSecond(double pixelsPerSecond);
    double pixelsPerSecond() const { return m_pixelsPerSecond; }

    /// While the right edge of `row` is dragged: that clip is shown `seconds` long and the clips
    /// after it follow. A row of -1 ends the preview.
    void setResizePreview(int row, int seconds);
    int resizeRow() const { return m_resizeRow; }

    int totalSeconds() const { return m_starts.last(); }
    /// The duration shown for `row` (the preview while resizing it).
    int durationAt(int row) const;
    /// Where `row` starts in seconds, without a resize preview.
    int startOf(int row) const { return m_starts.value(row); }
    /// Where `row` is shown to start (after a resized clip, moved with its edge).
    double shownStartOf(int row) const;

    int xForSeconds(double seconds) const;
    double secondsForX(int x) const;
    /// The clip's rectangle as shown; empty for a row that does not exist.
    QRect clipRect(int row) const;
    /// The row under `pos` (from the durations without a preview), -1 for none.
    int rowAt(const QPoint &pos) const;
    /// Where shots dropped at `x` go: before the first clip whose middle lies right of x.
    int insertionIndexAt(int x) const;
    /// Wide enough for every clip, the resize handle after the last and room to drop there.
    int contentWidth() const;
    int contentHeight() const { return ClipTop + ClipHeight + 16; }

private:
    QList<int> m_starts{0}; ///< Start second of each row, plus the total at the end.
    double m_pixelsPerSecond = 18.0;
    int m_resizeRow = -1;
    int m_resizeSeconds = 0;
};

} // namespace ShotBrief
