// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRect>
#include <QSize>

namespace ShotBrief {

/// Where the board grid puts things, in content coordinates (before scrolling): for each
/// scene run a header, then its shots as panels in rows as wide as the view allows. Pure
/// arithmetic (no widgets, no files), so it is cheap to ask for thousands of shots and easy to
/// test.
class BoardGridLayout
{
public:
    static constexpr int Margin = 12;
    static constexpr int Gap = 12;
    static constexpr int HeaderHeight = 30;
    static constexpr int TextLines = 4;
    static constexpr int MinPanelWidth = 120;
    static constexpr int MaxPanelWidth = 520;

    /// Shot counts of the scene runs, in order.
    void setGroups(const QList<int> &counts);
    void setViewportWidth(int width);
    void setPanelWidth(int width);
    /// Height of one line of panel text.
    void setLineHeight(int height);

    int panelWidth() const { return m_panelWidth; }
    int columns() const { return m_columns; }
    /// The picture (16:9) and its text under it.
    QSize pictureSize() const;
    int panelHeight() const;
    int contentHeight() const;
    int groupCount() const { return int(m_counts.size()); }
    int shotCount() const { return m_shotCount; }

    QRect headerRect(int group) const;
    QRect panelRect(int shot) const;
    int groupOfShot(int shot) const;
    /// The shot whose panel holds `pos`, or -1.
    int shotAt(const QPoint &pos) const;
    /// The shots whose panels meet `area`, in order.
    QList<int> shotsIn(const QRect &area) const;
    /// The groups whose headers meet `area`.
    QList<int> headersIn(const QRect &area) const;
    /// Where a dragged panel would go (0 .. shotCount): before the panel under `pos`, or after
    /// it when `pos` is on its right half.
    int dropIndexAt(const QPoint &pos) const;
    /// The rectangle of the insertion mark for a drop index.
    QRect dropMarkRect(int dropIndex) const;
    /// Keyboard moves: the panel one row up or down (nearest column, across groups), or -1.
    int shotAbove(int shot) const;
    int shotBelow(int shot) const;

private:
    void relayout();
    int groupAtY(int y) const;

    QList<int> m_counts;
    QList<int> m_firstShot; ///< Per group.
    QList<int> m_top;       ///< Per group: the top of its header.
    int m_shotCount = 0;
    int m_viewportWidth = 800;
    int m_panelWidth = 220;
    int m_lineHeight = 16;
    int m_columns = 1;
    int m_contentHeight = 0;
};

} // namespace ShotBrief
