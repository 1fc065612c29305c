// SPDX-License-Identifier: MIT
#pragma once

#include "preview/sequencetimeline.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMediaPlayer>
#include <QObject>
#include <QSet>
#include <QVideoFrame>

#include <array>

class QAudioOutput;
class QTimer;
class QVideoSink;

namespace ShotBrief {

/// Plays a SequenceTimeline as one film without gaps at the cuts.
///
/// Two decks (QMediaPlayer + QVideoSink) alternate: while one plays, the next clip is loaded
/// and paused in the other, so its first frame is decoded. The incoming deck is started a
/// little before the outgoing clip ends (by the measured start latency of a paused player),
/// and the display switches on its first frame, so the cut lands on the frame period instead
/// of the 60-70 ms that a source switch or a late start costs. Shots without a playable clip
/// (no take, missing or corrupt file) show their slate for their duration, driven by a clock,
/// and playback goes on. Frames are handed out through frameChanged; no widget is involved,
/// so the engine runs offscreen in tests and benchmarks.
///
/// Reverse play (playReverse) cannot use the players: Qt 6.4's GStreamer backend does not play
/// backwards. A clock moves the sequence time back at the chosen speed and each step shows the
/// decoded frame at that time (a seek on the paused deck, the previous clip preloaded at its
/// end), one seek in flight at a time: a slow decoder shows fewer frames, never a slower film.
class SequenceEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequenceEngine)

public:
    enum class State { Stopped, Playing, Paused };
    Q_ENUM(State)

    static constexpr double FrameRate = 24.0;
    static constexpr double FramePeriodMs = 1000.0 / FrameRate;
    static constexpr int PreloadDelayMs = 250;
    static constexpr int StallTimeoutMs = 3000;

    explicit SequenceEngine(QObject *parent = nullptr);
    ~SequenceEngine() override;

    /// Replaces the sequence and stops; the position goes back to 0.
    void setTimeline(const SequenceTimeline &timeline);
    const SequenceTimeline &timeline() const { return m_timeline; }

    State state() const { return m_state; }
    qint64 position() const; ///< Sequence time in ms.
    int currentIndex() const { return m_current; }
    QString currentShotId() const;
    bool isShowingSlate() const; ///< True while the current shot shows its slate.
    /// Whether anything still moves the position: a deck playing, the slate clock, the reverse
    /// clock or a pending cut. False once paused or stopped.
    bool isAdvancing() const;
    QString itemError(int index) const; ///< Static or runtime error of an item.
    QVideoFrame currentFrame() const { return m_frame; }

    void setRate(double rate); ///< Forward speed, > 0 (shuttle).
    double rate() const { return m_rate; }
    /// True while playing backwards (state() is Playing).
    bool isReversing() const { return m_reverse; }
    double reverseRate() const { return m_reverseRate; }
    void setMuted(bool muted);
    /// Loops [inMs, outMs) while playing; an empty range turns looping off.
    void setLoopRange(qint64 inMs, qint64 outMs);
    qint64 loopIn() const { return m_loopIn; }
    qint64 loopOut() const { return m_loopOut; }

    /// How long a paused, preloaded player takes to show its first frame after play();
    /// measured at each cut, used to start the next clip early enough.
    double startLatencyMs() const { return m_startLatencyMs; }

public Q_SLOTS:
    void play();
    /// Plays backwards at `rate` (1 = real time) from the current position; play() goes
    /// forward again, pause() stops.
    void playReverse(double rate = 1.0);
    void pause();
    void togglePlayPause();
    void stop();
    void seek(qint64 sequenceMs);
    void stepFrames(int frames);

Q_SIGNALS:
    void stateChanged(ShotBrief::SequenceEngine::State state);
    void frameChanged(const QVideoFrame &frame); ///< A clip frame to present.
    void slateShown(int index);                  ///< The display shows item `index`'s slate.
    void currentIndexChanged(int index);
    void currentShotChanged(const QString &shotId);
    void positionChanged(qint64 sequenceMs);
    void itemFailed(int index, const QString &error);
    void finished(); ///< The end of the sequence was reached (not looping).

