// SPDX-License-Identifier: MIT
#include "boardcanvas.h"

#include "board/boardguides.h"
#include "board/boardimages.h"
#include "board/boardpainter.h"
#include "board/shotpicture.h"
#include "document/projectdocument.h"
#include "io/projectfile.h"
#include "model/shotname.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QImageReader>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QTabletEvent>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace ShotBrief {

namespace {

/// A new board takes the shot's aspect ratio, 1920 pixels on its long side.
QSize canvasFor(const QString &size)
{
    const QStringList wh = size.split(QLatin1Char('x'));
    const double w = wh.value(0).toDouble();
    const double h = wh.value(1).toDouble();
    if (w <= 0 || h <= 0)
        return {1920, 1080};
    const double scale = 1920.0 / std::max(w, h);
    return {int(std::lround(w * scale)), int(std::lround(h * scale))};
}

qreal distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const qreal length2 = QPointF::dotProduct(ab, ab);
    const qreal t =
        length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0;
    const QPointF nearest = a + ab * t;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

QImage tinted(const QImage &strokes, const QColor &tint, qreal opacity)
{
    QImage out = strokes;
    QPainter painter(&out);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(out.rect(), tint);
    painter.setCompositionMode(QPainter::CompositionMode_DestinationIn);
    painter.fillRect(out.rect(), QColor(0, 0, 0, int(opacity * 255)));
    return out;
}

constexpr qreal HandleRadius = 7; // widget pixels

/// The undo text of a new arrow: the move in words, in sentence case as the other undo texts
/// ("Add note"), not the capitals the board prints. One whole sentence per move, so that a
/// language can put the name where its grammar wants it.
QString addArrowText(CameraMoveArrow move)
{
    switch (move) {
    case CameraMoveArrow::Pan:
        return BoardCanvas::tr("Add pan arrow");
    case CameraMoveArrow::Tilt:
        return BoardCanvas::tr("Add tilt arrow");
    case CameraMoveArrow::Dolly:
        return BoardCanvas::tr("Add dolly arrow");
    case CameraMoveArrow::Crane:
        return BoardCanvas::tr("Add crane arrow");
    }
    return {};
}

} // namespace

BoardCanvas::BoardCanvas(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_TabletTracking, false);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setMouseTracking(false);
    setAccessibleName(tr("Board canvas"));
    setAccessibleDescription(tr("Draw the shot's frame: P pen, B brush, E eraser, A arrow, T note, "
                                "V move; [ and ] change the width; Delete removes the selected "
                                "arrow or note"));
    connect(document, &ProjectDocument::boardChanged, this, [this](int index) {
        const int row = m_document->project().shotIndex(m_shotId);
        if (index == row)
            syncFromDocument();
        else if (m_onionSkin && row >= 0 && std::abs(index - row) == 1)
            rebuildOnion();
    });
    const auto everything = [this] {
        syncFromDocument();
        rebuildOnion();
    };
    connect(document, &ProjectDocument::projectReset, this, everything);
    connect(document, &ProjectDocument::shotMoved, this, [this] { rebuildOnion(); });
    connect(document, &ProjectDocument::shotInserted, this, [this] { rebuildOnion(); });
    connect(document, &ProjectDocument::shotRemoved, this, everything);
    // The shot's size sets a new board's aspect ratio; the media folder the reference picture.
    connect(document, &ProjectDocument::shotChanged, this, [this](int, const QString &id) {
        if (id == m_shotId)
            syncFromDocument();
    });
    connect(document, &ProjectDocument::filePathChanged, this, [this] {
        m_referenceKey.clear();
        rebuildReference();
        update();
    });
}

void BoardCanvas::setShotId(const QString &shotId)
{
    if (shotId == m_shotId)
        return;
    if (m_drag == Drag::Stroke)
        finishStroke(); // the stroke belongs to the shot it was begun on
    m_drag = Drag::None;
    m_shotId = shotId;
    m_selectedArrow = m_selectedNote = -1;
    syncFromDocument();
    rebuildOnion();
}

void BoardCanvas::setTool(Tool tool)
{
    if (m_tool == tool)
        return;
    m_tool = tool;
    setCursor(tool == Tool::Move ? Qt::ArrowCursor
                                 : (tool == Tool::Note ? Qt::IBeamCursor : Qt::CrossCursor));
    Q_EMIT toolChanged(tool);
    update();
}

void BoardCanvas::setColor(const QColor &color)
{
    if (color.isValid())
        m_color = color;
}

void BoardCanvas::setPenWidth(qreal width)
{
    m_penWidth = std::clamp(width, 1.0, 200.0);
}

