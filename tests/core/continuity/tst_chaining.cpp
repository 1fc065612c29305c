// SPDX-License-Identifier: MIT
#include "continuity/chaining.h"

#include <QTest>

#include <functional>

using namespace ShotBrief;

using ProjectChange = std::function<void(Project &)>;
Q_DECLARE_METATYPE(ProjectChange)

class tst_Chaining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void states_data();
    void states();
    void notChained();
    void framePathAndProvenance();
};

namespace {

Take take(const char *id, TakeStatus status, const char *clip = "")
{
    Take t;
    t.id = QLatin1String(id);
    t.status = status;
    t.clipPath = QLatin1String(clip);
    return t;
}

/// Shot "3A" (index 0) with takes to continue from, and shot "3B" (index 1) chained to it.
Project twoShots()
{
    Project project;
    project.format.size = QStringLiteral("1280x720");
    Shot first;
    first.id = QStringLiteral("shot-a");
    first.label = QStringLiteral("3A");
    Shot second;
    second.id = QStringLiteral("shot-b");
    second.label = QStringLiteral("3B");
    second.chainPrevious = true;
    project.shots = {first, second};
    return project;
}

} // namespace

void tst_Chaining::states_data()
{
    QTest::addColumn<ProjectChange>("change");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("takeId");
    QTest::addColumn<QString>("messagePart");
    using S = ChainLink::State;
    QTest::newRow("circled and ready") << ProjectChange([](Project &p) {
        p.shots[0].takes = {take("t1", TakeStatus::Ready, "clips/t1.mp4")};
        p.shots[0].circledTakeId = QStringLiteral("t1");
    }) << int(S::Ready) << "t1"
                                       << "";
    QTest::newRow("another take circled, ready") << ProjectChange([](Project &p) {
        p.shots[0].takes = {take("t1", TakeStatus::Ready, "clips/t1.mp4"),
                            take("t2", TakeStatus::Ready, "clips/t2.mp4")};
        p.shots[0].circledTakeId = QStringLiteral("t2");
    }) << int(S::Ready) << "t2"
                                                 << "";
    QTest::newRow("nothing circled, one rendering") << ProjectChange([](Project &p) {
        p.shots[0].takes = {take("t1", TakeStatus::Failed), take("t2", TakeStatus::InProgress)};
    }) << int(S::Waiting) << "t2"
                                                    << "waiting for shot 3A";
    QTest::newRow("nothing circled, a draft")
        << ProjectChange([](Project &p) { p.shots[0].takes = {take("t1", TakeStatus::Draft)}; })
        << int(S::Waiting) << "t1"
        << "waiting for shot 3A";
    QTest::newRow("no take at all") << ProjectChange([](Project &) {}) << int(S::Broken) << ""
                                    << "generate shot 3A first";
    QTest::newRow("only failed takes")
        << ProjectChange([](Project &p) { p.shots[0].takes = {take("t1", TakeStatus::Failed)}; })
        << int(S::Broken) << ""
        << "generate shot 3A first";
    QTest::newRow("circled take failed") << ProjectChange([](Project &p) {
        p.shots[0].takes = {take("t1", TakeStatus::Failed)};
        p.shots[0].circledTakeId = QStringLiteral("t1");
    }) << int(S::Broken) << "t1"
                                         << "failed";
    QTest::newRow("circled take expired") << ProjectChange([](Project &p) {
        p.shots[0].takes = {take("t1", TakeStatus::Expired)};
        p.shots[0].circledTakeId = QStringLiteral("t1");
    }) << int(S::Broken) << "t1"
                                          << "expired";
    QTest::newRow("circled ready take without a clip") << ProjectChange([](Project &p) {
        p.shots[0].takes = {take("t1", TakeStatus::Ready)};
        p.shots[0].circledTakeId = QStringLiteral("t1");
    }) << int(S::Broken) << "t1"
                                                       << "no clip";
    QTest::newRow("previous shot of another size") << ProjectChange([](Project &p) {
        p.shots[0].takes = {take("t1", TakeStatus::Ready, "clips/t1.mp4")};
        p.shots[0].circledTakeId = QStringLiteral("t1");
        p.shots[1].size = QStringLiteral("720x1280");
    }) << int(S::Broken) << ""
                                                   << "720x1280";
    QTest::newRow("first shot chained")
        << ProjectChange([](Project &p) { p.shots.removeFirst(); }) << int(S::Broken) << ""
        << "first shot";
}

void tst_Chaining::states()
{
    QFETCH(ProjectChange, change);
    QFETCH(int, state);
    QFETCH(QString, takeId);
    QFETCH(QString, messagePart);
    Project project = twoShots();
    change(project);
    const int chained = int(project.shots.size()) - 1;
    const ChainLink link = ChainLink::of(project, chained);
    QCOMPARE(int(link.state), state);
    QCOMPARE(link.takeId, takeId);
    if (link.state == ChainLink::State::Ready) {
        QCOMPARE(link.clipPath, project.shots.at(0).takeById(takeId)->clipPath);
        QCOMPARE(link.previousShotId, QStringLiteral("shot-a"));
        QCOMPARE(link.previousName, QStringLiteral("3A"));
    }
    QVERIFY2(link.message.contains(messagePart), qPrintable(link.message));
}

void tst_Chaining::notChained()
{
    Project project = twoShots();
    project.shots[1].chainPrevious = false;
    QCOMPARE(ChainLink::of(project, 1).state, ChainLink::State::NotChained);
    QCOMPARE(ChainLink::of(project, 5).state, ChainLink::State::NotChained);
}

void tst_Chaining::framePathAndProvenance()
{
    QCOMPARE(chainedFramePath(QStringLiteral("take-9")), QStringLiteral("frames/take-9-first.png"));
    Take chained;
    chained.requestJson =
        R"({"first_frame_from":{"shot":"3A","shot_id":"shot-a","take":"t2"},"model":"sora-2"})";
    QCOMPARE(chainedFromTakeId(chained), QStringLiteral("t2"));
    Take plain;
    plain.requestJson = R"({"model":"sora-2"})";
    QCOMPARE(chainedFromTakeId(plain), QString());
    QCOMPARE(chainedFromTakeId(Take()), QString());
}

QTEST_GUILESS_MAIN(tst_Chaining)
#include "tst_chaining.moc"
