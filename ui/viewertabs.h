// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QTabWidget>

class QAction;
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

    /// The frame on screen and the shot it belongs to: the Shot tab's picture, the
    /// Sequence's current frame, or the frame of the take heard in Compare. Null when a slate
    /// is shown.
    struct CurrentFrame
    {
        QString shotId;
        QImage image;
    };
    CurrentFrame currentFrame() const;
    /// "Use as First Frame of Next Shot" (F) and "Use as Last Frame of This Shot" (Shift+F).
    QAction *useAsNextFirstFrameAction() const { return m_useAsNextFirst; }
    QAction *useAsLastFrameAction() const { return m_useAsLast; }
    /// Makes the frame on screen the first frame of the next shot, or the last frame of its
    /// own shot (one undoable edit). Returns false, saying why, when there is no frame.
    bool useCurrentFrame(bool asNextFirstFrame);

    /// Brings the sequence up to date now (tests; the UI does it shortly after each change).
    void refreshNow();

Q_SIGNALS:
    /// Something the status bar should say (what was set, or why nothing was).
    void message(const QString &text);

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
    QAction *m_useAsNextFirst = nullptr;
    QAction *m_useAsLast = nullptr;
    ShotViewer *m_viewer = nullptr;   // not owned (a page)
    bool m_followingPlayback = false; ///< The selection change comes from the player.
    bool m_sequenceStale = true;
    bool m_focusPageOnChange = false; ///< A tab was clicked: its page takes the keys.
    QString m_compareShotId;
};

} // namespace ShotBrief
