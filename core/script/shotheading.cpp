// SPDX-License-Identifier: MIT
#include "shotheading.h"

#include "scripttext.h"

#include <QRegularExpression>

namespace ShotBrief::Script {

namespace {

struct HeadingWord
{
    const char *pattern; ///< Regular expression for the start of the line, upper case.
    Framing framing;
    Angle angle;
    Movement movement;
};

// Longest first: "EXTREME CLOSE UP" before "CLOSE UP".
const HeadingWord Words[] = {
    {"EXTREME CLOSE[ -]?(UP|ON|SHOT)?|ECU|XCU", Framing::ExtremeCloseUp, Angle::Unset,
     Movement::Unset},
    {"MEDIUM CLOSE[ -]?(UP|ON|SHOT)?|MCU", Framing::MediumCloseUp, Angle::Unset, Movement::Unset},
    {"CLOSE[ -]?(UP|ON|SHOT)|CLOSEUP|CU|TIGHT ON", Framing::CloseUp, Angle::Unset, Movement::Unset},
    {"EXTREME WIDE( SHOT| ON)?|EWS|XWS|EXTREME LONG SHOT", Framing::ExtremeWide, Angle::Unset,
     Movement::Unset},
    {"MEDIUM WIDE( SHOT| ON)?|MWS|COWBOY SHOT", Framing::MediumWide, Angle::Unset, Movement::Unset},
    {"MEDIUM( SHOT| ON)?|MID[ -]SHOT|TWO[ -]SHOT|THREE[ -]SHOT", Framing::Medium, Angle::Unset,
     Movement::Unset},
    {"FULL SHOT", Framing::Full, Angle::Unset, Movement::Unset},
    {"WIDE( SHOT| ON| ANGLE)?|WIDER|LONG SHOT|ESTABLISHING( SHOT)?", Framing::Wide, Angle::Unset,
     Movement::Unset},
    {"OVER[ -]THE[ -]SHOULDER|OTS", Framing::OverTheShoulder, Angle::Unset, Movement::Unset},
    {"INSERT( SHOT)?", Framing::Insert, Angle::Unset, Movement::Unset},
    {"AERIAL( SHOT| VIEW)?|BIRD'?S[ -]EYE( VIEW)?|OVERHEAD( SHOT)?", Framing::Unset,
     Angle::BirdsEye, Movement::Unset},
    {"LOW ANGLE( ON)?", Framing::Unset, Angle::Low, Movement::Unset},
    {"HIGH ANGLE( ON)?", Framing::Unset, Angle::High, Movement::Unset},
    {"POV|POINT OF VIEW", Framing::Unset, Angle::PointOfView, Movement::Unset},
    {"TRACKING( SHOT| ON)?|MOVING( SHOT| WITH)?|FOLLOWING", Framing::Unset, Angle::Unset,
     Movement::Tracking},
    {"(NEW |REVERSE |ANOTHER )?ANGLE( ON)?|ON|BACK TO SCENE|SHOT OF|SERIES OF SHOTS",
     Framing::Unset, Angle::Unset, Movement::Unset},
};

} // namespace

std::optional<ShotHeading> parseShotHeading(const QString &line)
{
    const QString text = line.trimmed();
    if (text.isEmpty() || text.size() > 200 || !isUpperCaseLine(text))
        return std::nullopt;
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const HeadingWord &word : Words) {
            list << QRegularExpression(
                QStringLiteral("^(?:%1)(?=$|[\\s:.,-])[\\s:.,-]*(?:ON\\b\\s*)?(?<subject>.*)$")
                    .arg(QLatin1String(word.pattern)));
        }
        return list;
    }();
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const QRegularExpressionMatch match = patterns.at(i).match(text);
        if (!match.hasMatch())
            continue;
        ShotHeading heading;
        heading.framing = FramingTerm(Words[i].framing);
        heading.angle = AngleTerm(Words[i].angle);
        heading.movement = MovementTerm(Words[i].movement);
        heading.subject = match.captured(u"subject").trimmed();
        // "ON" alone is a heading only with a subject: "ON MEI".
        if (Words[i].framing == Framing::Unset && Words[i].angle == Angle::Unset &&
            Words[i].movement == Movement::Unset && heading.subject.isEmpty() &&
            !text.contains(QLatin1String("ANGLE")) && !text.startsWith(QLatin1String("BACK")))
            return std::nullopt;
        return heading;
    }
    // "MEI'S POV", "HUA'S POV": a point of view named after the character.
    static const QRegularExpression possessivePov(QStringLiteral(R"(^(.+?)'S\s+(POV|P\.O\.V\.)$)"));
    const QRegularExpressionMatch pov = possessivePov.match(text);
    if (pov.hasMatch()) {
        ShotHeading heading;
        heading.angle = AngleTerm(Angle::PointOfView);
        heading.subject = pov.captured(1).trimmed();
        return heading;
    }
    return std::nullopt;
}

} // namespace ShotBrief::Script
