// SPDX-License-Identifier: MIT
// The conform planner on cuts built in code: how clips are matched (and how far each clue is
// trusted), what becomes of shots left out, repeated and foreign clips, the refusals, the
// options, leaving a change out, applying as one undo step, and the report.

#include "conformfixture.h"

#include "conform/conformapply.h"
#include "conform/conformplan.h"
#include "conform/conformreport.h"
#include "document/projectdocument.h"
#include "io/projectfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;
using namespace ShotBrief::ConformTest;

class tst_ConformPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void matchedByEachClue_data();
    void matchedByEachClue();
    void unchangedCutChangesNothing();
    void repeatedShotIsLeftOut();
    void foreignClipsListedThenImported();
    void foreignClipWithoutMediaRefusedWhenImporting();
    void refusals_data();
    void refusals();
    void restoreAndFitLength();
    void gapIsClosedWithANote();
    void changeLeftOutIsNotApplied();
    void report();

private:
    /// The exported cut of the project as planned: every shot once, whole takes.
    EditedCut plannedCut() const;
    CutClip clipOf(int shot, const QString &takeId, qint64 in, qint64 out, qint64 record) const;

    Fixture m_fixture;
    ProjectDocument m_document;
};

void tst_ConformPlan::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.make(&error), qPrintable(error));
}

void tst_ConformPlan::init()
{
    QVERIFY(m_document.load(m_fixture.projectPath));
}

CutClip tst_ConformPlan::clipOf(int shot, const QString &takeId, qint64 in, qint64 out,
                                qint64 record) const
{
    CutClip clip;
    clip.location = QStringLiteral("clip %1").arg(shot + 1);
    clip.name = m_fixture.project.shots.at(shot).label;
    clip.sourceIn = in;
    clip.sourceOut = out;
    clip.recordIn = record;
    if (takeId.isEmpty()) {
        clip.isSlate = true;
        clip.notes = {clipIdentityTag({m_fixture.project.shots.at(shot).id, {}})};
    } else {
        clip.mediaPath = m_fixture.clipOf(takeId);
    }
    return clip;
}

EditedCut tst_ConformPlan::plannedCut() const
{
    EditedCut cut;
    cut.fileName = m_fixture.dir.filePath(QStringLiteral("cut.otio"));
    qint64 record = 0;
    for (int i = 0; i < m_fixture.project.shots.size(); ++i) {
        const Shot &shot = m_fixture.project.shots.at(i);
        const qint64 frames = shot.durationSeconds * 24;
        cut.clips.append(clipOf(i, shot.circledTakeId, 0, frames, record));
        record += frames;
    }
    return cut;
}

void tst_ConformPlan::matchedByEachClue_data()
{
    QTest::addColumn<QString>("clue");
    QTest::addColumn<bool>("weak");
    QTest::newRow("media file in the media folder") << "media" << false;
    QTest::newRow("media file named after the take, elsewhere") << "moved" << false;
    QTest::newRow("metadata") << "metadata" << false;
    QTest::newRow("identity tag in a comment") << "tag" << false;
    QTest::newRow("EDL reel") << "reel" << false;
    QTest::newRow("clip name only") << "label" << true;
}

