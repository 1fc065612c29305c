// SPDX-License-Identifier: MIT
#include "testproject.h"

#include "document/projectdocument.h"
#include "document/shotlistmodel.h"
#include "io/projectfile.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <type_traits>

using namespace ShotBrief;

// Only undo commands reach the mutators: a view cannot make the key they ask for, so it cannot
// change the project behind the undo stack.
static_assert(!std::is_default_constructible_v<MutatorKey>);
static_assert(!std::is_invocable_v<decltype(&ProjectDocument::doSetTitle), ProjectDocument &,
                                   const QString &>);
static_assert(
    !std::is_invocable_v<decltype(&ProjectDocument::doRemoveShot), ProjectDocument &, int>);

class tst_ProjectDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomEditsUndoRedo_data();
    void randomEditsUndoRedo();
    void typingMergesPerField();
    void differentFieldsDoNotMerge();
    void typingBurstEndsWhenTheFocusMoves();
    void undoTextNamesFieldAndShotInWords_data();
    void undoTextNamesFieldAndShotInWords();
    void moveShots_data();
    void moveShots();
    void splitShot_data();
    void splitShot();
    void duplicateAndDelete();
    void circleTake();
    void reviewsAreOneUndoStepAndSurviveBriefEdits();
    void cutAndRestore();
    void trimTake();
    void reorderShots();
    void generationUpdatesAreNotUndoable();
    void persistGenerationWritesOnlyWhenClean();
    void editUndoKeepsGeneratedTakes();
    void dirtyStateFollowsUndoStack();
    void readOnlyRefusesSave();
    void saveAsClearsReadOnly();
    void saveAndReload();
    void untitledSaveNeedsPath();

private:
    static void randomEdit(ProjectDocument &document, QRandomGenerator &random);
};

void tst_ProjectDocument::randomEdit(ProjectDocument &document, QRandomGenerator &random)
{
    const Project &project = document.project();
    const int count = int(project.shots.size());
    const auto anyShot = [&]() -> const Shot & {
        return project.shots.at(random.bounded(count));
    };
    const int op = count == 0 ? 3 : random.bounded(17);
    switch (op) {
    case 0: { // typing into the prose
        Shot shot = anyShot();
        shot.sceneProse += QStringLiteral(" word%1").arg(random.bounded(100));
        document.editShot(shot.id, shot, ShotField::SceneProse);
        break;
    }
    case 1: {
        const Shot &shot = anyShot();
        const int durations[] = {4, 8, 12};
        document.setShotDuration(shot.id, durations[random.bounded(3)]);
        break;
    }
    case 2: {
        const Shot &shot = anyShot();
        Palette palette = shot.palette;
        palette.append({QStringLiteral("c%1").arg(random.bounded(50)), QStringLiteral("#123456")});
        if (palette.size() > 5)
            palette.removeFirst();
        document.setShotPalette(shot.id, palette);
        break;
    }
    case 3:
        document.insertNewShot(count == 0 ? -1 : random.bounded(count));
        break;
    case 4:
        if (count > 1)
            document.removeShots({anyShot().id});
        break;
    case 5:
        document.duplicateShots({anyShot().id});
        break;
    case 6: {
        QStringList ids{anyShot().id, anyShot().id};
        document.moveShots(ids, random.bounded(count));
        break;
    }
    case 7: {
        const Shot &shot = anyShot();
        if (shot.durationSeconds == 12)
            document.splitShot(shot.id, {4, 8}, {0, 1, 1});
        else if (shot.durationSeconds == 8)
            document.splitShot(shot.id, {4, 4}, {0, 0, 1});
        break;
    }
    case 8: {
        const Shot &shot = anyShot();
        if (!shot.takes.isEmpty())
            document.circleTake(shot.id, shot.takes.at(random.bounded(int(shot.takes.size()))).id);
        break;
    }
    case 9: {
        StyleBible style = project.style;
        style.mood += QStringLiteral("x");
        document.setStyleBible(style, QStringLiteral("mood"));
        break;
    }
    case 10: {
        QList<CastMember> cast = project.cast;
        CastMember member;
        member.id = newId();
        member.name = QStringLiteral("Extra %1").arg(random.bounded(10));
        cast.append(member);
        document.setCast(cast);
        break;
    }
    case 11:
        document.setTitle(project.title + QStringLiteral("!"));
        break;
    case 12: {
        Shot shot = anyShot();
        shot.actionBeats.append(QStringLiteral("beat %1").arg(random.bounded(9)));
        shot.framing = FramingTerm::fromText(QStringLiteral("close-up"));
        document.editShot(shot.id, shot, ShotField::ActionBeats, false);
        break;
    }
    case 13: {
        FormatDefaults format = project.format;
        format.model = random.bounded(2) ? QStringLiteral("sora-2-pro") : QStringLiteral("sora-2");
        document.setProjectSettings(format, project.spendingCapUsd + 5.0);
        break;
    }
    case 14: {
        const Shot &shot = anyShot();
        document.setShotsCut({shot.id, anyShot().id}, !shot.cut);
        break;
    }
    case 15: {
        const Shot &shot = anyShot();
        if (!shot.takes.isEmpty()) {
            const int inMs = random.bounded(2000);
            document.setTakeTrim(shot.id, shot.takes.at(random.bounded(int(shot.takes.size()))).id,
                                 inMs, random.bounded(2) ? 0 : inMs + 1 + random.bounded(3000));
        }
        break;
    }
    case 16: {
        QStringList order;
        for (const Shot &shot : project.shots)
            order.append(shot.id);
        for (int i = int(order.size()) - 1; i > 0; --i)
            order.swapItemsAt(i, random.bounded(i + 1));
        QVERIFY(document.reorderShots(order));
        break;
    }
    }
}

