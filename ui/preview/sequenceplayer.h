// SPDX-License-Identifier: MIT
#pragma once

#include "preview/sequencetimeline.h"

#include "model/project.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace ShotBrief {

class SequenceEngine;
class SequenceRuler;
class VideoCanvas;

/// The sequence player: the circled take of every shot in timeline order as one film, slates
/// where there is no playable clip, a ruler over the whole film, the current shot's prompt.
/// Keys as in editors: Space play/pause; L plays forward at 1x, again 2x, 4x; J plays backwards
/// the same way; K pauses, and with K held J/L step one frame; Left/Right one frame;
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
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    void onPositionChanged(qint64 ms);
    void onCurrentIndexChanged(int index);
    void updateTransport();
    void shuttle(int direction);

    SequenceEngine *m_engine = nullptr; // owned (child)
    VideoCanvas *m_canvas = nullptr;
    SequenceRuler *m_ruler = nullptr;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_loopButton = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_shotLabel = nullptr;
    QPlainTextEdit *m_promptView = nullptr;
    qint64 m_pendingLoopIn = -1;
    bool m_holdingK = false; ///< K is down: J and L step frames.
};

} // namespace ShotBrief
