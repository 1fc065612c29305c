// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"
#include "model/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>
#include <QString>

namespace ShotBrief {

/// A project as read from disk, with what the reader needs to know about it.
struct LoadedProject
{
    Project project;
    bool readOnly = false;  ///< The file's schema is newer than this build.
    QString readOnlyReason; ///< Says so in words, naming both versions.
    QStringList warnings;   ///< Non-fatal problems, each naming file and field.
};

/// Reads and writes `Name.shotbrief` files (UTF-8 JSON, "schema": 1) and resolves media
/// paths inside `Name.media/`. Never throws, never crashes on bad bytes. The format, its key
/// order and what loading refuses are described in core/io/FORMAT.md.
namespace ProjectFile {

inline constexpr qint64 MaxFileBytes = 256ll * 1024 * 1024; ///< Refused above this.
/// Deepest nesting of arrays and objects accepted, checked before parsing so that no
/// recursion anywhere can run out of stack.
inline constexpr int MaxNestingDepth = 64;
/// Longest single string (in bytes, as written in the file) accepted.
inline constexpr qint64 MaxStringBytes = 1024ll * 1024;

/// Parses bytes. `fileName` is only used in messages ("file:line:column: message",
/// "file: shots[3].duration: expected 4, 8 or 12, got 7"). Runs validateProject(): problems
/// that make the project unsafe to use are the Error (all of them listed, one per line),
/// soft ones (an unknown model, an empty dialogue line) become warnings. Checks media paths
/// lexically (see mediaPathProblem()).
Result<LoadedProject> parse(QByteArrayView bytes, const QString &fileName);
/// parse() on the file's bytes, plus the on-disk half of the media rule: symlinks that lead
/// out of the media folder are refused, naming the field.
Result<LoadedProject> load(const QString &path);

/// Pretty-printed UTF-8 JSON with stable key order: the same project gives the same bytes.
QByteArray serialize(const Project &project);
/// Atomic (QSaveFile): a failed save leaves the previous file intact and says why. Refuses a
/// project whose schema is newer than this build (it was opened read-only).
Result<void> save(const Project &project, const QString &path);

/// "dir/Name.shotbrief" -> "dir/Name.media" (also for "dir/Name.shotbrief.autosave").
QString mediaFolderFor(const QString &projectPath);
/// "dir/Name.shotbrief" -> "dir/Name.shotbrief.autosave", where the editor autosaves.
QString autosavePathFor(const QString &projectPath);
/// The lexical half of the media path rule, usable without a file system: refuses empty,
/// absolute ("/x", "C:/x", "\\\\server"), and any ".." segment. Returns an empty string
/// when the path is acceptable, else the reason.
QString mediaPathProblem(const QString &relativePath);
/// Resolves a path stored in the project (relative to the media folder) to an absolute
/// path; refuses absolute paths, "..", and symlinks that lead outside the media folder.
Result<QString> resolveMediaPath(const QString &projectPath, const QString &relativePath);
/// The absolute path of a media file of the project (`relative` to its media folder) when it
/// exists and stays inside that folder; empty otherwise (and for an unsaved project).
QString existingMediaFile(const QString &projectPath, const QString &relative);

/// Adds the media paths a shot names to `paths`, cleaned (QDir::cleanPath): its first frame,
/// its takes' clips and pictures, and its board's files (BoardFile::mediaFilesOf()).
void addMediaPaths(const Shot &shot, QSet<QString> &paths);
/// The media paths a project names: addMediaPaths() of every shot, and the cast's pictures.
QSet<QString> mediaPaths(const Project &project);
/// The files of `Name.media/boards/` that ShotBrief writes there (layered boards, their
/// flattened pictures, pictures imported onto boards: `*.sbboard` and `*.png`) and that `used`
/// does not name, as media paths ("boards/x.png"), sorted. Hidden files, other files, folders
/// and symlinks are never listed: they are not ours to remove.
QStringList unusedBoardFiles(const QString &projectPath, const QSet<QString> &used);

} // namespace ProjectFile
} // namespace ShotBrief
