// SPDX-License-Identifier: MIT
#include "timelineview.h"

#include "timelinewidget.h"

#include <QResizeEvent>
#include <QScrollBar>

namespace ShotBrief {

TimelineView::TimelineView(ProjectDocument *document, QItemSelectionModel *selection,
                           QWidget *parent)
    : QScrollArea(parent)
    , m_timeline(new TimelineWidget(document, selection))
{
    setWidget(m_timeline);
    setWidgetResizable(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setFrameShape(QFrame::NoFrame);
    setFocusProxy(m_timeline);
    setMinimumHeight(m_timeline->minimumSizeHint().height() +
                     horizontalScrollBar()->sizeHint().height() + 2);
}

void TimelineView::zoomToFit()
{
    m_timeline->zoomToFit(viewport()->width());
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    const QSize hint = m_timeline->sizeHint();
    m_timeline->resize(std::max(hint.width(), viewport()->width()),
                       std::max(hint.height(), viewport()->height()));
}

} // namespace ShotBrief
