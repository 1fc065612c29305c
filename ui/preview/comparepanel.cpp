// SPDX-License-Identifier: MIT
#include "comparepanel.h"

#include "compareengine.h"
#include "comparetile.h"
#include "projectsequence.h"
#include "timeformat.h"
#include "transporticons.h"
#include "videocanvas.h"
#include "wipeview.h"

#include "preview/promptdelta.h"
#include "prompt/promptcomposer.h"
#include "prompt/takestaleness.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSlider>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace ShotBrief {

ComparePanel::ComparePanel(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    m_engine = new CompareEngine(this);
    m_stack = new QStackedWidget(this);
    m_grid = new QWidget(m_stack);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(6);
    m_wipe = new WipeView(m_stack);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_wipe);

    auto *back = makeTransportButton(this, transportIcon(TransportIcon::StepBack, this),
                                     tr("Previous frame (Left)"));
    m_playButton = makeTransportButton(this, transportIcon(TransportIcon::Play, this),
                                       tr("Play / pause (Space)"));
    auto *forward = makeTransportButton(this, transportIcon(TransportIcon::StepForward, this),
                                        tr("Next frame (Right)"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setFocusPolicy(Qt::NoFocus);
    m_slider->setAccessibleName(tr("Position"));
    m_timeLabel = new QLabel(this);
    m_audioBox = new QComboBox(this);
    m_audioBox->setObjectName(QStringLiteral("audioTake"));
    m_audioBox->setToolTip(tr("The take you hear"));
    m_audioBox->setAccessibleName(tr("The take you hear"));
    m_audioBox->setFocusPolicy(Qt::NoFocus);
    m_wipeButton = new QToolButton(this);
    m_wipeButton->setText(tr("A/B wipe"));
    m_wipeButton->setToolTip(tr("Wipe between two takes (W)"));
    m_wipeButton->setCheckable(true);
    m_wipeButton->setFocusPolicy(Qt::NoFocus);
    m_circleButton = new QToolButton(this);
    m_circleButton->setText(tr("Circle"));
    m_circleButton->setToolTip(
        tr("Circle the selected take: the sequence plays it (or press 1-4, or double-click a "
           "take)"));
    m_circleButton->setFocusPolicy(Qt::NoFocus);
    m_circleButton->setEnabled(false);
    m_wipeA = new QComboBox(this);
    m_wipeB = new QComboBox(this);
    m_wipeA->setFocusPolicy(Qt::NoFocus);
    m_wipeB->setFocusPolicy(Qt::NoFocus);
    m_wipeA->setAccessibleName(tr("Wipe side A"));
    m_wipeB->setAccessibleName(tr("Wipe side B"));

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(6, 0, 6, 4);
    controls->addWidget(back);
    controls->addWidget(m_playButton);
    controls->addWidget(forward);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_timeLabel);
    controls->addSpacing(8);
    controls->addWidget(new QLabel(tr("Audio:"), this));
    controls->addWidget(m_audioBox);
    controls->addSpacing(8);
    controls->addWidget(m_circleButton);
    controls->addSpacing(8);
    controls->addWidget(m_wipeButton);
    controls->addWidget(m_wipeA);
    controls->addWidget(m_wipeB);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(controls);

    connect(m_engine, &CompareEngine::frameChanged, this, &ComparePanel::onFrame);
    connect(m_engine, &CompareEngine::positionChanged, this, &ComparePanel::onPosition);
    connect(m_engine, &CompareEngine::playingChanged, this, [this](bool playing) {
        m_playButton->setIcon(
            transportIcon(playing ? TransportIcon::Pause : TransportIcon::Play, this));
    });
    connect(m_engine, &CompareEngine::errorOccurred, this, [this](int index, const QString &error) {
        if (CompareTile *t = tile(index))
            t->setError(error);
    });
    connect(m_playButton, &QToolButton::clicked, m_engine, &CompareEngine::togglePlayPause);
    connect(m_circleButton, &QToolButton::clicked, this, [this] { requestCircle(m_selected); });
    connect(back, &QToolButton::clicked, this, [this] { m_engine->stepFrames(-1); });
    connect(forward, &QToolButton::clicked, this, [this] { m_engine->stepFrames(1); });
    connect(m_slider, &QSlider::sliderMoved, this, [this](int value) { m_engine->seek(value); });
    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_sliderBusy = true; });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        m_sliderBusy = false;
        m_engine->seek(m_slider->value());
    });
    connect(m_audioBox, &QComboBox::currentIndexChanged, this, &ComparePanel::setAudioTake);
    connect(m_wipeButton, &QToolButton::toggled, this, &ComparePanel::setWipeMode);
    auto refreshWipe = [this] {
        updateWipeLabels();
        m_wipe->setFrameA(m_engine->frame(m_wipeA->currentIndex()));
        m_wipe->setFrameB(m_engine->frame(m_wipeB->currentIndex()));
    };
    connect(m_wipeA, &QComboBox::currentIndexChanged, this, refreshWipe);
    connect(m_wipeB, &QComboBox::currentIndexChanged, this, refreshWipe);
    setWipeMode(false);
}

