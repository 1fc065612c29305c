// SPDX-License-Identifier: MIT
#include "boardgridview.h"

#include "shotmenu.h"

#include "document/boardgridmodel.h"
#include "document/projectdocument.h"
#include "document/shotlistmodel.h"
#include "model/shotname.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QThreadPool>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ShotBrief {

namespace {

/// The worker threads of all grids: pictures are decoded and boards drawn there.
QThreadPool &picturePool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(2);
    return pool;
}

QString sourceLabel(ShotPicture::Source source)
{
    switch (source) {
    case ShotPicture::Source::Take:
        return BoardGridView::tr("Take");
    case ShotPicture::Source::Board:
        return BoardGridView::tr("Board");
    case ShotPicture::Source::FirstFrame:
        return BoardGridView::tr("First frame");
    case ShotPicture::Source::Slate:
        break;
    }
    return {};
}

} // namespace

BoardGridView::BoardGridView(ProjectDocument *document, QItemSelectionModel *selection,
                             QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_document(document)
    , m_selection(selection)
    , m_model(new BoardGridModel(document, this))
{
    setObjectName(QStringLiteral("boardGrid"));
    setAccessibleName(tr("Board grid"));
    setAccessibleDescription(tr("Every shot as a storyboard panel, grouped by scene"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setMouseTracking(true);
    verticalScrollBar()->setSingleStep(40);
    m_layout.setLineHeight(fontMetrics().lineSpacing());

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &BoardGridView::refreshDirty);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        relayout();
        markAllDirty();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        const QString id = from.data(BoardGridModel::ShotIdRole).toString();
        if (!id.isEmpty())
            markDirty(id);
        viewport()->update();
    });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        ++m_generation;
        m_pictures.clear();
        markAllDirty();
    });
    connect(document, &ProjectDocument::filePathChanged, this, &BoardGridView::markAllDirty);
    connect(document, &ProjectDocument::styleBibleChanged, this, [this] { viewport()->update(); });
    connect(selection, &QItemSelectionModel::selectionChanged, this,
            [this] { viewport()->update(); });
    connect(selection, &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    ensureShotVisible(current.row());
                viewport()->update();
            });
    relayout();
    markAllDirty();
}

BoardGridView::~BoardGridView()
{
    // Workers post back to this view: none may still be running when it goes.
    picturePool().clear();
    picturePool().waitForDone();
}

// --- Layout --------------------------------------------------------------------------------

void BoardGridView::relayout()
{
    QList<int> counts;
    for (const BoardGridModel::Group &group : m_model->groups())
        counts.append(group.count);
    m_layout.setGroups(counts);
    m_layout.setViewportWidth(viewport()->width());
    updateScrollBars();
    viewport()->update();
}

void BoardGridView::updateScrollBars()
{
    QScrollBar *bar = verticalScrollBar();
    bar->setPageStep(viewport()->height());
    bar->setRange(0, std::max(0, m_layout.contentHeight() - viewport()->height()));
}

int BoardGridView::scrollY() const
{
    return verticalScrollBar()->value();
}

void BoardGridView::setPanelWidth(int width)
{
    width = std::clamp(width, BoardGridLayout::MinPanelWidth, BoardGridLayout::MaxPanelWidth);
    if (width == m_layout.panelWidth())
        return;
    // Keep the current shot where it is while the panels grow or shrink.
    const int current = currentRow();
    const int before = current >= 0 ? panelRect(current).top() : 0;
    m_layout.setPanelWidth(width);
    updateScrollBars();
    if (current >= 0)
        verticalScrollBar()->setValue(m_layout.panelRect(current).top() - before);
    // Pictures are made again at the new size; the old ones stand in meanwhile.
    markAllDirty();
    viewport()->update();
    Q_EMIT panelWidthChanged(width);
}

void BoardGridView::zoomBy(double factor)
{
    setPanelWidth(int(std::lround(m_layout.panelWidth() * factor)));
}