void BoardCanvas::setTargetLayer(BoardLayerKind layer)
{
    if (layer != BoardLayerKind::Reference)
        m_targetLayer = layer;
}

void BoardCanvas::setArrowMove(CameraMoveArrow move)
{
    m_arrowMove = move;
}

void BoardCanvas::setOnionSkin(bool on)
{
    if (m_onionSkin == on)
        return;
    m_onionSkin = on;
    rebuildOnion();
}

void BoardCanvas::setGuides(Guides guides)
{
    m_guides = guides;
    update();
}

QString BoardCanvas::readOnlyReason() const
{
    if (m_document->isReadOnly())
        return tr("The project is open read-only.");
    const Shot *shot = m_document->project().shotById(m_shotId);
    if (shot && !shot->board.isEditable())
        return tr("This board's file cannot be read, so it is kept as it is: %1")
            .arg(shot->board.loadProblem.isEmpty() ? shot->board.file : shot->board.loadProblem);
    return {};
}

// --- Geometry ------------------------------------------------------------------------------

QRectF BoardCanvas::paperRect() const
{
    const QSizeF canvas = BoardPainter::canvasSize(m_board);
    const QRectF area = QRectF(rect()).adjusted(12, 12, -12, -12);
    QSizeF fitted = canvas.scaled(area.size(), Qt::KeepAspectRatio);
    return QRectF(area.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
}

QTransform BoardCanvas::boardTransform() const
{
    return BoardPainter::boardToTarget(m_board, paperRect());
}

QTransform BoardCanvas::deviceTransform() const
{
    const qreal dpr = devicePixelRatioF();
    return boardTransform() * QTransform::fromScale(dpr, dpr);
}

QPointF BoardCanvas::toBoard(const QPointF &widgetPos) const
{
    return boardTransform().inverted().map(widgetPos);
}

// --- Caches --------------------------------------------------------------------------------

void BoardCanvas::syncFromDocument()
{
    const Project &project = m_document->project();
    const Shot *shot = project.shotById(m_shotId);
    Board board = shot ? shot->board : Board();
    if (shot && board.width <= 0) {
        const QSize canvas = canvasFor(project.effectiveSize(*shot));
        board.width = canvas.width();
        board.height = canvas.height();
    }
    const bool sameSize = board.width == m_board.width && board.height == m_board.height;
    const bool sameSketch = sameSize && board.sketch.strokes == m_board.sketch.strokes;
    const bool sameInk = sameSize && board.ink.strokes == m_board.ink.strokes;
    const bool sameReference = sameSize && board.referenceImage == m_board.referenceImage;
    m_board = board;
    if (m_selectedArrow >= m_board.arrows.size())
        m_selectedArrow = -1;
    if (m_selectedNote >= m_board.notes.size())
        m_selectedNote = -1;
    if (!sameSketch || m_sketchCache.isNull())
        rebuildLayerCache(BoardLayerKind::Sketch);
    if (!sameInk || m_inkCache.isNull())
        rebuildLayerCache(BoardLayerKind::Ink);
    if (!sameReference)
        rebuildReference();
    if (!sameSize)
        rebuildOnion();
    update();
    Q_EMIT boardShown();
}

void BoardCanvas::rebuildCaches()
{
    rebuildLayerCache(BoardLayerKind::Sketch);
    rebuildLayerCache(BoardLayerKind::Ink);
    m_referenceKey.clear();
    rebuildReference();
    rebuildOnion();
    update();
}

void BoardCanvas::rebuildLayerCache(BoardLayerKind kind)
{
    const QSize device = (QSizeF(size()) * devicePixelRatioF()).toSize();
    QImage image = BoardPainter::renderLayer(m_board.layer(kind), device, deviceTransform());
    image.setDevicePixelRatio(devicePixelRatioF());
    (kind == BoardLayerKind::Ink ? m_inkCache : m_sketchCache) = image;
}

void BoardCanvas::rebuildReference()
{
    const QString path = m_board.referenceImage;
    const QSize paper = (paperRect().size() * devicePixelRatioF()).toSize();
    const QString key = QStringLiteral("%1|%2x%3|%4")
                            .arg(path)
                            .arg(paper.width())
                            .arg(paper.height())
                            .arg(m_document->filePath());
    if (key == m_referenceKey)
        return;
    m_referenceKey = key;
    m_reference = QImage();
    if (path.isEmpty() || m_document->filePath().isEmpty())
        return;
    const Result<QString> file = ProjectFile::resolveMediaPath(m_document->filePath(), path);
    if (file)
        m_reference = loadBoardReference(*file, paper);
}

void BoardCanvas::rebuildOnion()
{
    m_onion = QImage();
    if (m_onionSkin) {
        const Project &project = m_document->project();
        const int row = project.shotIndex(m_shotId);
        const QSize device = (QSizeF(size()) * devicePixelRatioF()).toSize();
        if (row >= 0 && !device.isEmpty()) {
            m_onion = QImage(device, QImage::Format_ARGB32_Premultiplied);
            m_onion.fill(Qt::transparent);
            QPainter painter(&m_onion);
            // The previous board in red, the next in green, as animators' light tables show them.
            const std::pair<int, QColor> neighbours[] = {{row - 1, QColor(0xd0, 0x30, 0x30)},
                                                         {row + 1, QColor(0x20, 0x90, 0x40)}};
            for (const auto &[index, tint] : neighbours) {
                if (index < 0 || index >= project.shots.size())
                    continue;
                const Board &other = project.shots.at(index).board;
                if (!other.hasContent())
                    continue;
                // The neighbour's drawing mapped onto this board's paper.
                const QTransform transform =
                    BoardPainter::boardToTarget(other, paperRect()) *
                    QTransform::fromScale(devicePixelRatioF(), devicePixelRatioF());
                for (const BoardLayer *layer : {&other.sketch, &other.ink}) {
                    if (layer->visible)
                        painter.drawImage(
                            0, 0,
                            tinted(BoardPainter::renderLayer(*layer, device, transform), tint,
                                   0.3));
                }
            }
        }
        m_onion.setDevicePixelRatio(devicePixelRatioF());
    }
    update();
}

void BoardCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuildCaches();
}

