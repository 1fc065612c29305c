// SPDX-License-Identifier: MIT
#include "timelinewidget.h"

#include "theme.h"
#include "timelineaccessible.h"

#include "board/shotpicture.h"
#include "continuity/chaining.h"
#include "continuity/continuityreport.h"
#include "continuity/cutmeasurer.h"
#include "document/mediaimagesizes.h"
#include "document/projectdocument.h"
#include "document/shotlistmodel.h"
#include "io/projectfile.h"
#include "model/shotname.h"
#include "prompt/linter.h"
#include "prompt/takestaleness.h"
#include "review/reviewimport.h"
#include "reviewbadge.h"
#include "shotmenu.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QImageReader>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ShotBrief {

namespace {

QColor statusColor(TakeStatus status, const QPalette &palette)
{
    switch (status) {
    case TakeStatus::Ready:
        return QColor(0x3c, 0xb3, 0x71);
    case TakeStatus::Failed:
    case TakeStatus::Expired:
        return Theme::severityColor(LintSeverity::Error, palette);
    case TakeStatus::Canceled:
        return QColor(0x88, 0x88, 0x88);
    case TakeStatus::Draft:
        return QColor(0x99, 0x99, 0x99);
    default:
        return Theme::severityColor(LintSeverity::Hint, palette);
    }
}

} // namespace

TimelineWidget::TimelineWidget(ProjectDocument *document, QItemSelectionModel *selection,
                               QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    TimelineAccessible::install(this); // before anything asks for the timeline's interface
    setAccessibleName(tr("Timeline"));
    // Cuts between circled clips are measured in the background; a mark repaints when its
    // numbers come.
    m_cutMeasurer = new CutMeasurer(this);
    connect(m_cutMeasurer, &CutMeasurer::measured, this, qOverload<>(&QWidget::update));
    // What a shot shows is worked out when the document says what changed (the specific
    // signals come before `changed`, which lays out and repaints).
    connect(document, &ProjectDocument::shotChanged, this, [this](int index) {
        refreshPicture(index);
        refreshLintFrom(index, index + 1); // the next shot compares itself with this one
    });
    // Unlabelled shots are numbered by their place: the slates of the shots after an insert or
    // a removal, and of those between a move's ends, change their number.
    connect(document, &ProjectDocument::shotInserted, this, [this](int index) {
        refreshPicturesFrom(index, int(m_document->project().shots.size()) - 1);
        refreshLintFrom(index, index + 1);
    });
    connect(document, &ProjectDocument::shotRemoved, this,
            [this](int index, const QString &shotId) {
                m_facts.remove(shotId);
                refreshPicturesFrom(index, int(m_document->project().shots.size()) - 1);
                refreshLint(index);
            });
    connect(document, &ProjectDocument::shotMoved, this, [this](int from, int to) {
        refreshPicturesFrom(std::min(from, to), std::max(from, to));
        refreshLintFrom(std::min(from, to), std::max(from, to) + 1);
    });
    connect(document, &ProjectDocument::boardChanged, this,
            [this](int index) { refreshPicture(index); });
    connect(document, &ProjectDocument::takeChanged, this, [this](const QString &shotId) {
        refreshPicture(m_document->project().shotIndex(shotId)); // a new circled thumbnail
    });
    // The style bible, cast, scenes and defaults go into every shot's lint (and the style
    // palette into slates); a new project or file means new media.
    for (auto signal : {&ProjectDocument::styleBibleChanged, &ProjectDocument::castChanged,
                        &ProjectDocument::scenesChanged, &ProjectDocument::projectSettingsChanged,
                        &ProjectDocument::projectReset})
        connect(document, signal, this, &TimelineWidget::refreshAll);
    connect(document, &ProjectDocument::filePathChanged, this, &TimelineWidget::refreshAll);
    // Save As: the clips are found under the new media folder.
    connect(document, &ProjectDocument::filePathChanged, this,
            [this] { m_cutMeasurer->setProject(m_document->project(), m_document->filePath()); });
    connect(document, &ProjectDocument::changed, this, &TimelineWidget::onDocumentChanged);
    connect(selection, &QItemSelectionModel::selectionChanged, this, [this] { update(); });
    connect(selection, &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    ensureRowVisible(current.row());
                    // The playhead follows the selection unless it is already inside the shot.
                    const double start = m_layout.startOf(current.row());
                    const double end = m_layout.startOf(current.row() + 1);
                    if (m_playhead < start || m_playhead >= end)
                        setPlayheadSeconds(start);
                }
                update();
            });
    refreshAll();
    relayout();
}

void TimelineWidget::setCapabilities(const ProviderCapabilities &capabilities)
{
    m_capabilities = capabilities;
    refreshLintFrom(0, int(m_document->project().shots.size()) - 1);
    update();
}

void TimelineWidget::onDocumentChanged()
{
    // Cuts between circled clips that are not measured yet are measured in the background.
    m_cutMeasurer->setProject(m_document->project(), m_document->filePath());
    relayout();
    update();
}

void TimelineWidget::invalidatePictures()
{
    m_pictureCache.clear();
    update();
}

QList<LintFinding> TimelineWidget::lintFindings(const QString &shotId) const
{
    return m_facts.value(shotId).findings;
}

void TimelineWidget::refreshLint(int row)
{
    const Project &project = m_document->project();
    if (row < 0 || row >= project.shots.size())
        return;
    ClipFacts &facts = m_facts[project.shots.at(row).id];
    // Reference image sizes are read from the files' headers here, not while painting.
    facts.findings =
        lintShot(project, row, m_capabilities, mediaImageSizes(m_document->filePath()));
    facts.worst = -1;
    facts.outOfDate = false;
    for (const LintFinding &finding : std::as_const(facts.findings)) {
        facts.worst = std::max(facts.worst, int(finding.severity));
        facts.outOfDate = facts.outOfDate || finding.ruleId == QLatin1String("take-out-of-date");
    }
}

