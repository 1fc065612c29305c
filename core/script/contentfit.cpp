// SPDX-License-Identifier: MIT
#include "contentfit.h"

#include "document/projectdocument.h"

#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace ShotBrief::Script {

namespace {

QString partLabel(const QString &label, int part)
{
    // "12" -> "12A"; a label that already ends in a letter gets a number: "12A" -> "12A1".
    if (!label.isEmpty() && label.back().isLetter())
        return label + QString::number(part + 1);
    return label + QChar(u'A' + std::min(part, 25));
}

} // namespace

QList<ContentPiece> contentPieces(const Shot &shot)
{
    struct Placed
    {
        double at;
        ContentPiece piece;
    };
    QList<Placed> placed;
    const qsizetype beats = shot.actionBeats.size();
    const qsizetype lines = shot.dialogue.size();
    for (qsizetype i = 0; i < beats; ++i) {
        ContentPiece piece;
        piece.text = shot.actionBeats.at(i);
        piece.source = int(i);
        placed << Placed{(double(i) + 0.5) / double(beats), piece};
    }
    for (qsizetype i = 0; i < lines; ++i) {
        ContentPiece piece;
        piece.kind = PieceKind::Speech;
        piece.text = shot.dialogue.at(i).line;
        piece.speaker = shot.dialogue.at(i).speaker;
        piece.source = int(i);
        placed << Placed{(double(i) + 0.5) / double(lines), piece};
    }
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Placed &a, const Placed &b) { return a.at < b.at; });
    QList<ContentPiece> pieces;
    for (const Placed &p : std::as_const(placed))
        pieces << p.piece;
    return pieces;
}

ContentFitResult fitLengthsToContent(const Project &project, const QStringList &shotIds,
                                     const ProviderCapabilities &capabilities,
                                     const SpeakingRates &rates)
{
    ContentFitResult result;
    result.project = project;
    QSet<QString> used;
    for (const Shot &shot : project.shots)
        used.insert(shot.label);
    for (const QString &id : shotIds) {
        const int index = result.project.shotIndex(id);
        if (index < 0)
            continue;
        const Shot original = result.project.shots.at(index);
        const ClipFitter fitter(capabilities.durationsFor(project.effectiveModel(original)), rates);
        const QList<FittedShot> parts = fitter.fit(contentPieces(original));
        if (parts.size() == 1) {
            if (parts.first().durationSeconds != original.durationSeconds) {
                result.project.shots[index].durationSeconds = parts.first().durationSeconds;
                ++result.resized;
            }
            continue;
        }
        ++result.split;
        for (int p = 0; p < parts.size(); ++p) {
            Shot part = original;
            if (p > 0) {
                part.id = newId();
                part.takes.clear();
                part.circledTakeId.clear();
                part.referenceImage.clear();
            }
            QString label = partLabel(original.label, p);
            while (p > 0 && used.contains(label))
                label += QLatin1Char('\'');
            part.label = label;
            used.insert(label);
            part.durationSeconds = parts.at(p).durationSeconds;
            part.actionBeats.clear();
            part.dialogue.clear();
            for (const ContentPiece &piece : parts.at(p).pieces) {
                if (piece.kind == PieceKind::Speech)
                    part.dialogue << DialogueLine{piece.speaker, piece.text};
                else
                    part.actionBeats << piece.text;
            }
            if (p == 0)
                result.project.shots[index] = part;
            else
                result.project.shots.insert(index + p, part);
        }
    }
    return result;
}

bool applyAsOneStep(ProjectDocument *document, const Project &target, const QString &undoText)
{
    const Project &current = document->project();
    const bool titleChanged = current.title != target.title;
    const bool scenesChanged = current.scenes != target.scenes;
    const bool castChanged = current.cast != target.cast;
    bool shotsChanged = current.shots.size() != target.shots.size();
    for (qsizetype i = 0; !shotsChanged && i < target.shots.size(); ++i) {
        Shot a = current.shots.at(i);
        Shot b = target.shots.at(i);
        b.takes = a.takes;
        b.circledTakeId = a.circledTakeId;
        shotsChanged = !(a == b);
    }
    if (!titleChanged && !scenesChanged && !castChanged && !shotsChanged)
        return false;

    QUndoStack *stack = document->undoStack();
    stack->beginMacro(undoText);
    if (titleChanged)
        document->setTitle(target.title);
    // Scenes and cast first: the shots name them.
    if (scenesChanged)
        document->setScenes(target.scenes);
    if (castChanged)
        document->setCast(target.cast);
    for (qsizetype i = 0; i < target.shots.size(); ++i) {
        const Shot &shot = target.shots.at(i);
        const Shot *existing = document->project().shotById(shot.id);
        if (!existing) {
            document->insertShot(int(i), shot);
            continue;
        }
        Shot edited = shot;
        edited.takes = existing->takes;
        edited.circledTakeId = existing->circledTakeId;
        if (!(edited == *existing))
            document->editShot(shot.id, edited, std::nullopt, false);
    }
    stack->endMacro();
    return true;
}

} // namespace ShotBrief::Script
