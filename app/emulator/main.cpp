// SPDX-License-Identifier: MIT
// shotbrief-emulator: the built-in Videos API emulator as a standalone process.
#include "emulator/emulatormain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shotbrief-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOTBRIEF_VERSION));
    return ShotBrief::runEmulatorMain(QCoreApplication::arguments());
}
