// SPDX-License-Identifier: MIT
#pragma once

#include "model/capabilities.h"
#include "model/project.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

namespace ShotBrief {

enum class LintSeverity { Hint, Warning, Error };

QString lintSeverityKey(LintSeverity severity); ///< "hint" / "warning" / "error"

/// One finding of the prompt linter.
struct LintFinding
{
    QString ruleId; ///< Stable id, e.g. "missing-framing", "vague-adjective".
    LintSeverity severity = LintSeverity::Warning;
    QString shotId; ///< Empty for project-level findings.
    int shotIndex = -1;
    QString field;   ///< The shot field it points at, as in the file: "palette", "action_beats[2]".
    QString message; ///< What is wrong, translated.
    QString advice;  ///< What to do about it, translated.

    bool operator==(const LintFinding &) const = default;
};

/// The linter: each rule of prompting.md and videos-api.md as a rule with an id.
/// A shot marked concise gets hints where a detailed one gets warnings.
QList<LintFinding>
lintShot(const Project &project, int shotIndex,
         const ProviderCapabilities &capabilities = ProviderCapabilities::openAiVideos());
QList<LintFinding>
lintProject(const Project &project,
            const ProviderCapabilities &capabilities = ProviderCapabilities::openAiVideos());

/// Tells the pixel size of an image stored in the project (path relative to the media
/// folder); an invalid QSize when it cannot be read. Callers that know the media folder
/// supply it so that the linter can compare a reference image with the shot's size.
using ImageSizeProvider = std::function<QSize(const QString &relativePath)>;

/// As above, and checks reference image sizes through `imageSize` (may be empty).
QList<LintFinding> lintShot(const Project &project, int shotIndex,
                            const ProviderCapabilities &capabilities,
                            const ImageSizeProvider &imageSize);
QList<LintFinding> lintProject(const Project &project, const ProviderCapabilities &capabilities,
                               const ImageSizeProvider &imageSize);

/// Every rule id, in the order the linter reports them (for docs and the CLI).
QStringList lintRuleIds();
/// A short translated title of a rule ("Framing is missing"); empty for an unknown id.
QString lintRuleTitle(const QString &ruleId);
/// The rule's translated advice, as in the troubleshooting table of prompting.md.
QString lintRuleAdvice(const QString &ruleId);
/// A finding's field in words, for people: "action_beats[2]" -> "Action beat 3",
/// "style.mood" -> "Style bible: Mood". `--json` and the file keep LintFinding::field.
QString lintFieldName(const QString &field);

} // namespace ShotBrief
