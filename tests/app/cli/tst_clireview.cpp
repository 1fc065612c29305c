// SPDX-License-Identifier: MIT
// shotbrief-cli review and review-import, as a pipeline runs them: the package on disk, the
// feedback of several reviewers merged into the project file, and refusals that change nothing.

#include "clirun.h"

#include "reviewtestproject.h"

#include "review/shotrevision.h"

#include "io/projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

namespace {

TestSupport::CliRun cli(const QStringList &arguments)
{
    return TestSupport::runCli(QStringLiteral(SHOTBRIEF_CLI), arguments);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A feedback file as the page writes it: `decisions` maps shot ids to a decision.
QString writeFeedback(const QString &path, const Project &project, const QString &reviewer,
                      const QList<std::pair<QString, QString>> &decisions,
                      const QString &at = QStringLiteral("2026-09-21T10:00:00.000Z"))
{
    QJsonArray shots;
    for (const auto &[shotId, decision] : decisions) {
        const Shot *shot = project.shotById(shotId);
        QJsonArray takes;
        QStringList ids;
        for (const Take &take : shot ? shot->takes : QList<Take>()) {
            takes.append(take.id);
            ids.append(take.id);
        }
        shots.append(
            QJsonObject{{QStringLiteral("shot"), shotId},
                        {QStringLiteral("label"), shot ? shot->label : QStringLiteral("?")},
                        {QStringLiteral("revision"), shot ? shotRevision(*shot, ids) : QString()},
                        {QStringLiteral("takes"), takes},
                        {QStringLiteral("decision"), decision},
                        {QStringLiteral("note"), QStringLiteral("from %1").arg(reviewer)},
                        {QStringLiteral("preferred_take"), QString()},
                        {QStringLiteral("at"), at}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("shotbrief-review-feedback")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("reviewer"), reviewer},
                           {QStringLiteral("saved_at"), at},
                           {QStringLiteral("shots"), shots}};
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(root).toJson());
    return path;
}

} // namespace

class tst_CliReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesAFolderAndAZip();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void refusesAForeignFolder();
    void importMergesReviewers();
    void badFeedbackChangesNothing();
    void otherProjectIsRefusedWithAReport();
    void dryRunChangesNothing();

private:
    QTemporaryDir m_dir;
    QString m_projectPath;
    Project m_project;
};

void tst_CliReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_projectPath = ReviewTest::makeProject(m_dir.path(), &m_project);
    QVERIFY2(!m_projectPath.isEmpty(), "ffmpeg could not make the test clips");
}

void tst_CliReview::writesAFolderAndAZip()
{
    const QString folder = m_dir.filePath(QStringLiteral("pkg"));
    TestSupport::CliRun run = cli({QStringLiteral("review"), m_projectPath, QStringLiteral("-o"),
                                   folder, QStringLiteral("--takes"), QStringLiteral("all"),
                                   QStringLiteral("--language"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("Wrote " + folder.toUtf8() + " (3 shots, 3 clips, 6 pictures, "),
             run.err.constData());
    QVERIFY(QFile::exists(folder + QStringLiteral("/index.html")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/media/clips/002-1.mp4")));

    run = cli({QStringLiteral("review"), m_projectPath, QStringLiteral("-o"),
               m_dir.filePath(QStringLiteral("client")), QStringLiteral("--zip"),
               QStringLiteral("--shots"), QStringLiteral("2-3")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("client.zip"))).size() > 1000);
    QVERIFY2(run.err.contains("(2 shots, 1 clips, "), run.err.constData());

    run = cli({QStringLiteral("review"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("Usage: shotbrief-cli review FILE -o DIR"));
    QVERIFY(cli({QStringLiteral("--help")}).out.contains("review-import"));
}

void tst_CliReview::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no output") << QStringList{QStringLiteral("review"), QStringLiteral("P")}
                               << QByteArray("-o DIR is required");
    QTest::newRow("takes") << QStringList{QStringLiteral("review"),  QStringLiteral("P"),
                                          QStringLiteral("-o"),      QStringLiteral("x"),
                                          QStringLiteral("--takes"), QStringLiteral("best")}
                           << QByteArray("--takes is circled or all");
    QTest::newRow("language") << QStringList{QStringLiteral("review"),     QStringLiteral("P"),
                                             QStringLiteral("-o"),         QStringLiteral("x"),
                                             QStringLiteral("--language"), QStringLiteral("xx")}
                              << QByteArray("unknown language \"xx\"");
    QTest::newRow("import without feedback")
        << QStringList{QStringLiteral("review-import"), QStringLiteral("P")}
        << QByteArray("at least one feedback file");
}

void tst_CliReview::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const TestSupport::CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

void tst_CliReview::refusesAForeignFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("notes"));
    QVERIFY(QDir().mkpath(folder));
    QFile mine(folder + QStringLiteral("/mine.txt"));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("keep me");
    mine.close();
    const TestSupport::CliRun run =
        cli({QStringLiteral("review"), m_projectPath, QStringLiteral("-o"), folder});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("is not empty and is not a review package"), run.err.constData());
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("mine.txt")});
    QCOMPARE(readAll(folder + QStringLiteral("/mine.txt")), QByteArray("keep me"));
}

