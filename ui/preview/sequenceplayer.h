// SPDX-License-Identifier: MIT
#pragma once

#include "preview/sequencetimeline.h"

#include "model/project.h"

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace ShotBrief {

class SequenceEngine;
class SequenceRuler;
class VideoCanvas;

/// The sequence player: the circled take of every shot in timeline order as one film, slates
/// where there is no playable clip, a ruler over the whole film, the current shot's prompt.
/// Keys: Space play/pause; J/K/L shuttle (J and L again go faster); Left/Right one frame;
/// Shift+Left/Right previous/next shot; Home/End; I/O set the loop range, X clears it.
class SequencePlayer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequencePlayer)

public:
    explicit SequencePlayer(QWidget *parent = nullptr);
    ~SequencePlayer() override;

    /// The project's sequence, media resolved beside `projectPath`.
    void setProject(const Project &project, const QString &projectPath);
    void setTimeline(const SequenceTimeline &timeline);

    SequenceEngine *engine() const { return m_engine; }
    VideoCanvas *canvas() const { return m_canvas; }
    SequenceRuler *ruler() const { return m_ruler; }

public Q_SLOTS:
    /// Moves the playhead to the start of the shot (for the timeline's selection).
    void seekToShot(const QString &shotId);
    void setLoopIn();
    void setLoopOut();
    void clearLoop();

Q_SIGNALS:
    void currentShotChanged(const QString &shotId);
    void positionChanged(qint64 ms); ///< Sequence time.

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onPositionChanged(qint64 ms);
    void onCurrentIndexChanged(int index);
    void updateTransport();
    void shuttle(int direction);
    void onReverseTick();

    SequenceEngine *m_engine = nullptr; // owned (child)
    VideoCanvas *m_canvas = nullptr;
    SequenceRuler *m_ruler = nullptr;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_loopButton = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_shotLabel = nullptr;
    QLabel *m_promptLabel = nullptr;
    QTimer *m_reverseTimer = nullptr; // owned (child)
    double m_reverseRate = 0;         ///< > 0 while shuttling backwards.
    qint64 m_pendingLoopIn = -1;
};

} // namespace ShotBrief
