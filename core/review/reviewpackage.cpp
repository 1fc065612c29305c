// SPDX-License-Identifier: MIT
#include "reviewpackage.h"

#include "reviewarchive.h"
#include "reviewpage.h"
#include "shotrevision.h"

#include "export/exportdata.h"
#include "export/slate.h"
#include "io/projectfile.h"
#include "model/shotname.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace ShotBrief {

namespace {

using OJson = nlohmann::ordered_json;

struct PackageText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ReviewPackage)
};

/// Pictures larger than this are scaled down: a browser shows them in a card or the player.
constexpr QSize PictureBounds(1280, 720);

OJson text(const QString &s)
{
    return OJson(s.toStdString());
}

Error packageError(const QString &message, const QString &file = {})
{
    Error e;
    e.message = message;
    e.file = file;
    return e;
}

template<typename Term>
QString termText(const Term &term)
{
    if (!term.isSet())
        return {};
    const QString phrase = term.phrase();
    // Presets are translated like everywhere else in the interface; the user's words are not.
    return term.custom.isEmpty() ? QCoreApplication::translate("CameraTerm", phrase.toUtf8())
                                 : phrase;
}

QString cameraText(const Shot &shot)
{
    QStringList parts{termText(shot.framing), termText(shot.angle), termText(shot.movement),
                      termText(shot.depthOfField)};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

/// A clip's suffix if it is a plain one ("mp4"), else "mp4": the package names its own files.
QString clipSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,5}$"));
    return plain.match(suffix).hasMatch() ? suffix : QStringLiteral("mp4");
}

/// One file of the package: copied, or a picture scaled and re-encoded, or a painted slate.
struct PlannedFile
{
    enum class Kind { Copy, Picture, Slate } kind = Kind::Copy;
    QString source; ///< Absolute path (Copy, Picture).
    QString target; ///< Relative to the package folder, with "/".
    int shot = -1;  ///< Index into ExportData::shots (Slate, warnings).
};

class PackageBuilder
{
public:
    PackageBuilder(const Project &project, const QString &projectPath,
                   const ReviewPackageOptions &options)
        : m_project(project)
        , m_projectPath(projectPath)
        , m_options(options)
    {
        ExportOptions exportOptions;
        exportOptions.shotIds = options.shotIds;
        exportOptions.exportedAt = options.createdAt;
        m_data = collectExportData(project, projectPath, exportOptions, PriceTable::builtIn());
    }

    /// The data the page reads, and the list of files to write.
    QByteArray plan();
    Result<void> writeFiles(const QString &folder, const ExportProgress &progress, int total);

    const QList<PlannedFile> &files() const { return m_files; }
    const QStringList &warnings() const { return m_warnings; }
    int clipCount() const { return m_clips; }
    int pictureCount() const { return m_pictures; }
    int shotCount() const { return int(m_data.shots.size()); }
    const ExportData &data() const { return m_data; }

private:
    QString addPicture(const QString &source, const QString &target);
    OJson shotJson(const ExportShot &item, int index);

    const Project &m_project;
    QString m_projectPath;
    ReviewPackageOptions m_options;
    ExportData m_data;
    QList<PlannedFile> m_files;
    QStringList m_warnings;
    int m_clips = 0;
    int m_pictures = 0;
};

QString PackageBuilder::addPicture(const QString &source, const QString &target)
{
    if (source.isEmpty())
        return {};
    m_files.append({PlannedFile::Kind::Picture, source, target, -1});
    ++m_pictures;
    return target;
}