void TimelineWidget::refreshPicturesFrom(int first, int last)
{
    for (int row = std::max(0, first); row <= last; ++row)
        refreshPicture(row);
}

void TimelineWidget::refreshLintFrom(int first, int last)
{
    for (int row = std::max(0, first); row <= last; ++row)
        refreshLint(row);
}

void TimelineWidget::refreshPicture(int row)
{
    const Project &project = m_document->project();
    if (row < 0 || row >= project.shots.size())
        return;
    const Shot &shot = project.shots.at(row);
    ClipFacts &facts = m_facts[shot.id];
    facts.name = shotName(project, row);
    // The circled take's thumbnail, else the board, else the first frame, else a slate in the
    // palette (board/shotpicture.h).
    const ShotPicture picture = shotPicture(project, m_document->filePath(), shot);
    if (!picture.isSlate()) {
        if (picture.key == facts.pictureKey && !facts.image.isNull())
            return;
        // Decoded (or a board drawn) once at the clip's picture height; clips crop and scale
        // from it.
        const int height = int(std::ceil(TimelineLayout::PictureHeight * devicePixelRatioF()));
        facts.image = loadShotPicture(picture, QSize(height * 4, height));
        if (!facts.image.isNull()) {
            facts.pictureKey = picture.key;
            return;
        }
    }
    facts.image = QImage();
    QStringList colours;
    for (const PaletteColor &colour : shot.palette.isEmpty() ? project.style.palette : shot.palette)
        colours.append(colour.hex);
    facts.pictureKey =
        QStringLiteral("slate|%1|%2").arg(colours.join(QLatin1Char(',')), facts.name);
}

void TimelineWidget::refreshAll()
{
    const int count = int(m_document->project().shots.size());
    QSet<QString> ids;
    for (const Shot &shot : m_document->project().shots)
        ids.insert(shot.id);
    m_facts.removeIf([&ids](const auto &entry) { return !ids.contains(entry.key()); });
    for (int row = 0; row < count; ++row) {
        refreshPicture(row);
        refreshLint(row);
    }
}

void TimelineWidget::relayout()
{
    QList<int> durations;
    durations.reserve(m_document->project().shots.size());
    for (const Shot &shot : m_document->project().shots)
        durations.append(shot.durationSeconds);
    m_layout.setDurations(durations);
    // Inside a scroll area the parent is its viewport: fill its height, scroll sideways.
    const QSize hint = sizeHint();
    // Fill the viewport: the empty space after the last clip belongs to the timeline too.
    resize(std::max(hint.width(), parentWidget() ? parentWidget()->width() : 0),
           std::max(hint.height(), parentWidget() ? parentWidget()->height() : 0));
    updateGeometry();
}

QSize TimelineWidget::sizeHint() const
{
    QSize hint(m_layout.contentWidth(), m_layout.contentHeight());
    if (m_document->project().shots.isEmpty()) // the hint in one line where there is room
        hint.setWidth(std::max(hint.width(),
                               LeftMargin * 2 + fontMetrics().horizontalAdvance(emptyHintText())));
    return hint;
}

QString TimelineWidget::emptyHintText()
{
    return tr("No shots yet. Press Insert (or Edit > Insert Shot) to add the first one.");
}

QRect TimelineWidget::emptyHintRect() const
{
    // The part of the timeline the scroll area shows, so the hint is read without scrolling;
    // it wraps when even that is too narrow.
    const QScrollArea *area = scrollArea();
    const int visible = area ? area->viewport()->width() : width();
    return QRect(LeftMargin, ClipTop, std::max(40, std::min(width(), visible) - 2 * LeftMargin),
                 ClipHeight);
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {200, m_layout.contentHeight()};
}

void TimelineWidget::setPixelsPerSecond(double pixelsPerSecond)
{
    const double before = m_layout.pixelsPerSecond();
    if (qFuzzyCompare(m_layout.setPixelsPerSecond(pixelsPerSecond), before))
        return;
    relayout();
    update();
    Q_EMIT zoomChanged(m_layout.pixelsPerSecond());
}

void TimelineWidget::zoomBy(double factor, int anchorX)
{
    QScrollArea *area = scrollArea();
    const double anchorSeconds = anchorX >= 0 ? secondsForX(anchorX) : 0.0;
    const int anchorOnScreen =
        area && anchorX >= 0 ? anchorX - area->horizontalScrollBar()->value() : 0;
    setPixelsPerSecond(m_layout.pixelsPerSecond() * factor);
    if (area && anchorX >= 0)
        area->horizontalScrollBar()->setValue(xForSeconds(anchorSeconds) - anchorOnScreen);
}

void TimelineWidget::zoomToFit(int width)
{
    const int total = std::max(1, m_layout.totalSeconds());
    setPixelsPerSecond(double(std::max(100, width - LeftMargin * 2 - 40)) / total);
}

void TimelineWidget::setPlayheadSeconds(double seconds)
{
    seconds = std::clamp(seconds, 0.0, double(m_layout.totalSeconds()));
    if (qFuzzyCompare(seconds + 1.0, m_playhead + 1.0))
        return;
    m_playhead = seconds;
    update();
    Q_EMIT playheadChanged(seconds);
}

QRect TimelineWidget::clipRect(int row) const
{
    return m_layout.clipRect(row);
}

int TimelineWidget::rowAt(const QPoint &pos) const
{
    return m_layout.rowAt(pos);
}

