// SPDX-License-Identifier: MIT
#include "inspectcommands.h"

#include "clioutput.h"

#include "api/projectcapabilities.h"
#include "continuity/continuityreport.h"
#include "document/mediaimagesizes.h"
#include "io/projectfile.h"
#include "model/validator.h"
#include "prompt/costestimate.h"
#include "prompt/linter.h"
#include "prompt/promptcomposer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace ShotBrief::Cli {

namespace {

/// Gives lupdate and the runtime the same translation context as main.cpp.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Cli)
};

/// Parses the command's options and its single FILE argument; prints the problem and returns
/// nullopt when the arguments are wrong.
std::optional<QString> parseFileArgument(QCommandLineParser &parser, const QString &command,
                                         const QStringList &arguments)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("A .shotbrief project file."));
    if (!parser.parse(QStringList{command} + arguments)) {
        printErr(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return QString();
    }
    if (parser.positionalArguments().size() != 1) {
        printErr(CliText::tr("%1: expected one project file, got %2 arguments (see --help)")
                     .arg(command)
                     .arg(parser.positionalArguments().size()));
        return std::nullopt;
    }
    return parser.positionalArguments().constFirst();
}

/// Loads the project or prints why it cannot be read.
std::optional<LoadedProject> loadOrReport(const QString &path)
{
    Result<LoadedProject> loaded = ProjectFile::load(path);
    if (!loaded) {
        printErr(loaded.error().toString());
        return std::nullopt;
    }
    for (const QString &warning : loaded->warnings)
        printErr(warning);
    if (loaded->readOnly)
        printErr(loaded->readOnlyReason);
    return std::move(loaded).value();
}

/// Parses the command's arguments and loads its project. Returns the exit code to stop with
/// (bad arguments, --help, an unreadable file), or nullopt when `loaded` holds the project.
std::optional<int> openProject(QCommandLineParser &parser, const QString &command,
                               const QStringList &arguments, QString *file, LoadedProject *loaded)
{
    const std::optional<QString> path = parseFileArgument(parser, command, arguments);
    if (!path)
        return ExitUnreadable;
    if (path->isEmpty())
        return ExitOk; // --help
    std::optional<LoadedProject> project = loadOrReport(*path);
    if (!project)
        return ExitUnreadable;
    *file = *path;
    *loaded = std::move(*project);
    return std::nullopt;
}

QString shotName(const Project &project, int index)
{
    const Shot &shot = project.shots.at(index);
    return shot.label.isEmpty()
               ? CliText::tr("shot %1").arg(index + 1)
               : CliText::tr("shot %1 (%2)").arg(index + 1).arg(terminalSafe(shot.label));
}

/// "3" (1-based position), a label ("1A") or an id; -1 when none matches.
int findShot(const Project &project, const QString &selector)
{
    bool isNumber = false;
    const int number = selector.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= project.shots.size())
        return number - 1;
    for (int i = 0; i < project.shots.size(); ++i) {
        if (project.shots.at(i).label == selector || project.shots.at(i).id == selector)
            return i;
    }
    return -1;
}

/// The provider profile lint and estimate plan against: --profile, else the project's.
struct PlanningProfile
{
    QString name;        ///< "runway"
    QString description; ///< "runway (Runway)"
    ProviderCapabilities capabilities;
    PriceTable prices;
};

struct ProfileOptions
{
    QCommandLineOption profile{
        QStringLiteral("profile"),
        CliText::tr("Plan for this provider profile (default: the project's provider)."),
        QStringLiteral("NAME")};
    QCommandLineOption providers{
        QStringLiteral("providers"),
        CliText::tr("A providers.json to use instead of the one in the configuration folder."),
        QStringLiteral("FILE")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({profile, providers}); }
};

