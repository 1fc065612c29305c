// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace ShotBrief {

/// Shot size, widest to tightest.
enum class Framing {
    Unset,
    ExtremeWide,
    Wide,
    Full,
    MediumWide,
    Medium,
    MediumCloseUp,
    CloseUp,
    ExtremeCloseUp,
    OverTheShoulder,
    Insert,
    Custom
};

enum class Angle { Unset, EyeLevel, High, Low, BirdsEye, WormsEye, Dutch, PointOfView, Custom };

enum class Movement {
    Unset,
    Static,
    PanLeft,
    PanRight,
    TiltUp,
    TiltDown,
    DollyIn,
    DollyOut,
    Tracking,
    Crane,
    Handheld,
    Steadicam,
    Orbit,
    Zoom,
    Custom
};

enum class DepthOfField { Unset, Shallow, Medium, Deep, RackFocus, Custom };

/// One entry of a camera vocabulary: the enum value, the key written to project files,
/// the English phrase used in prompts (also the source text for the UI's translation,
/// context "CameraTerm") and lower-case aliases a user may type.
struct CameraTermInfo
{
    int value;
    const char *key;
    const char *phrase;
    QList<const char *> aliases;
};

/// The vocabulary of one enum, in menu order, without Unset and Custom.
template<typename E>
const QList<CameraTermInfo> &cameraVocabulary();
template<>
const QList<CameraTermInfo> &cameraVocabulary<Framing>();
template<>
const QList<CameraTermInfo> &cameraVocabulary<Angle>();
template<>
const QList<CameraTermInfo> &cameraVocabulary<Movement>();
template<>
const QList<CameraTermInfo> &cameraVocabulary<DepthOfField>();

/// A camera term: one of the presets, or the user's own words (preset == Custom).
/// Stored in files as the preset's key or the custom text.
template<typename E>
struct CameraTerm
{
    E preset = E::Unset;
    QString custom;

    CameraTerm() = default;
    CameraTerm(E value)
        : preset(value)
    {}

    /// Accepts a key ("close_up"), a phrase ("close-up") or an alias, case-insensitively;
    /// anything else non-empty becomes Custom with the trimmed text kept as typed.
    static CameraTerm fromText(const QString &text);

    bool isSet() const { return preset != E::Unset && !(preset == E::Custom && custom.isEmpty()); }
    /// What the project file stores: the preset key, the custom text, or "" when unset.
    QString key() const;
    /// The English words for the prompt ("close-up"), or the custom text.
    QString phrase() const;
    /// The words for a person reading the interface, translated ("特写"), or the custom text.
    QString displayName() const;

    bool operator==(const CameraTerm &) const = default;
};

using FramingTerm = CameraTerm<Framing>;
using AngleTerm = CameraTerm<Angle>;
using MovementTerm = CameraTerm<Movement>;
using DepthOfFieldTerm = CameraTerm<DepthOfField>;

extern template struct CameraTerm<Framing>;
extern template struct CameraTerm<Angle>;
extern template struct CameraTerm<Movement>;
extern template struct CameraTerm<DepthOfField>;

} // namespace ShotBrief
