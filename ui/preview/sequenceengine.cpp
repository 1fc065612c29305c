// SPDX-License-Identifier: MIT
#include "sequenceengine.h"

#include "mediadeck.h"

#include <QAudioOutput>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>
#include <QVideoSink>

#include <algorithm>
#include <cmath>

namespace ShotBrief {

Q_LOGGING_CATEGORY(lcEngine, "shotbrief.preview.engine", QtWarningMsg)

namespace {
// Bounds for the measured start latency, so one stalled cut cannot make the engine start
// clips absurdly early (or never early).
constexpr double MinLatencyMs = 5.0;
constexpr double MaxLatencyMs = 120.0;
// Reverse play: the clock is read this often; a step whose frame has not come after
// ReverseStepWaitMs (a lost seek) no longer holds the next one back.
constexpr int ReverseTickMs = 10;
// A clip that ends within this much of its slot fills it (encoders round the last frame); a
// shorter one holds its last frame for the rest of the slot.
constexpr qint64 HoldToleranceMs = 84;
constexpr int ReverseStepWaitMs = 250;
} // namespace

SequenceEngine::SequenceEngine(QObject *parent)
    : QObject(parent)
{
    for (int d = 0; d < int(m_decks.size()); ++d) {
        Deck &deck = m_decks[d];
        const MediaDeck media = makeMediaDeck(
            this, {[this, d](const QVideoFrame &frame) { onFrame(d, frame); },
                   [this, d](QMediaPlayer::MediaStatus status) { onMediaStatus(d, status); },
                   [this, d](const QString &message) {
                       onError(d, message);
                   }});
        deck.player = media.player;
        deck.sink = media.sink;
        deck.audio = media.audio;
    }
    m_slateTimer = new QTimer(this);
    m_slateTimer->setTimerType(Qt::PreciseTimer);
    m_slateTimer->setInterval(10);
    connect(m_slateTimer, &QTimer::timeout, this, &SequenceEngine::onSlateTick);
    m_watchdog = new QTimer(this);
    m_watchdog->setInterval(500);
    connect(m_watchdog, &QTimer::timeout, this, &SequenceEngine::onWatchdog);
    m_preloadTimer = new QTimer(this);
    m_preloadTimer->setSingleShot(true);
    m_preloadTimer->setInterval(PreloadDelayMs);
    connect(m_preloadTimer, &QTimer::timeout, this, &SequenceEngine::doPreload);
    m_endTimer = new QTimer(this);
    m_endTimer->setTimerType(Qt::PreciseTimer);
    m_endTimer->setSingleShot(true);
    connect(m_endTimer, &QTimer::timeout, this, [this] {
        m_endScheduled = false;
        if (m_state == State::Playing && m_incoming < 0)
            advanceFrom(m_current);
    });
    m_reverseTimer = new QTimer(this);
    m_reverseTimer->setTimerType(Qt::PreciseTimer);
    m_reverseTimer->setInterval(ReverseTickMs);
    connect(m_reverseTimer, &QTimer::timeout, this, &SequenceEngine::onReverseTick);
}

SequenceEngine::~SequenceEngine()
{
    // No frame or status callback may reach a half-destroyed engine.
    for (Deck &deck : m_decks) {
        deck.sink->disconnect(this);
        deck.player->disconnect(this);
        deck.player->stop();
    }
}

void SequenceEngine::setTimeline(const SequenceTimeline &timeline)
{
    stopReverse();
    cancelHandover();
    m_slateTimer->stop();
    m_endTimer->stop();
    m_preloadTimer->stop();
    m_endScheduled = false;
    m_holding = false;
    for (Deck &deck : m_decks) {
        deck.player->stop();
        deck.player->setSource(QUrl());
        deck.index = -1;
        deck.path.clear();
        deck.loaded = false;
        deck.pendingSeek = -1;
    }
    m_active = -1;
    m_timeline = timeline;
    m_runtimeErrors.clear();
    m_retried.clear();
    m_current = -1;
    m_offset = 0;
    m_frame = QVideoFrame();
    setState(m_timeline.isEmpty() ? State::Stopped : State::Paused);
    if (!m_timeline.isEmpty())
        enterItem(m_timeline.locate(0).index, 0);
}

qint64 SequenceEngine::position() const
{
    return m_current < 0 ? 0 : m_timeline.toSequenceMs(m_current, m_offset);
}

QString SequenceEngine::currentShotId() const
{
    return m_current < 0 ? QString() : m_timeline.at(m_current).shotId;
}

bool SequenceEngine::isShowingSlate() const
{
    return m_current >= 0 && m_active < 0;
}

QString SequenceEngine::itemError(int index) const
{
    if (index < 0 || index >= m_timeline.count())
        return {};
    const auto it = m_runtimeErrors.constFind(index);
    return it != m_runtimeErrors.cend() ? *it : m_timeline.at(index).error;
}

void SequenceEngine::setRate(double rate)
{
    if (!(rate > 0.0))
        return;
    m_rate = rate;
    for (Deck &deck : m_decks)
        deck.player->setPlaybackRate(rate);
    if (isShowingSlate() || m_holding) {
        m_slateBaseOffset = m_offset;
        m_slateClock.restart();
    }
}

void SequenceEngine::setMuted(bool muted)
{
    m_muted = muted;
    for (Deck &deck : m_decks)
        deck.audio->setMuted(muted);
}

void SequenceEngine::setLoopRange(qint64 inMs, qint64 outMs)
{
    if (inMs < 0 || outMs <= inMs) {
        m_loopIn = m_loopOut = -1;
        return;
    }
    m_loopIn = std::clamp<qint64>(inMs, 0, m_timeline.totalMs());
    m_loopOut = std::clamp<qint64>(outMs, m_loopIn, m_timeline.totalMs());
}

void SequenceEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Playing) {
        m_lastFrame.start();
        m_watchdog->start();
    } else {
        m_watchdog->stop();
    }
    Q_EMIT stateChanged(state);
}

