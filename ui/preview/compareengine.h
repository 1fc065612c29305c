// SPDX-License-Identifier: MIT
#pragma once

#include "framealigner.h"

#include <QElapsedTimer>
#include <QList>
#include <QMediaPlayer>
#include <QObject>
#include <QStringList>
#include <QVideoFrame>

class QAudioOutput;
class QTimer;
class QVideoSink;

namespace ShotBrief {

/// Plays 2 to 4 clips in lock step: play, pause, seek and frame steps act on all of them, only
/// one is heard. Starts wait until every clip is loaded (and after a seek, until every clip
/// shows the new frame), so the players leave together.
///
/// While playing, decoded frames are not shown as they come: each deck queues them, and a
/// frame is presented only once every playing deck has decoded that clip time, so all tiles
/// change together and show the same instant even when one player (or the main thread) runs
/// late on a busy machine. The players themselves are kept within two frames of each other by
/// a synchronised re-seek; a deck that ends, fails or stalls stops holding the others.
/// Pausing lines every deck up on the presented frame. No widgets: the panel draws
/// frameChanged.
class CompareEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareEngine)

public:
    static constexpr int MaxSources = 4;
    static constexpr double FramePeriodMs = 1000.0 / 24.0;

    explicit CompareEngine(QObject *parent = nullptr);
    ~CompareEngine() override;

    /// Up to MaxSources absolute clip paths; an empty path is a deck without media.
    void setSources(const QStringList &clipPaths);
    int count() const { return int(m_decks.size()); }

    bool isPlaying() const { return m_playing; }
    qint64 position() const; ///< The leader's time in ms.
    qint64 duration() const; ///< The longest clip.
    int leader() const;      ///< The audible deck if it has media, else the first one that has.
    void setAudioSource(int index);
    int audioSource() const { return m_audioSource; }
    QVideoFrame frame(int index) const; ///< The presented frame.
    qint64 framePtsMs(int index) const; ///< Clip time of the presented frame, -1 before any.
    /// Clip time of the deck's latest decoded frame (ahead of the presented one while it waits
    /// for the other decks).
    qint64 decodedPtsMs(int index) const;
    QString error(int index) const;
    /// Spread, across the decks that are playing, of (presentation time - clip time) of the
    /// frames they present: how far apart in real time the tiles show the same clip time.
    double driftMs() const;
    /// The same spread for decoded frames as the players deliver them (before presentation
    /// holds them back): how far apart the players themselves run.
    double decodeDriftMs() const;
    /// How long the latest presented frames waited for the slowest take (the price of
    /// presenting in step), the longest of them.
    qint64 heldMs() const { return m_heldMs; }
    /// Re-seeks made to bring drifting players back together (each a short hold).
    int resyncCount() const { return m_resyncCount; }
    /// True while a start is pending or just happened (preroll repeats, not presentation).
    bool isSettling() const;

public Q_SLOTS:
    void play();
    void pause();
    void togglePlayPause();
    void seek(qint64 ms);
    void stepFrames(int frames);

Q_SIGNALS:
    void frameChanged(int index, const QVideoFrame &frame);
    void positionChanged(qint64 ms);
    void playingChanged(bool playing);
    void errorOccurred(int index, const QString &message);
    void finished();

private:
    struct Deck
    {
        QMediaPlayer *player = nullptr;
        QVideoSink *sink = nullptr;
        QAudioOutput *audio = nullptr;
        QString path;
        QString error;
        QVideoFrame frame; ///< Presented.
        qint64 presentedPtsMs = -1;
        double presentedOffsetMs = 0; ///< Presentation minus clip time of the last new frame.
        qint64 presentedAtMs = -1;
        qint64 basePtsUs = -1;
        qint64 lastPtsMs = -1;     ///< Decoded.
        double lastOffsetMs = 0;   ///< Arrival minus clip time of the last new decoded frame.
        qint64 lastArrivalMs = -1; ///< Of the last new decoded frame.
        qint64 pendingSeek = -1;
        qint64 seekTarget = 0;
        bool loaded = false;
        bool ended = false;
        bool waitingForSeek = false;
        bool seekLanded = true;
    };

    bool hasMedia(int index) const;
    bool allLoaded() const;
    void startAll();
    void seekAll(qint64 ms, bool waitForFrames);
    void onFrame(int index, const QVideoFrame &frame);
    void present(int index, const QVideoFrame &frame, qint64 ptsMs);
    void presentAll(const QList<FrameAligner::Presented> &frames);
    double spreadMs(bool presented) const;
    void onMediaStatus(int index, QMediaPlayer::MediaStatus status);
    void onError(int index, const QString &message);
    void checkDrift();
    void resync();
    void releaseAll();

    QList<Deck> m_decks;
    FrameAligner m_aligner; ///< Holds decoded frames until every deck has that time.
    qint64 m_heldMs = 0;
    QElapsedTimer m_clock;
    bool m_playing = false;
    bool m_startPending = false;
    int m_audioSource = 0;
    int m_driftStrikes = 0;
    int m_resyncCount = 0;
    qint64 m_lastResyncMs = -1;
    int m_seekRetries = 0;
    qint64 m_seekingTo = -1; ///< Target of a seek not yet shown by every deck.
    qint64 m_resumeGuardUntil = 0;
    QTimer *m_driftTimer = nullptr;  // owned (child)
    QTimer *m_seekTimeout = nullptr; // owned (child)
};

} // namespace ShotBrief
