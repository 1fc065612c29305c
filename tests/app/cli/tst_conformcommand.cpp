// SPDX-License-Identifier: MIT
// shotbrief-cli conform and export --format fcpxml7, run as the real executable on a saved
// project with real clips: the dry run writes nothing, --json reports, the project is saved
// with the cut (export, the scripted editor, conform, for each of the four formats), and bad
// input changes nothing (exit 2).

#include "clirun.h"

#include "conformfixture.h"
#include "scriptededitor.h"

#include "export/exportoptions.h"

#include "io/projectfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ShotBrief;
using namespace ShotBrief::ConformTest;

class tst_ConformCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpNamesTheCommand();
    void dryRunThenConform();
    void fcpXmlExportConformsUnchanged();
    void roundTripEveryFormat_data();
    void roundTripEveryFormat();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void unmatchedClipsExitOne();

private:
    TestSupport::CliRun cli(const QStringList &arguments) const;
    QByteArray projectBytes() const;
    /// The project's OTIO with shot 2 dropped and shot 1 moved to the end.
    QString editedOtio(const QString &name,
                       const std::function<void(QJsonObject &item)> &change = {}) const;

    Fixture m_fixture;
    QByteArray m_original;
};

void tst_ConformCommand::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.make(&error), qPrintable(error));
    m_original = projectBytes();
}

TestSupport::CliRun tst_ConformCommand::cli(const QStringList &arguments) const
{
    return TestSupport::runCli(QStringLiteral(SHOTBRIEF_CLI), arguments);
}

