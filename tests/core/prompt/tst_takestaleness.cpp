// SPDX-License-Identifier: MIT
#include "prompt/promptcomposer.h"
#include "prompt/takestaleness.h"

#include <QTest>

#include <functional>

using namespace ShotBrief;

class tst_TakeStaleness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshTakeIsCurrent();
    void changes_data();
    void changes();
    void remixIsJudgedByTheTakeItStartedFrom();
    void remixChainWithACycleEnds();
    void unrecordedPartsAreNotCompared();
    void summaryNamesEveryChange();
    void circledTake();
    void lastFrameIsPartOfTheSource();
    void circlingAnotherTakeOfThePreviousShotMakesAChainedTakeStale();
};

namespace {

using Edit = std::function<void(Project &, Shot &)>;

Project projectWithShot()
{
    Project project;
    project.format.model = QStringLiteral("sora-2");
    project.format.size = QStringLiteral("1280x720");
    Shot shot;
    shot.id = QStringLiteral("s1");
    shot.sceneProse = QStringLiteral("A fishing boat in a storm.");
    shot.durationSeconds = 12;
    shot.referenceImage = QStringLiteral("refs/boat.png");
    project.shots << shot;
    return project;
}

/// A take as the generation queue makes it from the shot as it is now.
Take takeOf(const Project &project, const Shot &shot, const QString &id = QStringLiteral("t1"))
{
    Take take;
    take.id = id;
    take.prompt = composePrompt(project, shot);
    take.model = project.effectiveModel(shot);
    take.size = project.effectiveSize(shot);
    take.seconds = shot.durationSeconds;
    take.referenceImage = shot.referenceImage;
    take.status = TakeStatus::Ready;
    return take;
}

QList<TakeSource> sources(const TakeStaleness &staleness)
{
    QList<TakeSource> list;
    for (const TakeSourceChange &change : staleness.changes)
        list << change.source;
    return list;
}

} // namespace

Q_DECLARE_METATYPE(Edit)

void tst_TakeStaleness::freshTakeIsCurrent()
{
    const Project project = projectWithShot();
    const Shot &shot = project.shots.first();
    const TakeStaleness staleness = takeStaleness(project, shot, takeOf(project, shot));
    QVERIFY2(!staleness.isOutOfDate(), qPrintable(staleness.summary()));
    QVERIFY(staleness.summary().isEmpty());
}

void tst_TakeStaleness::changes_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QList<TakeSource>>("expected");
    QTest::addColumn<QString>("was");
    QTest::addColumn<QString>("now");

    QTest::newRow("split: 12 s shot becomes 6 s")
        << Edit([](Project &, Shot &shot) { shot.durationSeconds = 6; })
        << QList<TakeSource>{TakeSource::Length} << "12 s"
        << "6 s";
    QTest::newRow("prompt: scene prose edited")
        << Edit([](Project &, Shot &shot) { shot.sceneProse += QStringLiteral(" Night."); })
        << QList<TakeSource>{TakeSource::Prompt} << QString() << QString();
    QTest::newRow("prompt: the style bible fills the shot") << Edit([](Project &project, Shot &) {
        project.style.lighting = QStringLiteral("lightning from above");
    }) << QList<TakeSource>{TakeSource::Prompt} << QString() << QString();
    QTest::newRow("model: the shot's own")
        << Edit([](Project &, Shot &shot) { shot.model = QStringLiteral("sora-2-pro"); })
        << QList<TakeSource>{TakeSource::Model} << "sora-2"
        << "sora-2-pro";
    QTest::newRow("model: the project default") << Edit([](Project &project, Shot &) {
        project.format.model = QStringLiteral("sora-2-pro");
    }) << QList<TakeSource>{TakeSource::Model} << "sora-2"
                                                << "sora-2-pro";
    QTest::newRow("size") << Edit([](Project &, Shot &shot) {
        shot.size = QStringLiteral("720x1280");
    }) << QList<TakeSource>{TakeSource::Size}
                          << "1280x720"
                          << "720x1280";
    QTest::newRow("reference removed")
        << Edit([](Project &, Shot &shot) { shot.referenceImage.clear(); })
        << QList<TakeSource>{TakeSource::ReferenceImage} << "refs/boat.png" << QString();
    QTest::newRow("several at once, in a fixed order") << Edit([](Project &, Shot &shot) {
        shot.durationSeconds = 4;
        shot.model = QStringLiteral("sora-2-pro");
        shot.sceneProse = QStringLiteral("A ferry.");
    }) << QList<TakeSource>{TakeSource::Prompt, TakeSource::Model, TakeSource::Length}
                                                       << QString() << QString();
    QTest::newRow("notes are not sent: still current")
        << Edit([](Project &, Shot &shot) { shot.notes = QStringLiteral("ask the DP"); })
        << QList<TakeSource>{} << QString() << QString();
}

