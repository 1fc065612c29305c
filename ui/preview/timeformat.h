// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <algorithm>

namespace ShotBrief {

/// "m:ss.t", the time display of the sequence player and the compare panel.
inline QString formatPlayTime(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    return QStringLiteral("%1:%2.%3")
        .arg(ms / 60000)
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 100) % 10);
}

} // namespace ShotBrief
