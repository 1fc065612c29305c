// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ShotBrief {

/// The language a prompt is composed in: its section headers, camera terms and joining words.
/// The user's own words are never translated.
enum class PromptLanguage { English, Chinese, Japanese };

/// The value of `format.prompt_language`: "en", "zh_CN" or "ja" ("" is automatic).
QString promptLanguageKey(PromptLanguage language);
/// The language of a key; nothing for "" (automatic) and for a key this version does not know.
std::optional<PromptLanguage> promptLanguageFromKey(QStringView key);

/// The one of three values (word lists, template words) that belongs to `language`.
template<typename T>
const T &inLanguage(PromptLanguage language, const T &english, const T &chinese, const T &japanese)
{
    switch (language) {
    case PromptLanguage::Chinese:
        return chinese;
    case PromptLanguage::Japanese:
        return japanese;
    case PromptLanguage::English:
        break;
    }
    return english;
}

} // namespace ShotBrief