void SequenceEngine::play()
{
    if (m_timeline.isEmpty() || m_timeline.totalMs() <= 0)
        return;
    if (m_reverse) {
        // Forward again from the frame reverse play shows: the idle deck gets the next clip.
        stopReverse();
        preloadAfter(m_current);
    }
    const bool atEnd = position() >= m_timeline.totalMs();
    setState(State::Playing);
    if (m_current < 0 || atEnd) {
        const SequencePosition start = m_timeline.locate(m_loopIn >= 0 ? m_loopIn : 0);
        enterItem(start.index, start.offsetMs);
        return;
    }
    if (m_active >= 0) {
        Deck &deck = m_decks[m_active];
        if (deck.player->mediaStatus() == QMediaPlayer::EndOfMedia) {
            // Paused during a short clip's hold: the hold goes on from where it stopped.
            if (m_holding || m_offset + HoldToleranceMs < m_timeline.at(m_current).durationMs) {
                m_holding = true;
                m_slateBaseOffset = m_offset;
                m_slateClock.restart();
                m_slateTimer->start();
                return;
            }
            advanceFrom(m_current);
            return;
        }
        deck.player->setPlaybackRate(m_rate);
        deck.player->play();
    } else {
        m_slateBaseOffset = m_offset;
        m_slateClock.restart();
        m_slateTimer->start();
    }
}

void SequenceEngine::playReverse(double rate)
{
    if (m_timeline.isEmpty() || !(rate > 0.0))
        return;
    if (m_state == State::Playing && !m_reverse) {
        cancelHandover();
        m_endTimer->stop();
        m_endScheduled = false;
        m_slateTimer->stop();
        m_holding = false;
        if (m_active >= 0)
            m_decks[m_active].player->pause();
    }
    const bool starting = !m_reverse;
    m_reverse = true;
    m_reverseRate = rate;
    m_reverseFrom = position();
    m_reverseShown = m_reverseFrom;
    m_reverseWaiting = false;
    m_reverseClock.restart();
    setState(State::Playing);
    m_reverseTimer->start();
    if (starting && m_current >= 0)
        preloadAfter(m_current); // the previous clip, at its end
}

void SequenceEngine::stopReverse()
{
    m_reverse = false;
    m_reverseWaiting = false;
    m_reverseTimer->stop();
}

