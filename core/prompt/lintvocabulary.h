// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// The word lists the linter matches, kept as data apart from the rules: English plus
/// Chinese and Japanese equivalents. Latin words match on word boundaries ("nice" is not
/// found in "Venice"); CJK words match anywhere, as CJK text has no spaces.
namespace LintVocabulary {

enum class VagueKind {
    Look,  ///< An adjective where a visible noun belongs ("beautiful").
    Motion ///< An adverb or verb where a countable action belongs ("quickly").
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
/// Real public figures whose likeness the providers refuse without consent.
const QStringList &publicFigures();
/// Well-known copyrighted characters.
const QStringList &copyrightedCharacters();

/// True for a CJK ideograph, kana or hangul code unit (a surrogate counts as CJK too).
bool isCjk(QChar c);
/// True when the text contains a CJK ideograph, kana or hangul (no word boundaries there).
bool hasCjk(const QString &text);
/// One alternation of the words, Latin ones between word boundaries, with each word captured
/// in order so that callers can tell which one matched via capturedTexts.
QString wordAlternation(const QStringList &words);

} // namespace LintVocabulary
} // namespace ShotBrief
