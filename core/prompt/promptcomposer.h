// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"

#include <QString>

namespace ShotBrief {

/// Turns a shot brief into prompt text in the template of prompting.md: scene prose
/// (with each present cast member's identity word for word), a Cinematography block,
/// Actions, Dialogue. Empty sections are left out. The shot's own values win over the
/// style bible's. Pure function of its inputs.
QString composePrompt(const Project &project, const Shot &shot);

} // namespace ShotBrief
