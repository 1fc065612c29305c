// SPDX-License-Identifier: MIT
// Export -> edit -> conform, for every edit list format. The "editor" is the scripted editor of
// scriptededitor.h (reorders, trims two clips, drops one, swaps a take), also as Kdenlive keeps
// an OTIO and as melt writes an MLT. Conforming must give the plan the cut: re-exporting the
// conformed project yields the edited cut again. melt renders the MLT exported after the
// conform to exactly the conformed sequence's length. The CLI and the window run the same
// round trip (tst_conformcommand, tst_conformwindow).

#include "conformfixture.h"
#include "scriptededitor.h"

#include "conform/conformapply.h"
#include "conform/conformplan.h"
#include "document/projectdocument.h"
#include "export/editlist.h"
#include "export/exporter.h"
#include "io/projectfile.h"
#include "testproject.h"

#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;
using namespace ShotBrief::ConformTest;

namespace {

QString describe(const QString &shotId, const QString &takeId, qint64 in, qint64 out)
{
    return QStringLiteral("%1|%2|%3|%4").arg(shotId, takeId).arg(in).arg(out);
}

} // namespace

class tst_ConformRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void undoRestoresThePlan();
    void conformedMltRendersToSequenceLength();

private:
    QByteArray exported(const Project &project, ExportFormat format) const;
    /// The conformed project, conformed from `edited` written as `fileName`.
    Result<ConformPlan> conform(ProjectDocument &document, const QByteArray &edited,
                                const QString &fileName) const;

    Fixture m_fixture;
};

void tst_ConformRoundTrip::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.make(&error), qPrintable(error));
}

QByteArray tst_ConformRoundTrip::exported(const Project &project, ExportFormat format) const
{
    ExportOptions options;
    options.format = format;
    const Result<QByteArray> bytes = exportToBytes(project, m_fixture.projectPath, options);
    if (!bytes)
        qFatal("export failed: %s", qPrintable(bytes.error().toString()));
    return *bytes;
}

Result<ConformPlan> tst_ConformRoundTrip::conform(ProjectDocument &document,
                                                  const QByteArray &edited,
                                                  const QString &fileName) const
{
    const QString path = m_fixture.dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(edited) != edited.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    if (const Result<void> loaded = document.load(m_fixture.projectPath); !loaded)
        return loaded.error();
    const Result<EditedCut> cut = readEditedCut(path, EditListFps);
    if (!cut)
        return cut.error();
    Result<ConformPlan> plan = planConform(document.project(), document.filePath(), *cut, {});
    if (!plan)
        return plan;
    if (const Result<int> applied = applyConformPlan(&document, *plan); !applied)
        return applied.error();
    return plan;
}

void tst_ConformRoundTrip::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("editor");
    QTest::newRow("otio") << int(ExportFormat::Otio) << QString();
    QTest::newRow("otio through kdenlive") << int(ExportFormat::Otio) << QStringLiteral("kdenlive");
    QTest::newRow("edl") << int(ExportFormat::Edl) << QString();
    QTest::newRow("mlt") << int(ExportFormat::Mlt) << QString();
    QTest::newRow("mlt written by melt") << int(ExportFormat::Mlt) << QStringLiteral("melt");
    QTest::newRow("fcp 7 xml") << int(ExportFormat::Fcp7Xml) << QString();
}

