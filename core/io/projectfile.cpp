// SPDX-License-Identifier: MIT
#include "projectfile.h"

#include "boardfile.h"
#include "foreignfile.h"
#include "projectreader.h"
#include "projectwriter.h"

#include "model/shotname.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace ShotBrief::ProjectFile {

namespace {

// One context for lupdate and for the runtime: a free tr() helper would be filed by
// lupdate under the enclosing namespace instead.
struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ProjectFile)
};

const QLatin1String projectSuffix(".shotbrief");
const QLatin1String autosaveSuffix(".autosave");

bool isInside(const QString &canonicalRoot, const QString &canonicalPath)
{
    return canonicalPath == canonicalRoot ||
           (canonicalPath.startsWith(canonicalRoot) &&
            canonicalPath.at(canonicalRoot.size()) == QLatin1Char('/'));
}

/// Checks that what exists on disk of a media path stays inside the media folder, following
/// symlinks. Caches per directory: a project's paths share a handful of folders (clips/,
/// thumbs/, refs/), so loading thousands of takes costs one lstat per file.
class MediaFolder
{
public:
    explicit MediaFolder(const QString &folder)
        : m_folder(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()))
        , m_canonical(QFileInfo(folder).canonicalFilePath())
    {}

    bool exists() const { return !m_canonical.isEmpty(); }
    QString absolute(const QString &relative) const
    {
        return QDir::cleanPath(m_folder + QLatin1Char('/') + relative);
    }

    /// Empty when fine, else the reason. `relative` has passed mediaPathProblem().
    QString escapeProblem(const QString &relative)
    {
        if (!exists())
            return {}; // Nothing on disk yet, so nothing can lead out.
        const QString path = absolute(relative);
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const QString dir = path.left(slash);
        auto cached = m_dirs.constFind(dir);
        if (cached == m_dirs.constEnd())
            cached = m_dirs.insert(dir, check(dir));
        if (!cached->isEmpty())
            return *cached;
        const QFileInfo file(path);
        if (file.isSymLink())
            return check(path);
        return {};
    }

private:
    QString check(const QString &path) const
    {
        // Walk up to the deepest part that exists and resolve it: a symlink anywhere on the way
        // shows up in its canonical path.
        QString probe = path;
        while (probe.size() > m_folder.size()) {
            const QFileInfo info(probe);
            if (info.exists()) {
                if (!isInside(m_canonical, info.canonicalFilePath()))
                    return FileText::tr("leads outside the media folder through a symbolic link");
                return {};
            }
            if (info.isSymLink())
                return FileText::tr("is a symbolic link to something that does not exist");
            probe = probe.left(probe.lastIndexOf(QLatin1Char('/')));
        }
        return {};
    }

    QString m_folder;
    QString m_canonical;
    QHash<QString, QString> m_dirs;
};

/// The symlink half of the media rule, run by load() on every media path field.
std::optional<Error> checkMediaOnDisk(const Project &project, const QString &path)
{
    MediaFolder folder(mediaFolderFor(path));
    if (!folder.exists())
        return std::nullopt;
    std::optional<Error> error;
    const auto check = [&](const QString &relative, const QString &field) {
        if (error || relative.isEmpty())
            return;
        const QString problem = folder.escapeProblem(relative);
        if (!problem.isEmpty()) {
            Error e;
            e.file = path;
            e.field = field;
            e.message = QLatin1Char('"') + relative + QLatin1String("\" ") + problem;
            error = e;
        }
    };
    const auto indexed = [](const char *base, qsizetype i) {
        return QLatin1String(base) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    };
    for (qsizetype i = 0; i < project.cast.size(); ++i)
        check(project.cast.at(i).referenceImage,
              indexed("cast", i) + QLatin1String(".reference_image"));
    for (qsizetype i = 0; i < project.shots.size() && !error; ++i) {
        const Shot &shot = project.shots.at(i);
        const QString base = indexed("shots", i);
        check(shot.referenceImage, base + QLatin1String(".reference_image"));
        check(shot.lastFrame, base + QLatin1String(".last_frame"));
        check(shot.board.file, base + QLatin1String(".board"));
        for (qsizetype j = 0; j < shot.takes.size() && !error; ++j) {
            const Take &take = shot.takes.at(j);
            const QString takeBase = base + QLatin1Char('.') + indexed("takes", j);
            check(take.referenceImage, takeBase + QLatin1String(".reference_image"));
            check(take.lastFrame, takeBase + QLatin1String(".last_frame"));
            check(take.clipPath, takeBase + QLatin1String(".clip"));
            check(take.thumbnailPath, takeBase + QLatin1String(".thumbnail"));
            check(take.spritesheetPath, takeBase + QLatin1String(".spritesheet"));
        }
    }
    return error;
}

