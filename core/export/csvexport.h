// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"

#include <QByteArray>

namespace ShotBrief {

/// The crew's shot list as RFC 4180 CSV (UTF-8, CRLF, fields quoted when they hold a
/// comma, a quote or a line break): scene, shot, size, angle, movement, lens, duration,
/// description, action, dialogue, palette, status. Multi-line cells (beats, dialogue) keep
/// one item per line.
QByteArray exportCsv(const ExportData &data, bool byteOrderMark);

/// One CSV field, quoted only when it must be.
QString csvField(const QString &text);

/// The status column: "circled", the newest take's status ("failed", "in_progress" ...)
/// or "not generated".
QString shotStatusText(const ExportShot &shot);
/// The same in words for people, translated (prompt sheets in Markdown and HTML).
QString shotStatusName(const ExportShot &shot);

} // namespace ShotBrief
