// SPDX-License-Identifier: MIT
#include "reviewcommands.h"

#include "clioutput.h"

#include "translations/languagesupport.h"

#include "export/shotselection.h"
#include "io/projectfile.h"
#include "review/reviewimport.h"
#include "review/reviewpackage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace ShotBrief::Cli {

namespace {

// One context for lupdate and for QCoreApplication::translate: "ShotBrief::Cli".
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Cli)
};

/// Parses `arguments` for `command`; prints help or the error. Returns an exit code when the
/// command is done (help shown, bad arguments), nothing when it should run.
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                  const QString &usage, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CliText::tr("Show this help."));
    parser.addOption(helpOption);
    if (!parser.parse(QStringList{command} + arguments)) {
        printErr(
            QStringLiteral("shotbrief-cli %1: %2\n%3").arg(command, parser.errorText(), usage));
        return ExitUnreadable;
    }
    if (parser.isSet(helpOption)) {
        // The parser's own first line names the wrong program; ours replaces it.
        QString help = parser.helpText();
        help = help.mid(help.indexOf(QLatin1Char('\n')) + 1);
        printOut(usage + QLatin1Char('\n') + help.trimmed() + QLatin1Char('\n'));
        return ExitOk;
    }
    return std::nullopt;
}

QString languageCodes()
{
    QStringList codes;
    for (const LanguageInfo &language : availableLanguages())
        codes.append(language.code);
    return codes.join(QLatin1Char('|'));
}

} // namespace

int runReviewCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Writes a review package: a folder (or zip) with index.html, which the "
                    "production team opens in any browser, offline, to watch the sequence and "
                    "approve or comment on each shot."));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        CliText::tr("The package folder (or archive with --zip)."), QStringLiteral("DIR"));
    const QCommandLineOption zipOption(QStringLiteral("zip"),
                                       CliText::tr("Write one .zip archive instead of a folder."));
    const QCommandLineOption takesOption(
        QStringLiteral("takes"),
        CliText::tr("circled (default): the circled take of each shot; all: every ready take, "
                    "side by side, for the reviewers to prefer one."),
        QStringLiteral("WHICH"), QStringLiteral("circled"));
    const QCommandLineOption shotsOption(
        QStringLiteral("shots"),
        CliText::tr("Shots to include: labels or 1-based positions, e.g. \"1-3,7,9A,12-\"."),
        QStringLiteral("RANGE"));
    const QCommandLineOption sceneOption(QStringLiteral("scene"),
                                         CliText::tr("Only the shots of this scene (id or title)."),
                                         QStringLiteral("ID"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        CliText::tr("The page's language: %1 (default: the interface language).")
            .arg(languageCodes()),
        QStringLiteral("CODE"));
    parser.addOptions(
        {outputOption, zipOption, takesOption, shotsOption, sceneOption, languageOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The .shotbrief project."));
    const QString usage = CliText::tr("Usage: shotbrief-cli review FILE -o DIR [--zip] [--takes "
                                      "circled|all] [--shots RANGE] [--scene ID] [--language "
                                      "CODE]");
    if (const auto done = parseArguments(parser, QStringLiteral("review"), usage, arguments))
        return *done;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printErr(CliText::tr("shotbrief-cli review: expected one project file\n%1").arg(usage));
        return ExitUnreadable;
    }
    if (parser.value(outputOption).isEmpty()) {
        printErr(CliText::tr("shotbrief-cli review: -o DIR is required\n%1").arg(usage));
        return ExitUnreadable;
    }
    const std::optional<ReviewTakes> takes = reviewTakesFromKey(parser.value(takesOption));
    if (!takes) {
        printErr(CliText::tr("shotbrief-cli review: --takes is circled or all, not \"%1\"")
                     .arg(parser.value(takesOption)));
        return ExitUnreadable;
    }
    QString language = resolveLanguage(QString());
    if (parser.isSet(languageOption)) {
        language = parser.value(languageOption);
        if (!languageCodes().split(QLatin1Char('|')).contains(language)) {
            printErr(CliText::tr("shotbrief-cli review: unknown language \"%1\" (expected %2)")
                         .arg(language, languageCodes()));
            return ExitUnreadable;
        }
        // The page's words come from the translator installed for its language.
        installTranslations(*QCoreApplication::instance(), language);
    }

    const QString projectPath = positional.first();
    const Result<LoadedProject> loaded = ProjectFile::load(projectPath);
    if (!loaded) {
        printErr(loaded.error().toString());
        return ExitUnreadable;
    }
    for (const QString &warning : loaded->warnings)
        printErr(warning);
    const Project &project = loaded->project;

    ReviewPackageOptions options;
    options.outputPath = parser.value(outputOption);
    options.zip = parser.isSet(zipOption);
    options.takes = *takes;
    options.language = language;
    if (parser.isSet(shotsOption) || parser.isSet(sceneOption)) {
        const Result<QStringList> ids =
            selectShotIds(project, parser.value(shotsOption), parser.value(sceneOption));
        if (!ids) {
            printErr(CliText::tr("shotbrief-cli review: %1").arg(ids.error().message));
            return ExitUnreadable;
        }
        options.shotIds = ids.value();
    }
    const Result<ReviewPackageSummary> written = writeReviewPackage(project, projectPath, options);
    if (!written) {
        printErr(CliText::tr("shotbrief-cli review: %1").arg(written.error().toString()));
        return ExitFindings;
    }
    for (const QString &warning : written->warnings)
        printErr(terminalSafe(warning));
    printErr(CliText::tr("Wrote %1 (%2 shots, %3 clips, %4 pictures, %5)")
                 .arg(written->path)
                 .arg(written->shots)
                 .arg(written->clips)
                 .arg(written->pictures)
                 .arg(QLocale::c().formattedDataSize(written->bytes)));
    return ExitOk;
}

int runReviewImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Brings the decisions of review feedback files (saved by a review package's "
                    "\"Download feedback\") into the project and saves it. Several reviewers' "
                    "files merge: one review per reviewer and shot, the latest wins."));
    const QCommandLineOption changedOption(
        QStringLiteral("include-changed"),
        CliText::tr("Also apply feedback on shots that changed since the package was made."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), CliText::tr("Report what would be applied; change nothing."));
    parser.addOptions({changedOption, dryRunOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The .shotbrief project."));
    parser.addPositionalArgument(QStringLiteral("FEEDBACK"),
                                 CliText::tr("One or more feedback files (.json)."),
                                 QStringLiteral("FEEDBACK..."));
    const QString usage = CliText::tr("Usage: shotbrief-cli review-import FILE FEEDBACK.json... "
                                      "[--include-changed] [--dry-run]");
    if (const auto done = parseArguments(parser, QStringLiteral("review-import"), usage, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        printErr(CliText::tr("shotbrief-cli review-import: expected a project file and at least "
                             "one feedback file\n%1")
                     .arg(usage));
        return ExitUnreadable;
    }

    const QString projectPath = positional.first();
    const Result<LoadedProject> loaded = ProjectFile::load(projectPath);
    if (!loaded) {
        printErr(loaded.error().toString());
        return ExitUnreadable;
    }
    if (loaded->readOnly) {
        printErr(loaded->readOnlyReason);
        return ExitUnreadable;
    }
    // Every file is read before anything is applied: one bad file changes nothing.
    QList<ReviewFeedback> files;
    bool unreadable = false;
    for (const QString &path : positional.mid(1)) {
        const Result<ReviewFeedback> feedback = ReviewFeedbackFile::load(path);
        if (!feedback) {
            printErr(feedback.error().toString());
            unreadable = true;
            continue;
        }
        files.append(feedback.value());
    }
    if (unreadable) {
        printErr(CliText::tr("shotbrief-cli review-import: nothing was applied"));
        return ExitUnreadable;
    }

    ReviewImportOptions options;
    options.includeChangedShots = parser.isSet(changedOption);
    const ReviewImportPlan plan = planReviewImport(loaded->project, files, options);
    for (const ReviewImportEntry &entry : plan.entries)
        printOut(terminalSafe(entry.toString()) + QLatin1Char('\n'));
    if (plan.skippedCount() > 0 && !options.includeChangedShots) {
        for (const ReviewImportEntry &entry : plan.entries) {
            if (entry.outcome == ReviewImportEntry::Outcome::ShotChanged) {
                printErr(CliText::tr("Feedback on shots that changed since the package was made "
                                     "was not applied; --include-changed applies it anyway."));
                break;
            }
        }
    }
    if (!plan.reviewsByShot.isEmpty() && !parser.isSet(dryRunOption)) {
        Project project = loaded->project;
        for (Shot &shot : project.shots) {
            const auto it = plan.reviewsByShot.constFind(shot.id);
            if (it != plan.reviewsByShot.constEnd())
                shot.reviews = *it;
        }
        const Result<void> saved = ProjectFile::save(project, projectPath);
        if (!saved) {
            printErr(saved.error().toString());
            return ExitFindings;
        }
    }
    printOut(
        plan.summary() +
        (parser.isSet(dryRunOption) ? CliText::tr(" (dry run: nothing was saved)") : QString()) +
        QLatin1Char('\n'));
    return plan.skippedCount() > 0 ? ExitFindings : ExitOk;
}

} // namespace ShotBrief::Cli