QByteArray tst_ConformCommand::projectBytes() const
{
    QFile file(m_fixture.projectPath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString tst_ConformCommand::editedOtio(const QString &name,
                                       const std::function<void(QJsonObject &)> &change) const
{
    const QString exported = m_fixture.dir.filePath(QStringLiteral("export.otio"));
    const TestSupport::CliRun run =
        cli({QStringLiteral("export"), m_fixture.projectPath, QStringLiteral("--format"),
             QStringLiteral("otio"), QStringLiteral("-o"), exported});
    if (run.exitCode != 0)
        qFatal("export failed: %s", run.err.constData());
    QFile in(exported);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("no export");
    QJsonObject timeline = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject stack = timeline.value(QStringLiteral("tracks")).toObject();
    QJsonArray tracks = stack.value(QStringLiteral("children")).toArray();
    QJsonObject track = tracks.at(0).toObject();
    QJsonArray items = track.value(QStringLiteral("children")).toArray();
    items.removeAt(1);             // shot 2 dropped
    items.append(items.takeAt(0)); // shot 1 last
    for (qsizetype i = 0; change && i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        change(item);
        items.replace(i, item);
    }
    track.insert(QStringLiteral("children"), items);
    tracks.replace(0, track);
    stack.insert(QStringLiteral("children"), tracks);
    timeline.insert(QStringLiteral("tracks"), stack);
    const QString path = m_fixture.dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    out.write(QJsonDocument(timeline).toJson());
    return path;
}

void tst_ConformCommand::helpNamesTheCommand()
{
    const TestSupport::CliRun all = cli({QStringLiteral("--help")});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.contains("conform"));
    const TestSupport::CliRun help = cli({QStringLiteral("conform"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *part :
         {"PROJECT EDITED", "--dry-run", "--json", "--fit-length", "--import-clips"})
        QVERIFY2(help.out.contains(part), part);
    const TestSupport::CliRun missing = cli({QStringLiteral("conform"), m_fixture.projectPath});
    QCOMPARE(missing.exitCode, 2);
}

void tst_ConformCommand::dryRunThenConform()
{
    const QString edited = editedOtio(QStringLiteral("edited.otio"));
    const TestSupport::CliRun dry = cli({QStringLiteral("conform"), m_fixture.projectPath, edited,
                                         QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(dry.exitCode == 0, dry.err.constData());
    QCOMPARE(projectBytes(), m_original); // nothing written
    QVERIFY2(dry.err.contains("Dry run"), dry.err.constData());
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(dry.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, dry.out.constData());
    QCOMPARE(report.value(QStringLiteral("applied")).toBool(), false);
    QCOMPARE(report.value(QStringLiteral("matched")).toInt(), 4);
    QStringList kinds;
    for (const QJsonValue &change : report.value(QStringLiteral("changes")).toArray())
        kinds.append(change.toObject().value(QStringLiteral("kind")).toString());
    QCOMPARE(kinds, (QStringList{QStringLiteral("order"), QStringLiteral("cut")}));

    const TestSupport::CliRun real =
        cli({QStringLiteral("conform"), m_fixture.projectPath, edited});
    QVERIFY2(real.exitCode == 0, real.err.constData());
    QVERIFY2(real.out.contains("Changed (2):"), real.out.constData());
    QVERIFY2(real.err.contains("Saved Test.shotbrief"), real.err.constData());
    const Result<LoadedProject> loaded = ProjectFile::load(m_fixture.projectPath);
    QVERIFY(loaded);
    QCOMPARE(
        shotOrder(loaded->project),
        (QStringList{QStringLiteral("shot-3"), QStringLiteral("shot-4"), QStringLiteral("shot-5"),
                     QStringLiteral("shot-1"), QStringLiteral("shot-2")}));
    QVERIFY(loaded->project.shotById(QStringLiteral("shot-2"))->cut);

    // The same edit list again: nothing left to change.
    const TestSupport::CliRun again =
        cli({QStringLiteral("conform"), m_fixture.projectPath, edited});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("nothing to change"), again.out.constData());

    // Back to the original for the other tests.
    QVERIFY(ProjectFile::save(m_fixture.project, m_fixture.projectPath));
    m_original = projectBytes();
}

void tst_ConformCommand::fcpXmlExportConformsUnchanged()
{
    const QString xml = m_fixture.dir.filePath(QStringLiteral("sequence.xml"));
    const TestSupport::CliRun exported =
        cli({QStringLiteral("export"), m_fixture.projectPath, QStringLiteral("--format"),
             QStringLiteral("fcpxml7"), QStringLiteral("-o"), xml});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY2(exported.err.contains("Final Cut Pro 7 XML"), exported.err.constData());
    const TestSupport::CliRun conform =
        cli({QStringLiteral("conform"), m_fixture.projectPath, xml});
    QVERIFY2(conform.exitCode == 0, conform.err.constData());
    QVERIFY2(conform.out.contains("5 of 5 clips matched") &&
                 conform.out.contains("nothing to change"),
             conform.out.constData());
    QCOMPARE(projectBytes(), m_original);
}

void tst_ConformCommand::roundTripEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("kind");
    QTest::newRow("otio") << "otio" << int(ExportFormat::Otio);
    QTest::newRow("edl") << "edl" << int(ExportFormat::Edl);
    QTest::newRow("mlt") << "mlt" << int(ExportFormat::Mlt);
    QTest::newRow("fcp 7 xml") << "fcpxml7" << int(ExportFormat::Fcp7Xml);
}

void tst_ConformCommand::roundTripEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(int, kind);
    const QString suffix = exportFormatSuffix(ExportFormat(kind));
    const QString exported = m_fixture.dir.filePath(QStringLiteral("cli-export.") + suffix);
    const TestSupport::CliRun run =
        cli({QStringLiteral("export"), m_fixture.projectPath, QStringLiteral("--format"), format,
             QStringLiteral("-o"), exported});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile in(exported);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray edited = editScripted(ExportFormat(kind), in.readAll(), m_fixture);
    const QString editedPath = m_fixture.dir.filePath(QStringLiteral("cli-edited.") + suffix);
    QFile out(editedPath);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(edited), edited.size());
    out.close();

    const TestSupport::CliRun conform = cli(
        {QStringLiteral("conform"), m_fixture.projectPath, editedPath, QStringLiteral("--json")});
    QVERIFY2(conform.exitCode == 0, conform.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(conform.out).object();
    QCOMPARE(report.value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("matched")).toInt(), int(scriptedCut().size()));
    const Result<LoadedProject> loaded = ProjectFile::load(m_fixture.projectPath);
    QVERIFY(loaded);
    const QString problems = checkConformed(loaded->project, m_fixture, false);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    // Back to the original for the other tests.
    QVERIFY(ProjectFile::save(m_fixture.project, m_fixture.projectPath));
    m_original = projectBytes();
}

void tst_ConformCommand::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("another project") << "other"
                                     << "another ShotBrief project";
    QTest::newRow("malformed") << "malformed"
                               << "invalid JSON";
    QTest::newRow("several video tracks overlap in an EDL") << "edl"
                                                            << "overlap";
    QTest::newRow("25 fps") << "fps"
                            << "runs at 25 fps";
    QTest::newRow("missing file") << "missing"
                                  << "cannot read";
}

