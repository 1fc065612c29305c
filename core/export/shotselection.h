// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"
#include "model/result.h"

#include <QString>
#include <QStringList>

namespace ShotBrief {

/// Picks the shots to export, in timeline order, as shot ids.
///
/// `range` is a comma-separated list of shots or inclusive ranges: "1-3,7,9A,12-". Each
/// endpoint is a shot label ("9A") or, when no label matches, a 1-based timeline position.
/// An open end runs to the first or last shot. An empty range means every shot.
/// `scene` (a scene id or title, case-insensitive) keeps only that scene's shots; empty
/// keeps all. Both together intersect. Unknown shots or scenes are errors, and so is a
/// selection with no shot in it.
Result<QStringList> selectShotIds(const Project &project, const QString &range,
                                  const QString &scene);

} // namespace ShotBrief
