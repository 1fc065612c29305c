// SPDX-License-Identifier: MIT
#include "conformapply.h"

#include "cutreading.h"

#include "document/projectdocument.h"
#include "io/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace ShotBrief {

namespace {

using CutReading::Text;

/// Copies `source` into Name.media/clips/ under a name nobody uses yet; returns the path
/// relative to the media folder. A file already in the media folder is not copied.
Result<QString> bringIntoMediaFolder(const QString &projectPath, const QString &source)
{
    const QString mediaDir = QDir::cleanPath(ProjectFile::mediaFolderFor(projectPath));
    const QString inside = QDir(mediaDir).relativeFilePath(QFileInfo(source).absoluteFilePath());
    if (!inside.startsWith(QLatin1String("..")) && ProjectFile::mediaPathProblem(inside).isEmpty())
        return inside;
    if (!QDir().mkpath(mediaDir + QStringLiteral("/clips")))
        return CutReading::error(mediaDir, Text::tr("cannot create the clips folder"));
    const QFileInfo info(source);
    QString name = QStringLiteral("clips/import-%1").arg(info.fileName());
    for (int n = 2; QFileInfo::exists(mediaDir + QLatin1Char('/') + name); ++n)
        name = QStringLiteral("clips/import-%1-%2.%3")
                   .arg(info.completeBaseName())
                   .arg(n)
                   .arg(info.suffix());
    if (!ProjectFile::mediaPathProblem(name).isEmpty())
        name = QStringLiteral("clips/import-%1.%2").arg(newId(), info.suffix());
    QFile file(source);
    if (!file.copy(mediaDir + QLatin1Char('/') + name))
        return CutReading::error(
            source,
            Text::tr("cannot copy the clip into the media folder: %1").arg(file.errorString()));
    return name;
}

} // namespace

Result<int> applyConformPlan(ProjectDocument *document, const ConformPlan &plan)
{
    if (!plan.hasChanges())
        return 0;
    // Files first: a failed copy must leave the project as it was.
    QList<Shot> imports;
    for (const Shot &shot : plan.imports) {
        const ConformChange *change = plan.importFor(shot.id);
        if (!change || !change->enabled)
            continue;
        if (document->filePath().isEmpty())
            return CutReading::error(
                plan.cut.fileName,
                Text::tr("save the project first: new clips are copied into its media folder"));
        const Result<QString> copied =
            bringIntoMediaFolder(document->filePath(), change->mediaPath);
        if (!copied)
            return copied.error();
        Shot imported = shot;
        imported.takes.first().clipPath = *copied;
        imports.append(imported);
    }

    int applied = 0;
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(Text::tr("Conform to edit %1").arg(QFileInfo(plan.cut.fileName).fileName()));
    for (const Shot &shot : std::as_const(imports)) {
        document->insertShot(int(document->project().shots.size()), shot);
        ++applied;
    }
    QStringList order;
    bool reorder = false;
    for (const ConformChange &change : plan.changes)
        reorder = reorder || (change.kind == ConformChangeKind::Order && change.enabled);
    for (const QString &id : plan.order) {
        // Imports left out of the plan are not in the project.
        if (document->project().shotById(id))
            order.append(id);
    }
    if (!reorder) {
        // The plan's order only places the imports; everything else stays where it is.
        QStringList current;
        for (const Shot &shot : document->project().shots) {
            if (!plan.importFor(shot.id))
                current.append(shot.id);
        }
        order = insertAfterNeighbours(current, order);
    }
    if (document->reorderShots(order) && reorder)
        ++applied;

    QStringList cut;
    QStringList restored;
    for (const ConformChange &change : plan.changes) {
        if (!change.enabled)
            continue;
        switch (change.kind) {
        case ConformChangeKind::Circle:
            document->circleTake(change.shotId, change.takeId);
            ++applied;
            break;
        case ConformChangeKind::Trim:
            document->setTakeTrim(change.shotId, change.takeId, change.inMs, change.outMs);
            ++applied;
            break;
        case ConformChangeKind::Cut:
            cut.append(change.shotId);
            ++applied;
            break;
        case ConformChangeKind::Restore:
            restored.append(change.shotId);
            ++applied;
            break;
        case ConformChangeKind::FitLength:
            document->setShotDuration(change.shotId, change.seconds);
            ++applied;
            break;
        case ConformChangeKind::Order:
        case ConformChangeKind::Import:
            break; // done above
        }
    }
    document->setShotsCut(cut, true);
    document->setShotsCut(restored, false);
    stack->endMacro();
    return applied;
}

} // namespace ShotBrief
