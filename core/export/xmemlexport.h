// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"

#include <QByteArray>

namespace ShotBrief {

/// Final Cut Pro 7 XML, xmeml version 5, which Premiere Pro and DaVinci Resolve import: one
/// sequence at 24 fps (timecode from 01:00:00:00) with one video track of clip items in
/// timeline order, linked to one audio track of the takes' sound. Each clip item is named
/// after the shot's label, points at the take's file (file://localhost URL), uses the take's
/// in and out points, and carries the identity tag in its comments and in a marker. A shot
/// without a playable take is a Slug generator of its length with the same marker.
QByteArray exportXmeml(const ExportData &data);

} // namespace ShotBrief
