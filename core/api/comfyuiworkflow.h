// SPDX-License-Identifier: MIT
#pragma once

#include "model/capabilities.h"
#include "model/result.h"

#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace ShotBrief {

/// A ComfyUI workflow template in API format whose nodes ShotBrief fills in by title:
/// "ShotBrief Prompt" (CLIPTextEncode text), "ShotBrief Latent" (width, height, length),
/// "ShotBrief Sampler" (seed / noise_seed), "ShotBrief Start Image" and "ShotBrief End Image"
/// (LoadImage image: the first and last frame; each removed with the inputs that use it when a
/// take has none), "ShotBrief Save" (filename_prefix). See resources/comfyui/README.md.
struct ComfyUiWorkflow
{
    static constexpr const char *PromptTitle = "ShotBrief Prompt";
    static constexpr const char *LatentTitle = "ShotBrief Latent";
    static constexpr const char *SamplerTitle = "ShotBrief Sampler";
    static constexpr const char *StartImageTitle = "ShotBrief Start Image";
    static constexpr const char *EndImageTitle = "ShotBrief End Image";
    static constexpr const char *SaveTitle = "ShotBrief Save";

    QString id; ///< the model id takes record ("wan2.2-ti2v-5b")
    QString displayName;
    double fps = 24.0;
    int frameStep = 1; ///< length must be frameStep * n + 1 (Wan: 4, LTX-Video: 8)
    QList<int> durations;
    QStringList sizes;
    QJsonObject graph;
    QString source; ///< file it came from

    bool hasStartImage() const;
    bool hasEndImage() const;
    ModelCapability capability() const;
    /// The latent `length` for a clip of `seconds`: seconds x fps rounded to the frame step, + 1.
    int framesFor(int seconds) const;
    /// The graph to POST: prompt, size, frame count, seed, start and end image (empty: none)
    /// and file name prefix written into the titled nodes.
    Result<QJsonObject> patched(const QString &prompt, const QString &size, int seconds,
                                qint64 seed, const QString &startImage, const QString &endImage,
                                const QString &filenamePrefix) const;

    /// A wrapper {"shotbrief_template": 1, "id", "fps", "frame_step", "durations", "sizes",
    /// "graph"} or a plain API-format graph (id = `fallbackId`, the rest read from its nodes).
    static Result<ComfyUiWorkflow> parse(const QByteArray &json, const QString &source,
                                         const QString &fallbackId);
    /// The templates shipped with ShotBrief (Qt resources :/shotbrief/comfyui/).
    static QList<ComfyUiWorkflow> builtIns();
    /// AppConfigLocation + "/comfyui-workflows".
    static QString userFolder();
    /// The built-in templates plus those in `userFolder` (empty: none); a user's template
    /// replaces a built-in one of the same id. What the comfyui profile offers as models and
    /// what its adapter renders come from here, so they always agree.
    static QList<ComfyUiWorkflow> available(const QString &userFolder,
                                            QStringList *errors = nullptr);
    /// Every *.json in `folder`; unreadable ones are reported in `errors` and skipped.
    static QList<ComfyUiWorkflow> loadFolder(const QString &folder, QStringList *errors = nullptr);
    /// The id of the node titled `title`, empty when there is none.
    static QString nodeByTitle(const QJsonObject &graph, const QString &title);
};

} // namespace ShotBrief
