// SPDX-License-Identifier: MIT
// Crash recovery: a process editing a project (ProjectDocument + Autosave, the GUI's own
// document layer) is killed with SIGKILL; the next start finds the recovery file, and it
// holds every edit up to the last autosave the process reported.
//
// This is the document level (many edits per autosave, fast); tst_guicrashrecovery does the
// same through the real MainWindow, its widgets and its recovery question.
#include "document/autosave.h"
#include "document/projectdocument.h"
#include "io/projectfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

namespace {

constexpr int ShotCount = 6;

Project startingProject()
{
    Project project;
    project.title = QStringLiteral("Before the crash");
    for (int i = 0; i < ShotCount; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i);
        shot.label = QString::number(i + 1);
        shot.sceneProse = QStringLiteral("original %1").arg(i);
        shot.durationSeconds = 4;
        project.shots.append(shot);
    }
    return project;
}

/// The number N of "edit N" texts, or -1.
int editNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^edit (\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class tst_CrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedEditorRecoversUpToLastAutosave_data();
    void killedEditorRecoversUpToLastAutosave();
};

void tst_CrashRecovery::killedEditorRecoversUpToLastAutosave_data()
{
    QTest::addColumn<int>("autosavesBeforeKill");
    QTest::addColumn<int>("extraDelayMs");
    QTest::newRow("right after the first autosave") << 1 << 0;
    QTest::newRow("after a few autosaves") << 4 << 5;
    QTest::newRow("between two autosaves") << 3 << 20;
    QTest::newRow("many autosaves, at random") << 8 << -1;
}

void tst_CrashRecovery::killedEditorRecoversUpToLastAutosave()
{
    QFETCH(int, autosavesBeforeKill);
    QFETCH(int, extraDelayMs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("edit.shotbrief"));
    const Project original = startingProject();
    QVERIFY(ProjectFile::save(original, path));

    QProcess editor;
    editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    editor.start(QStringLiteral(RECOVERY_HELPER), {path});
    QVERIFY2(editor.waitForStarted(10000), qPrintable(editor.errorString()));
    int autosaves = 0;
    int lastAutosavedEdit = -1;
    QElapsedTimer timer;
    timer.start();
    while (autosaves < autosavesBeforeKill && timer.elapsed() < 30000) {
        if (!editor.canReadLine() && !editor.waitForReadyRead(1000))
            continue;
        while (editor.canReadLine()) {
            const QByteArray line = editor.readLine().trimmed();
            if (line.startsWith("autosaved ")) {
                ++autosaves;
                lastAutosavedEdit = line.mid(10).toInt();
            }
        }
    }
    QVERIFY2(autosaves >= autosavesBeforeKill, "the editor did not autosave in time");
    const int delay =
        extraDelayMs >= 0 ? extraDelayMs : int(QRandomGenerator(20261125).bounded(0, 50));
    if (delay > 0)
        QTest::qWait(delay);
    editor.kill();
    QVERIFY(editor.waitForFinished(10000));
    // Lines that arrived between the last read and the kill count too.
    for (const QByteArray &line : editor.readAll().split('\n')) {
        if (line.startsWith("autosaved "))
            lastAutosavedEdit = line.mid(10).trimmed().toInt();
    }
    QVERIFY(lastAutosavedEdit > 0);

    // The next start: the project itself is untouched, and a recovery file is offered.
    const Result<LoadedProject> saved = ProjectFile::load(path);
    QVERIFY(saved.hasValue());
    QCOMPARE(saved->project, original);
    QVERIFY2(Autosave::hasRecoveryFor(path), "no recovery file is offered after the crash");

    // Recovering it (what MainWindow does when the user accepts) gives every edit up to the
    // last reported autosave, possibly a few more, and never a mix.
    const Result<LoadedProject> recovered = ProjectFile::load(Autosave::recoveryPathFor(path));
    QVERIFY2(recovered.hasValue(),
             qPrintable(recovered ? QString() : recovered.error().toString()));
    ProjectDocument next;
    next.resetProject(recovered->project, path);
    next.markModified();
    const Project &project = next.project();
    const int last = editNumber(project.title);
    QVERIFY2(last >= lastAutosavedEdit,
             qPrintable(QStringLiteral("recovered up to edit %1, but edit %2 was autosaved")
                            .arg(last)
                            .arg(lastAutosavedEdit)));
    QCOMPARE(project.shots.size(), original.shots.size());
    for (int j = 0; j < ShotCount; ++j) {
        // The last edit <= last that touched shot j.
        int expected = last - ((last - j) % ShotCount + ShotCount) % ShotCount;
        const QString want = expected >= 1 ? QStringLiteral("edit %1").arg(expected)
                                           : original.shots.at(j).sceneProse;
        QCOMPARE(project.shots.at(j).sceneProse, want);
    }
    QVERIFY(next.isModified());
    qInfo("killed after %d autosaves (+%d ms): autosaved edit %d, recovered edit %d", autosaves,
          delay, lastAutosavedEdit, last);
}

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crashrecovery.moc"