void tst_ConformRoundTrip::roundTrip()
{
    QFETCH(int, format);
    QFETCH(QString, editor);
    const auto kind = ExportFormat(format);
    const QByteArray original = exported(m_fixture.project, kind);
    QByteArray edited = editScripted(kind, original, m_fixture,
                                     editor == QLatin1String("kdenlive") ? EditorStyle::Kdenlive
                                                                         : EditorStyle::AsWritten);
    const QString fileName = QStringLiteral("edited.") + exportFormatSuffix(kind);
    if (editor == QLatin1String("melt")) {
        // melt writes the cut from its command line: its own MLT layout (clipped producers,
        // entries counted from them), media paths and nothing of ShotBrief's; the slate is a
        // plain colour clip that no longer says which shot it was.
        const QString out = m_fixture.dir.filePath(QStringLiteral("melt.mlt"));
        QStringList arguments{QStringLiteral("-quiet")};
        for (const CutEntry &entry : scriptedCut()) {
            arguments << (entry.take.isEmpty() ? QStringLiteral("colour:black")
                                               : m_fixture.clipOf(entry.take))
                      << QStringLiteral("in=%1").arg(entry.in)
                      << QStringLiteral("out=%1").arg(entry.out - 1);
        }
        arguments << QStringLiteral("-consumer") << QStringLiteral("xml:") + out;
        QByteArray log;
        QCOMPARE(TestProject::run(QStringLiteral("melt"), arguments, &log), 0);
        QFile written(out);
        QVERIFY2(written.open(QIODevice::ReadOnly), log.constData());
        edited = written.readAll();
    }

    ProjectDocument document;
    const Result<ConformPlan> plan = conform(document, edited, fileName);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(document.undoStack()->count(), 1); // one undo step

    // The plan is the cut. Kdenlive and melt do not keep the slate's identity: that shot is
    // cut too.
    const bool slateLost = editor == QLatin1String("kdenlive") || editor == QLatin1String("melt");
    const Project &project = document.project();
    const QString problems = checkConformed(project, m_fixture, slateLost);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    // melt's colour clip is listed as not matched; everything else is matched.
    QCOMPARE(plan->unmatched.size(), editor == QLatin1String("melt") ? 1 : 0);

    // Exporting the conformed plan gives the edited cut again.
    const QByteArray again = exported(project, kind);
    const Result<EditedCut> reread = parseEditedCut(
        again, m_fixture.dir.filePath(QStringLiteral("again.") + exportFormatSuffix(kind)),
        EditListFps);
    QVERIFY2(reread, qPrintable(reread ? QString() : reread.error().toString()));
    QStringList actual;
    for (const CutClip &clip : reread->clips) {
        ClipIdentity identity = clip.metadata;
        for (const QString &note : clip.notes) {
            if (identity.isEmpty())
                identity = parseClipIdentityTag(note);
        }
        actual.append(describe(identity.shotId, identity.takeId, clip.sourceIn, clip.sourceOut));
    }
    QStringList expected;
    for (const CutEntry &entry : scriptedCut()) {
        if (slateLost && entry.take.isEmpty())
            continue;
        expected.append(
            describe(m_fixture.project.shots.at(entry.shot).id, entry.take, entry.in, entry.out));
    }
    QCOMPARE(actual, expected);

    // Conforming the same cut again changes nothing.
    const Result<EditedCut> cut = readEditedCut(m_fixture.dir.filePath(fileName), EditListFps);
    QVERIFY(cut);
    const Result<ConformPlan> second = planConform(project, document.filePath(), *cut, {});
    QVERIFY(second);
    QVERIFY2(!second->hasChanges(), qPrintable(second->changes.value(0).text));
}

void tst_ConformRoundTrip::undoRestoresThePlan()
{
    ProjectDocument document;
    const Result<ConformPlan> plan =
        conform(document,
                editScripted(ExportFormat::Otio, exported(m_fixture.project, ExportFormat::Otio),
                             m_fixture),
                QStringLiteral("undo.otio"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QVERIFY(document.project() != m_fixture.project);
    document.undoStack()->undo();
    QVERIFY2(document.project() == m_fixture.project, "undo left a trace of the conform");
    document.undoStack()->redo();
    QCOMPARE(shotOrder(document.project()).first(), QStringLiteral("shot-3"));
}

void tst_ConformRoundTrip::conformedMltRendersToSequenceLength()
{
    if (QStandardPaths::findExecutable(QStringLiteral("melt")).isEmpty())
        QFAIL("melt is not installed (Debian package melt)");
    ProjectDocument document;
    const Result<ConformPlan> plan = conform(
        document,
        editScripted(ExportFormat::Mlt, exported(m_fixture.project, ExportFormat::Mlt), m_fixture),
        QStringLiteral("render.mlt"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    const QString mlt = m_fixture.dir.filePath(QStringLiteral("conformed.mlt"));
    QVERIFY(exportToFile(document.project(), document.filePath(), mlt,
                         [] {
                             ExportOptions options;
                             options.format = ExportFormat::Mlt;
                             return options;
                         }())
                .hasValue());
    qint64 sequenceMs = 0;
    for (const Shot &shot : document.project().shots)
        sequenceMs += shot.cut ? 0 : shot.playLengthMs();
    const qint64 expectedFrames = msToFrames(sequenceMs);
    QCOMPARE(expectedFrames, qint64(48 + 96 + 96 + 126));
    const QString video = m_fixture.dir.filePath(QStringLiteral("conformed.mp4"));
    QByteArray log;
    QVERIFY2(TestProject::renderMlt(mlt, video, &log) == 0, log.constData());
    QCOMPARE(TestProject::countVideoFrames(video), expectedFrames);
}

QTEST_GUILESS_MAIN(tst_ConformRoundTrip)
#include "tst_conformroundtrip.moc"
