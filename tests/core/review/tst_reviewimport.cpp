// SPDX-License-Identifier: MIT
// Feedback files as the review page writes them, hostile ones, and how several reviewers'
// files merge into a project's reviews.

#include "review/reviewfeedback.h"
#include "review/reviewimport.h"
#include "review/shotrevision.h"

#include "model/project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

namespace {

Project twoShotProject()
{
    Project project;
    project.title = QStringLiteral("Night Market");
    for (int i = 0; i < 2; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i + 1);
        shot.label = QString::number(i + 1);
        shot.durationSeconds = 4;
        shot.actionBeats = {QStringLiteral("Mei walks")};
        Take a;
        a.id = QStringLiteral("take-%1a").arg(i + 1);
        a.status = TakeStatus::Ready;
        Take b = a;
        b.id = QStringLiteral("take-%1b").arg(i + 1);
        shot.takes = {a, b};
        shot.circledTakeId = a.id;
        project.shots.append(shot);
    }
    return project;
}

QStringList shownTakes(const Shot &shot)
{
    QStringList ids;
    for (const Take &take : shot.takes)
        ids.append(take.id);
    return ids;
}

/// A shot entry as the page writes it for `shot` of `project`.
QJsonObject entry(const Shot &shot, const QString &decision, const QString &note = {},
                  const QString &preferred = {}, const QString &at = {})
{
    QJsonArray takes;
    for (const QString &id : shownTakes(shot))
        takes.append(id);
    return QJsonObject{
        {QStringLiteral("shot"), shot.id},
        {QStringLiteral("label"), shot.label},
        {QStringLiteral("revision"), shotRevision(shot, shownTakes(shot))},
        {QStringLiteral("takes"), takes},
        {QStringLiteral("decision"), decision},
        {QStringLiteral("note"), note},
        {QStringLiteral("preferred_take"), preferred},
        {QStringLiteral("at"), at.isEmpty() ? QStringLiteral("2026-09-21T10:00:00.000Z") : at}};
}

QByteArray feedbackJson(const QString &reviewer, const QJsonArray &shots)
{
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("shotbrief-review-feedback")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("package"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("pkg-1")},
                     {QStringLiteral("project"), QStringLiteral("Night Market")},
                     {QStringLiteral("file"), QStringLiteral("night-market")},
                     {QStringLiteral("created_at"), QStringLiteral("2026-09-20T08:00:00.000Z")}}},
        {QStringLiteral("reviewer"), reviewer},
        {QStringLiteral("saved_at"), QStringLiteral("2026-09-21T12:00:00.000Z")},
        {QStringLiteral("shots"), shots}};
    return QJsonDocument(root).toJson();
}

ReviewFeedback parsed(const QByteArray &json, const QString &name = QStringLiteral("f.json"))
{
    const Result<ReviewFeedback> feedback = ReviewFeedbackFile::parse(json, name);
    if (!feedback)
        qWarning("%s", qPrintable(feedback.error().toString()));
    return feedback ? feedback.value() : ReviewFeedback{};
}

} // namespace

class tst_ReviewImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesThePagesFile();
    void hostileFiles_data();
    void hostileFiles();
    void hugeFileIsRefusedBeforeReading();
    void controlCharactersAreRemoved();
    void markupStaysText();
    void twoReviewersMerge();
    void latestReviewWins();
    void sameFileTwiceChangesNothing();
    void otherProjectIsRefused();
    void changedShotIsSkippedUnlessAsked();
    void deletedShotAndTakeAreReported();
    void untouchedShotsAreNotReported();
};

void tst_ReviewImport::parsesThePagesFile()
{
    const Project project = twoShotProject();
    const ReviewFeedback feedback = parsed(feedbackJson(
        QStringLiteral("  Ana  Li "),
        {entry(project.shots[0], QStringLiteral("approved")),
         entry(project.shots[1], QStringLiteral("changes_requested"), QStringLiteral("slower"),
               QStringLiteral("take-2b"), QStringLiteral("2026-09-21T09:30:00+02:00"))}));
    QCOMPARE(feedback.reviewer, QStringLiteral("Ana Li"));
    QCOMPARE(feedback.packageId, QStringLiteral("pkg-1"));
    QCOMPARE(feedback.projectTitle, QStringLiteral("Night Market"));
    QCOMPARE(feedback.shots.size(), 2);
    const ReviewFeedbackShot &second = feedback.shots.at(1);
    QCOMPARE(second.decision, ReviewDecision::ChangesRequested);
    QCOMPARE(second.note, QStringLiteral("slower"));
    QCOMPARE(second.preferredTakeId, QStringLiteral("take-2b"));
    QCOMPARE(second.at, QDateTime(QDate(2026, 9, 21), QTime(7, 30), Qt::UTC));
    QCOMPARE(second.shownTakeIds,
             (QStringList{QStringLiteral("take-2a"), QStringLiteral("take-2b")}));
}

