// SPDX-License-Identifier: MIT
#pragma once

#include "providerprofile.h"

#include <optional>

namespace ShotBrief {

/// The built-in profiles beyond the OpenAI Videos API: "runway" (Runway's task API),
/// "litellm" (an OpenAI-compatible LiteLLM gateway on loopback routing to Veo) and "comfyui"
/// (a ComfyUI server on this machine). Kept apart from ProviderProfiles::builtIns(), whose three
/// entries callers still index; ProviderProfiles::load() appends these.
QList<ProviderProfile> extraBuiltInProfiles();

/// OpenRouter's Video Generation API (https://openrouter.ai/api/v1, OPENROUTER_API_KEY), its
/// models from the catalog shipped in resources/openrouter/video-models.json until refreshed.
ProviderProfile openRouterProfile(); ///< runway, litellm, comfyui (in that order)

/// The pictures a model takes (ModelCapability::firstFrame, lastFrame, maxReferenceImages).
struct PictureInputs
{
    bool firstFrame = true;
    bool lastFrame = false;
    int maxReferenceImages = 0;
};

/// Capabilities helper: providers that crop or pad a first or last frame themselves.
/// `usdPerSecond`: the list price for every size, when known.
ModelCapability flexibleModel(const QString &id, const QList<int> &durations,
                              const QStringList &sizes, PictureInputs pictures, bool audio,
                              int maxPromptChars,
                              std::optional<double> usdPerSecond = std::nullopt);

} // namespace ShotBrief
