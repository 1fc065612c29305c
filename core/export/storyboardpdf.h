// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"
#include "exportoptions.h"

#include "model/result.h"

#include <QByteArray>

namespace ShotBrief {

/// A storyboard a producer reads without the app: options.storyboardFramesPerPage (1, 2, 4, 6
/// or 9) panels a page, portrait or landscape, each the shot's picture (circled take, else
/// board, else first frame, else slate) with its number, name and scene, length, framing ·
/// angle · movement, action beats, dialogue with speakers and notes under it, and ruled room
/// for handwritten notes down to the bottom of its cell where a picture as wide as the cell
/// leaves it (StoryboardLayout); a scene header where a scene begins (and where it continues
/// on a new page). Needs a QGuiApplication (fonts).
Result<QByteArray> exportStoryboardPdf(const ExportData &data, const ExportOptions &options,
                                       const ExportProgress &progress = {});

} // namespace ShotBrief