QStringList TimelineWidget::selectedShotIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_selection->selectedIndexes())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    const QList<Shot> &shots = m_document->project().shots;
    for (int row : std::as_const(rows)) {
        if (row >= 0 && row < shots.size())
            ids.append(shots.at(row).id);
    }
    if (ids.isEmpty() && !currentShotId().isEmpty())
        ids.append(currentShotId());
    return ids;
}

QString TimelineWidget::currentShotId() const
{
    const QModelIndex current = m_selection->currentIndex();
    if (!current.isValid())
        return {};
    return current.data(ShotListModel::IdRole).toString();
}

void TimelineWidget::selectRow(int row, bool extend)
{
    const QAbstractItemModel *model = m_selection->model();
    if (row < 0 || row >= model->rowCount())
        return;
    const QModelIndex index = model->index(row, 0);
    if (extend && m_selection->currentIndex().isValid()) {
        const int anchor = m_selection->currentIndex().row();
        const QItemSelection range(model->index(std::min(anchor, row), 0),
                                   model->index(std::max(anchor, row), 0));
        m_selection->select(range, QItemSelectionModel::Select);
        m_selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    } else {
        m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }
}

void TimelineWidget::ensureRowVisible(int row)
{
    // A clicked clip is under the pointer already: scrolling would pull it (or the edge just
    // grabbed) away from the pointer.
    if (m_mousePressing)
        return;
    QScrollArea *area = scrollArea();
    if (!area)
        return;
    const QRect rect = clipRect(row);
    area->ensureVisible(rect.center().x(), rect.center().y(),
                        std::min(rect.width() / 2 + 20, area->viewport()->width() / 2), 0);
}

QPixmap TimelineWidget::pictureFor(const Shot &shot, const QSize &size) const
{
    // Made from what refreshPicture() prepared: painting reads no file.
    static const ClipFacts none;
    const auto found = m_facts.constFind(shot.id);
    const ClipFacts &facts = found != m_facts.cend() ? *found : none;
    const QString key =
        QStringLiteral("%1|%2x%3").arg(facts.pictureKey).arg(size.width()).arg(size.height());
    const auto cached = m_pictureCache.constFind(key);
    if (cached != m_pictureCache.cend())
        return *cached;

    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    if (!facts.image.isNull()) {
        pixmap.fill(Qt::black);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const QImage scaled = facts.image.scaled(size * dpr, Qt::KeepAspectRatioByExpanding,
                                                 Qt::SmoothTransformation);
        p.drawImage(QRectF(QPointF(0, 0), QSizeF(size)), scaled,
                    QRectF((scaled.width() - size.width() * dpr) / 2,
                           (scaled.height() - size.height() * dpr) / 2, size.width() * dpr,
                           size.height() * dpr));
    } else {
        // A storyboard slate: vertical bands of the palette's colours.
        pixmap.fill(QColor(0x2a, 0x2d, 0x33));
        QPainter p(&pixmap);
        Palette palette =
            shot.palette.isEmpty() ? m_document->project().style.palette : shot.palette;
        QList<QColor> colors;
        for (const PaletteColor &color : palette) {
            const QColor c(color.hex);
            if (c.isValid())
                colors.append(c);
        }
        if (!colors.isEmpty()) {
            const qreal band = qreal(size.width()) / colors.size();
            for (int i = 0; i < colors.size(); ++i)
                p.fillRect(QRectF(i * band, 0, band + 1, size.height()), colors.at(i));
            p.fillRect(QRectF(0, 0, size.width(), size.height()), QColor(0, 0, 0, 70));
        }
        p.setPen(QColor(255, 255, 255, 170));
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(std::max(9, size.height() / 4));
        p.setFont(font);
        // A long name ends in an ellipsis rather than being cut off at both sides.
        p.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter,
                   p.fontMetrics().elidedText(facts.name, Qt::ElideRight, size.width() - 4));
    }
    // Old keys (edited shots, other zoom levels) are dropped now and then, not one by one.
    if (m_pictureCache.size() > 4096)
        m_pictureCache.clear();
    m_pictureCache.insert(key, pixmap);
    return pixmap;
}

void TimelineWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect exposed = event->rect();
    const QPalette &pal = palette();
    painter.fillRect(exposed, pal.color(QPalette::Base));
    paintRuler(painter, exposed);

    const QList<Shot> &shots = m_document->project().shots;
    if (shots.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(emptyHintRect(), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         emptyHintText());
        return;
    }

    // Only the clips that intersect the exposed rectangle.
    const int firstRow = std::max(0, rowAt(QPoint(exposed.left(), ClipTop + 1)));
    for (int row = firstRow; row < shots.size(); ++row) {
        const QRect rect = clipRect(row);
        if (rect.left() > exposed.right())
            break;
        if (rect.right() < exposed.left())
            continue;
        paintClip(painter, row, rect);
    }

    for (int row = std::max(1, firstRow); row < shots.size(); ++row) {
        const int x = clipRect(row).left();
        if (x - 10 > exposed.right())
            break;
        if (x + 10 >= exposed.left())
            paintCutMark(painter, row);
    }

    if (m_dragMode == DragMode::Reorder && m_dropIndex >= 0) {
        const int x = m_dropIndex < shots.size() ? clipRect(m_dropIndex).left() - 2
                                                 : xForSeconds(m_layout.totalSeconds()) + 1;
        painter.fillRect(QRect(x - 1, ClipTop - 6, 3, ClipHeight + 12),
                         pal.color(QPalette::Highlight));
    }

    // The playhead over everything.
    const int px = xForSeconds(m_playhead);
    if (px >= exposed.left() - 6 && px <= exposed.right() + 6) {
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor red(0xe5, 0x48, 0x3f);
        painter.fillRect(QRect(px, 0, 1, height()), red);
        QPainterPath head;
        head.moveTo(px - 6, 0);
        head.lineTo(px + 7, 0);
        head.lineTo(px + 7, 9);
        head.lineTo(px + 0.5, 15);
        head.lineTo(px - 6, 9);
        head.closeSubpath();
        painter.fillPath(head, red);
    }
}