/// Reads the layered file of every board the project names. A board that cannot be read is
/// kept as it is (its file is written back unchanged, never replaced) with a warning; a
/// reference picture that leads out of the media folder refuses the file, as any media path.
std::optional<Error> loadBoards(LoadedProject &loaded, const QString &path)
{
    MediaFolder folder(mediaFolderFor(path));
    for (qsizetype i = 0; i < loaded.project.shots.size(); ++i) {
        Board &board = loaded.project.shots[i].board;
        if (board.file.isEmpty())
            continue;
        const QString field = QStringLiteral("shots[%1].board").arg(i);
        Result<Board> read = BoardFile::read(folder.absolute(board.file));
        if (!read) {
            board.loadProblem = read.error().toString();
            Error warning;
            warning.file = path;
            warning.field = field;
            warning.message =
                FileText::tr("%1; the board is kept as it is and cannot be drawn on until its "
                             "file is back")
                    .arg(read.error().field.isEmpty()
                             ? read.error().message
                             : read.error().field + QLatin1String(": ") + read.error().message);
            loaded.warnings.append(warning.toString());
            continue;
        }
        if (!read->referenceImage.isEmpty()) {
            const QString problem = folder.escapeProblem(read->referenceImage);
            if (!problem.isEmpty()) {
                Error e = Error::inFile(path, QLatin1Char('"') + read->referenceImage +
                                                  QLatin1String("\" ") + problem);
                e.field = field + QLatin1String(" (reference.image)");
                return e;
            }
        }
        read->file = board.file;
        board = std::move(*read);
    }
    return std::nullopt;
}

/// Writes the layered file of every board whose file is not in the media folder (a board
/// changed since it was read, under the name its content gives it: BoardFile::fileNameFor;
/// or one read elsewhere, after Save As), before the project file names it. A file that
/// exists already holds that content: it is left alone.
Result<void> saveBoards(const Project &project, const QString &path)
{
    const QString mediaFolder = mediaFolderFor(path);
    for (qsizetype i = 0; i < project.shots.size(); ++i) {
        const Shot &shot = project.shots.at(i);
        if (!shot.board.hasContent())
            continue;
        const QString relative = BoardFile::fileNameFor(shot.board);
        const Result<QString> target = resolveMediaPath(path, relative);
        if (!target)
            return target.error();
        if (QFileInfo::exists(*target))
            continue;
        if (!QDir(mediaFolder).mkpath(BoardFile::Folder))
            return Error::inFile(*target,
                                 FileText::tr("could not save the board of %1: cannot create "
                                              "the folder")
                                     .arg(shotTitle(project, int(i))));
        const QByteArray bytes = BoardFile::serialize(shot.board);
        QSaveFile file(*target);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error::inFile(*target, FileText::tr("could not save the board of %1: %2")
                                              .arg(shotTitle(project, int(i)), file.errorString()));
    }
    return {};
}

/// A PDF, an image, a script ... picked by mistake: said in words instead of as a JSON error.
/// The message names the file itself, so `file` stays empty (toString() would repeat it).
std::optional<Error> foreignFileError(QByteArrayView bytes, const QString &fileName)
{
    const std::optional<QString> kind = foreignFileKind(bytes);
    if (!kind)
        return std::nullopt;
    const QString name = QFileInfo(fileName).fileName();
    Error e;
    e.message =
        name.isEmpty()
            ? FileText::tr("This is not a ShotBrief project: it looks like %1.").arg(*kind)
            : FileText::tr("%1 is not a ShotBrief project: it looks like %2.").arg(name, *kind);
    return e;
}

} // namespace

Result<LoadedProject> parse(QByteArrayView bytes, const QString &fileName)
{
    if (std::optional<Error> foreign = foreignFileError(bytes, fileName))
        return *foreign;
    return readProject(bytes, fileName);
}

