// SPDX-License-Identifier: MIT
#pragma once

#include "languagedetection.h"
#include "model/project.h"

#include <QString>

namespace ShotBrief {

/// Turns a shot brief into prompt text in the template of prompting.md: scene prose
/// (with each present cast member's identity word for word), a Cinematography block,
/// Actions, Dialogue. Empty sections are left out. The shot's own values win over the
/// style bible's. Headers, preset camera terms and joining words are in `language`; the
/// user's own words are kept as written. Pure function of its inputs.
QString composePrompt(const Project &project, const Shot &shot, PromptLanguage language);
/// As above, in the project's prompt language (effectivePromptLanguage).
QString composePrompt(const Project &project, const Shot &shot);

} // namespace ShotBrief
