// SPDX-License-Identifier: MIT
#pragma once

#include "timelinelayout.h"

#include "model/capabilities.h"
#include "prompt/linter.h"

#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QPointer>
#include <QWidget>

#include <optional>

class QItemSelectionModel;
class QScrollArea;
class QTimer;

namespace ShotBrief {

class CutMeasurer;

class ProjectDocument;
struct Shot;

/// The spine of the window: shots as clips on a ruler in seconds, widths proportional to
/// duration (TimelineLayout). Paints only the exposed clips, from what it keeps per shot: the
/// lint findings and the picture are worked out when the document says a shot (or what its
/// lint depends on) changed, never while painting, so hundreds of shots scroll and zoom
/// smoothly and a paint reads no file. Lives inside a QScrollArea (see TimelineView).
class TimelineWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)

public:
    TimelineWidget(ProjectDocument *document, QItemSelectionModel *selection,
                   QWidget *parent = nullptr);

    void setCapabilities(const ProviderCapabilities &capabilities);

    ProjectDocument *document() const { return m_document; }
    QItemSelectionModel *selectionModel() const { return m_selection; }

    double pixelsPerSecond() const { return m_layout.pixelsPerSecond(); }
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

    /// What an empty timeline says, and where (inside the visible part, wrapped if need be).
    static QString emptyHintText();
    QRect emptyHintRect() const;

    const TimelineLayout &layout() const { return m_layout; }
    /// The lint findings of a shot, as the timeline last worked them out (its badge and
    /// tooltip show them).
    QList<LintFinding> lintFindings(const QString &shotId) const;

    static constexpr int RulerHeight = TimelineLayout::RulerHeight;
    static constexpr int SceneBandHeight = TimelineLayout::SceneBandHeight;
    static constexpr int ClipTop = TimelineLayout::ClipTop;
    static constexpr int ClipHeight = TimelineLayout::ClipHeight;
    static constexpr int LeftMargin = TimelineLayout::LeftMargin;
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

    /// The continuity of the cut before `row` (between shot row-1 and shot row), as its small
    /// mark on the timeline shows it.
    enum class CutMarkKind {
        None,       ///< Nothing planned or measured.
        Chained,    ///< The shot begins on the previous clip's last frame (planned or held).
        Continuous, ///< Measured: the frames either side are the same picture.
        Jump        ///< Measured: the picture jumps at the cut.
    };
    struct CutMark
    {
        CutMarkKind kind = CutMarkKind::None;
        std::optional<double> difference; ///< Mean absolute difference, 0-255, when measured.
    };
    CutMark cutMark(int row) const;
    QString cutToolTip(int row) const;
    /// The cut mark under `pos`: the row after the cut, -1 when none.
    int cutAt(const QPoint &pos) const;
    CutMeasurer *cutMeasurer() const { return m_cutMeasurer; }

Q_SIGNALS:
    /// Enter or double click: the user wants to edit the current shot in the inspector.
    void editRequested();
    void insertRequested();
    void duplicateRequested();
    void deleteRequested();
    void splitRequested();
    /// Mark the selected shots as cut from the edit, or restore them.
    void cutToggleRequested();
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
    /// What the timeline keeps per shot (by id) so that painting reads no file.
    struct ClipFacts
    {
        QList<LintFinding> findings;
        int worst = -1;         ///< LintSeverity as int, -1: no finding.
        bool outOfDate = false; ///< The circled take no longer matches the brief.
        QString name;           ///< What a slate shows: the shot's name by model/shotname.h's rule.
        /// What the picture shows: the image file (with its time) or the slate's label and
        /// colours. The pixmap cache is keyed on it, so an edit elsewhere keeps the picture.
        QString pictureKey;
        QImage image; ///< The decoded picture at clip height; null for a slate.
    };

    void relayout();
    void invalidatePictures();
    void onDocumentChanged();
    /// Lint of the shot at `row` (its findings can depend on the shot before it).
    void refreshLint(int row);
    void refreshLintFrom(int first, int last);
    /// Resolves and decodes the picture of the shot at `row`: its circled take's thumbnail,
    /// else its board, else its first frame, else a slate in its colours.
    void refreshPicture(int row);
    void refreshPicturesFrom(int first, int last);
    void refreshAll();
    int durationAt(int row) const { return m_layout.durationAt(row); }
    int xForSeconds(double seconds) const { return m_layout.xForSeconds(seconds); }
    double secondsForX(int x) const { return m_layout.secondsForX(x); }
    QPixmap pictureFor(const Shot &shot, const QSize &size) const;
    void paintRuler(QPainter &painter, const QRect &exposed) const;
    void paintClip(QPainter &painter, int row, const QRect &rect) const;
    void paintCutMark(QPainter &painter, int row) const;
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
    TimelineLayout m_layout;
    double m_playhead = 0.0;

    DragMode m_dragMode = DragMode::None;
    QPoint m_pressPos;
    int m_pressRow = -1;
    int m_dropIndex = -1;
    bool m_mousePressing = false;
    QTimer *m_autoScrollTimer = nullptr;
    int m_autoScrollStep = 0;
    QPoint m_dragViewportPos; // where the pointer holds, in the viewport's coordinates

    QHash<QString, ClipFacts> m_facts;              ///< By shot id.
    mutable QHash<QString, QPixmap> m_pictureCache; ///< By picture key and size.
    CutMeasurer *m_cutMeasurer = nullptr;           ///< Owned (child).
};

} // namespace ShotBrief
