// SPDX-License-Identifier: MIT
#include "model/validator.h"

#include <QTest>

using namespace ShotBrief;

class tst_Validator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validProjectHasNoProblems();
    void problems_data();
    void problems();
    void parentAfterChildIsFine();
    void firstReadyTakeIsCircled();
    void everyProblemReported();
    void structureAloneIgnoresTheProvider();
    void nearestDuration();
};

namespace {

Project validProject()
{
    Project project;
    project.title = QStringLiteral("Test");
    CastMember mei;
    mei.id = QStringLiteral("cast-mei");
    mei.name = QStringLiteral("Mei");
    project.cast << mei;
    Scene scene;
    scene.id = QStringLiteral("scene-1");
    project.scenes << scene;
    for (int i = 0; i < 3; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i);
        shot.sceneId = scene.id;
        shot.castIds << mei.id;
        shot.durationSeconds = 4 * (i + 1);
        shot.palette = {{QStringLiteral("teal"), QStringLiteral("#008080")}};
        Take take;
        take.id = QStringLiteral("take-%1").arg(i);
        shot.takes << take;
        shot.circledTakeId = take.id;
        project.shots << shot;
    }
    return project;
}

} // namespace

void tst_Validator::validProjectHasNoProblems()
{
    const QList<ValidationProblem> problems = validateProject(validProject());
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
}

using Mutation = std::function<void(Project &)>;
Q_DECLARE_METATYPE(Mutation)

void tst_Validator::problems_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("illegal duration")
        << Mutation([](Project &p) { p.shots[1].durationSeconds = 7; }) << "shots[1].duration"
        << "expected 4, 8 or 12, got 7";
    QTest::newRow("duplicate shot id")
        << Mutation([](Project &p) { p.shots[2].id = p.shots[0].id; }) << "shots[2].id"
        << "duplicate";
    QTest::newRow("missing shot id")
        << Mutation([](Project &p) { p.shots[0].id.clear(); }) << "shots[0].id"
        << "missing";
    QTest::newRow("circled take absent")
        << Mutation([](Project &p) { p.shots[1].circledTakeId = QStringLiteral("nope"); })
        << "shots[1].circled_take"
        << "nope";
    QTest::newRow("bad hex") << Mutation([](Project &p) {
        p.shots[0].palette[0].hex = QStringLiteral("teal");
    }) << "shots[0].palette[0].hex"
                             << "#1f6f78";
    QTest::newRow("unknown scene")
        << Mutation([](Project &p) { p.shots[2].sceneId = QStringLiteral("x"); })
        << "shots[2].scene"
        << "\"x\"";
    QTest::newRow("unknown cast") << Mutation([](Project &p) {
        p.shots[0].castIds << QStringLiteral("ghost");
    }) << "shots[0].cast[1]"
                                  << "ghost";
    QTest::newRow("size not for model")
        << Mutation([](Project &p) { p.shots[0].size = QStringLiteral("1792x1024"); })
        << "shots[0].size"
        << "sora-2";
    QTest::newRow("size not a size")
        << Mutation([](Project &p) { p.shots[1].size = QStringLiteral("wide"); }) << "shots[1].size"
        << "WIDTHxHEIGHT";
    QTest::newRow("unknown model")
        << Mutation([](Project &p) { p.format.model = QStringLiteral("sora-9"); }) << "format.model"
        << "sora-9";
    QTest::newRow("duplicate cast id")
        << Mutation([](Project &p) { p.cast << p.cast.first(); }) << "cast[1].id"
        << "duplicate";
    QTest::newRow("progress out of range")
        << Mutation([](Project &p) { p.shots[0].takes[0].progress = 101; })
        << "shots[0].takes[0].progress"
        << "101";
    QTest::newRow("parent take absent")
        << Mutation([](Project &p) { p.shots[2].takes[0].parentTakeId = QStringLiteral("orphan"); })
        << "shots[2].takes[0].parent_take"
        << "orphan";
    QTest::newRow("negative cap") << Mutation([](Project &p) { p.spendingCapUsd = -1; })
                                  << "spending_cap_usd"
                                  << "positive";
}

