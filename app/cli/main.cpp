// SPDX-License-Identifier: MIT
// shotbrief-cli: the headless front end for pipelines. Wiring only: each command lives in
// its own file and takes the arguments after its name.

#include "clioutput.h"
#include "inspectcommands.h"

#include "translations/languagesupport.h"

#include "emulator/emulatormain.h"
#include "exportcommand.h"
#include "generatecommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <functional>

using namespace ShotBrief;

namespace {

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

QList<Command> commands()
{
    QList<Command> list = {
        {"lint", QT_TRANSLATE_NOOP("ShotBrief::Cli", "check shots against the prompting rules"),
         Cli::runLintCommand},
        {"prompt", QT_TRANSLATE_NOOP("ShotBrief::Cli", "print composed prompts"),
         Cli::runPromptCommand},
        {"estimate", QT_TRANSLATE_NOOP("ShotBrief::Cli", "estimate the generation cost"),
         Cli::runEstimateCommand},
        {"validate", QT_TRANSLATE_NOOP("ShotBrief::Cli", "check that a project file is valid"),
         Cli::runValidateCommand},
    };
    list.append(
        {"generate",
         QT_TRANSLATE_NOOP("ShotBrief::Cli", "generate takes (resumable; emulator when no key)"),
         [](const QStringList &args) {
             return runGenerateCommand(args);
         }});
    list.append(
        {"export",
         QT_TRANSLATE_NOOP("ShotBrief::Cli", "export prompt sheets, shot lists and edit lists"),
         [](const QStringList &args) {
             return runExportCommand(args);
         }});
    list.append(
        {"emulator", QT_TRANSLATE_NOOP("ShotBrief::Cli", "run the built-in Videos API emulator"),
         [](const QStringList &args) {
             return runEmulatorMain(QStringList{QStringLiteral("shotbrief-cli emulator")} + args);
         }});
    return list;
}

QString usage()
{
    QString text = QCoreApplication::translate(
        "ShotBrief::Cli",
        "Usage: shotbrief-cli COMMAND [OPTIONS] FILE\n"
        "Plans, checks, generates and exports ShotBrief projects without a window.\n\n"
        "Commands:\n");
    for (const Command &command : commands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(10),
                         QCoreApplication::translate("ShotBrief::Cli", command.summary));
    }
    text += QCoreApplication::translate("ShotBrief::Cli",
                                        "\n'shotbrief-cli COMMAND --help' describes a command.\n"
                                        "Exit codes: 0 success, 1 findings or failed takes, 2 bad "
                                        "input or unreadable file.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    // Exports draw text (PDF), which needs a QGuiApplication; a command-line tool never shows
    // a window, so it runs on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ShotBrief"));
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBrief"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOTBRIEF_VERSION));
    installTranslations(app, QString());

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty()) {
        Cli::printErr(usage());
        return Cli::ExitUnreadable;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        Cli::printOut(usage());
        return Cli::ExitOk;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        Cli::printOut(
            QStringLiteral("shotbrief-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return Cli::ExitOk;
    }
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return command.run(arguments);
    }
    Cli::printErr(
        QCoreApplication::translate("ShotBrief::Cli", "shotbrief-cli: unknown command \"%1\"\n\n%2")
            .arg(name, usage()));
    return Cli::ExitUnreadable;
}
