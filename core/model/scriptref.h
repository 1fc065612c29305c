// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace ShotBrief {

/// What the last re-import of a script said about a shot; the user clears it after review.
enum class ScriptMark {
    None,
    Changed, ///< The script text the shot was made from changed; the old text is in the notes.
    Cut      ///< The shot's part of the script is gone; the shot stays until the user deletes it.
};

QString scriptMarkKey(ScriptMark mark); ///< "", "changed", "cut"
std::optional<ScriptMark> scriptMarkFromKey(const QString &key);

/// Where a shot came from in a screenplay or shot list, so that a revised script re-imports
/// into the same project and changes only what the script changed.
struct ScriptRef
{
    int scene = 0;       ///< 1-based position of the scene in the script; 0: not from a script.
    QString sceneNumber; ///< The scene's number as the script writes it ("12A"), or empty.
    QString heading;     ///< The scene heading as imported.
    int paragraph = 0;   ///< 1-based position of the shot's first paragraph within the scene.
    QString text;        ///< The script text the shot was made from (action, "NAME: line").
    ScriptMark mark = ScriptMark::None;

    bool isSet() const { return scene > 0; }
    bool operator==(const ScriptRef &) const = default;
};

} // namespace ShotBrief
