// SPDX-License-Identifier: MIT
#pragma once

#include "editedcut.h"

#include "model/project.h"
#include "model/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// What the user chose for a conform.
struct ConformOptions
{
    /// Set each shot's duration to its length in the cut, rounded up to whole seconds (which
    /// may not be a length the provider makes). Off: durations stay the generation lengths,
    /// and the take's in and out points carry the cut.
    bool fitLengthToCut = false;
    /// Bring clips that did not come from ShotBrief in as new shots, each holding its clip as
    /// an imported take (the file is copied into the media folder when the plan is applied).
    bool importForeignClips = false;
};

enum class ConformChangeKind {
    Order,     ///< The shots take the cut's order (ConformPlan::order).
    Circle,    ///< Another take of the shot is in the cut: it becomes the circled take.
    Trim,      ///< The take's in and out points follow the cut.
    Cut,       ///< The shot is not in the cut: it is marked cut, not deleted.
    Restore,   ///< A shot marked cut is in the cut again.
    FitLength, ///< The shot's duration follows its length in the cut (fitLengthToCut).
    Import     ///< A clip from elsewhere becomes a new shot (importForeignClips).
};

/// One change of the plan, for the preview, the report and applying.
struct ConformChange
{
    ConformChangeKind kind = ConformChangeKind::Order;
    QString shotId;     ///< The shot (for Import the new shot's id).
    QString shotLabel;  ///< As the crew calls it, for messages.
    QString takeId;     ///< Circle, Trim, Import: the take.
    QString fromTakeId; ///< Circle: the take circled before.
    int inMs = 0;       ///< Trim, Import: the new in and out points.
    int outMs = 0;
    int fromInMs = 0; ///< Trim: the points before.
    int fromOutMs = 0;
    int seconds = 0;     ///< FitLength: the new duration.
    int fromSeconds = 0; ///< FitLength: the duration before.
    int moved = 0;       ///< Order: how many shots change place.
    QString location;    ///< Where in the edit list the change comes from.
    QString mediaPath;   ///< Import: the file to bring in.
    QString text;        ///< Translated, one line: what changes.
    bool enabled = true; ///< Applied; the window's preview lets the user leave a change out.
};

/// A clip of the cut that changes nothing in the plan, and why.
struct UnmatchedClip
{
    CutClip clip;
    QString reason;          ///< Translated.
    bool foreign = false;    ///< Not from ShotBrief: could come in as a new shot.
    bool mediaFound = false; ///< Its media file exists (so it can be imported).
};

/// What conforming `project` to a cut changes, before anything is changed.
struct ConformPlan
{
    EditedCut cut;
    ConformOptions options;
    QList<ConformChange> changes;
    QList<UnmatchedClip> unmatched;
    QStringList notes;    ///< Translated remarks (tracks used, gaps closed, weak matches).
    int clipsMatched = 0; ///< Clips of the cut matched to a shot of the project.
    QStringList order;    ///< Every shot id in the order after the conform, imports included.
    QList<Shot> imports;  ///< New shots (Import changes), each with its imported take.

    bool hasChanges() const;
    /// The Import change of an imported shot id, or null.
    const ConformChange *importFor(const QString &shotId) const;
};

/// Every id of `sequence` that `target` lacks, put into `target` right after the nearest id
/// before it in `sequence` that `target` has (first when there is none), in `sequence`'s order.
/// How shots left out of a cut keep their neighbours, and imports find their place.
QStringList insertAfterNeighbours(QStringList target, const QStringList &sequence);

/// Matches every clip of `cut` to the shots of `project` (saved at `projectPath`, whose media
/// folder is searched) and lists the changes that bring the plan to the cut. A clip is matched
/// by, in order of trust: its media file (a take's clip in the media folder, or a file named
/// after a take id), the ids in its metadata, an identity tag in a comment or marker, its EDL
/// reel name, and last its name when exactly one shot has that label.
///
/// Refused, with a message saying what to do: a cut whose frame rate is not the edit lists'
/// (24 fps), a cut from another project (ShotBrief clips, none of this project), a cut with no
/// clip from ShotBrief at all, and (with importForeignClips) a foreign clip whose media is not
/// found.
Result<ConformPlan> planConform(const Project &project, const QString &projectPath,
                                const EditedCut &cut, const ConformOptions &options);

} // namespace ShotBrief