void TimelineWidget::paintRuler(QPainter &painter, const QRect &exposed) const
{
    const QPalette &pal = palette();
    const QRect ruler(exposed.left(), 0, exposed.width(), RulerHeight);
    painter.fillRect(ruler, pal.color(QPalette::Window));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(ruler.bottomLeft(), ruler.bottomRight());

    // A label every N seconds so that labels never collide.
    static const int steps[] = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600};
    int labelStep = steps[std::size(steps) - 1];
    for (int step : steps) {
        if (step * m_layout.pixelsPerSecond() >= 56) {
            labelStep = step;
            break;
        }
    }
    const int tickStep = labelStep >= 10 ? labelStep / 5 : 1;
    const int firstSecond = std::max(0, int(secondsForX(exposed.left())) - 1);
    const int lastSecond = int(secondsForX(exposed.right())) + 1;
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    painter.setFont(small);
    for (int s = firstSecond - firstSecond % tickStep; s <= lastSecond; s += tickStep) {
        const int x = xForSeconds(s);
        const bool major = s % labelStep == 0;
        painter.setPen(pal.color(major ? QPalette::Text : QPalette::Mid));
        painter.drawLine(x, RulerHeight - (major ? 10 : 5), x, RulerHeight - 1);
        if (major) {
            const QString text =
                s >= 60 ? QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                        : QStringLiteral("%1s").arg(s);
            painter.drawText(QRect(x + 3, 2, 60, RulerHeight - 12), Qt::AlignLeft | Qt::AlignTop,
                             text);
        }
    }

    // Scenes: a band under the ruler, one segment per run of shots in the same scene.
    const Project &project = m_document->project();
    const QRect band(exposed.left(), RulerHeight, exposed.width(), SceneBandHeight);
    painter.fillRect(band, pal.color(QPalette::AlternateBase));
    int row = 0;
    const int count = int(project.shots.size());
    while (row < count) {
        const QString sceneId = project.shots.at(row).sceneId;
        int end = row;
        while (end + 1 < count && project.shots.at(end + 1).sceneId == sceneId)
            ++end;
        const int left = clipRect(row).left();
        const QRect last = clipRect(end);
        const int right = last.right();
        if (right >= exposed.left() && left <= exposed.right() && !sceneId.isEmpty()) {
            const Scene *scene = project.sceneById(sceneId);
            const QRect segment(left, RulerHeight + 2, right - left, SceneBandHeight - 4);
            QColor tint = pal.color(QPalette::Highlight);
            tint.setAlpha(60);
            painter.fillRect(segment, tint);
            painter.fillRect(QRect(left, RulerHeight + 1, 2, SceneBandHeight - 2),
                             pal.color(QPalette::Highlight));
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(segment.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                             painter.fontMetrics().elidedText(scene ? scene->title : sceneId,
                                                              Qt::ElideRight,
                                                              segment.width() - 10));
        }
        if (left > exposed.right())
            break;
        row = end + 1;
    }
}

