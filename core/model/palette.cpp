// SPDX-License-Identifier: MIT
#include "palette.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace ShotBrief {

bool isValidHexColor(const QString &hex)
{
    if (!(hex.size() == 4 || hex.size() == 7) || hex.front() != QLatin1Char('#'))
        return false;
    for (qsizetype i = 1; i < hex.size(); ++i) {
        const QChar c = hex.at(i);
        const bool isHexDigit = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                                (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                                (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!isHexDigit)
            return false;
    }
    return true;
}

QString normalizedHexColor(const QString &hex)
{
    if (!isValidHexColor(hex))
        return hex;
    if (hex.size() == 7)
        return hex.toLower();
    QString out = QStringLiteral("#");
    for (qsizetype i = 1; i < 4; ++i)
        out += QString(2, hex.at(i).toLower());
    return out;
}

QString paletteNames(const Palette &palette)
{
    QStringList names;
    for (const PaletteColor &color : palette) {
        const QString name = color.name.trimmed();
        names << (name.isEmpty() ? color.hex : name);
    }
    names.removeAll(QString());
    return names.join(QLatin1String(", "));
}

QStringList paletteColourNames(const Palette &palette)
{
    // What separates colours in a list, in English and in CJK punctuation; "and"/"or" only as
    // whole words ("sandy" stays one colour).
    static const QRegularExpression separators(
        QStringLiteral("\\s*(?:[,;/+&\u3001\uff0c\uff1b\uff0f]|\\b(?:and|or)\\b)\\s*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QStringList names;
    QSet<QString> seen;
    const auto add = [&](const QString &name) {
        const QString key = name.toLower();
        if (name.isEmpty() || seen.contains(key))
            return;
        seen.insert(key);
        names.append(name);
    };
    for (const PaletteColor &color : palette) {
        const QString name = color.name.trimmed();
        if (name.isEmpty()) {
            add(normalizedHexColor(color.hex));
            continue;
        }
        for (const QString &part : name.split(separators, Qt::SkipEmptyParts))
            add(part.trimmed());
    }
    return names;
}

} // namespace ShotBrief
