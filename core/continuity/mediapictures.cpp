// SPDX-License-Identifier: MIT
#include "mediapictures.h"

#include "io/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace ShotBrief {

namespace {

struct PictureText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::MediaPictures)
};

} // namespace

Result<QString> storePicture(const QString &projectPath, const QImage &image,
                             const QString &baseName)
{
    if (projectPath.isEmpty())
        return Error::inFile({}, PictureText::tr("Save the project first: pictures are copied "
                                                 "into its media folder."));
    if (image.isNull())
        return Error::inFile({}, PictureText::tr("There is no picture to save."));
    const QDir refs(ProjectFile::mediaFolderFor(projectPath) + QStringLiteral("/refs"));
    if (!refs.mkpath(QStringLiteral(".")))
        return Error::inFile(
            refs.path(),
            PictureText::tr("Cannot create %1.").arg(QDir::toNativeSeparators(refs.path())));
    // A file name a person recognises, safe on every file system.
    QString stem = baseName;
    stem.replace(QRegularExpression(QStringLiteral("[^\\w.-]+"),
                                    QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral("-"));
    stem = stem.left(60);
    if (stem.isEmpty() || stem.startsWith(QLatin1Char('.')))
        stem.prepend(QStringLiteral("picture"));
    QString name = stem + QStringLiteral(".png");
    for (int n = 2; refs.exists(name); ++n)
        name = QStringLiteral("%1-%2.png").arg(stem).arg(n);
    QSaveFile file(refs.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return Error::inFile(
            refs.filePath(name),
            PictureText::tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(refs.filePath(name)), file.errorString()));
    return QStringLiteral("refs/") + name;
}

} // namespace ShotBrief