QRect BoardGridView::panelRect(int shotRow) const
{
    return m_layout.panelRect(shotRow).translated(0, -scrollY());
}

int BoardGridView::shotAt(const QPoint &viewportPos) const
{
    return m_layout.shotAt(viewportPos + QPoint(0, scrollY()));
}

void BoardGridView::ensureShotVisible(int shotRow)
{
    // Hidden, the grid has no real size yet (a tab not shown keeps its widget's default
    // size): scrolling for a viewport a few pixels high would push the panel's row off the
    // top once the grid shows. showEvent() does it at the real size.
    if (!isVisible()) {
        m_revealCurrent = true;
        return;
    }
    const QRect panel = m_layout.panelRect(shotRow);
    if (panel.isNull())
        return;
    QScrollBar *bar = verticalScrollBar();
    const int header = BoardGridLayout::HeaderHeight;
    // The top of the panel (and its scene header above it) when the panel is above the view,
    // or taller than the view: a panel is never shown with its top cut.
    const int topValue = panel.top() - header - BoardGridLayout::Gap;
    if (panel.top() - header < bar->value())
        bar->setValue(topValue);
    else if (panel.bottom() > bar->value() + viewport()->height())
        bar->setValue(
            std::min(topValue, panel.bottom() - viewport()->height() + BoardGridLayout::Gap));
}

void BoardGridView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_layout.setViewportWidth(viewport()->width());
    updateScrollBars();
}

void BoardGridView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (!m_revealCurrent)
        return;
    m_revealCurrent = false;
    m_layout.setViewportWidth(viewport()->width());
    updateScrollBars();
    if (const int current = currentRow(); current >= 0)
        ensureShotVisible(current);
}

void BoardGridView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_layout.setLineHeight(fontMetrics().lineSpacing());
        updateScrollBars();
    }
}

// --- Pictures --------------------------------------------------------------------------------

void BoardGridView::markDirty(const QString &shotId)
{
    if (!m_dirty.contains(shotId))
        m_dirty.append(shotId);
    m_refreshTimer->start();
}

void BoardGridView::markAllDirty()
{
    m_allDirty = true;
    m_refreshTimer->start();
}

void BoardGridView::refreshPicturesNow()
{
    refreshDirty();
}

void BoardGridView::refreshDirty()
{
    // What each shot shows is worked out here, after the document changed, never while
    // painting: it reads file metadata.
    const Project &project = m_document->project();
    const QString path = m_document->filePath();
    QStringList ids;
    if (m_allDirty) {
        QSet<QString> alive;
        for (const Shot &shot : project.shots) {
            ids.append(shot.id);
            alive.insert(shot.id);
        }
        m_pictures.removeIf([&alive](const auto &entry) { return !alive.contains(entry.key()); });
    } else {
        ids = m_dirty;
    }
    m_allDirty = false;
    m_dirty.clear();
    const QSize size = m_layout.pictureSize() * devicePixelRatioF();
    for (const QString &id : std::as_const(ids)) {
        const Shot *shot = project.shotById(id);
        if (!shot) {
            m_pictures.remove(id);
            continue;
        }
        Picture &picture = m_pictures[id];
        ShotPicture source = shotPicture(project, path, *shot);
        const bool same = source.key == picture.source.key && picture.size == size;
        picture.source = std::move(source);
        if (same && (!picture.pixmap.isNull() || picture.pending))
            continue;
        if (picture.source.isSlate()) {
            picture.pixmap = QPixmap();
            continue;
        }
        request(id, picture);
    }
    viewport()->update();
}

void BoardGridView::request(const QString &shotId, Picture &picture)
{
    const QSize size = m_layout.pictureSize() * devicePixelRatioF();
    picture.size = size;
    if (!picture.pending) {
        picture.pending = true;
        ++m_pending;
    }
    const ShotPicture source = picture.source;
    const quint64 generation = m_generation;
    picturePool().start([this, shotId, source, size, generation] {
        const QImage image = loadShotPicture(source, size);
        QMetaObject::invokeMethod(
            this,
            [this, shotId, key = source.key, size, image, generation] {
                if (generation == m_generation)
                    pictureReady(shotId, key, size, image);
            },
            Qt::QueuedConnection);
    });
}