// --- Painting ------------------------------------------------------------------------------

void BoardCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x16, 0x17, 0x1a));
    if (m_shotId.isEmpty() || !m_document->project().shotById(m_shotId)) {
        painter.setPen(QColor(0x99, 0x99, 0x99));
        painter.drawText(rect(), Qt::AlignCenter, tr("Select a shot to draw its board."));
        return;
    }
    // Moved to a screen of another pixel ratio (Qt 6.4 has no event for it): draw again.
    if (!m_sketchCache.isNull() &&
        !qFuzzyCompare(m_sketchCache.devicePixelRatio(), devicePixelRatioF())) {
        rebuildCaches();
        return;
    }
    const QRectF paper = paperRect();
    painter.fillRect(paper, Qt::white);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!m_reference.isNull() && m_board.reference.visible) {
        painter.setOpacity(m_board.reference.opacity);
        QRectF target(QPointF(),
                      QSizeF(m_reference.size()).scaled(paper.size(), Qt::KeepAspectRatio));
        target.moveCenter(paper.center());
        painter.drawImage(target, m_reference);
        painter.setOpacity(1);
    }
    if (!m_onion.isNull())
        painter.drawImage(QPointF(0, 0), m_onion);
    const auto drawLayer = [&](BoardLayerKind kind, const QImage &cache) {
        const BoardLayer &layer = m_board.layer(kind);
        if (!layer.visible)
            return;
        painter.setOpacity(layer.opacity);
        painter.drawImage(QPointF(0, 0), cache);
        if (m_drag == Drag::Stroke && kind == m_targetLayer && !m_liveBrush.isNull()) {
            painter.setOpacity(layer.opacity * BoardPainter::BrushOpacity);
            painter.drawImage(QPointF(0, 0), m_liveBrush);
        }
        painter.setOpacity(1);
    };
    drawLayer(BoardLayerKind::Sketch, m_sketchCache);
    drawLayer(BoardLayerKind::Ink, m_inkCache);

    painter.save();
    painter.setClipRect(paper);
    painter.setTransform(boardTransform(), true);
    const qreal scale = BoardPainter::canvasSize(m_board).height() / 1080.0;
    for (int i = 0; i < m_board.arrows.size(); ++i) {
        if (i == m_selectedArrow &&
            (m_drag == Drag::ArrowFrom || m_drag == Drag::ArrowTo || m_drag == Drag::ArrowWhole))
            continue;
        BoardPainter::paintArrow(painter, m_board.arrows.at(i), scale);
    }
    if (m_drag == Drag::NewArrow || m_drag == Drag::ArrowFrom || m_drag == Drag::ArrowTo ||
        m_drag == Drag::ArrowWhole)
        BoardPainter::paintArrow(painter, m_dragArrow, scale);
    for (int i = 0; i < m_board.notes.size(); ++i) {
        if (i == m_selectedNote && m_drag == Drag::NoteWhole)
            BoardPainter::paintNote(painter, m_dragNote);
        else
            BoardPainter::paintNote(painter, m_board.notes.at(i));
    }
    painter.restore();

    paintGuides(painter);
    paintSelection(painter);

    painter.setPen(QPen(QColor(255, 255, 255, 60), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(paper.adjusted(-0.5, -0.5, 0.5, 0.5));
    const QString readOnly = readOnlyReason();
    if (!readOnly.isEmpty()) {
        painter.fillRect(paper, QColor(0, 0, 0, 120));
        painter.setPen(Qt::white);
        painter.drawText(paper.adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         readOnly);
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void BoardCanvas::paintGuides(QPainter &painter) const
{
    if (m_guides == NoGuides)
        return;
    const QSizeF canvas = BoardPainter::canvasSize(m_board);
    const QRectF frame(QPointF(0, 0), canvas);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(boardTransform());
    const qreal px = 1.0 / std::max(1e-6, boardTransform().m11()); // one widget pixel
    if (m_guides.testFlag(Thirds)) {
        painter.setPen(QPen(QColor(0, 140, 255, 150), px, Qt::DashLine));
        for (const QLineF &line : BoardGuides::thirds(frame))
            painter.drawLine(line);
    }
    if (m_guides.testFlag(SafeAreas)) {
        painter.setPen(QPen(QColor(255, 140, 0, 170), px));
        painter.drawRect(BoardGuides::actionSafe(frame));
        painter.setPen(QPen(QColor(255, 140, 0, 170), px, Qt::DashLine));
        painter.drawRect(BoardGuides::titleSafe(frame));
    }
    if (m_guides.testFlag(Figure)) {
        const Shot *shot = m_document->project().shotById(m_shotId);
        const QPainterPath figure =
            shot ? BoardGuides::silhouette(shot->framing.preset, frame) : QPainterPath();
        painter.setPen(QPen(QColor(120, 60, 200, 190), 2 * px));
        painter.setBrush(QColor(120, 60, 200, 35));
        painter.drawPath(figure);
    }
    painter.restore();
}

void BoardCanvas::paintSelection(QPainter &painter) const
{
    const QTransform t = boardTransform();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.setBrush(Qt::white);
    if (m_selectedArrow >= 0 && m_selectedArrow < m_board.arrows.size()) {
        const BoardArrow &arrow =
            m_drag == Drag::None ? m_board.arrows.at(m_selectedArrow) : m_dragArrow;
        for (const QPointF &p : {arrow.from, arrow.to})
            painter.drawEllipse(t.map(p), HandleRadius, HandleRadius);
    }
    if (m_selectedNote >= 0 && m_selectedNote < m_board.notes.size()) {
        const BoardNote &note =
            m_drag == Drag::NoteWhole ? m_dragNote : m_board.notes.at(m_selectedNote);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        painter.drawRect(t.mapRect(BoardPainter::noteRect(note)).adjusted(-3, -3, 3, 3));
    }
    painter.restore();
}

// --- Input ---------------------------------------------------------------------------------

bool BoardCanvas::canDraw()
{
    const QString reason = readOnlyReason();
    if (!reason.isEmpty()) {
        Q_EMIT message(reason);
        return false;
    }
    return !m_shotId.isEmpty() && m_document->project().shotById(m_shotId);
}

void BoardCanvas::tabletEvent(QTabletEvent *event)
{
    switch (event->type()) {
    case QEvent::TabletPress:
        m_tabletDown = true;
        pointerPress(event->position(), event->pressure(), event->modifiers());
        break;
    case QEvent::TabletMove:
        if (m_tabletDown)
            pointerMove(event->position(), event->pressure());
        break;
    case QEvent::TabletRelease:
        if (m_tabletDown)
            pointerRelease();
        m_tabletDown = false;
        break;
    default:
        event->ignore();
        return;
    }
    // Accepted: Qt makes no mouse events from it, so the pen is not read twice.
    event->accept();
}

void BoardCanvas::mousePressEvent(QMouseEvent *event)
{
    if (m_tabletDown)
        return;
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    pointerPress(event->position(), 1.0, event->modifiers());
}

void BoardCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_tabletDown || !(event->buttons() & Qt::LeftButton))
        return;
    pointerMove(event->position(), 1.0);
}

void BoardCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_tabletDown || event->button() != Qt::LeftButton)
        return;
    pointerRelease();
}

void BoardCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int note = noteAt(event->position());
    if (note >= 0 && canDraw()) {
        select(-1, note);
        editNote(note);
    }
}

void BoardCanvas::pointerPress(const QPointF &pos, qreal pressure, Qt::KeyboardModifiers)
{
    setFocus(Qt::MouseFocusReason);
    if (!canDraw())
        return;
    const QPointF at = toBoard(pos);
    switch (m_tool) {
    case Tool::Pen:
    case Tool::Brush:
    case Tool::Eraser:
        beginStroke(at, pressure);
        return;
    case Tool::Arrow: {
        Drag part = Drag::None;
        const int hit = arrowAt(pos, &part);
        if (hit >= 0) {
            // Grabbing an arrow edits it; empty paper starts a new one.
            select(hit, -1);
            m_drag = part;
            m_dragArrow = m_board.arrows.at(hit);
            m_dragStart = at;
            return;
        }
        select(-1, -1);
        m_drag = Drag::NewArrow;
        m_dragArrow = BoardArrow{m_arrowMove, at, at, m_color.rgb()};
        return;
    }
    case Tool::Note: {
        const int note = noteAt(pos);
        if (note >= 0) {
            select(-1, note);
            editNote(note);
        } else {
            addNote(at);
        }
        return;
    }
    case Tool::Move: {
        Drag part = Drag::None;
        const int arrow = arrowAt(pos, &part);
        if (arrow >= 0) {
            select(arrow, -1);
            m_drag = part;
            m_dragArrow = m_board.arrows.at(arrow);
            m_dragStart = at;
            return;
        }
        const int note = noteAt(pos);
        select(-1, note);
        if (note >= 0) {
            m_drag = Drag::NoteWhole;
            m_dragNote = m_board.notes.at(note);
            m_dragStart = at;
        }
        return;
    }
    }
}