OJson PackageBuilder::shotJson(const ExportShot &item, int index)
{
    const Shot &shot = *item.shot;
    const QString number = QStringLiteral("%1").arg(item.number, 3, 10, QLatin1Char('0'));
    OJson o = OJson::object();
    o["id"] = text(shot.id);
    o["label"] = text(item.displayLabel());
    o["number"] = item.number;

    // The takes the package shows: the circled one, or every ready one (circled first).
    QList<const Take *> shown;
    for (const Take &take : shot.takes) {
        const bool circled = take.id == shot.circledTakeId;
        if (take.status != TakeStatus::Ready ||
            (m_options.takes == ReviewTakes::Circled && !circled))
            continue;
        if (ProjectFile::existingMediaFile(m_projectPath, take.clipPath).isEmpty()) {
            m_warnings.append(PackageText::tr("Shot %1: the clip of take %2 is missing (%3); it "
                                              "is not in the package")
                                  .arg(item.displayLabel())
                                  .arg(shot.takeIndex(take.id) + 1)
                                  .arg(take.clipPath));
            continue;
        }
        if (circled)
            shown.prepend(&take);
        else
            shown.append(&take);
    }
    QStringList shownIds;
    OJson takes = OJson::array();
    for (const Take *take : std::as_const(shown)) {
        const int takeNumber = shot.takeIndex(take->id) + 1;
        const QString stem = QStringLiteral("%1-%2").arg(number).arg(takeNumber);
        const QString clip =
            QStringLiteral("media/clips/%1.%2").arg(stem, clipSuffix(take->clipPath));
        m_files.append({PlannedFile::Kind::Copy,
                        ProjectFile::existingMediaFile(m_projectPath, take->clipPath), clip,
                        index});
        ++m_clips;
        const QString poster =
            addPicture(ProjectFile::existingMediaFile(m_projectPath, take->thumbnailPath),
                       QStringLiteral("media/posters/%1.jpg").arg(stem));
        OJson t = OJson::object();
        t["id"] = text(take->id);
        t["name"] = text(takeTitle(shot, take->id));
        t["clip"] = text(clip);
        t["poster"] = text(poster);
        t["circled"] = take->id == shot.circledTakeId;
        t["seconds"] = take->seconds;
        takes.push_back(std::move(t));
        shownIds.append(take->id);
    }

    QString picture =
        addPicture(item.picturePath, QStringLiteral("media/pictures/%1.jpg").arg(number));
    if (picture.isEmpty() && qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        picture = QStringLiteral("media/pictures/%1.png").arg(number);
        m_files.append({PlannedFile::Kind::Slate, {}, picture, index});
        ++m_pictures;
    }

    o["revision"] = text(shotRevision(shot, shownIds));
    o["scene"] = text(item.sceneTitle);
    o["duration"] = shot.durationSeconds;
    o["camera"] = text(cameraText(shot));
    o["lens"] = text(item.lensStyle);
    o["lighting"] = text(item.lighting);
    o["mood"] = text(item.mood);
    o["scene_prose"] = text(shot.sceneProse);
    OJson action = OJson::array();
    for (const QString &beat : shot.actionBeats)
        action.push_back(text(beat));
    o["action"] = std::move(action);
    OJson dialogue = OJson::array();
    for (const DialogueLine &line : shot.dialogue)
        dialogue.push_back(OJson{{"speaker", text(line.speaker)}, {"line", text(line.line)}});
    o["dialogue"] = std::move(dialogue);
    o["notes"] = text(shot.notes);
    o["picture"] = text(picture);
    o["takes"] = std::move(takes);
    return o;
}

QByteArray PackageBuilder::plan()
{
    OJson package = OJson::object();
    package["id"] = text(m_options.packageId);
    package["project"] = text(m_data.projectTitle);
    QString file = QFileInfo(m_projectPath).completeBaseName();
    if (file.isEmpty())
        file = m_data.projectTitle;
    package["file"] = text(file);
    package["created_at"] = text(m_data.exportedAt.toUTC().toString(Qt::ISODateWithMs));
    package["takes"] = text(reviewTakesKey(m_options.takes));

    OJson shots = OJson::array();
    for (int i = 0; i < m_data.shots.size(); ++i)
        shots.push_back(shotJson(m_data.shots.at(i), i));

    OJson root = OJson::object();
    root["format"] = ReviewPackage::FormatName;
    root["version"] = ReviewPackage::CurrentVersion;
    root["package"] = std::move(package);
    root["language"] = text(ReviewPackage::htmlLanguage(m_options.language));
    root["strings"] = ReviewPage::strings();
    root["shots"] = std::move(shots);
    const std::string json = root.dump(-1, ' ', false, OJson::error_handler_t::replace);
    return QByteArray(json.data(), qsizetype(json.size()));
}

