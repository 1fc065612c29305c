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

/// Checks a project against the model's own invariants, the ones every provider shares:
/// ids present and unique, palette colours valid, references resolvable, circled takes
/// existing, sizes written as WIDTHxHEIGHT. Returns every problem, not just the first.
/// Which models, sizes and lengths are legal is the provider's business, not the file's:
/// a project planned for one provider must open unchanged while another is configured.
QList<ValidationProblem> validateProject(const Project &project);

/// The same, plus what `capabilities` allow: the models offered, each model's sizes and
/// durations (`shotbrief-cli validate --profile`; the window shows these as lint findings and
/// in Project > Check Fit with Provider).
QList<ValidationProblem> validateProject(const Project &project,
                                         const ProviderCapabilities &capabilities);

} // namespace ShotBrief
