// SPDX-License-Identifier: MIT
#pragma once

#include "model/palette.h"

#include <QString>
#include <QStringList>

namespace ShotBrief {

/// One shot of the sequence as the player and the animatic renderer see it: either a clip
/// to play (absolute path) or a slate to show for the shot's duration.
struct SequenceItem
{
    QString shotId;
    QString takeId; ///< The circled take, or empty.
    QString label;  ///< The shot's name: its label ("1A"), else its number (model/shotname.h).
    QString prompt; ///< The composed prompt (the player shows it; slates an excerpt).
    Palette palette;
    qint64 durationMs = 0; ///< The shot's play length: the sequence's timing, clip or not.
    QString clipPath;      ///< Absolute path of the circled take's clip; empty: slate.
    qint64 clipInMs = 0;   ///< Where the item starts in the clip: the take's in point.
    QString error;         ///< Why a circled take is not playable (missing, refused path ...).
    /// Absolute path of the still shown instead of a clip (the shot's board, else its first
    /// frame); empty: the slate is drawn.
    QString picturePath;
    QStringList dialogue; ///< "MEI: Still open?", one a line, for subtitles.

    bool hasClip() const { return !clipPath.isEmpty(); }

    bool operator==(const SequenceItem &) const = default;
};

} // namespace ShotBrief
