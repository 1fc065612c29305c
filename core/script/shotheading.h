// SPDX-License-Identifier: MIT
#pragma once

#include "model/cameraterms.h"

#include <QString>

#include <optional>

namespace ShotBrief::Script {

/// A line that names a shot ("CLOSE ON HER HANDS", "ANGLE ON THE DOOR", "INSERT - THE
/// LETTER", "WIDE", "MEI'S POV"): the camera terms it sets and what it is on.
struct ShotHeading
{
    FramingTerm framing;
    AngleTerm angle;
    MovementTerm movement;
    QString subject; ///< "HER HANDS"; empty for "WIDE".

    bool operator==(const ShotHeading &) const = default;
};

/// The shot a line names, or nullopt when it names none. Only upper-case lines qualify:
/// "Close on her face" in an action paragraph is description, not a heading.
std::optional<ShotHeading> parseShotHeading(const QString &line);

} // namespace ShotBrief::Script
