// SPDX-License-Identifier: MIT
#pragma once

#include "clipfitter.h"

#include "model/capabilities.h"
#include "model/project.h"

#include <QString>
#include <QStringList>

namespace ShotBrief {
class ProjectDocument;
}

namespace ShotBrief::Script {

/// The pieces of an existing shot for the fitter: its action beats and dialogue lines,
/// interleaved by where each falls in its own list (the brief keeps them apart).
QList<ContentPiece> contentPieces(const Shot &shot);

/// "Fit Lengths to Content" for chosen shots: each gets the shortest length its model allows
/// that holds its beats and dialogue; one that no length holds is split (labels "12A",
/// "12B" ...; the first part keeps the id and the takes). Returns the project as it will be
/// and counts what changed.
struct ContentFitResult
{
    Project project;
    int resized = 0;
    int split = 0; ///< Shots split (each into two or more).
};
ContentFitResult fitLengthsToContent(const Project &project, const QStringList &shotIds,
                                     const ProviderCapabilities &capabilities,
                                     const SpeakingRates &rates = {});

/// Makes the document's project equal `target` as ONE undo step named `undoText`. `target`
/// may only add scenes, cast and shots and edit existing ones (imports, re-imports and the
/// fitter never remove or reorder). Takes and circled takes are never touched. Returns false
/// when nothing changed.
bool applyAsOneStep(ProjectDocument *document, const Project &target, const QString &undoText);

} // namespace ShotBrief::Script