Result<void> PackageBuilder::writeFiles(const QString &folder, const ExportProgress &progress,
                                        int total)
{
    int done = 0;
    for (const PlannedFile &file : std::as_const(m_files)) {
        if (progress && !progress(done, total))
            return packageError(PackageText::tr("Canceled"));
        const QString target = QDir(folder).filePath(file.target);
        if (!QDir().mkpath(QFileInfo(target).path()))
            return packageError(
                PackageText::tr("Cannot create the folder %1").arg(QFileInfo(target).path()),
                target);
        switch (file.kind) {
        case PlannedFile::Kind::Copy:
            if (!QFile::copy(file.source, target))
                return packageError(
                    PackageText::tr("Cannot copy %1 into the package").arg(file.source),
                    file.source);
            break;
        case PlannedFile::Kind::Picture: {
            const QImage image = loadScaledImage(file.source, PictureBounds);
            if (image.isNull() ||
                !image.convertToFormat(QImage::Format_RGB32).save(target, "JPEG", 85)) {
                m_warnings.append(PackageText::tr("The picture %1 cannot be read; it is not in "
                                                  "the package")
                                      .arg(file.source));
            }
            break;
        }
        case PlannedFile::Kind::Slate: {
            const ExportShot &item = m_data.shots.at(file.shot);
            const double aspect = frameAspect(item.size);
            const QSize size(640, qMax(1, int(640 / aspect)));
            QImage image(size, QImage::Format_RGB32);
            image.fill(Qt::black);
            {
                QPainter painter(&image);
                painter.setRenderHint(QPainter::Antialiasing);
                // A board drawn since the last save has no file yet: it is drawn here.
                const QImage board = loadShotPicture(item, size);
                if (board.isNull()) {
                    paintSlate(painter, QRectF(QPointF(0, 0), QSizeF(size)), item);
                } else {
                    QRectF target(QPointF(),
                                  QSizeF(board.size()).scaled(QSizeF(size), Qt::KeepAspectRatio));
                    target.moveCenter(QRectF(QPointF(0, 0), QSizeF(size)).center());
                    painter.drawImage(target, board);
                }
            }
            if (!image.save(target, "PNG"))
                return packageError(PackageText::tr("Cannot write %1").arg(target), target);
            break;
        }
        }
        ++done;
    }
    return {};
}

qint64 folderSize(const QString &folder)
{
    qint64 bytes = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

bool isEarlierPackage(const QString &folder)
{
    QFile page(QDir(folder).filePath(QStringLiteral("index.html")));
    if (!page.open(QIODevice::ReadOnly))
        return false;
    return page.read(4096).contains(ReviewPackage::PageMarker);
}

/// Checks that `folder` may be written: new, empty, or an earlier review package.
Result<void> checkFolderTarget(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return {};
    if (!info.isDir())
        return packageError(PackageText::tr("%1 exists and is not a folder").arg(folder), folder);
    if (QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ||
        isEarlierPackage(folder))
        return {};
    return packageError(PackageText::tr("%1 is not empty and is not a review package: choose a "
                                        "new or empty folder, so that nothing in it is lost")
                            .arg(folder),
                        folder);
}

/// Moves the finished `built` folder to `target`, replacing an earlier package there.
Result<void> moveIntoPlace(const QString &built, const QString &target)
{
    const QString old = target + QStringLiteral(".old-") +
                        QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    const bool hadOld = QFileInfo::exists(target);
    if (hadOld &&
        std::rename(QFile::encodeName(target).constData(), QFile::encodeName(old).constData()) != 0)
        return packageError(PackageText::tr("Cannot replace the earlier package in %1").arg(target),
                            target);
    if (std::rename(QFile::encodeName(built).constData(), QFile::encodeName(target).constData()) !=
        0) {
        if (hadOld)
            std::rename(QFile::encodeName(old).constData(), QFile::encodeName(target).constData());
        return packageError(PackageText::tr("Cannot move the package to %1").arg(target), target);
    }
    if (hadOld)
        QDir(old).removeRecursively();
    return {};
}

} // namespace

