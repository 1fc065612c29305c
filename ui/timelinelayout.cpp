// SPDX-License-Identifier: MIT
#include "timelinelayout.h"

#include <algorithm>
#include <cmath>

namespace ShotBrief {

void TimelineLayout::setDurations(const QList<int> &seconds)
{
    m_starts.resize(seconds.size() + 1);
    int start = 0;
    for (qsizetype i = 0; i < seconds.size(); ++i) {
        m_starts[i] = start;
        start += seconds.at(i);
    }
    m_starts[seconds.size()] = start;
    if (m_resizeRow >= count())
        m_resizeRow = -1;
}

double TimelineLayout::setPixelsPerSecond(double pixelsPerSecond)
{
    m_pixelsPerSecond = std::clamp(pixelsPerSecond, MinPixelsPerSecond, MaxPixelsPerSecond);
    return m_pixelsPerSecond;
}

void TimelineLayout::setResizePreview(int row, int seconds)
{
    m_resizeRow = row >= 0 && row < count() ? row : -1;
    m_resizeSeconds = seconds;
}

int TimelineLayout::durationAt(int row) const
{
    if (row < 0 || row >= count())
        return 0;
    if (row == m_resizeRow)
        return m_resizeSeconds;
    return m_starts.at(row + 1) - m_starts.at(row);
}

double TimelineLayout::shownStartOf(int row) const
{
    double start = m_starts.value(row);
    if (m_resizeRow >= 0 && row > m_resizeRow)
        start += m_resizeSeconds - (m_starts.at(m_resizeRow + 1) - m_starts.at(m_resizeRow));
    return start;
}

int TimelineLayout::xForSeconds(double seconds) const
{
    return LeftMargin + int(std::lround(seconds * m_pixelsPerSecond));
}

double TimelineLayout::secondsForX(int x) const
{
    return (x - LeftMargin) / m_pixelsPerSecond;
}

QRect TimelineLayout::clipRect(int row) const
{
    if (row < 0 || row >= count())
        return {};
    const double start = shownStartOf(row);
    const int left = xForSeconds(start);
    const int right = xForSeconds(start + durationAt(row));
    return QRect(left, ClipTop, std::max(3, right - left - 2), ClipHeight);
}

int TimelineLayout::rowAt(const QPoint &pos) const
{
    if (pos.y() < ClipTop || pos.y() > ClipTop + ClipHeight || count() < 1)
        return -1;
    const double seconds = secondsForX(pos.x());
    if (seconds < 0 || seconds >= m_starts.last())
        return -1;
    // The starts are sorted: a binary search instead of walking 500 shots.
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend() - 1, seconds);
    return int(it - m_starts.cbegin()) - 1;
}

int TimelineLayout::insertionIndexAt(int x) const
{
    const double seconds = secondsForX(x);
    for (int row = 0; row < count(); ++row) {
        const double middle = (m_starts.at(row) + m_starts.at(row + 1)) / 2.0;
        if (seconds < middle)
            return row;
    }
    return count();
}

int TimelineLayout::contentWidth() const
{
    // Room after the last clip for the resize handle and for dropping at the end.
    return LeftMargin * 2 + int(std::ceil(totalSeconds() * m_pixelsPerSecond)) + 160;
}

} // namespace ShotBrief
