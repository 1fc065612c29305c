// SPDX-License-Identifier: MIT
#include "viewertabs.h"

#include "boardeditor.h"
#include "boardgridpage.h"
#include "boardgridview.h"
#include "shotviewer.h"
#include "timelinewidget.h"

#include "ui/preview/compareengine.h"
#include "ui/preview/comparepanel.h"
#include "ui/preview/projectsequence.h"
#include "ui/preview/sequenceengine.h"
#include "ui/preview/sequenceplayer.h"

#include "continuity/chaining.h"
#include "continuity/framegrabber.h"
#include "continuity/mediapictures.h"
#include "document/projectdocument.h"
#include "document/shotlistmodel.h"
#include "model/shotname.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QTimer>
#include <QToolButton>

namespace ShotBrief {

ViewerTabs::ViewerTabs(ProjectDocument *document, QItemSelectionModel *selection,
                       ShotViewer *viewer, TimelineWidget *timeline, QWidget *parent)
    : QTabWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_timeline(timeline)
{
    setObjectName(QStringLiteral("viewerTabs"));
    setDocumentMode(true);
    setTabPosition(QTabWidget::North);
    m_player = new SequencePlayer(this);
    m_player->setObjectName(QStringLiteral("sequencePlayer"));
    m_compare = new ComparePanel(this);
    m_compare->setObjectName(QStringLiteral("comparePanel"));
    viewer->setParent(this);
    insertTab(ShotTab, viewer, tr("Shot"));
    insertTab(SequenceTab, m_player, tr("Sequence"));
    insertTab(CompareTab, m_compare, tr("Compare Takes"));
    m_board = new BoardEditor(document, this);
    insertTab(BoardTab, m_board, tr("Board"));
    setTabToolTip(BoardTab, tr("Draw the selected shot's frame: pen, brush, camera arrows, notes"));
    m_grid = new BoardGridPage(document, selection, this);
    insertTab(GridTab, m_grid, tr("Board Grid"));
    setTabToolTip(GridTab, tr("Every shot as a storyboard panel, grouped by scene"));
    connect(m_grid->view(), &BoardGridView::drawRequested, this, [this] {
        setCurrentIndex(BoardTab);
        m_board->setFocus(Qt::OtherFocusReason);
    });
    setTabToolTip(ShotTab, tr("The selected shot: its picture or slate"));
    setTabToolTip(SequenceTab,
                  tr("Play the circled takes of all shots as one film (Space, J/K/L)"));
    setTabToolTip(CompareTab,
                  tr("Two to four takes of the selected shot side by side; 1-4 circles"));

    // Rebuilding the sequence restarts its players, so changes are gathered for a moment and
    // never applied in the middle of playback.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &ViewerTabs::refreshNow);
    connect(m_document, &ProjectDocument::changed, this, &ViewerTabs::scheduleRefresh);
    connect(m_document, &ProjectDocument::projectReset, this, &ViewerTabs::scheduleRefresh);
    connect(m_document, &ProjectDocument::filePathChanged, this, &ViewerTabs::scheduleRefresh);
    connect(this, &QTabWidget::currentChanged, this, &ViewerTabs::refreshNow);
    // A click on a tab gives its keys (Space, J/K/L, 1-4) to the player or the grid at once,
    // wherever the focus was; a tab changed from elsewhere moves the focus only if it was on
    // the tabs already (not away from a field the user is typing in).
    // The click comes before the page is shown, and a hidden page cannot take the focus:
    // it is given once the page is current.
    connect(this, &QTabWidget::tabBarClicked, this, [this](int index) {
        if (index == currentIndex() && currentWidget())
            currentWidget()->setFocus(Qt::MouseFocusReason);
        else
            m_focusPageOnChange = true;
    });
    connect(this, &QTabWidget::currentChanged, this, [this] {
        QWidget *focused = QApplication::focusWidget();
        const bool here = focused && (focused == this || isAncestorOf(focused));
        if ((m_focusPageOnChange || here) && currentWidget())
            currentWidget()->setFocus(Qt::MouseFocusReason);
        m_focusPageOnChange = false;
    });
    connect(m_player->engine(), &SequenceEngine::stateChanged, this, [this] {
        if (m_sequenceStale)
            scheduleRefresh();
    });

    connect(m_selection, &QItemSelectionModel::currentChanged, this,
            &ViewerTabs::onSelectionChanged);
    connect(m_player, &SequencePlayer::currentShotChanged, this, &ViewerTabs::onPlayerShotChanged);
    // Sequence time is not timeline time once shots are trimmed or cut from the edit.
    connect(m_player, &SequencePlayer::positionChanged, this, [this](qint64 ms) {
        m_timeline->setPlayheadSeconds(
            planSecondsAt(m_document->project(), m_player->engine()->timeline(), ms));
    });
    connect(m_compare, &ComparePanel::circleRequested, this, &ViewerTabs::onCircleRequested);

    // "From this frame": the frame on screen in any of the three viewers becomes the next
    // shot's first frame or this shot's last frame; a button beside the tabs and a key.
    m_viewer = viewer;
    m_useAsNextFirst = new QAction(tr("Use Frame as First Frame of &Next Shot"), this);
    m_useAsNextFirst->setShortcut(QKeySequence(Qt::Key_F));
    m_useAsNextFirst->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_useAsNextFirst->setToolTip(
        tr("The frame on screen becomes the first frame of the next shot (F)"));
    m_useAsLast = new QAction(tr("Use Frame as &Last Frame of This Shot"), this);
    m_useAsLast->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F));
    m_useAsLast->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_useAsLast->setToolTip(tr("The frame on screen becomes this shot's last frame (Shift+F)"));
    addAction(m_useAsNextFirst);
    addAction(m_useAsLast);
    connect(m_useAsNextFirst, &QAction::triggered, this, [this] { useCurrentFrame(true); });
    connect(m_useAsLast, &QAction::triggered, this, [this] { useCurrentFrame(false); });
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 4, 0);
    for (QAction *action : {m_useAsLast, m_useAsNextFirst}) {
        auto *button = new QToolButton(corner);
        button->setText(action == m_useAsNextFirst ? tr("Frame → Next Shot's First")
                                                   : tr("Frame → This Shot's Last"));
        button->setToolTip(action->toolTip());
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        cornerLayout->addWidget(button);
    }
    setCornerWidget(corner, Qt::TopRightCorner);
}

