// SPDX-License-Identifier: MIT
#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace ShotBrief {

class TimelineWidget;

/// What a screen reader is told about the timeline. Its clips are painted, not widgets, so
/// without this it is one nameless picture: here it is a list whose items are the clips, each
/// named as a person names the shot ("Shot 3, 8 seconds") and described by its scene, its
/// takes and its lint findings. The current clip is the focused item, and moving it with the
/// keyboard is announced, as the frame on screen shows it.
class TimelineAccessible final : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineWidget *timeline);
    ~TimelineAccessible() override;

    /// Called by every timeline before anything asks for its interface: QAccessible builds a
    /// TimelineAccessible for it, and a new current clip is announced.
    static void install(TimelineWidget *timeline);

    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    TimelineWidget *timeline() const;

private:
    /// Clip interfaces by row, made on demand; QAccessible keeps them until this one goes.
    mutable QHash<int, QAccessible::Id> m_clips;
};

} // namespace ShotBrief
