// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"
#include "exportoptions.h"

#include "model/result.h"

#include <QByteArray>

namespace ShotBrief {

/// The prompt sheet as PDF bytes: a title page (project, date, shot count, duration, cost
/// estimate, style bible, cast), then each shot from a new page with its picture (circled
/// take thumbnail, reference image or a drawn slate), camera, light, palette swatches,
/// beats, dialogue, the full composed prompt, lint findings, circled take and cost.
/// Needs a QGuiApplication (fonts). Fails only when canceled through `progress`.
Result<QByteArray> exportPromptSheetPdf(const ExportData &data, const ExportOptions &options,
                                        const ExportProgress &progress = {});

/// "1 min 32 s", "45 s".
QString formatDuration(int seconds);
/// "$1.20"
QString formatUsd(double usd);

} // namespace ShotBrief
