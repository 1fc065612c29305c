// SPDX-License-Identifier: MIT
#pragma once

#include "sequenceitem.h"

#include "model/project.h"
#include "model/result.h"

#include <QList>

#include <functional>

namespace ShotBrief {

/// Where a sequence time falls: which item, and how far into it.
struct SequencePosition
{
    int index = -1;      ///< -1 for an empty sequence.
    qint64 offsetMs = 0; ///< Time into the item, 0 <= offsetMs < durationMs (or == at the end).

    bool operator==(const SequencePosition &) const = default;
};

/// The sequence as one film: items in order, each starting where the previous one ends.
/// Pure value type; the player, the ruler and the animatic share its arithmetic.
class SequenceTimeline
{
public:
    /// Resolves a take's clipPath (relative to the media folder) to an absolute path.
    using ClipResolver = std::function<Result<QString>(const QString &relativePath)>;
    /// Gives the prompt shown for a shot.
    using PromptFunction = std::function<QString(const Shot &shot)>;

    SequenceTimeline() = default;
    explicit SequenceTimeline(QList<SequenceItem> items);

    /// Builds the items of `project`: each shot's circled take when it is ready and its clip
    /// resolves and exists; otherwise a slate with the reason in `error`.
    static SequenceTimeline fromProject(const Project &project, const ClipResolver &resolveClip,
                                        const PromptFunction &prompt);

    const QList<SequenceItem> &items() const { return m_items; }
    int count() const { return int(m_items.size()); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const SequenceItem &at(int index) const { return m_items.at(index); }
    int indexOfShot(const QString &shotId) const; ///< -1 when absent.

    qint64 totalMs() const { return m_total; }
    qint64 startMs(int index) const; ///< Sequence time where item `index` starts.
    qint64 endMs(int index) const;

    /// Clamps `sequenceMs` to [0, total] and finds the item; the very end maps to the last
    /// item at its full duration.
    SequencePosition locate(qint64 sequenceMs) const;
    qint64 toSequenceMs(int index, qint64 offsetMs) const;

private:
    QList<SequenceItem> m_items;
    QList<qint64> m_starts;
    qint64 m_total = 0;
};

/// Where sequence time `sequenceMs` falls on the plan's timeline, in seconds: the timeline
/// draws every shot at its duration, cut shots included, while the sequence plays the used
/// part of trimmed takes and leaves cut shots out. Within a shot the time is scaled, so the
/// playhead crosses its clip as the shot plays.
double planSecondsAt(const Project &project, const SequenceTimeline &timeline, qint64 sequenceMs);

/// The first words of a prompt, cut at a word boundary with an ellipsis; for slates.
QString promptExcerpt(const QString &prompt, int maxChars = 160);

} // namespace ShotBrief
