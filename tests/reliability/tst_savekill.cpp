// SPDX-License-Identifier: MIT
// kill -9 a process that keeps saving a large project, hundreds of times at random (seeded)
// moments: the file on disk is always exactly the old or the new version, never torn,
// mixed or empty.
#include "bigproject.h"

#include "io/projectfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

namespace {

constexpr int Iterations = 220;
constexpr qint64 BudgetMs = 90'000;

} // namespace

class tst_SaveKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileIsAlwaysOldOrNew();
};

void tst_SaveKill::fileIsAlwaysOldOrNew()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kill.shotbrief"));
    const Project versionA = Reliability::bigProject('A');
    const Project versionB = Reliability::bigProject('B');
    const QByteArray bytesA = ProjectFile::serialize(versionA);
    const QByteArray bytesB = ProjectFile::serialize(versionB);
    QVERIFY2(bytesA.size() > 256 * 1024, "the project must be large enough to take a while");
    QVERIFY(ProjectFile::save(versionA, path));

    QRandomGenerator random(20261125);
    QElapsedTimer total;
    total.start();
    int killsAfterSaves = 0;
    int seenA = 0;
    int seenB = 0;
    for (int i = 0; i < Iterations; ++i) {
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(SAVEKILL_HELPER), {path});
        QVERIFY2(helper.waitForStarted(10000), qPrintable(helper.errorString()));
        // Half the kills land before the first save completes (while it is writing), the
        // rest somewhere in the loop of saves.
        const quint32 when = random.bounded(8);
        if (when < 4) {
            QTest::qWait(int(random.bounded(0, 60)));
        } else if (when == 4) {
            // Right after version B was written (the second save), however slow the machine.
            int lines = 0;
            while (lines < 2 && helper.waitForReadyRead(20000)) {
                while (helper.canReadLine()) {
                    helper.readLine();
                    ++lines;
                }
            }
            QVERIFY2(lines >= 2, "the helper never finished two saves");
            ++killsAfterSaves;
        } else {
            QVERIFY2(helper.waitForReadyRead(20000), "the helper never finished a save");
            QTest::qWait(int(random.bounded(0, 40)));
            ++killsAfterSaves;
        }
        QVERIFY2(helper.state() == QProcess::Running,
                 qPrintable(QStringLiteral("iteration %1: the helper exited by itself (%2)")
                                .arg(i)
                                .arg(helper.exitCode())));
        helper.kill(); // SIGKILL: no destructor, no QSaveFile cleanup
        QVERIFY(helper.waitForFinished(10000));

        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("iteration %1: the project file is gone").arg(i)));
        const QByteArray bytes = file.readAll();
        const bool isA = bytes == bytesA;
        const bool isB = bytes == bytesB;
        QVERIFY2(isA || isB, qPrintable(QStringLiteral("iteration %1: %2 bytes, neither A (%3) "
                                                       "nor B (%4)")
                                            .arg(i)
                                            .arg(bytes.size())
                                            .arg(bytesA.size())
                                            .arg(bytesB.size())));
        const Result<LoadedProject> parsed = ProjectFile::parse(bytes, path);
        QVERIFY2(parsed.hasValue(), qPrintable(parsed ? QString() : parsed.error().toString()));
        QVERIFY(parsed->project == (isA ? versionA : versionB));
        ++(isA ? seenA : seenB);
        QVERIFY2(total.elapsed() < BudgetMs, "the kill loop takes too long");
    }
    // Killed saves leave QSaveFile's temporary files behind; they never replace the project.
    const QStringList leftovers =
        QDir(dir.path()).entryList({QStringLiteral("kill.shotbrief.*")}, QDir::Files);
    qInfo("%d kills (%d after at least one save) in %lld ms; file was A %d times, B %d times; "
          "%lld temporary files left by interrupted saves",
          Iterations, killsAfterSaves, total.elapsed(), seenA, seenB, qint64(leftovers.size()));
    // Both versions must have been seen, or the kills never landed between saves.
    QVERIFY2(seenA > 0 && seenB > 0, "the kills never caught the helper between two saves");
}

QTEST_GUILESS_MAIN(tst_SaveKill)
#include "tst_savekill.moc"
