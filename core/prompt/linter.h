// SPDX-License-Identifier: MIT
#pragma once

#include "model/capabilities.h"
#include "model/project.h"

#include <QList>
#include <QString>

namespace ShotBrief {

enum class LintSeverity { Hint, Warning, Error };

QString lintSeverityKey(LintSeverity severity); ///< "hint" / "warning" / "error"

/// One finding of the prompt linter.
struct LintFinding
{
    QString ruleId;   ///< Stable id, e.g. "missing-framing", "vague-adjective".
    LintSeverity severity = LintSeverity::Warning;
    QString shotId;   ///< Empty for project-level findings.
    int shotIndex = -1;
    QString field;    ///< The shot field it points at, as in the file: "palette", "action_beats[2]".
    QString message;  ///< What is wrong, translated.
    QString advice;   ///< What to do about it, translated.

    bool operator==(const LintFinding &) const = default;
};

/// The linter: each rule of prompting.md and videos-api.md as a rule with an id.
/// A shot marked concise gets hints where a detailed one gets warnings.
QList<LintFinding> lintShot(const Project &project, int shotIndex,
                            const ProviderCapabilities &capabilities
                            = ProviderCapabilities::openAiVideos());
QList<LintFinding> lintProject(const Project &project,
                               const ProviderCapabilities &capabilities
                               = ProviderCapabilities::openAiVideos());

} // namespace ShotBrief
