// SPDX-License-Identifier: MIT
#include "languagedetection.h"

namespace ShotBrief {

namespace {

/// Enough weighted characters to call the language of a brief: a few shots' worth of text.
/// Callers compose every shot of a project in a loop, so this bounds their cost too.
constexpr qsizetype DecisiveWeight = 1500;
constexpr qsizetype CjkWeight = 3;

bool isKana(char16_t u)
{
    return (u >= 0x3040 && u <= 0x30ff) || (u >= 0x31f0 && u <= 0x31ff) ||
           (u >= 0xff66 && u <= 0xff9f); // half-width katakana
}

bool isHan(char16_t u)
{
    return (u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff);
}

} // namespace

void LanguageTally::add(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            m_latin += (c.isLetter() ? 1 : 0);
        } else if (isKana(u)) {
            ++m_kana;
        } else if (isHan(u)) {
            ++m_han;
        } else if (c.isLetter() && u < 0x2000) {
            ++m_latin; // accented Latin letters
        }
    }
}

bool LanguageTally::isDecided() const
{
    return m_latin + CjkWeight * (m_han + m_kana) >= DecisiveWeight;
}

PromptLanguage LanguageTally::language() const
{
    const qsizetype cjk = m_han + m_kana;
    if (cjk == 0 || CjkWeight * cjk < m_latin)
        return PromptLanguage::English;
    // Japanese prose is a third to a half kana; Chinese has none, but a katakana name may
    // appear in it.
    return m_kana * 8 >= cjk ? PromptLanguage::Japanese : PromptLanguage::Chinese;
}

PromptLanguage detectTextLanguage(QStringView text)
{
    LanguageTally tally;
    tally.add(text);
    return tally.language();
}

PromptLanguage detectPromptLanguage(const Project &project)
{
    LanguageTally tally;
    for (const Shot &shot : project.shots) {
        tally.add(shot.sceneProse);
        for (const QString &beat : shot.actionBeats)
            tally.add(beat);
        for (const DialogueLine &line : shot.dialogue)
            tally.add(line.line);
        tally.add(shot.lighting);
        tally.add(shot.mood);
        tally.add(shot.lensStyle);
        if (tally.isDecided())
            return tally.language();
    }
    tally.add(project.style.lighting);
    tally.add(project.style.mood);
    tally.add(project.style.lensStyle);
    for (const CastMember &member : project.cast) {
        tally.add(member.identity);
        if (tally.isDecided())
            break;
    }
    return tally.language();
}

PromptLanguage effectivePromptLanguage(const Project &project)
{
    // Detected only when automatic: a chosen language costs nothing per composed shot.
    if (project.format.promptLanguage)
        return *project.format.promptLanguage;
    return detectPromptLanguage(project);
}

} // namespace ShotBrief
