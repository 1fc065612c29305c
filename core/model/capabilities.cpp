// SPDX-License-Identifier: MIT
#include "capabilities.h"

#include <cstdlib>

namespace ShotBrief {

const ModelCapability *ProviderCapabilities::model(const QString &modelId) const
{
    for (const ModelCapability &capability : models) {
        if (capability.id == modelId)
            return &capability;
    }
    return nullptr;
}

QList<int> ProviderCapabilities::durationsFor(const QString &modelId) const
{
    if (const ModelCapability *capability = model(modelId))
        return capability->durations;
    return models.isEmpty() ? QList<int>{} : models.first().durations;
}

int ProviderCapabilities::nearestDuration(const QString &modelId, int seconds) const
{
    const QList<int> durations = durationsFor(modelId);
    if (durations.isEmpty())
        return seconds;
    int best = durations.first();
    for (int candidate : durations) {
        if (std::abs(candidate - seconds) < std::abs(best - seconds))
            best = candidate;
    }
    return best;
}

ProviderCapabilities ProviderCapabilities::openAiVideos()
{
    ModelCapability sora2;
    sora2.id = QStringLiteral("sora-2");
    sora2.durations = {4, 8, 12};
    sora2.sizes = {QStringLiteral("1280x720"), QStringLiteral("720x1280")};
    sora2.remix = true;

    ModelCapability sora2Pro = sora2;
    sora2Pro.id = QStringLiteral("sora-2-pro");
    // 1920x1080 and 1080x1920 are only on newer servers (videos-api.md); they are offered
    // because a price exists for them and a server that lacks them says so with a 400.
    sora2Pro.sizes << QStringLiteral("1024x1792") << QStringLiteral("1792x1024")
                   << QStringLiteral("1920x1080") << QStringLiteral("1080x1920");

    ProviderCapabilities capabilities;
    capabilities.models = {sora2, sora2Pro};
    return capabilities;
}

} // namespace ShotBrief
