// SPDX-License-Identifier: MIT
#include "cameraterms.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace ShotBrief {

template<>
const QList<CameraTermInfo> &cameraVocabulary<Framing>()
{
    static const QList<CameraTermInfo> terms = {
        {int(Framing::ExtremeWide),
         "extreme_wide",
         QT_TRANSLATE_NOOP("CameraTerm", "extreme wide shot"),
         {"extreme wide", "ews", "xws", "extreme long shot", "els"}},
        {int(Framing::Wide),
         "wide",
         QT_TRANSLATE_NOOP("CameraTerm", "wide shot"),
         {"wide", "ws", "long shot", "ls", "wide establishing shot", "establishing shot"}},
        {int(Framing::Full),
         "full",
         QT_TRANSLATE_NOOP("CameraTerm", "full shot"),
         {"full", "fs", "full body shot"}},
        {int(Framing::MediumWide),
         "medium_wide",
         QT_TRANSLATE_NOOP("CameraTerm", "medium wide shot"),
         {"medium wide", "mws", "cowboy shot", "medium long shot"}},
        {int(Framing::Medium),
         "medium",
         QT_TRANSLATE_NOOP("CameraTerm", "medium shot"),
         {"medium", "ms", "mid shot"}},
        {int(Framing::MediumCloseUp),
         "medium_close_up",
         QT_TRANSLATE_NOOP("CameraTerm", "medium close-up"),
         {"medium close up", "mcu"}},
        {int(Framing::CloseUp),
         "close_up",
         QT_TRANSLATE_NOOP("CameraTerm", "close-up"),
         {"close up", "closeup", "cu"}},
        {int(Framing::ExtremeCloseUp),
         "extreme_close_up",
         QT_TRANSLATE_NOOP("CameraTerm", "extreme close-up"),
         {"extreme close up", "ecu", "xcu"}},
        {int(Framing::OverTheShoulder),
         "over_the_shoulder",
         QT_TRANSLATE_NOOP("CameraTerm", "over-the-shoulder shot"),
         {"over the shoulder", "ots"}},
        {int(Framing::Insert),
         "insert",
         QT_TRANSLATE_NOOP("CameraTerm", "insert shot"),
         {"insert", "cutaway"}},
    };
    return terms;
}

template<>
const QList<CameraTermInfo> &cameraVocabulary<Angle>()
{
    static const QList<CameraTermInfo> terms = {
        {int(Angle::EyeLevel),
         "eye_level",
         QT_TRANSLATE_NOOP("CameraTerm", "eye level"),
         {"eye-level", "eye level angle"}},
        {int(Angle::High), "high", QT_TRANSLATE_NOOP("CameraTerm", "high angle"), {"high"}},
        {int(Angle::Low), "low", QT_TRANSLATE_NOOP("CameraTerm", "low angle"), {"low"}},
        {int(Angle::BirdsEye),
         "birds_eye",
         QT_TRANSLATE_NOOP("CameraTerm", "bird's-eye view"),
         {"birds eye", "bird's eye", "overhead", "top-down", "top down"}},
        {int(Angle::WormsEye),
         "worms_eye",
         QT_TRANSLATE_NOOP("CameraTerm", "worm's-eye view"),
         {"worms eye", "worm's eye", "ground level"}},
        {int(Angle::Dutch),
         "dutch",
         QT_TRANSLATE_NOOP("CameraTerm", "Dutch angle"),
         {"dutch", "canted", "dutch tilt"}},
        {int(Angle::PointOfView),
         "pov",
         QT_TRANSLATE_NOOP("CameraTerm", "point of view"),
         {"pov", "point-of-view", "subjective"}},
    };
    return terms;
}

