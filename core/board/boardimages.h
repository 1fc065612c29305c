// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"
#include "model/result.h"

#include <QSize>
#include <QString>

namespace ShotBrief {

struct ShotPicture;

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

/// Stores a picture imported onto a board (a file, the clipboard, a drop, a take's frame) as
/// "boards/ref-<content>.png", scaled down to 3840 pixels on its long side. Returns that
/// media path. Refuses pictures over 50 megapixels and projects without a file.
Result<QString> storeReference(const QImage &image, const QString &projectPath);

/// A file holding the picture: its own file when it has one, else (a board drawn since the
/// last save) the board drawn at its canvas size into the user's cache folder, named after
/// its content so it is drawn once. Empty for a slate or when it cannot be written.
QString pictureFile(const ShotPicture &picture);

/// Pixels a picture may have to be used on a board (the same limit as a first frame).
inline constexpr qint64 MaxPicturePixels = 50'000'000;

} // namespace BoardImages
} // namespace ShotBrief
