// SPDX-License-Identifier: MIT
#include "continuityreport.h"

#include "chaining.h"

#include "model/shotname.h"

#include "io/projectfile.h"
#include "model/colornames.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace ShotBrief {

namespace {

/// Small enough to cluster quickly, large enough to keep a palette band.
const QSize SampleSize(64, 36);
constexpr int DominantColorCount = 5;

struct ClipFrames
{
    int shotIndex = -1;
    QString clip; ///< absolute
    QImage first;
    QImage last;
    QList<QImage> samples;
    QString error;
};

QString hex(QRgb rgb)
{
    return QColor(rgb).name(QColor::HexRgb);
}

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

QList<QRgb> declaredPalette(const Project &project, const Shot &shot)
{
    const Palette &palette = shot.palette.isEmpty() ? project.style.palette : shot.palette;
    QList<QRgb> colors;
    for (const PaletteColor &color : palette) {
        if (isValidHexColor(color.hex))
            colors.append(QColor(normalizedHexColor(color.hex)).rgb());
        else if (!color.name.trimmed().isEmpty())
            colors.append(ColorNames::rgbFor(color.name));
    }
    return colors;
}

ContinuityReport ContinuityReport::measure(const Project &project, const QString &projectPath,
                                           const FrameGrabber &grabber, int parallel)
{
    ContinuityReport report;
    // The circled clip of every shot that has one on disk.
    QList<ClipFrames> clips;
    QList<int> clipOfShot(project.shots.size(), -1);
    for (int i = 0; i < project.shots.size(); ++i) {
        const Shot &shot = project.shots.at(i);
        const Take *take = shot.circledTake();
        const QString name = shotName(project, i);
        if (!take || take->status != TakeStatus::Ready || take->clipPath.isEmpty()) {
            report.notMeasured << tr("Shot %1 has no circled clip.").arg(name);
            continue;
        }
        const Result<QString> path = ProjectFile::resolveMediaPath(projectPath, take->clipPath);
        if (!path) {
            report.notMeasured << tr("Shot %1: %2").arg(name, path.error().message);
            continue;
        }
        ClipFrames frames;
        frames.shotIndex = i;
        frames.clip = *path;
        clipOfShot[i] = int(clips.size());
        clips.append(frames);
    }

    // One ffprobe and one ffmpeg per clip, each clip decoded once; a few clips at once keep
    // both cores busy.
    std::atomic<int> next = 0;
    const auto work = [&] {
        for (int c = next++; c < clips.size(); c = next++) {
            ClipFrames &frames = clips[c];
            const Result<FrameGrabber::Frames> taken = grabber.frames(frames.clip, SampleSize);
            if (!taken) {
                frames.error = taken.error().message;
                continue;
            }
            frames.first = taken->first;
            frames.last = taken->last;
            frames.samples = taken->samples;
        }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < std::max(1, std::min<int>(parallel, int(clips.size()))); ++t)
        threads.emplace_back(work);
    for (std::thread &thread : threads)
        thread.join();

    for (const ClipFrames &frames : std::as_const(clips)) {
        const Shot &shot = project.shots.at(frames.shotIndex);
        const QString name = shotName(project, frames.shotIndex);
        if (!frames.error.isEmpty()) {
            report.notMeasured << tr("Shot %1: %2").arg(name, frames.error);
            continue;
        }
        ClipColors colors;
        colors.shotIndex = frames.shotIndex;
        colors.shotId = shot.id;
        colors.name = name;
        colors.takeId = shot.circledTakeId;
        colors.dominant = dominantColors(frames.samples, DominantColorCount);
        colors.declared = declaredPalette(project, shot);
        colors.paletteDistance = paletteDistance(colors.dominant, colors.declared);
        if (colors.declared.isEmpty())
            report.notMeasured << tr("Shot %1 declares no palette.").arg(name);
        report.clips.append(colors);
    }

    for (int i = 0; i + 1 < project.shots.size(); ++i) {
        const int out = clipOfShot.at(i);
        const int in = clipOfShot.at(i + 1);
        if (out < 0 || in < 0 || !clips.at(out).error.isEmpty() || !clips.at(in).error.isEmpty())
            continue;
        CutContinuity cut;
        cut.outgoingIndex = i;
        cut.outgoingShotId = project.shots.at(i).id;
        cut.incomingShotId = project.shots.at(i + 1).id;
        cut.outgoingName = shotName(project, i);
        cut.incomingName = shotName(project, i + 1);
        cut.outgoingTakeId = project.shots.at(i).circledTakeId;
        cut.incomingTakeId = project.shots.at(i + 1).circledTakeId;
        cut.chained = project.shots.at(i + 1).chainPrevious;
        cut.meanAbsoluteDifference = meanAbsoluteDifference(clips.at(out).last, clips.at(in).first);
        report.cuts.append(cut);
    }

    std::stable_sort(report.cuts.begin(), report.cuts.end(),
                     [](const CutContinuity &a, const CutContinuity &b) {
                         return a.meanAbsoluteDifference > b.meanAbsoluteDifference;
                     });
    std::stable_sort(report.clips.begin(), report.clips.end(),
                     [](const ClipColors &a, const ClipColors &b) {
                         return a.paletteDistance > b.paletteDistance;
                     });
    return report;
}

QByteArray ContinuityReport::toJson() const
{
    QJsonArray cutArray;
    for (const CutContinuity &cut : cuts) {
        QJsonObject from{{QStringLiteral("shot"), cut.outgoingName},
                         {QStringLiteral("shot_id"), cut.outgoingShotId},
                         {QStringLiteral("take_id"), cut.outgoingTakeId}};
        QJsonObject to{{QStringLiteral("shot"), cut.incomingName},
                       {QStringLiteral("shot_id"), cut.incomingShotId},
                       {QStringLiteral("take_id"), cut.incomingTakeId}};
        cutArray.append(QJsonObject{
            {QStringLiteral("from"), from},
            {QStringLiteral("to"), to},
            {QStringLiteral("chained"), cut.chained},
            {QStringLiteral("mean_absolute_difference"), rounded(cut.meanAbsoluteDifference)},
            {QStringLiteral("continuous"), cut.isContinuous()}});
    }
    QJsonArray clipArray;
    for (const ClipColors &clip : clips) {
        QJsonArray dominant;
        for (const DominantColor &color : clip.dominant)
            dominant.append(QJsonObject{{QStringLiteral("hex"), hex(color.rgb)},
                                        {QStringLiteral("share"), rounded(color.share)}});
        QJsonArray declared;
        for (QRgb rgb : clip.declared)
            declared.append(hex(rgb));
        QJsonObject object{{QStringLiteral("shot"), clip.name},
                           {QStringLiteral("shot_id"), clip.shotId},
                           {QStringLiteral("take_id"), clip.takeId},
                           {QStringLiteral("dominant_colors"), dominant},
                           {QStringLiteral("palette"), declared}};
        object.insert(QStringLiteral("palette_distance"),
                      clip.paletteDistance < 0.0 ? QJsonValue() : rounded(clip.paletteDistance));
        clipArray.append(object);
    }
    const QJsonObject root{
        {QStringLiteral("continuous_below"), ContinuousCutThreshold},
        {QStringLiteral("cuts"), cutArray},
        {QStringLiteral("clips"), clipArray},
        {QStringLiteral("not_measured"), QJsonArray::fromStringList(notMeasured)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ContinuityReport::toText() const
{
    QStringList lines;
    lines << tr("Cuts, worst first (mean absolute difference of the frames either side, 0-255; "
                "under %1 is continuous):")
                 .arg(ContinuousCutThreshold);
    if (cuts.isEmpty())
        lines << QStringLiteral("  ") + tr("none measured");
    for (const CutContinuity &cut : cuts) {
        QString state = cut.isContinuous() ? tr("continuous") : tr("jump");
        if (cut.chained)
            state = tr("chained, %1").arg(state);
        lines << QStringLiteral("  %1 > %2  %3  %4")
                     .arg(cut.outgoingName, -6)
                     .arg(cut.incomingName, -6)
                     .arg(cut.meanAbsoluteDifference, 6, 'f', 2)
                     .arg(state);
    }
    lines << QString()
          << tr("Clips, worst first (dominant colours against the declared palette, mean "
                "CIEDE2000):");
    if (clips.isEmpty())
        lines << QStringLiteral("  ") + tr("none measured");
    for (const ClipColors &clip : clips) {
        QStringList dominant;
        for (const DominantColor &color : clip.dominant)
            dominant << QStringLiteral("%1 %2%").arg(hex(color.rgb)).arg(qRound(color.share * 100));
        lines << QStringLiteral("  %1  %2  %3")
                     .arg(clip.name, -6)
                     .arg(clip.paletteDistance < 0.0
                              ? QStringLiteral("     -")
                              : QStringLiteral("%1").arg(clip.paletteDistance, 6, 'f', 2))
                     .arg(dominant.join(QLatin1String(", ")));
    }
    if (!notMeasured.isEmpty()) {
        lines << QString() << tr("Not measured:");
        for (const QString &note : notMeasured)
            lines << QStringLiteral("  ") + note;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ShotBrief