void BoardGridView::pictureReady(const QString &shotId, const QString &key, const QSize &size,
                                 const QImage &image)
{
    auto found = m_pictures.find(shotId);
    if (found == m_pictures.end())
        return;
    Picture &picture = *found;
    if (picture.source.key != key || picture.size != size)
        return; // a newer request is on its way
    if (picture.pending) {
        picture.pending = false;
        --m_pending;
    }
    picture.pixmap = QPixmap::fromImage(image);
    picture.pixmap.setDevicePixelRatio(devicePixelRatioF());
    const int row = m_document->project().shotIndex(shotId);
    if (row >= 0)
        viewport()->update(panelRect(row));
}

// --- Painting --------------------------------------------------------------------------------

void BoardGridView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect exposed = event->rect();
    painter.fillRect(exposed, palette().color(QPalette::Base));
    if (m_layout.shotCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter,
                         tr("An empty sequence: insert a shot to begin."));
        return;
    }
    const QRect content = exposed.translated(0, scrollY());
    QFont bold = font();
    bold.setBold(true);
    const BoardGridModel::Group *groups = m_model->groups().constData();
    for (int g : m_layout.headersIn(content)) {
        const QRect header = m_layout.headerRect(g).translated(0, -scrollY());
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::AlternateBase));
        painter.drawRect(header);
        const QModelIndex index = m_model->index(g, 0);
        const int seconds = index.data(BoardGridModel::DurationRole).toInt();
        const QString count = tr("%n shot(s), %1 s", nullptr, groups[g].count).arg(seconds);
        painter.setPen(palette().color(QPalette::Text));
        painter.setFont(bold);
        const QRect text = header.adjusted(8, 0, -8, 0);
        const int countWidth = painter.fontMetrics().horizontalAdvance(count) + 12;
        painter.drawText(text.adjusted(0, 0, -countWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(index.data().toString(), Qt::ElideRight,
                                                          text.width() - countWidth));
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, count);
    }
    for (int shot : m_layout.shotsIn(content))
        paintPanel(painter, shot, panelRect(shot));
    if (m_dragging && m_dropIndex >= 0) {
        painter.fillRect(m_layout.dropMarkRect(m_dropIndex).translated(0, -scrollY()),
                         palette().color(QPalette::Highlight));
    }
}

void BoardGridView::paintSlate(QPainter &painter, int shotRow, const QRect &rect) const
{
    const Project &project = m_document->project();
    const Shot &shot = project.shots.at(shotRow);
    const Palette &colours = shot.palette.isEmpty() ? project.style.palette : shot.palette;
    painter.fillRect(rect, QColor(0x2a, 0x2d, 0x33));
    if (!colours.isEmpty()) {
        const qreal band = qreal(rect.width()) / colours.size();
        for (int i = 0; i < colours.size(); ++i) {
            const QColor c(normalizedHexColor(colours.at(i).hex));
            if (c.isValid())
                painter.fillRect(
                    QRectF(rect.left() + i * band, rect.top(), band + 1, rect.height()), c);
        }
        painter.fillRect(rect, QColor(0, 0, 0, 80));
    }
    QFont big = font();
    big.setBold(true);
    big.setPixelSize(std::max(10, rect.height() / 5));
    painter.setFont(big);
    painter.setPen(QColor(255, 255, 255, 220));
    painter.drawText(rect, Qt::AlignCenter, slateTitle(shotName(project, shotRow)));
    painter.setFont(font());
}

