// SPDX-License-Identifier: MIT
#include "compareengine.h"

#include "mediadeck.h"

#include <QAudioOutput>
#include <QTimer>
#include <QUrl>
#include <QVideoSink>

#include <algorithm>
#include <cmath>

namespace ShotBrief {

namespace {
constexpr int DriftCheckMs = 500;
constexpr int SeekWaitMs = 300;
constexpr int SeekRetries = 3;
// Frames right after a start are preroll repeats and say nothing about drift.
constexpr int ResumeGuardMs = 200;
// A deck that delivered nothing for this long (and has nothing queued) is stalled or ending:
// it stops holding the others back until its frames come again.
constexpr int StallMs = 300;
// Frames a deck ahead of the others may keep waiting (a third of a second): beyond that the
// players are re-seeked anyway.
constexpr int MaxQueuedFrames = 8;
// Presentation hides small differences between the players, so only a larger one costs a
// re-seek (a visible hold); two frames also keep the picture within lip-sync of the sound.
constexpr double ResyncMs = 2 * CompareEngine::FramePeriodMs;
// A take this far behind (one that stalled, or started late after a seek) cannot be hidden by
// holding the others, which would freeze until the next drift check: re-seek at once, unless
// the last re-seek was just now (a machine this busy would only loop on it).
constexpr double LaggardMs = 4 * CompareEngine::FramePeriodMs;
constexpr int ResyncCooldownMs = 2000;
} // namespace

CompareEngine::CompareEngine(QObject *parent)
    : QObject(parent)
    , m_aligner(FramePeriodMs, MaxQueuedFrames, StallMs)
{
    m_clock.start();
    m_driftTimer = new QTimer(this);
    m_driftTimer->setInterval(DriftCheckMs);
    connect(m_driftTimer, &QTimer::timeout, this, &CompareEngine::checkDrift);
    m_seekTimeout = new QTimer(this);
    m_seekTimeout->setSingleShot(true);
    m_seekTimeout->setInterval(SeekWaitMs);
    connect(m_seekTimeout, &QTimer::timeout, this, [this] {
        // Qt 6.4's GStreamer backend sometimes drops a seek issued right after a state
        // change; ask again. A deck that still never shows its frame must not hold the
        // others hostage.
        bool retried = false;
        if (m_seekRetries-- > 0) {
            for (Deck &deck : m_decks) {
                if (!deck.seekLanded && deck.loaded && deck.error.isEmpty()) {
                    // QMediaPlayer ignores a position equal to the one it believes it has
                    // (the lost seek's); nudging by a millisecond stays inside the frame.
                    deck.player->setPosition(deck.seekTarget + SeekRetries - m_seekRetries);
                    retried = true;
                }
            }
        }
        if (retried) {
            m_seekTimeout->start();
            return;
        }
        for (Deck &deck : m_decks) {
            deck.waitingForSeek = false;
            deck.seekLanded = true;
        }
        m_seekingTo = -1;
        if (m_playing && m_startPending)
            startAll();
    });
}

CompareEngine::~CompareEngine()
{
    releaseAll();
}

void CompareEngine::releaseAll()
{
    for (Deck &deck : m_decks) {
        deck.sink->disconnect(this);
        deck.player->disconnect(this);
        deck.player->stop();
        delete deck.player;
        delete deck.sink;
        delete deck.audio;
    }
    m_decks.clear();
}

void CompareEngine::setSources(const QStringList &clipPaths)
{
    if (m_playing) {
        m_playing = false;
        Q_EMIT playingChanged(false);
    }
    m_driftTimer->stop();
    m_seekTimeout->stop();
    m_startPending = false;
    m_seekingTo = -1;
    releaseAll();
    const int n = std::min<int>(int(clipPaths.size()), MaxSources);
    for (int i = 0; i < n; ++i) {
        Deck deck;
        deck.path = clipPaths.at(i);
        const MediaDeck media = makeMediaDeck(
            this, {[this, i](const QVideoFrame &frame) { onFrame(i, frame); },
                   [this, i](QMediaPlayer::MediaStatus status) { onMediaStatus(i, status); },
                   [this, i](const QString &message) {
                       onError(i, message);
                   }});
        deck.player = media.player;
        deck.sink = media.sink;
        deck.audio = media.audio;
        m_decks.append(deck);
    }
    m_aligner.reset(n);
    for (int i = 0; i < n; ++i)
        m_aligner.setHolding(i, hasMedia(i));
    m_audioSource = std::clamp(m_audioSource, 0, std::max(0, n - 1));
    setAudioSource(m_audioSource);
    for (Deck &deck : m_decks) {
        if (deck.path.isEmpty())
            continue;
        deck.player->setSource(QUrl::fromLocalFile(deck.path));
        deck.player->pause(); // preroll the first frame
    }
}

bool CompareEngine::hasMedia(int index) const
{
    const Deck &deck = m_decks.at(index);
    return !deck.path.isEmpty() && deck.error.isEmpty();
}

bool CompareEngine::allLoaded() const
{
    for (int i = 0; i < m_decks.size(); ++i) {
        if (hasMedia(i) && (!m_decks.at(i).loaded || m_decks.at(i).waitingForSeek))
            return false;
    }
    return true;
}

int CompareEngine::leader() const
{
    if (m_audioSource >= 0 && m_audioSource < m_decks.size() && hasMedia(m_audioSource))
        return m_audioSource;
    for (int i = 0; i < m_decks.size(); ++i) {
        if (hasMedia(i))
            return i;
    }
    return -1;
}

qint64 CompareEngine::position() const
{
    if (m_seekingTo >= 0)
        return m_seekingTo;
    const int l = leader();
    return l < 0 ? 0 : std::max<qint64>(0, m_decks.at(l).presentedPtsMs);
}

qint64 CompareEngine::duration() const
{
    qint64 longest = 0;
    for (const Deck &deck : m_decks)
        longest = std::max(longest, deck.player->duration());
    return longest;
}

void CompareEngine::setAudioSource(int index)
{
    m_audioSource = index;
    for (int i = 0; i < m_decks.size(); ++i)
        m_decks[i].audio->setMuted(i != index);
}

QVideoFrame CompareEngine::frame(int index) const
{
    return index >= 0 && index < m_decks.size() ? m_decks.at(index).frame : QVideoFrame();
}

qint64 CompareEngine::framePtsMs(int index) const
{
    return index >= 0 && index < m_decks.size() ? m_decks.at(index).presentedPtsMs : -1;
}

qint64 CompareEngine::decodedPtsMs(int index) const
{
    return index >= 0 && index < m_decks.size() ? m_decks.at(index).lastPtsMs : -1;
}

QString CompareEngine::error(int index) const
{
    return index >= 0 && index < m_decks.size() ? m_decks.at(index).error : QString();
}

double CompareEngine::driftMs() const
{
    return spreadMs(true);
}

double CompareEngine::decodeDriftMs() const
{
    return spreadMs(false);
}

double CompareEngine::spreadMs(bool presented) const
{
    const qint64 now = m_clock.elapsed();
    double lo = 0;
    double hi = 0;
    bool any = false;
    for (int i = 0; i < m_decks.size(); ++i) {
        const Deck &deck = m_decks.at(i);
        const qint64 at = presented ? deck.presentedAtMs : deck.lastArrivalMs;
        const double offset = presented ? deck.presentedOffsetMs : deck.lastOffsetMs;
        // Only decks that are moving: an ended or stalled deck shows a still.
        if (!hasMedia(i) || deck.ended || at < 0 || now - at > 4 * FramePeriodMs)
            continue;
        lo = any ? std::min(lo, offset) : offset;
        hi = any ? std::max(hi, offset) : offset;
        any = true;
    }
    return any ? hi - lo : 0.0;
}

bool CompareEngine::isSettling() const
{
    return m_startPending || m_seekingTo >= 0 || m_clock.elapsed() < m_resumeGuardUntil;
}

void CompareEngine::play()
{
    if (m_playing || leader() < 0)
        return;
    bool allEnded = true;
    for (int i = 0; i < m_decks.size(); ++i)
        allEnded = allEnded && (!hasMedia(i) || m_decks.at(i).ended);
    m_playing = true;
    Q_EMIT playingChanged(true);
    if (allEnded) {
        seekAll(0, true);
        return;
    }
    m_startPending = true;
    if (allLoaded())
        startAll();
}

void CompareEngine::startAll()
{
    m_startPending = false;
    m_seekTimeout->stop();
    const qint64 now = m_clock.elapsed();
    m_resumeGuardUntil = now + ResumeGuardMs;
    // Back to back in one go, so every pipeline starts within a millisecond or two.
    m_aligner.clear();
    for (int i = 0; i < m_decks.size(); ++i) {
        m_aligner.markAlive(i, now); // every deck holds the others from the first frame on
        if (hasMedia(i) && !m_decks.at(i).ended)
            m_decks[i].player->play();
    }
    m_driftStrikes = 0;
    m_driftTimer->start();
}

void CompareEngine::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_startPending = false;
    m_driftTimer->stop();
    for (int i = 0; i < m_decks.size(); ++i) {
        if (hasMedia(i))
            m_decks[i].player->pause();
    }
    // Line every player up on the presented frame (decoded frames still queued are ahead of
    // it), so a paused compare shows one instant and resumes from it (unless a seek is still
    // landing: then they all land on its target anyway).
    m_aligner.clear();
    const int l = leader();
    if (m_seekingTo < 0 && l >= 0 && m_decks.at(l).presentedPtsMs >= 0) {
        const qint64 target = m_decks.at(l).presentedPtsMs;
        for (int i = 0; i < m_decks.size(); ++i) {
            Deck &deck = m_decks[i];
            if (hasMedia(i) && !deck.ended &&
                std::abs(double(deck.lastPtsMs - target)) >= FramePeriodMs / 2)
                deck.player->setPosition(target);
        }
    }
    Q_EMIT playingChanged(false);
}

