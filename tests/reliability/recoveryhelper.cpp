// SPDX-License-Identifier: MIT
// Opens a project in a ProjectDocument with a short autosave interval and edits it without
// end: edit i sets the title to "edit i" and the prose of shot i % shots to "edit i".
// Prints "autosaved N" whenever the recovery file was written holding edits 1..N, so that
// tst_crashrecovery can kill -9 it and check what the next start recovers.
#include "document/autosave.h"
#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace ShotBrief;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: recoveryhelper FILE\n");
        return 2;
    }
    ProjectDocument document;
    if (const Result<void> loaded = document.load(arguments.at(1)); !loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    Autosave autosave(&document, std::chrono::milliseconds(40));
    int edits = 0;
    // The recovery file is written from a copy taken when the write starts, and reported
    // when it is on disk: it holds the edits made before its start.
    QList<int> started;
    QObject::connect(&autosave, &Autosave::autosaveStarted, &app,
                     [&edits, &started] { started << edits; });
    QObject::connect(&autosave, &Autosave::autosaved, &app, [&started] {
        std::printf("autosaved %d\n", started.takeFirst());
        std::fflush(stdout);
    });
    QObject::connect(&autosave, &Autosave::autosaveFailed, &app, [&started](const Error &error) {
        started.removeFirst();
        std::fprintf(stderr, "autosave failed: %s\n", qPrintable(error.toString()));
    });
    QTimer editor;
    QObject::connect(&editor, &QTimer::timeout, &app, [&document, &edits] {
        ++edits;
        const QString text = QStringLiteral("edit %1").arg(edits);
        const int shots = int(document.project().shots.size());
        Shot shot = document.project().shots.at(edits % shots);
        shot.sceneProse = text;
        // Not mergeable: each edit is its own undo step, as if typed in different fields.
        document.editShot(shot.id, shot, ShotField::SceneProse, false);
        document.setTitle(text);
    });
    editor.start(3);
    return QCoreApplication::exec();
}
