// SPDX-License-Identifier: MIT
#pragma once

#include "scriptimporter.h"

#include "model/project.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief::Script {

/// What a re-import does to one part of the script.
enum class ScriptChange {
    Unchanged, ///< Same text; only where it stands in the script may have moved.
    Changed,   ///< The text changed: new action and dialogue, "script changed" mark, old text kept.
    Added,     ///< New in the script: a new shot at its place.
    Cut,       ///< Gone from the script: marked "cut from script", never deleted.
    Restored   ///< Was marked cut, and is back in the script.
};

/// One line of the update report.
struct ScriptChangeEntry
{
    ScriptChange change = ScriptChange::Unchanged;
    QStringList shotIds; ///< The project shots concerned (a shot the user split: all parts).
    QString label;       ///< The (first) shot's label.
    QString sceneTitle;
    QString oldText;       ///< Changed, Cut: the script text the shot was made from.
    QString newText;       ///< Changed, Added: the text now.
    int seconds = 0;       ///< The shots' length now.
    int neededSeconds = 0; ///< Changed, Added: what the new text needs (fitted).

    bool operator==(const ScriptChangeEntry &) const = default;
};

/// What "Update from Script" will do, computed before anything changes.
struct UpdatePlan
{
    Project result; ///< The project as it will be: shots edited and inserted, none removed.
    QList<ScriptChangeEntry> entries; ///< In the new script's order; cuts after the shot before.
    QList<Scene> addedScenes;
    QStringList renamedScenes; ///< "old title -> new title", for the report.
    QList<CastMember> newCast;
    QStringList warnings;

    int count(ScriptChange change) const;
    bool hasChanges() const;
    /// The report, one translated line each: what changed, where, and what to do.
    QStringList report() const;
};

/// Re-import: matches the shots a script made earlier (by their script_ref) to a fresh plan
/// of the revised script. Parts whose text is the same are matched first (in order, wherever
/// they moved); what is left between two matches is paired by similar wording. Everything the
/// user made stays: camera, lighting, palette, frames, takes, circled take, notes, the order
/// of the shots, their length and label.
class ScriptUpdater
{
public:
    /// `fresh`: ScriptImporter(project, ...).plan(revised script).
    static UpdatePlan plan(const Project &project, const ImportPlan &fresh,
                           const ClipFitter &fitter);
};

} // namespace ShotBrief::Script