void BoardCanvas::pointerMove(const QPointF &pos, qreal pressure)
{
    const QPointF at = toBoard(pos);
    switch (m_drag) {
    case Drag::None:
        return;
    case Drag::Stroke:
        extendStroke(at, pressure);
        return;
    case Drag::NewArrow:
    case Drag::ArrowTo:
        m_dragArrow.to = at;
        break;
    case Drag::ArrowFrom:
        m_dragArrow.from = at;
        break;
    case Drag::ArrowWhole: {
        const BoardArrow &original = m_board.arrows.at(m_selectedArrow);
        m_dragArrow.from = original.from + (at - m_dragStart);
        m_dragArrow.to = original.to + (at - m_dragStart);
        break;
    }
    case Drag::NoteWhole:
        m_dragNote.at = m_board.notes.at(m_selectedNote).at + (at - m_dragStart);
        break;
    }
    update();
}

void BoardCanvas::pointerRelease()
{
    const Drag drag = m_drag;
    if (drag == Drag::Stroke) {
        finishStroke();
        return;
    }
    m_drag = Drag::None;
    const auto rounded = [](QPointF p) {
        return QPointF(std::round(p.x() * 10) / 10, std::round(p.y() * 10) / 10);
    };
    Board board = editableBoard();
    switch (drag) {
    case Drag::None:
    case Drag::Stroke:
        return;
    case Drag::NewArrow: {
        m_dragArrow.from = rounded(m_dragArrow.from);
        m_dragArrow.to = rounded(m_dragArrow.to);
        const QPointF d = m_dragArrow.to - m_dragArrow.from;
        if (std::hypot(d.x(), d.y()) < 12) {
            update(); // a click is not an arrow
            return;
        }
        board.arrows.append(m_dragArrow);
        commit(board, addArrowText(m_dragArrow.move));
        select(int(board.arrows.size()) - 1, -1);
        return;
    }
    case Drag::ArrowFrom:
    case Drag::ArrowTo:
    case Drag::ArrowWhole:
        m_dragArrow.from = rounded(m_dragArrow.from);
        m_dragArrow.to = rounded(m_dragArrow.to);
        if (m_selectedArrow >= 0 && m_selectedArrow < board.arrows.size()) {
            board.arrows[m_selectedArrow] = m_dragArrow;
            commit(board, tr("Move arrow"));
        }
        update();
        return;
    case Drag::NoteWhole:
        m_dragNote.at = rounded(m_dragNote.at);
        if (m_selectedNote >= 0 && m_selectedNote < board.notes.size()) {
            board.notes[m_selectedNote] = m_dragNote;
            commit(board, tr("Move note"));
        }
        update();
        return;
    }
}

void BoardCanvas::beginStroke(const QPointF &boardPos, qreal pressure)
{
    const BoardLayer &layer = m_board.layer(m_targetLayer);
    if (!layer.visible) {
        Q_EMIT message(m_targetLayer == BoardLayerKind::Ink
                           ? tr("The ink layer is hidden: show it to draw on it.")
                           : tr("The sketch layer is hidden: show it to draw on it."));
        return;
    }
    m_drag = Drag::Stroke;
    m_strokeShotId = m_shotId;
    m_stroke = BoardStroke();
    m_stroke.tool = m_tool == Tool::Brush    ? BoardTool::Brush
                    : m_tool == Tool::Eraser ? BoardTool::Eraser
                                             : BoardTool::Pen;
    m_stroke.color = m_color.rgb();
    m_stroke.width = float(std::round(m_penWidth * 10) / 10);
    m_stroke.points.reserve(512);
    if (m_stroke.tool == BoardTool::Brush) {
        m_liveBrush = QImage(m_sketchCache.size(), QImage::Format_ARGB32_Premultiplied);
        m_liveBrush.fill(Qt::transparent);
        m_liveBrush.setDevicePixelRatio(devicePixelRatioF());
    }
    extendStroke(boardPos, pressure);
}

