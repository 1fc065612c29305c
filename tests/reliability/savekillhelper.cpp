// SPDX-License-Identifier: MIT
// Saves a large project to the given path alternately as version A and version B, forever,
// so that tst_savekill can kill -9 it at random moments. Prints "ready" once the first save
// is done and one line per save after that, so the test knows saves are under way.
#include "bigproject.h"

#include "io/projectfile.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace ShotBrief;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: savekillhelper FILE\n");
        return 2;
    }
    const QString path = arguments.at(1);
    // Both versions are built once: the loop does nothing but save.
    const Project versions[2] = {Reliability::bigProject('A'), Reliability::bigProject('B')};
    for (qint64 count = 0;; ++count) {
        const Result<void> saved = ProjectFile::save(versions[count % 2], path);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().toString()));
            return 1;
        }
        std::printf(count == 0 ? "ready\n" : "saved\n");
        std::fflush(stdout);
    }
}
