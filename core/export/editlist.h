// SPDX-License-Identifier: MIT
#pragma once

#include "clipidentity.h"
#include "exportdata.h"

#include <QByteArray>
#include <QString>

namespace ShotBrief {

// Edit lists put the circled takes in timeline order, shots cut from the edit left out. A
// shot whose circled take is not ready or whose clip is missing on disk keeps its place and
// length: a slate (MLT, xmeml), a gap (OTIO) or black (EDL), so the record side stays
// contiguous. A trimmed take (in/out points) plays only its used part.
//
// Every clip says which shot and take it is (ClipIdentity) in every place the format has:
// metadata, a marker, comments, the reel name and the clip's file name, so that Conform to
// Edit can match the cut an editor sends back (README: which editor keeps what).

/// The frame rate of every edit list.
inline constexpr int EditListFps = 24;

/// Frames at `fps` as "HH:MM:SS:FF" (non-drop).
QString frameTimecode(qint64 frames, int fps = EditListFps);
/// Milliseconds to the nearest frame at `fps`, and back. framesToMs(f) always converts back
/// to f, so in and out points survive export, edit and conform exactly.
qint64 msToFrames(qint64 ms, int fps = EditListFps);
qint64 framesToMs(qint64 frames, int fps = EditListFps);
/// The first frame of the clip the edit uses (the take's in point).
qint64 sourceInFrames(const ExportShot &shot, int fps = EditListFps);
/// The length of a shot in the edit in frames (at least 1).
qint64 shotFrames(const ExportShot &shot, int fps = EditListFps);
/// The whole length of the circled take's clip in frames, at least its used part.
qint64 clipFrames(const ExportShot &shot, int fps = EditListFps);

/// OpenTimelineIO JSON: Timeline.1 > Stack.1 > Track.1 (Video) of Clip.1 with
/// ExternalReference.1 (absolute file:// URLs) and Gap.1 for shots without a take; each
/// item carries a Marker.2 with the shot label (name), the identity tag and the prompt
/// (comment), and "shotbrief" metadata with the shot and take ids. 24 fps.
QByteArray exportOtio(const ExportData &data);

/// CMX 3600: TITLE, FCM: NON-DROP FRAME, one V cut per shot whose reel is the take's
/// (reelNameForTake), source and record timecodes at 24 fps from 01:00:00:00,
/// "* FROM CLIP NAME:", "* SOURCE FILE:", "* COMMENT:" and an identity comment; BL (black)
/// events for shots without a take.
QByteArray exportEdl(const ExportData &data);

/// MLT XML (Shotcut, Kdenlive, melt): a profile at the project's size and 24 fps, an
/// avformat producer per clip (shotbrief:shot_id and shotbrief:take_id properties), a colour
/// producer (first palette colour) per slate, one playlist in timeline order and a tractor.
/// Renders to exactly the sequence's length.
QByteArray exportMlt(const ExportData &data);

} // namespace ShotBrief
