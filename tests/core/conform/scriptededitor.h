// SPDX-License-Identifier: MIT
#pragma once

// The "editor" of the round-trip tests: a script per edit list format that works on a file
// ShotBrief exported from the conform fixture as an editor would. It reorders the clips,
// trims two of them, drops one, and swaps one clip's media for another take of the same shot
// (leaving the clip's old ids behind, as "replace footage" does). The core round trip, the
// CLI and the window all conform to what it writes and check the plan with checkConformed().

#include "conformfixture.h"

#include "export/exportoptions.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ShotBrief::ConformTest {

/// One clip of the edited cut: the fixture's shot index, the take whose clip it plays (empty
/// for the slate of the shot without a take), and the frames of the clip used.
struct CutEntry
{
    int shot;
    QString take;
    qint64 in;
    qint64 out;
};

/// What the editor makes of the fixture's five shots: shot 3 trimmed to 0.5-2.5 s, shot 1 as
/// take b, the slate of shot 4, shot 5 trimmed to 1-6.25 s; shot 2 dropped.
const QList<CutEntry> &scriptedCut();

enum class EditorStyle {
    AsWritten, ///< Keeps everything ShotBrief wrote that the edit does not touch.
    Kdenlive   ///< OTIO only: drops all metadata and turns a gap into anonymous empty time.
};

/// `exported` (ShotBrief's export of `fixture.project` in `format`) after the edit.
QByteArray editScripted(ExportFormat format, const QByteArray &exported, const Fixture &fixture,
                        EditorStyle style = EditorStyle::AsWritten);

/// An empty string when `project` is the fixture conformed to scriptedCut() with the default
/// options, else what differs. `slateLost`: the editor dropped the identity of shot 4's slate
/// (Kdenlive, melt), so that shot is cut too.
QString checkConformed(const Project &project, const Fixture &fixture, bool slateLost);

} // namespace ShotBrief::ConformTest
