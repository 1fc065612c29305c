// SPDX-License-Identifier: MIT
#pragma once

#include "api/manualclock.h"
#include "api/providerreply.h"

#include <QElapsedTimer>
#include <QSignalSpy>

namespace ShotBrief::TestSupport {

/// Waits (real time, at most `timeoutMs`) for the reply to finish while running the manual
/// clock's due retries and back-offs. True when it finished.
inline bool waitFinished(ProviderReply *reply, ManualClock &clock, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QSignalSpy spy(reply, &ProviderReply::finished);
    while (!reply->isFinished() && timer.elapsed() < timeoutMs) {
        if (clock.pendingCount() > 0)
            clock.runNext();
        else
            spy.wait(20);
    }
    return reply->isFinished();
}

} // namespace ShotBrief::TestSupport
