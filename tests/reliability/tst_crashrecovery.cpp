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
#include "killededitor.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;
using namespace ShotBrief::Testing;

namespace {

constexpr int ShotCount = 6;

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
    const Project original = numberedProject(QStringLiteral("Before the crash"), ShotCount);
    QVERIFY(ProjectFile::save(original, path));

    QProcess editor;
    editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    editor.start(QStringLiteral(RECOVERY_HELPER), {path});
    QVERIFY2(editor.waitForStarted(10000), qPrintable(editor.errorString()));
    const KilledEditor killed =
        killAfterAutosaves(editor, autosavesBeforeKill, extraDelayMs, 20261125, 30000);
    QVERIFY2(killed.autosaves >= autosavesBeforeKill,
             qPrintable(QStringLiteral("the editor ") + killed.summary()));
    const int lastAutosavedEdit = killed.lastAutosavedEdit;
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
    qInfo("killed after %d autosaves (+%d ms): autosaved edit %d, recovered edit %d",
          killed.autosaves, killed.delayMs, lastAutosavedEdit, last);
}

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crashrecovery.moc"
