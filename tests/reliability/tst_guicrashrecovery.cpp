// SPDX-License-Identifier: MIT
// Crash recovery through the real window: guirecoveryhelper runs the ShotBrief MainWindow
// (offscreen) with a 40 ms autosave and types edits into the inspector; it is killed with
// SIGKILL after it reported some autosaves. Then a new MainWindow here opens the same file:
// the recovery question must appear (a real QMessageBox, answered Yes by clicking it) and the
// recovered project must hold every edit up to the last reported autosave, whole edits only.
#include "document/autosave.h"
#include "document/projectdocument.h"
#include "io/projectfile.h"
#include "killededitor.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace ShotBrief;
using namespace ShotBrief::Testing;

namespace {

constexpr int ShotCount = 3; // odd: every shot gets label (odd) and prose (even) edits

/// N of "L<N>" / "P<N>", or 0.
int editNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[LP](\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

/// The project after edits 1..last, as guirecoveryhelper makes them.
Project afterEdits(const Project &original, int last)
{
    Project project = original;
    for (int i = 1; i <= last; ++i) {
        Shot &shot = project.shots[i % ShotCount];
        (i % 2 == 1 ? shot.label : shot.sceneProse) =
            (i % 2 == 1 ? QStringLiteral("L%1") : QStringLiteral("P%1")).arg(i);
    }
    return project;
}

QString describe(const Project &project)
{
    QStringList shots;
    for (const Shot &shot : project.shots)
        shots << shot.label + QLatin1Char('/') + shot.sceneProse;
    return shots.join(QLatin1String(", "));
}

} // namespace

class tst_GuiCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedWindowRecoversUpToLastAutosave_data();
    void killedWindowRecoversUpToLastAutosave();
};

void tst_GuiCrashRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_guicrashrecovery"));
    QSettings().clear();
}

void tst_GuiCrashRecovery::killedWindowRecoversUpToLastAutosave_data()
{
    QTest::addColumn<int>("autosavesBeforeKill");
    QTest::addColumn<int>("extraDelayMs");
    QTest::newRow("right after the first autosave") << 1 << 0;
    QTest::newRow("between two autosaves") << 3 << 20;
    QTest::newRow("many autosaves, at random") << 6 << -1;
}

void tst_GuiCrashRecovery::killedWindowRecoversUpToLastAutosave()
{
    QFETCH(int, autosavesBeforeKill);
    QFETCH(int, extraDelayMs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gui edit.shotbrief"));
    const Project original = numberedProject(QStringLiteral("Before the GUI crash"), ShotCount);
    QVERIFY(ProjectFile::save(original, path));

    QProcess editor;
    // Its settings and keychain stay inside the temporary folder.
    editor.setProcessEnvironment(privateHomeEnvironment(dir.filePath(QStringLiteral("home"))));
    editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    editor.start(QStringLiteral(GUI_RECOVERY_HELPER), {path});
    QVERIFY2(editor.waitForStarted(10000), qPrintable(editor.errorString()));
    // Generous: a sanitizer build starts the window slowly on a busy machine.
    const KilledEditor killed =
        killAfterAutosaves(editor, autosavesBeforeKill, extraDelayMs, 20261126, 90000);
    QVERIFY2(killed.autosaves >= autosavesBeforeKill,
             qPrintable(QStringLiteral("the window ") + killed.summary()));
    QCOMPARE(editor.exitStatus(), QProcess::CrashExit);
    const int lastAutosavedEdit = killed.lastAutosavedEdit;
    QVERIFY(lastAutosavedEdit > 0);

    // The saved project is untouched; a recovery file is there and newer.
    const Result<LoadedProject> saved = ProjectFile::load(path);
    QVERIFY(saved.hasValue());
    QCOMPARE(saved->project, original);
    QVERIFY2(Autosave::hasRecoveryFor(path), "no recovery file after the crash");

    // The next start: a new window opens the file; the question is a real modal message box,
    // found and answered the way a user would, by clicking Yes.
    MainWindow window;
    window.askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString offer;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, &window, [&offer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        offer = box->windowTitle() + QLatin1Char('\n') + box->text();
        QAbstractButton *yes = box->button(QMessageBox::Yes);
        if (yes)
            yes->click();
        else
            box->reject(); // not the question expected: the checks below fail
    });
    answer.start(20);
    const bool opened = window.openFile(path);
    answer.stop();
    QVERIFY(opened);
    QVERIFY2(!offer.isEmpty(), "no recovery question appeared");
    QVERIFY2(offer.contains(QStringLiteral("gui edit.shotbrief")), qPrintable(offer));

    // Every edit up to the last autosave (maybe a few more, saved after the last line was
    // read), never a partial or mixed state.
    const Project &recovered = window.document()->project();
    int last = 0;
    for (const Shot &shot : recovered.shots)
        last = std::max({last, editNumber(shot.label), editNumber(shot.sceneProse)});
    QVERIFY2(last >= lastAutosavedEdit,
             qPrintable(QStringLiteral("recovered up to edit %1, but edit %2 was autosaved: %3")
                            .arg(last)
                            .arg(lastAutosavedEdit)
                            .arg(describe(recovered))));
    const Project expected = afterEdits(original, last);
    QVERIFY2(recovered == expected, qPrintable(QStringLiteral("recovered %1, expected %2")
                                                   .arg(describe(recovered), describe(expected))));
    QVERIFY2(window.document()->isModified(), "recovered changes must be saved explicitly");
    QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
    qInfo("killed after %d autosaves (+%d ms): autosaved edit %d, recovered edit %d",
          killed.autosaves, killed.delayMs, lastAutosavedEdit, last);
    window.close();
}

QTEST_MAIN(tst_GuiCrashRecovery)
#include "tst_guicrashrecovery.moc"
