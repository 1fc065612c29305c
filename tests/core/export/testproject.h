// SPDX-License-Identifier: MIT
#pragma once

// A project built in code for the export tests: Latin, Chinese and Japanese text, quotes,
// commas and line breaks in every field a format must escape, a long prompt, and optionally
// real clips made with ffmpeg as circled takes.

#include "model/project.h"

#include <QString>

namespace ShotBrief::TestProject {

/// `shotCount` shots; shot 2 (index 1) is Chinese, shot 3 Japanese, shot 4 has a very long
/// scene (its prompt spans pages); shots cycle through 4, 8 and 4 seconds.
Project make(int shotCount = 5);

/// Writes `project` beside `dir` as "dir/Test.shotbrief" with a media folder and makes real
/// 160x90 24 fps mp4 clips (ffmpeg lavfi testsrc) for the shots in `withClips` (indexes),
/// each circled and ready; returns the project path, or empty when ffmpeg failed.
QString attachClips(Project &project, const QString &dir, const QList<int> &withClips);

/// Renders an MLT file with melt to a small H.264 video without sound, never dropping frames;
/// melt's exit code (its log in `log`).
int renderMlt(const QString &mlt, const QString &video, QByteArray *log = nullptr);
/// The video frames ffprobe decodes in `video`; -1 when it cannot tell.
qint64 countVideoFrames(const QString &video);

/// Runs a program, returns its exit code (-1 when it cannot start); output in `out`.
int run(const QString &program, const QStringList &arguments, QByteArray *out = nullptr,
        int timeoutMs = 120000);

} // namespace ShotBrief::TestProject
