// SPDX-License-Identifier: MIT
#include "scriptref.h"

namespace ShotBrief {

QString scriptMarkKey(ScriptMark mark)
{
    switch (mark) {
    case ScriptMark::None:
        return {};
    case ScriptMark::Changed:
        return QStringLiteral("changed");
    case ScriptMark::Cut:
        return QStringLiteral("cut");
    }
    return {};
}

std::optional<ScriptMark> scriptMarkFromKey(const QString &key)
{
    if (key.isEmpty())
        return ScriptMark::None;
    if (key == QLatin1String("changed"))
        return ScriptMark::Changed;
    if (key == QLatin1String("cut"))
        return ScriptMark::Cut;
    return std::nullopt;
}

} // namespace ShotBrief