void tst_ConformCommand::badInputChangesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, messagePart);
    QString path;
    if (kind == QLatin1String("other")) {
        path = editedOtio(QStringLiteral("other.otio"), [](QJsonObject &item) {
            item.insert(
                QStringLiteral("metadata"),
                QJsonObject{{QStringLiteral("shotbrief"),
                             QJsonObject{{QStringLiteral("shot_id"), QStringLiteral("x")},
                                         {QStringLiteral("take_id"), QStringLiteral("y")}}}});
            item.insert(QStringLiteral("markers"), QJsonArray());
            QJsonObject reference = item.value(QStringLiteral("media_reference")).toObject();
            if (!reference.isEmpty()) {
                reference.insert(QStringLiteral("target_url"),
                                 QStringLiteral("file:///other/y.mp4"));
                item.insert(QStringLiteral("media_reference"), reference);
            }
        });
    } else if (kind == QLatin1String("fps")) {
        path = editedOtio(QStringLiteral("fps.otio"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        bytes.replace("\"rate\": 24", "\"rate\": 25");
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    } else {
        path = m_fixture.dir.filePath(kind == QLatin1String("edl") ? QStringLiteral("bad.edl")
                                                                   : QStringLiteral("bad.otio"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("malformed"))
            file.write("{\"OTIO_SCHEMA\": \"Timeline.1\",\n");
        else if (kind == QLatin1String("edl"))
            file.write("001  AX V C 00:00:00:00 00:00:02:00 01:00:00:00 01:00:02:00\n"
                       "002  AX V C 00:00:00:00 00:00:02:00 01:00:01:00 01:00:03:00\n");
        else
            path = m_fixture.dir.filePath(QStringLiteral("no-such.otio"));
    }
    const TestSupport::CliRun run = cli({QStringLiteral("conform"), m_fixture.projectPath, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(messagePart.toUtf8()), run.err.constData());
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QCOMPARE(projectBytes(), m_original);
}

void tst_ConformCommand::unmatchedClipsExitOne()
{
    const QString path = editedOtio(QStringLiteral("foreign.otio"), [](QJsonObject &item) {
        if (item.value(QStringLiteral("name")).toString() != QLatin1String("5A"))
            return;
        // The editor put a stock clip where shot 5 was.
        item = QJsonObject{
            {QStringLiteral("OTIO_SCHEMA"), QStringLiteral("Clip.1")},
            {QStringLiteral("name"), QStringLiteral("stock.mov")},
            {QStringLiteral("source_range"), item.value(QStringLiteral("source_range"))},
            {QStringLiteral("media_reference"),
             QJsonObject{
                 {QStringLiteral("OTIO_SCHEMA"), QStringLiteral("ExternalReference.1")},
                 {QStringLiteral("target_url"), QStringLiteral("file:///stock/stock.mov")}}}};
    });
    const TestSupport::CliRun run =
        cli({QStringLiteral("conform"), m_fixture.projectPath, path, QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("Not matched (1):") && run.out.contains("stock.mov"),
             run.out.constData());
    QCOMPARE(projectBytes(), m_original);
}

QTEST_GUILESS_MAIN(tst_ConformCommand)
#include "tst_conformcommand.moc"
