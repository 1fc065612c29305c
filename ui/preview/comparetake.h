// SPDX-License-Identifier: MIT
#pragma once

#include "preview/sequenceitem.h"

#include <QString>

namespace ShotBrief {

/// One take as the compare panel shows it.
struct CompareTake
{
    QString takeId;
    int number = 0;      ///< 1-based place among the shot's takes (what the director calls it).
    SequenceItem item;   ///< Clip (absolute path) or slate, label, prompt, palette.
    QString parameters;  ///< "sora-2 · 1280x720 · 8 s · remix".
    QString promptDelta; ///< Against the first take ("+ wet neon; − dry").
    double costUsd = 0.0;
    QString outOfDate; ///< Why the take no longer matches its shot (TakeStaleness); empty: it does.

    bool operator==(const CompareTake &) const = default;
};

} // namespace ShotBrief
