// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"

#include <QList>
#include <QString>

namespace ShotBrief {

/// What a take is made from, each part of which the shot may since have changed.
enum class TakeSource {
    Prompt,
    Model,
    Size,
    Length,
    ReferenceImage, ///< The first frame.
    LastFrame,
    /// A chained shot's first frame: the take began on a take of the previous shot that is no
    /// longer circled (`was`, `now`: "Take 1", "Take 2"), or the shot is chained now and the
    /// take was not (both empty).
    Chain
};

/// One part of a take's source that the shot no longer asks for.
struct TakeSourceChange
{
    TakeSource source = TakeSource::Prompt;
    QString was; ///< What the take was made with ("12 s", "sora-2"); empty for the prompt.
    QString now; ///< What the shot asks for now; empty when it asks for nothing (no image).

    /// "length 12 s, now 6 s", translated.
    QString description() const;

    bool operator==(const TakeSourceChange &) const = default;
};

/// A take compared with its shot as it is now: out of date when the shot no longer matches
/// the prompt, model, size, length, first or last frame the take was made with, or, for a
/// chained shot, when another take of the previous shot was circled since. A remix (or
/// another take made from a parent) is judged by the prompt and picture of the take it
/// started from, and by its own model, size and length. A part the take did not record (an
/// empty prompt or model in an old file) is not compared.
struct TakeStaleness
{
    QList<TakeSourceChange> changes; ///< In the order of TakeSource.

    bool isOutOfDate() const { return !changes.isEmpty(); }
    bool changed(TakeSource source) const;
    /// "Out of date: length 12 s, now 6 s; the prompt changed." Empty when current.
    QString summary() const;

    bool operator==(const TakeStaleness &) const = default;
};

TakeStaleness takeStaleness(const Project &project, const Shot &shot, const Take &take);
/// As above with the shot's prompt composed once by the caller (composePrompt(project, shot)),
/// for views that judge every take of a shot.
TakeStaleness takeStaleness(const Project &project, const Shot &shot, const Take &take,
                            const QString &composedPrompt);

/// The circled take of a shot judged against it; a default (current) value when nothing is
/// circled.
TakeStaleness circledTakeStaleness(const Project &project, const Shot &shot);

} // namespace ShotBrief