void BoardGridView::paintPanel(QPainter &painter, int shotRow, const QRect &rect) const
{
    const Project &project = m_document->project();
    if (shotRow < 0 || shotRow >= project.shots.size())
        return;
    const Shot &shot = project.shots.at(shotRow);
    const QModelIndex modelIndex = m_document->shotListModel()->index(shotRow, 0);
    const bool selected = m_selection->isSelected(modelIndex);
    const bool current = m_selection->currentIndex().row() == shotRow;

    const QRect picture(rect.topLeft(), m_layout.pictureSize());
    const auto found = m_pictures.constFind(shot.id);
    const Picture *cached = found != m_pictures.cend() ? &*found : nullptr;
    if (cached && !cached->pixmap.isNull()) {
        painter.fillRect(picture, Qt::black);
        const QSizeF size = cached->pixmap.deviceIndependentSize();
        QRectF target(QPointF(), size.scaled(QSizeF(picture.size()), Qt::KeepAspectRatio));
        target.moveCenter(QRectF(picture).center());
        painter.drawPixmap(target, cached->pixmap, QRectF(QPointF(), cached->pixmap.size()));
    } else {
        paintSlate(painter, shotRow, picture);
    }
    if (cached && !cached->source.isSlate()) {
        // Where the picture comes from, small in the corner.
        const QString tag = sourceLabel(cached->source.source);
        QFont small = font();
        small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
        painter.setFont(small);
        const QFontMetrics metrics(small);
        const QRect box(picture.left() + 4, picture.top() + 4, metrics.horizontalAdvance(tag) + 8,
                        metrics.height() + 2);
        painter.fillRect(box, QColor(0, 0, 0, 150));
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter, tag);
        painter.setFont(font());
    }

    if (shot.cut) {
        // Cut from the edit, as on the timeline: veiled and marked, still in the plan.
        QColor veil = palette().color(QPalette::Base);
        veil.setAlpha(175);
        painter.fillRect(picture, veil);
        const QString cutText = tr("Cut");
        QFont badgeFont = font();
        badgeFont.setBold(true);
        painter.setFont(badgeFont);
        const QFontMetrics badgeMetrics(badgeFont);
        QRect badge(0, 0, badgeMetrics.horizontalAdvance(cutText) + 12, badgeMetrics.height() + 4);
        badge.moveCenter(picture.center());
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Text));
        painter.drawRoundedRect(badge, 4, 4);
        painter.setPen(palette().color(QPalette::Base));
        painter.drawText(badge, Qt::AlignCenter, cutText);
        painter.setBrush(Qt::NoBrush);
        painter.setFont(font());
    }

    // The text under the picture: name and length, camera, dialogue, action.
    const QRect text(rect.left() + 2, picture.bottom() + 4, rect.width() - 4,
                     rect.bottom() - picture.bottom() - 4);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.lineSpacing();
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::Text));
    const QString length = tr("%1 s").arg(shot.durationSeconds);
    const int lengthWidth = metrics.horizontalAdvance(length) + 8;
    painter.drawText(QRect(text.left(), text.top(), text.width() - lengthWidth, line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(bold).elidedText(shotTitle(project, shotRow), Qt::ElideRight,
                                                   text.width() - lengthWidth));
    painter.setFont(font());
    painter.drawText(QRect(text.left(), text.top(), text.width(), line),
                     Qt::AlignRight | Qt::AlignVCenter, length);
    const QString lines[] = {cameraSummary(shot), BoardGridModel::dialogueSummary(shot),
                             shot.actionBeats.join(QStringLiteral("; "))};
    painter.setPen(palette().color(QPalette::PlaceholderText));
    for (int i = 0; i < 3; ++i) {
        if (lines[i].isEmpty())
            continue;
        QFont f = font();
        f.setItalic(i == 1);
        painter.setFont(f);
        painter.drawText(QRect(text.left(), text.top() + (i + 1) * line, text.width(), line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(f).elidedText(lines[i], Qt::ElideRight, text.width()));
    }
    painter.setFont(font());

    if (selected) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(-2, -2, 2, 2));
    }
    if (current && hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(-5, -5, 5, 5));
    }
}

// --- Selection and input ---------------------------------------------------------------------

