// SPDX-License-Identifier: MIT
#pragma once

#include "exportoptions.h"

#include "board/shotpicture.h"

#include "model/project.h"
#include "model/result.h"
#include "prompt/costestimate.h"
#include "prompt/linter.h"
#include "prompt/takestaleness.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ShotBrief {

/// One shot as every exporter sees it: the brief with the style bible filled in, the
/// composed prompt, lint findings, cost and the media that exists on disk.
struct ExportShot
{
    const Shot *shot = nullptr; ///< Not owned; points into ExportData::project.
    int index = -1;             ///< Index in project.shots.
    int number = 0;             ///< 1-based position among the shots not cut from the edit.
    QString sceneTitle;
    QString prompt;
    QList<LintFinding> findings;
    ShotEstimate estimate;
    QString model;
    QString size;
    // The shot's own value, or the style bible's when the shot leaves it empty.
    QString lensStyle;
    QString lighting;
    QString mood;
    Palette palette;
    const Take *circledTake = nullptr;  ///< Not owned; null when no take is circled.
    QString circledTakeName;            ///< "Take 3" (model/shotname.h); empty when none.
    TakeStaleness circledTakeStaleness; ///< What the shot changed since that take was made.
    /// The shot's picture: the circled take's frame, else its board, else its first frame
    /// (the reference image), else none (draw a slate then).
    ShotPicture picture;
    /// Absolute path of that picture's file when it has one on disk (a board drawn since the
    /// last save has none: slate.h's loadShotPicture draws it).
    QString picturePath;
    /// Absolute paths of the pictures the clip begins and ends on, when they exist on disk: the
    /// shot's first frame (for a chained shot, the frame its circled take began on) and last
    /// frame. Empty when there is none.
    QString firstFramePath;
    QString lastFramePath;
    /// Absolute path of the circled take's clip when the take is ready and the file exists;
    /// empty otherwise (edit lists put a slate or a gap there).
    QString clipPath;
    /// Where the edit starts in the clip: the circled take's in point (0 untrimmed).
    qint64 clipInMs = 0;
    /// How long the shot lasts in the edit: the used part of a trimmed take, else the take's
    /// length when its clip exists, else the shot's duration (a slate).
    qint64 lengthMs = 0;

    QString displayLabel() const; ///< The label, or the number when the label is empty.
    /// "8 s", the length asked of the provider; "8 s (2.00 s in the cut)" when the circled
    /// take is trimmed, so that the sheets say what the edit plays too.
    QString durationText() const;
    /// "Take 3 (ready)", and what makes it out of date when it is; "none" (translated).
    QString circledTakeText() const;
};

struct ExportData
{
    const Project *project = nullptr; ///< Not owned.
    QString projectPath;
    QString projectTitle; ///< The title, or the file's base name when the title is empty.
    QDateTime exportedAt;
    QList<ExportShot> shots;
    ProjectEstimate estimate;  ///< Over the exported shots only.
    int totalSeconds = 0;      ///< Over the exported shots only.
    int sequenceShotCount = 0; ///< Shots of the project not cut from the edit.
};

/// One reviewer's word on a shot in one line of text (translated): "Ana: changes requested
/// (prefers take 2; 2026-09-21) — the note". Plain text: every format escapes it its way.
QString reviewText(const Shot &shot, const Review &review);

/// An Error with a message (and the file it is about), without aggregate-init warnings.
Error exportError(const QString &message, const QString &file = {});

/// Gathers everything once so each exporter is a pure layout of it. `project` must
/// outlive the result. Shots listed in options.shotIds that do not exist are skipped, and so
/// are shots cut from the edit (Shot::cut): they are in no export until restored.
ExportData collectExportData(const Project &project, const QString &projectPath,
                             const ExportOptions &options, const PriceTable &prices);

} // namespace ShotBrief
