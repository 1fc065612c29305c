// SPDX-License-Identifier: MIT
#include "timelineaccessible.h"

#include "timelinewidget.h"

#include "document/projectdocument.h"
#include "model/shotname.h"

#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QPointer>

namespace ShotBrief {

namespace {

struct TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::TimelineAccessible)
};

/// One clip of the timeline: the shot at `row`, whichever it is now.
class ClipAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    ClipAccessible(TimelineWidget *timeline, int row)
        : m_timeline(timeline)
        , m_row(row)
    {}

    bool isValid() const override
    {
        return m_timeline && m_row < m_timeline->document()->project().shots.size();
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_timeline ? m_timeline->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *parent() const override
    {
        return m_timeline ? QAccessible::queryAccessibleInterface(m_timeline.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const Project &project = m_timeline->document()->project();
        const Shot &shot = project.shots.at(m_row);
        if (t == QAccessible::Name)
            return TimelineText::tr("%1, %n second(s)", nullptr, shot.durationSeconds)
                .arg(shotTitle(project, m_row));
        if (t != QAccessible::Description)
            return {};
        QStringList parts;
        if (const Scene *scene = project.sceneById(shot.sceneId))
            parts.append(scene->title);
        if (const Take *take = shot.circledTake())
            parts.append(TimelineText::tr("circled: %1, %2")
                             .arg(takeTitle(shot, take->id), takeStatusName(take->status)));
        else if (shot.takes.isEmpty())
            parts.append(TimelineText::tr("no take yet"));
        else
            parts.append(
                TimelineText::tr("%n take(s), none circled", nullptr, int(shot.takes.size())));
        const QList<LintFinding> findings = m_timeline->lintFindings(shot.id);
        if (findings.isEmpty()) {
            parts.append(TimelineText::tr("no lint findings"));
        } else {
            QStringList messages;
            for (const LintFinding &finding : findings)
                messages.append(finding.message);
            parts.append(TimelineText::tr("%n lint finding(s): %1", nullptr, int(findings.size()))
                             .arg(messages.join(QLatin1String("; "))));
        }
        return parts.join(QLatin1String(". "));
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect clip = m_timeline->clipRect(m_row);
        return QRect(m_timeline->mapToGlobal(clip.topLeft()), clip.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        const QItemSelectionModel *selection = m_timeline->selectionModel();
        state.selectable = true;
        state.multiSelectable = true;
        state.focusable = true;
        state.selected = selection->isRowSelected(m_row);
        state.focused = m_timeline->hasFocus() && selection->currentIndex().row() == m_row;
        const QRect clip = m_timeline->clipRect(m_row);
        state.offscreen = !m_timeline->isVisible() || !m_timeline->visibleRegion().intersects(clip);
        state.invisible = !m_timeline->isVisible();
        return state;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }

    QStringList actionNames() const override { return {setFocusAction(), pressAction()}; }

    void doAction(const QString &name) override
    {
        if (!isValid())
            return;
        // Focus: make it the current clip; press: as Enter, edit it in the inspector.
        m_timeline->setFocus(Qt::OtherFocusReason);
        m_timeline->selectRow(m_row);
        if (name == pressAction())
            Q_EMIT m_timeline->editRequested();
    }

    QStringList keyBindingsForAction(const QString &name) const override
    {
        return name == pressAction() ? QStringList{QStringLiteral("Return")} : QStringList{};
    }

    const TimelineWidget *timeline() const { return m_timeline.data(); }
    int row() const { return m_row; }

private:
    QPointer<TimelineWidget> m_timeline;
    int m_row;
};

QAccessibleInterface *timelineFactory(const QString &, QObject *object)
{
    if (auto *timeline = qobject_cast<TimelineWidget *>(object))
        return new TimelineAccessible(timeline);
    return nullptr;
}

} // namespace

TimelineAccessible::TimelineAccessible(TimelineWidget *timeline)
    : QAccessibleWidget(timeline, QAccessible::List)
{}

TimelineAccessible::~TimelineAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_clips))
        QAccessible::deleteAccessibleInterface(id);
}

void TimelineAccessible::install(TimelineWidget *timeline)
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed);
    // The keyboard moves the current clip: a screen reader says which one it is now.
    QObject::connect(timeline->selectionModel(), &QItemSelectionModel::currentChanged, timeline,
                     [timeline](const QModelIndex &current) {
                         if (!current.isValid() || !timeline->hasFocus())
                             return;
                         QAccessibleEvent focus(timeline, QAccessible::Focus);
                         focus.setChild(current.row());
                         QAccessible::updateAccessibility(&focus);
                     });
}

TimelineWidget *TimelineAccessible::timeline() const
{
    return static_cast<TimelineWidget *>(widget());
}

QString TimelineAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Description && widget()->accessibleDescription().isEmpty())
        return TimelineText::tr("The shots in order. Left and Right move between them, Enter "
                                "edits one, Insert adds a shot, Delete removes it.");
    return QAccessibleWidget::text(t);
}

int TimelineAccessible::childCount() const
{
    return int(timeline()->document()->project().shots.size());
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const auto found = m_clips.constFind(index);
    if (found != m_clips.cend())
        return QAccessible::accessibleInterface(*found);
    QAccessibleInterface *clip = new ClipAccessible(timeline(), index);
    m_clips.insert(index, QAccessible::registerAccessibleInterface(clip));
    return clip;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *clip = dynamic_cast<const ClipAccessible *>(child);
    if (!clip || clip->timeline() != timeline() || clip->row() >= childCount())
        return -1;
    return clip->row();
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    const int row = timeline()->rowAt(timeline()->mapFromGlobal(QPoint(x, y)));
    return row >= 0 ? child(row) : nullptr;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    if (!timeline()->hasFocus())
        return nullptr;
    const QModelIndex current = timeline()->selectionModel()->currentIndex();
    return current.isValid() ? child(current.row()) : nullptr;
}

} // namespace ShotBrief
