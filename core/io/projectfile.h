// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"
#include "model/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ShotBrief {

/// A project as read from disk, with what the reader needs to know about it.
struct LoadedProject
{
    Project project;
    bool readOnly = false;   ///< The file's schema is newer than this build.
    QString readOnlyReason;  ///< Says so in words, naming both versions.
    QStringList warnings;    ///< Non-fatal problems, each naming file and field.
};

/// Reads and writes `Name.shotbrief` files (UTF-8 JSON, "schema": 1) and resolves media
/// paths inside `Name.media/`. Never throws, never crashes on bad bytes.
namespace ProjectFile {

inline constexpr qint64 MaxFileBytes = 256ll * 1024 * 1024; ///< Refused above this.

/// Parses bytes. `fileName` is only used in messages ("file:line:column: message",
/// "file: shots[3].duration: expected 4, 8 or 12, got 7").
Result<LoadedProject> parse(QByteArrayView bytes, const QString &fileName);
Result<LoadedProject> load(const QString &path);

/// Pretty-printed UTF-8 JSON with stable key order: the same project gives the same bytes.
QByteArray serialize(const Project &project);
/// Atomic (QSaveFile): a failed save leaves the previous file intact and says why.
Result<void> save(const Project &project, const QString &path);

/// "dir/Name.shotbrief" -> "dir/Name.media".
QString mediaFolderFor(const QString &projectPath);
/// Resolves a path stored in the project (relative to the media folder) to an absolute
/// path; refuses absolute paths, "..", and symlinks that lead outside the media folder.
Result<QString> resolveMediaPath(const QString &projectPath, const QString &relativePath);

} // namespace ProjectFile
} // namespace ShotBrief