int BoardGridView::currentRow() const
{
    const QModelIndex current = m_selection->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QStringList BoardGridView::selectedIds() const
{
    QStringList ids;
    const Project &project = m_document->project();
    for (int row = 0; row < project.shots.size(); ++row) {
        if (m_selection->isSelected(m_document->shotListModel()->index(row, 0)))
            ids.append(project.shots.at(row).id);
    }
    return ids;
}

void BoardGridView::selectShot(int shotRow, Qt::KeyboardModifiers modifiers)
{
    ShotListModel *shots = m_document->shotListModel();
    const QModelIndex index = shots->index(shotRow, 0);
    if (!index.isValid())
        return;
    if (modifiers & Qt::ShiftModifier) {
        const int anchor = m_anchorRow >= 0 ? m_anchorRow : std::max(0, currentRow());
        const QItemSelection range(shots->index(std::min(anchor, shotRow), 0),
                                   shots->index(std::max(anchor, shotRow), 0));
        m_selection->select(range, (modifiers & Qt::ControlModifier)
                                       ? QItemSelectionModel::Select
                                       : QItemSelectionModel::ClearAndSelect);
        m_selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        return;
    }
    m_anchorRow = shotRow;
    if (modifiers & Qt::ControlModifier) {
        m_selection->setCurrentIndex(index, QItemSelectionModel::Toggle);
        return;
    }
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

void BoardGridView::moveCurrent(int shotRow, Qt::KeyboardModifiers modifiers)
{
    if (shotRow < 0 || shotRow >= m_layout.shotCount())
        return;
    selectShot(shotRow, modifiers & Qt::ShiftModifier);
    ensureShotVisible(shotRow);
}

void BoardGridView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const int row = shotAt(event->position().toPoint());
    m_pressRow = row;
    m_pressPos = event->position().toPoint();
    m_dragging = false;
    if (row < 0) {
        if (event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ControlModifier))
            m_selection->clearSelection();
        return;
    }
    const bool selected = m_selection->isSelected(m_document->shotListModel()->index(row, 0));
    if (event->button() == Qt::RightButton && selected)
        return; // the context menu acts on the selection
    // A press on a selected panel may start dragging them all: select on release instead.
    if (event->button() == Qt::LeftButton && selected && !event->modifiers())
        return;
    selectShot(row, event->modifiers());
}

void BoardGridView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_pressRow < 0 || m_document->isReadOnly())
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    m_dropIndex = m_layout.dropIndexAt(pos + QPoint(0, scrollY()));
    // Near the top or bottom edge the grid scrolls by itself.
    const int edge = 40;
    if (pos.y() < edge)
        verticalScrollBar()->setValue(scrollY() - (edge - pos.y()));
    else if (pos.y() > viewport()->height() - edge)
        verticalScrollBar()->setValue(scrollY() + (pos.y() - viewport()->height() + edge));
    viewport()->update();
}

void BoardGridView::mouseReleaseEvent(QMouseEvent *event)
{
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        const QStringList moving = selectedIds();
        // The target counts the shots that stay in front of the drop point.
        const Project &project = m_document->project();
        int target = 0;
        for (int row = 0; row < std::min(m_dropIndex, int(project.shots.size())); ++row)
            target += moving.contains(project.shots.at(row).id) ? 0 : 1;
        m_dropIndex = -1;
        m_document->moveShots(moving, target);
        // The selection follows the moved shots.
        m_selection->select(m_document->shotListModel()->selectionOf(moving),
                            QItemSelectionModel::ClearAndSelect);
        if (!moving.isEmpty())
            m_selection->setCurrentIndex(
                m_document->shotListModel()->index(project.shotIndex(moving.first()), 0),
                QItemSelectionModel::NoUpdate);
        viewport()->update();
    } else if (event->button() == Qt::LeftButton && m_pressRow >= 0 &&
               m_pressRow == shotAt(event->position().toPoint()) && !event->modifiers() &&
               m_selection->isSelected(m_document->shotListModel()->index(m_pressRow, 0))) {
        selectShot(m_pressRow, {});
    }
    m_pressRow = -1;
}

