// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"
#include "model/promptlanguage.h"

#include <QString>
#include <QStringView>

namespace ShotBrief {

/// Counts the script of texts to tell which of the three languages most of them are in: CJK
/// characters weigh three Latin letters (a Chinese or Japanese sentence needs about a third of
/// the characters of its English equivalent), kana make CJK text Japanese.
class LanguageTally
{
public:
    void add(QStringView text);
    /// Enough text has been read to decide; reading more would not change the answer.
    bool isDecided() const;
    PromptLanguage language() const;

private:
    qsizetype m_latin = 0;
    qsizetype m_han = 0;
    qsizetype m_kana = 0;
};

/// The language one text is written in (English when it has no CJK characters).
PromptLanguage detectTextLanguage(QStringView text);
/// The language most of the brief is written in: the shots' prose, beats, dialogue, lighting,
/// mood and lens words, the style bible and the cast identities. Reads only as much text as
/// it takes to decide, so it costs the same for a project of ten shots or ten thousand.
PromptLanguage detectPromptLanguage(const Project &project);
/// The project's chosen prompt language (format.promptLanguage), or the detected one when it
/// is automatic.
PromptLanguage effectivePromptLanguage(const Project &project);

} // namespace ShotBrief
