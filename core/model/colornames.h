// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace ShotBrief {

/// Colour names as prompts use them ("teal", "sand", "neon pink", "#c2b280") mapped to RGB.
class ColorNames
{
public:
    /// Returns 0xffRRGGBB. CSS names plus film/art-direction words; "deep teal" falls back to
    /// "teal"; a "#rgb" or
    /// "#rrggbb" anywhere in the name wins; unknown names get a stable colour hashed from
    /// the name, so the same word always paints the same band.
    static quint32 rgbFor(const QString &name);
    /// True when the name (or its last word) is in the table.
    static bool isKnown(const QString &name);
    /// The palette names of a composed prompt: the text after the last "palette:" on its line,
    /// split at commas, semicolons, slashes and " and ". Empty when the prompt names none.
    static QStringList paletteFromPrompt(const QString &prompt);
};

} // namespace ShotBrief
