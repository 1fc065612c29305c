// SPDX-License-Identifier: MIT
// A stand-in for shotbrief-cli / shotbrief-emulator when they are not built: the same
// command functions behind "generate" and "emulator", so the crash test always has a process
// to kill.
#include "generatecommand.h"

#ifdef SHOTBRIEF_HAVE_EMULATOR
#include "emulator/emulatormain.h"
#endif

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The names shotbrief-cli uses, so both read the same providers.json and cache.
    QCoreApplication::setApplicationName(QStringLiteral("ShotBrief"));
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBrief"));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.value(0) == QLatin1String("generate"))
        return ShotBrief::runGenerateCommand(arguments.mid(1));
#ifdef SHOTBRIEF_HAVE_EMULATOR
    if (arguments.value(0) == QLatin1String("emulator"))
        return ShotBrief::runEmulatorMain(arguments);
#endif
    return 2;
}
