// SPDX-License-Identifier: MIT
#pragma once

#include "reviewfeedback.h"

#include "model/project.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ShotBrief {

struct ReviewImportOptions
{
    /// Also apply feedback about shots whose plan changed since the package was made.
    bool includeChangedShots = false;
};

/// What became of one thing a reviewer said about one shot, or of a whole file.
struct ReviewImportEntry
{
    enum class Outcome {
        Applied,      ///< New, or replaces this reviewer's older review of the shot.
        Unchanged,    ///< The project already holds exactly this review.
        Older,        ///< The project holds a newer review by the same reviewer: kept.
        ShotChanged,  ///< The shot's plan changed since the package: not applied.
        UnknownShot,  ///< No shot with this id (deleted, or another project's).
        OtherProject, ///< Not one shot of the file is in this project: the file is refused.
    };
    Outcome outcome = Outcome::Applied;
    QString fileName;
    QString reviewer;
    QString shotId;    ///< Empty for OtherProject.
    QString shotLabel; ///< The project's label, or the package's when the shot is unknown.
    QString detail;    ///< More for a person: what was replaced, a dropped preferred take.
    Review review;     ///< What the reviewer said (Applied, Unchanged, Older, ShotChanged).

    bool isApplied() const { return outcome == Outcome::Applied; }
    /// Not applied and not already there: something a person should look at.
    bool isSkipped() const;
    /// One line for the CLI and the window: "shot 3, Ana: applied (changes requested)".
    QString toString() const;
};

/// What importing feedback files would do; ProjectDocument::setShotReviews applies it in one
/// undo step, the CLI applies it to the file.
struct ReviewImportPlan
{
    QHash<QString, QList<Review>> reviewsByShot; ///< Only the shots whose reviews change.
    QList<ReviewImportEntry> entries;            ///< Per file, per shot that has something said.

    int appliedCount() const;
    int skippedCount() const;
    /// "Reviews applied: 5, skipped: 2; shots changed: 3." (translated)
    QString summary() const;
};

/// Merges the reviewers' feedback into the project's reviews, file after file: one review per
/// reviewer and shot, the most recent one winning (the review's time, not the file's order);
/// a preferred take that is not one of the shot's takes is dropped with a note; a file none of
/// whose shots is in the project is refused whole.
ReviewImportPlan planReviewImport(const Project &project, const QList<ReviewFeedback> &files,
                                  const ReviewImportOptions &options = {});

} // namespace ShotBrief
