// SPDX-License-Identifier: MIT
#include "shotpicture.h"

#include "boardimages.h"
#include "boardpainter.h"

#include "io/boardfile.h"
#include "io/projectfile.h"

#include <QDateTime>
#include <QFileInfo>
#include <QImageReader>

namespace ShotBrief {

namespace {

/// The absolute path of a media file that exists, else empty.
QString fileKey(const char *kind, const QString &path)
{
    return QStringLiteral("%1|%2|%3")
        .arg(QLatin1String(kind), path,
             QString::number(QFileInfo(path).lastModified().toMSecsSinceEpoch()));
}

QImage decode(const QString &path, const QSize &bounds)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && qint64(full.width()) * full.height() > BoardImages::MaxPicturePixels)
        return {};
    if (full.isValid() && bounds.isValid() &&
        (full.width() > bounds.width() || full.height() > bounds.height()))
        reader.setScaledSize(full.scaled(bounds, Qt::KeepAspectRatio));
    return reader.read();
}

} // namespace

ShotPicture shotPicture(const Project &project, const QString &projectPath, const Shot &shot)
{
    ShotPicture picture;
    if (const Take *circled = shot.circledTake()) {
        const QString path = ProjectFile::existingMediaFile(projectPath, circled->thumbnailPath);
        if (!path.isEmpty()) {
            picture.source = ShotPicture::Source::Take;
            picture.path = path;
            picture.key = fileKey("take", path);
            return picture;
        }
    }
    const Board &board = shot.board;
    if (board.exists()) {
        const QString file = BoardFile::fileNameFor(board);
        // The flattened picture on disk is current when the board is as it was read.
        const QString png =
            board.file.isEmpty()
                ? QString()
                : ProjectFile::existingMediaFile(projectPath, BoardFile::imageNameFor(board.file));
        if (!png.isEmpty() || board.hasContent()) {
            picture.source = ShotPicture::Source::Board;
            picture.path = png;
            if (png.isEmpty()) {
                picture.board = board;
                picture.referencePath =
                    ProjectFile::existingMediaFile(projectPath, board.referenceImage);
            }
            picture.key =
                QStringLiteral("board|") + file + QLatin1Char('|') + picture.referencePath;
            return picture;
        }
    }
    const QString firstFrame = ProjectFile::existingMediaFile(projectPath, shot.referenceImage);
    if (!firstFrame.isEmpty()) {
        picture.source = ShotPicture::Source::FirstFrame;
        picture.path = firstFrame;
        picture.key = fileKey("first", firstFrame);
        return picture;
    }
    Q_UNUSED(project)
    picture.key = QStringLiteral("slate");
    return picture;
}

QImage loadBoardReference(const QString &absolutePath, const QSize &bounds)
{
    if (absolutePath.isEmpty())
        return {};
    return decode(absolutePath, bounds);
}

QImage renderBoardPicture(const Board &board, const QString &referencePath, const QSize &bounds,
                          bool annotations)
{
    if (bounds.isEmpty())
        return {};
    const QSize size = BoardPainter::canvasSize(board).scaled(bounds, Qt::KeepAspectRatio).toSize();
    if (size.isEmpty())
        return {};
    BoardRenderOptions options;
    options.annotations = annotations;
    options.referenceImage = loadBoardReference(referencePath, size);
    return BoardPainter::render(board, size, options);
}

QImage loadShotPicture(const ShotPicture &picture, const QSize &bounds)
{
    switch (picture.source) {
    case ShotPicture::Source::Slate:
        return {};
    case ShotPicture::Source::Board:
        if (picture.path.isEmpty())
            return renderBoardPicture(picture.board, picture.referencePath, bounds);
        break;
    case ShotPicture::Source::Take:
    case ShotPicture::Source::FirstFrame:
        break;
    }
    return decode(picture.path, bounds);
}

} // namespace ShotBrief