ComparePanel::~ComparePanel() = default;

QList<CompareTake> ComparePanel::compareTakes(const Project &project, const QString &projectPath,
                                              const Shot &shot, const QStringList &takeIds)
{
    QStringList ids = takeIds;
    if (ids.isEmpty()) {
        // The latest ready takes, oldest first so "1" is the earliest of them.
        for (auto it = shot.takes.crbegin(); it != shot.takes.crend() && ids.size() < 4; ++it) {
            if (it->status == TakeStatus::Ready)
                ids.prepend(it->id);
        }
    }
    QList<CompareTake> takes;
    const QString prompt = composePrompt(project, shot); // once for every take
    for (const QString &id : std::as_const(ids)) {
        const Take *take = shot.takeById(id);
        if (!take || takes.size() >= CompareEngine::MaxSources)
            continue;
        CompareTake entry;
        entry.takeId = take->id;
        entry.number = shot.takeIndex(take->id) + 1;
        entry.item = itemForTake(project, projectPath, shot, *take);
        QStringList params;
        params << (take->model.isEmpty() ? project.effectiveModel(shot) : take->model)
               << (take->size.isEmpty() ? project.effectiveSize(shot) : take->size)
               << tr("%1 s").arg(take->seconds);
        if (take->kind != TakeKind::Generate)
            params << takeKindKey(take->kind);
        if (!take->provider.isEmpty())
            params << take->provider;
        entry.parameters = params.join(QStringLiteral(" \u00b7 "));
        entry.costUsd = take->costUsd;
        entry.outOfDate = takeStaleness(project, shot, *take, prompt).summary();
        takes.append(entry);
    }
    for (int i = 1; i < takes.size(); ++i)
        takes[i].promptDelta =
            promptDelta(takes.first().item.prompt, takes.at(i).item.prompt).summary(160);
    if (!takes.isEmpty())
        takes.first().promptDelta = tr("reference prompt");
    return takes;
}

void ComparePanel::setShot(const Project &project, const QString &projectPath,
                           const QString &shotId, const QStringList &takeIds)
{
    const Shot *shot = project.shotById(shotId);
    if (!shot) {
        if (!m_shotId.isEmpty() || !m_takes.isEmpty())
            setTakes(QString(), {});
        return;
    }
    const QList<CompareTake> takes = compareTakes(project, projectPath, *shot, takeIds);
    const QString key = loadKey(projectPath, *shot, takes);
    if (key == m_loadKey && takes.size() == m_tiles.size()) {
        // Same takes, same files: typing elsewhere must not send the players back to 0.
        m_takes = takes;
        for (int i = 0; i < m_tiles.size(); ++i)
            m_tiles.at(i)->setTake(takes.at(i));
        setCircledTake(shot->circledTakeId);
        return;
    }
    setTakes(shotId, takes, shot->circledTakeId);
    m_loadKey = key;
}

QString ComparePanel::loadKey(const QString &projectPath, const Shot &shot,
                              const QList<CompareTake> &takes)
{
    // Everything that decides what the players load or show instead of a clip: the shot, the
    // takes, their files (as stored and as resolved, and whether they exist) and statuses.
    QStringList parts{projectPath, shot.id};
    for (const CompareTake &entry : takes) {
        const Take *take = shot.takeById(entry.takeId);
        parts << entry.takeId << entry.item.clipPath << entry.item.error
              << (take ? take->clipPath + QLatin1Char('|') + takeStatusKey(take->status)
                       : QString());
    }
    return parts.join(QChar(0x1f));
}

void ComparePanel::setTakes(const QString &shotId, const QList<CompareTake> &takes,
                            const QString &circledTakeId)
{
    m_shotId = shotId;
    m_loadKey.clear();
    ++m_loadCount;
    m_takes = takes.mid(0, CompareEngine::MaxSources);
    m_circledTakeId = circledTakeId;
    QStringList paths;
    for (const CompareTake &take : std::as_const(m_takes))
        paths << take.item.clipPath;
    m_engine->setSources(paths);
    rebuildTiles();

    const QSignalBlocker blockAudio(m_audioBox);
    const QSignalBlocker blockA(m_wipeA);
    const QSignalBlocker blockB(m_wipeB);
    m_audioBox->clear();
    m_wipeA->clear();
    m_wipeB->clear();
    for (int i = 0; i < m_takes.size(); ++i) {
        const QString name = tr("Take %1").arg(takeNumber(i));
        m_audioBox->addItem(name);
        m_wipeA->addItem(QStringLiteral("A: ") + name);
        m_wipeB->addItem(QStringLiteral("B: ") + name);
    }
    // The wipe starts from the circled take on side A against the first other take.
    int a = 0;
    for (int i = 0; i < m_takes.size(); ++i) {
        if (m_takes.at(i).takeId == m_circledTakeId)
            a = i;
    }
    m_wipeA->setCurrentIndex(m_takes.isEmpty() ? -1 : a);
    m_wipeB->setCurrentIndex(m_takes.size() < 2 ? -1 : (a == 0 ? 1 : 0));
    setAudioTake(0);
    m_wipeButton->setEnabled(m_takes.size() >= 2);
    if (m_takes.size() < 2)
        setWipeMode(false);
    updateWipeLabels();
    m_slider->setRange(0, 0);
}

