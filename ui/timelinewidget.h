// SPDX-License-Identifier: MIT
#pragma once

#include "model/capabilities.h"

#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

class QItemSelectionModel;
class QScrollArea;
class QTimer;

namespace ShotBrief {

class ProjectDocument;
struct Shot;

/// The spine of the window: shots as clips on a ruler in seconds, widths proportional to
/// duration. Paints only the exposed clips and caches their pictures, so that hundreds of
/// shots scroll and zoom smoothly. Lives inside a QScrollArea (see TimelineView).
class TimelineWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)

public:
    TimelineWidget(ProjectDocument *document, QItemSelectionModel *selection,
                   QWidget *parent = nullptr);

    void setCapabilities(const ProviderCapabilities &capabilities);

    double pixelsPerSecond() const { return m_pixelsPerSecond; }
    void setPixelsPerSecond(double pixelsPerSecond);
    void zoomBy(double factor, int anchorX = -1);
    /// Fits the whole sequence into `width` pixels.
    void zoomToFit(int width);

    double playheadSeconds() const { return m_playhead; }
    void setPlayheadSeconds(double seconds);

    /// Geometry, in widget coordinates, for tests and for the scroll area.
    QRect clipRect(int row) const;
    int rowAt(const QPoint &pos) const;
    QStringList selectedShotIds() const;
    QString currentShotId() const;
    void selectRow(int row, bool extend = false);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static constexpr int RulerHeight = 28;
    static constexpr int SceneBandHeight = 18;
    static constexpr int ClipTop = RulerHeight + SceneBandHeight + 6;
    static constexpr int ClipHeight = 118;
    static constexpr int LeftMargin = 12;
    static constexpr int ResizeHandle = 7;

    /// While a clip, its edge or the playhead is dragged with the pointer this close to the
    /// left or right edge of the viewport, the timeline scrolls by itself.
    static constexpr int AutoScrollMargin = 48;
    static constexpr int AutoScrollIntervalMs = 16;
    static constexpr int AutoScrollMaxStep = 32;
    /// Pixels per tick (negative: to the left) for a pointer `x` pixels into a viewport
    /// `viewportWidth` wide: 0 away from the edges, faster the nearer the edge, fastest past it.
    static int autoScrollStep(int x, int viewportWidth);
    bool isAutoScrolling() const;

Q_SIGNALS:
    /// Enter or double click: the user wants to edit the current shot in the inspector.
    void editRequested();
    void insertRequested();
    void duplicateRequested();
    void deleteRequested();
    void splitRequested();
    void zoomChanged(double pixelsPerSecond);
    void playheadChanged(double seconds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    enum class DragMode { None, Pending, Reorder, Resize, Playhead };
    struct LintSummary
    {
        int count = 0;
        int worst = -1; // LintSeverity as int, -1: none
    };

    void relayout();
    void invalidatePictures();
    void onDocumentChanged();
    int durationAt(int row) const;
    double startSecondsOf(int row) const;
    int xForSeconds(double seconds) const;
    double secondsForX(int x) const;
    int insertionIndexAt(int x) const;
    const LintSummary &lintFor(int row) const;
    QPixmap pictureFor(const Shot &shot, const QSize &size) const;
    void paintRuler(QPainter &painter, const QRect &exposed) const;
    void paintClip(QPainter &painter, int row, const QRect &rect) const;
    void ensureRowVisible(int row);
    QScrollArea *scrollArea() const;
    /// Follows the pointer during a drag (`pos` in widget coordinates).
    void dragTo(const QPoint &pos);
    void updateAutoScroll(const QPoint &pos);
    void stopAutoScroll();
    bool isAutoScrollDrag() const;
    void autoScrollTick();

    ProjectDocument *m_document;      // not owned
    QItemSelectionModel *m_selection; // not owned
    ProviderCapabilities m_capabilities = ProviderCapabilities::openAiVideos();
    double m_pixelsPerSecond = 18.0;
    double m_playhead = 0.0;
    QList<int> m_starts; // start second of each row, plus the total at the end

    DragMode m_dragMode = DragMode::None;
    QPoint m_pressPos;
    int m_pressRow = -1;
    int m_resizePreview = 0; // seconds shown while dragging the edge
    int m_dropIndex = -1;
    bool m_mousePressing = false;
    QTimer *m_autoScrollTimer = nullptr;
    int m_autoScrollStep = 0;
    QPoint m_dragViewportPos; // where the pointer holds, in the viewport's coordinates

    mutable QHash<QString, LintSummary> m_lintCache;
    mutable QHash<QString, QPixmap> m_pictureCache;
};

} // namespace ShotBrief