void tst_Validator::problems()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    Project project = validProject();
    mutate(project);
    // Rows about models, sizes and lengths need a provider; the others hold without one too.
    const QList<ValidationProblem> problems =
        validateProject(project, ProviderCapabilities::openAiVideos());
    bool found = false;
    for (const ValidationProblem &problem : problems)
        found = found || (problem.path == path && problem.message.contains(messagePart));
    QVERIFY2(found, qPrintable(QStringLiteral("%1 problems, none at %2 containing \"%3\"")
                                   .arg(problems.size())
                                   .arg(path, messagePart)));
}

void tst_Validator::parentAfterChildIsFine()
{
    Project project = validProject();
    Take child;
    child.id = QStringLiteral("child");
    child.kind = TakeKind::Remix;
    child.parentTakeId = QStringLiteral("later");
    Take parent;
    parent.id = QStringLiteral("later");
    project.shots[0].takes = {child, parent};
    project.shots[0].circledTakeId = parent.id;
    QVERIFY(validateProject(project).isEmpty());
}

void tst_Validator::firstReadyTakeIsCircled()
{
    Shot shot;
    Take first;
    first.id = QStringLiteral("first");
    Take second;
    second.id = QStringLiteral("second");
    shot.takes = {first, second};
    QVERIFY(!circleIfFirstReady(shot, first)); // a draft is not circled
    first.status = TakeStatus::Ready;
    shot.takes[0] = first;
    QVERIFY(circleIfFirstReady(shot, first));
    QCOMPARE(shot.circledTakeId, QStringLiteral("first"));
    second.status = TakeStatus::Ready;
    shot.takes[1] = second;
    QVERIFY(!circleIfFirstReady(shot, second)); // the circle stays where it is
    QCOMPARE(shot.circledTakeId, QStringLiteral("first"));
    Take stranger;
    stranger.id = QStringLiteral("stranger");
    stranger.status = TakeStatus::Ready;
    shot.circledTakeId.clear();
    QVERIFY(!circleIfFirstReady(shot, stranger)); // not a take of this shot
}

void tst_Validator::everyProblemReported()
{
    Project project = validProject();
    project.shots[0].durationSeconds = 5;
    project.shots[1].durationSeconds = 6;
    project.shots[2].circledTakeId = QStringLiteral("gone");
    QCOMPARE(validateProject(project, ProviderCapabilities::openAiVideos()).size(), 3);
    QCOMPARE(validateProject(project).size(), 1); // the lengths are the provider's business
}

void tst_Validator::structureAloneIgnoresTheProvider()
{
    // A project planned for Runway opens while Sora is configured, and the other way round.
    Project project = validProject();
    project.format.model = QStringLiteral("gen4.5");
    project.format.size = QStringLiteral("1584x672");
    project.format.durationSeconds = 5;
    project.shots[0].durationSeconds = 7;
    project.shots[1].model = QStringLiteral("vertex_ai/veo-3.0-generate-preview");
    project.shots[1].size = QStringLiteral("720x1280");
    const QList<ValidationProblem> structural = validateProject(project);
    QVERIFY2(structural.isEmpty(),
             qPrintable(structural.isEmpty() ? QString() : structural.first().toString()));
    const QList<ValidationProblem> forSora =
        validateProject(project, ProviderCapabilities::openAiVideos());
    QStringList paths;
    for (const ValidationProblem &problem : forSora)
        paths << problem.path;
    QVERIFY2(paths.contains(QStringLiteral("format.model")), qPrintable(paths.join(u' ')));
    QVERIFY2(paths.contains(QStringLiteral("shots[1].model")), qPrintable(paths.join(u' ')));
    // A malformed size is a problem with or without a provider.
    project.format.size = QStringLiteral("1280 by 720");
    QCOMPARE(validateProject(project).size(), 1);
    QCOMPARE(validateProject(project).first().path, QStringLiteral("format.size"));
}

void tst_Validator::nearestDuration()
{
    const ProviderCapabilities sora = ProviderCapabilities::openAiVideos();
    QCOMPARE(sora.nearestDuration(QStringLiteral("sora-2"), 7), 8);
    QCOMPARE(sora.nearestDuration(QStringLiteral("sora-2"), 6), 4);
    QCOMPARE(sora.nearestDuration(QStringLiteral("sora-2"), 30), 12);
    QCOMPARE(sora.durationsFor(QStringLiteral("unknown")), QList<int>({4, 8, 12}));
}

QTEST_GUILESS_MAIN(tst_Validator)
#include "tst_validator.moc"