void tst_ProjectDocument::randomEditsUndoRedo_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("edits");
    QTest::newRow("seed-1-short") << 1u << 20;
    QTest::newRow("seed-7") << 7u << 80;
    QTest::newRow("seed-42") << 42u << 150;
    QTest::newRow("seed-2026-long") << 2026u << 300;
}

void tst_ProjectDocument::randomEditsUndoRedo()
{
    QFETCH(quint32, seed);
    QFETCH(int, edits);
    ProjectDocument document;
    const Project original = TestData::sampleProject(6);
    document.resetProject(original);
    QRandomGenerator random(seed);
    for (int i = 0; i < edits; ++i)
        randomEdit(document, random);
    const Project edited = document.project();
    QVERIFY2(edited != original, "the random edits changed nothing");
    QVERIFY(document.isModified());

    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QVERIFY2(document.project() == original, "undo all did not restore the original project");
    QVERIFY(!document.isModified());

    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    QVERIFY2(document.project() == edited, "redo all did not restore the edited project");
}

void tst_ProjectDocument::typingMergesPerField()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2));
    Shot shot = document.project().shots.at(0);
    for (const QChar c : QStringLiteral("rain")) {
        shot.sceneProse += c;
        document.editShot(shot.id, shot, ShotField::SceneProse);
    }
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.project().shots.at(0).sceneProse,
             TestData::sampleProject(2).shots.at(0).sceneProse);
}

void tst_ProjectDocument::differentFieldsDoNotMerge()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2));
    Shot shot = document.project().shots.at(0);
    shot.sceneProse += QStringLiteral("x");
    document.editShot(shot.id, shot, ShotField::SceneProse);
    shot.mood = QStringLiteral("tense");
    document.editShot(shot.id, shot, ShotField::Mood);
    Shot other = document.project().shots.at(1);
    other.mood = QStringLiteral("tense");
    document.editShot(other.id, other, ShotField::Mood);
    QCOMPARE(document.undoStack()->count(), 3);
}

void tst_ProjectDocument::typingBurstEndsWhenTheFocusMoves()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2));
    Shot shot = document.project().shots.at(0);
    shot.mood = QStringLiteral("te");
    document.editShot(shot.id, shot, ShotField::Mood);
    shot.mood = QStringLiteral("tense");
    document.editShot(shot.id, shot, ShotField::Mood);
    QCOMPARE(document.undoStack()->count(), 1);
    // The user left the field and came back: a new burst is a new step.
    document.endTypingBurst();
    shot.mood = QStringLiteral("tense, wet");
    document.editShot(shot.id, shot, ShotField::Mood);
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.project().shots.at(0).mood, QStringLiteral("tense"));
}

