// SPDX-License-Identifier: MIT
#pragma once

// Helpers the four edit list readers share. Internal to core/conform.

#include "editedcut.h"

#include <QCoreApplication>

namespace ShotBrief::CutReading {

/// The translation context of everything conform says: "ShotBrief::Conform".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Conform)
};

/// An error about `fileName`, at `line` when known (0: unknown).
Error error(const QString &fileName, const QString &message, int line = 0);

/// A media reference as a local absolute path: file:// URLs (with or without "localhost"),
/// percent-encoded or not, and plain paths; relative ones are taken from `baseDir`. Empty for
/// anything that is not a local file (http:, a generator).
QString localMediaPath(const QString &reference, const QString &baseDir);

/// Sorts the clips by record position and refuses clips that overlap, naming both and where.
Result<void> orderAndCheckOverlaps(EditedCut &cut, int fps);

/// "The cut has 3 video tracks; ShotBrief used the top one (V3) and left out V1, V2."
QString topTrackNote(int trackCount, const QString &used);

} // namespace ShotBrief::CutReading
