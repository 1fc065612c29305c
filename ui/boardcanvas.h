// SPDX-License-Identifier: MIT
#pragma once

#include "model/board.h"
#include "model/result.h"

#include <QColor>
#include <QImage>
#include <QTransform>
#include <QWidget>

class QMimeData;

namespace ShotBrief {

class ProjectDocument;

/// The drawing surface of a shot's board, at the shot's aspect ratio: pen, brush and eraser
/// with tablet pressure (a mouse draws at full pressure), camera-move arrows and notes that
/// stay editable, the reference picture, onion skins of the neighbouring boards and guides.
/// Each stroke becomes one undo command on the document's stack when the pen lifts; while it
/// is down, only the new segments are painted (into a cached layer), so a stroke follows the
/// pen at once however full the board is.
class BoardCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardCanvas)

public:
    enum class Tool { Pen, Brush, Eraser, Arrow, Note, Move };
    Q_ENUM(Tool)
    enum Guide { NoGuides = 0, Thirds = 1, SafeAreas = 2, Figure = 4 };
    Q_DECLARE_FLAGS(Guides, Guide)

    explicit BoardCanvas(ProjectDocument *document, QWidget *parent = nullptr);

    void setShotId(const QString &shotId);
    QString shotId() const { return m_shotId; }

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    /// Line width at full pressure, in board pixels.
    qreal penWidth() const { return m_penWidth; }
    void setPenWidth(qreal width);
    /// The layer strokes go to: sketch or ink.
    BoardLayerKind targetLayer() const { return m_targetLayer; }
    void setTargetLayer(BoardLayerKind layer);
    CameraMoveArrow arrowMove() const { return m_arrowMove; }
    void setArrowMove(CameraMoveArrow move);
    bool onionSkin() const { return m_onionSkin; }
    void setOnionSkin(bool on);
    Guides guides() const { return m_guides; }
    void setGuides(Guides guides);

    /// The board as shown: the shot's, or an empty one at the shot's aspect ratio.
    const Board &board() const { return m_board; }
    /// The shot's board as the document holds it, its canvas size set: the start of an edit.
    Board editableBoard() const;
    /// Board pixels to widget pixels.
    QTransform boardTransform() const;
    /// Why the board cannot be drawn on (an unreadable file), or empty.
    QString readOnlyReason() const;

    /// Stores `image` in the media folder and makes it the board's reference picture, as one
    /// undo step. Fails (saying why) for a project without a file or an unusable image.
    Result<void> setReferencePicture(const QImage &image);
    /// The picture on the clipboard (an image, or an image file copied in a file manager) as
    /// the reference picture; says why not through message().
    bool pasteFromClipboard();
    /// Deletes the selected arrow or note; false when nothing is selected.
    bool deleteSelection();
    /// Empties the target layer as one undo step.
    void clearTargetLayer();
    /// -1 when none.
    int selectedArrow() const { return m_selectedArrow; }
    int selectedNote() const { return m_selectedNote; }

    QSize sizeHint() const override { return {800, 450}; }
    QSize minimumSizeHint() const override { return {240, 135}; }

Q_SIGNALS:
    /// Something the user should read (a refused action), for the status line.
    void message(const QString &text);
    void toolChanged(ShotBrief::BoardCanvas::Tool tool);
    void boardShown();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class Drag { None, Stroke, NewArrow, ArrowFrom, ArrowTo, ArrowWhole, NoteWhole };

    /// Re-reads the shot's board; re-renders the caches only when the strokes changed.
    void syncFromDocument();
    void rebuildCaches();
    void rebuildLayerCache(BoardLayerKind kind);
    void rebuildReference();
    void rebuildOnion();
    QRectF paperRect() const;
    QTransform deviceTransform() const;
    QPointF toBoard(const QPointF &widgetPos) const;

    void pointerPress(const QPointF &pos, qreal pressure, Qt::KeyboardModifiers modifiers);
    void pointerMove(const QPointF &pos, qreal pressure);
    void pointerRelease();
    void beginStroke(const QPointF &boardPos, qreal pressure);
    void extendStroke(const QPointF &boardPos, qreal pressure);
    void finishStroke();
    /// Commits an edited board as one undo step.
    void commit(const Board &board, const QString &text, const QString &mergeKey = {});
    bool canDraw();

    int arrowAt(const QPointF &widgetPos, Drag *part) const;
    int noteAt(const QPointF &widgetPos) const;
    void select(int arrow, int note);
    void editNote(int index);
    void addNote(const QPointF &boardPos);
    void nudgeSelection(const QPointF &delta);
    void paintGuides(QPainter &painter) const;
    void paintSelection(QPainter &painter) const;
    QImage imageFromMime(const QMimeData *mime, QString *error) const;

    ProjectDocument *m_document; // not owned
    QString m_shotId;
    Board m_board;            ///< What the caches show.
    Board m_previous, m_next; ///< Neighbouring boards, for the onion skin.

    Tool m_tool = Tool::Pen;
    QColor m_color = QColor(0x20, 0x20, 0x20);
    qreal m_penWidth = 6;
    BoardLayerKind m_targetLayer = BoardLayerKind::Sketch;
    CameraMoveArrow m_arrowMove = CameraMoveArrow::Pan;
    bool m_onionSkin = false;
    Guides m_guides = NoGuides;

    // Caches at device pixels, the board mapped by deviceTransform().
    QImage m_sketchCache;
    QImage m_inkCache;
    QImage m_liveBrush; ///< The brush stroke being drawn, laid down at its opacity.
    QImage m_reference; ///< Decoded at the paper's size.
    QString m_referenceKey;
    QImage m_onion;

    Drag m_drag = Drag::None;
    BoardStroke m_stroke; ///< The stroke being drawn.
    QString m_strokeShotId;
    BoardArrow m_dragArrow;
    BoardNote m_dragNote;
    QPointF m_dragStart;
    int m_selectedArrow = -1;
    int m_selectedNote = -1;
    bool m_tabletDown = false;
};

} // namespace ShotBrief

Q_DECLARE_OPERATORS_FOR_FLAGS(ShotBrief::BoardCanvas::Guides)