void tst_ReviewImport::hostileFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    const QByteArray valid = feedbackJson(QStringLiteral("Ana"), {});
    const auto with = [&valid](const char *from, const char *to) {
        QByteArray bytes = valid;
        return bytes.replace(from, to);
    };
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QString() << "not a valid JSON";
    QTest::newRow("array") << QByteArray("[1]") << QString() << "not a ShotBrief review";
    QTest::newRow("a project file")
        << QByteArray(R"({"schema": 1, "shots": []})") << QString() << "not a ShotBrief review";
    QTest::newRow("newer version") << with("\"version\": 1", "\"version\": 7") << "version"
                                   << "newer review package";
    QTest::newRow("version string") << with("\"version\": 1", "\"version\": \"1\"") << "version"
                                    << "whole number";
    QTest::newRow("reviewer number")
        << with("\"reviewer\": \"Ana\"", "\"reviewer\": 42") << "reviewer"
        << "expected a string";
    QTest::newRow("reviewer empty")
        << with("\"reviewer\": \"Ana\"", "\"reviewer\": \" \"") << "reviewer"
        << "empty";
    QTest::newRow("reviewer huge")
        << with("\"reviewer\": \"Ana\"",
                QByteArray("\"reviewer\": \"" + QByteArray(500, 'a') + "\"").constData())
        << "reviewer"
        << "longer than 100";
    QTest::newRow("shots object") << with("\"shots\": [\n    ]", "\"shots\": {}") << "shots"
                                  << "expected an array";
    QTest::newRow("shot not object") << with("\"shots\": [\n    ]", "\"shots\": [3]") << "shots[0]"
                                     << "expected an object";
    QTest::newRow("shot without id")
        << with("\"shots\": [\n    ]", "\"shots\": [{\"decision\": \"approved\"}]")
        << "shots[0].shot"
        << "missing";
    QTest::newRow("decision unknown")
        << with("\"shots\": [\n    ]", "\"shots\": [{\"shot\": \"s\", \"decision\": \"yes\"}]")
        << "shots[0].decision"
        << "\"approved\", \"changes_requested\" or \"\"";
    QTest::newRow("note array") << with("\"shots\": [\n    ]",
                                        "\"shots\": [{\"shot\": \"s\", \"note\": [\"x\"]}]")
                                << "shots[0].note"
                                << "expected a string, got an array";
    QTest::newRow("note too long")
        << with("\"shots\": [\n    ]", QByteArray("\"shots\": [{\"shot\": \"s\", \"note\": \"" +
                                                  QByteArray(10001, 'n') + "\"}]")
                                           .constData())
        << "shots[0].note"
        << "longer than 10000";
    QTest::newRow("time without zone")
        << with("\"shots\": [\n    ]",
                "\"shots\": [{\"shot\": \"s\", \"at\": \"2026-09-21T10:00\"}]")
        << "shots[0].at"
        << "UTC time";
    QTest::newRow("takes not ids")
        << with("\"shots\": [\n    ]", "\"shots\": [{\"shot\": \"s\", \"takes\": [{}]}]")
        << "shots[0].takes[0]"
        << "expected a take id";
    QTest::newRow("deeply nested")
        << QByteArray(
               R"({"format": "shotbrief-review-feedback", "version": 1, "reviewer": "A", "shots": [)" +
               QByteArray(5000, '[') + QByteArray(5000, ']') + "]}")
        << QString() << "nested deeper";
    QTest::newRow("invalid UTF-8") << with("\"reviewer\": \"Ana\"", "\"reviewer\": \"A\xff\xfe\"")
                                   << QString() << "not a valid JSON";
}

void tst_ReviewImport::hostileFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    const Result<ReviewFeedback> result =
        ReviewFeedbackFile::parse(bytes, QStringLiteral("bad.json"));
    QVERIFY2(!result, "must be refused");
    QCOMPARE(result.error().field, field);
    QCOMPARE(result.error().file, QStringLiteral("bad.json"));
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().toString()));
}

void tst_ReviewImport::hugeFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(100ll * 1024 * 1024)); // Sparse: 100 MB that cost no disk.
    file.close();
    const Result<ReviewFeedback> result = ReviewFeedbackFile::load(path);
    QVERIFY(!result);
    QCOMPARE(result.error().file, path);
    QVERIFY2(result.error().message.contains(QStringLiteral("100 MB")),
             qPrintable(result.error().message));
    QVERIFY(!ReviewFeedbackFile::load(dir.filePath(QStringLiteral("missing.json"))));
}