void tst_ConformPlan::matchedByEachClue()
{
    QFETCH(QString, clue);
    QFETCH(bool, weak);
    // Shot 2 is in the cut as take b, known by one clue only; no other clue is left.
    EditedCut cut = plannedCut();
    CutClip &clip = cut.clips[1];
    clip.mediaPath.clear();
    clip.name.clear();
    const QString take = QStringLiteral("take-2-b");
    if (clue == QLatin1String("media"))
        clip.mediaPath = m_fixture.clipOf(take);
    else if (clue == QLatin1String("moved"))
        clip.mediaPath = QStringLiteral("/elsewhere/renders/%1.mp4").arg(take).toUpper();
    else if (clue == QLatin1String("metadata"))
        clip.metadata = {QStringLiteral("shot-2"), take};
    else if (clue == QLatin1String("tag"))
        clip.notes = {QStringLiteral("SHOTBRIEF SHOT=SHOT-2 TAKE=TAKE-2-B")};
    else if (clue == QLatin1String("reel"))
        clip.reel = reelNameForTake(take);
    else
        clip.name = QStringLiteral("2A");
    const Result<ConformPlan> plan =
        planConform(m_document.project(), m_document.filePath(), cut, {});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->clipsMatched, 5);
    QVERIFY(plan->unmatched.isEmpty());
    if (weak) {
        // By name the shot is known but not the take: it stays, with a note.
        QVERIFY(!plan->hasChanges());
        QVERIFY2(plan->notes.join(QLatin1Char('\n')).contains(QLatin1String("by its name only")),
                 qPrintable(plan->notes.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(plan->changes.size(), 1);
        QCOMPARE(plan->changes.first().kind, ConformChangeKind::Circle);
        QCOMPARE(plan->changes.first().takeId, take);
        QCOMPARE(plan->changes.first().fromTakeId, QStringLiteral("take-2-a"));
    }
}

void tst_ConformPlan::unchangedCutChangesNothing()
{
    const Result<ConformPlan> plan =
        planConform(m_document.project(), m_document.filePath(), plannedCut(), {});
    QVERIFY(plan);
    QVERIFY(!plan->hasChanges());
    QCOMPARE(plan->order, shotOrder(m_fixture.project));
    const Result<int> applied = applyConformPlan(&m_document, *plan);
    QVERIFY(applied);
    QCOMPARE(*applied, 0);
    QCOMPARE(m_document.undoStack()->count(), 0); // no empty undo step
}

void tst_ConformPlan::repeatedShotIsLeftOut()
{
    EditedCut cut = plannedCut();
    CutClip again = cut.clips.at(0);
    again.location = QStringLiteral("clip 6");
    again.recordIn = cut.clips.last().recordOut();
    cut.clips.append(again);
    const Result<ConformPlan> plan =
        planConform(m_document.project(), m_document.filePath(), cut, {});
    QVERIFY(plan);
    QCOMPARE(plan->unmatched.size(), 1);
    QVERIFY2(plan->unmatched.first().reason.contains(QLatin1String("already in the cut")),
             qPrintable(plan->unmatched.first().reason));
    QVERIFY(!plan->hasChanges());
}

void tst_ConformPlan::foreignClipsListedThenImported()
{
    const QString broll = m_fixture.dir.filePath(QStringLiteral("b-roll.mp4"));
    QVERIFY(QFile::copy(m_fixture.clipOf(QStringLiteral("take-1-a")), broll));
    EditedCut cut = plannedCut();
    CutClip foreign;
    foreign.location = QStringLiteral("clip 2");
    foreign.name = QStringLiteral("B-roll lanterns");
    foreign.mediaPath = broll;
    foreign.sourceIn = 24;
    foreign.sourceOut = 72;
    foreign.recordIn = cut.clips.at(0).recordOut();
    cut.clips.insert(1, foreign);
    for (int i = 2; i < cut.clips.size(); ++i)
        cut.clips[i].recordIn += 48;

    // Without the option: listed, nothing else changes.
    const Result<ConformPlan> listed =
        planConform(m_document.project(), m_document.filePath(), cut, {});
    QVERIFY(listed);
    QCOMPARE(listed->unmatched.size(), 1);
    QVERIFY(listed->unmatched.first().foreign);
    QVERIFY(listed->unmatched.first().mediaFound);
    QVERIFY(!listed->hasChanges());

    // With it: a new shot after shot 1 holding the clip, copied into the media folder.
    ConformOptions options;
    options.importForeignClips = true;
    const Result<ConformPlan> plan =
        planConform(m_document.project(), m_document.filePath(), cut, options);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->imports.size(), 1);
    const Result<int> applied = applyConformPlan(&m_document, *plan);
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    const Project &project = m_document.project();
    QCOMPARE(project.shots.size(), 6);
    const Shot &imported = project.shots.at(1);
    QCOMPARE(imported.label, QStringLiteral("B-roll lanterns"));
    QCOMPARE(imported.takes.size(), 1);
    const Take &take = imported.takes.first();
    QCOMPARE(take.kind, TakeKind::Import);
    QCOMPARE(take.status, TakeStatus::Ready);
    QCOMPARE(imported.circledTakeId, take.id);
    QCOMPARE(QPair(take.inMs, take.outMs), QPair(1000, 3000));
    QCOMPARE(imported.playLengthMs(), 2000);
    QCOMPARE(take.clipPath, QStringLiteral("clips/import-b-roll.mp4"));
    const Result<QString> copied =
        ProjectFile::resolveMediaPath(m_document.filePath(), take.clipPath);
    QVERIFY(copied && QFile::exists(*copied));
    QCOMPARE(m_document.undoStack()->count(), 1);
    m_document.undoStack()->undo();
    QCOMPARE(m_document.project(), m_fixture.project);
}

