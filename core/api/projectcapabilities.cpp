// SPDX-License-Identifier: MIT
#include "projectcapabilities.h"

#include <QCoreApplication>

namespace ShotBrief {

namespace {

struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ProjectCapabilities)
};

const QString EmulatorName = QStringLiteral("emulator");

} // namespace

ProjectProvider providerNamed(const QString &name, const ProviderProfiles &profiles)
{
    ProjectProvider provider;
    provider.requestedName = name;
    if (const ProviderProfile *profile = profiles.find(name)) {
        provider.profile = *profile;
        provider.known = true;
        return provider;
    }
    if (const ProviderProfile *emulator = profiles.find(EmulatorName)) {
        provider.profile = *emulator;
    } else {
        // A hand-made profile set without the emulator still plans against its built-in form.
        for (const ProviderProfile &builtIn : ProviderProfiles::builtIns()) {
            if (builtIn.name == EmulatorName)
                provider.profile = builtIn;
        }
    }
    provider.warning =
        TrText::tr("The project names the provider \"%1\", which is not configured; planning "
                   "with the built-in emulator's capabilities instead.")
            .arg(name);
    return provider;
}

ProjectProvider projectProvider(const Project &project, const ProviderProfiles &profiles)
{
    return providerNamed(project.format.provider, profiles);
}

ProviderCapabilities projectCapabilities(const Project &project, const ProviderProfiles &profiles,
                                         QString *warning)
{
    ProjectProvider provider = projectProvider(project, profiles);
    if (warning)
        *warning = provider.warning;
    return provider.profile.capabilities;
}

PriceTable priceTableForProfile(const ProviderProfile &profile, const PriceTable &fallback)
{
    QList<PriceTable::Row> rows;
    bool declared = false;
    bool fellBack = false;
    for (const ModelCapability &model : profile.capabilities.models) {
        if (!model.usdPerSecond.isEmpty()) {
            declared = true;
            for (auto it = model.usdPerSecond.cbegin(); it != model.usdPerSecond.cend(); ++it)
                rows.append({model.id, it.key(), it.value()});
            continue;
        }
        for (const PriceTable::Row &row : fallback.rows()) {
            if (row.model == model.id) {
                rows.append(row);
                fellBack = true;
            }
        }
    }
    if (!declared)
        return PriceTable::fromRows(fallback.name(), fallback.source(), rows);
    const QString own = TrText::tr("prices of the provider profile \"%1\"").arg(profile.name);
    if (!fellBack)
        return PriceTable::fromRows(own, own, rows);
    return PriceTable::fromRows(own + QStringLiteral("; ") + fallback.name(),
                                own + QStringLiteral("; ") + fallback.source(), rows);
}

PriceTable priceTableForProfile(const ProviderProfile &profile)
{
    return priceTableForProfile(profile, PriceTable::builtIn());
}

} // namespace ShotBrief