void tst_ProjectDocument::undoTextNamesFieldAndShotInWords_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("field");
    QTest::addColumn<QStringList>("typed");
    QTest::addColumn<QString>("undoText");
    QTest::newRow("prose-of-numbered-shot")
        << QStringLiteral("1A") << int(ShotField::SceneProse) << QStringList{QStringLiteral("x")}
        << QStringLiteral("Edit Scene description of Shot 1A");
    QTest::newRow("beats") << QStringLiteral("12") << int(ShotField::ActionBeats)
                           << QStringList{QStringLiteral("x")}
                           << QStringLiteral("Edit Action beats of Shot 12");
    // Typing a label: the step is named after the label before the edit, not half a word.
    QTest::newRow("typing-a-label")
        << QStringLiteral("3") << int(ShotField::Label)
        << QStringList{QStringLiteral("M"), QStringLiteral("Ma"), QStringLiteral("Mar")}
        << QStringLiteral("Edit Label of Shot 3");
    QTest::newRow("unlabelled-shot-by-number")
        << QString() << int(ShotField::Mood) << QStringList{QStringLiteral("x")}
        << QStringLiteral("Edit Mood of Shot 2");
    QTest::newRow("word-label-quoted")
        << QStringLiteral("Establishing") << int(ShotField::LensStyle)
        << QStringList{QStringLiteral("x")} << QStringLiteral("Edit Lens/style of “Establishing”");
}

void tst_ProjectDocument::undoTextNamesFieldAndShotInWords()
{
    QFETCH(QString, label);
    QFETCH(int, field);
    QFETCH(QStringList, typed);
    QFETCH(QString, undoText);
    ProjectDocument document;
    Project project = TestData::sampleProject(3);
    project.shots[1].label = label;
    document.resetProject(project);
    Shot shot = document.project().shots.at(1);
    for (const QString &text : std::as_const(typed)) {
        switch (ShotField(field)) {
        case ShotField::Label:
            shot.label = text;
            break;
        case ShotField::SceneProse:
            shot.sceneProse += text;
            break;
        case ShotField::ActionBeats:
            shot.actionBeats.append(text);
            break;
        case ShotField::Mood:
            shot.mood += text;
            break;
        case ShotField::LensStyle:
            shot.lensStyle += text;
            break;
        default:
            QFAIL("no such row");
        }
        document.editShot(shot.id, shot, ShotField(field));
    }
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), undoText);
    // No file key anywhere a person reads it.
    QVERIFY2(!undoText.contains(QLatin1Char('_')), qPrintable(undoText));
}

void tst_ProjectDocument::moveShots_data()
{
    QTest::addColumn<QStringList>("moving");
    QTest::addColumn<int>("target");
    QTest::addColumn<QStringList>("expected");
    const auto ids = [](std::initializer_list<int> numbers) {
        QStringList list;
        for (int n : numbers)
            list.append(QStringLiteral("shot-%1").arg(n));
        return list;
    };
    QTest::newRow("first-to-end") << ids({0}) << 4 << ids({1, 2, 3, 4, 0});
    QTest::newRow("last-to-front") << ids({4}) << 0 << ids({4, 0, 1, 2, 3});
    QTest::newRow("two-apart-to-middle") << ids({0, 3}) << 1 << ids({1, 0, 3, 2, 4});
    QTest::newRow("order-kept") << ids({3, 1}) << 0 << ids({1, 3, 0, 2, 4});
    QTest::newRow("no-op") << ids({2}) << 2 << ids({0, 1, 2, 3, 4});
}

