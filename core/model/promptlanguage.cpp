// SPDX-License-Identifier: MIT
#include "promptlanguage.h"

namespace ShotBrief {

QString promptLanguageKey(PromptLanguage language)
{
    switch (language) {
    case PromptLanguage::English:
        return QStringLiteral("en");
    case PromptLanguage::Chinese:
        return QStringLiteral("zh_CN");
    case PromptLanguage::Japanese:
        return QStringLiteral("ja");
    }
    return QString();
}

std::optional<PromptLanguage> promptLanguageFromKey(QStringView key)
{
    for (PromptLanguage language :
         {PromptLanguage::English, PromptLanguage::Chinese, PromptLanguage::Japanese}) {
        if (key == promptLanguageKey(language))
            return language;
    }
    return std::nullopt;
}

} // namespace ShotBrief
