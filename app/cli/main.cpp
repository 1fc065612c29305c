// SPDX-License-Identifier: MIT
// shotbrief-cli: the headless front end for pipelines. Wiring only: the commands are the
// shotbrief_cli library (clicommands.h), which the tests link too.

#include "clicommands.h"

#include "translations/languagesupport.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>

namespace {

/// The CLI's stderr carries its own messages, which scripts and people read; Qt's
/// diagnostics ("QStandardPaths: XDG_RUNTIME_DIR not set" when run as root, font and plugin
/// notes) are not for them. They are shown with SHOTBRIEF_LOG=1; criticals and fatal
/// errors always are.
void cliMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool verbose = qEnvironmentVariableIntValue("SHOTBRIEF_LOG") != 0;
    if (!verbose && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    const QByteArray text = qFormatLogMessage(type, context, message).toLocal8Bit() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything Qt does: QGuiApplication itself may warn. The emulator is a server
    // whose log is its output, so it keeps Qt's messages.
    if (argc < 2 || qstrcmp(argv[1], "emulator") != 0)
        qInstallMessageHandler(cliMessageHandler);
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
