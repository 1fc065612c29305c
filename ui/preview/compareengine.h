// SPDX-License-Identifier: MIT
#pragma once

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
/// shows the new frame), so the players leave together; pausing lines the followers up on the
/// frame of the leader; while playing, a deck that drifts more than a frame from the leader
/// is brought back with a synchronised re-seek. No widgets: the panel draws frameChanged.
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
    QVideoFrame frame(int index) const;
    qint64 framePtsMs(int index) const; ///< Clip time of the deck's last frame, -1 before any.
    QString error(int index) const;
    /// Spread, across the decks that are playing, of (arrival time - clip time) of their latest
    /// frames: how far apart in real time the decks present the same clip time.
    double driftMs() const;
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
        QVideoFrame frame;
        qint64 basePtsUs = -1;
        qint64 lastPtsMs = -1;
        double lastOffsetMs = 0; ///< Arrival minus clip time of the last new frame.
        qint64 lastArrivalMs = -1;
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
    void onMediaStatus(int index, QMediaPlayer::MediaStatus status);
    void onError(int index, const QString &message);
    void checkDrift();
    void releaseAll();

    QList<Deck> m_decks;
    QElapsedTimer m_clock;
    bool m_playing = false;
    bool m_startPending = false;
    int m_audioSource = 0;
    int m_driftStrikes = 0;
    int m_seekRetries = 0;
    qint64 m_seekingTo = -1; ///< Target of a seek not yet shown by every deck.
    qint64 m_resumeGuardUntil = 0;
    QTimer *m_driftTimer = nullptr;  // owned (child)
    QTimer *m_seekTimeout = nullptr; // owned (child)
};

} // namespace ShotBrief
