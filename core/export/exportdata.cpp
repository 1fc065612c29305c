// SPDX-License-Identifier: MIT
#include "exportdata.h"

#include "io/projectfile.h"
#include "model/shotname.h"
#include "prompt/promptcomposer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace ShotBrief {

namespace {
struct DataText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::PromptSheet)
};
} // namespace

QString reviewText(const Shot &shot, const Review &review)
{
    QStringList details;
    const int take = shot.takeIndex(review.preferredTakeId);
    if (take >= 0)
        details.append(DataText::tr("prefers take %1").arg(take + 1));
    if (review.at.isValid())
        details.append(review.at.toUTC().date().toString(Qt::ISODate));
    QString text = DataText::tr("%1: %2").arg(review.reviewer, reviewDecisionText(review.decision));
    if (!details.isEmpty())
        text += QStringLiteral(" (%1)").arg(details.join(QStringLiteral("; ")));
    if (!review.note.isEmpty())
        text += QStringLiteral(" \u2014 ") + review.note;
    return text;
}

Error exportError(const QString &message, const QString &file)
{
    return Error::inFile(file, message);
}

QString ExportShot::displayLabel() const
{
    return shotName(shot ? shot->label : QString(), number - 1);
}

QString ExportShot::durationText() const
{
    const int seconds = shot ? shot->durationSeconds : 0;
    if (!circledTake || !circledTake->isTrimmed())
        return DataText::tr("%1 s").arg(seconds);
    return DataText::tr("%1 s (%2 s in the cut)").arg(seconds).arg(lengthMs / 1000.0, 0, 'f', 2);
}

QString ExportShot::circledTakeText() const
{
    if (!circledTake)
        return QCoreApplication::translate("ShotBrief::Export", "none");
    QString text =
        QStringLiteral("%1 (%2)").arg(circledTakeName, takeStatusName(circledTake->status));
    if (circledTakeStaleness.isOutOfDate())
        text += QStringLiteral(" \u2014 ") + circledTakeStaleness.summary();
    return text;
}

ExportData collectExportData(const Project &project, const QString &projectPath,
                             const ExportOptions &options, const PriceTable &prices)
{
    ExportData data;
    data.project = &project;
    data.projectPath = projectPath;
    data.projectTitle = project.title.trimmed();
    if (data.projectTitle.isEmpty())
        data.projectTitle = QFileInfo(projectPath).completeBaseName();
    data.exportedAt =
        options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTimeUtc();
    data.estimate.tableName = prices.name();
    data.estimate.tableSource = prices.source();

    const QSet<QString> wanted(options.shotIds.cbegin(), options.shotIds.cend());
    int number = 0;
    for (int i = 0; i < project.shots.size(); ++i) {
        const Shot &shot = project.shots.at(i);
        if (shot.cut)
            continue;
        ++number;
        ++data.sequenceShotCount;
        if (!wanted.isEmpty() && !wanted.contains(shot.id))
            continue;
        ExportShot item;
        item.shot = &shot;
        item.index = i;
        item.number = number;
        if (const Scene *scene = project.sceneById(shot.sceneId))
            item.sceneTitle = scene->title;
        item.prompt = composePrompt(project, shot);
        item.findings = lintShot(project, i);
        item.estimate = estimateShot(project, shot, prices);
        item.model = project.effectiveModel(shot);
        item.size = project.effectiveSize(shot);
        item.lensStyle = shot.lensStyle.isEmpty() ? project.style.lensStyle : shot.lensStyle;
        item.lighting = shot.lighting.isEmpty() ? project.style.lighting : shot.lighting;
        item.mood = shot.mood.isEmpty() ? project.style.mood : shot.mood;
        item.palette = shot.palette.isEmpty() ? project.style.palette : shot.palette;
        item.circledTake = shot.circledTake();
        item.lengthMs = shot.playLengthMs();
        item.picture = shotPicture(project, projectPath, shot);
        item.picturePath = item.picture.path;
        if (item.circledTake) {
            const Take &take = *item.circledTake;
            item.circledTakeName = takeTitle(shot, take.id);
            item.circledTakeStaleness = takeStaleness(project, shot, take, item.prompt);
            if (take.status == TakeStatus::Ready) {
                item.clipPath = ProjectFile::existingMediaFile(projectPath, take.clipPath);
                if (!item.clipPath.isEmpty() && take.isTrimmed())
                    item.clipInMs = take.inMs;
                else if (!item.clipPath.isEmpty() && take.seconds > 0)
                    item.lengthMs = take.clipLengthMs();
            }
        }
        if (!shot.chainPrevious)
            item.firstFramePath = ProjectFile::existingMediaFile(projectPath, shot.referenceImage);
        else if (item.circledTake)
            item.firstFramePath =
                ProjectFile::existingMediaFile(projectPath, item.circledTake->referenceImage);
        item.lastFramePath = ProjectFile::existingMediaFile(projectPath, shot.lastFrame);

        data.estimate.shots.append(item.estimate);
        data.estimate.totalUsd += item.estimate.usd;
        if (!item.estimate.priced)
            ++data.estimate.unpricedShots;
        data.totalSeconds += shot.durationSeconds;
        data.shots.append(item);
    }
    return data;
}

} // namespace ShotBrief
