// SPDX-License-Identifier: MIT
#include "clicommands.h"

#include "clioutput.h"
#include "conformcommand.h"
#include "exportcommand.h"
#include "generatecommand.h"
#include "importcommand.h"
#include "inspectcommands.h"
#include "modelscommand.h"
#include "reviewcommands.h"

#include "emulator/emulatormain.h"

#include <QCoreApplication>

#include <functional>

namespace ShotBrief::Cli {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Cli)
};

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

QList<Command> commands()
{
    return {
        {"lint", QT_TRANSLATE_NOOP("ShotBrief::Cli", "check shots against the prompting rules"),
         runLintCommand},
        {"prompt", QT_TRANSLATE_NOOP("ShotBrief::Cli", "print composed prompts"), runPromptCommand},
        {"estimate", QT_TRANSLATE_NOOP("ShotBrief::Cli", "estimate the generation cost"),
         runEstimateCommand},
        {"validate", QT_TRANSLATE_NOOP("ShotBrief::Cli", "check that a project file is valid"),
         runValidateCommand},
        {"continuity",
         QT_TRANSLATE_NOOP("ShotBrief::Cli", "measure the cuts and colours of the circled takes"),
         runContinuityCommand},
        {"generate",
         QT_TRANSLATE_NOOP("ShotBrief::Cli", "generate takes (resumable; emulator when no key)"),
         runGenerateCommand},
        {"models",
         QT_TRANSLATE_NOOP("ShotBrief::Cli",
                           "list a provider's models; --refresh reads its catalog"),
         runModelsCommand},
        {"export",
         QT_TRANSLATE_NOOP("ShotBrief::Cli", "export prompt sheets, shot lists and edit lists"),
         runExportCommand},
        {"import",
         QT_TRANSLATE_NOOP("ShotBrief::Cli",
                           "import a screenplay or shot list (or re-import a revision)"),
         runImportCommand},
        {"review",
         QT_TRANSLATE_NOOP("ShotBrief::Cli", "write a review package the team opens in a browser"),
         runReviewCommand},
        {"review-import",
         QT_TRANSLATE_NOOP("ShotBrief::Cli", "bring reviewers' feedback files back in"),
         runReviewImportCommand},
        {"conform",
         QT_TRANSLATE_NOOP("ShotBrief::Cli",
                           "bring the plan to an edited cut (order, trims, takes, cuts)"),
         runConformCommand},
        {"emulator", QT_TRANSLATE_NOOP("ShotBrief::Cli", "run the built-in Videos API emulator"),
         [](const QStringList &args) {
             return runEmulatorMain(QStringList{QStringLiteral("shotbrief-cli emulator")} + args);
         }},
    };
}

QString usage()
{
    QString text =
        CliText::tr("Usage: shotbrief-cli COMMAND [OPTIONS] FILE\n"
                    "Plans, checks, generates and exports ShotBrief projects without a window.\n\n"
                    "Commands:\n");
    for (const Command &command : commands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(14),
                         CliText::tr(command.summary));
    }
    text += CliText::tr("\n'shotbrief-cli COMMAND --help' describes a command.\n"
                        "Exit codes: 0 success, 1 findings or failed takes, 2 bad "
                        "input or unreadable file.\n");
    return text;
}

} // namespace

int runCommandLine(QStringList arguments)
{
    if (arguments.isEmpty()) {
        printErr(usage());
        return ExitUnreadable;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        printOut(usage());
        return ExitOk;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        printOut(QStringLiteral("shotbrief-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return command.run(arguments);
    }
    printErr(CliText::tr("shotbrief-cli: unknown command \"%1\"\n\n%2").arg(name, usage()));
    return ExitUnreadable;
}

} // namespace ShotBrief::Cli