void BoardCanvas::extendStroke(const QPointF &boardPos, qreal pressure)
{
    const BoardPoint point = BoardPoint::at(boardPos.x(), boardPos.y(), pressure);
    if (!m_stroke.points.isEmpty() && m_stroke.points.last().x == point.x &&
        m_stroke.points.last().y == point.y)
        return;
    m_stroke.points.append(point);
    const qsizetype last = m_stroke.points.size() - 1;
    // Only the new segment is painted, into the layer it goes to (or the brush's own image).
    QImage &target = m_stroke.tool == BoardTool::Brush
                         ? m_liveBrush
                         : (m_targetLayer == BoardLayerKind::Ink ? m_inkCache : m_sketchCache);
    {
        QPainter painter(&target);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setTransform(deviceTransform());
        BoardPainter::paintSegments(painter, m_stroke, last, last + 1);
    }
    const BoardPoint &from = m_stroke.points.at(std::max<qsizetype>(0, last - 1));
    const qreal grow = BoardPainter::pressureWidth(m_stroke, 1.0) / 2 + 2;
    const QRectF segment = QRectF(QPointF(from.x, from.y), QPointF(point.x, point.y))
                               .normalized()
                               .adjusted(-grow, -grow, grow, grow);
    update(boardTransform().mapRect(segment).toAlignedRect().adjusted(-1, -1, 1, 1));
}

void BoardCanvas::finishStroke()
{
    m_drag = Drag::None;
    m_liveBrush = QImage();
    const Shot *shot = m_document->project().shotById(m_strokeShotId);
    if (!shot || m_stroke.points.isEmpty()) {
        syncFromDocument();
        return;
    }
    Board board = shot->board;
    if (board.width <= 0) {
        board.width = m_board.width;
        board.height = m_board.height;
    }
    board.layer(m_targetLayer).strokes.append(m_stroke);
    const QString name = shotTitle(m_document->project(), m_strokeShotId);
    const QString text = m_stroke.tool == BoardTool::Eraser
                             ? tr("Erase on the board of %1").arg(name)
                             : tr("Draw on the board of %1").arg(name);
    if (m_strokeShotId == m_shotId) {
        // The caches already show the stroke: share its strokes so the document's echo finds
        // nothing to redraw (the brush's layer is drawn again, at its opacity).
        const bool brush = m_stroke.tool == BoardTool::Brush;
        m_board.layer(m_targetLayer).strokes = board.layer(m_targetLayer).strokes;
        m_board.width = board.width;
        m_board.height = board.height;
        if (brush)
            rebuildLayerCache(m_targetLayer);
    }
    m_stroke = BoardStroke();
    m_document->setBoard(m_strokeShotId, board, text);
    update();
}

Board BoardCanvas::editableBoard() const
{
    const Shot *shot = m_document->project().shotById(m_shotId);
    Board board = shot ? shot->board : Board();
    if (board.width <= 0) {
        board.width = m_board.width;
        board.height = m_board.height;
    }
    return board;
}

void BoardCanvas::commit(const Board &board, const QString &text, const QString &mergeKey)
{
    m_document->setBoard(m_shotId, board, text, mergeKey);
}

// --- Arrows and notes ----------------------------------------------------------------------

int BoardCanvas::arrowAt(const QPointF &widgetPos, Drag *part) const
{
    const QTransform t = boardTransform();
    for (int i = int(m_board.arrows.size()) - 1; i >= 0; --i) {
        const BoardArrow &arrow = m_board.arrows.at(i);
        const QPointF from = t.map(arrow.from);
        const QPointF to = t.map(arrow.to);
        if (std::hypot(widgetPos.x() - to.x(), widgetPos.y() - to.y()) <= HandleRadius + 3) {
            *part = Drag::ArrowTo;
            return i;
        }
        if (std::hypot(widgetPos.x() - from.x(), widgetPos.y() - from.y()) <= HandleRadius + 3) {
            *part = Drag::ArrowFrom;
            return i;
        }
        if (distanceToSegment(widgetPos, from, to) <= 8) {
            *part = Drag::ArrowWhole;
            return i;
        }
    }
    return -1;
}

