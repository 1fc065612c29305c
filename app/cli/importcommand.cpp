// SPDX-License-Identifier: MIT
#include "importcommand.h"

#include "clioutput.h"

#include "api/projectcapabilities.h"
#include "api/providerprofile.h"
#include "document/projectdocument.h"
#include "document/providerfit.h"
#include "io/projectfile.h"
#include "script/scriptfile.h"
#include "script/scriptimporter.h"
#include "script/scriptupdater.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace ShotBrief {

namespace {

using Cli::ExitOk;
using Cli::ExitUnreadable;
using Cli::printErr;
using Cli::printOut;
using Cli::terminalSafe;
using namespace Script;

struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ImportCommand)
};

QString changeKey(ScriptChange change)
{
    switch (change) {
    case ScriptChange::Unchanged:
        return QStringLiteral("unchanged");
    case ScriptChange::Changed:
        return QStringLiteral("changed");
    case ScriptChange::Added:
        return QStringLiteral("added");
    case ScriptChange::Cut:
        return QStringLiteral("cut");
    case ScriptChange::Restored:
        return QStringLiteral("restored");
    }
    return {};
}

/// The shot-list columns and what each fills: the mapping preview.
void printColumns(const ShotList &list)
{
    QStringList lines;
    for (int i = 0; i < list.headers.size(); ++i) {
        lines << QStringLiteral("  %1 -> %2")
                     .arg(terminalSafe(list.headers.at(i)), shotListColumnName(list.columns.at(i)));
    }
    printErr(TrText::tr("Columns:\n%1").arg(lines.join(QLatin1Char('\n'))));
}

/// Each counted figure of a plan, the same words for the terminal and for --json.
QJsonObject planCounts(const ImportPlan &plan)
{
    return QJsonObject{{QStringLiteral("scenes"), int(plan.scenes.size())},
                       {QStringLiteral("speeches"), plan.speechCount},
                       {QStringLiteral("cast"), int(plan.cast.size())},
                       {QStringLiteral("new_cast"), int(plan.newCast.size())},
                       {QStringLiteral("shots"), int(plan.shots.size())},
                       {QStringLiteral("split_shots"), plan.splitShotCount},
                       {QStringLiteral("too_long"), plan.overflowCount},
                       {QStringLiteral("seconds"), plan.totalSeconds()}};
}

/// A new project for `provider`: the defaults that provider can make.
Project newProjectFor(const ProjectProvider &provider)
{
    Project project;
    project.format.provider = provider.profile.name;
    ProjectDocument document;
    document.resetProject(project);
    ProviderFit::fixAll(&document, provider.profile.capabilities, provider.profile.name);
    return document.project();
}

} // namespace

int runImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(TrText::tr(
        "Imports a screenplay (Fountain, Final Draft .fdx) or a shot list (CSV) as scenes, cast "
        "and shots fitted to the provider's clip lengths. With -o it writes a new project; with "
        "--into it re-imports a revised script into a project made from it: changed shots get "
        "the new text and a mark, new parts become new shots, cut parts are marked, and "
        "everything you made stays. Exit code 0: done; 2: bad arguments or a script or project "
        "that cannot be read (nothing is written)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SCRIPT"),
                                 TrText::tr("A .fountain, .fdx or .csv file."));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       TrText::tr("Write a new project here (never overwrites)."),
                                       QStringLiteral("OUT"));
    const QCommandLineOption intoOption(QStringLiteral("into"),
                                        TrText::tr("Re-import into this project."),
                                        QStringLiteral("PROJECT"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        TrText::tr("The new project's provider profile (default: the emulator); its lengths "
                   "fit the shots."),
        QStringLiteral("NAME"));
    const QCommandLineOption providersOption(
        QStringLiteral("providers"),
        TrText::tr("A providers.json to use instead of the one in the configuration folder."),
        QStringLiteral("FILE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          TrText::tr("With --into: report, write nothing."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        TrText::tr("Print the figures (and changes) as JSON."));
    parser.addOptions(
        {outOption, intoOption, profileOption, providersOption, dryRunOption, jsonOption});
    if (!parser.parse(QStringList{QStringLiteral("import")} + arguments)) {
        printErr(parser.errorText());
        return ExitUnreadable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        printErr(TrText::tr("import: expected one script file, got %1 arguments (see --help)")
                     .arg(parser.positionalArguments().size()));
        return ExitUnreadable;
    }
    const bool into = parser.isSet(intoOption);
    if (into == parser.isSet(outOption)) {
        printErr(TrText::tr("import: give either -o OUT.shotbrief (a new project) or --into "
                            "PROJECT.shotbrief (a re-import)"));
        return ExitUnreadable;
    }
    if (into && parser.isSet(profileOption)) {
        printErr(TrText::tr("import: --profile is for new projects; --into plans with the "
                            "project's own provider"));
        return ExitUnreadable;
    }
    const QString scriptPath = parser.positionalArguments().constFirst();
    const bool json = parser.isSet(jsonOption);

    const Result<ScriptSource> source = readScriptFile(scriptPath);
    if (!source) {
        printErr(source.error().toString());
        return ExitUnreadable;
    }
    if (source->format == ScriptFormat::ShotListCsv && !json)
        printColumns(source->shotList);

    const Result<ProviderProfiles> profiles = ProviderProfiles::load(
        parser.isSet(providersOption) ? parser.value(providersOption)
                                      : ProviderProfiles::defaultSettingsPath());
    if (!profiles) {
        printErr(profiles.error().toString());
        return ExitUnreadable;
    }

    if (!into) {
        const QString outPath = parser.value(outOption);
        if (QFileInfo::exists(outPath)) {
            printErr(TrText::tr("%1: the file exists; import never overwrites a project (use "
                                "--into to re-import into it, or choose another name)")
                         .arg(outPath));
            return ExitUnreadable;
        }
        const QString profileName =
            parser.isSet(profileOption) ? parser.value(profileOption) : QStringLiteral("emulator");
        const ProjectProvider provider = providerNamed(profileName, *profiles);
        if (!provider.known) {
            QStringList known;
            for (const ProviderProfile &profile : profiles->all())
                known << profile.name;
            printErr(TrText::tr("--profile: there is no provider profile \"%1\" (known: %2)")
                         .arg(profileName, known.join(QStringLiteral(", "))));
            return ExitUnreadable;
        }
        const Project empty = newProjectFor(provider);
        const Result<ImportPlan> plan =
            source->plan(ScriptImporter(empty, provider.profile.capabilities));
        if (!plan) {
            printErr(plan.error().toString());
            return ExitUnreadable;
        }
        Project project = withImport(empty, *plan);
        if (project.title.isEmpty())
            project.title = QFileInfo(scriptPath).completeBaseName();
        const Result<void> saved = ProjectFile::save(project, outPath);
        if (!saved) {
            printErr(saved.error().toString());
            return ExitUnreadable;
        }
        for (const QString &warning : plan->warnings)
            printErr(terminalSafe(warning, Cli::Layout::Keep));
        if (json) {
            QJsonObject out = planCounts(*plan);
            out.insert(QStringLiteral("format"), scriptFormatName(plan->format));
            out.insert(QStringLiteral("project"), outPath);
            out.insert(QStringLiteral("provider"), provider.profile.name);
            printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        } else {
            printOut(TrText::tr("%1 (%2) -> %3: %4 scenes, %5 lines of dialogue, %6 cast, %7 "
                                "shots (%8 of them parts of split shots), %9 s for %10\n")
                         .arg(terminalSafe(scriptPath), scriptFormatName(plan->format),
                              terminalSafe(outPath))
                         .arg(plan->scenes.size())
                         .arg(plan->speechCount)
                         .arg(plan->cast.size())
                         .arg(plan->shots.size())
                         .arg(plan->splitShotCount)
                         .arg(plan->totalSeconds())
                         .arg(provider.profile.name));
        }
        return ExitOk;
    }

    const QString projectPath = parser.value(intoOption);
    Result<LoadedProject> loaded = ProjectFile::load(projectPath);
    if (!loaded) {
        printErr(loaded.error().toString());
        return ExitUnreadable;
    }
    if (loaded->readOnly && !parser.isSet(dryRunOption)) {
        printErr(loaded->readOnlyReason);
        return ExitUnreadable;
    }
    const Project &project = loaded->project;
    QString warning;
    const ProviderCapabilities capabilities = projectCapabilities(project, *profiles, &warning);
    if (!warning.isEmpty())
        printErr(warning);
    const ScriptImporter importer(project, capabilities);
    const Result<ImportPlan> fresh = source->plan(importer);
    if (!fresh) {
        printErr(fresh.error().toString());
        return ExitUnreadable;
    }
    const UpdatePlan update = ScriptUpdater::plan(project, *fresh, importer.fitter());
    if (!parser.isSet(dryRunOption) && update.hasChanges()) {
        const Result<void> saved = ProjectFile::save(update.result, projectPath);
        if (!saved) {
            printErr(saved.error().toString());
            return ExitUnreadable;
        }
    }
    if (json) {
        QJsonArray entries;
        for (const ScriptChangeEntry &entry : update.entries) {
            if (entry.change == ScriptChange::Unchanged)
                continue;
            entries.append(QJsonObject{{QStringLiteral("change"), changeKey(entry.change)},
                                       {QStringLiteral("shot"), entry.label},
                                       {QStringLiteral("scene"), entry.sceneTitle},
                                       {QStringLiteral("old_text"), entry.oldText},
                                       {QStringLiteral("new_text"), entry.newText},
                                       {QStringLiteral("seconds"), entry.seconds},
                                       {QStringLiteral("needed_seconds"), entry.neededSeconds}});
        }
        QJsonObject out{
            {QStringLiteral("unchanged"), update.count(ScriptChange::Unchanged)},
            {QStringLiteral("changed"), update.count(ScriptChange::Changed)},
            {QStringLiteral("added"), update.count(ScriptChange::Added)},
            {QStringLiteral("cut"), update.count(ScriptChange::Cut)},
            {QStringLiteral("restored"), update.count(ScriptChange::Restored)},
            {QStringLiteral("new_scenes"), int(update.addedScenes.size())},
            {QStringLiteral("new_cast"), int(update.newCast.size())},
            {QStringLiteral("written"), !parser.isSet(dryRunOption) && update.hasChanges()},
            {QStringLiteral("changes"), entries}};
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
    } else {
        QStringList lines;
        for (const QString &line : update.report())
            lines << terminalSafe(line);
        printOut(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        if (parser.isSet(dryRunOption))
            printErr(TrText::tr("--dry-run: %1 was not changed").arg(projectPath));
        else if (!update.hasChanges())
            printErr(TrText::tr("%1 already matches the script; nothing written").arg(projectPath));
    }
    return ExitOk;
}

} // namespace ShotBrief