void tst_ReviewImport::controlCharactersAreRemoved()
{
    const Project project = twoShotProject();
    const ReviewFeedback feedback = parsed(
        feedbackJson(QStringLiteral("An\u001b[2Ja"),
                     {entry(project.shots[0], QStringLiteral("approved"),
                            QStringLiteral("line one\r\nline\ttwo\u0007\u009b31m\u0000end"))}));
    QCOMPARE(feedback.reviewer, QStringLiteral("An[2Ja"));
    QCOMPARE(feedback.shots.at(0).note, QStringLiteral("line one\nline\ttwo31mend"));
}

void tst_ReviewImport::markupStaysText()
{
    // Markup is text to the import: it is kept as written and shown as text everywhere.
    const Project project = twoShotProject();
    const QString note = QStringLiteral("</script><script>alert(1)</script><b>x</b> & more");
    const ReviewFeedback feedback =
        parsed(feedbackJson(QStringLiteral("<img src=x onerror=alert(1)>"),
                            {entry(project.shots[0], QStringLiteral("approved"), note)}));
    const ReviewImportPlan plan = planReviewImport(project, {feedback});
    QCOMPARE(plan.reviewsByShot.value(QStringLiteral("shot-1")).value(0).note, note);
    QCOMPARE(plan.reviewsByShot.value(QStringLiteral("shot-1")).value(0).reviewer,
             QStringLiteral("<img src=x onerror=alert(1)>"));
}

void tst_ReviewImport::twoReviewersMerge()
{
    Project project = twoShotProject();
    const ReviewFeedback ana =
        parsed(feedbackJson(QStringLiteral("Ana"),
                            {entry(project.shots[0], QStringLiteral("approved")),
                             entry(project.shots[1], QStringLiteral("changes_requested"),
                                   QStringLiteral("warmer"), QStringLiteral("take-2b"))}),
               QStringLiteral("ana.json"));
    const ReviewFeedback bo = parsed(
        feedbackJson(QStringLiteral("Bo"), {entry(project.shots[1], QStringLiteral("approved"))}),
        QStringLiteral("bo.json"));
    const ReviewImportPlan plan = planReviewImport(project, {ana, bo});
    QCOMPARE(plan.appliedCount(), 3);
    QCOMPARE(plan.skippedCount(), 0);
    QCOMPARE(plan.reviewsByShot.size(), 2);
    const QList<Review> second = plan.reviewsByShot.value(QStringLiteral("shot-2"));
    QCOMPARE(second.size(), 2);
    QCOMPARE(second.at(0).reviewer, QStringLiteral("Ana"));
    QCOMPARE(second.at(0).decision, ReviewDecision::ChangesRequested);
    QCOMPARE(second.at(0).note, QStringLiteral("warmer"));
    QCOMPARE(second.at(0).preferredTakeId, QStringLiteral("take-2b"));
    QCOMPARE(second.at(1).reviewer, QStringLiteral("Bo"));
    QCOMPARE(overallDecision(second), ReviewDecision::ChangesRequested);
    QCOMPARE(plan.summary(), QStringLiteral("Reviews applied: 3, skipped: 0; shots changed: 2."));
    QVERIFY2(
        plan.entries.at(1).toString().startsWith(QStringLiteral("ana.json: shot 2, Ana: applied")),
        qPrintable(plan.entries.at(1).toString()));
}

void tst_ReviewImport::latestReviewWins()
{
    Project project = twoShotProject();
    const auto file = [&](const QString &decision, const QString &at) {
        return parsed(
            feedbackJson(QStringLiteral("Ana"), {entry(project.shots[0], decision, {}, {}, at)}));
    };
    const ReviewFeedback early =
        file(QStringLiteral("changes_requested"), QStringLiteral("2026-09-21T08:00:00Z"));
    const ReviewFeedback late =
        file(QStringLiteral("approved"), QStringLiteral("2026-09-22T08:00:00Z"));
    // In either order, the later decision stays.
    for (const QList<ReviewFeedback> &order : {QList{early, late}, QList{late, early}}) {
        const ReviewImportPlan plan = planReviewImport(project, order);
        const QList<Review> reviews = plan.reviewsByShot.value(QStringLiteral("shot-1"));
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.at(0).decision, ReviewDecision::Approved);
    }
    // An older file after the newer one is in the project: kept, and reported.
    project.shots[0].reviews =
        planReviewImport(project, {late}).reviewsByShot.value(QStringLiteral("shot-1"));
    const ReviewImportPlan again = planReviewImport(project, {early});
    QVERIFY(again.reviewsByShot.isEmpty());
    QCOMPARE(again.entries.size(), 1);
    QCOMPARE(again.entries.at(0).outcome, ReviewImportEntry::Outcome::Older);
    QVERIFY(again.entries.at(0).isSkipped());
}

