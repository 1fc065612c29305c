// SPDX-License-Identifier: MIT
#include "comfyuiworkflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cmath>

#include <utility>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct WorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ComfyUiWorkflow)
};

QJsonObject inputsOf(const QJsonObject &graph, const QString &node)
{
    return graph.value(node).toObject().value(QLatin1String("inputs")).toObject();
}

void setInput(QJsonObject &graph, const QString &node, const QString &input,
              const QJsonValue &value)
{
    QJsonObject object = graph.value(node).toObject();
    QJsonObject inputs = object.value(QLatin1String("inputs")).toObject();
    inputs.insert(input, value);
    object.insert(QLatin1String("inputs"), inputs);
    graph.insert(node, object);
}

bool linksTo(const QJsonValue &value, const QString &node)
{
    const QJsonArray link = value.toArray();
    if (!value.isArray() || link.size() != 2)
        return false;
    const QJsonValue id = link.at(0);
    return (id.isString() ? id.toString() : QString::number(id.toInt())) == node;
}

/// Removes `node` and every input that links to it.
void removeNode(QJsonObject &graph, const QString &node)
{
    graph.remove(node);
    for (auto it = graph.begin(); it != graph.end(); ++it) {
        QJsonObject object = it.value().toObject();
        QJsonObject inputs = object.value(QLatin1String("inputs")).toObject();
        for (const QString &key : inputs.keys()) {
            if (linksTo(inputs.value(key), node))
                inputs.remove(key);
        }
        object.insert(QLatin1String("inputs"), inputs);
        it.value() = object;
    }
}

} // namespace