ViewerTabs::CurrentFrame ViewerTabs::currentFrame() const
{
    CurrentFrame frame;
    switch (currentIndex()) {
    case ShotTab:
        frame.shotId = m_viewer ? m_viewer->shotId() : QString();
        frame.image = m_viewer ? m_viewer->picture() : QImage();
        break;
    case SequenceTab: {
        frame.shotId = m_player->engine()->currentShotId();
        const QVideoFrame video = m_player->engine()->currentFrame();
        frame.image = video.isValid() ? video.toImage() : QImage();
        break;
    }
    case CompareTab: {
        frame.shotId = m_compare->shotId();
        const QVideoFrame video = m_compare->engine()->frame(m_compare->heardTake());
        frame.image = video.isValid() ? video.toImage() : QImage();
        break;
    }
    default:
        break;
    }
    return frame;
}

bool ViewerTabs::useCurrentFrame(bool asNextFirstFrame)
{
    const Project &project = m_document->project();
    const CurrentFrame frame = currentFrame();
    const int index = project.shotIndex(frame.shotId);
    if (index < 0 || frame.image.isNull()) {
        Q_EMIT message(tr("No frame on screen to use: play or step to a frame of a take."));
        return false;
    }
    const int target = asNextFirstFrame ? index + 1 : index;
    if (target >= project.shots.size()) {
        Q_EMIT message(tr("Shot %1 is the last shot: there is no next shot to begin on this "
                          "frame.")
                           .arg(shotName(project, index)));
        return false;
    }
    if (m_document->isReadOnly() || m_document->filePath().isEmpty()) {
        Q_EMIT message(tr("Save the project first: pictures are copied into its media folder."));
        return false;
    }
    const Shot &shot = project.shots.at(target);
    const QStringList wh = project.effectiveSize(shot).split(QLatin1Char('x'));
    const QImage fitted = FrameGrabber::fitted(frame.image.convertToFormat(QImage::Format_RGB32),
                                               QSize(wh.value(0).toInt(), wh.value(1).toInt()));
    const QString from = shotName(project, index);
    const Result<QString> stored =
        storePicture(m_document->filePath(), fitted, QStringLiteral("shot-%1-frame").arg(from));
    if (!stored) {
        Q_EMIT message(stored.error().message);
        return false;
    }
    Shot edited = shot;
    if (asNextFirstFrame) {
        edited.referenceImage = *stored;
        edited.chainPrevious = false; // a chosen frame replaces the chain
    } else {
        edited.lastFrame = *stored;
    }
    m_document->editShot(shot.id, edited,
                         asNextFirstFrame ? ShotField::ReferenceImage : ShotField::LastFrame,
                         false);
    Q_EMIT message(asNextFirstFrame ? tr("Shot %1 now begins on this frame of shot %2.")
                                          .arg(shotName(project, target), from)
                                    : tr("Shot %1 now ends on this frame.").arg(from));
    return true;
}