void CompareEngine::togglePlayPause()
{
    if (m_playing)
        pause();
    else
        play();
}

void CompareEngine::seek(qint64 ms)
{
    seekAll(std::max<qint64>(0, ms), m_playing);
    Q_EMIT positionChanged(std::max<qint64>(0, ms));
}

void CompareEngine::seekAll(qint64 ms, bool waitForFrames)
{
    m_driftTimer->stop();
    m_seekingTo = ms;
    m_aligner.clear();
    for (int i = 0; i < m_decks.size(); ++i) {
        if (!hasMedia(i))
            continue;
        Deck &deck = m_decks[i];
        deck.ended = false;
        m_aligner.setHolding(i, true);
        const qint64 d = deck.player->duration();
        const qint64 target = d > 0 ? std::min(ms, d - 1) : ms;
        deck.waitingForSeek = waitForFrames;
        deck.seekLanded = false;
        deck.seekTarget = target;
        // Seek before pausing: a seek right after pause() on a playing pipeline is often
        // lost by Qt 6.4's GStreamer backend, a pause after a seek is not.
        if (deck.loaded)
            deck.player->setPosition(target);
        else
            deck.pendingSeek = target;
        if (waitForFrames)
            deck.player->pause();
    }
    m_seekRetries = SeekRetries;
    m_seekTimeout->start();
    if (waitForFrames) {
        m_startPending = true;
        if (allLoaded())
            startAll();
    }
}

