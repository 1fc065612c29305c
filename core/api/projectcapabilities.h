// SPDX-License-Identifier: MIT
#pragma once

#include "providerprofile.h"

#include "model/project.h"
#include "prompt/costestimate.h"

#include <QString>

namespace ShotBrief {

/// The provider profile a project names in `format.provider`, resolved against the loaded
/// profiles. The timeline, inspector, linter, estimate and CLI all plan against this.
struct ProjectProvider
{
    QString requestedName;   ///< What the project asked for.
    ProviderProfile profile; ///< The named profile, or the emulator's when the name is unknown.
    bool known = false;
    QString warning; ///< Translated; set when the name is unknown and the emulator stands in.
};

/// The profile called `name`; the built-in emulator (with a warning) when there is none.
ProjectProvider providerNamed(const QString &name, const ProviderProfiles &profiles);
/// The profile of `project.format.provider`.
ProjectProvider projectProvider(const Project &project, const ProviderProfiles &profiles);
/// The capabilities of the project's provider; `warning` receives the unknown-name warning.
ProviderCapabilities projectCapabilities(const Project &project, const ProviderProfiles &profiles,
                                         QString *warning = nullptr);

/// The price table of a profile: the prices its models declare ("usd_per_second"), and for
/// each of its models that declares none, the rows of `fallback` for that model id. Models
/// the profile does not offer have no price (a shot on such a model does not fit anyway).
PriceTable priceTableForProfile(const ProviderProfile &profile, const PriceTable &fallback);
/// As above with the built-in price table as the fallback.
PriceTable priceTableForProfile(const ProviderProfile &profile);

} // namespace ShotBrief
