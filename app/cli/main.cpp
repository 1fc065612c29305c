// SPDX-License-Identifier: MIT
// shotbrief-cli: the headless front end for pipelines. Wiring only: the commands are the
// shotbrief_cli library (clicommands.h), which the tests link too.

#include "clicommands.h"

#include "translations/languagesupport.h"

#include <QCoreApplication>
#include <QGuiApplication>

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
    ShotBrief::installTranslations(app, QString());
    return ShotBrief::Cli::runCommandLine(QCoreApplication::arguments().mid(1));
}
