// SPDX-License-Identifier: MIT
#pragma once

#include "boardgridlayout.h"

#include "board/shotpicture.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QPixmap>
#include <QPointer>

class QItemSelectionModel;
class QTimer;

namespace ShotBrief {

class BoardGridModel;
class ProjectDocument;

/// The whole sequence as storyboard panels, grouped by scene (BoardGridModel): each with its
/// picture (the circled take's frame, else its board, else its first frame, else a slate),
/// name, length, camera, dialogue and action. It shares the timeline's selection: click,
/// Ctrl/Shift-click, drag to reorder, arrows and Home/End to move, Ctrl+wheel or Ctrl+= and
/// Ctrl+- to zoom; the context menu has the timeline's shot actions. Pictures are decoded or
/// drawn on a worker thread at panel size and cached; a paint only draws what is ready.
class BoardGridView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardGridView)

public:
    BoardGridView(ProjectDocument *document, QItemSelectionModel *selection,
                  QWidget *parent = nullptr);
    ~BoardGridView() override;

    BoardGridModel *model() const { return m_model; }
    const BoardGridLayout &gridLayout() const { return m_layout; }
    int panelWidth() const { return m_layout.panelWidth(); }
    void setPanelWidth(int width);
    void zoomBy(double factor);
    /// The panel of a shot (by its row) in viewport coordinates.
    QRect panelRect(int shotRow) const;
    int shotAt(const QPoint &viewportPos) const;
    void ensureShotVisible(int shotRow);
    /// Pictures not yet back from the worker (tests, benchmarks).
    int picturesPending() const { return m_pending; }
    /// Works out every shot's picture now instead of shortly after a change (tests,
    /// benchmarks).
    void refreshPicturesNow();

Q_SIGNALS:
    void editRequested();
    void insertRequested();
    void duplicateRequested();
    void deleteRequested();
    void splitRequested();
    /// Mark as Cut / Restore to Edit, as on the timeline.
    void cutToggleRequested();
    /// The user wants to draw the current shot's board.
    void drawRequested();
    void panelWidthChanged(int width);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Picture
    {
        ShotPicture source;
        QPixmap pixmap; ///< At the panel's picture size; null until the worker returns.
        QSize size;     ///< The size it was made for.
        bool pending = false;
    };

    void relayout();
    void updateScrollBars();
    int scrollY() const;
    void markDirty(const QString &shotId);
    void markAllDirty();
    void refreshDirty();
    void request(const QString &shotId, Picture &picture);
    void pictureReady(const QString &shotId, const QString &key, const QSize &size,
                      const QImage &image);
    void paintPanel(QPainter &painter, int shotRow, const QRect &rect) const;
    void paintSlate(QPainter &painter, int shotRow, const QRect &rect) const;
    void selectShot(int shotRow, Qt::KeyboardModifiers modifiers);
    void moveCurrent(int shotRow, Qt::KeyboardModifiers modifiers);
    int currentRow() const;
    QStringList selectedIds() const;

    ProjectDocument *m_document;      // not owned
    QItemSelectionModel *m_selection; // not owned; over the document's ShotListModel
    BoardGridModel *m_model = nullptr;
    BoardGridLayout m_layout;
    QHash<QString, Picture> m_pictures; ///< By shot id.
    QStringList m_dirty;                ///< Shots whose picture must be worked out again.
    bool m_allDirty = true;
    QTimer *m_refreshTimer = nullptr;
    int m_pending = 0;
    quint64 m_generation = 0; ///< Bumped on reset: late answers for an old project are dropped.

    int m_pressRow = -1;
    QPoint m_pressPos;
    bool m_dragging = false;
    int m_dropIndex = -1;
    int m_anchorRow = -1;
    /// The current shot changed while the grid was hidden (another tab): it is scrolled into
    /// view when the grid shows, at its real size.
    bool m_revealCurrent = false;
};

} // namespace ShotBrief