void SequenceEngine::onReverseTick()
{
    if (!m_reverse || m_state != State::Playing)
        return;
    const bool looping = m_loopIn >= 0 && m_loopOut > m_loopIn;
    const qint64 floor = looping ? m_loopIn : 0;
    qint64 target = m_reverseFrom - qint64(double(m_reverseClock.elapsed()) * m_reverseRate);
    if (target <= floor) {
        if (looping) {
            m_reverseFrom = m_loopOut;
            m_reverseClock.restart();
            target = m_loopOut;
        } else {
            // Paused first, so the seek does not start the deck.
            stopReverse();
            setState(State::Paused);
            seek(floor);
            return;
        }
    }
    // Steps land inside a frame, never on its edge, so they never round onto a neighbour.
    const qint64 step = qint64(std::floor(double(target) / FramePeriodMs) * FramePeriodMs) + 1;
    if (step >= m_reverseShown ||
        (m_reverseWaiting && m_reverseStepAt.elapsed() < ReverseStepWaitMs))
        return;
    m_reverseShown = step;
    seek(step);
    m_reverseWaiting = m_active >= 0;
    m_reverseStepAt.restart();
}

bool SequenceEngine::isAdvancing() const
{
    const bool playing = std::any_of(m_decks.cbegin(), m_decks.cend(), [](const Deck &deck) {
        return deck.player && deck.player->playbackState() == QMediaPlayer::PlayingState;
    });
    return playing || m_slateTimer->isActive() || m_reverseTimer->isActive() ||
           m_endTimer->isActive();
}

void SequenceEngine::pause()
{
    if (m_state != State::Playing)
        return;
    setState(State::Paused);
    if (m_reverse) {
        stopReverse();
        return;
    }
    cancelHandover();
    m_endTimer->stop();
    m_endScheduled = false;
    if (m_active >= 0)
        m_decks[m_active].player->pause();
    if (m_slateTimer->isActive()) {
        onSlateTick();
        m_slateTimer->stop();
    }
}

void SequenceEngine::togglePlayPause()
{
    if (m_state == State::Playing)
        pause();
    else
        play();
}

void SequenceEngine::stop()
{
    pause();
    seek(0);
}

void SequenceEngine::seek(qint64 sequenceMs)
{
    if (m_timeline.isEmpty())
        return;
    const SequencePosition pos = m_timeline.locate(sequenceMs);
    if (pos.index == m_current && m_active >= 0 && m_decks[m_active].index == pos.index) {
        cancelHandover();
        m_endTimer->stop();
        m_endScheduled = false;
        // Past the clip's end the player reports the end of media again, and the hold resumes.
        m_holding = false;
        m_slateTimer->stop();
        Deck &deck = m_decks[m_active];
        const qint64 media = mediaMs(pos.index, pos.offsetMs);
        if (deck.loaded) {
            deck.player->setPosition(media);
            if (m_state == State::Playing && !m_reverse &&
                deck.player->playbackState() != QMediaPlayer::PlayingState)
                deck.player->play();
        } else {
            // A fresh source prerolls at 0 by itself; a pending seek to 0 would drop that
            // frame and then be ignored by QMediaPlayer (same position): a black picture.
            deck.pendingSeek = media > 0 ? media : -1;
        }
        m_offset = pos.offsetMs;
        emitPosition();
        return;
    }
    if (pos.index == m_current && m_active < 0) {
        cancelHandover();
        m_offset = pos.offsetMs;
        m_slateBaseOffset = pos.offsetMs;
        m_slateClock.restart();
        emitPosition();
        return;
    }
    enterItem(pos.index, pos.offsetMs);
}

void SequenceEngine::stepFrames(int frames)
{
    const double frame = std::floor(double(position()) / FramePeriodMs + 0.5) + frames;
    // Aim inside the frame, not at its edge, so rounding cannot land on its neighbour. Seek
    // first, then pause: Qt 6.4's GStreamer backend may drop a seek that follows a pause.
    seek(qint64(std::max(0.0, frame) * FramePeriodMs + 1.0));
    pause();
}

int SequenceEngine::deckHolding(int index) const
{
    for (int d = 0; d < int(m_decks.size()); ++d) {
        if (m_decks[d].index == index && index >= 0)
            return d;
    }
    return -1;
}