void tst_TakeStaleness::changes()
{
    QFETCH(Edit, edit);
    QFETCH(QList<TakeSource>, expected);
    QFETCH(QString, was);
    QFETCH(QString, now);
    Project project = projectWithShot();
    const Take take = takeOf(project, project.shots.first());
    edit(project, project.shots.first());
    const TakeStaleness staleness = takeStaleness(project, project.shots.first(), take);
    QCOMPARE(sources(staleness), expected);
    QCOMPARE(staleness.isOutOfDate(), !expected.isEmpty());
    if (expected.size() == 1 && expected.first() != TakeSource::Prompt) {
        QCOMPARE(staleness.changes.first().was, was);
        QCOMPARE(staleness.changes.first().now, now);
    }
}

void tst_TakeStaleness::remixIsJudgedByTheTakeItStartedFrom()
{
    Project project = projectWithShot();
    Shot &shot = project.shots.first();
    const Take parent = takeOf(project, shot, QStringLiteral("parent"));
    Take remix;
    remix.id = QStringLiteral("remix");
    remix.kind = TakeKind::Remix;
    remix.parentTakeId = parent.id;
    remix.prompt = QStringLiteral("same shot, switch to 85mm"); // a delta, not the brief
    remix.model = parent.model;
    remix.size = parent.size;
    remix.seconds = parent.seconds;
    shot.takes = {parent, remix};
    QVERIFY2(!takeStaleness(project, shot, remix).isOutOfDate(),
             qPrintable(takeStaleness(project, shot, remix).summary()));

    shot.sceneProse = QStringLiteral("A ferry at dawn.");
    QCOMPARE(sources(takeStaleness(project, shot, remix)), QList<TakeSource>{TakeSource::Prompt});
}

void tst_TakeStaleness::remixChainWithACycleEnds()
{
    Project project = projectWithShot();
    Shot &shot = project.shots.first();
    Take a = takeOf(project, shot, QStringLiteral("a"));
    a.kind = TakeKind::Remix;
    a.parentTakeId = QStringLiteral("b");
    Take b = a;
    b.id = QStringLiteral("b");
    b.parentTakeId = QStringLiteral("a");
    shot.takes = {a, b};
    // A hostile file: the answer does not matter, ending does.
    (void)takeStaleness(project, shot, a);
}

void tst_TakeStaleness::unrecordedPartsAreNotCompared()
{
    Project project = projectWithShot();
    Take take;
    take.id = QStringLiteral("old");
    take.seconds = 0;
    take.referenceImage = project.shots.first().referenceImage;
    QVERIFY(!takeStaleness(project, project.shots.first(), take).isOutOfDate());
}

void tst_TakeStaleness::summaryNamesEveryChange()
{
    Project project = projectWithShot();
    const Take take = takeOf(project, project.shots.first());
    project.shots.first().durationSeconds = 6;
    project.shots.first().model = QStringLiteral("sora-2-pro");
    const QString summary = takeStaleness(project, project.shots.first(), take).summary();
    QVERIFY2(summary.contains(QLatin1String("12 s")) && summary.contains(QLatin1String("6 s")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("sora-2-pro")), qPrintable(summary));
    QVERIFY2(summary.startsWith(QLatin1String("Out of date")), qPrintable(summary));
}