void tst_CliReview::importMergesReviewers()
{
    const QString ana =
        writeFeedback(m_dir.filePath(QStringLiteral("ana.json")), m_project, QStringLiteral("Ana"),
                      {{QStringLiteral("shot-1"), QStringLiteral("approved")},
                       {QStringLiteral("shot-2"), QStringLiteral("changes_requested")}});
    const QString bo =
        writeFeedback(m_dir.filePath(QStringLiteral("bo.json")), m_project, QStringLiteral("Bo"),
                      {{QStringLiteral("shot-2"), QStringLiteral("approved")}});
    TestSupport::CliRun run = cli({QStringLiteral("review-import"), m_projectPath, ana, bo});
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    QVERIFY2(run.out.contains("ana.json: shot 1, Ana: applied (approved)\n"), run.out.constData());
    QVERIFY2(run.out.contains("bo.json: shot 2, Bo: applied (approved)\n"), run.out.constData());
    QVERIFY2(run.out.endsWith("Reviews applied: 3, skipped: 0; shots changed: 2.\n"),
             run.out.constData());
    const Result<LoadedProject> loaded = ProjectFile::load(m_projectPath);
    QVERIFY(loaded);
    QCOMPARE(loaded->project.shots.at(0).reviews.size(), 1);
    QCOMPARE(loaded->project.shots.at(1).reviews.size(), 2);
    QCOMPARE(loaded->project.shots.at(1).reviews.at(0).note, QStringLiteral("from Ana"));
    QCOMPARE(overallDecision(loaded->project.shots.at(1).reviews),
             ReviewDecision::ChangesRequested);

    // Again: nothing new, nothing skipped, the file unchanged.
    const QByteArray before = readAll(m_projectPath);
    run = cli({QStringLiteral("review-import"), m_projectPath, ana, bo});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("already in the project"));
    QCOMPARE(readAll(m_projectPath), before);
}

void tst_CliReview::badFeedbackChangesNothing()
{
    const QByteArray before = readAll(m_projectPath);
    const QString good =
        writeFeedback(m_dir.filePath(QStringLiteral("cy.json")), m_project, QStringLiteral("Cy"),
                      {{QStringLiteral("shot-3"), QStringLiteral("approved")}});
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "shotbrief-review-feedback", "version": 1, "reviewer": "X",
                 "shots": [{"shot": "shot-1", "decision": "maybe"}]})");
    file.close();
    const TestSupport::CliRun run =
        cli({QStringLiteral("review-import"), m_projectPath, good, bad});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(bad.toUtf8() + ": shots[0].decision: expected \"approved\""),
             run.err.constData());
    QVERIFY(run.err.contains("nothing was applied"));
    QCOMPARE(readAll(m_projectPath), before);
}

void tst_CliReview::otherProjectIsRefusedWithAReport()
{
    Project other = m_project;
    for (Shot &shot : other.shots)
        shot.id = QStringLiteral("other-") + shot.id;
    const QString path =
        writeFeedback(m_dir.filePath(QStringLiteral("other.json")), other, QStringLiteral("Dee"),
                      {{QStringLiteral("other-shot-1"), QStringLiteral("approved")}});
    const QByteArray before = readAll(m_projectPath);
    const TestSupport::CliRun run = cli({QStringLiteral("review-import"), m_projectPath, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("other.json: refused: none of its shots is in this project"),
             run.out.constData());
    QCOMPARE(readAll(m_projectPath), before);
}

void tst_CliReview::dryRunChangesNothing()
{
    const QString path =
        writeFeedback(m_dir.filePath(QStringLiteral("eve.json")), m_project, QStringLiteral("Eve"),
                      {{QStringLiteral("shot-3"), QStringLiteral("approved")}});
    const QByteArray before = readAll(m_projectPath);
    const TestSupport::CliRun run =
        cli({QStringLiteral("review-import"), m_projectPath, path, QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("eve.json: shot 3 <b>x</b>, Eve: applied (approved)"),
             run.out.constData());
    QVERIFY(run.out.contains("dry run"));
    QCOMPARE(readAll(m_projectPath), before);
}

QTEST_GUILESS_MAIN(tst_CliReview)
#include "tst_clireview.moc"