int SequenceEngine::nextIndex(int index) const
{
    for (int i = index + 1; i < m_timeline.count(); ++i) {
        if (m_timeline.at(i).durationMs > 0)
            return i;
    }
    return -1;
}

int SequenceEngine::previousIndex(int index) const
{
    for (int i = std::min(index, int(m_timeline.count())) - 1; i >= 0; --i) {
        if (m_timeline.at(i).durationMs > 0)
            return i;
    }
    return -1;
}

bool SequenceEngine::isPlayable(int index) const
{
    return index >= 0 && index < m_timeline.count() && m_timeline.at(index).hasClip() &&
           !m_runtimeErrors.contains(index);
}

qint64 SequenceEngine::mediaMs(int index, qint64 offsetMs) const
{
    if (index < 0 || index >= m_timeline.count())
        return offsetMs;
    return m_timeline.at(index).clipInMs + offsetMs;
}

qint64 SequenceEngine::clipEndMs(int deck) const
{
    // A take longer than its shot is cut at the slot's end; one that nearly fills it hands
    // over at its own end; a short one holds its last frame to the slot's end (EndOfMedia).
    const qint64 item = mediaMs(m_current, m_timeline.at(m_current).durationMs);
    const qint64 media = m_decks[deck].player->duration();
    return media > 0 && media + HoldToleranceMs >= item ? std::min(item, media) : item;
}

void SequenceEngine::loadDeck(int d, int index, qint64 offsetMs)
{
    Deck &deck = m_decks[d];
    const QString path = m_timeline.at(index).clipPath;
    // The player counts from the clip's first frame; the item from the take's in point.
    offsetMs = mediaMs(index, offsetMs);
    deck.index = index;
    deck.player->setPlaybackRate(m_rate);
    deck.audio->setMuted(m_muted);
    if (deck.path == path && deck.player->mediaStatus() != QMediaPlayer::NoMedia &&
        deck.player->mediaStatus() != QMediaPlayer::InvalidMedia) {
        if (deck.loaded) {
            if (deck.player->mediaStatus() == QMediaPlayer::EndOfMedia ||
                deck.player->position() != offsetMs)
                deck.player->setPosition(offsetMs);
        } else {
            deck.pendingSeek = offsetMs > 0 ? offsetMs : -1;
        }
        return;
    }
    deck.path = path;
    deck.loaded = false;
    deck.pendingSeek = offsetMs > 0 ? offsetMs : -1;
    ++deck.generation;
    deck.basePtsUs = -1;
    const QUrl url = QUrl::fromLocalFile(path);
    // QMediaPlayer ignores the source it already has; reloading after a failure needs a reset.
    if (deck.player->source() == url)
        deck.player->setSource(QUrl());
    deck.player->setSource(url);
    // Pausing a fresh source prerolls it: the first frame is decoded and waiting.
    deck.player->pause();
}

void SequenceEngine::releaseDeck(int d)
{
    Deck &deck = m_decks[d];
    deck.player->pause();
    deck.index = -1;
}

void SequenceEngine::preloadAfter(int index)
{
    // Replacing a source tears a pipeline down; doing so while the other deck is still
    // changing to the playing state makes the GStreamer backend of Qt 6.4 fail that deck
    // ("Internal data stream error"). So the next clip is loaded a moment later.
    m_preloadFor = index;
    m_preloadTimer->start();
}

void SequenceEngine::doPreload()
{
    const int index = m_preloadFor;
    if (index < 0 || index != m_current)
        return;
    if (m_reverse) {
        // Backwards, the clip before this one is next: loaded at its last frame.
        int previous = previousIndex(index);
        while (previous >= 0 && !isPlayable(previous))
            previous = previousIndex(previous);
        if (previous < 0 || deckHolding(previous) >= 0)
            return;
        const int d = m_active == 0 ? 1 : 0;
        const qint64 end = m_timeline.at(previous).durationMs;
        loadDeck(d, previous, std::max<qint64>(0, end - qint64(FramePeriodMs / 2)));
        return;
    }
    int next = nextIndex(index);
    while (next >= 0 && !isPlayable(next))
        next = nextIndex(next);
    if (next < 0 || deckHolding(next) >= 0) {
        if (next >= 0) {
            Deck &deck = m_decks[deckHolding(next)];
            if (deck.player->playbackState() != QMediaPlayer::PlayingState && deck.loaded &&
                deck.player->position() != mediaMs(next, 0))
                deck.player->setPosition(mediaMs(next, 0));
        }
        return;
    }
    int d = 0;
    while (d < int(m_decks.size()) && (d == m_active || d == m_incoming))
        ++d;
    if (d >= int(m_decks.size()))
        return;
    loadDeck(d, next, 0);
}

