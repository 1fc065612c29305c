// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief::Script {

/// What a paragraph of a screenplay is, whatever format it came from.
enum class ElementKind {
    Action,      ///< Description of what the camera sees.
    Speech,      ///< A character's speech: cue, parentheticals and dialogue, one element.
    ShotHeading, ///< "CLOSE ON HER HANDS", an FDX Shot paragraph: starts a new shot.
    Transition,  ///< "CUT TO:"; kept for the record, not a shot.
    Centered,    ///< ">THE END<"
    Lyrics,      ///< "~Sing it"; sung words are performed like dialogue.
    Note         ///< A note paragraph of its own ([[ ]] alone, an FDX ScriptNote).
};

/// One paragraph of the script body, in a neutral form.
struct ScriptElement
{
    ElementKind kind = ElementKind::Action;
    /// Action, shot heading, transition, centred text, lyrics or note: the text, emphasis
    /// markers and notes removed. Speech: the dialogue, parentheticals in place, as
    /// "(quietly) I know." (what is spoken is dialogueWords()).
    QString text;
    QString speaker;   ///< Speech: the name without extensions ("MOM" for "MOM (V.O.)").
    QString cue;       ///< Speech: the cue as written, forcing marks removed.
    bool dual = false; ///< Speech: the second (right) speech of a dual dialogue.
    QStringList notes; ///< Notes found in this paragraph ([[ ]], inline ScriptNotes).
    int line = 0;      ///< Where it starts: the line (Fountain, CSV) or paragraph (FDX).

    bool operator==(const ScriptElement &) const = default;
};

/// One scene: a heading and the paragraphs under it.
struct ScriptScene
{
    QString heading;   ///< As written, without its scene number and forcing dot.
    QString number;    ///< "1A" from "#1A#" (Fountain) or Number="1A" (FDX); may be empty.
    QStringList notes; ///< Sections (# Act One) and synopses (= ...) that lead to the scene.
    QList<ScriptElement> elements;
    bool opening = false; ///< Made from text before the first scene heading.
    int line = 0;

    bool operator==(const ScriptScene &) const = default;
};

enum class ScriptFormat { Fountain, FinalDraft, ShotListCsv };

/// More than this is not one screenplay to plan at once (a feature has about 200 scenes and
/// 2,000 paragraphs); the parsers stop there, so a hostile 10 MB file cannot fill the memory.
inline constexpr int MaxScenes = 5000;
inline constexpr int MaxElements = 100000;

/// A screenplay read from any format: what the importer maps to scenes, cast and shots.
struct Screenplay
{
    ScriptFormat format = ScriptFormat::Fountain;
    QString title; ///< Fountain's Title:, or the FDX title page's first paragraph.
    QList<ScriptScene> scenes;
    QStringList warnings;  ///< Things read but not understood, translated, with a line.
    bool tooLarge = false; ///< Reading stopped at MaxScenes or MaxElements.

    int speechCount() const;
    int elementCount() const;

    /// The scene an element goes to: the last one; before the first heading, an opening scene
    /// (made with `pendingNotes`, which it takes) when `create`, else none.
    ScriptScene *sceneForElement(bool create, QStringList &pendingNotes);
    /// Distinct speakers in order of their first speech.
    QStringList speakers() const;
};

/// A speech with nothing spoken ("MEI" over "(nods)") is action: "MEI (nods)".
void speechWithoutWordsToAction(ScriptElement &speech);

} // namespace ShotBrief::Script