void CompareEngine::stepFrames(int frames)
{
    pause();
    const double frame = std::floor(double(position()) / FramePeriodMs + 0.5) + frames;
    seek(qint64(std::max(0.0, frame) * FramePeriodMs + 1.0));
}

void CompareEngine::onFrame(int index, const QVideoFrame &frame)
{
    if (!frame.isValid() || index >= m_decks.size())
        return;
    Deck &deck = m_decks[index];
    if (deck.basePtsUs < 0 && frame.startTime() >= 0)
        deck.basePtsUs = frame.startTime();
    const qint64 pts = frame.startTime() >= 0 ? (frame.startTime() - deck.basePtsUs) / 1000
                                              : deck.player->position();
    const qint64 now = m_clock.elapsed();
    if (pts != deck.lastPtsMs) {
        deck.lastOffsetMs = double(now) - double(pts);
        deck.lastArrivalMs = now;
    }
    deck.lastPtsMs = pts;
    if (m_playing && !m_startPending && m_seekingTo < 0) {
        presentAll(m_aligner.push(index, frame, pts, now));
        if (!isSettling() && decodeDriftMs() > LaggardMs &&
            (m_lastResyncMs < 0 || now - m_lastResyncMs > ResyncCooldownMs)) {
            resync();
            return;
        }
    } else
        present(index, frame, pts); // paused, stepping or landing a seek: shown as it comes
    if (!deck.seekLanded && deck.pendingSeek < 0 &&
        std::abs(double(pts - deck.seekTarget)) <= FramePeriodMs) {
        deck.waitingForSeek = false;
        deck.seekLanded = true;
        bool landed = true;
        for (int i = 0; i < m_decks.size(); ++i)
            landed = landed && (!hasMedia(i) || m_decks.at(i).seekLanded);
        if (landed) {
            m_seekingTo = -1;
            m_seekTimeout->stop();
        }
        if (m_playing && m_startPending && allLoaded())
            startAll();
    }
}

