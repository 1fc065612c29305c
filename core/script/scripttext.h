// SPDX-License-Identifier: MIT
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ShotBrief::Script {

/// Scripts larger than this are refused before they are read: a feature screenplay is
/// about 200 KB of Fountain or 1 MB of FDX.
inline constexpr qint64 MaxScriptBytes = 10 * 1024 * 1024;

/// The text of a script file: UTF-8 with or without a byte order mark, or UTF-16 with one.
/// Refuses (naming `file` and where) an empty file, one over MaxScriptBytes, binary data
/// (NUL bytes or other control characters) and invalid UTF-8. Line ends become "\n".
Result<QString> decodeScriptText(const QByteArray &bytes, const QString &file);

/// True when the text looks like it came from a binary file (NUL or many control bytes).
bool looksBinary(QByteArrayView bytes);

/// Fountain emphasis (*italic*, **bold**, ***both***, _underline_) removed, escaped
/// markers (\*, \_) kept as the plain character.
QString stripEmphasis(const QString &text);

/// The speaker of a character cue: extensions in parentheses ("(V.O.)", "(CONT'D)"), a
/// dual-dialogue caret and surrounding space removed. "MOM (O. S.)" -> "MOM".
QString speakerFromCue(const QString &cue);

/// The sentences of a paragraph, in order, trimmed: split after . ! ? … and their CJK
/// forms (。！？), keeping abbreviations such as "Mr." and "e.g." and an ellipsis in the
/// middle of a sentence together. Lines that end a sentence split too; a line that does
/// not (a hard wrap) joins the next one.
QStringList sentences(const QString &paragraph);

/// True when the text has at least one cased letter and no lower-case one ("CLOSE ON MEI").
bool isUpperCaseLine(QStringView text);

/// "MEI'S HANDS" -> "Mei's hands": all-caps text in sentence case, with the words in
/// `names` (any case) written as the names are.
QString sentenceCase(const QString &text, const QStringList &names = {});

/// Text with runs of white space (including line ends) collapsed to one space, trimmed:
/// the form in which two script texts are compared.
QString normalizedText(const QString &text);

/// How alike two texts are, 0 (nothing shared) to 1 (the same words): the Dice
/// coefficient of their word (or CJK character) multisets, case-insensitive.
double textSimilarity(const QString &a, const QString &b);

/// Text without the parts in parentheses: what an actor says of a dialogue line.
QString spokenText(const QString &dialogue);

} // namespace ShotBrief::Script
