// SPDX-License-Identifier: MIT
#include "boardimages.h"

#include "boardpainter.h"
#include "shotpicture.h"

#include "io/boardfile.h"
#include "io/projectfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace ShotBrief::BoardImages {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct BoardText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Board)
};

/// Encodes and writes a PNG under a media path; refuses paths outside the media folder.
Result<void> writePng(const QImage &image, const QString &projectPath, const QString &relative)
{
    const Result<QString> target = ProjectFile::resolveMediaPath(projectPath, relative);
    if (!target)
        return target.error();
    if (!QDir().mkpath(QFileInfo(*target).absolutePath()))
        return Error::inFile(*target,
                             BoardText::tr("cannot create the folder for %1").arg(relative));
    QSaveFile file(*target);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return Error::inFile(
            *target, BoardText::tr("cannot write %1: %2").arg(relative, file.errorString()));
    return {};
}

QString referencePath(const Board &board, const QString &projectPath)
{
    if (board.referenceImage.isEmpty())
        return {};
    const Result<QString> path = ProjectFile::resolveMediaPath(projectPath, board.referenceImage);
    return path ? *path : QString();
}

} // namespace

Result<void> writeFlattened(const Project &project, const QString &projectPath)
{
    if (projectPath.isEmpty())
        return {};
    for (const Shot &shot : project.shots) {
        const Board &board = shot.board;
        if (!board.hasContent())
            continue;
        const QString relative = BoardFile::imageNameFor(BoardFile::fileNameFor(board));
        const Result<QString> target = ProjectFile::resolveMediaPath(projectPath, relative);
        if (!target)
            return target.error();
        if (QFileInfo::exists(*target))
            continue;
        const QSize size = BoardPainter::canvasSize(board).toSize();
        BoardRenderOptions options;
        options.referenceImage = loadBoardReference(referencePath(board, projectPath), size);
        if (Result<void> written =
                writePng(BoardPainter::render(board, size, options), projectPath, relative);
            !written)
            return written;
    }
    return {};
}

Result<QString> writeFirstFrame(const Shot &shot, const QSize &size, const QString &projectPath)
{
    if (projectPath.isEmpty())
        return Error::inFile(
            {}, BoardText::tr("Save the project first: the first frame is written into "
                              "its media folder."));
    if (!shot.board.hasContent())
        return Error::inFile(projectPath, BoardText::tr("The shot has no board to use."));
    if (size.isEmpty())
        return Error::inFile(projectPath, BoardText::tr("The shot has no size."));
    BoardRenderOptions options;
    options.annotations = false;
    options.referenceImage = loadBoardReference(referencePath(shot.board, projectPath), size);
    const QImage image =
        BoardPainter::render(shot.board, size, options).convertToFormat(QImage::Format_RGB32);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(png, QCryptographicHash::Sha1).toHex().left(12));
    const QString relative =
        QStringLiteral("refs/board-%1-%2x%3.png").arg(hash).arg(size.width()).arg(size.height());
    const Result<QString> target = ProjectFile::resolveMediaPath(projectPath, relative);
    if (!target)
        return target.error();
    if (!QFileInfo::exists(*target)) {
        if (Result<void> written = writePng(image, projectPath, relative); !written)
            return written.error();
    }
    return relative;
}

QString pictureFile(const ShotPicture &picture)
{
    if (picture.isSlate() || !picture.path.isEmpty())
        return picture.path;
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/boards");
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(picture.key.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".png");
    if (QFileInfo::exists(path))
        return path;
    if (!QDir().mkpath(folder))
        return {};
    const QImage image = renderBoardPicture(picture.board, picture.referencePath,
                                            BoardPainter::canvasSize(picture.board).toSize());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return {};
    return path;
}

Result<QString> storeReference(const QImage &image, const QString &projectPath)
{
    if (projectPath.isEmpty())
        return Error::inFile(
            {}, BoardText::tr("Save the project first: pictures on a board are kept in "
                              "its media folder."));
    if (image.isNull())
        return Error::inFile({}, BoardText::tr("The picture cannot be read."));
    if (qint64(image.width()) * image.height() > MaxPicturePixels)
        return Error::inFile(
            {}, BoardText::tr("The picture is %1×%2, over 50 megapixels; use a smaller "
                              "one.")
                    .arg(image.width())
                    .arg(image.height()));
    constexpr int LongSide = 3840;
    QImage stored = image;
    if (std::max(image.width(), image.height()) > LongSide)
        stored = image.scaled(LongSide, LongSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!stored.save(&buffer, "PNG"))
        return Error::inFile({}, BoardText::tr("The picture cannot be encoded."));
    const QString relative =
        QStringLiteral("%1/ref-%2.png")
            .arg(BoardFile::Folder,
                 QString::fromLatin1(
                     QCryptographicHash::hash(png, QCryptographicHash::Sha1).toHex().left(20)));
    const Result<QString> target = ProjectFile::resolveMediaPath(projectPath, relative);
    if (!target)
        return target.error();
    if (QFileInfo::exists(*target))
        return relative;
    if (!QDir().mkpath(QFileInfo(*target).absolutePath()))
        return Error::inFile(*target,
                             BoardText::tr("cannot create the folder for %1").arg(relative));
    QSaveFile file(*target);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit())
        return Error::inFile(
            *target, BoardText::tr("cannot write %1: %2").arg(relative, file.errorString()));
    return relative;
}

} // namespace ShotBrief::BoardImages
