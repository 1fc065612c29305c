// SPDX-License-Identifier: MIT
#pragma once

// What the conform harnesses (and their replay in tst_fuzzregressions) do with a cut a reader
// accepted: plan it against a small project whose ids the seeds use, without a media folder.

#include "conform/conformplan.h"

namespace ShotBrief::Fuzz {

inline Project smallConformProject()
{
    Project project;
    // The ids the seeds (tests/core/conform/data) name.
    for (int i = 1; i <= 3; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i, 3, 10, QLatin1Char('0'));
        shot.label = QStringLiteral("%1A").arg(i);
        shot.durationSeconds = 4;
        Take take;
        take.id = QStringLiteral("take-%1").arg(QChar(u'a' + i - 1));
        take.status = TakeStatus::Ready;
        take.seconds = 4;
        take.clipPath = QStringLiteral("clips/%1.mp4").arg(take.id);
        shot.takes.append(take);
        shot.circledTakeId = take.id;
        project.shots.append(shot);
    }
    return project;
}

inline void planOnSmallProject(const EditedCut &cut)
{
    static const Project project = smallConformProject();
    for (const bool fit : {false, true}) {
        ConformOptions options;
        options.fitLengthToCut = fit;
        (void)planConform(project, QString(), cut, options);
    }
}

} // namespace ShotBrief::Fuzz
