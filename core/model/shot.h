// SPDX-License-Identifier: MIT
#pragma once

#include "board.h"
#include "cameraterms.h"
#include "palette.h"
#include "review.h"
#include "scriptref.h"
#include "take.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// Detailed prompts buy control; concise ones leave the model free (prompting.md).
enum class PromptStrategy { Detailed, Concise };

QString promptStrategyKey(PromptStrategy strategy); ///< "detailed" / "concise"

struct DialogueLine
{
    QString speaker; ///< A cast member's name, or free text ("Radio", "V.O.").
    QString line;

    bool operator==(const DialogueLine &) const = default;
};

/// One shot: a structured brief for a cinematographer.
struct Shot
{
    QString id;      ///< Stable UUID without braces; survives reorder and rename.
    QString label;   ///< "1A", "12" ... what the crew calls it.
    QString sceneId; ///< Scene::id, or empty.
    PromptStrategy strategy = PromptStrategy::Detailed;

    QString sceneProse; ///< Characters, costumes, setting, weather, in plain language.
    FramingTerm framing;
    AngleTerm angle;
    MovementTerm movement;
    DepthOfFieldTerm depthOfField;
    QString lensStyle; ///< "anamorphic 40mm", "handheld 16mm film" ...
    QString lighting;  ///< Source, direction, quality.
    Palette palette;   ///< 3-5 colour anchors.
    QString mood;
    QStringList actionBeats; ///< Ordered, countable steps.
    QList<DialogueLine> dialogue;
    QStringList castIds; ///< CastMember::id of those present, in order.

    int durationSeconds = 4; ///< 4, 8 or 12 on Sora; the provider profile decides.
    QString model;           ///< Empty: the project's default.
    QString size;            ///< "1280x720"; empty: the project's default.
    QString referenceImage;  ///< Relative to the media folder; the first frame.
    QString lastFrame;       ///< Relative to the media folder; the clip's last frame, or empty.
    /// The first frame is the last frame of the previous shot's circled take (continuity).
    bool chainPrevious = false;
    QString notes;       ///< For the crew; never sent to the model.
    Board board;         ///< The storyboard drawing; empty when none.
    ScriptRef scriptRef; ///< Where the shot came from in a script; unset for others.

    QList<Take> takes;
    QString circledTakeId; ///< Take::id of the chosen take, or empty.
    QList<Review> reviews; ///< What the reviewers of review packages said, one per reviewer.
    /// Dropped from the edited cut (conform): kept in the plan, left out of playback and
    /// every export until restored.
    bool cut = false;

    QByteArray unknownJson; ///< Keys this version does not know, written back verbatim.

    const Take *circledTake() const;
    const Take *takeById(const QString &takeId) const;
    int takeIndex(const QString &takeId) const; ///< -1 when absent.
    /// How long the shot plays in the sequence and the edit lists: the used part of the
    /// circled take when the edit trimmed it, else the shot's duration.
    qint64 playLengthMs() const;

    bool operator==(const Shot &) const = default;
};

/// The first take of a shot to become ready is circled when nothing is circled yet, so the
/// sequence plays generated footage at once; a take the user circled is never replaced.
/// Returns true when it circled `take`.
bool circleIfFirstReady(Shot &shot, const Take &take);

/// "medium shot · eye level · dolly in": the shot's framing, angle and movement on one line,
/// those that are set, in the interface language (slates, the board grid, the storyboard).
QString cameraSummary(const Shot &shot);

} // namespace ShotBrief
