// SPDX-License-Identifier: MIT
// shotbrief-cli import: a script to a new project, a revised script into it, and every way a
// script can be unreadable (exit 2, the file named, nothing written).

#include "clirun.h"

#include "io/projectfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    const TestSupport::CliRun r = TestSupport::runCli(
        QStringLiteral(SHOTBRIEF_CLI),
        QStringList{QStringLiteral("import")} + arguments +
            QStringList{QStringLiteral("--providers"),
                        QStringLiteral(SHOTBRIEF_BINARY_DIR "/no-such-dir/providers.json")});
    return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

QString script(const char *name)
{
    return QStringLiteral(SHOTBRIEF_SOURCE_DIR "/tests/core/script/data/") + QLatin1String(name);
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_CliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fountainToNewProject();
    void finalDraftToNewProjectForRunway();
    void shotListShowsItsColumns();
    void neverOverwrites();
    void badScripts_data();
    void badScripts();
    void badArguments_data();
    void badArguments();
    void revisedScriptIntoProject();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_CliImport::fountainToNewProject()
{
    const QString out = m_dir->filePath(QStringLiteral("feature.shotbrief"));
    const Run r = run({script("feature.fountain"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("190 scenes, 770 lines of dialogue, 14 cast")),
             qPrintable(r.out));
    const Result<LoadedProject> loaded = ProjectFile::load(out);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const Project &project = loaded->project;
    QCOMPARE(project.title, QStringLiteral("The Last Ferry"));
    QCOMPARE(project.scenes.size(), 190);
    QCOMPARE(project.cast.size(), 14);
    QCOMPARE(project.format.provider, QStringLiteral("emulator"));
    int lines = 0;
    for (const Shot &shot : project.shots) {
        lines += int(shot.dialogue.size());
        QVERIFY(shot.scriptRef.isSet()); // kept in the file for a re-import
    }
    QVERIFY(lines >= 770);
    QCOMPARE(project.scenes.first().number, QStringLiteral("1"));

    const Run json =
        run({script("night-market.fountain"), QStringLiteral("-o"),
             m_dir->filePath(QStringLiteral("nm.shotbrief")), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject figures = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(figures.value(QStringLiteral("scenes")).toInt(), 4);
    QCOMPARE(figures.value(QStringLiteral("speeches")).toInt(), 12);
    QCOMPARE(figures.value(QStringLiteral("cast")).toInt(), 3);
    QCOMPARE(figures.value(QStringLiteral("split_shots")).toInt(), 4);
}

void tst_CliImport::finalDraftToNewProjectForRunway()
{
    const QString out = m_dir->filePath(QStringLiteral("nm.shotbrief"));
    const Run r = run({script("night-market.fdx"), QStringLiteral("-o"), out,
                       QStringLiteral("--profile"), QStringLiteral("runway")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Final Draft")), qPrintable(r.out));
    const Result<LoadedProject> loaded = ProjectFile::load(out);
    QVERIFY(loaded);
    QCOMPARE(loaded->project.format.provider, QStringLiteral("runway"));
    QVERIFY(loaded->project.format.model != QLatin1String("sora-2"));
    bool anyOddLength = false;
    for (const Shot &shot : loaded->project.shots) {
        QVERIFY(shot.durationSeconds >= 2 && shot.durationSeconds <= 10);
        anyOddLength = anyOddLength || shot.durationSeconds % 4 != 0;
    }
    QVERIFY2(anyOddLength, "Runway's whole seconds were not used");
}

void tst_CliImport::shotListShowsItsColumns()
{
    const QString out = m_dir->filePath(QStringLiteral("list.shotbrief"));
    const Run r = run({script("shotlist.csv"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QLatin1String("Shot Size -> Framing")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Equipment -> Notes")), qPrintable(r.err));
    QVERIFY(QFile::exists(out));
}

void tst_CliImport::neverOverwrites()
{
    const QString out = m_dir->filePath(QStringLiteral("mine.shotbrief"));
    QVERIFY(write(out, QByteArrayLiteral("my work")));
    const Run r = run({script("night-market.fountain"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(out), qPrintable(r.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArrayLiteral("my work"));
}

void tst_CliImport::badScripts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("needle");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.fountain")
                           << QStringLiteral("empty");
    QTest::newRow("blank") << QByteArray(" \n\n \t\n") << QStringLiteral("blank.fountain")
                           << QStringLiteral("empty");
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                          16)
                            << QStringLiteral("binary.fountain") << QStringLiteral("binary");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
                         << QStringLiteral("script.fountain") << QStringLiteral("PDF");
    QTest::newRow("invalid utf-8") << QByteArray("INT. A - DAY\n\nCaf\xe9 au lait.\n")
                                   << QStringLiteral("latin1.fountain") << QStringLiteral("UTF-8");
    QTest::newRow("over 10 MB") << QByteArray(10 * 1024 * 1024 + 1, 'a')
                                << QStringLiteral("huge.fountain") << QStringLiteral("10 MB");
    QTest::newRow("truncated fdx")
        << QByteArray("<?xml version=\"1.0\"?><FinalDraft><Content><Paragraph Type=\"Action\"><Te")
        << QStringLiteral("cut.fdx") << QStringLiteral("truncated");
    QTest::newRow("nothing to import")
        << QByteArray("Title: Only a title\n\n") << QStringLiteral("title.fountain")
        << QStringLiteral("no scene");
}

void tst_CliImport::badScripts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, needle);
    const QString path = m_dir->filePath(name);
    QVERIFY(write(path, bytes));
    const QString out = m_dir->filePath(QStringLiteral("out.shotbrief"));
    const Run r = run({path, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY2(r.err.contains(needle), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

void tst_CliImport::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no output") << QStringList{script("night-market.fountain")};
    QTest::newRow("both") << QStringList{script("night-market.fountain"), QStringLiteral("-o"),
                                         QStringLiteral("a.shotbrief"), QStringLiteral("--into"),
                                         QStringLiteral("b.shotbrief")};
    QTest::newRow("missing script") << QStringList{
        QStringLiteral("/no/such.fountain"), QStringLiteral("-o"), QStringLiteral("x.shotbrief")};
    QTest::newRow("unknown profile") << QStringList{
        script("night-market.fountain"), QStringLiteral("-o"), QStringLiteral("x.shotbrief"),
        QStringLiteral("--profile"), QStringLiteral("nope")};
    QTest::newRow("into a missing project")
        << QStringList{script("night-market.fountain"), QStringLiteral("--into"),
                       QStringLiteral("/no/such.shotbrief")};
}

void tst_CliImport::badArguments()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void tst_CliImport::revisedScriptIntoProject()
{
    const QString project = m_dir->filePath(QStringLiteral("ferry.shotbrief"));
    QCOMPARE(run({script("feature.fountain"), QStringLiteral("-o"), project}).exitCode, 0);

    // The user's work on the first shot.
    Result<LoadedProject> loaded = ProjectFile::load(project);
    QVERIFY(loaded);
    Project worked = loaded->project;
    worked.shots[0].lighting = QStringLiteral("practicals only");
    worked.shots[0].notes = QStringLiteral("mine");
    QVERIFY(ProjectFile::save(worked, project));

    // --dry-run reports and writes nothing.
    const QByteArray before = hashOf(project);
    const Run dry = run({script("feature-rev2.fountain"), QStringLiteral("--into"), project,
                         QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(QLatin1String("8 changed, 2 new, 1 cut")), qPrintable(dry.out));
    QCOMPARE(hashOf(project), before);

    const Run json = run({script("feature-rev2.fountain"), QStringLiteral("--into"), project,
                          QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("changed")).toInt(), 8);
    QCOMPARE(report.value(QStringLiteral("added")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("cut")).toInt(), 1);
    QVERIFY(report.value(QStringLiteral("written")).toBool());

    loaded = ProjectFile::load(project);
    QVERIFY(loaded);
    QCOMPARE(loaded->project.shots.size(), worked.shots.size() + 2);
    QCOMPARE(loaded->project.shots.first().lighting, QStringLiteral("practicals only"));
    QVERIFY(loaded->project.shots.first().notes.startsWith(QLatin1String("mine")));
    int changed = 0;
    for (const Shot &shot : loaded->project.shots)
        changed += shot.scriptRef.mark == ScriptMark::Changed ? 1 : 0;
    QCOMPARE(changed, 8);

    // The same script again: nothing to do, nothing written.
    const QByteArray after = hashOf(project);
    const Run again = run({script("feature-rev2.fountain"), QStringLiteral("--into"), project});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(QLatin1String("nothing written")), qPrintable(again.err));
    QCOMPARE(hashOf(project), after);
}

QTEST_GUILESS_MAIN(tst_CliImport)
#include "tst_cliimport.moc"
