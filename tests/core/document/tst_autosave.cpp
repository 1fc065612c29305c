// SPDX-License-Identifier: MIT
#include "testproject.h"

#include "document/autosave.h"
#include "document/projectdocument.h"

#include "io/projectfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;
using namespace std::chrono_literals;

class tst_Autosave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAfterIntervalWhileDirty();
    void nothingToSaveWhenClean();
    void cleanSaveDeletesRecovery();
    void recoveryNewerThanProjectIsOffered();
    void untitledProjectIsNotAutosaved();
    void quietPeriodAfterTheLastEdit();
    void continuousEditingIsSavedByTheInterval();
    void writesOffTheCallersThread();
    void editsDuringAWriteStayUnsaved();
    void saveNowWaitsForTheWriteInProgress();
    void cleanSaveWhileWritingLeavesNoRecovery();
};

void tst_Autosave::writesAfterIntervalWhileDirty()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2), path);
    Autosave autosave(&document, 10ms);
    QSignalSpy written(&autosave, &Autosave::autosaved);
    document.setTitle(QStringLiteral("Recovered title"));
    QVERIFY2(written.wait(2000), "no autosave after the interval");
    const QString recovery = Autosave::recoveryPathFor(path);
    QCOMPARE(written.first().at(0).toString(), recovery);
    const Result<LoadedProject> loaded = ProjectFile::load(recovery);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->project.title, QStringLiteral("Recovered title"));
    QVERIFY(!document.needsAutosave());
    QVERIFY(document.isModified()); // an autosave is not a save
}

void tst_Autosave::nothingToSaveWhenClean()
{
    QTemporaryDir dir;
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(1), dir.filePath(QStringLiteral("p.shotbrief")));
    Autosave autosave(&document, 10ms);
    QVERIFY(!autosave.saveNow());
}

void tst_Autosave::cleanSaveDeletesRecovery()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2), path);
    Autosave autosave(&document, 1h);
    document.setTitle(QStringLiteral("x"));
    QVERIFY(autosave.saveNow());
    QVERIFY(QFile::exists(Autosave::recoveryPathFor(path)));
    QVERIFY(document.save());
    QVERIFY2(!QFile::exists(Autosave::recoveryPathFor(path)),
             "a clean save left the recovery file behind");
}

void tst_Autosave::recoveryNewerThanProjectIsOffered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    QVERIFY(ProjectFile::save(TestData::sampleProject(1), path));
    QVERIFY(!Autosave::hasRecoveryFor(path));
    QVERIFY(ProjectFile::save(TestData::sampleProject(2), Autosave::recoveryPathFor(path)));
    QFile recovery(Autosave::recoveryPathFor(path));
    QVERIFY(recovery.open(QIODevice::ReadWrite));
    QVERIFY(recovery.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60),
                                 QFileDevice::FileModificationTime));
    recovery.close();
    QVERIFY(Autosave::hasRecoveryFor(path));
    QFile project(path);
    QVERIFY(project.open(QIODevice::ReadWrite));
    QVERIFY(project.setFileTime(QDateTime::currentDateTimeUtc().addSecs(120),
                                QFileDevice::FileModificationTime));
    project.close();
    QVERIFY2(!Autosave::hasRecoveryFor(path), "an older recovery file was offered");
}

void tst_Autosave::untitledProjectIsNotAutosaved()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(1));
    Autosave autosave(&document, 10ms);
    document.setTitle(QStringLiteral("x"));
    QVERIFY(!autosave.saveNow());
}

void tst_Autosave::quietPeriodAfterTheLastEdit()
{
    // Within a few seconds of the last edit, not once a minute: here the quiet period is what
    // fires, the interval (an hour) never would.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2), path);
    Autosave autosave(&document, 1h);
    QCOMPARE(autosave.quietPeriod(), Autosave::DefaultQuietPeriod);
    autosave.setQuietPeriod(20ms);
    QSignalSpy written(&autosave, &Autosave::autosaved);
    document.setTitle(QStringLiteral("a"));
    document.setTitle(QStringLiteral("ab"));
    QVERIFY2(written.wait(5000), "no autosave after the quiet period");
    QCOMPARE(written.size(), 1); // the burst is one write
    const Result<LoadedProject> loaded = ProjectFile::load(Autosave::recoveryPathFor(path));
    QVERIFY(loaded);
    QCOMPARE(loaded->project.title, QStringLiteral("ab"));
}

