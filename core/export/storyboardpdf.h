// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"
#include "exportoptions.h"

#include "model/result.h"

#include <QByteArray>

namespace ShotBrief {

/// A storyboard: options.storyboardFramesPerPage (6 or 9) frames a page, each the shot's
/// picture or slate with its number, label, duration and a short caption (the action beats,
/// else the scene prose) under it. Needs a QGuiApplication (fonts).
Result<QByteArray> exportStoryboardPdf(const ExportData &data, const ExportOptions &options,
                                       const ExportProgress &progress = {});

} // namespace ShotBrief
