// SPDX-License-Identifier: MIT
#pragma once

#include "model/capabilities.h"
#include "model/project.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief {

class ProjectDocument;

/// How one fix changes the project. Every fix is one undoable edit of the document.
enum class FitFixKind {
    SetDefaultModel,    ///< format.model = value
    SetDefaultSize,     ///< format.size = value
    SetDefaultDuration, ///< format.durationSeconds = durations[0]
    SetShotModel,       ///< shot.model = value ("" = the project default)
    SetShotSize,        ///< shot.size = value
    SetShotDuration,    ///< shot.durationSeconds = durations[0]
    SplitShot           ///< split the shot into parts of `durations`
};

struct FitFix
{
    FitFixKind kind = FitFixKind::SetShotDuration;
    QString shotId; ///< Empty for the project defaults.
    QString value;  ///< The model or size.
    QList<int> durations;
    QString text; ///< Translated: "Change to 8 s", "Split into 6 + 6 s".

    bool operator==(const FitFix &) const = default;
};

enum class FitProblemKind {
    DefaultModel,    ///< The project's default model is not offered.
    DefaultSize,     ///< The default size is not offered by the default model.
    DefaultDuration, ///< New shots would get a length the default model does not make.
    ShotModel,       ///< A shot names a model that is not offered.
    ShotDuration,    ///< A shot's length is not legal for its model.
    ShotSize         ///< A shot's size is not offered by its model.
};

struct FitProblem
{
    FitProblemKind kind = FitProblemKind::ShotDuration;
    QString shotId; ///< Empty for project-level problems.
    int shotIndex = -1;
    QString shotLabel;
    QString message;     ///< Translated: what does not fit.
    QList<FitFix> fixes; ///< Never empty; the first is the recommended one.

    bool operator==(const FitProblem &) const = default;
};

/// Whether a project fits a provider's capabilities, and the fixes that make it fit.
///
/// Shot problems are judged against the defaults as they will be once the project-level
/// problems are fixed with their recommended fix, and against the model the shot will have
/// after its own model fix: applying every recommended fix in order leaves no problem.
class ProviderFit
{
public:
    ProviderFit(const Project &project, const ProviderCapabilities &capabilities);

    const QList<FitProblem> &problems() const { return m_problems; }
    bool fits() const { return m_problems.isEmpty(); }
    /// Distinct ids of the shots with at least one problem, in timeline order.
    QStringList shotIds() const;

    /// Applies one fix as one undo step; false when its shot is gone or nothing changed.
    static bool apply(ProjectDocument *document, const FitFix &fix);
    /// Applies the fixes in order as ONE undo step named `undoText`; returns how many
    /// changed something.
    static int apply(ProjectDocument *document, const QList<FitFix> &fixes,
                     const QString &undoText);
    /// "Fix all": the recommended fix of every problem, repeated until the project fits
    /// (at most a few rounds), as ONE undo step. Returns the problems left (normally 0).
    static int fixAll(ProjectDocument *document, const ProviderCapabilities &capabilities,
                      const QString &providerName);

    /// The size of `sizes` nearest to `size`: same orientation first, then the closest
    /// aspect ratio, then the closest pixel count. Empty when `sizes` is.
    static QString nearestSize(const QString &size, const QStringList &sizes);
    /// Ways to split `seconds` exactly into the fewest legal parts (at least 2, longest part
    /// first), the most even first; empty when no exact split exists or the length is legal.
    static QList<QList<int>> legalSplits(int seconds, const QList<int> &durations,
                                         int maxResults = 3);
    /// For a split of a shot with `beatCount` beats into `parts`: the part each beat goes
    /// to, by where the beat falls in time.
    static QList<int> beatParts(int beatCount, const QList<int> &parts);

private:
    QList<FitProblem> m_problems;
};

} // namespace ShotBrief
