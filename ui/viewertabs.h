// SPDX-License-Identifier: MIT
#pragma once

#include <QTabWidget>

class QItemSelectionModel;
class QTimer;

namespace ShotBrief {

class BoardEditor;
class BoardGridPage;
class ComparePanel;
class ProjectDocument;
class SequencePlayer;
class ShotViewer;
class TimelineWidget;

/// The big area above the timeline: the current shot (Shot), the whole film (Sequence), its
/// takes side by side (Compare), its drawing (Board) and every shot as a panel (Board Grid). Keeps
/// the player, the timeline's selection and playhead, and the compare grid in step with the
/// document.
class ViewerTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewerTabs)

public:
    enum Tab { ShotTab, SequenceTab, CompareTab, BoardTab, GridTab };

    ViewerTabs(ProjectDocument *document, QItemSelectionModel *selection, ShotViewer *viewer,
               TimelineWidget *timeline, QWidget *parent = nullptr);

    SequencePlayer *player() const { return m_player; }
    ComparePanel *comparePanel() const { return m_compare; }
    BoardEditor *boardEditor() const { return m_board; }
    BoardGridPage *boardGrid() const { return m_grid; }

    /// Brings the sequence up to date now (tests; the UI does it shortly after each change).
    void refreshNow();

private:
    void scheduleRefresh();
    void refreshSequence();
    void refreshCompare();
    void onSelectionChanged();
    void onPlayerShotChanged(const QString &shotId);
    void onCircleRequested(const QString &shotId, const QString &takeId);
    QString currentShotId() const;

    ProjectDocument *m_document = nullptr;      // not owned
    QItemSelectionModel *m_selection = nullptr; // not owned
    TimelineWidget *m_timeline = nullptr;       // not owned
    SequencePlayer *m_player = nullptr;
    ComparePanel *m_compare = nullptr;
    BoardEditor *m_board = nullptr;
    BoardGridPage *m_grid = nullptr;
    QTimer *m_refreshTimer = nullptr;
    bool m_followingPlayback = false; ///< The selection change comes from the player.
    bool m_sequenceStale = true;
    bool m_focusPageOnChange = false; ///< A tab was clicked: its page takes the keys.
    QString m_compareShotId;
};

} // namespace ShotBrief
