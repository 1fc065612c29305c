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

QTEST_GUILESS_MAIN(tst_Autosave)
#include "tst_autosave.moc"
