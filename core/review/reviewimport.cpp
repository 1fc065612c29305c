// SPDX-License-Identifier: MIT
#include "reviewimport.h"

#include "shotrevision.h"

#include "model/shotname.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace ShotBrief {

namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ReviewImport)
};

bool sameReview(const Review &a, const Review &b)
{
    return a.reviewer == b.reviewer && a.decision == b.decision && a.note == b.note &&
           a.preferredTakeId == b.preferredTakeId;
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QString();
}

} // namespace

bool ReviewImportEntry::isSkipped() const
{
    return outcome != Outcome::Applied && outcome != Outcome::Unchanged;
}

QString ReviewImportEntry::toString() const
{
    const QString file = QFileInfo(fileName).fileName();
    QString what;
    switch (outcome) {
    case Outcome::Applied:
        what = ImportText::tr("applied (%1)").arg(reviewDecisionText(review.decision));
        break;
    case Outcome::Unchanged:
        what = ImportText::tr("already in the project");
        break;
    case Outcome::Older:
        what = ImportText::tr("not applied: the project holds a newer review by %1").arg(reviewer);
        break;
    case Outcome::ShotChanged:
        what = ImportText::tr("not applied: the shot has changed since the package was made");
        break;
    case Outcome::UnknownShot:
        what = ImportText::tr("not applied: the shot is not in this project");
        break;
    case Outcome::OtherProject:
        return ImportText::tr("%1: refused: none of its shots is in this project (it is %2's "
                              "review of \"%3\")")
            .arg(file, reviewer, detail);
    }
    QString line = ImportText::tr("%1: shot %2, %3: %4").arg(file, shotLabel, reviewer, what);
    if (!detail.isEmpty())
        line += QStringLiteral("; ") + detail;
    return line;
}

int ReviewImportPlan::appliedCount() const
{
    int count = 0;
    for (const ReviewImportEntry &entry : entries)
        count += entry.isApplied() ? 1 : 0;
    return count;
}

int ReviewImportPlan::skippedCount() const
{
    int count = 0;
    for (const ReviewImportEntry &entry : entries)
        count += entry.isSkipped() ? 1 : 0;
    return count;
}

QString ReviewImportPlan::summary() const
{
    return ImportText::tr("Reviews applied: %1, skipped: %2; shots changed: %3.")
        .arg(appliedCount())
        .arg(skippedCount())
        .arg(reviewsByShot.size());
}

ReviewImportPlan planReviewImport(const Project &project, const QList<ReviewFeedback> &files,
                                  const ReviewImportOptions &options)
{
    ReviewImportPlan plan;
    // The working copy of every touched shot's reviews, so that later files see earlier ones.
    QHash<QString, QList<Review>> working;
    for (const ReviewFeedback &file : files) {
        bool anyShotKnown = false;
        for (const ReviewFeedbackShot &entry : file.shots)
            anyShotKnown = anyShotKnown || project.shotById(entry.shotId);
        if (!anyShotKnown) {
            ReviewImportEntry refused;
            refused.outcome = ReviewImportEntry::Outcome::OtherProject;
            refused.fileName = file.fileName;
            refused.reviewer = file.reviewer;
            refused.detail = file.projectTitle;
            plan.entries.append(refused);
            continue;
        }
        for (const ReviewFeedbackShot &entry : file.shots) {
            if (!entry.hasContent())
                continue; // The reviewer did not get to this shot.
            ReviewImportEntry result;
            result.fileName = file.fileName;
            result.reviewer = file.reviewer;
            result.shotId = entry.shotId;
            result.review = Review{file.reviewer, entry.decision, entry.note.trimmed(),
                                   entry.preferredTakeId, entry.at};
            const Shot *shot = project.shotById(entry.shotId);
            if (!shot) {
                result.outcome = ReviewImportEntry::Outcome::UnknownShot;
                result.shotLabel = entry.label;
                plan.entries.append(result);
                continue;
            }
            result.shotLabel = shotName(project, shot->id);
            if (shotRevision(*shot, entry.shownTakeIds) != entry.revision) {
                if (!options.includeChangedShots) {
                    result.outcome = ReviewImportEntry::Outcome::ShotChanged;
                    plan.entries.append(result);
                    continue;
                }
                result.detail = ImportText::tr("the shot has changed since the package was made");
            }
            if (!result.review.preferredTakeId.isEmpty() &&
                !shot->takeById(result.review.preferredTakeId)) {
                result.review.preferredTakeId.clear();
                const QString dropped = ImportText::tr("the preferred take is no longer in the "
                                                       "project and was left out");
                result.detail = result.detail.isEmpty()
                                    ? dropped
                                    : result.detail + QStringLiteral("; ") + dropped;
            }
            if (!working.contains(shot->id))
                working.insert(shot->id, shot->reviews);
            QList<Review> &reviews = working[shot->id];
            const qsizetype existing = reviewIndex(reviews, file.reviewer);
            if (existing < 0) {
                reviews.append(result.review);
                result.outcome = ReviewImportEntry::Outcome::Applied;
            } else if (sameReview(reviews.at(existing), result.review)) {
                result.outcome = ReviewImportEntry::Outcome::Unchanged;
            } else if (reviews.at(existing).at.isValid() && result.review.at.isValid() &&
                       reviews.at(existing).at > result.review.at) {
                result.outcome = ReviewImportEntry::Outcome::Older;
                result.detail =
                    ImportText::tr("this one is from %1, the project's from %2")
                        .arg(shortTime(result.review.at), shortTime(reviews.at(existing).at));
            } else {
                const QString replaced =
                    ImportText::tr("replaces %1's review of %2")
                        .arg(file.reviewer, shortTime(reviews.at(existing).at));
                result.detail = result.detail.isEmpty()
                                    ? replaced
                                    : result.detail + QStringLiteral("; ") + replaced;
                reviews[existing] = result.review;
                result.outcome = ReviewImportEntry::Outcome::Applied;
            }
            plan.entries.append(result);
        }
    }
    for (auto it = working.cbegin(); it != working.cend(); ++it) {
        if (const Shot *shot = project.shotById(it.key()); shot && shot->reviews != it.value())
            plan.reviewsByShot.insert(it.key(), it.value());
    }
    return plan;
}

} // namespace ShotBrief
