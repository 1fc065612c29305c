// SPDX-License-Identifier: MIT
#include "takestaleness.h"

#include "promptcomposer.h"

#include "model/shotname.h"

#include <QCoreApplication>

namespace ShotBrief {

namespace {

struct StaleText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::TakeStaleness)
};

/// The take a remix (or extend, edit) chain started from: its prompt and picture are what the
/// shot's brief was turned into. Stops at a missing parent and at a cycle in a hostile file.
const Take &rootTake(const Shot &shot, const Take &take)
{
    const Take *current = &take;
    for (qsizetype steps = 0; steps < shot.takes.size(); ++steps) {
        if (current->kind == TakeKind::Generate || current->parentTakeId.isEmpty())
            break;
        const Take *parent = shot.takeById(current->parentTakeId);
        if (!parent)
            break;
        current = parent;
    }
    return *current;
}

QString seconds(int value)
{
    return StaleText::tr("%1 s").arg(value);
}

} // namespace

QString TakeSourceChange::description() const
{
    switch (source) {
    case TakeSource::Prompt:
        return StaleText::tr("the prompt changed");
    case TakeSource::Model:
        return StaleText::tr("model %1, now %2").arg(was, now);
    case TakeSource::Size:
        return StaleText::tr("size %1, now %2").arg(was, now);
    case TakeSource::Length:
        return StaleText::tr("length %1, now %2").arg(was, now);
    case TakeSource::ReferenceImage:
        if (was.isEmpty())
            return StaleText::tr("a first frame was added");
        if (now.isEmpty())
            return StaleText::tr("the first frame was removed");
        return StaleText::tr("the first frame changed");
    case TakeSource::LastFrame:
        if (was.isEmpty())
            return StaleText::tr("a last frame was added");
        if (now.isEmpty())
            return StaleText::tr("the last frame was removed");
        return StaleText::tr("the last frame changed");
    case TakeSource::Chain:
        if (was.isEmpty())
            return StaleText::tr("the shot now begins on the previous shot's last frame");
        if (now.isEmpty())
            return StaleText::tr("it began on %1 of the previous shot, which is no longer "
                                 "circled")
                .arg(was);
        return StaleText::tr("it began on %1 of the previous shot; %2 is circled now")
            .arg(was, now);
    }
    return {};
}

bool TakeStaleness::changed(TakeSource source) const
{
    for (const TakeSourceChange &change : changes) {
        if (change.source == source)
            return true;
    }
    return false;
}

QString TakeStaleness::summary() const
{
    if (changes.isEmpty())
        return {};
    QStringList parts;
    for (const TakeSourceChange &change : changes)
        parts << change.description();
    return StaleText::tr("Out of date: %1.").arg(parts.join(StaleText::tr("; ")));
}

TakeStaleness takeStaleness(const Project &project, const Shot &shot, const Take &take)
{
    return takeStaleness(project, shot, take, composePrompt(project, shot));
}

TakeStaleness takeStaleness(const Project &project, const Shot &shot, const Take &take,
                            const QString &composedPrompt)
{
    TakeStaleness result;
    const Take &root = rootTake(shot, take);
    if (!root.prompt.isEmpty() && root.prompt != composedPrompt)
        result.changes.append({TakeSource::Prompt, {}, {}});
    const QString model = project.effectiveModel(shot);
    if (!take.model.isEmpty() && take.model != model)
        result.changes.append({TakeSource::Model, take.model, model});
    const QString size = project.effectiveSize(shot);
    if (!take.size.isEmpty() && take.size != size)
        result.changes.append({TakeSource::Size, take.size, size});
    if (take.seconds > 0 && take.seconds != shot.durationSeconds)
        result.changes.append(
            {TakeSource::Length, seconds(take.seconds), seconds(shot.durationSeconds)});
    // A chained take's first frame came from the previous shot's clip: what matters is that the
    // shot is still chained and that clip's take is still the circled one.
    const QString chainedFrom = chainedFromTakeId(root);
    if (!chainedFrom.isEmpty() && shot.chainPrevious) {
        const int index = project.shotIndex(shot.id);
        const Shot *previous = index > 0 ? &project.shots.at(index - 1) : nullptr;
        if (previous && previous->circledTakeId != chainedFrom) {
            const QString was = takeTitle(*previous, chainedFrom);
            result.changes.append({TakeSource::Chain,
                                   was.isEmpty() ? StaleText::tr("a take no longer there") : was,
                                   takeTitle(*previous, previous->circledTakeId)});
        }
    } else if (shot.chainPrevious && take.kind == TakeKind::Generate) {
        result.changes.append({TakeSource::Chain, {}, {}});
    } else if (root.referenceImage != shot.referenceImage) {
        result.changes.append(
            {TakeSource::ReferenceImage, root.referenceImage, shot.referenceImage});
    }
    if (root.lastFrame != shot.lastFrame)
        result.changes.append({TakeSource::LastFrame, root.lastFrame, shot.lastFrame});
    return result;
}

TakeStaleness circledTakeStaleness(const Project &project, const Shot &shot)
{
    const Take *circled = shot.circledTake();
    return circled ? takeStaleness(project, shot, *circled) : TakeStaleness();
}

} // namespace ShotBrief