void tst_ConformPlan::foreignClipWithoutMediaRefusedWhenImporting()
{
    EditedCut cut = plannedCut();
    CutClip foreign;
    foreign.location = QStringLiteral("clip 6");
    foreign.name = QStringLiteral("Missing.mov");
    foreign.mediaPath = QStringLiteral("/nowhere/Missing.mov");
    foreign.sourceOut = 24;
    foreign.recordIn = cut.clips.last().recordOut();
    cut.clips.append(foreign);
    const Result<ConformPlan> listed =
        planConform(m_document.project(), m_document.filePath(), cut, {});
    QVERIFY(listed);
    QVERIFY(!listed->unmatched.first().mediaFound);
    QVERIFY(listed->unmatched.first().reason.contains(QLatin1String("/nowhere/Missing.mov")));
    ConformOptions options;
    options.importForeignClips = true;
    const Result<ConformPlan> refused =
        planConform(m_document.project(), m_document.filePath(), cut, options);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("/nowhere/Missing.mov")) &&
                 refused.error().message.contains(QLatin1String("relink")),
             qPrintable(refused.error().toString()));
}

void tst_ConformPlan::refusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("another project") << "other"
                                     << "another ShotBrief project";
    QTest::newRow("nothing from ShotBrief") << "foreign"
                                            << "no clip of this edit list";
    QTest::newRow("25 fps") << "fps"
                            << "runs at 25 fps";
}

void tst_ConformPlan::refusals()
{
    QFETCH(QString, kind);
    QFETCH(QString, messagePart);
    EditedCut cut = plannedCut();
    for (CutClip &clip : cut.clips) {
        if (kind == QLatin1String("other")) {
            clip.mediaPath.clear();
            clip.metadata = {QStringLiteral("someone-else"), QStringLiteral("their-take")};
        } else if (kind == QLatin1String("foreign")) {
            clip.mediaPath = QStringLiteral("/media/footage.mov");
            clip.notes.clear();
            clip.isSlate = false;
            clip.name = QStringLiteral("footage");
        }
    }
    if (kind == QLatin1String("fps"))
        cut.fps = 25;
    const Result<ConformPlan> plan =
        planConform(m_document.project(), m_document.filePath(), cut, {});
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(messagePart), qPrintable(plan.error().toString()));
    QCOMPARE(plan.error().file, cut.fileName);
}

