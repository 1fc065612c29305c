// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"

#include <QByteArray>
#include <QString>

namespace ShotBrief {

// Edit lists put the circled takes in timeline order. A shot whose circled take is not
// ready or whose clip is missing on disk keeps its place and length: a slate (MLT), a gap
// (OTIO) or black (EDL), so the record side stays contiguous.

/// The frame rate of every edit list.
inline constexpr int EditListFps = 24;

/// Frames at `fps` as "HH:MM:SS:FF" (non-drop).
QString frameTimecode(qint64 frames, int fps = EditListFps);
/// The length of a shot on the timeline in frames.
qint64 shotFrames(const ExportShot &shot, int fps = EditListFps);

/// OpenTimelineIO JSON: Timeline.1 > Stack.1 > Track.1 (Video) of Clip.1 with
/// ExternalReference.1 (absolute file:// URLs) and Gap.1 for shots without a take; each
/// item carries a Marker.2 with the shot label (name) and prompt (comment). 24 fps.
QByteArray exportOtio(const ExportData &data);

/// CMX 3600: TITLE, FCM: NON-DROP FRAME, one V cut per shot with AX reels, source and record
/// timecodes at 24 fps from 01:00:00:00, "* FROM CLIP NAME:" and "* SOURCE FILE:" comments;
/// BL (black) events for shots without a take.
QByteArray exportEdl(const ExportData &data);

/// MLT XML (Shotcut, Kdenlive, melt): a profile at the project's size and 24 fps, an
/// avformat producer per clip, a colour producer (first palette colour) per slate, one
/// playlist in timeline order and a tractor. Renders to exactly the sequence's length.
QByteArray exportMlt(const ExportData &data);

} // namespace ShotBrief
