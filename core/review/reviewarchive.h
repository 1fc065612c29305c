// SPDX-License-Identifier: MIT
#pragma once

#include "model/result.h"

#include <QString>

#include <functional>

namespace ShotBrief {

/// Zips the folder `folder` into `zipPath` (libzip: ZIP64 when needed, UTF-8 names), with the
/// folder itself as the archive's one top-level entry, so that unpacking gives one folder.
/// Clips and pictures are stored as they are (they are compressed already), text is deflated.
/// Atomic: written beside `zipPath` and renamed over it only when complete, so a failure or a
/// cancel leaves any earlier file untouched. `progress` gets 0..1 and may return false to
/// cancel.
Result<void> zipFolder(const QString &folder, const QString &zipPath,
                       const std::function<bool(double)> &progress = {});

} // namespace ShotBrief