void SequenceEngine::cancelHandover()
{
    if (m_incoming < 0)
        return;
    Deck &deck = m_decks[m_incoming];
    deck.player->pause();
    if (deck.loaded)
        deck.player->setPosition(mediaMs(deck.index, 0));
    m_incoming = -1;
}

void SequenceEngine::enterItem(int index, qint64 offsetMs)
{
    if (index < 0 || index >= m_timeline.count())
        return;
    qCDebug(lcEngine) << "enter" << index << offsetMs << "active" << m_active;
    cancelHandover();
    m_endTimer->stop();
    m_endScheduled = false;
    m_slateTimer->stop();
    m_holding = false;
    const bool changed = index != m_current;
    m_current = index;
    m_offset = offsetMs;
    m_lastFrame.start();

    if (!isPlayable(index)) {
        if (m_active >= 0)
            releaseDeck(m_active);
        m_active = -1;
        showSlate(index, offsetMs);
    } else {
        int d = deckHolding(index);
        if (d < 0) {
            const int holdingNext = deckHolding(nextIndex(index));
            d = 0;
            if (holdingNext == 0 || (m_active == 0 && holdingNext != 1))
                d = 1;
            loadDeck(d, index, offsetMs);
        } else {
            loadDeck(d, index, offsetMs); // same source: only the position
        }
        if (m_active >= 0 && m_active != d)
            releaseDeck(m_active);
        m_active = d;
        Deck &deck = m_decks[d];
        if (m_state == State::Playing && !m_reverse) {
            deck.player->setPlaybackRate(m_rate);
            deck.player->play();
        } else {
            deck.player->pause();
        }
        preloadAfter(index);
    }
    if (changed) {
        Q_EMIT currentIndexChanged(index);
        Q_EMIT currentShotChanged(m_timeline.at(index).shotId);
    }
    emitPosition();
}

void SequenceEngine::showSlate(int index, qint64 offsetMs)
{
    m_frame = QVideoFrame();
    m_slateBaseOffset = offsetMs;
    m_slateClock.restart();
    if (m_state == State::Playing && !m_reverse)
        m_slateTimer->start();
    Q_EMIT slateShown(index);
    preloadAfter(index);
}

void SequenceEngine::onSlateTick()
{
    // A slate, or the held last frame of a clip shorter than its slot.
    if (m_current < 0 || (m_active >= 0 && !m_holding)) {
        m_slateTimer->stop();
        return;
    }
    const qint64 duration = m_timeline.at(m_current).durationMs;
    const qint64 offset = m_slateBaseOffset + qint64(double(m_slateClock.elapsed()) * m_rate);
    m_offset = std::min(offset, duration);
    emitPosition();
    if (m_state != State::Playing || (m_active >= 0 && !m_holding))
        return;
    const int next = nextIndex(m_current);
    const int d = deckHolding(next);
    if (m_incoming < 0 && d >= 0 && isPlayable(next) && m_decks[d].loaded &&
        double(duration - offset) / m_rate <= m_startLatencyMs) {
        m_decks[d].player->setPlaybackRate(m_rate);
        m_decks[d].player->play();
        m_decks[d].startedAt.start();
        m_incoming = d;
    }
    // With a hand-over under way, its first frame makes the cut; the slate holds till then.
    if (offset >= duration && m_incoming < 0)
        advanceFrom(m_current);
}

