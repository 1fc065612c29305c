// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QVideoFrame>

namespace ShotBrief {

/// Presents the frames of several players in step: each player's decoded frames wait in a
/// short queue until every player that is still moving has decoded that clip time, then all
/// of them are released together. A player that delivered nothing for `stallMs` (and has
/// nothing queued), or that ended or failed (setHolding(false)), stops holding the others.
/// No clock of its own: callers pass the time, so tests can drive it frame by frame.
class FrameAligner
{
public:
    struct Presented
    {
        int deck = -1;
        QVideoFrame frame;
        qint64 ptsMs = 0;
        qint64 heldMs = 0; ///< How long the frame waited for the other players.
    };

    FrameAligner(double framePeriodMs, int maxQueued, int stallMs);

    /// `count` players, nothing queued, all holding, none seen yet.
    void reset(int count);
    /// Drops every queued frame (a seek, a pause); presented times stay.
    void clear();
    /// Players that ended or failed no longer hold the others back.
    void setHolding(int deck, bool holding);
    /// Counts as a sign of life (a start): the player holds the others from now on.
    void markAlive(int deck, qint64 nowMs);
    /// Queues a decoded frame and returns what is presented now (possibly nothing).
    QList<Presented> push(int deck, const QVideoFrame &frame, qint64 ptsMs, qint64 nowMs);
    /// What can be presented now (after a player stopped holding).
    QList<Presented> release(qint64 nowMs);
    /// The player's newest queued frame, the rest dropped (it ended: show where it stopped).
    QList<Presented> flush(int deck);
    /// The clip time a player shows, set for frames presented without queueing.
    void setPresented(int deck, qint64 ptsMs);
    qint64 presentedPtsMs(int deck) const;
    int queued(int deck) const;

private:
    struct Decoded
    {
        QVideoFrame frame;
        qint64 ptsMs = 0;
        qint64 arrivedMs = 0;
    };
    struct Lane
    {
        QList<Decoded> queue;
        qint64 presentedPtsMs = -1;
        qint64 aliveAtMs = -1;
        bool holding = true;
    };

    bool holds(const Lane &lane, qint64 nowMs) const;

    double m_framePeriodMs;
    int m_maxQueued;
    int m_stallMs;
    QList<Lane> m_lanes;
};

} // namespace ShotBrief
