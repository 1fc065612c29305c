// SPDX-License-Identifier: MIT
#pragma once

#include "model/promptlanguage.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// The word lists the linter matches, kept as data apart from the rules: English plus
/// Chinese and Japanese equivalents. Latin words match on word boundaries ("nice" is not
/// found in "Venice"); CJK words match anywhere, as CJK text has no spaces.
namespace LintVocabulary {

enum class VagueKind {
    Look,     ///< An adjective where a visible noun belongs ("beautiful").
    Motion,   ///< An adverb or verb where a countable action belongs ("quickly").
    StyleTerm ///< Vague in a scene, but a rendering style in a lens/style ("photorealistic").
};

struct VagueWord
{
    QString word; ///< Lower case.
    VagueKind kind;
};

const QList<VagueWord> &vagueWords();
/// Regular expressions (case-insensitive) for container parameters written as prompt words:
/// durations, resolutions, aspect ratios, model names, "make it longer".
const QStringList &containerPatterns();
/// Latin words at least one of which each container pattern without a digit contains: the
/// linter runs the patterns only on fields with a digit, CJK text or one of these words.
const QStringList &containerTriggerWords();
/// Regular expressions (case-insensitive) that tell whether an action beat is executable, in
/// one language: a verb of open-ended movement ("walks", "走", "歩く") makes a beat need a
/// count ("four steps"), an end point ("to the window") or a timing ("in the final second").
struct ActionPatterns
{
    QString travel;
    QString count;
    QString endPoint;
    QString timing;
};
const ActionPatterns &actionPatterns(PromptLanguage language);
/// Latin words without which a sentence cannot describe a look (see cast-redefined).
const QStringList &appearanceTriggerWords();
/// Real public figures whose likeness the providers refuse without consent.
const QStringList &publicFigures();
/// Well-known copyrighted characters.
const QStringList &copyrightedCharacters();

/// True for a CJK ideograph, kana or hangul code unit (a surrogate counts as CJK too).
inline bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x3040 && ((u <= 0x30ff)                   // hiragana, katakana
                           || (u >= 0x3400 && u <= 0x9fff) // CJK ideographs
                           || (u >= 0xac00 && u <= 0xd7af) // hangul
                           || (u >= 0xf900 && u <= 0xfaff) // compatibility ideographs
                           || c.isSurrogate());            // extension planes
}
/// True when the text contains a CJK ideograph, kana or hangul (no word boundaries there).
bool hasCjk(const QString &text);

} // namespace LintVocabulary
} // namespace ShotBrief
