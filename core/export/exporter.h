// SPDX-License-Identifier: MIT
#pragma once

#include "exportoptions.h"

#include "model/project.h"
#include "model/result.h"
#include "prompt/costestimate.h"

#include <QByteArray>
#include <QString>

namespace ShotBrief {

/// Exports `project` (saved at `projectPath`, used to find its media folder; may be empty
/// for an unsaved project, which then has no pictures or clips) in options.format.
/// Prices come from `prices`. Returns the bytes of the file; fails when canceled through
/// `progress` or when a PDF is asked for without a QGuiApplication.
Result<QByteArray> exportToBytes(const Project &project, const QString &projectPath,
                                 const ExportOptions &options, const PriceTable &prices,
                                 const ExportProgress &progress = {});
/// The same with the built-in price table.
Result<QByteArray> exportToBytes(const Project &project, const QString &projectPath,
                                 const ExportOptions &options, const ExportProgress &progress = {});

/// Exports into `outputPath` atomically: on any failure or cancel the previous file (or
/// no file) is left as it was.
Result<void> exportToFile(const Project &project, const QString &projectPath,
                          const QString &outputPath, const ExportOptions &options,
                          const ExportProgress &progress = {});

/// QSaveFile: all or nothing.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace ShotBrief
