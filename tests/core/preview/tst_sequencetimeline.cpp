// SPDX-License-Identifier: MIT
#include "preview/sequencetimeline.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_SequenceTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locate_data();
    void locate();
    void startsAndTotal();
    void emptyTimeline();
    void fromProject();
    void promptExcerptCutsAtWord();
};

static SequenceTimeline threeShots()
{
    QList<SequenceItem> items;
    for (const auto &[id, ms] : {std::pair{"a", 4000}, {"b", 8000}, {"c", 4000}}) {
        SequenceItem item;
        item.shotId = QString::fromLatin1(id);
        item.durationMs = ms;
        items.append(item);
    }
    return SequenceTimeline(items);
}

void tst_SequenceTimeline::locate_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("start") << qint64(0) << 0 << qint64(0);
    QTest::newRow("inside first") << qint64(1234) << 0 << qint64(1234);
    QTest::newRow("just before first cut") << qint64(3999) << 0 << qint64(3999);
    QTest::newRow("on first cut") << qint64(4000) << 1 << qint64(0);
    QTest::newRow("inside second") << qint64(9000) << 1 << qint64(5000);
    QTest::newRow("on second cut") << qint64(12000) << 2 << qint64(0);
    QTest::newRow("end") << qint64(16000) << 2 << qint64(4000);
    QTest::newRow("past end clamps") << qint64(99000) << 2 << qint64(4000);
    QTest::newRow("negative clamps") << qint64(-5) << 0 << qint64(0);
}

void tst_SequenceTimeline::locate()
{
    QFETCH(qint64, ms);
    QFETCH(int, index);
    QFETCH(qint64, offset);
    const SequenceTimeline timeline = threeShots();
    const SequencePosition pos = timeline.locate(ms);
    QCOMPARE(pos.index, index);
    QCOMPARE(pos.offsetMs, offset);
    QCOMPARE(timeline.toSequenceMs(pos.index, pos.offsetMs), std::clamp<qint64>(ms, 0, 16000));
}

void tst_SequenceTimeline::startsAndTotal()
{
    const SequenceTimeline timeline = threeShots();
    QCOMPARE(timeline.totalMs(), 16000);
    QCOMPARE(timeline.startMs(0), 0);
    QCOMPARE(timeline.startMs(1), 4000);
    QCOMPARE(timeline.startMs(2), 12000);
    QCOMPARE(timeline.endMs(2), 16000);
    QCOMPARE(timeline.indexOfShot(QStringLiteral("b")), 1);
    QCOMPARE(timeline.indexOfShot(QStringLiteral("zz")), -1);
}

void tst_SequenceTimeline::emptyTimeline()
{
    const SequenceTimeline timeline;
    QCOMPARE(timeline.totalMs(), 0);
    QCOMPARE(timeline.locate(100).index, -1);
}

