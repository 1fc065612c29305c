// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QItemSelectionModel;
class QLabel;
class QSlider;

namespace ShotBrief {

class BoardGridView;
class ProjectDocument;

/// The Board Grid tab: the grid of panels under a line with its zoom and what it holds.
class BoardGridPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardGridPage)

public:
    BoardGridPage(ProjectDocument *document, QItemSelectionModel *selection,
                  QWidget *parent = nullptr);

    BoardGridView *view() const { return m_view; }

private:
    void refreshSummary();

    ProjectDocument *m_document; // not owned
    BoardGridView *m_view = nullptr;
    QSlider *m_zoom = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace ShotBrief
