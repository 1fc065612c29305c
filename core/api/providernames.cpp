// SPDX-License-Identifier: MIT
#include "providernames.h"

#include <QCoreApplication>

namespace ShotBrief {

namespace {
struct NamesText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ProviderNames)
};
const QLatin1String EmulatorPrefix("emulator-"); // providerfactory.cpp: useEmulatorAt()
} // namespace

QString profileDisplayName(const ProviderProfile &profile)
{
    return profile.displayName.isEmpty() ? profile.name : profile.displayName;
}

QString recordedProviderName(const QString &recorded, const ProviderProfiles &profiles)
{
    if (const ProviderProfile *profile = profiles.find(recorded))
        return profileDisplayName(*profile);
    if (recorded.startsWith(EmulatorPrefix)) {
        const QString standIn = recorded.mid(EmulatorPrefix.size());
        const ProviderProfile *profile = profiles.find(standIn);
        return NamesText::tr("Built-in emulator as %1")
            .arg(profile ? profileDisplayName(*profile) : standIn);
    }
    return recorded;
}

} // namespace ShotBrief