Result<LoadedProject> load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::inFile(path, FileText::tr("the file does not exist"));
    if (!info.isFile())
        return Error::inFile(path, FileText::tr("not a regular file"));
    if (info.size() > MaxFileBytes)
        return Error::inFile(path,
                             FileText::tr("the file is %1 MB; project files over %2 MB are refused")
                                 .arg(info.size() / (1024 * 1024))
                                 .arg(MaxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::inFile(path,
                             FileText::tr("could not open the file: %1").arg(file.errorString()));
    // Read no more than the limit allows even if the file grew since the size check.
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::inFile(path,
                             FileText::tr("could not read the file: %1").arg(file.errorString()));
    file.close();

    if (std::optional<Error> foreign = foreignFileError(bytes, path))
        return *foreign;
    Result<LoadedProject> loaded = readProject(bytes, path);
    if (!loaded)
        return loaded;
    if (const auto error = checkMediaOnDisk(loaded->project, path))
        return *error;
    if (const auto error = loadBoards(*loaded, path))
        return *error;
    return loaded;
}

QByteArray serialize(const Project &project)
{
    return writeProject(project);
}

Result<void> save(const Project &project, const QString &path)
{
    if (project.schema > CurrentSchemaVersion)
        return Error::inFile(
            path, FileText::tr("refusing to save: the project is in file format %1, newer "
                               "than this version writes (%2)")
                      .arg(project.schema)
                      .arg(CurrentSchemaVersion));
    // Boards first: the project file must never name a board file that is not there.
    if (Result<void> boards = saveBoards(project, path); !boards)
        return boards;
    const QByteArray bytes = serialize(project);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::inFile(path, FileText::tr("could not save: %1").arg(file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error::inFile(path, FileText::tr("could not save: %1").arg(reason));
    }
    if (!file.commit())
        return Error::inFile(path, FileText::tr("could not save: %1").arg(file.errorString()));
    return {};
}

QString mediaFolderFor(const QString &projectPath)
{
    QString path = projectPath;
    if (path.endsWith(autosaveSuffix))
        path.chop(autosaveSuffix.size());
    const QFileInfo info(path);
    QString name = info.fileName();
    if (name.endsWith(projectSuffix, Qt::CaseInsensitive)) {
        name.chop(projectSuffix.size());
    } else {
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        if (dot > 0)
            name.truncate(dot);
    }
    name += QLatin1String(".media");
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? name : path.left(slash + 1) + name;
}

QString autosavePathFor(const QString &projectPath)
{
    return projectPath + autosaveSuffix;
}

QString mediaPathProblem(const QString &relativePath)
{
    if (relativePath.isEmpty())
        return FileText::tr("no path given");
    const QString quoted = QLatin1Char('"') + relativePath + QLatin1Char('"');
    const bool drive = relativePath.size() >= 2 && relativePath.at(1) == QLatin1Char(':') &&
                       relativePath.at(0).isLetter();
    if (relativePath.startsWith(QLatin1Char('/')) || relativePath.startsWith(QLatin1Char('\\')) ||
        drive || QDir::isAbsolutePath(relativePath))
        return FileText::tr("%1 is an absolute path; media paths are relative to the media folder")
            .arg(quoted);
    for (const QChar c : relativePath) {
        if (c.unicode() < 0x20)
            return FileText::tr("%1 contains a control character").arg(quoted);
    }
    // Backslashes count as separators too: a Windows-made "..\\x" must not slip through.
    qsizetype segmentStart = 0;
    for (qsizetype i = 0; i <= relativePath.size(); ++i) {
        if (i < relativePath.size() && relativePath.at(i) != QLatin1Char('/') &&
            relativePath.at(i) != QLatin1Char('\\'))
            continue;
        if (QStringView(relativePath).mid(segmentStart, i - segmentStart) == QLatin1String(".."))
            return FileText::tr("%1 leads outside the media folder (\"..\" is not allowed)")
                .arg(quoted);
        segmentStart = i + 1;
    }
    return {};
}

Result<QString> resolveMediaPath(const QString &projectPath, const QString &relativePath)
{
    const QString problem = mediaPathProblem(relativePath);
    if (!problem.isEmpty()) {
        Error e = Error::inFile(projectPath, problem);
        return e;
    }
    MediaFolder folder(mediaFolderFor(QFileInfo(projectPath).absoluteFilePath()));
    const QString escape = folder.escapeProblem(relativePath);
    if (!escape.isEmpty())
        return Error::inFile(projectPath,
                             QLatin1Char('"') + relativePath + QLatin1String("\" ") + escape);
    return folder.absolute(relativePath);
}

QString existingMediaFile(const QString &projectPath, const QString &relative)
{
    if (relative.isEmpty() || projectPath.isEmpty())
        return {};
    const Result<QString> resolved = resolveMediaPath(projectPath, relative);
    if (!resolved || !QFileInfo(*resolved).isFile())
        return {};
    return *resolved;
}

void addMediaPaths(const Shot &shot, QSet<QString> &paths)
{
    const auto add = [&paths](const QString &path) {
        if (!path.isEmpty())
            paths.insert(QDir::cleanPath(path));
    };
    add(shot.referenceImage);
    for (const Take &take : shot.takes) {
        add(take.referenceImage);
        add(take.clipPath);
        add(take.thumbnailPath);
        add(take.spritesheetPath);
    }
    for (const QString &file : BoardFile::mediaFilesOf(shot.board))
        add(file);
}

QSet<QString> mediaPaths(const Project &project)
{
    QSet<QString> paths;
    for (const CastMember &member : project.cast) {
        if (!member.referenceImage.isEmpty())
            paths.insert(QDir::cleanPath(member.referenceImage));
    }
    for (const Shot &shot : project.shots)
        addMediaPaths(shot, paths);
    return paths;
}

QStringList unusedBoardFiles(const QString &projectPath, const QSet<QString> &used)
{
    const QDir folder(mediaFolderFor(projectPath) + QLatin1Char('/') + BoardFile::Folder);
    QStringList unused;
    const QFileInfoList files =
        folder.entryInfoList({QLatin1String("*") + BoardFile::Suffix, QStringLiteral("*.png")},
                             QDir::Files | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &file : files) {
        const QString relative = BoardFile::Folder + QLatin1Char('/') + file.fileName();
        if (!used.contains(relative))
            unused.append(relative);
    }
    return unused;
}

} // namespace ShotBrief::ProjectFile
