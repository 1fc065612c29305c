// SPDX-License-Identifier: MIT
#pragma once

#include "model/board.h"
#include "model/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// The layered file of a board (`Name.media/boards/<name>.sbboard`, JSON, FORMAT.md) and the
/// names of the files a board is saved under. A changed board is saved under a name made from
/// its content, so saving never overwrites a file an older project file still names.
namespace BoardFile {

inline constexpr int FormatVersion = 1;
inline constexpr qint64 MaxFileBytes = 32ll * 1024 * 1024; ///< Refused above this.
inline constexpr int MaxCanvasSide = 8192;
inline constexpr qsizetype MaxPoints = 4'000'000; ///< Over all strokes of one board.
inline constexpr QLatin1String Folder("boards");
inline constexpr QLatin1String Suffix(".sbboard");

/// The board's content as the file holds it; the same board always gives the same bytes.
QByteArray serialize(const Board &board);
/// Reads a board file. `fileName` is used in messages ("file:line:column: ...",
/// "file: sketch.strokes[2].points: ..."). The result has no `file` set.
Result<Board> parse(QByteArrayView bytes, const QString &fileName);
/// parse() of a file on disk, refusing files over MaxFileBytes before reading them.
Result<Board> read(const QString &absolutePath);

/// "boards/<content hash>.sbboard": where the board's content is saved. `board.file` when the
/// board is unchanged since it was read.
QString fileNameFor(const Board &board);
/// The flattened picture beside a layered file: "boards/x.sbboard" -> "boards/x.png".
QString imageNameFor(const QString &boardFile);
/// The media files a board names: its layered file (fileNameFor()), the flattened picture
/// beside it and its reference picture. None for a board without content, file or picture.
QStringList mediaFilesOf(const Board &board);

} // namespace BoardFile
} // namespace ShotBrief