void TimelineWidget::paintClip(QPainter &painter, int row, const QRect &rect) const
{
    const Shot &shot = m_document->project().shots.at(row);
    const QPalette &pal = palette();
    const QModelIndex index = m_selection->model()->index(row, 0);
    const bool selected = m_selection->isSelected(index);
    const bool current = m_selection->currentIndex() == index;

    painter.setRenderHint(QPainter::Antialiasing);
    QColor body = pal.color(QPalette::Button);
    if (selected)
        body = pal.color(QPalette::Highlight)
                   .darker(pal.color(QPalette::Base).lightness() < 128 ? 130 : 100);
    painter.setPen(Qt::NoPen);
    painter.setBrush(body);
    painter.drawRoundedRect(rect, 4, 4);

    // Picture: 16:9 (or the shot's own aspect) at the top-left, as wide as the clip allows.
    const int pictureHeight = rect.height() - 34;
    QSize pictureSize;
    const QString size = m_document->project().effectiveSize(shot);
    const QStringList wh = size.split(QLatin1Char('x'));
    const double aspect = wh.size() == 2 && wh.at(1).toDouble() > 0
                              ? wh.at(0).toDouble() / wh.at(1).toDouble()
                              : 16.0 / 9.0;
    pictureSize = QSize(std::min(rect.width() - 6, int(pictureHeight * aspect)), pictureHeight);
    if (pictureSize.width() > 8) {
        const QRect pictureRect(rect.left() + 3, rect.top() + 3, pictureSize.width(),
                                pictureSize.height());
        painter.drawPixmap(pictureRect.topLeft(), pictureFor(shot, pictureSize));
        // Pictures narrower than the clip are repeated like film frames.
        int x = pictureRect.right() + 2;
        while (x + 8 < rect.right() - 3) {
            const int w = std::min(pictureSize.width(), rect.right() - 3 - x);
            painter.drawPixmap(QRect(x, pictureRect.top(), w, pictureSize.height()),
                               pictureFor(shot, pictureSize),
                               QRect(0, 0, int(w * devicePixelRatioF()),
                                     int(pictureSize.height() * devicePixelRatioF())));
            x += pictureSize.width() + 2;
        }
    }

    // Text row: label, duration, take status.
    const QRect textRect(rect.left() + 6, rect.bottom() - 29, rect.width() - 12, 14);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(selected ? pal.color(QPalette::HighlightedText)
                            : pal.color(QPalette::ButtonText));
    const ClipFacts &facts = *m_facts.constFind(shot.id); // every shot has its facts
    const Take *circled = shot.circledTake();
    const QString title =
        circled && circled->isTrimmed()
            ? tr("%1 · %2s · %3 s used")
                  .arg(facts.name)
                  .arg(durationAt(row))
                  .arg(QLocale().toString(circled->usedLengthMs() / 1000.0, 'f', 1))
            : tr("%1 · %2s").arg(facts.name).arg(durationAt(row));
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(title, Qt::ElideRight, textRect.width()));
    painter.setFont(font());
    const QRect statusRect = textRect.translated(0, 14);
    QString status;
    QColor statusDot = pal.color(QPalette::Mid);
    // A take being made says so first: that is what the director is waiting for.
    const Take *running = nullptr;
    for (const Take &take : shot.takes) {
        if (isTakeInFlight(take.status))
            running = &take;
    }
    if (running) {
        status = running->status == TakeStatus::InProgress
                     ? tr("%1 %2%").arg(takeStatusName(running->status)).arg(running->progress)
                     : takeStatusName(running->status);
        statusDot = statusColor(running->status, pal);
    } else if (const ChainLink chain = ChainLink::of(m_document->project(), row);
               chain.state == ChainLink::State::Waiting &&
               std::any_of(shot.takes.cbegin(), shot.takes.cend(), [](const Take &take) {
                   return take.status == TakeStatus::Draft && take.referenceImage.isEmpty();
               })) {
        status = chain.message; // "waiting for shot 3"
    } else if (const Take *take = shot.circledTake()) {
        status = tr("● %1").arg(takeStatusName(take->status));
        statusDot = statusColor(take->status, pal);
        if (facts.outOfDate) {
            status = tr("● %1 · out of date").arg(takeStatusName(take->status));
            statusDot = Theme::severityColor(LintSeverity::Warning, pal);
        }
    } else if (!shot.takes.isEmpty()) {
        status = tr("%n take(s)", nullptr, int(shot.takes.size()));
    } else {
        status = tr("no take");
    }
    // On the selection colour, status colours lose their contrast: use the selection's text.
    if (selected)
        painter.setPen(pal.color(QPalette::HighlightedText));
    else
        painter.setPen(running || shot.circledTake() ? statusDot
                                                     : pal.color(QPalette::PlaceholderText));
    painter.drawText(statusRect, Qt::AlignLeft | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(status, Qt::ElideRight, statusRect.width()));

    // An out-of-date take gets a badge over its picture: the sequence plays it, yet it was
    // made from another brief (length, prompt, model, size or picture).
    if (facts.outOfDate && pictureSize.width() > 14) {
        const QRect badge(rect.left() + 6, rect.top() + 6, 16, 16);
        const QColor color = Theme::severityColor(LintSeverity::Warning, pal);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(badge);
        painter.setPen(Theme::textOn(color));
        painter.drawText(badge, Qt::AlignCenter, QStringLiteral("\u27f3"));
    }

    // Lint badge in the top-right corner, the reviewers' verdict left of it.
    int badgeRight = rect.right() - 4;
    if (!facts.findings.isEmpty() && rect.width() > 24) {
        const QString count = QString::number(facts.findings.size());
        const int w = std::max(16, painter.fontMetrics().horizontalAdvance(count) + 8);
        const QRect badge(rect.right() - w - 4, rect.top() + 5, w, 16);
        const QColor color = Theme::severityColor(LintSeverity(facts.worst), pal);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(badge, 8, 8);
        painter.setPen(Theme::textOn(color));
        painter.drawText(badge, Qt::AlignCenter, count);
        badgeRight = badge.left() - 3;
    }
    if (!shot.reviews.isEmpty() && badgeRight - rect.left() > 24)
        ReviewBadge::paint(painter, QPoint(badgeRight, rect.top() + 5), shot.reviews);

    if (shot.cut) {
        // Cut from the edit: it stays in the plan, veiled and struck through, out of the film.
        QColor veil = pal.color(QPalette::Base);
        veil.setAlpha(175);
        painter.setPen(Qt::NoPen);
        painter.setBrush(veil);
        painter.drawRoundedRect(rect, 4, 4);
        painter.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DashLine));
        painter.drawLine(rect.topLeft() + QPoint(3, 3), rect.bottomRight() - QPoint(3, 3));
        const QString cutText = tr("Cut");
        QFont badgeFont = font();
        badgeFont.setBold(true);
        painter.setFont(badgeFont);
        const int w = painter.fontMetrics().horizontalAdvance(cutText) + 12;
        if (rect.width() > w + 8) {
            const QRect badge(rect.left() + 5, rect.top() + 5, w, 18);
            painter.setBrush(pal.color(QPalette::Text));
            painter.setPen(Qt::NoPen);
            painter.drawRoundedRect(badge, 4, 4);
            painter.setPen(pal.color(QPalette::Base));
            painter.drawText(badge, Qt::AlignCenter, cutText);
        }
        painter.setFont(font());
    }

    // Frame: the current clip gets a focus-coloured outline; the right edge a grip.
    painter.setBrush(Qt::NoBrush);
    if (current) {
        painter.setPen(QPen(pal.color(QPalette::Highlight).lighter(130), 2));
        painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 4, 4);
    } else {
        painter.setPen(QPen(pal.color(QPalette::Mid), 1));
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    }
    if (rect.width() > 20) {
        painter.setPen(QPen(pal.color(QPalette::Mid), 1));
        const int gx = rect.right() - 3;
        painter.drawLine(gx, rect.center().y() - 8, gx, rect.center().y() + 8);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    const QScopedValueRollback<bool> pressing(m_mousePressing, true);
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    if (pos.y() < RulerHeight) {
        m_dragMode = DragMode::Playhead;
        setPlayheadSeconds(secondsForX(pos.x()));
        return;
    }
    const int row = rowAt(pos);
    m_pressRow = row;
    if (row < 0) {
        m_dragMode = DragMode::None;
        return;
    }
    const QRect rect = clipRect(row);
    if (pos.x() >= rect.right() - ResizeHandle && !m_document->isReadOnly()) {
        m_dragMode = DragMode::Resize;
        m_layout.setResizePreview(row, m_document->project().shots.at(row).durationSeconds);
        selectRow(row);
        return;
    }
    const QModelIndex index = m_selection->model()->index(row, 0);
    if (event->modifiers() & Qt::ControlModifier) {
        m_selection->setCurrentIndex(index, QItemSelectionModel::Toggle);
    } else if (event->modifiers() & Qt::ShiftModifier) {
        selectRow(row, true);
    } else if (!m_selection->isSelected(index)) {
        selectRow(row);
    } else {
        m_selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    m_dragMode = DragMode::Pending;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    dragTo(pos);
    if (isAutoScrollDrag())
        updateAutoScroll(pos);
}

void TimelineWidget::dragTo(const QPoint &pos)
{
    switch (m_dragMode) {
    case DragMode::None: {
        const int row = rowAt(pos);
        const bool onEdge = row >= 0 && pos.x() >= clipRect(row).right() - ResizeHandle;
        setCursor(onEdge ? Qt::SizeHorCursor : Qt::ArrowCursor);
        break;
    }
    case DragMode::Playhead:
        setPlayheadSeconds(secondsForX(pos.x()));
        break;
    case DragMode::Pending:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            break;
        if (m_document->isReadOnly())
            break;
        m_dragMode = DragMode::Reorder;
        setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case DragMode::Reorder:
        m_dropIndex = m_layout.insertionIndexAt(pos.x());
        update();
        break;
    case DragMode::Resize: {
        const Shot &shot = m_document->project().shots.at(m_pressRow);
        const double seconds = secondsForX(pos.x()) - m_layout.startOf(m_pressRow);
        // Snap to the durations the provider accepts for this model.
        const int snapped = m_capabilities.nearestDuration(
            m_document->project().effectiveModel(shot), int(std::lround(seconds)));
        if (snapped != m_layout.durationAt(m_pressRow) && snapped > 0) {
            m_layout.setResizePreview(m_pressRow, snapped);
            update();
        }
        break;
    }
    }
}

QScrollArea *TimelineWidget::scrollArea() const
{
    return qobject_cast<QScrollArea *>(parentWidget() ? parentWidget()->parentWidget() : nullptr);
}

int TimelineWidget::autoScrollStep(int x, int viewportWidth)
{
    const int zone = std::min(AutoScrollMargin, viewportWidth / 4);
    if (zone <= 0)
        return 0;
    int depth = 0; // how far into the edge zone, growing past the edge
    int direction = 0;
    if (x < zone) {
        depth = zone - x;
        direction = -1;
    } else if (x >= viewportWidth - zone) {
        depth = x - (viewportWidth - zone) + 1;
        direction = 1;
    }
    if (direction == 0)
        return 0;
    // Quadratic: a gentle creep at the zone's border for precise drops, full speed once the
    // pointer is half a zone past the edge.
    const double fraction = std::min(1.0, double(depth) / (1.5 * zone));
    const int step = std::max(1, int(std::lround(AutoScrollMaxStep * fraction * fraction)));
    return direction * step;
}

bool TimelineWidget::isAutoScrollDrag() const
{
    return m_dragMode == DragMode::Reorder || m_dragMode == DragMode::Resize ||
           m_dragMode == DragMode::Playhead;
}

bool TimelineWidget::isAutoScrolling() const
{
    return m_autoScrollTimer && m_autoScrollTimer->isActive();
}

void TimelineWidget::updateAutoScroll(const QPoint &pos)
{
    QScrollArea *area = scrollArea();
    if (!area)
        return;
    m_dragViewportPos = mapTo(area->viewport(), pos);
    m_autoScrollStep = autoScrollStep(m_dragViewportPos.x(), area->viewport()->width());
    if (m_autoScrollStep == 0) {
        stopAutoScroll();
        return;
    }
    if (!m_autoScrollTimer) {
        m_autoScrollTimer = new QTimer(this);
        m_autoScrollTimer->setInterval(AutoScrollIntervalMs);
        connect(m_autoScrollTimer, &QTimer::timeout, this, &TimelineWidget::autoScrollTick);
    }
    if (!m_autoScrollTimer->isActive())
        m_autoScrollTimer->start();
}

void TimelineWidget::stopAutoScroll()
{
    m_autoScrollStep = 0;
    if (m_autoScrollTimer)
        m_autoScrollTimer->stop();
}

void TimelineWidget::autoScrollTick()
{
    QScrollArea *area = scrollArea();
    // Without the button held (the release went to another window) there is no drag to follow.
    if (!area || !isAutoScrollDrag() || m_autoScrollStep == 0 ||
        !(QGuiApplication::mouseButtons() & Qt::LeftButton)) {
        stopAutoScroll();
        return;
    }
    QScrollBar *bar = area->horizontalScrollBar();
    const int before = bar->value();
    bar->setValue(before + m_autoScrollStep);
    if (bar->value() == before)
        return; // at the end: keep waiting, the pointer may still move back
    // The pointer stays put on screen while the timeline slides under it: the drag follows.
    dragTo(mapFrom(area->viewport(), m_dragViewportPos));
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const DragMode mode = m_dragMode;
    m_dragMode = DragMode::None;
    const int resizedSeconds = m_layout.durationAt(m_pressRow);
    m_layout.setResizePreview(-1, 0);
    stopAutoScroll();
    unsetCursor();
    if (event->button() != Qt::LeftButton)
        return;
    if (mode == DragMode::Reorder && m_dropIndex >= 0) {
        const QStringList ids = selectedShotIds();
        // The target index is counted in the list without the moved shots.
        int target = m_dropIndex;
        for (const QString &id : ids) {
            if (m_document->project().shotIndex(id) < m_dropIndex)
                --target;
        }
        const QString current = currentShotId();
        m_document->moveShots(ids, target);
        m_dropIndex = -1;
        // Keep the moved shots selected at their new places.
        m_selection->select(m_document->shotListModel()->selectionOf(ids),
                            QItemSelectionModel::ClearAndSelect);
        m_selection->setCurrentIndex(
            m_selection->model()->index(m_document->project().shotIndex(current), 0),
            QItemSelectionModel::NoUpdate);
    } else if (mode == DragMode::Resize && m_pressRow >= 0 &&
               m_pressRow < m_document->project().shots.size()) {
        const QString id = m_document->project().shots.at(m_pressRow).id;
        m_document->setShotDuration(id, resizedSeconds);
    }
    m_dropIndex = -1;
    relayout();
    update();
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (rowAt(event->position().toPoint()) >= 0)
        Q_EMIT editRequested();
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const int count = m_selection->model()->rowCount();
    const int current =
        m_selection->currentIndex().isValid() ? m_selection->currentIndex().row() : -1;
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Left:
        selectRow(std::max(0, current - 1), extend);
        break;
    case Qt::Key_Right:
        selectRow(std::min(count - 1, current + 1), extend);
        break;
    case Qt::Key_Home:
        selectRow(0, extend);
        break;
    case Qt::Key_End:
        selectRow(count - 1, extend);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT editRequested();
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        Q_EMIT deleteRequested();
        break;
    case Qt::Key_Insert:
        Q_EMIT insertRequested();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        zoomBy(std::pow(1.2, steps), event->position().toPoint().x());
        event->accept();
        return;
    }
    // A plain wheel scrolls the timeline sideways: it has no vertical extent to speak of.
    QScrollArea *area = scrollArea();
    if (area) {
        const int delta =
            event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
        area->horizontalScrollBar()->setValue(area->horizontalScrollBar()->value() - delta);
        event->accept();
        return;
    }
    QWidget::wheelEvent(event);
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    const int row = rowAt(event->pos());
    if (row >= 0 && !m_selection->isSelected(m_selection->model()->index(row, 0)))
        selectRow(row);
    QMenu menu(this);
    fillShotMenu(menu, *m_document, row,
                 {[this] { Q_EMIT insertRequested(); }, [this] { Q_EMIT duplicateRequested(); },
                  [this] { Q_EMIT splitRequested(); }, [this] { Q_EMIT cutToggleRequested(); },
                  [this] {
                      Q_EMIT deleteRequested();
                  }});
    menu.exec(event->globalPos());
}