void CompareEngine::present(int index, const QVideoFrame &frame, qint64 ptsMs)
{
    Deck &deck = m_decks[index];
    const qint64 now = m_clock.elapsed();
    if (ptsMs != deck.presentedPtsMs) {
        deck.presentedOffsetMs = double(now) - double(ptsMs);
        deck.presentedAtMs = now;
    }
    deck.presentedPtsMs = ptsMs;
    m_aligner.setPresented(index, ptsMs);
    deck.frame = frame;
    Q_EMIT frameChanged(index, frame);
    if (index == leader())
        Q_EMIT positionChanged(ptsMs);
}

void CompareEngine::presentAll(const QList<FrameAligner::Presented> &frames)
{
    if (!frames.isEmpty())
        m_heldMs = 0;
    for (const FrameAligner::Presented &shown : frames) {
        m_heldMs = std::max(m_heldMs, shown.heldMs);
        present(shown.deck, shown.frame, shown.ptsMs);
    }
}

void CompareEngine::onMediaStatus(int index, QMediaPlayer::MediaStatus status)
{
    if (index >= m_decks.size())
        return;
    Deck &deck = m_decks[index];
    switch (status) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferedMedia:
        if (!deck.loaded) {
            deck.loaded = true;
            if (deck.pendingSeek >= 0) {
                // Queued: a seek from inside this notification is lost by Qt 6.4's backend.
                QMetaObject::invokeMethod(
                    this,
                    [this, index] {
                        if (index >= m_decks.size() || m_decks.at(index).pendingSeek < 0)
                            return;
                        Deck &d = m_decks[index];
                        d.player->setPosition(d.pendingSeek);
                        d.pendingSeek = -1;
                    },
                    Qt::QueuedConnection);
            }
            if (m_playing && m_startPending && allLoaded())
                startAll();
        }
        break;
    case QMediaPlayer::EndOfMedia: {
        deck.ended = true;
        // An ended deck no longer holds the others; it shows where it stopped.
        presentAll(m_aligner.flush(index));
        m_aligner.setHolding(index, false);
        presentAll(m_aligner.release(m_clock.elapsed()));
        bool allEnded = true;
        for (int i = 0; i < m_decks.size(); ++i)
            allEnded = allEnded && (!hasMedia(i) || m_decks.at(i).ended);
        if (allEnded && m_playing) {
            m_playing = false;
            m_driftTimer->stop();
            Q_EMIT playingChanged(false);
            Q_EMIT finished();
        }
        break;
    }
    case QMediaPlayer::InvalidMedia:
        onError(index, tr("Cannot play this clip"));
        break;
    default:
        break;
    }
}

void CompareEngine::onError(int index, const QString &message)
{
    if (index >= m_decks.size() || !m_decks.at(index).error.isEmpty())
        return;
    m_decks[index].error = message.isEmpty() ? tr("Cannot play this clip") : message;
    m_aligner.setHolding(index, false);
    Q_EMIT errorOccurred(index, m_decks.at(index).error);
    if (m_playing)
        presentAll(m_aligner.release(m_clock.elapsed())); // no longer held by the failed deck
    if (m_playing && m_startPending && allLoaded())
        startAll();
}

void CompareEngine::checkDrift()
{
    if (!m_playing || m_startPending || m_clock.elapsed() < m_resumeGuardUntil)
        return;
    if (decodeDriftMs() <= ResyncMs) {
        m_driftStrikes = 0;
        return;
    }
    // Twice in a row, so one late frame on a busy machine does not cost a re-seek.
    if (++m_driftStrikes < 2)
        return;
    resync();
}

void CompareEngine::resync()
{
    ++m_resyncCount;
    m_lastResyncMs = m_clock.elapsed();
    m_driftStrikes = 0;
    seekAll(position(), true);
}

} // namespace ShotBrief
