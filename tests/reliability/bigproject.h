// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"

namespace ShotBrief::Reliability {

/// A large, deterministic project (about a megabyte on disk) in two versions that differ
/// in every shot, so that a torn or mixed file can never pass for either of them.
inline Project bigProject(char version, int shotCount = 400)
{
    Project project;
    project.title = QStringLiteral("Kill test %1").arg(QLatin1Char(version));
    project.style.lighting = QStringLiteral("sodium vapour from above, neon fill");
    project.style.palette = {{QStringLiteral("teal"), QStringLiteral("#008080")},
                             {QStringLiteral("amber"), QStringLiteral("#ffbf00")}};
    project.scenes = {{QStringLiteral("s1"), QStringLiteral("EXT. MARKET - NIGHT"), {}, {}}};
    for (int i = 0; i < shotCount; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i, 4, 10, QLatin1Char('0'));
        shot.label = QStringLiteral("%1%2").arg(i + 1).arg(QLatin1Char(version));
        shot.sceneId = QStringLiteral("s1");
        shot.sceneProse = QStringLiteral("Version %1, shot %2: rain drums on the tarpaulins of "
                                         "the night market while steam rises from the stalls "
                                         "and a crowd drifts past under paper lanterns.")
                              .arg(QLatin1Char(version))
                              .arg(i);
        shot.durationSeconds = version == 'A' ? 4 : 8;
        shot.actionBeats = {QStringLiteral("she takes four steps (%1)").arg(QLatin1Char(version)),
                            QStringLiteral("pauses at the noodle stall"),
                            QStringLiteral("looks up into the rain")};
        shot.notes = QString(200, QLatin1Char(version));
        project.shots.append(shot);
    }
    return project;
}

} // namespace ShotBrief::Reliability
