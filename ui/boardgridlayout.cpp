// SPDX-License-Identifier: MIT
#include "boardgridlayout.h"

#include <algorithm>

namespace ShotBrief {

void BoardGridLayout::setGroups(const QList<int> &counts)
{
    m_counts = counts;
    relayout();
}

void BoardGridLayout::setViewportWidth(int width)
{
    m_viewportWidth = std::max(1, width);
    relayout();
}

void BoardGridLayout::setPanelWidth(int width)
{
    m_panelWidth = std::clamp(width, MinPanelWidth, MaxPanelWidth);
    relayout();
}

void BoardGridLayout::setLineHeight(int height)
{
    m_lineHeight = std::max(8, height);
    relayout();
}

QSize BoardGridLayout::pictureSize() const
{
    return {m_panelWidth, m_panelWidth * 9 / 16};
}

int BoardGridLayout::panelHeight() const
{
    return pictureSize().height() + 6 + TextLines * m_lineHeight;
}

int BoardGridLayout::contentHeight() const
{
    return m_contentHeight;
}

void BoardGridLayout::relayout()
{
    m_columns = std::max(1, (m_viewportWidth - 2 * Margin + Gap) / (m_panelWidth + Gap));
    m_firstShot.resize(m_counts.size());
    m_top.resize(m_counts.size());
    int shot = 0;
    int y = Margin;
    const int rowHeight = panelHeight() + Gap;
    for (int g = 0; g < m_counts.size(); ++g) {
        m_firstShot[g] = shot;
        m_top[g] = y;
        const int rows = (m_counts.at(g) + m_columns - 1) / m_columns;
        y += HeaderHeight + rows * rowHeight;
        shot += m_counts.at(g);
    }
    m_shotCount = shot;
    m_contentHeight = y + Margin;
}

int BoardGridLayout::groupOfShot(int shot) const
{
    if (shot < 0 || shot >= m_shotCount)
        return -1;
    const auto it = std::upper_bound(m_firstShot.cbegin(), m_firstShot.cend(), shot);
    return int(it - m_firstShot.cbegin()) - 1;
}

int BoardGridLayout::groupAtY(int y) const
{
    const auto it = std::upper_bound(m_top.cbegin(), m_top.cend(), y);
    return std::max(0, int(it - m_top.cbegin()) - 1);
}

QRect BoardGridLayout::headerRect(int group) const
{
    if (group < 0 || group >= m_counts.size())
        return {};
    return QRect(Margin, m_top.at(group), m_viewportWidth - 2 * Margin, HeaderHeight - 4);
}

QRect BoardGridLayout::panelRect(int shot) const
{
    const int group = groupOfShot(shot);
    if (group < 0)
        return {};
    const int inGroup = shot - m_firstShot.at(group);
    const int row = inGroup / m_columns;
    const int column = inGroup % m_columns;
    return QRect(Margin + column * (m_panelWidth + Gap),
                 m_top.at(group) + HeaderHeight + row * (panelHeight() + Gap), m_panelWidth,
                 panelHeight());
}

int BoardGridLayout::shotAt(const QPoint &pos) const
{
    if (m_counts.isEmpty())
        return -1;
    const int group = groupAtY(pos.y());
    const int y = pos.y() - m_top.at(group) - HeaderHeight;
    const int x = pos.x() - Margin;
    if (y < 0 || x < 0)
        return -1;
    const int row = y / (panelHeight() + Gap);
    const int column = x / (m_panelWidth + Gap);
    if (column >= m_columns || x - column * (m_panelWidth + Gap) >= m_panelWidth ||
        y - row * (panelHeight() + Gap) >= panelHeight())
        return -1;
    const int inGroup = row * m_columns + column;
    if (inGroup >= m_counts.at(group))
        return -1;
    return m_firstShot.at(group) + inGroup;
}

QList<int> BoardGridLayout::shotsIn(const QRect &area) const
{
    QList<int> shots;
    if (m_counts.isEmpty())
        return shots;
    const int rowHeight = panelHeight() + Gap;
    for (int g = groupAtY(area.top()); g < m_counts.size() && m_top.at(g) <= area.bottom(); ++g) {
        const int first = m_top.at(g) + HeaderHeight;
        const int rows = (m_counts.at(g) + m_columns - 1) / m_columns;
        const int fromRow = std::max(0, (area.top() - first) / rowHeight);
        const int toRow = std::min(rows - 1, (area.bottom() - first) / rowHeight);
        for (int row = fromRow; row <= toRow; ++row) {
            for (int column = 0; column < m_columns; ++column) {
                const int inGroup = row * m_columns + column;
                if (inGroup >= m_counts.at(g))
                    break;
                const int shot = m_firstShot.at(g) + inGroup;
                if (panelRect(shot).intersects(area))
                    shots.append(shot);
            }
        }
    }
    return shots;
}

QList<int> BoardGridLayout::headersIn(const QRect &area) const
{
    QList<int> groups;
    if (m_counts.isEmpty())
        return groups;
    for (int g = groupAtY(area.top()); g < m_counts.size() && m_top.at(g) <= area.bottom(); ++g) {
        if (headerRect(g).intersects(area))
            groups.append(g);
    }
    return groups;
}

int BoardGridLayout::dropIndexAt(const QPoint &pos) const
{
    if (m_shotCount == 0)
        return 0;
    const int group = groupAtY(pos.y());
    const int first = m_firstShot.at(group);
    const int y = pos.y() - m_top.at(group) - HeaderHeight;
    if (y < 0)
        return first; // on the header: the start of the scene run
    const int row = y / (panelHeight() + Gap);
    const int column =
        std::clamp((pos.x() - Margin + m_panelWidth / 2) / (m_panelWidth + Gap), 0, m_columns);
    return std::min(first + m_counts.at(group), first + row * m_columns + column);
}

QRect BoardGridLayout::dropMarkRect(int dropIndex) const
{
    if (m_shotCount == 0)
        return QRect(Margin, Margin + HeaderHeight, 3, panelHeight());
    // Before the panel at the index, or after the last panel of its row.
    const bool atEnd = dropIndex >= m_shotCount;
    const int shot = atEnd ? m_shotCount - 1 : dropIndex;
    const QRect panel = panelRect(shot);
    const int x = atEnd ? panel.right() + Gap / 2 : panel.left() - Gap / 2;
    return QRect(x - 1, panel.top(), 3, panel.height());
}

int BoardGridLayout::shotAbove(int shot) const
{
    const int group = groupOfShot(shot);
    if (group < 0)
        return -1;
    const int inGroup = shot - m_firstShot.at(group);
    const int row = inGroup / m_columns;
    const int column = inGroup % m_columns;
    if (row > 0)
        return shot - m_columns;
    if (group == 0)
        return -1;
    // The last row of the scene run above, in the nearest column it has.
    const int count = m_counts.at(group - 1);
    const int lastRow = (count - 1) / m_columns;
    return m_firstShot.at(group - 1) + lastRow * m_columns +
           std::min(column, count - 1 - lastRow * m_columns);
}

int BoardGridLayout::shotBelow(int shot) const
{
    const int group = groupOfShot(shot);
    if (group < 0)
        return -1;
    const int first = m_firstShot.at(group);
    const int inGroup = shot - first;
    const int row = inGroup / m_columns;
    const int column = inGroup % m_columns;
    if ((row + 1) * m_columns < m_counts.at(group))
        return first + std::min((row + 1) * m_columns + column, m_counts.at(group) - 1);
    if (group + 1 >= m_counts.size())
        return -1;
    return m_firstShot.at(group + 1) + std::min(column, m_counts.at(group + 1) - 1);
}

} // namespace ShotBrief
