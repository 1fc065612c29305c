// SPDX-License-Identifier: MIT
#pragma once

#include "conformplan.h"

#include <QByteArray>
#include <QString>

namespace ShotBrief {

/// The change kind as a key for scripts: "order", "circle", "trim", "cut", "restore",
/// "fit_length", "import".
QString conformChangeKindKey(ConformChangeKind kind);

/// What the conform changes (or changed, when `applied`) and what it could not match, for a
/// person: a summary line, the changes, the clips left unmatched with the reason, the notes.
QString conformReportText(const ConformPlan &plan, bool applied);

/// The same for scripts, as JSON: {"edit_list": {...}, "applied", "clips", "matched",
/// "changes": [{"kind", "shot_id", "shot", ...}], "unmatched": [...], "notes": [...]}.
QByteArray conformReportJson(const ConformPlan &plan, bool applied);

} // namespace ShotBrief
