// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include "translations/languagesupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ShotBrief"));
    QApplication::setOrganizationName(QStringLiteral("ShotBrief"));
    QApplication::setApplicationVersion(QStringLiteral(SHOTBRIEF_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.shotbrief.ShotBrief"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/shotbrief/icons/shotbrief.svg")));

    // The language chosen in Preferences, else the system's; Qt's own dialogs and --help
    // follow it.
    ShotBrief::installTranslations(app, QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Plan, prompt, generate and preview AI film sequences."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QCoreApplication::translate("main", "The .shotbrief project to open."),
        QStringLiteral("[project]"));
    QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Colour theme: system, light or dark."),
        QStringLiteral("theme"), QStringLiteral("system"));
    parser.addOption(themeOption);
    parser.process(app);

    const QString theme = parser.value(themeOption);
    ShotBrief::Theme::apply(app, theme == QLatin1String("dark") ? ShotBrief::Theme::Mode::Dark
                                 : theme == QLatin1String("light")
                                     ? ShotBrief::Theme::Mode::Light
                                     : ShotBrief::Theme::Mode::System);

    ShotBrief::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        const QString path = positional.first();
        // After show(): dialogs (recovery, errors) need the window on screen to sit on.
        QTimer::singleShot(0, &window, [&window, path] { window.openFile(path); });
    } else {
        // After a crash the work is one click away, not behind File > Open Recent.
        QTimer::singleShot(0, &window, [&window] { window.offerRecoveryAtStart(); });
    }
    return app.exec();
}
