// SPDX-License-Identifier: MIT
#include "conformcommand.h"

#include "clioutput.h"

#include "conform/conformapply.h"
#include "conform/conformreport.h"
#include "document/projectdocument.h"
#include "export/editlist.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace ShotBrief {

namespace {

// One context for lupdate and for QCoreApplication::translate: "ShotBrief::Cli".
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Cli)
};

} // namespace

int runConformCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Brings the plan to an edit list that was exported from ShotBrief and changed "
                    "in an editor: the order of the shots, trims (in and out points of takes), "
                    "another take of a shot as the circled take, and shots left out of the cut "
                    "(marked cut, not deleted). Reads OpenTimelineIO, CMX 3600 EDL, MLT and "
                    "Final Cut Pro 7 XML. The project is saved atomically; nothing changes when "
                    "the edit list cannot be read or matched."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CliText::tr("Show this help."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          CliText::tr("Report what would change; write nothing."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliText::tr("Print the report as JSON."));
    const QCommandLineOption fitOption(
        QStringLiteral("fit-length"),
        CliText::tr("Set each shot's duration to its length in the cut (whole seconds, which "
                    "may not be a length the provider makes)."));
    const QCommandLineOption importOption(
        QStringLiteral("import-clips"),
        CliText::tr("Bring clips that did not come from ShotBrief in as new shots (their files "
                    "are copied into the media folder)."));
    parser.addOptions({helpOption, dryRunOption, jsonOption, fitOption, importOption});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The .shotbrief project."));
    parser.addPositionalArgument(QStringLiteral("EDITED"),
                                 CliText::tr("The edited edit list (.otio, .edl, .mlt, .xml)."));

    const QString usage =
        CliText::tr("Usage: shotbrief-cli conform PROJECT EDITED.(otio|edl|mlt|xml) [--dry-run] "
                    "[--json] [--fit-length] [--import-clips]");
    if (const std::optional<int> done =
            Cli::parseCommand(parser, helpOption, QStringLiteral("conform"), arguments, usage))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        Cli::printErr(CliText::tr("shotbrief-cli conform: expected a project and an edit list\n%1")
                          .arg(usage));
        return Cli::ExitUnreadable;
    }
    const QString projectPath = positional.at(0);
    const QString editedPath = positional.at(1);

    ProjectDocument document;
    if (const Result<void> loaded = document.load(projectPath); !loaded) {
        Cli::printErr(loaded.error().toString());
        return Cli::ExitUnreadable;
    }
    for (const QString &warning : document.loadWarnings())
        Cli::printErr(warning);
    const bool dryRun = parser.isSet(dryRunOption);
    if (document.isReadOnly() && !dryRun) {
        Cli::printErr(CliText::tr("shotbrief-cli conform: %1: %2")
                          .arg(projectPath, document.readOnlyReason()));
        return Cli::ExitUnreadable;
    }
    const Result<EditedCut> cut = readEditedCut(editedPath, EditListFps);
    if (!cut) {
        Cli::printErr(cut.error().toString());
        return Cli::ExitUnreadable;
    }
    ConformOptions options;
    options.fitLengthToCut = parser.isSet(fitOption);
    options.importForeignClips = parser.isSet(importOption);
    const Result<ConformPlan> plan =
        planConform(document.project(), document.filePath(), *cut, options);
    if (!plan) {
        Cli::printErr(plan.error().toString());
        return Cli::ExitUnreadable;
    }

    bool applied = false;
    if (!dryRun && plan->hasChanges()) {
        const Result<int> done = applyConformPlan(&document, *plan);
        if (!done) {
            Cli::printErr(done.error().toString());
            return Cli::ExitUnreadable;
        }
        if (const Result<void> saved = document.save(); !saved) {
            Cli::printErr(saved.error().toString());
            return Cli::ExitUnreadable;
        }
        applied = true;
    }
    if (parser.isSet(jsonOption))
        Cli::printOut(QString::fromUtf8(conformReportJson(*plan, applied)));
    else
        Cli::printOut(conformReportText(*plan, applied));
    if (applied)
        Cli::printErr(CliText::tr("Saved %1").arg(QFileInfo(document.filePath()).fileName()));
    else if (dryRun && plan->hasChanges())
        Cli::printErr(CliText::tr("Dry run: nothing was written."));
    return plan->unmatched.isEmpty() ? Cli::ExitOk : Cli::ExitFindings;
}

} // namespace ShotBrief
