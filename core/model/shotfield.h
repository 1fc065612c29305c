// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <span>
#include <string_view>

namespace ShotBrief {

/// The fields of a shot a person edits, in the order of the project file. The one definition
/// of what each field is called: undo texts, lint findings, the inspector and the exports
/// name a field through it, and its file key is what the project file and `--json` use.
enum class ShotField {
    Label,
    Scene,
    Strategy,
    SceneProse,
    Framing,
    Angle,
    Movement,
    DepthOfField,
    LensStyle,
    Lighting,
    Palette,
    Mood,
    ActionBeats,
    Dialogue,
    Cast,
    Duration,
    Model,
    Size,
    ReferenceImage, ///< The first frame; the file keeps its old key.
    LastFrame,
    ChainPrevious,
    Notes,
};

/// The group of the inspector a field's editor sits in, top to bottom.
enum class ShotFieldSection {
    Shot,
    Clip,
    SceneProse,
    Cinematography,
    ActionBeats,
    Dialogue,
    Cast,
    Frames,
    Notes,
};

struct ShotFieldInfo
{
    ShotField field;
    std::string_view key;     ///< The project file's key: "scene_prose".
    const char *name;         ///< Untranslated name (context "ShotBrief::ShotField").
    const char *itemName;     ///< For one element of a list field ("Action beat %1"), or null.
    const char *formLabel;    ///< The inspector's label with its mnemonic ("&Label:"), or null
                              ///< when the editor stands alone under its section's title.
    ShotFieldSection section; ///< Where the inspector shows it.
};

/// Every field, in file order.
std::span<const ShotFieldInfo> shotFields();
const ShotFieldInfo &shotFieldInfo(ShotField field);

/// "scene_prose".
QString shotFieldKey(ShotField field);
/// The field's translated name: "Scene description".
QString shotFieldName(ShotField field);
/// The inspector's translated label with its mnemonic; the name with a colon when none.
QString shotFieldFormLabel(ShotField field);
/// The translated title of an inspector section.
QString shotFieldSectionTitle(ShotFieldSection section);

/// The field a key or a field path names: "palette", "action_beats[2]"; nothing for an
/// unknown key.
std::optional<ShotField> shotFieldFromKey(QStringView keyOrPath);
/// The element index of a field path ("action_beats[2]" -> 2); -1 when there is none.
int shotFieldPathIndex(QStringView path);
/// A field path in words, for people: "action_beats[2]" -> "Action beat 3", "mood" -> "Mood",
/// "dialogue[0].speaker" -> "Dialogue line 1, speaker". A path that names no shot field is
/// returned as it is.
QString shotFieldPathName(QStringView path);

} // namespace ShotBrief