void ComparePanel::rebuildTiles()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    const int n = int(m_takes.size());
    const int columns = n <= 2 ? n : 2;
    for (int i = 0; i < n; ++i) {
        auto *t = new CompareTile(i + 1, m_takes.at(i), m_grid);
        t->setCircled(m_takes.at(i).takeId == m_circledTakeId);
        // A click selects; circling is a deliberate act (double-click, 1-4, Circle).
        connect(t, &CompareTile::clicked, this, [this, i] { selectTile(i); });
        connect(t, &CompareTile::circleRequested, this, [this, i] {
            selectTile(i);
            requestCircle(i);
        });
        m_gridLayout->addWidget(t, i / std::max(1, columns), i % std::max(1, columns));
        m_tiles.append(t);
    }
    selectTile(-1);
}

CompareTile *ComparePanel::tile(int index) const
{
    return index >= 0 && index < m_tiles.size() ? m_tiles.at(index) : nullptr;
}

bool ComparePanel::isWipeMode() const
{
    return m_stack->currentWidget() == m_wipe;
}

void ComparePanel::setCircledTake(const QString &takeId)
{
    m_circledTakeId = takeId;
    for (CompareTile *t : std::as_const(m_tiles))
        t->setCircled(t->take().takeId == takeId);
    selectTile(m_selected);
}

void ComparePanel::selectTile(int index)
{
    m_selected = index >= 0 && index < m_tiles.size() ? index : -1;
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles.at(i)->setSelected(i == m_selected);
    m_circleButton->setEnabled(m_selected >= 0 && m_takes.at(m_selected).takeId != m_circledTakeId);
}

int ComparePanel::wipeIndexA() const
{
    return m_wipeA->currentIndex();
}

int ComparePanel::wipeIndexB() const
{
    return m_wipeB->currentIndex();
}

void ComparePanel::setWipeMode(bool wipe)
{
    wipe = wipe && m_takes.size() >= 2;
    m_stack->setCurrentWidget(wipe ? static_cast<QWidget *>(m_wipe) : m_grid);
    m_wipeA->setVisible(wipe);
    m_wipeB->setVisible(wipe);
    if (m_wipeButton->isChecked() != wipe) {
        const QSignalBlocker block(m_wipeButton);
        m_wipeButton->setChecked(wipe);
    }
    if (wipe) {
        updateWipeLabels();
        m_wipe->setFrameA(m_engine->frame(m_wipeA->currentIndex()));
        m_wipe->setFrameB(m_engine->frame(m_wipeB->currentIndex()));
    }
}

void ComparePanel::setAudioTake(int index)
{
    if (index < 0 || index >= m_takes.size())
        return;
    m_engine->setAudioSource(index);
    if (m_audioBox->currentIndex() != index) {
        const QSignalBlocker block(m_audioBox);
        m_audioBox->setCurrentIndex(index);
    }
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles.at(i)->setAudible(i == index);
}

void ComparePanel::requestCircle(int index)
{
    if (index < 0 || index >= m_takes.size() || m_shotId.isEmpty())
        return;
    Q_EMIT circleRequested(m_shotId, m_takes.at(index).takeId);
}

void ComparePanel::updateWipeLabels()
{
    const int a = m_wipeA->currentIndex();
    const int b = m_wipeB->currentIndex();
    m_wipe->setLabels(a >= 0 ? tr("A \u00b7 Take %1").arg(takeNumber(a)) : QString(),
                      b >= 0 ? tr("B \u00b7 Take %1").arg(takeNumber(b)) : QString());
}

int ComparePanel::takeNumber(int index) const
{
    const int number = index >= 0 && index < m_takes.size() ? m_takes.at(index).number : 0;
    return number > 0 ? number : index + 1;
}

int ComparePanel::heardTake() const
{
    return std::max(0, m_audioBox->currentIndex());
}

void ComparePanel::onFrame(int index, const QVideoFrame &frame)
{
    if (CompareTile *t = tile(index))
        t->canvas()->setFrame(frame);
    if (index == m_wipeA->currentIndex())
        m_wipe->setFrameA(frame);
    if (index == m_wipeB->currentIndex())
        m_wipe->setFrameB(frame);
}

void ComparePanel::onPosition(qint64 ms)
{
    const qint64 duration = m_engine->duration();
    if (m_slider->maximum() != int(duration))
        m_slider->setRange(0, int(duration));
    if (!m_sliderBusy) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(int(ms));
    }
    m_timeLabel->setText(formatPlayTime(ms) + QStringLiteral(" / ") + formatPlayTime(duration));
}

void ComparePanel::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
        requestCircle(event->key() - Qt::Key_1);
        break;
    case Qt::Key_Space:
        m_engine->togglePlayPause();
        break;
    case Qt::Key_Left:
        m_engine->stepFrames(-1);
        break;
    case Qt::Key_Right:
        m_engine->stepFrames(1);
        break;
    case Qt::Key_W:
        setWipeMode(!isWipeMode());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace ShotBrief