template<>
const QList<CameraTermInfo> &cameraVocabulary<Movement>()
{
    static const QList<CameraTermInfo> terms = {
        {int(Movement::Static),
         "static",
         QT_TRANSLATE_NOOP("CameraTerm", "locked-off static camera"),
         {"static", "locked-off", "locked off", "tripod", "still"}},
        {int(Movement::PanLeft),
         "pan_left",
         QT_TRANSLATE_NOOP("CameraTerm", "slow pan left"),
         {"pan left"}},
        {int(Movement::PanRight),
         "pan_right",
         QT_TRANSLATE_NOOP("CameraTerm", "slow pan right"),
         {"pan right"}},
        {int(Movement::TiltUp), "tilt_up", QT_TRANSLATE_NOOP("CameraTerm", "tilt up"), {"tilt up"}},
        {int(Movement::TiltDown),
         "tilt_down",
         QT_TRANSLATE_NOOP("CameraTerm", "tilt down"),
         {"tilt down"}},
        {int(Movement::DollyIn),
         "dolly_in",
         QT_TRANSLATE_NOOP("CameraTerm", "slow dolly in"),
         {"dolly in", "push in", "push-in"}},
        {int(Movement::DollyOut),
         "dolly_out",
         QT_TRANSLATE_NOOP("CameraTerm", "slow dolly out"),
         {"dolly out", "pull out", "pull-out", "pull back"}},
        {int(Movement::Tracking),
         "tracking",
         QT_TRANSLATE_NOOP("CameraTerm", "tracking shot"),
         {"tracking", "track", "follow", "trucking"}},
        {int(Movement::Crane),
         "crane",
         QT_TRANSLATE_NOOP("CameraTerm", "crane up"),
         {"crane", "jib", "crane shot"}},
        {int(Movement::Handheld),
         "handheld",
         QT_TRANSLATE_NOOP("CameraTerm", "handheld camera"),
         {"handheld", "hand-held"}},
        {int(Movement::Steadicam),
         "steadicam",
         QT_TRANSLATE_NOOP("CameraTerm", "smooth Steadicam glide"),
         {"steadicam", "gimbal"}},
        {int(Movement::Orbit),
         "orbit",
         QT_TRANSLATE_NOOP("CameraTerm", "slow orbit around the subject"),
         {"orbit", "arc", "arc shot"}},
        {int(Movement::Zoom),
         "zoom",
         QT_TRANSLATE_NOOP("CameraTerm", "slow zoom in"),
         {"zoom", "zoom in"}},
    };
    return terms;
}

template<>
const QList<CameraTermInfo> &cameraVocabulary<DepthOfField>()
{
    static const QList<CameraTermInfo> terms = {
        {int(DepthOfField::Shallow),
         "shallow",
         QT_TRANSLATE_NOOP("CameraTerm", "shallow depth of field"),
         {"shallow", "shallow dof", "bokeh"}},
        {int(DepthOfField::Medium),
         "medium",
         QT_TRANSLATE_NOOP("CameraTerm", "moderate depth of field"),
         {"moderate", "medium dof"}},
        {int(DepthOfField::Deep),
         "deep",
         QT_TRANSLATE_NOOP("CameraTerm", "deep focus, everything sharp"),
         {"deep", "deep focus", "deep dof", "everything sharp"}},
        {int(DepthOfField::RackFocus),
         "rack_focus",
         QT_TRANSLATE_NOOP("CameraTerm", "rack focus from foreground to background"),
         {"rack focus", "rack", "focus pull", "pull focus"}},
    };
    return terms;
}

namespace {

template<typename E>
const CameraTermInfo *findTerm(E value)
{
    for (const CameraTermInfo &info : cameraVocabulary<E>()) {
        if (info.value == int(value))
            return &info;
    }
    return nullptr;
}

} // namespace

template<typename E>
CameraTerm<E> CameraTerm<E>::fromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    CameraTerm term;
    if (trimmed.isEmpty())
        return term;
    const QString lower = trimmed.toLower();
    for (const CameraTermInfo &info : cameraVocabulary<E>()) {
        bool match = lower == QLatin1String(info.key) ||
                     lower == QLatin1String(info.phrase).toString().toLower();
        for (const char *alias : info.aliases)
            match = match || lower == QLatin1String(alias);
        if (match) {
            term.preset = E(info.value);
            return term;
        }
    }
    term.preset = E::Custom;
    term.custom = trimmed;
    return term;
}

template<typename E>
QString CameraTerm<E>::key() const
{
    if (preset == E::Custom)
        return custom;
    const CameraTermInfo *info = findTerm(preset);
    return info ? QString::fromLatin1(info->key) : QString();
}

template<typename E>
QString CameraTerm<E>::phrase() const
{
    if (preset == E::Custom)
        return custom;
    const CameraTermInfo *info = findTerm(preset);
    return info ? QString::fromLatin1(info->phrase) : QString();
}

template<typename E>
QString CameraTerm<E>::displayName() const
{
    if (preset == E::Custom)
        return custom;
    const CameraTermInfo *info = findTerm(preset);
    return info ? QCoreApplication::translate("CameraTerm", info->phrase) : QString();
}

template struct CameraTerm<Framing>;
template struct CameraTerm<Angle>;
template struct CameraTerm<Movement>;
template struct CameraTerm<DepthOfField>;

} // namespace ShotBrief
