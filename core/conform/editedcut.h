// SPDX-License-Identifier: MIT
#pragma once

#include "export/clipidentity.h"
#include "model/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// The edit list formats ShotBrief reads back.
enum class EditListKind { Otio, Edl, Mlt, Xmeml };

/// "OpenTimelineIO", "CMX 3600 EDL", "MLT XML", "Final Cut Pro 7 XML".
QString editListKindName(EditListKind kind);

/// One item on the video track of an edited cut, in record order: a clip with media, or a
/// slate (a gap, black, colour or generator) that still says which shot it stands for.
struct CutClip
{
    QString location;  ///< Where it is in the file, for messages: "event 3", "line 40".
    QString name;      ///< The clip's name in the editor.
    QString mediaPath; ///< Absolute local path of its media; empty for a slate.
    QString reel;      ///< The EDL reel name, if any.
    /// Comments, marker names and notes: where an identity tag (ClipIdentity) may be.
    QStringList notes;
    /// Ids from structured metadata (OTIO metadata, MLT properties), when the editor kept them.
    ClipIdentity metadata;
    qint64 sourceIn = 0;  ///< First frame of the media used.
    qint64 sourceOut = 0; ///< One past the last frame used.
    qint64 recordIn = 0;  ///< Where it starts on the track, in frames from the track's start.
    bool isSlate = false;

    qint64 frames() const { return sourceOut - sourceIn; }
    qint64 recordOut() const { return recordIn + frames(); }
};

/// An edit list as read: the one video track conform works on.
struct EditedCut
{
    EditListKind kind = EditListKind::Otio;
    QString fileName;
    QString title;
    double fps = 24.0;       ///< Frames per second of the cut.
    QList<CutClip> clips;    ///< The track's items in record order, gaps left out.
    QStringList notes;       ///< Translated remarks: the track used, what was ignored.
    int videoTrackCount = 1; ///< Video tracks with clips in the file.
};

/// The largest edit list read (an edit list of a few thousand shots is a few MB).
inline constexpr qint64 MaxEditListBytes = 64 * 1024 * 1024;
/// XML and JSON nesting deeper than this is refused before it can exhaust the stack.
inline constexpr int MaxEditListDepth = 64;

/// The format of `path` from its suffix (.otio, .edl, .mlt, .kdenlive, .xml) and, for .xml
/// or an unknown suffix, from the first element of its content.
Result<EditListKind> detectEditListKind(const QString &path, const QByteArray &head);

/// Reads an edited cut of any of the four formats. `fps` is the rate an EDL is read at (EDLs
/// do not say theirs). Refused with a message naming the file and, where known, the line
/// or item: unreadable or oversized files, malformed content, entity declarations, clips that
/// overlap on the track used, a drop-frame EDL or one whose timecodes exceed `fps`.
Result<EditedCut> readEditedCut(const QString &path, int fps);

/// The same from bytes (`fileName` is used in messages and to detect the format).
Result<EditedCut> parseEditedCut(const QByteArray &bytes, const QString &fileName, int fps);

// The four readers; each returns the top video track with clips (noting when there were more).
Result<EditedCut> readOtioCut(const QByteArray &bytes, const QString &fileName);
Result<EditedCut> readEdlCut(const QByteArray &bytes, const QString &fileName, int fps);
Result<EditedCut> readMltCut(const QByteArray &bytes, const QString &fileName);
Result<EditedCut> readXmemlCut(const QByteArray &bytes, const QString &fileName);

} // namespace ShotBrief