void tst_ProjectDocument::moveShots()
{
    QFETCH(QStringList, moving);
    QFETCH(int, target);
    QFETCH(QStringList, expected);
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(5));
    document.moveShots(moving, target);
    QStringList order;
    for (const Shot &shot : document.project().shots)
        order.append(shot.id);
    QCOMPARE(order, expected);
    QStringList before;
    for (const Shot &shot : TestData::sampleProject(5).shots)
        before.append(shot.id);
    QCOMPARE(document.undoStack()->count(), expected == before ? 0 : 1);
}

void tst_ProjectDocument::splitShot_data()
{
    QTest::addColumn<int>("duration");
    QTest::addColumn<QList<int>>("parts");
    QTest::addColumn<QList<int>>("beatPart");
    QTest::addColumn<QList<int>>("beatsPerPart");
    QTest::newRow("12-into-4-8") << 12 << QList<int>{4, 8} << QList<int>{0, 1, 1}
                                 << QList<int>{1, 2};
    QTest::newRow("12-into-4-4-4")
        << 12 << QList<int>{4, 4, 4} << QList<int>{0, 1, 2} << QList<int>{1, 1, 1};
    QTest::newRow("8-into-4-4-all-first")
        << 8 << QList<int>{4, 4} << QList<int>{0, 0, 0} << QList<int>{3, 0};
}

void tst_ProjectDocument::splitShot()
{
    QFETCH(int, duration);
    QFETCH(QList<int>, parts);
    QFETCH(QList<int>, beatPart);
    QFETCH(QList<int>, beatsPerPart);
    ProjectDocument document;
    Project project = TestData::sampleProject(3);
    project.shots[1].durationSeconds = duration;
    project.shots[1].referenceImage = QStringLiteral("refs/start.png");
    project.shots[1].lastFrame = QStringLiteral("refs/end.png");
    document.resetProject(project);
    const int totalBefore = document.project().totalDurationSeconds();
    const QStringList ids = document.splitShot(QStringLiteral("shot-1"), parts, beatPart);
    QCOMPARE(ids.size(), parts.size());
    QCOMPARE(ids.first(), QStringLiteral("shot-1"));
    QCOMPARE(document.project().shots.size(), 3 + parts.size() - 1);
    QCOMPARE(document.project().totalDurationSeconds(), totalBefore);
    for (int p = 0; p < parts.size(); ++p) {
        const Shot &part = document.project().shots.at(1 + p);
        QCOMPARE(part.id, ids.at(p));
        QCOMPARE(part.durationSeconds, parts.at(p));
        QCOMPARE(part.actionBeats.size(), beatsPerPart.at(p));
        // One continuous action: the first part keeps the first frame, the last part the last
        // frame, and every later part begins where the one before it ends.
        QCOMPARE(part.referenceImage, p == 0 ? QStringLiteral("refs/start.png") : QString());
        QCOMPARE(part.lastFrame,
                 p == parts.size() - 1 ? QStringLiteral("refs/end.png") : QString());
        QCOMPARE(part.chainPrevious, p > 0);
        // Shot 2 splits into 2A, 2B ... (not "2a", not "2themb").
        QCOMPARE(part.label, QStringLiteral("2") + QChar(u'A' + p));
    }
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Split Shot 2"));
    QCOMPARE(document.project().shots.at(1).takes.size(), 2); // the first part keeps takes
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY2(document.project() == project, "undoing a split did not restore the shot");
}

void tst_ProjectDocument::duplicateAndDelete()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(3));
    QSignalSpy inserted(&document, &ProjectDocument::shotInserted);
    const QStringList copies =
        document.duplicateShots({QStringLiteral("shot-0"), QStringLiteral("shot-2")});
    QCOMPARE(copies.size(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(document.project().shots.size(), 5);
    QCOMPARE(document.project().shots.at(1).id, copies.at(0));
    QVERIFY(document.project().shots.at(1).takes.isEmpty());
    QCOMPARE(document.project().shots.at(4).id, copies.at(1));
    document.removeShots(copies);
    QVERIFY2(document.project() == TestData::sampleProject(3), "delete of copies left a trace");
    QCOMPARE(document.undoStack()->count(), 2);
}

void tst_ProjectDocument::circleTake()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2));
    QSignalSpy takeChanged(&document, &ProjectDocument::takeChanged);
    document.circleTake(QStringLiteral("shot-1"), QStringLiteral("take-1-b"));
    QCOMPARE(document.project().shots.at(1).circledTakeId, QStringLiteral("take-1-b"));
    QCOMPARE(takeChanged.count(), 1);
    document.circleTake(QStringLiteral("shot-1"), QStringLiteral("no-such-take"));
    QCOMPARE(document.project().shots.at(1).circledTakeId, QStringLiteral("take-1-b"));
    document.undoStack()->undo();
    QVERIFY(document.project().shots.at(1).circledTakeId.isEmpty());
}