void tst_ConformPlan::restoreAndFitLength()
{
    m_document.setShotsCut({QStringLiteral("shot-2")}, true);
    m_document.undoStack()->clear();
    EditedCut cut = plannedCut();
    cut.clips[0].sourceOut = 58; // 2.42 s of shot 1
    ConformOptions options;
    options.fitLengthToCut = true;
    const Result<ConformPlan> plan =
        planConform(m_document.project(), m_document.filePath(), cut, options);
    QVERIFY(plan);
    QStringList kinds;
    for (const ConformChange &change : plan->changes)
        kinds.append(conformChangeKindKey(change.kind) + QLatin1Char(':') + change.shotLabel);
    QCOMPARE(kinds, (QStringList{QStringLiteral("trim:1A"), QStringLiteral("fit_length:1A"),
                                 QStringLiteral("restore:2A")}));
    QVERIFY(applyConformPlan(&m_document, *plan));
    const Shot *first = m_document.project().shotById(QStringLiteral("shot-1"));
    QCOMPARE(first->durationSeconds, 3); // 2.42 s rounded up
    QCOMPARE(first->playLengthMs(), 2417);
    QVERIFY(!m_document.project().shotById(QStringLiteral("shot-2"))->cut);
}

void tst_ConformPlan::gapIsClosedWithANote()
{
    EditedCut cut = plannedCut();
    for (int i = 2; i < cut.clips.size(); ++i)
        cut.clips[i].recordIn += 12;
    const Result<ConformPlan> plan =
        planConform(m_document.project(), m_document.filePath(), cut, {});
    QVERIFY(plan);
    QVERIFY(!plan->hasChanges());
    QVERIFY2(plan->notes.join(QLatin1Char('\n')).contains(QLatin1String("A gap of 12 frames")),
             qPrintable(plan->notes.join(QLatin1Char('\n'))));
}

void tst_ConformPlan::changeLeftOutIsNotApplied()
{
    EditedCut cut = plannedCut();
    cut.clips.removeAt(3); // the slate of shot 4: Kdenlive drops it
    cut.clips.move(0, 2);  // and shot 1 moves after shot 3
    Result<ConformPlan> plan = planConform(m_document.project(), m_document.filePath(), cut, {});
    QVERIFY(plan);
    QCOMPARE(plan->changes.size(), 2); // order, cut shot 4
    for (ConformChange &change : plan->changes) {
        if (change.kind == ConformChangeKind::Cut)
            change.enabled = false; // the user keeps shot 4
    }
    QVERIFY(applyConformPlan(&m_document, *plan));
    QVERIFY(!m_document.project().shotById(QStringLiteral("shot-4"))->cut);
    QCOMPARE(
        shotOrder(m_document.project()),
        (QStringList{QStringLiteral("shot-2"), QStringLiteral("shot-3"), QStringLiteral("shot-4"),
                     QStringLiteral("shot-1"), QStringLiteral("shot-5")}));
}

void tst_ConformPlan::report()
{
    EditedCut cut = plannedCut();
    cut.clips.removeAt(1);
    cut.clips[1].sourceIn = 24; // shot 3 starts a second later
    CutClip foreign;
    foreign.location = QStringLiteral("clip 9");
    foreign.name = QStringLiteral("stock.mov");
    foreign.mediaPath = QStringLiteral("/media/stock.mov");
    foreign.sourceOut = 10;
    foreign.recordIn = 100000;
    cut.clips.append(foreign);
    const Result<ConformPlan> plan =
        planConform(m_document.project(), m_document.filePath(), cut, {});
    QVERIFY(plan);
    const QString text = conformReportText(*plan, false);
    QVERIFY2(text.contains(QLatin1String("4 of 5 clips matched")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Would change (2):")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Shot 2A is not in the cut")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("clip 9 \"stock.mov\": not from ShotBrief")),
             qPrintable(text));
    QJsonParseError error;
    const QJsonObject json =
        QJsonDocument::fromJson(conformReportJson(*plan, true), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("matched")).toInt(), 4);
    const QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("trim"));
    QCOMPARE(changes.at(0).toObject().value(QStringLiteral("in_ms")).toInt(), 1000);
    QCOMPARE(changes.at(1).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("cut"));
    QCOMPARE(json.value(QStringLiteral("unmatched")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(tst_ConformPlan)
#include "tst_conformplan.moc"