private:
    struct Deck
    {
        QMediaPlayer *player = nullptr;
        QVideoSink *sink = nullptr;
        QAudioOutput *audio = nullptr;
        int index = -1; ///< Item loaded, -1 none.
        QString path;
        qint64 pendingSeek = -1; ///< Applied once the media is loaded.
        bool loaded = false;
        qint64 basePtsUs = -1; ///< pts of the clip's first frame.
        int generation = 0;
        int failedGeneration = -1; ///< Generation whose failure was handled.      ///< Bumped with
                                   ///< each new source, to drop stale callbacks.
        QElapsedTimer startedAt;   ///< When play() was called for a hand-over.
    };

    void setState(State state);
    void enterItem(int index, qint64 offsetMs);
    void showSlate(int index, qint64 offsetMs);
    void loadDeck(int deck, int index, qint64 offsetMs);
    void preloadAfter(int index);
    void doPreload();
    void releaseDeck(int deck);
    int deckHolding(int index) const;
    int nextIndex(int index) const;
    bool isPlayable(int index) const;
    /// The clip's time (what the player counts) of a time into item `index`.
    qint64 mediaMs(int index, qint64 offsetMs) const;
    qint64 clipEndMs(int deck) const; ///< In the clip's time.
    void onFrame(int deck, const QVideoFrame &frame);
    void onMediaStatus(int deck, QMediaPlayer::MediaStatus status);
    void onError(int deck, const QString &message);
    void onSlateTick();
    void onWatchdog();
    void advanceFrom(int index);
    void reachEnd();
    void emitPosition();
    void checkLoop(qint64 sequenceMs);
    void cancelHandover();
    int previousIndex(int index) const;
    void stopReverse();
    void onReverseTick();

    SequenceTimeline m_timeline;
    std::array<Deck, 2> m_decks;
    int m_active = -1;   ///< Deck whose frames are shown; -1 while a slate shows.
    int m_incoming = -1; ///< Deck started for the next cut, shown on its first frame.
    int m_current = -1;
    qint64 m_offset = 0; ///< Time into the current item of the last presented frame / tick.
    State m_state = State::Stopped;
    double m_rate = 1.0;
    bool m_muted = false;
    qint64 m_loopIn = -1;
    qint64 m_loopOut = -1;
    double m_startLatencyMs = 25.0;
    bool m_endScheduled = false;
    QVideoFrame m_frame;
    QHash<int, QString> m_runtimeErrors;
    QSet<int> m_retried; ///< Items that failed once and were loaded again.

    QTimer *m_slateTimer = nullptr;   // owned (child)
    QTimer *m_preloadTimer = nullptr; // owned (child)
    int m_preloadFor = -1;
    QTimer *m_endTimer = nullptr; // owned (child): cut or end after a short clip's hold
    QElapsedTimer m_slateClock;
    QElapsedTimer m_lastFrame;    ///< Since the active deck's last frame.
    QTimer *m_watchdog = nullptr; // owned (child)
    qint64 m_slateBaseOffset = 0;
    /// The active clip ended before its shot's slot: its last frame holds and the slate clock
    /// moves the time on to the slot's end, so sequence time stays timeline time.
    bool m_holding = false;

    bool m_reverse = false;
    double m_reverseRate = 1.0;
    qint64 m_reverseFrom = 0;         ///< Sequence time when the reverse clock started.
    qint64 m_reverseShown = -1;       ///< Sequence time of the last reverse step.
    bool m_reverseWaiting = false;    ///< A reverse step's frame is still being decoded.
    QElapsedTimer m_reverseClock;     ///< Since reverse play (re)started.
    QElapsedTimer m_reverseStepAt;    ///< Since the last reverse step's seek.
    QTimer *m_reverseTimer = nullptr; // owned (child)
};

} // namespace ShotBrief
