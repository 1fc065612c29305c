// SPDX-License-Identifier: MIT
#pragma once

#include "colordifference.h"
#include "framegrabber.h"

#include "model/project.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// Under this mean absolute difference (of 255) the frames either side of a cut are the same
/// picture, H.264 included: the cut is continuous.
inline constexpr double ContinuousCutThreshold = 4.0;

/// One cut between two circled takes: the outgoing clip's last frame against the incoming
/// clip's first frame.
struct CutContinuity
{
    int outgoingIndex = -1; ///< The incoming shot is outgoingIndex + 1.
    QString outgoingShotId;
    QString incomingShotId;
    QString outgoingName; ///< Label or number, as a person reads it.
    QString incomingName;
    QString outgoingTakeId;
    QString incomingTakeId;
    bool chained = false; ///< The incoming shot is set to begin on the outgoing last frame.
    double meanAbsoluteDifference = -1.0; ///< 0-255 per channel; -1 when not measured.

    bool isContinuous() const
    {
        return meanAbsoluteDifference >= 0.0 && meanAbsoluteDifference < ContinuousCutThreshold;
    }
};

/// One circled clip's colours against its shot's declared palette.
struct ClipColors
{
    int shotIndex = -1;
    QString shotId;
    QString name;
    QString takeId;
    QList<DominantColor> dominant; ///< Largest share first.
    QList<QRgb> declared;          ///< The shot's palette (or the style bible's).
    double paletteDistance = -1.0; ///< Mean CIEDE2000 to the nearest declared colour; -1: none.
};

/// The continuity report of a project: every cut between two circled takes and every circled
/// clip's colours, each sorted worst first. Measuring decodes each clip once (one ffprobe and
/// one ffmpeg run, FrameGrabber::frames), a few clips in parallel.
struct ContinuityReport
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ContinuityReport)

public:
    QList<CutContinuity> cuts;
    QList<ClipColors> clips;
    QStringList notMeasured; ///< Why some cuts or clips are missing (translated sentences).

    /// Measures `project`, whose media folder is beside `projectPath`.
    static ContinuityReport measure(const Project &project, const QString &projectPath,
                                    const FrameGrabber &grabber = FrameGrabber(), int parallel = 4);

    /// The numbers, for scripts: {"threshold", "cuts": [...], "clips": [...], "not_measured"}.
    QByteArray toJson() const;
    /// A plain-text table for a terminal.
    QString toText() const;
};

/// The palette a shot's clip is held to: the shot's own, else the style bible's; colours
/// without a valid hex value are looked up by name.
QList<QRgb> declaredPalette(const Project &project, const Shot &shot);

} // namespace ShotBrief
