// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"

#include <QByteArray>

namespace ShotBrief {

/// The project as pretty-printed JSON in the documented key order (FORMAT.md). Internal to
/// core/io; ProjectFile::serialize() is the public door.
QByteArray writeProject(const Project &project);

} // namespace ShotBrief