void tst_ProjectDocument::reviewsAreOneUndoStepAndSurviveBriefEdits()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(3));
    const Review ana{QStringLiteral("Ana"), ReviewDecision::ChangesRequested,
                     QStringLiteral("slower"), QStringLiteral("take-1-b"),
                     QDateTime(QDate(2026, 9, 21), QTime(8, 0), Qt::UTC)};
    const Review bo{QStringLiteral("Bo"), ReviewDecision::Approved, {}, {}, {}};
    QSignalSpy shotChanged(&document, &ProjectDocument::shotChanged);
    const int stepsBefore = document.undoStack()->count();
    QVERIFY(document.setShotReviews({{QStringLiteral("shot-1"), {ana, bo}},
                                     {QStringLiteral("shot-2"), {bo}},
                                     {QStringLiteral("no-such-shot"), {bo}}},
                                    QStringLiteral("Import reviews")));
    QCOMPARE(document.undoStack()->count(), stepsBefore + 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Import reviews"));
    QCOMPARE(document.project().shots.at(1).reviews, (QList<Review>{ana, bo}));
    QCOMPARE(document.project().shots.at(2).reviews, QList<Review>{bo});
    QCOMPARE(shotChanged.count(), 2);
    // The same lists again change nothing and push nothing.
    QVERIFY(!document.setShotReviews({{QStringLiteral("shot-2"), {bo}}}, QStringLiteral("x")));
    QCOMPARE(document.undoStack()->count(), stepsBefore + 1);

    // A brief edit made from a copy without the reviews keeps them, and so does its undo.
    Shot edited = document.project().shots.at(1);
    edited.reviews.clear();
    edited.mood = QStringLiteral("tense");
    document.editShot(edited.id, edited, ShotField::Mood, false);
    QCOMPARE(document.project().shots.at(1).reviews.size(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.project().shots.at(1).reviews.size(), 2);
    // A duplicate was not reviewed.
    const QStringList copies = document.duplicateShots({QStringLiteral("shot-1")});
    QVERIFY(document.project().shotById(copies.value(0))->reviews.isEmpty());
    document.undoStack()->undo();

    document.undoStack()->undo(); // The import, in one step.
    QVERIFY(document.project().shots.at(1).reviews.isEmpty());
    QVERIFY(document.project().shots.at(2).reviews.isEmpty());
    document.undoStack()->redo();
    QCOMPARE(document.project().shots.at(2).reviews, QList<Review>{bo});
}

void tst_ProjectDocument::cutAndRestore()
{
    ProjectDocument document;
    const Project original = TestData::sampleProject(3);
    document.resetProject(original);
    QSignalSpy shotChanged(&document, &ProjectDocument::shotChanged);
    document.setShotsCut({QStringLiteral("shot-0"), QStringLiteral("shot-2")}, true);
    QVERIFY(document.project().shots.at(0).cut);
    QVERIFY(!document.project().shots.at(1).cut);
    QVERIFY(document.project().shots.at(2).cut);
    QCOMPARE(shotChanged.count(), 2);
    QCOMPARE(document.undoStack()->count(), 1); // two shots, one undo step
    // Cutting what is already cut changes nothing and adds no step.
    document.setShotsCut({QStringLiteral("shot-0")}, true);
    QCOMPARE(document.undoStack()->count(), 1);
    document.setShotsCut({QStringLiteral("shot-2")}, false);
    QVERIFY(!document.project().shots.at(2).cut);
    QCOMPARE(document.undoStack()->text(1), QStringLiteral("Restore Shot 3"));
    document.undoStack()->undo();
    QVERIFY(document.project().shots.at(2).cut);
    document.undoStack()->undo();
    QVERIFY2(document.project() == original, "undo left a cut mark");
}

void tst_ProjectDocument::trimTake()
{
    ProjectDocument document;
    const Project original = TestData::sampleProject(2);
    document.resetProject(original);
    const QString shotId = QStringLiteral("shot-1");
    const QString takeId = QStringLiteral("take-1-b");
    QSignalSpy takeChanged(&document, &ProjectDocument::takeChanged);
    document.setTakeTrim(shotId, takeId, 500, 3250);
    const Take *take = document.project().shots.at(1).takeById(takeId);
    QVERIFY(take);
    QCOMPARE(take->inMs, 500);
    QCOMPARE(take->outMs, 3250);
    QVERIFY(take->isTrimmed());
    QCOMPARE(take->usedLengthMs(), 2750);
    QCOMPARE(takeChanged.count(), 1);
    // Refused: out before in, negative, unknown take; none adds an undo step.
    document.setTakeTrim(shotId, takeId, 3000, 2000);
    document.setTakeTrim(shotId, takeId, -1, 0);
    document.setTakeTrim(shotId, QStringLiteral("no-such-take"), 0, 1000);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY2(document.project() == original, "undo left a trim");
    document.undoStack()->redo();
    QCOMPARE(document.project().shots.at(1).takeById(takeId)->outMs, 3250);
}

void tst_ProjectDocument::reorderShots()
{
    ProjectDocument document;
    const Project original = TestData::sampleProject(5);
    document.resetProject(original);
    QAbstractItemModelTester tester(document.shotListModel());
    const QStringList order{QStringLiteral("shot-3"), QStringLiteral("shot-0"),
                            QStringLiteral("shot-4"), QStringLiteral("shot-2"),
                            QStringLiteral("shot-1")};
    QVERIFY(document.reorderShots(order, QStringLiteral("Conform")));
    QStringList now;
    for (const Shot &shot : document.project().shots)
        now.append(shot.id);
    QCOMPARE(now, order);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->text(0), QStringLiteral("Conform"));
    // Not a permutation of the shots: refused, nothing changes.
    QVERIFY(!document.reorderShots(order.mid(1)));
    QVERIFY(!document.reorderShots(
        QStringList(order).replaceInStrings(QStringLiteral("shot-1"), QStringLiteral("shot-9"))));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY2(document.project() == original, "undo did not restore the order");
}

