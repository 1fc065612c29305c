// SPDX-License-Identifier: MIT
#pragma once

// A small project for the review package tests, saved with real clips: shot 1 has one circled
// take, shot 2 two ready takes (the second circled), shot 3 none (a slate). Text a page must
// never run: a label, a note and a dialogue line holding markup and "</script>".

#include "model/project.h"

#include <QString>

namespace ShotBrief::ReviewTest {

/// The hostile text put into shot 3's notes.
inline constexpr char HostileNote[] =
    "</script><script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> & <b>bold</b>";

/// Builds the project in `dir` ("dir/Review Test.shotbrief" and its media folder) with clips of
/// `clipSeconds` seconds (ffmpeg); returns the project path, or empty when ffmpeg failed.
QString makeProject(const QString &dir, Project *project, int clipSeconds = 1);

} // namespace ShotBrief::ReviewTest