QString reviewTakesKey(ReviewTakes takes)
{
    return takes == ReviewTakes::All ? QStringLiteral("all") : QStringLiteral("circled");
}

std::optional<ReviewTakes> reviewTakesFromKey(const QString &key)
{
    if (key == QLatin1String("circled"))
        return ReviewTakes::Circled;
    if (key == QLatin1String("all"))
        return ReviewTakes::All;
    return std::nullopt;
}

QString ReviewPackage::htmlLanguage(const QString &language)
{
    QString tag = language;
    tag.replace(QLatin1Char('_'), QLatin1Char('-'));
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return valid.match(tag).hasMatch() ? tag : QStringLiteral("en");
}

Result<ReviewPackageSummary> writeReviewPackage(const Project &project, const QString &projectPath,
                                                const ReviewPackageOptions &given,
                                                const ExportProgress &progress)
{
    ReviewPackageOptions options = given;
    if (options.outputPath.isEmpty())
        return packageError(PackageText::tr("No output folder given"));
    if (options.packageId.isEmpty())
        options.packageId = newId();
    if (!options.createdAt.isValid())
        options.createdAt = QDateTime::currentDateTimeUtc();
    QString target = QDir::cleanPath(QFileInfo(options.outputPath).absoluteFilePath());
    if (options.zip && !target.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        target += QStringLiteral(".zip");
    if (options.zip) {
        if (QFileInfo(target).isDir())
            return packageError(PackageText::tr("%1 is a folder, not an archive").arg(target),
                                target);
    } else if (Result<void> ok = checkFolderTarget(target); !ok) {
        return ok.error();
    }
    const QString parent = QFileInfo(target).path();
    if (!QDir().mkpath(parent))
        return packageError(PackageText::tr("Cannot create the folder %1").arg(parent), parent);

    PackageBuilder builder(project, projectPath, options);
    if (builder.shotCount() == 0)
        return packageError(PackageText::tr("No shots to review"));
    const QByteArray data = builder.plan();
    const int total = int(builder.files().size()) + 2;

    // Built in a hidden folder beside the target, so that the final move is a rename.
    QTemporaryDir work(QDir(parent).filePath(QStringLiteral(".shotbrief-review-XXXXXX")));
    if (!work.isValid())
        return packageError(PackageText::tr("Cannot create a working folder in %1: %2")
                                .arg(parent, work.errorString()),
                            parent);
    const QString built = QDir(work.path())
                              .filePath(options.zip ? QFileInfo(target).completeBaseName()
                                                    : QStringLiteral("package"));
    if (!QDir().mkpath(built))
        return packageError(PackageText::tr("Cannot create the folder %1").arg(built), built);
    if (Result<void> written = builder.writeFiles(built, progress, total); !written)
        return written.error();

    const QString title = PackageText::tr("%1 \u2013 review").arg(builder.data().projectTitle);
    const QByteArray page =
        ReviewPage::html(data, ReviewPackage::htmlLanguage(options.language), title);
    QFile index(QDir(built).filePath(QStringLiteral("index.html")));
    if (!index.open(QIODevice::WriteOnly) || index.write(page) != page.size() || !index.flush())
        return packageError(
            PackageText::tr("Cannot write %1: %2").arg(index.fileName(), index.errorString()),
            index.fileName());
    index.close();
    if (progress && !progress(total - 1, total))
        return packageError(PackageText::tr("Canceled"));

    ReviewPackageSummary summary;
    summary.path = target;
    summary.shots = builder.shotCount();
    summary.clips = builder.clipCount();
    summary.pictures = builder.pictureCount();
    summary.warnings = builder.warnings();
    if (options.zip) {
        const Result<void> zipped = zipFolder(built, target, [&](double fraction) {
            return !progress || progress(total - 1 + int(fraction), total);
        });
        if (!zipped)
            return zipped.error();
        summary.bytes = QFileInfo(target).size();
    } else {
        if (Result<void> moved = moveIntoPlace(built, target); !moved)
            return moved.error();
        summary.bytes = folderSize(target);
    }
    if (progress)
        progress(total, total);
    return summary;
}

} // namespace ShotBrief
