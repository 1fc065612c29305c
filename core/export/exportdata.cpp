// SPDX-License-Identifier: MIT
#include "exportdata.h"

#include "io/projectfile.h"
#include "prompt/promptcomposer.h"

#include <QFileInfo>
#include <QSet>

namespace ShotBrief {

namespace {

QString existingMedia(const QString &projectPath, const QString &relative)
{
    if (relative.isEmpty() || projectPath.isEmpty())
        return {};
    const Result<QString> resolved = ProjectFile::resolveMediaPath(projectPath, relative);
    if (!resolved || !QFileInfo(resolved.value()).isFile())
        return {};
    return resolved.value();
}

} // namespace

Error exportError(const QString &message, const QString &file)
{
    Error error;
    error.message = message;
    error.file = file;
    return error;
}

QString ExportShot::displayLabel() const
{
    if (shot && !shot->label.trimmed().isEmpty())
        return shot->label.trimmed();
    return QString::number(number);
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
    for (int i = 0; i < project.shots.size(); ++i) {
        const Shot &shot = project.shots.at(i);
        if (!wanted.isEmpty() && !wanted.contains(shot.id))
            continue;
        ExportShot item;
        item.shot = &shot;
        item.index = i;
        item.number = i + 1;
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
        item.clipSeconds = shot.durationSeconds;
        if (item.circledTake) {
            item.picturePath = existingMedia(projectPath, item.circledTake->thumbnailPath);
            if (item.circledTake->status == TakeStatus::Ready) {
                item.clipPath = existingMedia(projectPath, item.circledTake->clipPath);
                if (!item.clipPath.isEmpty() && item.circledTake->seconds > 0)
                    item.clipSeconds = item.circledTake->seconds;
            }
        }
        if (item.picturePath.isEmpty())
            item.picturePath = existingMedia(projectPath, shot.referenceImage);
        if (!shot.chainPrevious)
            item.firstFramePath = existingMedia(projectPath, shot.referenceImage);
        else if (item.circledTake)
            item.firstFramePath = existingMedia(projectPath, item.circledTake->referenceImage);
        item.lastFramePath = existingMedia(projectPath, shot.lastFrame);

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
