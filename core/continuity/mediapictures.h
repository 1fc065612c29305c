// SPDX-License-Identifier: MIT
#pragma once

#include "model/result.h"

#include <QImage>
#include <QString>

namespace ShotBrief {

/// Saves a picture the user chose (or a frame taken from a clip) as a PNG under the project's
/// media folder, in `refs/`, named after `baseName` without overwriting anything there.
/// Returns the path relative to the media folder ("refs/quay.png"), for the project file.
Result<QString> storePicture(const QString &projectPath, const QImage &image,
                             const QString &baseName);

} // namespace ShotBrief
