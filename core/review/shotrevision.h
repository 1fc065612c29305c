// SPDX-License-Identifier: MIT
#pragma once

#include "model/shot.h"

#include <QString>
#include <QStringList>

namespace ShotBrief {

/// A fingerprint of the plan a reviewer judged in a review package: the shot's brief (scene,
/// length, camera, look, palette, action, dialogue, cast, model, size, reference image) and
/// the takes shown (`shownTakeIds`, in the package's order). Feedback about a shot whose
/// revision has changed since the package was made is not applied unless asked for.
/// Computed from an explicit list of fields, so that a later version adding a file key does
/// not make every older package look out of date. 16 hexadecimal digits.
QString shotRevision(const Shot &shot, const QStringList &shownTakeIds);

} // namespace ShotBrief
