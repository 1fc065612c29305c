// SPDX-License-Identifier: MIT
#pragma once

#include "capabilities.h"
#include "project.h"

#include <QList>
#include <QString>

namespace ShotBrief {

/// One structural problem of a project, with the path of the field it is about.
struct ValidationProblem
{
    QString path;    ///< "shots[3].duration"
    QString message; ///< "expected 4, 8 or 12, got 7"

    QString toString() const { return path + QLatin1String(": ") + message; }
    bool operator==(const ValidationProblem &) const = default;
};

/// Checks a project against the model's invariants and the provider's capabilities:
/// ids present and unique, durations legal, palette colours valid, references resolvable,
/// circled takes existing. Returns every problem, not just the first.
QList<ValidationProblem> validateProject(
    const Project &project,
    const ProviderCapabilities &capabilities = ProviderCapabilities::openAiVideos());

} // namespace ShotBrief
