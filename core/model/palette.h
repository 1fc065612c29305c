// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// One colour anchor of a palette: a name the model understands ("teal") and its swatch.
struct PaletteColor
{
    QString name;
    QString hex; ///< "#rrggbb", lower case; may be empty when only the name matters.

    bool operator==(const PaletteColor &) const = default;
};

using Palette = QList<PaletteColor>;

/// True for "#rgb" and "#rrggbb" (either case).
bool isValidHexColor(const QString &hex);
/// "#ABC" -> "#aabbcc"; returns the input unchanged if it is not a valid colour.
QString normalizedHexColor(const QString &hex);

/// The palette's names joined for a prompt: "teal, sand, rust".
QString paletteNames(const Palette &palette);

/// The colours the prompt will name, in order, each once (compared without case): a row
/// whose name lists several ("red, orange and gold") counts for each of them; a row
/// without a name counts as its hex value.
QStringList paletteColourNames(const Palette &palette);

} // namespace ShotBrief
