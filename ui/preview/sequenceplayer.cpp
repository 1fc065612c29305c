// SPDX-License-Identifier: MIT
#include "sequenceplayer.h"

#include "projectsequence.h"
#include "sequenceengine.h"
#include "sequenceruler.h"
#include "timeformat.h"
#include "transporticons.h"
#include "videocanvas.h"

#include "model/shotname.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>

namespace ShotBrief {

namespace {

constexpr double MaxShuttleRate = 4.0;

} // namespace

SequencePlayer::SequencePlayer(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    m_engine = new SequenceEngine(this);
    m_canvas = new VideoCanvas(this);
    m_ruler = new SequenceRuler(this);

    auto *backButton = makeTransportButton(this, transportIcon(TransportIcon::StepBack, this),
                                           tr("Previous frame (Left)"));
    m_playButton = makeTransportButton(this, transportIcon(TransportIcon::Play, this),
                                       tr("Play / pause (Space)"));
    auto *forwardButton = makeTransportButton(this, transportIcon(TransportIcon::StepForward, this),
                                              tr("Next frame (Right)"));
    m_loopButton = makeTransportButton(this, style()->standardIcon(QStyle::SP_BrowserReload),
                                       tr("Loop the range set with I and O"));
    m_loopButton->setCheckable(true);
    m_timeLabel = new QLabel(this);
    m_timeLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    QFont mono = m_timeLabel->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_timeLabel->setFont(mono);
    m_shotLabel = new QLabel(this);
    QFont bold = m_shotLabel->font();
    bold.setBold(true);
    m_shotLabel->setFont(bold);
    // The whole prompt is long (several sections): a few lines show, the rest scrolls, so the
    // picture keeps its room.
    m_promptView = new QPlainTextEdit(this);
    m_promptView->setReadOnly(true);
    m_promptView->setAccessibleName(tr("Prompt of the shot"));
    m_promptView->setFrameShape(QFrame::NoFrame);
    m_promptView->setFocusPolicy(Qt::NoFocus);
    m_promptView->setBackgroundRole(QPalette::Window);
    m_promptView->viewport()->setAutoFillBackground(false);
    m_promptView->setFixedHeight(m_promptView->fontMetrics().lineSpacing() * 4 +
                                 int(2 * m_promptView->document()->documentMargin()) + 2);

    auto *transport = new QHBoxLayout;
    transport->setContentsMargins(6, 0, 6, 0);
    transport->addWidget(backButton);
    transport->addWidget(m_playButton);
    transport->addWidget(forwardButton);
    transport->addWidget(m_loopButton);
    transport->addSpacing(8);
    transport->addWidget(m_timeLabel);
    transport->addSpacing(12);
    transport->addWidget(m_shotLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_ruler);
    layout->addLayout(transport);
    auto *promptLayout = new QHBoxLayout;
    promptLayout->setContentsMargins(6, 0, 6, 4);
    promptLayout->addWidget(m_promptView);
    layout->addLayout(promptLayout);

    connect(m_engine, &SequenceEngine::frameChanged, m_canvas, &VideoCanvas::setFrame);
    connect(m_engine, &SequenceEngine::slateShown, this, [this](int index) {
        m_canvas->showSlate(m_engine->timeline().at(index), m_engine->itemError(index));
    });
    connect(m_engine, &SequenceEngine::positionChanged, this, &SequencePlayer::onPositionChanged);
    connect(m_engine, &SequenceEngine::currentIndexChanged, this,
            &SequencePlayer::onCurrentIndexChanged);
    connect(m_engine, &SequenceEngine::currentShotChanged, this,
            &SequencePlayer::currentShotChanged);
    connect(m_engine, &SequenceEngine::stateChanged, this, &SequencePlayer::updateTransport);
    connect(m_engine, &SequenceEngine::itemFailed, this,
            [this](int index, const QString &) { m_ruler->setItemFailed(index, true); });
    connect(m_ruler, &SequenceRuler::seekRequested, m_engine, &SequenceEngine::seek);
    connect(m_playButton, &QToolButton::clicked, m_engine, &SequenceEngine::togglePlayPause);
    connect(backButton, &QToolButton::clicked, this, [this] { m_engine->stepFrames(-1); });
    connect(forwardButton, &QToolButton::clicked, this, [this] { m_engine->stepFrames(1); });
    connect(m_loopButton, &QToolButton::toggled, this, [this](bool on) {
        if (!on)
            clearLoop();
        else if (m_engine->loopIn() < 0)
            m_loopButton->setChecked(false); // nothing to loop yet: set I and O first
    });
    updateTransport();
}

SequencePlayer::~SequencePlayer() = default;

void SequencePlayer::setProject(const Project &project, const QString &projectPath)
{
    setTimeline(sequenceForProject(project, projectPath));
}

void SequencePlayer::setTimeline(const SequenceTimeline &timeline)
{
    m_ruler->setTimeline(timeline);
    m_ruler->setLoopRange(-1, -1);
    m_loopButton->setChecked(false);
    m_engine->setLoopRange(-1, -1);
    m_canvas->clear();
    m_engine->setTimeline(timeline);
    if (timeline.isEmpty()) {
        m_shotLabel->clear();
        m_promptView->clear();
    }
    updateTransport();
}

void SequencePlayer::seekToShot(const QString &shotId)
{
    const int index = m_engine->timeline().indexOfShot(shotId);
    if (index >= 0)
        m_engine->seek(m_engine->timeline().startMs(index));
}

void SequencePlayer::setLoopIn()
{
    m_pendingLoopIn = m_engine->position();
    if (m_engine->loopOut() > m_pendingLoopIn) {
        m_engine->setLoopRange(m_pendingLoopIn, m_engine->loopOut());
        m_ruler->setLoopRange(m_engine->loopIn(), m_engine->loopOut());
        m_loopButton->setChecked(true);
    } else {
        m_ruler->setLoopRange(m_pendingLoopIn, m_engine->timeline().totalMs());
    }
}

void SequencePlayer::setLoopOut()
{
    const qint64 in = m_pendingLoopIn >= 0 ? m_pendingLoopIn : 0;
    const qint64 out = m_engine->position();
    if (out <= in)
        return;
    m_engine->setLoopRange(in, out);
    m_ruler->setLoopRange(in, out);
    m_loopButton->setChecked(true);
}

void SequencePlayer::clearLoop()
{
    m_pendingLoopIn = -1;
    m_engine->setLoopRange(-1, -1);
    m_ruler->setLoopRange(-1, -1);
    m_loopButton->setChecked(false);
}

void SequencePlayer::onPositionChanged(qint64 ms)
{
    m_ruler->setPosition(ms);
    m_timeLabel->setText(formatPlayTime(ms) + QStringLiteral(" / ") +
                         formatPlayTime(m_engine->timeline().totalMs()));
    Q_EMIT positionChanged(ms);
}

void SequencePlayer::onCurrentIndexChanged(int index)
{
    if (index < 0 || index >= m_engine->timeline().count())
        return;
    const SequenceItem &item = m_engine->timeline().at(index);
    m_shotLabel->setText(tr("%1 (%2 of %3)")
                             .arg(shotTitle(item.label, index))
                             .arg(index + 1)
                             .arg(m_engine->timeline().count()));
    m_promptView->setPlainText(item.prompt.isEmpty() ? tr("(no prompt)") : item.prompt);
}

void SequencePlayer::updateTransport()
{
    const bool playing = m_engine->state() == SequenceEngine::State::Playing;
    m_playButton->setIcon(
        transportIcon(playing ? TransportIcon::Pause : TransportIcon::Play, this));
}

void SequencePlayer::shuttle(int direction)
{
    const bool playing = m_engine->state() == SequenceEngine::State::Playing;
    if (direction > 0) {
        const bool forward = playing && !m_engine->isReversing();
        m_engine->setRate(forward ? std::min(MaxShuttleRate, m_engine->rate() * 2) : 1.0);
        m_engine->play();
    } else if (direction < 0) {
        const bool backward = playing && m_engine->isReversing();
        m_engine->setRate(1.0);
        m_engine->playReverse(backward ? std::min(MaxShuttleRate, m_engine->reverseRate() * 2)
                                       : 1.0);
    } else {
        m_engine->pause();
        m_engine->setRate(1.0);
    }
    updateTransport();
}

void SequencePlayer::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Space:
        if (m_engine->state() == SequenceEngine::State::Playing) {
            shuttle(0);
        } else {
            m_engine->setRate(1.0);
            m_engine->play();
        }
        break;
    case Qt::Key_J:
    case Qt::Key_L: {
        const int direction = event->key() == Qt::Key_L ? 1 : -1;
        if (m_holdingK)
            m_engine->stepFrames(direction);
        else if (!event->isAutoRepeat())
            shuttle(direction);
        break;
    }
    case Qt::Key_K:
        if (!event->isAutoRepeat())
            m_holdingK = true;
        shuttle(0);
        break;
    case Qt::Key_Left:
    case Qt::Key_Comma:
        if (shift) {
            const int index = m_engine->currentIndex();
            const qint64 start = m_engine->timeline().startMs(index);
            // Within the first half second of a shot, go to the previous one.
            m_engine->seek(m_engine->position() - start < 500
                               ? m_engine->timeline().startMs(std::max(0, index - 1))
                               : start);
        } else {
            m_engine->stepFrames(-1);
        }
        break;
    case Qt::Key_Right:
    case Qt::Key_Period:
        if (shift)
            m_engine->seek(m_engine->timeline().endMs(m_engine->currentIndex()));
        else
            m_engine->stepFrames(1);
        break;
    case Qt::Key_Home:
        m_engine->seek(0);
        break;
    case Qt::Key_End:
        m_engine->seek(m_engine->timeline().totalMs());
        break;
    case Qt::Key_I:
        setLoopIn();
        break;
    case Qt::Key_O:
        setLoopOut();
        break;
    case Qt::Key_X:
        clearLoop();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SequencePlayer::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_K && !event->isAutoRepeat())
        m_holdingK = false;
    QWidget::keyReleaseEvent(event);
}

} // namespace ShotBrief
