// SPDX-License-Identifier: MIT
#include "modelscommand.h"

#include "clioutput.h"

#include "api/clock.h"
#include "api/credentialstore.h"
#include "api/modelcatalogrefresh.h"
#include "api/projectcapabilities.h"
#include "api/providerprofile.h"
#include "io/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ShotBrief {

namespace {

using Cli::ExitFindings;
using Cli::ExitOk;
using Cli::ExitUnreadable;
using Cli::printErr;
using Cli::printOut;

/// Gives lupdate and the runtime the same translation context.
struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ModelsCommand)
};

QString joinedDurations(const QList<int> &durations)
{
    QStringList parts;
    for (int seconds : durations)
        parts << QString::number(seconds);
    return parts.join(QLatin1Char(','));
}

QString pictures(const ModelCapability &model)
{
    QStringList parts;
    if (model.firstFrame)
        parts << TrText::tr("first frame");
    if (model.lastFrame)
        parts << TrText::tr("last frame");
    if (model.maxReferenceImages > 0)
        parts << TrText::tr("%n reference(s)", nullptr, model.maxReferenceImages);
    return parts.isEmpty() ? TrText::tr("text only") : parts.join(QLatin1String(", "));
}

QString prices(const ModelCapability &model)
{
    if (model.usdPerSecond.isEmpty())
        return TrText::tr("no price");
    QStringList parts;
    for (auto it = model.usdPerSecond.cbegin(); it != model.usdPerSecond.cend(); ++it)
        parts << (it.key() == QLatin1String("*")
                      ? QStringLiteral("$%1/s").arg(it.value())
                      : QStringLiteral("%1 $%2/s").arg(it.key()).arg(it.value()));
    return parts.join(QLatin1String(", "));
}

QString refreshedText(const ProviderProfile &profile)
{
    if (profile.catalog.isEmpty())
        return TrText::tr("typed in the profile");
    if (!profile.catalogRefreshedAt.isValid())
        return TrText::tr("catalog as shipped with ShotBrief, never refreshed");
    return TrText::tr("catalog refreshed %1")
        .arg(profile.catalogRefreshedAt.toUTC().toString(Qt::ISODate));
}

QJsonObject profileJson(const ProviderProfile &profile)
{
    QJsonArray models;
    for (const ModelCapability &model : profile.capabilities.models) {
        QJsonArray durations;
        for (int seconds : model.durations)
            durations.append(seconds);
        QJsonObject usd;
        for (auto it = model.usdPerSecond.cbegin(); it != model.usdPerSecond.cend(); ++it)
            usd.insert(it.key(), it.value());
        models.append(QJsonObject{
            {QStringLiteral("id"), model.id},
            {QStringLiteral("durations"), durations},
            {QStringLiteral("sizes"), QJsonArray::fromStringList(model.sizes)},
            {QStringLiteral("resolutions"), QJsonArray::fromStringList(model.resolutions)},
            {QStringLiteral("first_frame"), model.firstFrame},
            {QStringLiteral("last_frame"), model.lastFrame},
            {QStringLiteral("max_reference_images"), model.maxReferenceImages},
            {QStringLiteral("audio"), model.audio},
            {QStringLiteral("usd_per_second"), usd},
            {QStringLiteral("pricing_note"), model.pricingNote}});
    }
    return {{QStringLiteral("profile"), profile.name},
            {QStringLiteral("display_name"), profile.displayName},
            {QStringLiteral("adapter"), profile.adapter},
            {QStringLiteral("catalog"), profile.catalog},
            {QStringLiteral("refreshed_at"),
             profile.catalogRefreshedAt.isValid()
                 ? QJsonValue(profile.catalogRefreshedAt.toUTC().toString(Qt::ISODate))
                 : QJsonValue()},
            {QStringLiteral("models"), models}};
}

void printTable(const ProviderProfile &profile)
{
    printOut(
        QStringLiteral("# %1 (%2): %3\n")
            .arg(profile.name, Cli::terminalSafe(profile.displayName), refreshedText(profile)));
    for (const ModelCapability &model : profile.capabilities.models)
        printOut(QStringLiteral("%1\t%2 s\t%3\t%4\t%5\n")
                     .arg(Cli::terminalSafe(model.id), joinedDurations(model.durations),
                          model.sizes.join(QLatin1Char(',')), pictures(model), prices(model)));
}

} // namespace

int runModelsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        TrText::tr("Lists the models a provider profile offers, as ShotBrief plans with them; "
                   "--refresh reads them from the provider's catalog first and keeps them in "
                   "providers.json."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 TrText::tr("A .shotbrief project: its provider is the default "
                                            "profile."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           TrText::tr("The provider profile."), TrText::tr("name"));
    const QCommandLineOption refreshOption(
        QStringLiteral("refresh"),
        TrText::tr("Read the provider's catalog now (OpenRouter, a LiteLLM gateway, ComfyUI's "
                   "workflows) and keep it for planning offline."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), TrText::tr("Print JSON."));
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
                                           TrText::tr("Read the catalog from this server instead."),
                                           TrText::tr("url"));
    const QCommandLineOption settingsOption(
        QStringLiteral("providers"),
        TrText::tr("A providers.json to use instead of the one in the configuration folder."),
        TrText::tr("file"));
    parser.addOptions({profileOption, refreshOption, jsonOption, baseUrlOption, settingsOption});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("shotbrief-cli models")} + arguments)) {
        printErr(QStringLiteral("models: ") + parser.errorText());
        return ExitUnreadable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.isEmpty() && !parser.isSet(profileOption))) {
        printErr(TrText::tr("usage: shotbrief-cli models (--profile NAME | FILE) [--refresh] "
                            "[--json] [--base-url URL]"));
        return ExitUnreadable;
    }

    const QString settingsPath = parser.isSet(settingsOption)
                                     ? parser.value(settingsOption)
                                     : ProviderProfiles::defaultSettingsPath();
    Result<ProviderProfiles> profiles = ProviderProfiles::load(settingsPath);
    if (!profiles) {
        printErr(profiles.error().toString());
        return ExitUnreadable;
    }
    QString name = parser.value(profileOption);
    if (name.isEmpty()) {
        const Result<LoadedProject> project = ProjectFile::load(files.first());
        if (!project) {
            printErr(project.error().toString());
            return ExitUnreadable;
        }
        name = project->project.format.provider;
    }
    const ProviderProfile *found = profiles->find(name);
    if (!found) {
        QStringList names;
        for (const ProviderProfile &known : profiles->all())
            names << known.name;
        printErr(TrText::tr("models: unknown profile \"%1\" (known: %2).")
                     .arg(name, names.join(QStringLiteral(", "))));
        return ExitUnreadable;
    }
    ProviderProfile profile = *found;

    int exitCode = ExitOk;
    if (parser.isSet(refreshOption)) {
        ProviderProfile source = profile;
        if (parser.isSet(baseUrlOption)) {
            source.baseUrl = QUrl(parser.value(baseUrlOption));
            if (const Result<void> checked = source.checkBaseUrl(); !checked) {
                printErr(checked.error().message);
                return ExitUnreadable;
            }
        }
        const CredentialStore credentials;
        const QString key =
            CredentialStore::needsKey(source) ? credentials.readKeyNow(source) : QString();
        SystemClock clock;
        ModelCatalogRefresh refresh(source, key, &clock);
        QEventLoop loop;
        QObject::connect(&refresh, &ModelCatalogRefresh::finished, &loop, &QEventLoop::quit);
        refresh.start();
        if (!refresh.isFinished())
            loop.exec();
        if (!refresh.isOk()) {
            printErr(
                TrText::tr("models: cannot refresh \"%1\": %2").arg(name, refresh.error().message));
            printErr(TrText::tr("The models below are the last good ones (%1).")
                         .arg(refreshedText(profile)));
            exitCode = ExitFindings;
        } else {
            for (const QString &warning : refresh.catalog().warnings)
                printErr(warning);
            if (const Result<void> applied = profiles->applyCatalog(
                    name, refresh.catalog().models, refresh.refreshedProfile().catalogRefreshedAt);
                !applied) {
                printErr(applied.error().toString());
                return ExitUnreadable;
            }
            if (const Result<void> saved = profiles->save(settingsPath); !saved) {
                printErr(saved.error().toString());
                return ExitUnreadable;
            }
            profile = *profiles->find(name);
            printErr(TrText::tr("Refreshed \"%1\": %n model(s); %2. Kept in %3.", nullptr,
                                int(refresh.catalog().models.size()))
                         .arg(name, refresh.change().summary(), settingsPath));
        }
    }

    if (parser.isSet(jsonOption))
        printOut(
            QString::fromUtf8(QJsonDocument(profileJson(profile)).toJson(QJsonDocument::Indented)));
    else
        printTable(profile);
    return exitCode;
}

} // namespace ShotBrief
