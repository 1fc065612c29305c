// SPDX-License-Identifier: MIT
#include "providerfactory.h"

#include "comfyuivideoprovider.h"
#include "openaivideoprovider.h"
#include "runwayvideoprovider.h"

#include <QCoreApplication>

namespace ShotBrief {

QStringList videoProviderAdapters()
{
    return {QStringLiteral("openai-videos"), QStringLiteral("runway"), QStringLiteral("comfyui")};
}

Result<std::shared_ptr<VideoProvider>> createVideoProvider(const ProviderProfile &profile,
                                                           const QString &apiKey, Clock *clock)
{
    if (profile.adapter == QLatin1String("openai-videos"))
        return std::shared_ptr<VideoProvider>(
            std::make_shared<OpenAiVideoProvider>(profile, apiKey, clock));
    if (profile.adapter == QLatin1String("runway"))
        return std::shared_ptr<VideoProvider>(
            std::make_shared<RunwayVideoProvider>(profile, apiKey, clock));
    if (profile.adapter == QLatin1String("comfyui"))
        return std::shared_ptr<VideoProvider>(
            std::make_shared<ComfyUiVideoProvider>(profile, apiKey, clock));
    Error error;
    error.field = profile.name;
    error.message =
        QCoreApplication::translate("ShotBrief::ProviderFactory",
                                    "The provider \"%1\" needs the adapter \"%2\", "
                                    "which this build does not have (known: %3).")
            .arg(profile.name, profile.adapter, videoProviderAdapters().join(QStringLiteral(", ")));
    return error;
}

} // namespace ShotBrief
