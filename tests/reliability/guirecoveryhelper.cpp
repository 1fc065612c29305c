// SPDX-License-Identifier: MIT
// The real ShotBrief window (offscreen) opens a project, its autosave interval shortened to
// 40 ms, and edits it through the widgets without end: edit i selects shot i % shots with the
// timeline's keys (Home, then Right) and types into the inspector: odd edits replace the
// label with "L<i>", even ones the scene prose with "P<i>". Each edit happens inside one timer
// tick, so an autosave sees whole edits only; it prints "autosaved N" once the recovery file
// holds edits 1..N, for tst_guicrashrecovery to kill -9 it at.
#include "document/autosave.h"
#include "document/projectdocument.h"
#include "ui/mainwindow.h"
#include "ui/shotinspector.h"
#include "ui/timelinewidget.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace ShotBrief;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "guirecoveryhelper: %s\n", qPrintable(message));
    std::fflush(stderr);
    std::_Exit(3);
}

/// Replaces everything in an editor as a user does: select all, then type.
template<typename Editor>
void retype(Editor *editor, const QString &text)
{
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
}

void edit(MainWindow &window, int i)
{
    const QList<Shot> &shots = window.document()->project().shots;
    const int target = i % int(shots.size());
    TimelineWidget *timeline = window.timeline();
    QTest::keyClick(timeline, Qt::Key_Home);
    for (int step = 0; step < target; ++step)
        QTest::keyClick(timeline, Qt::Key_Right);
    ShotInspector *inspector = window.inspector();
    if (inspector->shotId() != shots.at(target).id)
        fail(QStringLiteral("edit %1: the timeline keys selected %2, not shot %3")
                 .arg(i)
                 .arg(inspector->shotId(), shots.at(target).id));
    if (i % 2 == 1)
        retype(inspector->labelEdit(), QStringLiteral("L%1").arg(i));
    else
        retype(inspector->sceneProseEdit(), QStringLiteral("P%1").arg(i));
    const Shot &shot = window.document()->project().shots.at(target);
    const QString typed = i % 2 == 1 ? shot.label : shot.sceneProse;
    if (typed != (i % 2 == 1 ? QStringLiteral("L%1") : QStringLiteral("P%1")).arg(i))
        fail(QStringLiteral("edit %1: the document holds \"%2\" after typing").arg(i).arg(typed));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("guirecoveryhelper"));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: guirecoveryhelper FILE\n");
        return 2;
    }
    MainWindow window;
    // A fresh project has no recovery file; should one be there, the test set up wrongly.
    window.askRecover = [](const QString &path) -> bool {
        fail(QStringLiteral("unexpected recovery offer for ") + path);
    };
    window.show();
    if (!window.openFile(arguments.at(1)))
        fail(QStringLiteral("cannot open ") + arguments.at(1));
    auto *autosave = window.findChild<Autosave *>();
    if (!autosave)
        fail(QStringLiteral("the window has no Autosave child"));
    autosave->setInterval(std::chrono::milliseconds(40));

    int edits = 0;
    // Written from a copy taken when the write starts: it holds the edits made before.
    QList<int> started;
    QObject::connect(autosave, &Autosave::autosaveStarted, &app,
                     [&edits, &started] { started << edits; });
    QObject::connect(autosave, &Autosave::autosaved, &app, [&started] {
        std::printf("autosaved %d\n", started.takeFirst());
        std::fflush(stdout);
    });
    QObject::connect(autosave, &Autosave::autosaveFailed, &app, [](const Error &error) {
        fail(QStringLiteral("autosave failed: ") + error.toString());
    });
    QTimer editor;
    QObject::connect(&editor, &QTimer::timeout, &app, [&window, &edits] {
        edit(window, edits + 1);
        ++edits; // only now: a whole edit is done
    });
    editor.start(5);
    return QApplication::exec();
}