void tst_SequenceTimeline::fromProject()
{
    QTemporaryDir media;
    QVERIFY2(media.isValid(), "temporary dir");
    QFile clip(media.filePath(QStringLiteral("clip.mp4")));
    QVERIFY2(clip.open(QIODevice::WriteOnly), "create clip file");
    clip.close();

    Project project;
    project.style.palette = {{QStringLiteral("teal"), QStringLiteral("#008080")}};
    auto makeShot = [](const QString &id, int seconds) {
        Shot shot;
        shot.id = id;
        shot.label = id.toUpper();
        shot.durationSeconds = seconds;
        return shot;
    };
    Shot ready = makeShot(QStringLiteral("ready"), 4);
    Take take;
    take.id = QStringLiteral("t1");
    take.status = TakeStatus::Ready;
    take.clipPath = QStringLiteral("clip.mp4");
    ready.takes.append(take);
    ready.circledTakeId = take.id;
    ready.palette = {{QStringLiteral("rust"), QStringLiteral("#b7410e")}};

    Shot noTake = makeShot(QStringLiteral("notake"), 8);

    Shot missing = makeShot(QStringLiteral("missing"), 12);
    take.id = QStringLiteral("t2");
    take.clipPath = QStringLiteral("gone.mp4");
    missing.takes.append(take);
    missing.circledTakeId = take.id;

    Shot escaping = makeShot(QStringLiteral("escaping"), 4);
    take.id = QStringLiteral("t3");
    take.clipPath = QStringLiteral("../outside.mp4");
    escaping.takes.append(take);
    escaping.circledTakeId = take.id;

    Shot queued = makeShot(QStringLiteral("queued"), 4);
    take.id = QStringLiteral("t4");
    take.clipPath.clear();
    take.status = TakeStatus::Queued;
    queued.takes.append(take);
    queued.circledTakeId = take.id;

    // Trimmed by the edit: plays its used part only, from its in point.
    Shot trimmed = makeShot(QStringLiteral("trimmed"), 8);
    take.id = QStringLiteral("t5");
    take.clipPath = QStringLiteral("clip.mp4");
    take.status = TakeStatus::Ready;
    take.seconds = 8;
    take.inMs = 1500;
    take.outMs = 4000;
    trimmed.takes.append(take);
    trimmed.circledTakeId = take.id;
    // Cut from the edit: not in the film.
    Shot cut = makeShot(QStringLiteral("cut"), 4);
    cut.cut = true;

    project.shots = {ready, noTake, missing, escaping, queued, trimmed, cut};

    const QString root = media.path();
    auto resolve = [root](const QString &rel) -> Result<QString> {
        if (rel.contains(QLatin1String(".."))) {
            Error error;
            error.message = QStringLiteral("refused: leaves the media folder");
            return error;
        }
        return root + QLatin1Char('/') + rel;
    };
    auto prompt = [](const Shot &shot) {
        return QStringLiteral("prompt of ") + shot.id;
    };
    const SequenceTimeline timeline = SequenceTimeline::fromProject(project, resolve, prompt);

    QCOMPARE(timeline.count(), 6);
    QCOMPARE(timeline.totalMs(), 32000 + 2500);
    QCOMPARE(timeline.indexOfShot(QStringLiteral("cut")), -1);
    QCOMPARE(timeline.at(5).durationMs, 2500);
    QCOMPARE(timeline.at(5).clipInMs, 1500);
    QCOMPARE(timeline.at(0).clipInMs, 0);

    // The playhead on the plan's timeline: the cut shot has its place there, the trimmed one
    // its full duration, crossed at the pace it plays.
    QCOMPARE(planSecondsAt(project, timeline, 0), 0.0);
    QCOMPARE(planSecondsAt(project, timeline, 5000), 5.0);
    const qint64 trimmedStart = timeline.startMs(5);
    QCOMPARE(planSecondsAt(project, timeline, trimmedStart), 32.0);
    QCOMPARE(planSecondsAt(project, timeline, trimmedStart + 1250), 36.0); // half of 8 s
    QVERIFY2(timeline.at(0).hasClip(), qPrintable(timeline.at(0).error));
    QCOMPARE(timeline.at(0).clipPath, media.filePath(QStringLiteral("clip.mp4")));
    QCOMPARE(timeline.at(0).takeId, QStringLiteral("t1"));
    QCOMPARE(timeline.at(0).palette.first().name, QStringLiteral("rust"));
    QCOMPARE(timeline.at(0).prompt, QStringLiteral("prompt of ready"));
    QCOMPARE(timeline.at(0).label, QStringLiteral("READY"));

    QVERIFY2(!timeline.at(1).hasClip(), "a shot without a take is a slate");
    QVERIFY2(timeline.at(1).error.isEmpty(), "no take is not an error");
    QCOMPARE(timeline.at(1).palette.first().name, QStringLiteral("teal"));

    QVERIFY2(!timeline.at(2).hasClip(), "missing file is a slate");
    QVERIFY2(timeline.at(2).error.contains(QLatin1String("gone.mp4")),
             qPrintable(timeline.at(2).error));
    QVERIFY2(timeline.at(3).error.contains(QLatin1String("refused")),
             qPrintable(timeline.at(3).error));
    QVERIFY2(timeline.at(4).error.contains(QLatin1String("queued")),
             qPrintable(timeline.at(4).error));
}

void tst_SequenceTimeline::promptExcerptCutsAtWord()
{
    QCOMPARE(promptExcerpt(QStringLiteral("short  text\n"), 40), QStringLiteral("short text"));
    const QString excerpt = promptExcerpt(QStringLiteral("alpha beta gamma delta epsilon"), 14);
    QCOMPARE(excerpt, QStringLiteral("alpha beta") + QChar(0x2026));
}

QTEST_GUILESS_MAIN(tst_SequenceTimeline)
#include "tst_sequencetimeline.moc"