void tst_ReviewImport::sameFileTwiceChangesNothing()
{
    Project project = twoShotProject();
    const ReviewFeedback ana = parsed(
        feedbackJson(QStringLiteral("Ana"), {entry(project.shots[0], QStringLiteral("approved"))}));
    project.shots[0].reviews =
        planReviewImport(project, {ana}).reviewsByShot.value(QStringLiteral("shot-1"));
    const ReviewImportPlan plan = planReviewImport(project, {ana});
    QVERIFY(plan.reviewsByShot.isEmpty());
    QCOMPARE(plan.entries.at(0).outcome, ReviewImportEntry::Outcome::Unchanged);
    QCOMPARE(plan.skippedCount(), 0);
}

void tst_ReviewImport::otherProjectIsRefused()
{
    Project other = twoShotProject();
    other.shots[0].id = QStringLiteral("elsewhere-1");
    other.shots[1].id = QStringLiteral("elsewhere-2");
    const ReviewFeedback feedback = parsed(
        feedbackJson(QStringLiteral("Ana"), {entry(other.shots[0], QStringLiteral("approved"))}),
        QStringLiteral("ana.json"));
    const ReviewImportPlan plan = planReviewImport(twoShotProject(), {feedback});
    QVERIFY(plan.reviewsByShot.isEmpty());
    QCOMPARE(plan.entries.size(), 1);
    QCOMPARE(plan.entries.at(0).outcome, ReviewImportEntry::Outcome::OtherProject);
    QVERIFY2(plan.entries.at(0).toString().contains(QStringLiteral("refused")),
             qPrintable(plan.entries.at(0).toString()));
}

void tst_ReviewImport::changedShotIsSkippedUnlessAsked()
{
    Project project = twoShotProject();
    const ReviewFeedback feedback = parsed(
        feedbackJson(QStringLiteral("Ana"), {entry(project.shots[0], QStringLiteral("approved")),
                                             entry(project.shots[1], QStringLiteral("approved"))}));
    project.shots[0].actionBeats.append(QStringLiteral("and turns")); // Changed since.
    project.shots[1].label = QStringLiteral("2B");                    // A rename is not.
    project.shots[1].notes = QStringLiteral("Ana: approved");         // Nor are crew notes.
    const ReviewImportPlan plan = planReviewImport(project, {feedback});
    QCOMPARE(plan.entries.at(0).outcome, ReviewImportEntry::Outcome::ShotChanged);
    QCOMPARE(plan.entries.at(1).outcome, ReviewImportEntry::Outcome::Applied);
    QCOMPARE(plan.reviewsByShot.keys(), QStringList{QStringLiteral("shot-2")});
    QCOMPARE(plan.skippedCount(), 1);

    ReviewImportOptions options;
    options.includeChangedShots = true;
    const ReviewImportPlan forced = planReviewImport(project, {feedback}, options);
    QCOMPARE(forced.entries.at(0).outcome, ReviewImportEntry::Outcome::Applied);
    QVERIFY(!forced.entries.at(0).detail.isEmpty());
    QCOMPARE(forced.reviewsByShot.size(), 2);
}

void tst_ReviewImport::deletedShotAndTakeAreReported()
{
    Project project = twoShotProject();
    const ReviewFeedback feedback = parsed(feedbackJson(
        QStringLiteral("Ana"),
        {entry(project.shots[0], QStringLiteral("approved")),
         entry(project.shots[1], QStringLiteral("approved"), {}, QStringLiteral("take-gone"))}));
    project.shots.removeFirst();
    // Shot 1 is gone; shot 2's preferred take is not one of its takes: dropped, with a note.
    const ReviewImportPlan plan = planReviewImport(project, {feedback});
    QCOMPARE(plan.entries.at(0).outcome, ReviewImportEntry::Outcome::UnknownShot);
    QCOMPARE(plan.entries.at(0).shotLabel, QStringLiteral("1"));
    QCOMPARE(plan.entries.at(1).outcome, ReviewImportEntry::Outcome::Applied);
    QVERIFY(plan.entries.at(1).detail.contains(QStringLiteral("preferred take")));
    QVERIFY(plan.reviewsByShot.value(QStringLiteral("shot-2")).at(0).preferredTakeId.isEmpty());
}

void tst_ReviewImport::untouchedShotsAreNotReported()
{
    const Project project = twoShotProject();
    const ReviewFeedback feedback = parsed(feedbackJson(
        QStringLiteral("Ana"), {entry(project.shots[0], QString()),
                                entry(project.shots[1], QString(), QStringLiteral("   "))}));
    const ReviewImportPlan plan = planReviewImport(project, {feedback});
    QVERIFY(plan.entries.isEmpty());
    QVERIFY(plan.reviewsByShot.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ReviewImport)
#include "tst_reviewimport.moc"
