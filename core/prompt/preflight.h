// SPDX-License-Identifier: MIT
#pragma once

#include "linter.h"

#include "model/capabilities.h"
#include "model/project.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// A shot that the provider would refuse (or charge for nothing), with the linter's errors
/// that say why and how to fix it.
struct PreflightProblem
{
    QString shotId;
    int shotIndex = -1;
    QString shotTitle;           ///< "Shot 3A", by the numbering rule (model/shotname.h).
    QList<LintFinding> findings; ///< Only errors: what the provider refuses.

    bool operator==(const PreflightProblem &) const = default;
};

/// The check before anything is sent. The window (Generate Shot, Generate All) and
/// `shotbrief-cli generate` run the same one: a shot with a lint error (a length, size or
/// model the provider does not make, an empty or too long prompt, a reference image of
/// another size) is not sent.
struct PreflightReport
{
    QList<PreflightProblem> problems; ///< In timeline order.
    QStringList sendable;             ///< The checked shots without errors, in the order given.

    bool passes() const { return problems.isEmpty(); }
    QStringList refusedShotIds() const;
    /// Translated, one paragraph per shot, as details() joins them.
    QStringList paragraphs() const;
    /// Translated, one paragraph per shot: "Shot 3: sora-2 does not make 6-second clips (it
    /// makes 4, 8, 12 s). Fix: choose one of the model's durations ...". Empty when it passes.
    QString details() const;
    /// One line: "Nothing was sent: Shot 3 and Shot 5 would be refused by the provider."
    QString headline() const;
};

/// Checks `shotIds` (ids not in the project are ignored) against `capabilities`, the profile
/// that will receive the requests. `imageSize` may be empty (no reference-size check).
PreflightReport preflightCheck(const Project &project, const QStringList &shotIds,
                               const ProviderCapabilities &capabilities,
                               const ImageSizeProvider &imageSize = {});

} // namespace ShotBrief
