// SPDX-License-Identifier: MIT
#pragma once

#include "providerprofile.h"

#include <QString>

namespace ShotBrief {

/// How the provider a take records (Take::provider: a profile name, "emulator-runway" when the
/// built-in emulator stood in for Runway, "custom" for a CLI --base-url) reads for a person:
/// the profile's display name ("Runway", "Built-in emulator as Runway"); an unknown name as it
/// is.
QString recordedProviderName(const QString &recorded, const ProviderProfiles &profiles);

/// A profile's display name, or its name when it has none.
QString profileDisplayName(const ProviderProfile &profile);

} // namespace ShotBrief
