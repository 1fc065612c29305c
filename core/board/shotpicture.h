// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace ShotBrief {

/// A shot's picture wherever one is shown (timeline, board grid, viewer, storyboard PDF,
/// animatic): the circled take's frame, else its board, else its first frame (the reference
/// image), else none (the caller draws its slate).
struct ShotPicture
{
    enum class Source { Take, Board, FirstFrame, Slate };
    Source source = Source::Slate;
    /// Absolute path of the file to decode: the take's thumbnail, the board's flattened PNG
    /// when it is on disk and current, the first frame. Empty for a board drawn from memory.
    QString path;
    Board board;           ///< Source::Board: what to draw when `path` is empty.
    QString referencePath; ///< Absolute path of the board's reference picture, if any.
    /// What the picture shows (the file and its time, or the board's content): a cache keyed on
    /// it keeps a picture until it changes.
    QString key;

    bool isSlate() const { return source == Source::Slate; }
};

/// Works out a shot's picture; reads only file metadata. Media paths resolve inside the
/// media folder of `projectPath` (ProjectFile::resolveMediaPath); a project without a file
/// has only boards in memory.
ShotPicture shotPicture(const Project &project, const QString &projectPath, const Shot &shot);

/// Decodes or draws the picture to fit inside `bounds` (its aspect kept; decoded at that size,
/// so a large file costs little). Null for a slate or a file that cannot be read.
QImage loadShotPicture(const ShotPicture &picture, const QSize &bounds);

/// The reference picture of a board, decoded to fit `bounds` (an empty size: as it is).
/// Null when there is none, it leads outside the media folder, cannot be read or is larger
/// than 50 megapixels.
QImage loadBoardReference(const QString &absolutePath, const QSize &bounds = {});

/// The board drawn to fit `bounds`, with its reference picture (from `referencePath`).
QImage renderBoardPicture(const Board &board, const QString &referencePath, const QSize &bounds,
                          bool annotations = true);

} // namespace ShotBrief