QString ViewerTabs::currentShotId() const
{
    const QModelIndex current = m_selection->currentIndex();
    return current.isValid() ? current.data(ShotListModel::IdRole).toString() : QString();
}

void ViewerTabs::scheduleRefresh()
{
    m_sequenceStale = true;
    m_refreshTimer->start();
}

void ViewerTabs::refreshNow()
{
    m_refreshTimer->stop();
    if (currentIndex() == SequenceTab)
        refreshSequence();
    else if (currentIndex() == CompareTab)
        refreshCompare();
}

void ViewerTabs::refreshSequence()
{
    if (m_player->engine()->state() == SequenceEngine::State::Playing)
        return; // applied when playback pauses or stops (stateChanged)
    const SequenceTimeline timeline =
        sequenceForProject(m_document->project(), m_document->filePath());
    m_sequenceStale = false;
    if (timeline.items() == m_player->engine()->timeline().items())
        return;
    const QString shotId = currentShotId();
    m_player->setTimeline(timeline);
    if (!shotId.isEmpty())
        m_player->seekToShot(shotId);
}

void ViewerTabs::refreshCompare()
{
    const QString shotId = currentShotId();
    m_compareShotId = shotId;
    m_compare->setShot(m_document->project(), m_document->filePath(), shotId);
}

void ViewerTabs::onSelectionChanged()
{
    m_board->setShotId(currentShotId());
    if (m_followingPlayback)
        return;
    if (currentIndex() == SequenceTab &&
        m_player->engine()->state() != SequenceEngine::State::Playing)
        m_player->seekToShot(currentShotId());
    else if (currentIndex() == CompareTab && currentShotId() != m_compareShotId)
        refreshCompare();
}

void ViewerTabs::onPlayerShotChanged(const QString &shotId)
{
    const int row = m_document->project().shotIndex(shotId);
    if (row < 0 || row == m_selection->currentIndex().row())
        return;
    m_followingPlayback = true;
    m_selection->setCurrentIndex(m_document->shotListModel()->index(row, 0),
                                 QItemSelectionModel::ClearAndSelect);
    m_followingPlayback = false;
}

void ViewerTabs::onCircleRequested(const QString &shotId, const QString &takeId)
{
    m_document->circleTake(shotId, takeId);
    m_compare->setCircledTake(takeId);
}

} // namespace ShotBrief
