// SPDX-License-Identifier: MIT
#pragma once

#include "screenplay.h"

#include <QString>

namespace ShotBrief::Script {

/// Reads Fountain (fountain.io syntax 1.1) into the neutral screenplay model: title page,
/// scene headings (INT./EXT./EST./INT./EXT./I/E, any case, forced with ".", "#1A#" scene
/// numbers), action (forced with "!"), character cues (all caps or forced with "@", extensions
/// stripped from the speaker, "^" dual dialogue), parentheticals, dialogue, transitions
/// (forced with ">"), centred text, lyrics ("~"), sections ("#") and synopses ("=") as scene
/// notes, notes ([[ ]]) as paragraph notes, boneyard (/* */) ignored, emphasis removed.
/// Never fails: text it does not understand is action, with a warning where it guessed.
class FountainParser
{
public:
    /// `text` as decodeScriptText() returns it (line ends "\n").
    static Screenplay parse(const QString &text);

    /// Paragraph text longer than this is shortened (with a warning): a shot's text must stay
    /// far below the project file's 1 MiB string limit, and no screenplay paragraph is this long.
    static constexpr qsizetype MaxParagraphChars = 20000;
};

} // namespace ShotBrief::Script
