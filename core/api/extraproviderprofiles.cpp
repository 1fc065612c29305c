// SPDX-License-Identifier: MIT
#include "extraproviderprofiles.h"

#include "comfyuiworkflow.h"
#include "modelcatalog.h"

#include <QFile>

namespace ShotBrief {

ModelCapability flexibleModel(const QString &id, const QList<int> &durations,
                              const QStringList &sizes, PictureInputs pictures, bool audio,
                              int maxPromptChars, std::optional<double> usdPerSecond)
{
    ModelCapability model;
    model.id = id;
    model.durations = durations;
    model.sizes = sizes;
    model.firstFrame = pictures.firstFrame;
    model.lastFrame = pictures.lastFrame;
    model.maxReferenceImages = pictures.maxReferenceImages;
    model.referenceMustMatchSize = false; // these providers crop or pad the image themselves
    model.audio = audio;
    model.maxPromptChars = maxPromptChars;
    if (usdPerSecond)
        model.usdPerSecond.insert(QStringLiteral("*"), *usdPerSecond);
    return model;
}

QList<ProviderProfile> extraBuiltInProfiles()
{
    const QStringList runwaySizes{QStringLiteral("1280x720"), QStringLiteral("720x1280"),
                                  QStringLiteral("1104x832"), QStringLiteral("832x1104"),
                                  QStringLiteral("960x960"),  QStringLiteral("1584x672")};
    ProviderProfile runway;
    runway.name = QStringLiteral("runway");
    runway.displayName = QStringLiteral("Runway");
    runway.adapter = QStringLiteral("runway");
    runway.baseUrl = QUrl(QStringLiteral("https://api.dev.runwayml.com/v1"));
    runway.auth = AuthStyle::Bearer;
    runway.keyEnvVar = QStringLiteral("RUNWAYML_API_SECRET");
    // Pictures per model from Runway's image_to_video reference (videos-api.md): gen4.5,
    // gen4_turbo and veo3 take a first frame only; veo3.1 and veo3.1_fast take a first and a
    // last frame (never a last frame alone); seedance2 takes first/last frames or up to 9
    // references, not both. veo3.1_fast costs 10-15 credits a second (15 with sound).
    const PictureInputs firstOnly;
    const PictureInputs firstAndLast{true, true, 0};
    QList<int> seedanceDurations;
    for (int seconds = 4; seconds <= 15; ++seconds)
        seedanceDurations.append(seconds);
    runway.capabilities.models = {
        flexibleModel(QStringLiteral("gen4.5"), {2, 3, 4, 5, 6, 7, 8, 9, 10}, runwaySizes,
                      firstOnly, false, 1000, 0.12),
        flexibleModel(QStringLiteral("gen4_turbo"), {5, 10}, runwaySizes, firstOnly, false, 1000,
                      0.05),
        flexibleModel(QStringLiteral("veo3"), {8},
                      {QStringLiteral("1280x720"), QStringLiteral("720x1280")}, firstOnly, true,
                      1000, 0.40),
        flexibleModel(QStringLiteral("veo3.1"), {4, 6, 8},
                      {QStringLiteral("1280x720"), QStringLiteral("720x1280"),
                       QStringLiteral("1920x1080"), QStringLiteral("1080x1920")},
                      firstAndLast, true, 1000, 0.40),
        flexibleModel(QStringLiteral("veo3.1_fast"), {4, 6, 8},
                      {QStringLiteral("1280x720"), QStringLiteral("720x1280"),
                       QStringLiteral("1920x1080"), QStringLiteral("1080x1920")},
                      firstAndLast, true, 1000, 0.15),
        flexibleModel(QStringLiteral("seedance2"), seedanceDurations,
                      {QStringLiteral("1280x720"), QStringLiteral("720x1280"),
                       QStringLiteral("960x960"), QStringLiteral("1920x1080"),
                       QStringLiteral("1080x1920")},
                      PictureInputs{true, true, 9}, true, 3500, 0.36)};
    runway.capabilities.maxConcurrentJobs = 2;
    runway.capabilities.retentionHours = 24; // output URLs expire: downloaded at once
    runway.builtIn = true;

    ProviderProfile gateway;
    gateway.name = QStringLiteral("litellm");
    gateway.displayName = QStringLiteral("LiteLLM gateway (Veo)");
    gateway.adapter = QStringLiteral("openai-videos");
    gateway.baseUrl = QUrl(QStringLiteral("http://localhost:4000/v1")); // loopback: http allowed
    gateway.auth = AuthStyle::Bearer;
    gateway.keyEnvVar = QStringLiteral("LITELLM_API_KEY");
    gateway.capabilities.models = {
        flexibleModel(QStringLiteral("vertex_ai/veo-3.0-generate-preview"), {4, 6, 8},
                      {QStringLiteral("1280x720"), QStringLiteral("720x1280")}, PictureInputs{},
                      true, 32000, 0.40)};
    gateway.capabilities.maxConcurrentJobs = 2;
    gateway.catalog = QStringLiteral("litellm");
    gateway.builtIn = true;

    ProviderProfile comfy;
    comfy.name = QStringLiteral("comfyui");
    comfy.displayName = QStringLiteral("ComfyUI on this computer");
    comfy.adapter = QStringLiteral("comfyui");
    comfy.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8188"));
    comfy.auth = AuthStyle::None;
    comfy.requestTimeoutMs = 60'000;
    // Durations are frames / fps of each template (Wan 2.2: 121 frames at 24 fps ~ 5 s); the
    // user's own templates are models too (a broken one is reported when generating).
    for (const ComfyUiWorkflow &workflow :
         ComfyUiWorkflow::available(ComfyUiWorkflow::userFolder())) {
        ModelCapability model = workflow.capability();
        model.usdPerSecond.insert(QStringLiteral("*"), 0.0); // the user's own machine
        comfy.capabilities.models.append(model);
    }
    comfy.capabilities.maxConcurrentJobs = 2;     // one renders, one waits in ComfyUI's queue
    comfy.capabilities.retentionHours = 24 * 365; // the files stay in ComfyUI's output folder
    comfy.catalog = QStringLiteral("comfyui");
    comfy.builtIn = true;

    return {runway, gateway, comfy, openRouterProfile()};
}

ProviderProfile openRouterProfile()
{
    ProviderProfile openRouter;
    openRouter.name = QStringLiteral("openrouter");
    openRouter.displayName = QStringLiteral("OpenRouter");
    openRouter.adapter = QStringLiteral("openrouter");
    openRouter.baseUrl = QUrl(QStringLiteral("https://openrouter.ai/api/v1"));
    openRouter.auth = AuthStyle::Bearer;
    openRouter.keyEnvVar = QStringLiteral("OPENROUTER_API_KEY");
    openRouter.catalog = QStringLiteral("openrouter");
    // The catalog as it was when this version shipped; Refresh models reads today's.
    QFile shipped(QStringLiteral(":/shotbrief/openrouter/video-models.json"));
    const Result<ModelCatalog> catalog = parseOpenRouterCatalog(
        shipped.open(QIODevice::ReadOnly) ? shipped.readAll() : QByteArray(), shipped.fileName());
    if (catalog)
        openRouter.capabilities.models = catalog->models;
    openRouter.capabilities.maxConcurrentJobs = 2;
    openRouter.capabilities.retentionHours = 24; // outputs expire: downloaded at once
    // Jobs take from half a minute to minutes; OpenRouter asks for polls every 10-30 s.
    openRouter.builtIn = true;
    return openRouter;
}

} // namespace ShotBrief