void tst_ProjectDocument::generationUpdatesAreNotUndoable()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2));
    QSignalSpy takeChanged(&document, &ProjectDocument::takeChanged);
    QSignalSpy modelChanged(document.shotListModel(), &QAbstractItemModel::dataChanged);
    Take take;
    take.id = QStringLiteral("new-take");
    take.status = TakeStatus::InProgress;
    take.progress = 40;
    QVERIFY(document.updateTakeFromGeneration(QStringLiteral("shot-0"), take));
    take.progress = 80;
    QVERIFY(document.updateTakeFromGeneration(QStringLiteral("shot-0"), take));
    QVERIFY(!document.updateTakeFromGeneration(QStringLiteral("missing"), take));
    QCOMPARE(document.project().shots.at(0).takes.size(), 3);
    QCOMPARE(document.project().shots.at(0).takes.at(2).progress, 80);
    QCOMPARE(takeChanged.count(), 2);
    QCOMPARE(modelChanged.count(), 2);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.undoStack()->canUndo());
    QVERIFY2(document.isModified(), "unsaved takes must be offered for saving");
    QVERIFY(document.hasUnsavedGeneration());
    QVERIFY(document.needsAutosave());
}

void tst_ProjectDocument::persistGenerationWritesOnlyWhenClean()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gen.shotbrief"));
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2), path);
    QVERIFY(document.saveAs(path));
    Take take;
    take.id = QStringLiteral("g1");
    take.status = TakeStatus::Queued;
    document.updateTakeFromGeneration(QStringLiteral("shot-0"), take);
    QVERIFY(document.persistGeneration());
    QVERIFY2(!document.isModified(), "a clean project with a persisted take is not modified");
    Result<LoadedProject> onDisk = ProjectFile::load(path);
    QVERIFY(onDisk);
    QVERIFY(onDisk->project.shots.at(0).takeById(QStringLiteral("g1")));

    // With a user edit pending, the take is not written to the file (that would save the
    // edit behind the user's back).
    document.setTitle(QStringLiteral("Edited"));
    take.status = TakeStatus::Ready;
    document.updateTakeFromGeneration(QStringLiteral("shot-0"), take);
    QVERIFY(document.persistGeneration());
    onDisk = ProjectFile::load(path);
    QVERIFY(onDisk);
    QCOMPARE(onDisk->project.shots.at(0).takeById(QStringLiteral("g1"))->status,
             TakeStatus::Queued);
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QVERIFY2(document.isModified(), "the unsaved take still needs saving after the undo");
    QVERIFY(document.save());
    QVERIFY(!document.isModified());
}

