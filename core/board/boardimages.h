// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"
#include "model/result.h"

#include <QSize>
#include <QString>

namespace ShotBrief {

/// The pictures made from boards in the media folder: the flattened PNG beside each layered
/// file (for other tools, and so that pictures need not be drawn again), and a board turned
/// into a shot's first frame. Written atomically (QSaveFile) inside the media folder.
namespace BoardImages {

/// Writes the flattened PNG of every board that has content and none yet, at the board's
/// canvas size: "boards/x.sbboard" gets "boards/x.png". Needs a QGuiApplication for notes.
Result<void> writeFlattened(const Project &project, const QString &projectPath);

/// The shot's board at `size` without arrows and notes (those are for the crew, not for a
/// video model), saved as "refs/board-<content>-<w>x<h>.png". Returns that media path.
Result<QString> writeFirstFrame(const Shot &shot, const QSize &size, const QString &projectPath);

} // namespace BoardImages
} // namespace ShotBrief
