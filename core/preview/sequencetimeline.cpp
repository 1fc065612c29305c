// SPDX-License-Identifier: MIT
#include "sequencetimeline.h"

#include "model/shotname.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct SequenceTimelineText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::SequenceTimeline)
};

} // namespace

SequenceTimeline::SequenceTimeline(QList<SequenceItem> items)
    : m_items(std::move(items))
{
    m_starts.reserve(m_items.size());
    for (const SequenceItem &item : std::as_const(m_items)) {
        m_starts.append(m_total);
        m_total += std::max<qint64>(0, item.durationMs);
    }
}

SequenceTimeline SequenceTimeline::fromProject(const Project &project,
                                               const ClipResolver &resolveClip,
                                               const PromptFunction &prompt)
{
    QList<SequenceItem> items;
    items.reserve(project.shots.size());
    for (int index = 0; index < project.shots.size(); ++index) {
        const Shot &shot = project.shots.at(index);
        if (shot.cut)
            continue; // cut from the edit: not in the film until restored
        SequenceItem item;
        item.shotId = shot.id;
        item.label = shotName(project, index);
        item.prompt = prompt ? prompt(shot) : QString();
        item.palette = shot.palette.isEmpty() ? project.style.palette : shot.palette;
        item.durationMs = shot.playLengthMs();
        for (const DialogueLine &line : shot.dialogue) {
            if (line.line.trimmed().isEmpty())
                continue;
            item.dialogue.append(line.speaker.trimmed().isEmpty()
                                     ? line.line.simplified()
                                     : line.speaker.trimmed().toUpper() + QStringLiteral(": ") +
                                           line.line.simplified());
        }
        if (const Take *take = shot.circledTake()) {
            item.takeId = take->id;
            if (take->clipPath.isEmpty()) {
                if (take->status != TakeStatus::Ready)
                    item.error = SequenceTimelineText::tr("Circled take is %1")
                                     .arg(takeStatusName(take->status));
                else
                    item.error = SequenceTimelineText::tr("Circled take has no clip");
            } else if (!resolveClip) {
                item.error = SequenceTimelineText::tr("No media folder");
            } else {
                const Result<QString> path = resolveClip(take->clipPath);
                if (!path)
                    item.error = path.error().message;
                else if (!QFileInfo(*path).isFile())
                    item.error = SequenceTimelineText::tr("Clip not found: %1").arg(take->clipPath);
                else
                    item.clipPath = *path;
                if (!item.clipPath.isEmpty() && take->isTrimmed())
                    item.clipInMs = take->inMs;
            }
        }
        items.append(item);
    }
    return SequenceTimeline(std::move(items));
}

int SequenceTimeline::indexOfShot(const QString &shotId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).shotId == shotId)
            return i;
    }
    return -1;
}

qint64 SequenceTimeline::startMs(int index) const
{
    if (index < 0 || index >= m_starts.size())
        return index < 0 ? 0 : m_total;
    return m_starts.at(index);
}

qint64 SequenceTimeline::endMs(int index) const
{
    if (index < 0 || index >= m_items.size())
        return index < 0 ? 0 : m_total;
    return m_starts.at(index) + std::max<qint64>(0, m_items.at(index).durationMs);
}

SequencePosition SequenceTimeline::locate(qint64 sequenceMs) const
{
    if (m_items.isEmpty())
        return {};
    const qint64 t = std::clamp<qint64>(sequenceMs, 0, m_total);
    // The last start <= t whose item has a length, so zero-length items are skipped.
    auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), t);
    int index = int(it - m_starts.cbegin()) - 1;
    while (index > 0 && m_items.at(index).durationMs <= 0)
        --index;
    index = std::max(index, 0);
    if (t >= m_total) {
        index = int(m_items.size()) - 1;
        while (index > 0 && m_items.at(index).durationMs <= 0)
            --index;
    }
    return {index, t - m_starts.at(index)};
}

qint64 SequenceTimeline::toSequenceMs(int index, qint64 offsetMs) const
{
    if (index < 0 || index >= m_items.size())
        return index < 0 ? 0 : m_total;
    return m_starts.at(index) + std::clamp<qint64>(offsetMs, 0, m_items.at(index).durationMs);
}

double planSecondsAt(const Project &project, const SequenceTimeline &timeline, qint64 sequenceMs)
{
    const SequencePosition position = timeline.locate(sequenceMs);
    if (position.index < 0)
        return 0.0;
    const SequenceItem &item = timeline.at(position.index);
    double start = 0.0;
    for (const Shot &shot : project.shots) {
        if (shot.id == item.shotId) {
            const double fraction =
                item.durationMs > 0 ? double(position.offsetMs) / double(item.durationMs) : 0.0;
            return start + fraction * shot.durationSeconds;
        }
        start += shot.durationSeconds;
    }
    return double(sequenceMs) / 1000.0; // the project changed under the player
}

QString promptExcerpt(const QString &prompt, int maxChars)
{
    const QString simplified = prompt.simplified();
    if (simplified.size() <= maxChars)
        return simplified;
    qsizetype cut = simplified.lastIndexOf(QLatin1Char(' '), maxChars - 1);
    if (cut < maxChars / 2)
        cut = maxChars - 1;
    return simplified.left(cut) + QChar(0x2026);
}

} // namespace ShotBrief
