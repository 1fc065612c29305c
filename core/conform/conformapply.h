// SPDX-License-Identifier: MIT
#pragma once

#include "conformplan.h"

#include "model/result.h"

namespace ShotBrief {

class ProjectDocument;

/// Applies the enabled changes of `plan` to the document as ONE undo step ("Conform to
/// edit"). Imported clips are copied into the project's media folder first (a clip already
/// inside it is used where it is); if a copy fails, nothing is changed. Returns how many
/// changes were applied.
Result<int> applyConformPlan(ProjectDocument *document, const ConformPlan &plan);

} // namespace ShotBrief