void tst_ProjectDocument::editUndoKeepsGeneratedTakes()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2));
    Shot shot = document.project().shots.at(0);
    shot.mood = QStringLiteral("tense");
    document.editShot(shot.id, shot, ShotField::Mood);
    Take take;
    take.id = QStringLiteral("generated");
    take.status = TakeStatus::Ready;
    document.updateTakeFromGeneration(shot.id, take);
    document.undoStack()->undo();
    QVERIFY(document.project().shots.at(0).mood.isEmpty());
    QVERIFY2(document.project().shots.at(0).takeById(QStringLiteral("generated")),
             "undoing a field edit dropped a take that generation had added");
}

void tst_ProjectDocument::dirtyStateFollowsUndoStack()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2));
    QSignalSpy modified(&document, &ProjectDocument::modifiedChanged);
    document.setTitle(QStringLiteral("Other"));
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(modified.last().at(0).toBool(), false);
}

void tst_ProjectDocument::readOnlyRefusesSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.shotbrief"));
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(1), path, true, QStringLiteral("schema 9"));
    document.setTitle(QStringLiteral("changed"));
    const Result<void> saved = document.save();
    QVERIFY2(!saved, "a read-only project was saved over its file");
    QVERIFY(!QFile::exists(path));
    QVERIFY(document.isModified());
}

void tst_ProjectDocument::saveAsClearsReadOnly()
{
    QTemporaryDir dir;
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(1), dir.filePath(QStringLiteral("a.shotbrief")),
                          true, QStringLiteral("schema 9"));
    QSignalSpy readOnly(&document, &ProjectDocument::readOnlyChanged);
    const QString copy = dir.filePath(QStringLiteral("copy.shotbrief"));
    const Result<void> saved = document.saveAs(copy);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QVERIFY(!document.isReadOnly());
    QCOMPARE(readOnly.count(), 1);
    QCOMPARE(document.filePath(), QFileInfo(copy).absoluteFilePath());
}

void tst_ProjectDocument::saveAndReload()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("night.shotbrief"));
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(3), path);
    document.setShotDuration(QStringLiteral("shot-0"), 12);
    QVERIFY(document.isModified());
    const Result<void> saved = document.save();
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QVERIFY(!document.isModified());
    document.setShotDuration(QStringLiteral("shot-0"), 4);
    const Result<void> reverted = document.revert();
    QVERIFY2(reverted, qPrintable(reverted ? QString() : reverted.error().toString()));
    QCOMPARE(document.project().shots.at(0).durationSeconds, 12);
    QVERIFY(!document.isModified());
    QCOMPARE(document.undoStack()->count(), 0);
}

void tst_ProjectDocument::untitledSaveNeedsPath()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(1));
    QVERIFY(!document.save());
    QCOMPARE(document.displayName(), QStringLiteral("Night Market"));
}

QTEST_GUILESS_MAIN(tst_ProjectDocument)
#include "tst_projectdocument.moc"