/// Resolves the profile or prints why it cannot (an unknown --profile, a broken
/// providers.json). A project naming an unknown provider plans with the emulator's
/// capabilities, with a warning.
std::optional<PlanningProfile> resolveProfile(const QCommandLineParser &parser,
                                              const ProfileOptions &options, const Project &project)
{
    PlanningProfile planning;
    const Result<ProviderProfiles> profiles = ProviderProfiles::load(
        parser.isSet(options.providers) ? parser.value(options.providers)
                                        : ProviderProfiles::defaultSettingsPath());
    if (!profiles) {
        printErr(profiles.error().toString());
        return std::nullopt;
    }
    const bool chosen = parser.isSet(options.profile);
    const QString name = chosen ? parser.value(options.profile) : project.format.provider;
    const ProjectProvider provider = providerNamed(name, *profiles);
    if (!provider.known && chosen) {
        QStringList known;
        for (const ProviderProfile &profile : profiles->all())
            known << profile.name;
        printErr(CliText::tr("--profile: there is no provider profile \"%1\" (known: %2)")
                     .arg(name, known.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (!provider.warning.isEmpty())
        printErr(provider.warning);
    planning.name = provider.profile.name;
    planning.description =
        provider.profile.displayName.isEmpty() || provider.profile.displayName == planning.name
            ? planning.name
            : QStringLiteral("%1 (%2)").arg(planning.name, provider.profile.displayName);
    planning.capabilities = provider.profile.capabilities;
    planning.prices = priceTableForProfile(provider.profile);
    return planning;
}

} // namespace

int runLintCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Checks every shot against the prompting rules. Exit code 0: no warnings; 1: a "
                    "warning or error; 2: the file cannot be read."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliText::tr("Print the findings as JSON."));
    parser.addOption(jsonOption);
    const ProfileOptions profileOptions;
    profileOptions.addTo(parser);
    QString file;
    LoadedProject loaded;
    if (const std::optional<int> exit =
            openProject(parser, QStringLiteral("lint"), arguments, &file, &loaded))
        return *exit;
    const Project &project = loaded.project;
    const std::optional<PlanningProfile> profile = resolveProfile(parser, profileOptions, project);
    if (!profile)
        return ExitUnreadable;

    const QList<LintFinding> findings = lintProject(
        project, profile->capabilities, mediaImageSizes(QFileInfo(file).absoluteFilePath()));
    bool serious = false;
    for (const LintFinding &finding : findings)
        serious = serious || finding.severity != LintSeverity::Hint;

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const LintFinding &finding : findings) {
            QJsonObject object;
            object.insert(QStringLiteral("rule"), finding.ruleId);
            object.insert(QStringLiteral("severity"), lintSeverityKey(finding.severity));
            object.insert(QStringLiteral("shot_id"), finding.shotId);
            object.insert(QStringLiteral("shot"), finding.shotIndex + 1);
            if (finding.shotIndex >= 0 && finding.shotIndex < project.shots.size())
                object.insert(QStringLiteral("label"), project.shots.at(finding.shotIndex).label);
            object.insert(QStringLiteral("field"), finding.field);
            object.insert(QStringLiteral("message"), finding.message);
            object.insert(QStringLiteral("advice"), finding.advice);
            array.append(object);
        }
        QJsonObject root;
        root.insert(QStringLiteral("file"), file);
        root.insert(QStringLiteral("profile"), profile->name);
        root.insert(QStringLiteral("findings"), array);
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        // On stderr with the count: stdout keeps one finding per line for scripts.
        printErr(CliText::tr("Profile: %1").arg(profile->description));
        for (const LintFinding &finding : findings) {
            const QString where = finding.shotIndex >= 0 && finding.shotIndex < project.shots.size()
                                      ? shotName(project, finding.shotIndex)
                                      : CliText::tr("project");
            QString line = QStringLiteral("%1: %2: %3 [%4]")
                               .arg(file, where, lintSeverityKey(finding.severity), finding.ruleId);
            if (!finding.field.isEmpty())
                line += QLatin1Char(' ') + lintFieldName(finding.field);
            line += QLatin1String(": ") + finding.message;
            if (!finding.advice.isEmpty())
                line += QLatin1String(" (") + finding.advice + QLatin1Char(')');
            printOut(line + QLatin1Char('\n'));
        }
        printErr(CliText::tr("%n finding(s)", nullptr, int(findings.size())));
    }
    return serious ? ExitFindings : ExitOk;
}

int runPromptCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Prints the composed prompt of one shot, or of every shot."));
    const QCommandLineOption shotOption(QStringLiteral("shot"),
                                        CliText::tr("The shot: its number (1-based), label or id."),
                                        QStringLiteral("N|ID"));
    parser.addOption(shotOption);
    QString file;
    LoadedProject loaded;
    if (const std::optional<int> exit =
            openProject(parser, QStringLiteral("prompt"), arguments, &file, &loaded))
        return *exit;
    const Project &project = loaded.project;

    if (parser.isSet(shotOption)) {
        const int index = findShot(project, parser.value(shotOption));
        if (index < 0) {
            printErr(
                CliText::tr("%1: --shot: no shot is numbered, labelled or identified \"%2\" (the "
                            "project has %n shot(s))",
                            nullptr, int(project.shots.size()))
                    .arg(file, parser.value(shotOption)));
            return ExitUnreadable;
        }
        printOut(composePrompt(project, project.shots.at(index)) + QLatin1Char('\n'));
        return ExitOk;
    }
    for (int i = 0; i < project.shots.size(); ++i) {
        const Shot &shot = project.shots.at(i);
        printOut(QStringLiteral("=== %1 · %2 s · %3 · %4 ===\n%5\n\n")
                     .arg(shotName(project, i))
                     .arg(shot.durationSeconds)
                     .arg(terminalSafe(project.effectiveModel(shot)),
                          terminalSafe(project.effectiveSize(shot)), composePrompt(project, shot)));
    }
    return ExitOk;
}

int runEstimateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Estimates the cost of generating one take of every shot."));
    const QCommandLineOption pricesOption(
        QStringLiteral("prices"),
        CliText::tr("A price table (JSON) to use instead of the profile's prices."),
        QStringLiteral("FILE"));
    parser.addOption(pricesOption);
    const ProfileOptions profileOptions;
    profileOptions.addTo(parser);
    QString file;
    LoadedProject loaded;
    if (const std::optional<int> exit =
            openProject(parser, QStringLiteral("estimate"), arguments, &file, &loaded))
        return *exit;
    const Project &project = loaded.project;
    const std::optional<PlanningProfile> profile = resolveProfile(parser, profileOptions, project);
    if (!profile)
        return ExitUnreadable;

    PriceTable table = profile->prices;
    if (parser.isSet(pricesOption)) {
        Result<PriceTable> loadedTable = PriceTable::load(parser.value(pricesOption));
        if (!loadedTable) {
            printErr(loadedTable.error().toString());
            return ExitUnreadable;
        }
        table = std::move(loadedTable).value();
    }

    const ProjectEstimate estimate = estimateProject(project, table);
    for (int i = 0; i < estimate.shots.size() && i < project.shots.size(); ++i) {
        const Shot &shot = project.shots.at(i);
        const ShotEstimate &shotEstimate = estimate.shots.at(i);
        const QString cost = shotEstimate.priced
                                 ? QStringLiteral("$%1").arg(shotEstimate.usd, 0, 'f', 2)
                                 : CliText::tr("no price");
        printOut(QStringLiteral("%1\t%2 s\t%3\t%4\t%5\n")
                     .arg(shotName(project, i))
                     .arg(shot.durationSeconds)
                     .arg(terminalSafe(project.effectiveModel(shot)),
                          terminalSafe(project.effectiveSize(shot)), cost));
    }
    printOut(CliText::tr("Total: $%1 for %n shot(s), %2 s", nullptr, int(project.shots.size()))
                 .arg(estimate.totalUsd, 0, 'f', 2)
                 .arg(project.totalDurationSeconds()) +
             QLatin1Char('\n'));
    if (estimate.unpricedShots > 0)
        printOut(CliText::tr("%n shot(s) have no price in the table and are not counted.", nullptr,
                             estimate.unpricedShots) +
                 QLatin1Char('\n'));
    printOut(CliText::tr("Profile: %1").arg(profile->description) + QLatin1Char('\n'));
    printOut(CliText::tr("Price table: %1 (%2)").arg(estimate.tableName, estimate.tableSource) +
             QLatin1Char('\n'));
    return ExitOk;
}

int runValidateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Checks that a project file is well-formed and consistent. Exit code 0: valid; 2: "
        "it cannot be read or has problems."));
    const ProfileOptions profileOptions;
    profileOptions.addTo(parser);
    QString file;
    LoadedProject loaded;
    if (const std::optional<int> exit =
            openProject(parser, QStringLiteral("validate"), arguments, &file, &loaded))
        return *exit;
    const Project &project = loaded.project;
    // Models, sizes and lengths are checked against what the project's provider makes.
    const std::optional<PlanningProfile> profile = resolveProfile(parser, profileOptions, project);
    if (!profile)
        return ExitUnreadable;
    const QList<ValidationProblem> problems = validateProject(project, profile->capabilities);
    for (const ValidationProblem &problem : problems)
        printErr(file + QLatin1String(": ") + problem.toString());
    if (!problems.isEmpty())
        return ExitUnreadable;
    printOut(CliText::tr("%1: valid: %n shot(s), %2 s in all, schema %3", nullptr,
                         int(project.shots.size()))
                 .arg(file)
                 .arg(project.totalDurationSeconds())
                 .arg(project.schema) +
             QLatin1Char('\n'));
    return ExitOk;
}

int runContinuityCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Measures continuity between circled takes: for every cut, the mean "
                    "absolute difference between the outgoing clip's last frame and the incoming "
                    "clip's first frame (0-255 per channel, both scaled to the smaller size; "
                    "under %1 is continuous), and for every clip, how far its dominant colours "
                    "are from the shot's palette (mean CIEDE2000 to the nearest declared colour). "
                    "Worst first. Exit code 0: measured; 2: the file cannot be read.")
            .arg(ContinuousCutThreshold));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliText::tr("Print the numbers as JSON."));
    parser.addOption(jsonOption);
    QString file;
    LoadedProject loaded;
    if (const std::optional<int> exit =
            openProject(parser, QStringLiteral("continuity"), arguments, &file, &loaded))
        return *exit;
    ContinuityReport report =
        ContinuityReport::measure(loaded.project, QFileInfo(file).absoluteFilePath());
    if (parser.isSet(jsonOption)) {
        printOut(QString::fromUtf8(report.toJson()));
    } else {
        // A label is one field of the project: it must not start a line of its own.
        for (CutContinuity &cut : report.cuts) {
            cut.outgoingName = terminalSafe(cut.outgoingName);
            cut.incomingName = terminalSafe(cut.incomingName);
        }
        for (ClipColors &clip : report.clips)
            clip.name = terminalSafe(clip.name);
        for (QString &note : report.notMeasured)
            note = terminalSafe(note);
        printOut(report.toText());
        printErr(CliText::tr("%n cut(s) and %1 clip(s) measured", nullptr, int(report.cuts.size()))
                     .arg(report.clips.size()));
    }
    return ExitOk;
}

} // namespace ShotBrief::Cli