void BoardGridView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = shotAt(event->position().toPoint());
    if (row < 0)
        return;
    selectShot(row, {});
    Q_EMIT editRequested();
}

void BoardGridView::keyPressEvent(QKeyEvent *event)
{
    const int current = currentRow();
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    const int perPage =
        std::max(1, viewport()->height() / (m_layout.panelHeight() + BoardGridLayout::Gap)) *
        m_layout.columns();
    if (modifiers & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(1.25);
            return;
        case Qt::Key_Minus:
            zoomBy(0.8);
            return;
        case Qt::Key_A:
            m_selection->select(
                QItemSelection(m_document->shotListModel()->index(0, 0),
                               m_document->shotListModel()->index(m_layout.shotCount() - 1, 0)),
                QItemSelectionModel::ClearAndSelect);
            return;
        default:
            break;
        }
    }
    switch (event->key()) {
    case Qt::Key_Left:
        moveCurrent(current < 0 ? 0 : current - 1, modifiers);
        return;
    case Qt::Key_Right:
        moveCurrent(current < 0 ? 0 : current + 1, modifiers);
        return;
    case Qt::Key_Up:
        moveCurrent(current < 0 ? 0 : m_layout.shotAbove(current), modifiers);
        return;
    case Qt::Key_Down:
        moveCurrent(current < 0 ? 0 : m_layout.shotBelow(current), modifiers);
        return;
    case Qt::Key_Home:
        moveCurrent(0, modifiers);
        return;
    case Qt::Key_End:
        moveCurrent(m_layout.shotCount() - 1, modifiers);
        return;
    case Qt::Key_PageUp:
        moveCurrent(std::max(0, current - perPage), modifiers);
        return;
    case Qt::Key_PageDown:
        moveCurrent(std::min(m_layout.shotCount() - 1, current + perPage), modifiers);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current >= 0)
            Q_EMIT editRequested();
        return;
    case Qt::Key_Space:
        if (current >= 0)
            m_selection->select(m_document->shotListModel()->index(current, 0),
                                (modifiers & Qt::ControlModifier) ? QItemSelectionModel::Toggle
                                                                  : QItemSelectionModel::Select);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void BoardGridView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            zoomBy(std::pow(1.15, steps));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void BoardGridView::contextMenuEvent(QContextMenuEvent *event)
{
    int row = -1;
    if (event->reason() == QContextMenuEvent::Mouse) {
        row = shotAt(event->pos());
        if (row >= 0 && !m_selection->isSelected(m_document->shotListModel()->index(row, 0)))
            selectShot(row, {});
    } else {
        row = currentRow();
    }
    QMenu menu(this);
    fillShotMenu(menu, *m_document, row,
                 {[this] { Q_EMIT insertRequested(); }, [this] { Q_EMIT duplicateRequested(); },
                  [this] { Q_EMIT splitRequested(); }, [this] { Q_EMIT cutToggleRequested(); },
                  [this] {
                      Q_EMIT deleteRequested();
                  }},
                 [this](QMenu &own) {
                     own.addAction(tr("Draw Board"), this, &BoardGridView::drawRequested);
                     own.addAction(tr("Edit Shot"), this, &BoardGridView::editRequested);
                 });
    const QPoint at = event->reason() == QContextMenuEvent::Mouse
                          ? event->globalPos()
                          : viewport()->mapToGlobal(panelRect(std::max(0, row)).center());
    menu.exec(at);
}

bool BoardGridView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = shotAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            return true;
        }
        const Shot &shot = m_document->project().shots.at(row);
        QStringList lines{shotTitle(m_document->project(), row)};
        if (!shot.sceneProse.isEmpty())
            lines.append(shot.sceneProse);
        for (const QString &beat : shot.actionBeats)
            lines.append(QStringLiteral("• ") + beat);
        const QString dialogue = BoardGridModel::dialogueSummary(shot);
        if (!dialogue.isEmpty())
            lines.append(dialogue);
        QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), viewport(),
                           panelRect(row));
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void BoardGridView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void BoardGridView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

} // namespace ShotBrief
