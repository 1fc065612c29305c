// SPDX-License-Identifier: MIT
#include "shotfield.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace ShotBrief {

namespace {

using namespace std::string_view_literals;

// One context for lupdate and for the runtime (lupdate cannot read a context variable).
struct ShotFieldText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ShotField)
};

// clang-format off
constexpr std::array<ShotFieldInfo, 22> Fields{{
    {ShotField::Label, "label"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Label"), nullptr,
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "&Label:"), ShotFieldSection::Shot},
    {ShotField::Scene, "scene"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Scene"), nullptr,
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "S&cene:"), ShotFieldSection::Shot},
    {ShotField::Strategy, "strategy"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Prompt strategy"),
     nullptr, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Strate&gy:"), ShotFieldSection::Shot},
    {ShotField::SceneProse, "scene_prose"sv,
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Scene description"), nullptr, nullptr,
     ShotFieldSection::SceneProse},
    {ShotField::Framing, "framing"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Framing"), nullptr,
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "&Framing:"), ShotFieldSection::Cinematography},
    {ShotField::Angle, "angle"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Angle"), nullptr,
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "&Angle:"), ShotFieldSection::Cinematography},
    {ShotField::Movement, "movement"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Movement"),
     nullptr, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Mo&vement:"),
     ShotFieldSection::Cinematography},
    {ShotField::DepthOfField, "depth_of_field"sv,
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Depth of field"), nullptr,
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Depth of f&ield:"),
     ShotFieldSection::Cinematography},
    {ShotField::LensStyle, "lens_style"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Lens/style"),
     nullptr, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Le&ns/style:"),
     ShotFieldSection::Cinematography},
    {ShotField::Lighting, "lighting"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Lighting"),
     nullptr, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Lig&hting:"),
     ShotFieldSection::Cinematography},
    {ShotField::Palette, "palette"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Palette"),
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Palette colour %1"),
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "&Palette:"), ShotFieldSection::Cinematography},
    {ShotField::Mood, "mood"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Mood"), nullptr,
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "M&ood:"), ShotFieldSection::Cinematography},
    {ShotField::ActionBeats, "action_beats"sv,
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Action beats"),
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Action beat %1"), nullptr,
     ShotFieldSection::ActionBeats},
    {ShotField::Dialogue, "dialogue"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Dialogue"),
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Dialogue line %1"), nullptr,
     ShotFieldSection::Dialogue},
    {ShotField::Cast, "cast"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Cast"),
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Cast member %1"), nullptr, ShotFieldSection::Cast},
    {ShotField::Duration, "duration"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Duration"),
     nullptr, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "&Duration:"), ShotFieldSection::Clip},
    {ShotField::Model, "model"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Model"), nullptr,
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "&Model:"), ShotFieldSection::Clip},
    {ShotField::Size, "size"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Size"), nullptr,
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Si&ze:"), ShotFieldSection::Clip},
    {ShotField::ReferenceImage, "reference_image"sv,
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "First frame"), nullptr, nullptr,
     ShotFieldSection::Frames},
    {ShotField::LastFrame, "last_frame"sv,
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Last frame"), nullptr, nullptr,
     ShotFieldSection::Frames},
    {ShotField::ChainPrevious, "chain_previous"sv,
     QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Chain to the previous shot"), nullptr, nullptr,
     ShotFieldSection::Frames},
    {ShotField::Notes, "notes"sv, QT_TRANSLATE_NOOP("ShotBrief::ShotField", "Notes"),
     nullptr, nullptr, ShotFieldSection::Notes},
}};
// clang-format on

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < Fields.size(); ++i) {
        if (Fields[i].field != ShotField(i))
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "Fields must list every ShotField in enum order");
static_assert(Fields.back().field == ShotField::Notes, "a new ShotField needs a row in Fields");

QString translated(const char *text)
{
    return ShotFieldText::tr(text);
}

} // namespace

std::span<const ShotFieldInfo> shotFields()
{
    return Fields;
}

const ShotFieldInfo &shotFieldInfo(ShotField field)
{
    return Fields.at(std::size_t(field));
}

QString shotFieldKey(ShotField field)
{
    const std::string_view key = shotFieldInfo(field).key;
    return QString::fromLatin1(key.data(), qsizetype(key.size()));
}

QString shotFieldName(ShotField field)
{
    return translated(shotFieldInfo(field).name);
}

QString shotFieldFormLabel(ShotField field)
{
    const ShotFieldInfo &info = shotFieldInfo(field);
    if (info.formLabel)
        return translated(info.formLabel);
    return ShotFieldText::tr("%1:").arg(shotFieldName(field));
}

QString shotFieldSectionTitle(ShotFieldSection section)
{
    switch (section) {
    case ShotFieldSection::Shot:
        return ShotFieldText::tr("Shot");
    case ShotFieldSection::Clip:
        return ShotFieldText::tr("Clip");
    case ShotFieldSection::SceneProse:
        return shotFieldName(ShotField::SceneProse);
    case ShotFieldSection::Cinematography:
        return ShotFieldText::tr("Cinematography");
    case ShotFieldSection::ActionBeats:
        return shotFieldName(ShotField::ActionBeats);
    case ShotFieldSection::Dialogue:
        return shotFieldName(ShotField::Dialogue);
    case ShotFieldSection::Cast:
        return ShotFieldText::tr("Cast in the shot");
    case ShotFieldSection::Frames:
        return ShotFieldText::tr("First and last frames");
    case ShotFieldSection::Notes:
        return ShotFieldText::tr("Notes for the crew (never sent)");
    }
    return {};
}

std::optional<ShotField> shotFieldFromKey(QStringView keyOrPath)
{
    const qsizetype bracket = keyOrPath.indexOf(QLatin1Char('['));
    const QStringView key = bracket < 0 ? keyOrPath : keyOrPath.left(bracket);
    for (const ShotFieldInfo &info : Fields) {
        if (key == QLatin1String(info.key.data(), qsizetype(info.key.size())))
            return info.field;
    }
    return std::nullopt;
}

int shotFieldPathIndex(QStringView path)
{
    const qsizetype open = path.indexOf(QLatin1Char('['));
    const qsizetype close = path.indexOf(QLatin1Char(']'), open + 1);
    if (open < 0 || close < 0)
        return -1;
    bool ok = false;
    const int index = path.mid(open + 1, close - open - 1).toInt(&ok);
    return ok && index >= 0 ? index : -1;
}

QString shotFieldPathName(QStringView path)
{
    const std::optional<ShotField> field = shotFieldFromKey(path);
    if (!field)
        return path.toString();
    const ShotFieldInfo &info = shotFieldInfo(*field);
    const int index = shotFieldPathIndex(path);
    if (index < 0 || !info.itemName)
        return shotFieldName(*field);
    const QString item = translated(info.itemName).arg(index + 1);
    // A dialogue line has two parts; the line itself is what "Dialogue line 2" means.
    if (path.endsWith(QLatin1String(".speaker")))
        return ShotFieldText::tr("%1, speaker").arg(item);
    return item;
}

} // namespace ShotBrief