void tst_TakeStaleness::circledTake()
{
    Project project = projectWithShot();
    Shot &shot = project.shots.first();
    QVERIFY(!circledTakeStaleness(project, shot).isOutOfDate()); // nothing circled
    shot.takes = {takeOf(project, shot)};
    shot.circledTakeId = QStringLiteral("t1");
    QVERIFY(!circledTakeStaleness(project, shot).isOutOfDate());
    shot.durationSeconds = 4;
    QVERIFY(circledTakeStaleness(project, shot).changed(TakeSource::Length));
}

void tst_TakeStaleness::lastFrameIsPartOfTheSource()
{
    Project project = projectWithShot();
    Shot &shot = project.shots.first();
    shot.lastFrame = QStringLiteral("refs/harbour.png");
    Take take = takeOf(project, shot);
    take.lastFrame = shot.lastFrame;
    QVERIFY(!takeStaleness(project, shot, take).isOutOfDate());
    shot.lastFrame = QStringLiteral("refs/quay.png");
    const TakeStaleness changed = takeStaleness(project, shot, take);
    QCOMPARE(sources(changed), QList<TakeSource>{TakeSource::LastFrame});
    QVERIFY2(changed.summary().contains(QStringLiteral("last frame")),
             qPrintable(changed.summary()));
}

void tst_TakeStaleness::circlingAnotherTakeOfThePreviousShotMakesAChainedTakeStale()
{
    Project project = projectWithShot();
    Shot previous = project.shots.first();
    previous.id = QStringLiteral("s0");
    Take first = takeOf(project, previous, QStringLiteral("p1"));
    Take second = takeOf(project, previous, QStringLiteral("p2"));
    previous.takes = {first, second};
    previous.circledTakeId = first.id;
    project.shots.prepend(previous);
    Shot &chained = project.shots[1];
    chained.chainPrevious = true;
    chained.referenceImage.clear(); // its first frame comes from the previous shot
    Take take = takeOf(project, chained);
    take.referenceImage = QStringLiteral("frames/t1-first.png");
    take.requestJson = R"({"first_frame_from":{"shot":"1","shot_id":"s0","take":"p1"}})";
    chained.takes = {take};
    // The frame it began on is not its shot's reference_image: still current.
    QVERIFY2(!takeStaleness(project, chained, take).isOutOfDate(),
             qPrintable(takeStaleness(project, chained, take).summary()));

    project.shots[0].circledTakeId = second.id;
    const TakeStaleness stale = takeStaleness(project, project.shots[1], take);
    QCOMPARE(sources(stale), QList<TakeSource>{TakeSource::Chain});
    QCOMPARE(stale.changes.first().was, QStringLiteral("Take 1"));
    QCOMPARE(stale.changes.first().now, QStringLiteral("Take 2"));
    QVERIFY2(stale.summary().contains(QStringLiteral("Take 2 is circled now")),
             qPrintable(stale.summary()));

    // Chaining a shot whose take was not chained makes that take stale too.
    Project later = projectWithShot();
    const Take plain = takeOf(later, later.shots.first());
    later.shots.first().chainPrevious = true;
    QCOMPARE(sources(takeStaleness(later, later.shots.first(), plain)),
             QList<TakeSource>{TakeSource::Chain});
    // Unchaining it again leaves a take that began on the previous shot out of date.
    project.shots[1].chainPrevious = false;
    QCOMPARE(sources(takeStaleness(project, project.shots[1], take)),
             QList<TakeSource>{TakeSource::ReferenceImage});
}

QTEST_GUILESS_MAIN(tst_TakeStaleness)
#include "tst_takestaleness.moc"