TimelineWidget::CutMark TimelineWidget::cutMark(int row) const
{
    const Project &project = m_document->project();
    CutMark mark;
    if (row < 1 || row >= project.shots.size())
        return mark;
    const Take *out = project.shots.at(row - 1).circledTake();
    const Take *in = project.shots.at(row).circledTake();
    if (out && in)
        mark.difference = m_cutMeasurer->difference(out->id, in->id);
    const bool continuous = mark.difference && *mark.difference < ContinuousCutThreshold;
    // A chained take that began on a take no longer circled jumps, measured or not yet.
    const bool stale =
        in && project.shots.at(row).chainPrevious &&
        takeStaleness(project, project.shots.at(row), *in).changed(TakeSource::Chain);
    if ((mark.difference && !continuous) || stale)
        mark.kind = CutMarkKind::Jump; // even a chained cut: another take was circled since
    else if (project.shots.at(row).chainPrevious)
        mark.kind = CutMarkKind::Chained;
    else if (continuous)
        mark.kind = CutMarkKind::Continuous;
    return mark;
}

QString TimelineWidget::cutToolTip(int row) const
{
    const Project &project = m_document->project();
    const CutMark mark = cutMark(row);
    const QString out = shotName(project, row - 1).toHtmlEscaped();
    const QString in = shotName(project, row).toHtmlEscaped();
    QString text = QStringLiteral("<b>%1</b>").arg(tr("Cut %1 → %2").arg(out, in));
    switch (mark.kind) {
    case CutMarkKind::Chained:
        text +=
            QStringLiteral("<br>") +
            tr("Chained: shot %1 begins on the last frame of shot %2's circled take.").arg(in, out);
        break;
    case CutMarkKind::Continuous:
        text += QStringLiteral("<br>") + tr("Matched: the frames either side are the same "
                                            "picture.");
        break;
    case CutMarkKind::Jump:
        if (const Take *in = project.shots.at(row).circledTake()) {
            const TakeStaleness staleness = takeStaleness(project, project.shots.at(row), *in);
            if (staleness.changed(TakeSource::Chain))
                text += QStringLiteral("<br>") + staleness.summary().toHtmlEscaped();
        }
        text += QStringLiteral("<br>") +
                (project.shots.at(row).chainPrevious
                     ? tr("Jump: shot %1 is chained, but its take does not begin where shot %2's "
                          "circled take ends. Generate shot %1 again.")
                           .arg(in, out)
                     : tr("Jump: the picture changes at the cut."));
        break;
    case CutMarkKind::None:
        text += QStringLiteral("<br>") + tr("Not measured: circle a ready take of both shots.");
        break;
    }
    if (mark.difference)
        text += QStringLiteral("<br>") +
                tr("Mean difference of the frames: %1 of 255 (under %2 is continuous).")
                    .arg(*mark.difference, 0, 'f', 1)
                    .arg(ContinuousCutThreshold);
    return text;
}