void tst_Autosave::continuousEditingIsSavedByTheInterval()
{
    QTemporaryDir dir;
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2), dir.filePath(QStringLiteral("p.shotbrief")));
    Autosave autosave(&document, 1h);
    autosave.setQuietPeriod(1h);
    autosave.setInterval(20ms); // the latest moment, whatever the edits after the first
    QSignalSpy written(&autosave, &Autosave::autosaved);
    document.setTitle(QStringLiteral("x"));
    QVERIFY2(written.wait(5000), "continuous editing was never saved");
}

void tst_Autosave::writesOffTheCallersThread()
{
    // Typing never waits for the write: it starts from a copy and is reported later.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(50), path);
    Autosave autosave(&document, 1h);
    autosave.setQuietPeriod(1ms);
    QSignalSpy written(&autosave, &Autosave::autosaved);
    int writtenWhenStarted = -1;
    bool writingWhenStarted = false;
    connect(&autosave, &Autosave::autosaveStarted, this, [&] {
        writtenWhenStarted = int(written.size());
        writingWhenStarted = autosave.isWriting();
    });
    document.setTitle(QStringLiteral("x"));
    QVERIFY(written.wait(5000));
    QCOMPARE(writtenWhenStarted, 0);
    QVERIFY2(writingWhenStarted, "the write ran on the caller's thread");
    QVERIFY(!autosave.isWriting());
    QVERIFY(!document.needsAutosave());
}

void tst_Autosave::editsDuringAWriteStayUnsaved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(20), path);
    Autosave autosave(&document, 1h);
    autosave.setQuietPeriod(1ms);
    QSignalSpy written(&autosave, &Autosave::autosaved);
    bool once = false;
    connect(&autosave, &Autosave::autosaveStarted, this, [&] {
        if (!once) {
            once = true;
            document.setTitle(QStringLiteral("typed while writing"));
        }
    });
    document.setTitle(QStringLiteral("first"));
    QVERIFY(written.wait(5000));
    if (written.size() == 1 && document.needsAutosave())
        QVERIFY2(written.wait(5000), "the edit made during the write was never saved");
    QVERIFY(!document.needsAutosave());
    const Result<LoadedProject> loaded = ProjectFile::load(Autosave::recoveryPathFor(path));
    QVERIFY(loaded);
    QCOMPARE(loaded->project.title, QStringLiteral("typed while writing"));
}

void tst_Autosave::saveNowWaitsForTheWriteInProgress()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(200), path);
    Autosave autosave(&document, 1h);
    autosave.setQuietPeriod(1ms);
    connect(&autosave, &Autosave::autosaveStarted, this, [&] {
        if (autosave.isWriting() && document.project().title != QStringLiteral("newest")) {
            document.setTitle(QStringLiteral("newest"));
            // Generation's durable save: after the write in progress, with the newest state.
            QVERIFY(autosave.saveNow());
        }
    });
    document.setTitle(QStringLiteral("older"));
    QTRY_VERIFY_WITH_TIMEOUT(document.project().title == QStringLiteral("newest"), 5000);
    autosave.waitForWrites();
    QCoreApplication::processEvents();
    const Result<LoadedProject> loaded = ProjectFile::load(Autosave::recoveryPathFor(path));
    QVERIFY(loaded);
    QCOMPARE(loaded->project.title, QStringLiteral("newest"));
}

void tst_Autosave::cleanSaveWhileWritingLeavesNoRecovery()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(200), path);
    QVERIFY(document.save());
    Autosave autosave(&document, 1h);
    autosave.setQuietPeriod(1ms);
    bool saved = false;
    connect(&autosave, &Autosave::autosaveStarted, this, [&] {
        // A save while the recovery copy is being written (as the window saves: then it
        // discards the recovery file): that copy must not outlive it.
        saved = bool(document.save());
        autosave.discardRecoveryFile();
    });
    document.setTitle(QStringLiteral("x"));
    QTRY_VERIFY_WITH_TIMEOUT(saved, 5000);
    autosave.waitForWrites();
    QCoreApplication::processEvents();
    QVERIFY2(!QFile::exists(Autosave::recoveryPathFor(path)),
             "a recovery file outlived the clean save");
}

QTEST_GUILESS_MAIN(tst_Autosave)
#include "tst_autosave.moc"
