// SPDX-License-Identifier: MIT
#pragma once

#include "export/exportoptions.h"

#include "model/project.h"
#include "model/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// Which takes a review package carries.
enum class ReviewTakes {
    Circled, ///< The circled take of each shot (the sequence as it stands).
    All      ///< Every ready take, side by side, so that reviewers can prefer one.
};

QString reviewTakesKey(ReviewTakes takes); ///< "circled" / "all"
std::optional<ReviewTakes> reviewTakesFromKey(const QString &key);

struct ReviewPackageOptions
{
    /// The folder to write (created; an earlier review package there is replaced, any other
    /// folder must be empty), or with `zip` the archive (".zip" is added when missing).
    QString outputPath;
    bool zip = false;
    ReviewTakes takes = ReviewTakes::Circled;
    QStringList shotIds; ///< Shots to include, by id, in timeline order; empty: all.
    /// The interface language the page is written in: "en", "zh_CN", "ja" (its words come
    /// from the translator installed for it).
    QString language = QStringLiteral("en");
    QDateTime createdAt; ///< Now when not set (tests set it).
    QString packageId;   ///< A new UUID when not set.
};

struct ReviewPackageSummary
{
    QString path; ///< The folder or archive written.
    int shots = 0;
    int clips = 0;
    int pictures = 0;     ///< Boards, frames, posters and slates.
    qint64 bytes = 0;     ///< The size of what was written (the archive's, when zipped).
    QStringList warnings; ///< Media that could not be included, each naming the shot and file.
};

/// Writes a review package of `project` (saved at `projectPath`, whose media folder holds the
/// clips and pictures): index.html (the page, its data embedded) and media/ with the clips,
/// posters and pictures, scaled where they are larger than a browser shows them. Shots without
/// any picture get a slate (needs a QGuiApplication; without one they have none).
/// All or nothing: it is built beside the output and moved into place only when complete; a
/// failure or a cancel through `progress` leaves what was there before.
Result<ReviewPackageSummary> writeReviewPackage(const Project &project, const QString &projectPath,
                                                const ReviewPackageOptions &options,
                                                const ExportProgress &progress = {});

namespace ReviewPackage {
inline constexpr char FormatName[] = "shotbrief-review-package";
inline constexpr int CurrentVersion = 1;
/// The marker index.html carries, by which an earlier package is recognised and replaced.
inline constexpr char PageMarker[] =
    "<meta name=\"generator\" content=\"ShotBrief review package\">";
/// "zh_CN" -> "zh-CN": the page's lang attribute and the script's date formatting.
QString htmlLanguage(const QString &language);
} // namespace ReviewPackage

} // namespace ShotBrief