void SequenceEngine::onFrame(int d, const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    Deck &deck = m_decks[d];
    qCDebug(lcEngine) << "frame deck" << d << "item" << deck.index << "t" << frame.startTime()
                      << "active" << m_active << "incoming" << m_incoming << "pending"
                      << deck.pendingSeek;
    // Clips with B-frames often start at a pts of two frames (the edit list becomes a
    // segment start): the first frame after loading, always at position 0, is the origin.
    if (deck.basePtsUs < 0 && frame.startTime() >= 0)
        deck.basePtsUs = frame.startTime();
    bool cut = false;
    if (d == m_incoming) {
        const double latency = double(deck.startedAt.elapsed());
        m_startLatencyMs =
            std::clamp(0.7 * m_startLatencyMs + 0.3 * latency, MinLatencyMs, MaxLatencyMs);
        if (m_active >= 0)
            releaseDeck(m_active);
        m_incoming = -1;
        m_active = d;
        m_endTimer->stop();
        m_endScheduled = false;
        m_slateTimer->stop();
        m_holding = false;
        m_current = deck.index;
        cut = true;
    } else if (d != m_active || deck.pendingSeek >= 0) {
        return; // a preroll of the preloaded deck, or a frame from before a pending seek
    }
    if (m_reverse) {
        // A reverse step's frame; the position stays on the steps of the reverse clock.
        m_reverseWaiting = false;
        m_frame = frame;
        m_lastFrame.start();
        Q_EMIT frameChanged(frame);
        return;
    }
    // t is the clip's time; the item's time starts at the take's in point.
    const qint64 t = frame.startTime() >= 0
                         ? (frame.startTime() - std::max<qint64>(0, deck.basePtsUs)) / 1000
                         : deck.player->position();
    const qint64 duration = m_timeline.at(m_current).durationMs;
    m_offset = std::clamp<qint64>(t - mediaMs(m_current, 0), 0, duration);
    m_frame = frame;
    m_lastFrame.start();
    Q_EMIT frameChanged(frame);
    if (cut) {
        Q_EMIT currentIndexChanged(m_current);
        Q_EMIT currentShotChanged(m_timeline.at(m_current).shotId);
        preloadAfter(m_current);
    }
    emitPosition();
    if (m_state != State::Playing || m_active != d || m_incoming >= 0 || m_endScheduled)
        return;

    const double remaining = double(clipEndMs(d) - t) / m_rate;
    const int next = nextIndex(m_current);
    const int nextDeck = deckHolding(next);
    if (next >= 0 && nextDeck >= 0 && isPlayable(next) && m_decks[nextDeck].loaded) {
        // Start now if waiting for the next frame would make the incoming clip late.
        if (remaining < FramePeriodMs + m_startLatencyMs) {
            Deck &incoming = m_decks[nextDeck];
            incoming.player->setPlaybackRate(m_rate);
            incoming.player->play();
            incoming.startedAt.start();
            m_incoming = nextDeck;
        }
        return;
    }
    // Next is a slate, an unloaded clip or the end: cut by the clock after this frame.
    if (remaining <= 1.5 * FramePeriodMs) {
        m_endScheduled = true;
        m_endTimer->start(int(std::max(0.0, remaining)));
    }
}

void SequenceEngine::onMediaStatus(int d, QMediaPlayer::MediaStatus status)
{
    Deck &deck = m_decks[d];
    qCDebug(lcEngine) << "status deck" << d << "item" << deck.index << status;
    switch (status) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferedMedia:
        if (!deck.loaded) {
            deck.loaded = true;
            // A seek issued from inside this status change is lost by the GStreamer
            // backend of Qt 6.4 (the pipeline is not yet paused); queued, it lands.
            if (deck.pendingSeek >= 0) {
                QMetaObject::invokeMethod(
                    this,
                    [this, d, generation = deck.generation] {
                        Deck &deck = m_decks[d];
                        const auto status = deck.player->mediaStatus();
                        if (deck.generation != generation || deck.pendingSeek < 0 || !deck.loaded ||
                            (status != QMediaPlayer::LoadedMedia &&
                             status != QMediaPlayer::BufferedMedia))
                            return;
                        deck.player->setPosition(deck.pendingSeek);
                        deck.pendingSeek = -1;
                    },
                    Qt::QueuedConnection);
            }
        }
        break;
    case QMediaPlayer::NoMedia:
    case QMediaPlayer::LoadingMedia:
        // Also follows a stale LoadedMedia of a source replaced while it was loading.
        deck.loaded = false;
        break;
    case QMediaPlayer::EndOfMedia:
        if (d == m_active && m_incoming < 0 && !m_endScheduled && m_state == State::Playing &&
            !m_reverse) {
            // The clip is shorter than its shot: its last frame holds for the rest of the
            // slot while the clock moves the time on and hands over to the next shot, as a
            // slate does, so sequence time always equals timeline time.
            m_holding = true;
            m_slateBaseOffset = m_offset;
            m_slateClock.restart();
            m_slateTimer->start();
        }
        break;
    case QMediaPlayer::InvalidMedia:
        onError(d, tr("Cannot play this clip"));
        break;
    default:
        break;
    }
}

