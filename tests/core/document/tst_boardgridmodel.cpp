// SPDX-License-Identifier: MIT
#include "testproject.h"

#include "document/boardgridmodel.h"
#include "document/projectdocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;

class tst_BoardGridModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsFollowTheScenes();
    void panelsSayWhatTheShotIs();
    void editsKeepTheModelConsistent();
    void oneShotEditChangesOnePanel();
    void thousandsOfShots();
};

namespace {

QList<BoardGridModel::Group> groups(std::initializer_list<std::pair<int, int>> list)
{
    QList<BoardGridModel::Group> out;
    for (const auto &[first, count] : list)
        out.append({first, count});
    return out;
}

} // namespace

void tst_BoardGridModel::groupsFollowTheScenes()
{
    ProjectDocument document;
    Project project = TestData::sampleProject(6);    // s1 s1 s1 s2 s2 s2
    project.shots[5].sceneId = QStringLiteral("s1"); // the sequence returns to the market
    project.shots[1].sceneId.clear();
    document.resetProject(project);
    BoardGridModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.groups(), groups({{0, 1}, {1, 1}, {2, 1}, {3, 2}, {5, 1}}));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("EXT. MARKET - NIGHT"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("No scene"));
    QCOMPARE(model.index(3, 0).data(BoardGridModel::ShotCountRole).toInt(), 2);
    QCOMPARE(model.index(3, 0).data(BoardGridModel::DurationRole).toInt(),
             project.shots[3].durationSeconds + project.shots[4].durationSeconds);
    const QModelIndex fifth = model.indexForShotRow(4);
    QCOMPARE(fifth.parent().row(), 3);
    QCOMPARE(fifth.row(), 1);
    QCOMPARE(fifth.data(BoardGridModel::ShotRowRole).toInt(), 4);
    QCOMPARE(model.groupOfShot(5), 4);
    QCOMPARE(model.groupOfShot(6), -1);
}

void tst_BoardGridModel::panelsSayWhatTheShotIs()
{
    ProjectDocument document;
    Project project = TestData::sampleProject(2);
    project.shots[0].label = QStringLiteral("1A");
    project.shots[0].angle = Angle::Low;
    project.shots[0].movement = Movement::DollyIn;
    project.shots[0].dialogue = {{QStringLiteral("Mei"), QStringLiteral("Still\nopen?")},
                                 {QString(), QStringLiteral("(thunder)")}};
    project.shots[1].label.clear();
    document.resetProject(project);
    BoardGridModel model(&document);
    const QModelIndex first = model.indexForShotRow(0);
    QCOMPARE(first.data().toString(), QStringLiteral("Shot 1A"));
    QCOMPARE(first.data(BoardGridModel::NameRole).toString(), QStringLiteral("1A"));
    QCOMPARE(first.data(BoardGridModel::CameraRole).toString(),
             QStringLiteral("wide shot · low angle · slow dolly in"));
    QCOMPARE(first.data(BoardGridModel::DialogueRole).toString(),
             QStringLiteral("MEI: Still open? / (thunder)"));
    QCOMPARE(first.data(BoardGridModel::ActionRole).toString(),
             QStringLiteral("Mei takes four steps; pauses; looks up"));
    QCOMPARE(first.data(BoardGridModel::DurationRole).toInt(), 4);
    QCOMPARE(first.data(BoardGridModel::HasBoardRole).toBool(), false);
    QCOMPARE(model.indexForShotRow(1).data(BoardGridModel::NameRole).toString(),
             QStringLiteral("2"));
}

void tst_BoardGridModel::editsKeepTheModelConsistent()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(6));
    BoardGridModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = document.project().shots.at(0).id;
    document.moveShots({id}, 4); // into the second scene's run
    QCOMPARE(model.groups(), groups({{0, 2}, {2, 2}, {4, 1}, {5, 1}}));
    document.duplicateShots({document.project().shots.at(1).id});
    document.removeShots({document.project().shots.at(0).id});
    Shot moved = document.project().shots.at(3);
    moved.sceneId = QStringLiteral("s2");
    document.editShot(moved.id, moved, ShotField::Scene);
    document.setScenes({});
    document.insertNewShot(-1);
    document.splitShot(document.project().shots.at(2).id, {4, 4}, {0, 1, 1});
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(model.groups(), groups({{0, 3}, {3, 3}}));
    document.resetProject(Project());
    QCOMPARE(model.rowCount(), 0);
}

void tst_BoardGridModel::oneShotEditChangesOnePanel()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(4));
    BoardGridModel model(&document);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    Board board;
    board.width = 10;
    board.height = 10;
    board.notes = {BoardNote{QPointF(1, 1), QStringLiteral("x"), 0xff000000, 10}};
    document.setBoard(document.project().shots.at(3).id, board, QStringLiteral("Draw"));
    QCOMPARE(resets.size(), 0);
    QVERIFY(changes.size() >= 1);
    QCOMPARE(changes.first().at(0).value<QModelIndex>(), model.indexForShotRow(3));
    QVERIFY(model.indexForShotRow(3).data(BoardGridModel::HasBoardRole).toBool());
    Shot edited = document.project().shots.at(3);
    edited.mood = QStringLiteral("tense");
    document.editShot(edited.id, edited, ShotField::Mood);
    QCOMPARE(resets.size(), 0);
}

void tst_BoardGridModel::thousandsOfShots()
{
    ProjectDocument document;
    Project project = TestData::sampleProject(5000);
    for (int i = 0; i < project.shots.size(); ++i)
        project.shots[i].sceneId = (i / 7) % 2 ? QStringLiteral("s2") : QStringLiteral("s1");
    document.resetProject(project);
    BoardGridModel model(&document);
    QCOMPARE(model.rowCount(), 715);
    QCOMPARE(model.indexForShotRow(4999).data(BoardGridModel::ShotRowRole).toInt(), 4999);
    QCOMPARE(model.groupOfShot(3500), 500);
}

QTEST_GUILESS_MAIN(tst_BoardGridModel)
#include "tst_boardgridmodel.moc"
