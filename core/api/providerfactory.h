// SPDX-License-Identifier: MIT
#pragma once

#include "providerprofile.h"
#include "videoprovider.h"

#include "model/result.h"

#include <memory>

namespace ShotBrief {

class Clock;

/// Makes the adapter a profile names ("openai-videos" ...). A new provider is one adapter
/// class plus one line here and one profile.
Result<std::shared_ptr<VideoProvider>> createVideoProvider(const ProviderProfile &profile,
                                                           const QString &apiKey, Clock *clock);

/// The adapters this build knows.
QStringList videoProviderAdapters();

} // namespace ShotBrief
