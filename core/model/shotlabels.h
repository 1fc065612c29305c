// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ShotBrief {

/// Labels for the parts of a split shot, as a crew names pickups: a label with a number gets
/// a letter ("3" -> "3A", "3B"; "12A" -> "12AA", "12AB"), skipping letters another shot
/// already uses (`taken`, compared without case); a label of words gets its part
/// ("Establishing (1/2)", "Establishing (2/2)"); an empty label stays empty (the shot is
/// named by its position).
QStringList splitShotLabels(const QString &label, int parts, const QStringList &taken);

/// The label of a copy: a label with a number gets the next free letter ("3" -> "3A"); a
/// label of words the next free number ("Establishing (2)"); an empty one stays empty.
QString copiedShotLabel(const QString &label, const QStringList &taken);

} // namespace ShotBrief