QString ComfyUiWorkflow::nodeByTitle(const QJsonObject &graph, const QString &title)
{
    for (auto it = graph.begin(); it != graph.end(); ++it) {
        if (it.value()
                .toObject()
                .value(QLatin1String("_meta"))
                .toObject()
                .value(QLatin1String("title"))
                .toString()
                .compare(title, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

bool ComfyUiWorkflow::hasStartImage() const
{
    return !nodeByTitle(graph, QLatin1String(StartImageTitle)).isEmpty();
}

bool ComfyUiWorkflow::hasEndImage() const
{
    return !nodeByTitle(graph, QLatin1String(EndImageTitle)).isEmpty();
}

ModelCapability ComfyUiWorkflow::capability() const
{
    ModelCapability model;
    model.id = id;
    model.durations = durations;
    model.sizes = sizes;
    model.firstFrame = hasStartImage();
    model.lastFrame = hasEndImage();
    model.referenceMustMatchSize = false; // the graph scales the start image itself
    model.audio = false;
    model.maxPromptChars = 10000;
    return model;
}

int ComfyUiWorkflow::framesFor(int seconds) const
{
    const int step = std::max(1, frameStep);
    const long steps = std::lround(seconds * fps / step);
    return int(std::max(1L, steps)) * step + 1;
}

Result<QJsonObject> ComfyUiWorkflow::patched(const QString &prompt, const QString &size,
                                             int seconds, qint64 seed, const QString &startImage,
                                             const QString &endImage,
                                             const QString &filenamePrefix) const
{
    QJsonObject out = graph;
    const QString promptNode = nodeByTitle(out, QLatin1String(PromptTitle));
    const QString latentNode = nodeByTitle(out, QLatin1String(LatentTitle));
    if (promptNode.isEmpty() || latentNode.isEmpty())
        return Error::inFile(source,
                             WorkflowText::tr("The workflow \"%1\" needs nodes titled \"%2\" and "
                                              "\"%3\".")
                                 .arg(id, QLatin1String(PromptTitle), QLatin1String(LatentTitle)));
    const QStringList wh = size.split(QLatin1Char('x'));
    const int width = wh.value(0).toInt();
    const int height = wh.value(1).toInt();
    if (wh.size() != 2 || width < 16 || height < 16 || width % 16 || height % 16)
        return Error::inFile(source,
                             WorkflowText::tr("ComfyUI needs a size like 1280x704 whose sides are "
                                              "multiples of 16, not \"%1\".")
                                 .arg(size));
    setInput(out, promptNode, QStringLiteral("text"), prompt);
    setInput(out, latentNode, QStringLiteral("width"), width);
    setInput(out, latentNode, QStringLiteral("height"), height);
    setInput(out, latentNode, QStringLiteral("length"), framesFor(seconds));
    const QString sampler = nodeByTitle(out, QLatin1String(SamplerTitle));
    if (!sampler.isEmpty()) {
        const QJsonObject inputs = inputsOf(out, sampler);
        setInput(out, sampler,
                 inputs.contains(QLatin1String("noise_seed")) ? QStringLiteral("noise_seed")
                                                              : QStringLiteral("seed"),
                 double(seed));
    }
    const QString save = nodeByTitle(out, QLatin1String(SaveTitle));
    if (!save.isEmpty() && !filenamePrefix.isEmpty())
        setInput(out, save, QStringLiteral("filename_prefix"), filenamePrefix);
    for (const auto &[title, image] :
         {std::pair{StartImageTitle, startImage}, std::pair{EndImageTitle, endImage}}) {
        const QString loader = nodeByTitle(out, QLatin1String(title));
        if (!loader.isEmpty()) {
            if (!image.isEmpty())
                setInput(out, loader, QStringLiteral("image"), image);
            else
                removeNode(out, loader); // the picture is optional in the nodes that take one
        } else if (!image.isEmpty()) {
            return Error::inFile(
                source,
                title == StartImageTitle
                    ? WorkflowText::tr("The workflow \"%1\" takes no start image (no node titled "
                                       "\"%2\").")
                          .arg(id, QLatin1String(title))
                    : WorkflowText::tr("The workflow \"%1\" takes no end image (no node titled "
                                       "\"%2\").")
                          .arg(id, QLatin1String(title)));
        }
    }
    return out;
}

Result<ComfyUiWorkflow> ComfyUiWorkflow::parse(const QByteArray &json, const QString &source,
                                               const QString &fallbackId)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::inFile(
            source, WorkflowText::tr("Not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    ComfyUiWorkflow workflow;
    workflow.source = source;
    const bool wrapped = root.contains(QLatin1String("shotbrief_template"));
    workflow.graph = wrapped ? root.value(QLatin1String("graph")).toObject() : root;
    workflow.id = wrapped ? root.value(QLatin1String("id")).toString(fallbackId) : fallbackId;
    workflow.displayName = root.value(QLatin1String("display_name")).toString(workflow.id);
    if (workflow.id.isEmpty())
        return Error::inFile(source, WorkflowText::tr("The workflow has no id."));
    const QString latent = nodeByTitle(workflow.graph, QLatin1String(LatentTitle));
    if (nodeByTitle(workflow.graph, QLatin1String(PromptTitle)).isEmpty() || latent.isEmpty())
        return Error::inFile(source,
                             WorkflowText::tr("The workflow needs nodes titled \"%1\" and \"%2\" "
                                              "(API format: Workflow > Export (API)).")
                                 .arg(QLatin1String(PromptTitle), QLatin1String(LatentTitle)));
    // Plain graphs: the frame rate from the video node, the size from the latent node.
    for (auto it = workflow.graph.begin(); it != workflow.graph.end(); ++it) {
        const QJsonObject inputs = inputsOf(workflow.graph, it.key());
        for (const char *key : {"fps", "frame_rate"}) {
            if (inputs.value(QLatin1String(key)).isDouble())
                workflow.fps = inputs.value(QLatin1String(key)).toDouble();
        }
    }
    const QJsonObject latentInputs = inputsOf(workflow.graph, latent);
    workflow.sizes = {QStringLiteral("%1x%2")
                          .arg(latentInputs.value(QLatin1String("width")).toInt())
                          .arg(latentInputs.value(QLatin1String("height")).toInt())};
    workflow.durations = {2, 3, 4, 5};
    if (wrapped) {
        workflow.fps = root.value(QLatin1String("fps")).toDouble(workflow.fps);
        workflow.frameStep = root.value(QLatin1String("frame_step")).toInt(1);
        if (root.value(QLatin1String("durations")).isArray()) {
            workflow.durations.clear();
            for (const QJsonValue &d : root.value(QLatin1String("durations")).toArray())
                workflow.durations.append(d.toInt());
        }
        if (root.value(QLatin1String("sizes")).isArray()) {
            workflow.sizes.clear();
            for (const QJsonValue &s : root.value(QLatin1String("sizes")).toArray())
                workflow.sizes.append(s.toString());
        }
    }
    if (workflow.fps <= 0 || workflow.durations.isEmpty() || workflow.sizes.isEmpty())
        return Error::inFile(source,
                             WorkflowText::tr("The workflow needs a positive fps, durations and "
                                              "sizes."));
    return workflow;
}

QList<ComfyUiWorkflow> ComfyUiWorkflow::loadFolder(const QString &folder, QStringList *errors)
{
    QList<ComfyUiWorkflow> workflows;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        QFile file(info.absoluteFilePath());
        if (info.size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
            if (errors)
                errors->append(WorkflowText::tr("Cannot read %1.").arg(info.absoluteFilePath()));
            continue;
        }
        const Result<ComfyUiWorkflow> parsed =
            parse(file.readAll(), info.absoluteFilePath(), info.completeBaseName());
        if (parsed)
            workflows.append(parsed.value());
        else if (errors)
            errors->append(parsed.error().toString());
    }
    return workflows;
}

QList<ComfyUiWorkflow> ComfyUiWorkflow::builtIns()
{
    return loadFolder(QStringLiteral(":/shotbrief/comfyui"));
}

QList<ComfyUiWorkflow> ComfyUiWorkflow::available(const QString &userFolder, QStringList *errors)
{
    QList<ComfyUiWorkflow> workflows = builtIns();
    if (userFolder.isEmpty())
        return workflows;
    for (const ComfyUiWorkflow &own : loadFolder(userFolder, errors)) {
        workflows.removeIf([&own](const ComfyUiWorkflow &w) { return w.id == own.id; });
        workflows.append(own);
    }
    return workflows;
}

QString ComfyUiWorkflow::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/comfyui-workflows");
}

} // namespace ShotBrief