int BoardCanvas::noteAt(const QPointF &widgetPos) const
{
    const QPointF at = toBoard(widgetPos);
    for (int i = int(m_board.notes.size()) - 1; i >= 0; --i) {
        if (BoardPainter::noteRect(m_board.notes.at(i)).contains(at))
            return i;
    }
    return -1;
}

void BoardCanvas::select(int arrow, int note)
{
    m_selectedArrow = arrow;
    m_selectedNote = note;
    update();
}

void BoardCanvas::addNote(const QPointF &boardPos)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Note on the Frame"),
                                                        tr("Text shown on the board:"), {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    Board board = editableBoard();
    BoardNote note;
    note.at = QPointF(std::round(boardPos.x()), std::round(boardPos.y()));
    note.text = text.trimmed();
    note.color = m_color.rgb();
    note.size = float(std::round(BoardPainter::canvasSize(board).height() / 30.0));
    board.notes.append(note);
    commit(board, tr("Add note"));
    select(-1, int(board.notes.size()) - 1);
}

void BoardCanvas::editNote(int index)
{
    if (index < 0 || index >= m_board.notes.size())
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Note on the Frame"),
                                                        tr("Text shown on the board:"),
                                                        m_board.notes.at(index).text, &ok);
    if (!ok)
        return;
    Board board = editableBoard();
    if (text.trimmed().isEmpty())
        board.notes.removeAt(index);
    else
        board.notes[index].text = text.trimmed();
    commit(board, tr("Edit note"));
}

bool BoardCanvas::deleteSelection()
{
    if (!readOnlyReason().isEmpty())
        return false;
    Board board = editableBoard();
    if (m_selectedArrow >= 0 && m_selectedArrow < board.arrows.size()) {
        board.arrows.removeAt(m_selectedArrow);
        select(-1, -1);
        commit(board, tr("Delete arrow"));
        return true;
    }
    if (m_selectedNote >= 0 && m_selectedNote < board.notes.size()) {
        board.notes.removeAt(m_selectedNote);
        select(-1, -1);
        commit(board, tr("Delete note"));
        return true;
    }
    return false;
}

void BoardCanvas::nudgeSelection(const QPointF &delta)
{
    Board board = editableBoard();
    if (m_selectedArrow >= 0 && m_selectedArrow < board.arrows.size()) {
        BoardArrow &arrow = board.arrows[m_selectedArrow];
        arrow.from += delta;
        arrow.to += delta;
        commit(board, tr("Move arrow"), QStringLiteral("nudge-arrow-%1").arg(m_selectedArrow));
    } else if (m_selectedNote >= 0 && m_selectedNote < board.notes.size()) {
        board.notes[m_selectedNote].at += delta;
        commit(board, tr("Move note"), QStringLiteral("nudge-note-%1").arg(m_selectedNote));
    }
}

void BoardCanvas::clearTargetLayer()
{
    if (!canDraw())
        return;
    Board board = editableBoard();
    if (board.layer(m_targetLayer).strokes.isEmpty())
        return;
    board.layer(m_targetLayer).strokes.clear();
    commit(board,
           m_targetLayer == BoardLayerKind::Ink ? tr("Clear ink layer") : tr("Clear sketch layer"));
}

// --- Keys, menus, pictures -----------------------------------------------------------------

void BoardCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        pasteFromClipboard();
        return;
    }
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        if (deleteSelection())
            return;
    }
    const qreal step = event->modifiers() & Qt::ShiftModifier ? 10 : 1;
    if ((m_selectedArrow >= 0 || m_selectedNote >= 0) && canDraw()) {
        switch (event->key()) {
        case Qt::Key_Left:
            nudgeSelection({-step, 0});
            return;
        case Qt::Key_Right:
            nudgeSelection({step, 0});
            return;
        case Qt::Key_Up:
            nudgeSelection({0, -step});
            return;
        case Qt::Key_Down:
            nudgeSelection({0, step});
            return;
        case Qt::Key_Escape:
            select(-1, -1);
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_selectedNote >= 0) {
                editNote(m_selectedNote);
                return;
            }
            break;
        default:
            break;
        }
    }
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_P:
        setTool(Tool::Pen);
        return;
    case Qt::Key_B:
        setTool(Tool::Brush);
        return;
    case Qt::Key_E:
        setTool(Tool::Eraser);
        return;
    case Qt::Key_A:
        setTool(Tool::Arrow);
        return;
    case Qt::Key_T:
        setTool(Tool::Note);
        return;
    case Qt::Key_V:
        setTool(Tool::Move);
        return;
    case Qt::Key_BracketLeft:
        setPenWidth(m_penWidth / 1.25);
        Q_EMIT toolChanged(m_tool);
        return;
    case Qt::Key_BracketRight:
        setPenWidth(m_penWidth * 1.25);
        Q_EMIT toolChanged(m_tool);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void BoardCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    Drag part = Drag::None;
    const int arrow = arrowAt(event->pos(), &part);
    const int note = arrow < 0 ? noteAt(event->pos()) : -1;
    const bool editable = readOnlyReason().isEmpty();
    if (arrow >= 0) {
        select(arrow, -1);
        for (CameraMoveArrow move : {CameraMoveArrow::Pan, CameraMoveArrow::Tilt,
                                     CameraMoveArrow::Dolly, CameraMoveArrow::Crane}) {
            QAction *action = menu.addAction(BoardPainter::arrowMoveName(move), this, [this, move] {
                Board board = editableBoard();
                if (m_selectedArrow < 0 || m_selectedArrow >= board.arrows.size())
                    return;
                board.arrows[m_selectedArrow].move = move;
                commit(board, tr("Change arrow"));
            });
            action->setCheckable(true);
            action->setChecked(m_board.arrows.at(arrow).move == move);
        }
        menu.addAction(tr("Reverse Direction"), this, [this] {
            Board board = editableBoard();
            if (m_selectedArrow < 0 || m_selectedArrow >= board.arrows.size())
                return;
            std::swap(board.arrows[m_selectedArrow].from, board.arrows[m_selectedArrow].to);
            commit(board, tr("Reverse arrow"));
        });
        menu.addSeparator();
        menu.addAction(tr("Delete Arrow"), this, [this] { deleteSelection(); });
    } else if (note >= 0) {
        select(-1, note);
        menu.addAction(tr("Edit Note..."), this, [this, note] { editNote(note); });
        menu.addAction(tr("Delete Note"), this, [this] { deleteSelection(); });
    } else {
        menu.addAction(tr("Paste Picture as Reference"), this, [this] { pasteFromClipboard(); });
        menu.addAction(m_targetLayer == BoardLayerKind::Ink ? tr("Clear Ink Layer")
                                                            : tr("Clear Sketch Layer"),
                       this, &BoardCanvas::clearTargetLayer);
    }
    for (QAction *action : menu.actions())
        action->setEnabled(editable);
    menu.exec(event->globalPos());
}

QImage BoardCanvas::imageFromMime(const QMimeData *mime, QString *error) const
{
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (!image.isNull())
            return image;
    }
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        QImageReader reader(url.toLocalFile());
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid() &&
            qint64(size.width()) * size.height() > BoardImages::MaxPicturePixels) {
            *error = tr("%1 is %2×%3, over 50 megapixels; use a smaller picture.")
                         .arg(QFileInfo(url.toLocalFile()).fileName())
                         .arg(size.width())
                         .arg(size.height());
            return {};
        }
        const QImage image = reader.read();
        if (!image.isNull())
            return image;
        *error = tr("Cannot read %1: %2")
                     .arg(QFileInfo(url.toLocalFile()).fileName(), reader.errorString());
    }
    if (error->isEmpty())
        *error = tr("There is no picture to use.");
    return {};
}

bool BoardCanvas::pasteFromClipboard()
{
    if (!canDraw())
        return false;
    QString error;
    const QImage image = imageFromMime(QApplication::clipboard()->mimeData(), &error);
    if (image.isNull()) {
        Q_EMIT message(error);
        return false;
    }
    const Result<void> set = setReferencePicture(image);
    if (!set)
        Q_EMIT message(set.error().message);
    return bool(set);
}

Result<void> BoardCanvas::setReferencePicture(const QImage &image)
{
    if (const QString reason = readOnlyReason(); !reason.isEmpty())
        return Error{reason, {}, {}, 0, 0};
    const Result<QString> stored = BoardImages::storeReference(image, m_document->filePath());
    if (!stored)
        return stored.error();
    Board board = editableBoard();
    board.referenceImage = *stored;
    board.reference.visible = true;
    commit(board, tr("Set reference picture"));
    return {};
}

void BoardCanvas::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    bool usable = mime->hasImage();
    for (const QUrl &url : mime->urls())
        usable = usable ||
                 (url.isLocalFile() && !QImageReader::imageFormat(url.toLocalFile()).isEmpty());
    if (usable && readOnlyReason().isEmpty())
        event->acceptProposedAction();
}

void BoardCanvas::dropEvent(QDropEvent *event)
{
    if (!canDraw())
        return;
    QString error;
    const QImage image = imageFromMime(event->mimeData(), &error);
    if (image.isNull()) {
        Q_EMIT message(error);
        return;
    }
    const Result<void> set = setReferencePicture(image);
    if (!set) {
        Q_EMIT message(set.error().message);
        return;
    }
    event->acceptProposedAction();
}

} // namespace ShotBrief
