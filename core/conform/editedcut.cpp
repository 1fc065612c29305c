// SPDX-License-Identifier: MIT
#include "editedcut.h"

#include "cutreading.h"

#include "export/editlist.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace ShotBrief {

using CutReading::Text;

QString editListKindName(EditListKind kind)
{
    switch (kind) {
    case EditListKind::Otio:
        return QStringLiteral("OpenTimelineIO");
    case EditListKind::Edl:
        return QStringLiteral("CMX 3600 EDL");
    case EditListKind::Mlt:
        return QStringLiteral("MLT XML");
    case EditListKind::Xmeml:
        return QStringLiteral("Final Cut Pro 7 XML");
    }
    return {};
}

namespace CutReading {

Error error(const QString &fileName, const QString &message, int line)
{
    Error e;
    e.file = fileName;
    e.line = line;
    e.message = message;
    return e;
}

QString localMediaPath(const QString &reference, const QString &baseDir)
{
    const QString trimmed = reference.trimmed();
    if (trimmed.isEmpty())
        return {};
    QString path;
    if (trimmed.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        const QUrl url(trimmed);
        if (!url.isValid())
            return {};
        // file://localhost/x (FCP 7, Premiere) is the same as file:///x.
        if (!url.host().isEmpty() && url.host() != QLatin1String("localhost"))
            return {};
        path = url.path(QUrl::FullyDecoded);
    } else if (trimmed.contains(QLatin1String("://"))) {
        return {}; // http: and other schemes are not local media
    } else {
        path = trimmed;
    }
    if (path.isEmpty())
        return {};
    if (QDir::isRelativePath(path))
        path = QDir(baseDir).filePath(path);
    return QDir::cleanPath(path);
}

Result<void> orderAndCheckOverlaps(EditedCut &cut, int fps)
{
    std::stable_sort(cut.clips.begin(), cut.clips.end(),
                     [](const CutClip &a, const CutClip &b) { return a.recordIn < b.recordIn; });
    for (int i = 1; i < cut.clips.size(); ++i) {
        const CutClip &before = cut.clips.at(i - 1);
        const CutClip &after = cut.clips.at(i);
        if (after.recordIn < before.recordOut())
            return error(cut.fileName,
                         Text::tr("clips overlap on the video track at %1 (%2 \"%3\" and %4 "
                                  "\"%5\"): ShotBrief plays one shot after another; put them "
                                  "on one track end to end and export again")
                             .arg(frameTimecode(after.recordIn, fps), before.location, before.name,
                                  after.location, after.name));
    }
    return {};
}

QString topTrackNote(int trackCount, const QString &used)
{
    return Text::tr("The cut has %1 video tracks with clips; ShotBrief used the top one (%2).")
        .arg(trackCount)
        .arg(used);
}

} // namespace CutReading

Result<EditListKind> detectEditListKind(const QString &path, const QByteArray &head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("otio"))
        return EditListKind::Otio;
    if (suffix == QLatin1String("edl"))
        return EditListKind::Edl;
    if (suffix == QLatin1String("mlt") || suffix == QLatin1String("kdenlive"))
        return EditListKind::Mlt;
    // .xml and anything else: look at the content.
    const QByteArray start = head.left(4096);
    if (start.contains("<xmeml"))
        return EditListKind::Xmeml;
    if (start.contains("<mlt"))
        return EditListKind::Mlt;
    if (start.contains("\"OTIO_SCHEMA\""))
        return EditListKind::Otio;
    if (start.contains("TITLE:") || start.contains("FCM:"))
        return EditListKind::Edl;
    return CutReading::error(
        path, Text::tr("not an edit list ShotBrief reads: expected OpenTimelineIO (.otio), CMX "
                       "3600 EDL (.edl), MLT (.mlt) or Final Cut Pro 7 XML (.xml)"));
}

Result<EditedCut> parseEditedCut(const QByteArray &bytes, const QString &fileName, int fps)
{
    const Result<EditListKind> kind = detectEditListKind(fileName, bytes);
    if (!kind)
        return kind.error();
    switch (*kind) {
    case EditListKind::Otio:
        return readOtioCut(bytes, fileName);
    case EditListKind::Edl:
        return readEdlCut(bytes, fileName, fps);
    case EditListKind::Mlt:
        return readMltCut(bytes, fileName);
    case EditListKind::Xmeml:
        return readXmemlCut(bytes, fileName);
    }
    return kind.error();
}

Result<EditedCut> readEditedCut(const QString &path, int fps)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CutReading::error(path,
                                 Text::tr("cannot read the file: %1").arg(file.errorString()));
    if (file.size() > MaxEditListBytes)
        return CutReading::error(path, Text::tr("the file is larger than %1 MB, which is more "
                                                "than any edit list ShotBrief reads")
                                           .arg(MaxEditListBytes / (1024 * 1024)));
    const QByteArray bytes = file.read(MaxEditListBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return CutReading::error(path,
                                 Text::tr("cannot read the file: %1").arg(file.errorString()));
    return parseEditedCut(bytes, path, fps);
}

} // namespace ShotBrief
