// SPDX-License-Identifier: MIT
#include "framealigner.h"

#include <algorithm>

namespace ShotBrief {

FrameAligner::FrameAligner(double framePeriodMs, int maxQueued, int stallMs)
    : m_framePeriodMs(framePeriodMs)
    , m_maxQueued(std::max(1, maxQueued))
    , m_stallMs(stallMs)
{}

void FrameAligner::reset(int count)
{
    m_lanes = QList<Lane>(std::max(0, count));
}

void FrameAligner::clear()
{
    for (Lane &lane : m_lanes)
        lane.queue.clear();
}

void FrameAligner::setHolding(int deck, bool holding)
{
    if (deck < 0 || deck >= m_lanes.size())
        return;
    m_lanes[deck].holding = holding;
    if (!holding)
        m_lanes[deck].queue.clear();
}

void FrameAligner::markAlive(int deck, qint64 nowMs)
{
    if (deck >= 0 && deck < m_lanes.size())
        m_lanes[deck].aliveAtMs = nowMs;
}

void FrameAligner::setPresented(int deck, qint64 ptsMs)
{
    if (deck >= 0 && deck < m_lanes.size())
        m_lanes[deck].presentedPtsMs = ptsMs;
}

qint64 FrameAligner::presentedPtsMs(int deck) const
{
    return deck >= 0 && deck < m_lanes.size() ? m_lanes.at(deck).presentedPtsMs : -1;
}

int FrameAligner::queued(int deck) const
{
    return deck >= 0 && deck < m_lanes.size() ? int(m_lanes.at(deck).queue.size()) : 0;
}

bool FrameAligner::holds(const Lane &lane, qint64 nowMs) const
{
    return lane.holding &&
           (!lane.queue.isEmpty() || (lane.aliveAtMs >= 0 && nowMs - lane.aliveAtMs <= m_stallMs));
}

QList<FrameAligner::Presented> FrameAligner::push(int deck, const QVideoFrame &frame, qint64 ptsMs,
                                                  qint64 nowMs)
{
    if (deck < 0 || deck >= m_lanes.size())
        return {};
    Lane &lane = m_lanes[deck];
    lane.aliveAtMs = nowMs;
    if (!lane.holding) {
        lane.presentedPtsMs = ptsMs;
        return {{deck, frame, ptsMs, 0}};
    }
    lane.queue.append({frame, ptsMs, nowMs});
    // A player this far ahead is re-seeked by the engine; meanwhile its oldest frames go.
    while (lane.queue.size() > m_maxQueued)
        lane.queue.removeFirst();
    return release(nowMs);
}

QList<FrameAligner::Presented> FrameAligner::release(qint64 nowMs)
{
    // The newest clip time that every player still moving can show...
    qint64 until = -1;
    bool bounded = false;
    for (const Lane &lane : std::as_const(m_lanes)) {
        if (!holds(lane, nowMs))
            continue;
        const qint64 newest = lane.queue.isEmpty() ? lane.presentedPtsMs : lane.queue.last().ptsMs;
        until = bounded ? std::min(until, newest) : newest;
        bounded = true;
    }
    if (bounded && until < 0)
        return {}; // a player has shown nothing yet
    // ... is what all of them show now; the half frame absorbs clips whose frame times are
    // rounded differently.
    QList<Presented> out;
    for (int i = 0; i < m_lanes.size(); ++i) {
        Lane &lane = m_lanes[i];
        qsizetype pick = -1;
        for (qsizetype k = 0; k < lane.queue.size(); ++k) {
            if (!bounded || double(lane.queue.at(k).ptsMs) <= double(until) + m_framePeriodMs / 2)
                pick = k;
        }
        if (pick < 0)
            continue;
        const Decoded shown = lane.queue.at(pick);
        lane.queue.remove(0, pick + 1);
        lane.presentedPtsMs = shown.ptsMs;
        out.append({i, shown.frame, shown.ptsMs, nowMs - shown.arrivedMs});
    }
    return out;
}

QList<FrameAligner::Presented> FrameAligner::flush(int deck)
{
    if (deck < 0 || deck >= m_lanes.size() || m_lanes.at(deck).queue.isEmpty())
        return {};
    Lane &lane = m_lanes[deck];
    const Decoded last = lane.queue.last();
    lane.queue.clear();
    lane.presentedPtsMs = last.ptsMs;
    return {{deck, last.frame, last.ptsMs, 0}};
}

} // namespace ShotBrief
