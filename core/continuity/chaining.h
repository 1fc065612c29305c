// SPDX-License-Identifier: MIT
#pragma once

#include "model/project.h"

#include <QCoreApplication>
#include <QString>

namespace ShotBrief {

/// Where a chained shot (Shot::chainPrevious) gets its first frame: the last frame of the
/// previous shot's circled take. Worked out from the project alone; whether the clip is still
/// on disk is the caller's to check.
struct ChainLink
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ChainLink)

public:
    enum class State {
        NotChained, ///< The shot is not chained.
        Ready,      ///< The previous shot's circled take is ready: `clipPath` is its clip.
        Waiting,    ///< A take of the previous shot is on its way: `message` says which shot.
        Broken      ///< Nothing to continue from: `message` says why and what to do.
    };

    State state = State::NotChained;
    int previousIndex = -1;
    QString previousShotId;
    QString previousName; ///< The previous shot's label, or its number.
    QString takeId;       ///< Ready: the circled take; Waiting: the take waited for.
    QString clipPath;     ///< Ready: relative to the media folder.
    QString message;      ///< Waiting and Broken: a translated sentence.

    /// The link of `project.shots[shotIndex]`.
    static ChainLink of(const Project &project, int shotIndex);
};

/// Where the first frame taken for a chained take is saved: "frames/<take id>-first.png",
/// relative to the media folder.
QString chainedFramePath(const QString &takeId);

} // namespace ShotBrief
