// SPDX-License-Identifier: MIT
#pragma once

#include <QScrollArea>

class QItemSelectionModel;

namespace ShotBrief {

class ProjectDocument;
class TimelineWidget;

/// The timeline in its horizontal scroll area.
class TimelineView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    TimelineView(ProjectDocument *document, QItemSelectionModel *selection,
                 QWidget *parent = nullptr);

    TimelineWidget *timeline() const { return m_timeline; }
    void zoomToFit();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    TimelineWidget *m_timeline = nullptr; // owned by the scroll area
};

} // namespace ShotBrief
