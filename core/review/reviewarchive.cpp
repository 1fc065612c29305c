// SPDX-License-Identifier: MIT
#include "reviewarchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <cstdio>

namespace ShotBrief {

namespace {

struct ArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ReviewPackage)
};

struct Callbacks
{
    const std::function<bool(double)> *progress = nullptr;
    bool canceled = false;
};

void onProgress(zip_t *, double fraction, void *state)
{
    auto *callbacks = static_cast<Callbacks *>(state);
    if (*callbacks->progress && !(*callbacks->progress)(fraction))
        callbacks->canceled = true;
}

int onCancel(zip_t *, void *state)
{
    return static_cast<Callbacks *>(state)->canceled ? 1 : 0;
}

bool isCompressedMedia(const QString &name)
{
    static const QStringList suffixes = {QStringLiteral("mp4"),  QStringLiteral("m4v"),
                                         QStringLiteral("mov"),  QStringLiteral("webm"),
                                         QStringLiteral("ogv"),  QStringLiteral("jpg"),
                                         QStringLiteral("jpeg"), QStringLiteral("png"),
                                         QStringLiteral("webp"), QStringLiteral("gif")};
    return suffixes.contains(QFileInfo(name).suffix().toLower());
}

} // namespace

Result<void> zipFolder(const QString &folder, const QString &zipPath,
                       const std::function<bool(double)> &progress)
{
    const QDir root(folder);
    if (!root.exists())
        return Error::inFile(folder, ArchiveText::tr("the folder to pack does not exist"));
    const QString partial = zipPath + QStringLiteral(".partial");
    QFile::remove(partial);
    int code = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString reason = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Error::inFile(zipPath, ArchiveText::tr("cannot create the archive: %1").arg(reason));
    }
    const auto fail = [&](const QString &message) {
        zip_discard(archive);
        QFile::remove(partial);
        return Error::inFile(zipPath, message);
    };
    const QString top = QFileInfo(zipPath).completeBaseName();
    if (zip_dir_add(archive, (top + QLatin1Char('/')).toUtf8().constData(), ZIP_FL_ENC_UTF_8) < 0)
        return fail(QString::fromLocal8Bit(zip_strerror(archive)));
    // Sorted, so that the same package gives the same archive listing.
    QStringList entries;
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.append(root.relativeFilePath(it.next()));
    entries.sort();
    for (const QString &relative : std::as_const(entries)) {
        const QFileInfo info(root.filePath(relative));
        const QByteArray name = (top + QLatin1Char('/') + relative).toUtf8();
        if (info.isDir()) {
            if (zip_dir_add(archive, (name + '/').constData(), ZIP_FL_ENC_UTF_8) < 0)
                return fail(QString::fromLocal8Bit(zip_strerror(archive)));
            continue;
        }
        zip_source_t *source =
            zip_source_file(archive, QFile::encodeName(info.filePath()).constData(), 0, -1);
        if (!source)
            return fail(ArchiveText::tr("cannot read %1: %2")
                            .arg(relative, QString::fromLocal8Bit(zip_strerror(archive))));
        const zip_int64_t index =
            zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(source);
            return fail(QString::fromLocal8Bit(zip_strerror(archive)));
        }
        zip_set_file_compression(archive, zip_uint64_t(index),
                                 isCompressedMedia(relative) ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    Callbacks callbacks{&progress, false};
    if (progress) {
        zip_register_progress_callback_with_state(archive, 0.01, onProgress, nullptr, &callbacks);
        zip_register_cancel_callback_with_state(archive, onCancel, nullptr, &callbacks);
    }
    if (zip_close(archive) < 0) {
        const QString reason = callbacks.canceled ? ArchiveText::tr("canceled")
                                                  : QString::fromLocal8Bit(zip_strerror(archive));
        return fail(ArchiveText::tr("cannot write the archive: %1").arg(reason));
    }
    // rename() replaces an earlier archive in one step; QFile::rename would refuse.
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(zipPath).constData()) != 0) {
        QFile::remove(partial);
        return Error::inFile(zipPath, ArchiveText::tr("cannot move the archive into place"));
    }
    return {};
}

} // namespace ShotBrief