int TimelineWidget::cutAt(const QPoint &pos) const
{
    const int rows = int(m_document->project().shots.size());
    if (pos.y() < ClipTop || pos.y() > ClipTop + 22)
        return -1;
    const int row = m_layout.insertionIndexAt(pos.x()); // the nearest cut
    if (row < 1 || row >= rows || std::abs(clipRect(row).left() - 1 - pos.x()) > 8)
        return -1;
    return cutMark(row).kind == CutMarkKind::None ? -1 : row;
}

void TimelineWidget::paintCutMark(QPainter &painter, int row) const
{
    const CutMark mark = cutMark(row);
    if (mark.kind == CutMarkKind::None)
        return;
    const QPointF centre(clipRect(row).left() - 1, ClipTop + 10);
    QColor fill;
    switch (mark.kind) {
    case CutMarkKind::Chained:
        fill = QColor(0x3d, 0x8e, 0xd6);
        break;
    case CutMarkKind::Continuous:
        fill = QColor(0x2e, 0xa0, 0x43);
        break;
    default:
        fill = QColor(0xe0, 0x8a, 0x1e);
        break;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(fill);
    painter.drawEllipse(centre, 8, 8);
    painter.setBrush(Qt::NoBrush);
    if (mark.kind == CutMarkKind::Chained) {
        // Two links of a chain.
        painter.drawRoundedRect(QRectF(centre.x() - 5.5, centre.y() - 2.5, 6, 5), 2.5, 2.5);
        painter.drawRoundedRect(QRectF(centre.x() - 0.5, centre.y() - 2.5, 6, 5), 2.5, 2.5);
    } else if (mark.kind == CutMarkKind::Continuous) {
        painter.drawLine(QPointF(centre.x() - 4, centre.y() - 2),
                         QPointF(centre.x() + 4, centre.y() - 2));
        painter.drawLine(QPointF(centre.x() - 4, centre.y() + 2),
                         QPointF(centre.x() + 4, centre.y() + 2));
    } else {
        // A jump: a zigzag.
        const QPointF points[] = {{centre.x() - 4.5, centre.y() + 3},
                                  {centre.x() - 1.5, centre.y() - 3},
                                  {centre.x() + 1.5, centre.y() + 3},
                                  {centre.x() + 4.5, centre.y() - 3}};
        painter.drawPolyline(points, 4);
    }
    painter.restore();
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    if (const int cut = cutAt(help->pos()); cut > 0) {
        const QPoint x(clipRect(cut).left() - 1, ClipTop + 10);
        QToolTip::showText(help->globalPos(), cutToolTip(cut), this,
                           QRect(x - QPoint(9, 9), QSize(18, 18)));
        return true;
    }
    const int row = rowAt(help->pos());
    if (row < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const Project &project = m_document->project();
    const Shot &shot = project.shots.at(row);
    QString text = QStringLiteral("<b>%1</b> · %2 s")
                       .arg(shotTitle(project, row).toHtmlEscaped())
                       .arg(shot.durationSeconds);
    if (const Scene *scene = project.sceneById(shot.sceneId))
        text += QStringLiteral("<br>") + scene->title.toHtmlEscaped();
    if (shot.cut)
        text += QStringLiteral("<br><b>%1</b>")
                    .arg(tr("Cut from the edit: not in the sequence or any export until it is "
                            "restored (Shift+E).")
                             .toHtmlEscaped());
    if (const Take *take = shot.circledTake(); take && take->isTrimmed())
        text += QStringLiteral("<br>") +
                tr("The edit uses %1 to %2 s of the take (%3 s).")
                    .arg(QLocale().toString(take->inMs / 1000.0, 'f', 2),
                         QLocale().toString(take->effectiveOutMs() / 1000.0, 'f', 2),
                         QLocale().toString(take->usedLengthMs() / 1000.0, 'f', 2))
                    .toHtmlEscaped();
    if (!shot.sceneProse.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(shot.sceneProse.left(160).toHtmlEscaped());
    for (const Review &review : shot.reviews) {
        QString line =
            QStringLiteral("%1 %2: %3")
                .arg(ReviewBadge::symbol(review.decision), review.reviewer.toHtmlEscaped(),
                     reviewDecisionText(review.decision).toHtmlEscaped());
        if (!review.note.isEmpty())
            line += QStringLiteral(" \u2014 ") + review.note.left(120).toHtmlEscaped();
        text += QStringLiteral("<br>") + line;
    }
    QList<LintFinding> findings = lintFindings(shot.id);
    // What the badge on the clip means comes first.
    std::stable_partition(findings.begin(), findings.end(), [](const LintFinding &finding) {
        return finding.ruleId == QLatin1String("take-out-of-date");
    });
    for (int i = 0; i < findings.size() && i < 4; ++i)
        text += QStringLiteral("<br>• ") + findings.at(i).message.toHtmlEscaped();
    if (findings.size() > 4)
        text += QStringLiteral("<br>") +
                tr("and %n more finding(s)", nullptr, int(findings.size() - 4));
    QToolTip::showText(help->globalPos(), text, this, clipRect(row));
    return true;
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        invalidatePictures();
    QWidget::changeEvent(event);
}

} // namespace ShotBrief
