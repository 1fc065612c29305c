// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>

#include <functional>

namespace ShotBrief {

/// Reads the pixel size of images stored in a project's media folder (paths relative to it),
/// for the linter's reference-image rule (prompt/linter.h, ImageSizeProvider). Only the
/// image header is read, so a decompression bomb costs nothing; a path outside the media
/// folder, a missing file or a non-image gives an invalid QSize. Empty function for a project
/// that has no file yet (nothing to resolve against).
std::function<QSize(const QString &relativePath)> mediaImageSizes(const QString &projectPath);

} // namespace ShotBrief
