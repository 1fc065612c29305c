// SPDX-License-Identifier: MIT
#pragma once

#include "project.h"

#include <QString>

namespace ShotBrief {

/// The one numbering rule of the application, used by the timeline, the slates, the exports,
/// the status bar and the command line alike: a shot is called by its label ("3A",
/// "Establishing"), and a shot without a label by its 1-based position in the timeline, which
/// follows every reorder. New shots get no label, so a number shown for them is never stale.
QString shotName(const QString &label, int index);
QString shotName(const Project &project, int index);
/// As above by id; empty when the shot does not exist.
QString shotName(const Project &project, const QString &shotId);

/// True when a shot name is a number, with or without a letter ("12", "3A"): it reads as
/// "Shot 12"; a name in words ("Establishing") does not.
bool isShotNumber(const QString &name);
/// How a person names a shot in a sentence, translated: "Shot 12A" for a label that starts
/// with a number, the label in quotes for one in words ("“Establishing”"), "Shot 3" (its
/// position; `index` is 0-based) when the label is empty.
QString shotTitle(const QString &label, int index);
QString shotTitle(const Project &project, int index);
QString shotTitle(const Project &project, const QString &shotId);
/// What a slate shows: "SHOT 3A" for a numbered shot, the name alone otherwise ("SHOT" only
/// ever stands before a number).
QString slateTitle(const QString &name);

/// A slate title fitted for renderers that cannot measure text (ffmpeg's drawtext): wrapped at
/// spaces into at most `maxLines` lines of about `columns` average characters (a CJK character
/// counts as two), the last one cut with an ellipsis when the title is longer.
QString fitSlateTitle(const QString &title, double columns, int maxLines = 2);

/// A take is called by its 1-based position among its shot's takes: "Take 3"; ids stay in
/// tooltips and JSON. Empty when the take is not in the shot.
QString takeTitle(const Shot &shot, const QString &takeId);

} // namespace ShotBrief
