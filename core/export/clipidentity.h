// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShotBrief {

/// What ties a clip of an edit list back to the plan: the shot it stands for and the take
/// whose clip it plays (empty for a slate). Edit lists carry it wherever the format and the
/// editors keep something: metadata, marker and clip comments, EDL comments and reel names,
/// and the clip's file name (a take's clip is `clips/<take id>.mp4`).
struct ClipIdentity
{
    QString shotId;
    QString takeId;

    bool isEmpty() const { return shotId.isEmpty() && takeId.isEmpty(); }
    bool operator==(const ClipIdentity &) const = default;
};

/// "ShotBrief shot=<id> take=<id>" (without take= for a slate): one line that survives in a
/// comment or marker note of any editor.
QString clipIdentityTag(const ClipIdentity &identity);

/// The identity in the first tag found anywhere in `text`, or an empty one. Case-insensitive:
/// some tools upper-case EDL comments, so ids are returned in lower case.
ClipIdentity parseClipIdentityTag(const QString &text);

/// A CMX 3600 reel name for a take's clip: the first 8 characters of the take id without
/// dashes, upper case ("3F2A9C01"). Reels are the one name every EDL tool keeps.
QString reelNameForTake(const QString &takeId);

} // namespace ShotBrief
