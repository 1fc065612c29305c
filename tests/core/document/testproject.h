// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"

namespace ShotBrief::TestData {

/// A small project with every kind of content the edits touch: scenes, cast, palettes,
/// beats, dialogue and takes (one circled).
inline Project sampleProject(int shotCount = 5)
{
    Project project;
    project.title = QStringLiteral("Night Market");
    project.style.lighting = QStringLiteral("sodium vapour from above, neon fill");
    project.style.palette = {{QStringLiteral("teal"), QStringLiteral("#008080")},
                             {QStringLiteral("amber"), QStringLiteral("#ffbf00")},
                             {QStringLiteral("rust"), QStringLiteral("#b7410e")}};
    project.cast = {{QStringLiteral("c1"),
                     QStringLiteral("Mei"),
                     QStringLiteral("a woman in her thirties, short black bob, yellow raincoat"),
                     {},
                     {}}};
    project.scenes = {{QStringLiteral("s1"), QStringLiteral("EXT. MARKET - NIGHT"), {}, {}},
                      {QStringLiteral("s2"), QStringLiteral("INT. NOODLE BAR - NIGHT"), {}, {}}};
    const int durations[] = {4, 8, 12};
    for (int i = 0; i < shotCount; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i);
        shot.label = QString::number(i + 1);
        shot.sceneId = i < shotCount / 2 ? QStringLiteral("s1") : QStringLiteral("s2");
        shot.sceneProse = QStringLiteral("Rain on stalls, shot %1").arg(i + 1);
        shot.framing = Framing::Wide;
        shot.durationSeconds = durations[i % 3];
        shot.actionBeats = {QStringLiteral("Mei takes four steps"), QStringLiteral("pauses"),
                            QStringLiteral("looks up")};
        shot.dialogue = {{QStringLiteral("Mei"), QStringLiteral("Still open?")}};
        shot.castIds = {QStringLiteral("c1")};
        shot.palette = project.style.palette;
        Take take;
        take.id = QStringLiteral("take-%1-a").arg(i);
        take.status = TakeStatus::Ready;
        take.seconds = shot.durationSeconds;
        Take second = take;
        second.id = QStringLiteral("take-%1-b").arg(i);
        shot.takes = {take, second};
        if (i % 2 == 0)
            shot.circledTakeId = take.id;
        project.shots.append(shot);
    }
    return project;
}

} // namespace ShotBrief::TestData