void SequenceEngine::onError(int d, const QString &message)
{
    Deck &deck = m_decks[d];
    qCDebug(lcEngine) << "error deck" << d << "item" << deck.index << message;
    // errorOccurred and the InvalidMedia status report the same failure.
    if (deck.failedGeneration == deck.generation)
        return;
    deck.failedGeneration = deck.generation;
    const int index = deck.index;
    if (index >= 0 && !m_runtimeErrors.contains(index) && !m_retried.contains(index)) {
        // A good file can fail when another pipeline changes state at the same moment
        // (Qt 6.4's GStreamer backend): load it once more before calling it broken.
        m_retried.insert(index);
        const qint64 resumeAt = d == m_active ? m_offset : 0;
        if (d == m_incoming)
            m_incoming = -1;
        deck.path.clear();
        deck.loaded = false;
        deck.pendingSeek = -1;
        QTimer::singleShot(PreloadDelayMs, this, [this, d, index, resumeAt] {
            Deck &deck = m_decks[d];
            if (deck.index != index)
                return;
            loadDeck(d, index, resumeAt);
            if (d == m_active && m_state == State::Playing && !m_reverse)
                deck.player->play();
        });
        return;
    }
    deck.index = -1;
    deck.path.clear();
    deck.loaded = false;
    deck.pendingSeek = -1;
    if (index < 0 || m_runtimeErrors.contains(index))
        return;
    m_runtimeErrors.insert(index, message.isEmpty() ? tr("Cannot play this clip") : message);
    Q_EMIT itemFailed(index, m_runtimeErrors.value(index));
    if (d == m_incoming)
        m_incoming = -1;
    if (d == m_active) {
        // Playback never stops on a bad file: the rest of the shot shows its slate.
        m_active = -1;
        m_slateTimer->stop();
        showSlate(m_current, m_offset);
    }
}

void SequenceEngine::onWatchdog()
{
    // A pipeline that stalls without an error must not stop the film: after a few seconds
    // without a frame the shot is treated as failed (one reload, then its slate).
    if (m_state != State::Playing || m_reverse || m_active < 0 || m_incoming >= 0 ||
        m_endScheduled || m_lastFrame.elapsed() < StallTimeoutMs)
        return;
    const Deck &deck = m_decks[m_active];
    if (deck.player->mediaStatus() == QMediaPlayer::EndOfMedia)
        return;
    m_lastFrame.start();
    onError(m_active, tr("The clip stopped delivering frames"));
}

void SequenceEngine::advanceFrom(int index)
{
    const int next = nextIndex(index);
    if (next < 0) {
        reachEnd();
        return;
    }
    enterItem(next, 0);
}

void SequenceEngine::reachEnd()
{
    if (m_loopOut > m_loopIn && m_loopIn >= 0) {
        seek(m_loopIn);
        return;
    }
    cancelHandover();
    m_slateTimer->stop();
    m_holding = false;
    m_endTimer->stop();
    m_endScheduled = false;
    if (m_active >= 0)
        m_decks[m_active].player->pause();
    m_offset = m_timeline.at(m_current).durationMs;
    setState(State::Paused);
    emitPosition();
    Q_EMIT finished();
}

void SequenceEngine::emitPosition()
{
    const qint64 ms = position();
    Q_EMIT positionChanged(ms);
    checkLoop(ms);
}

void SequenceEngine::checkLoop(qint64 sequenceMs)
{
    if (m_state == State::Playing && !m_reverse && m_loopIn >= 0 && m_loopOut > m_loopIn &&
        sequenceMs >= m_loopOut)
        seek(m_loopIn);
}

} // namespace ShotBrief
