// SPDX-License-Identifier: MIT
#pragma once

#include "model/result.h"
#include "model/review.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// One shot of a feedback file: what the reviewer said, and which plan they saw.
struct ReviewFeedbackShot
{
    QString shotId;
    QString label;            ///< The label in the package, for reports.
    QString revision;         ///< shotRevision() when the package was made.
    QStringList shownTakeIds; ///< The takes the package showed, in its order.
    ReviewDecision decision = ReviewDecision::None;
    QString note; ///< Control characters removed (line feeds and tabs kept).
    QString preferredTakeId;
    QDateTime at; ///< UTC; the file's saved_at when the entry has none.

    /// True when the reviewer said anything (a decision, a note or a preferred take).
    bool hasContent() const;
};

/// A feedback file the review page saved ("Download feedback"), format version 1
/// (README: Review packages). Parsed strictly: a wrong type names the field.
struct ReviewFeedback
{
    QString fileName;     ///< As given to parse(): used in reports.
    QString packageId;    ///< The package the reviewer opened.
    QString projectTitle; ///< The project's title in that package.
    QDateTime packageCreatedAt;
    QString reviewer; ///< Trimmed, never empty.
    QDateTime savedAt;
    QList<ReviewFeedbackShot> shots;
};

namespace ReviewFeedbackFile {

inline constexpr char FormatName[] = "shotbrief-review-feedback";
inline constexpr int CurrentVersion = 1;
/// Larger files are refused before they are read: a real one for 5,000 shots with long notes
/// is well under a megabyte.
inline constexpr qint64 MaxBytes = 8ll * 1024 * 1024;
inline constexpr int MaxNoteCharacters = 10000; ///< The page's note field allows as much.
inline constexpr int MaxReviewerCharacters = 100;
inline constexpr int MaxShots = 100000;

/// Parses the bytes of a feedback file; `fileName` is used in messages.
Result<ReviewFeedback> parse(QByteArrayView bytes, const QString &fileName);
/// Reads and parses a file, refusing one over MaxBytes without reading it.
Result<ReviewFeedback> load(const QString &path);

/// `text` without control characters other than line feed and tab (\r\n becomes \n): what
/// the import keeps of a note or a name, so that nothing in it can drive a terminal or hide
/// text. Not an HTML escape: notes are shown as plain text everywhere.
QString withoutControlCharacters(const QString &text);

} // namespace ReviewFeedbackFile

} // namespace ShotBrief
