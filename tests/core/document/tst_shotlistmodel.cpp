// SPDX-License-Identifier: MIT
#include "testproject.h"

#include "document/projectdocument.h"
#include "document/shotlistmodel.h"
#include "model/shotname.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;

class tst_ShotListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesFollowProject_data();
    void rolesFollowProject();
    void testerSurvivesEveryEdit();
    void moveSignalsRows();
    void durationChangeUpdatesLaterStarts();
    void selectionOfShotIds();
    void unlabelledShotsAreNumberedByPlace();
};

void tst_ShotListModel::rolesFollowProject_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("id") << 1 << int(ShotListModel::IdRole) << QVariant(QStringLiteral("shot-1"));
    QTest::newRow("label") << 2 << int(ShotListModel::LabelRole) << QVariant(QStringLiteral("3"));
    QTest::newRow("duration") << 1 << int(ShotListModel::DurationRole) << QVariant(8);
    QTest::newRow("start-of-third") << 2 << int(ShotListModel::StartSecondsRole) << QVariant(12);
    QTest::newRow("scene-title") << 3 << int(ShotListModel::SceneTitleRole)
                                 << QVariant(QStringLiteral("INT. NOODLE BAR - NIGHT"));
    QTest::newRow("circled-status")
        << 0 << int(ShotListModel::CircledTakeStatusRole) << QVariant(QStringLiteral("ready"));
    QTest::newRow("no-circled") << 1 << int(ShotListModel::CircledTakeStatusRole)
                                << QVariant(QString());
    QTest::newRow("takes") << 0 << int(ShotListModel::TakeCountRole) << QVariant(2);
    QTest::newRow("model-default")
        << 0 << int(ShotListModel::ModelRole) << QVariant(QStringLiteral("sora-2"));
}

void tst_ShotListModel::rolesFollowProject()
{
    QFETCH(int, row);
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(5));
    ShotListModel *model = document.shotListModel();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->data(model->index(row), role), expected);
}

void tst_ShotListModel::testerSurvivesEveryEdit()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(4));
    QAbstractItemModelTester tester(document.shotListModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    document.insertNewShot(1);
    document.duplicateShots({QStringLiteral("shot-0"), QStringLiteral("shot-3")});
    document.moveShots({QStringLiteral("shot-3")}, 0);
    document.moveShots({QStringLiteral("shot-0")}, 5);
    document.splitShot(QStringLiteral("shot-2"), {4, 4, 4}, {0, 1, 2});
    document.setShotDuration(QStringLiteral("shot-1"), 4);
    document.removeShots({QStringLiteral("shot-1"), QStringLiteral("shot-2")});
    Take take;
    take.id = QStringLiteral("t");
    document.updateTakeFromGeneration(QStringLiteral("shot-0"), take);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    document.resetProject(TestData::sampleProject(2));
    QCOMPARE(document.shotListModel()->rowCount(), 2);
}

void tst_ShotListModel::moveSignalsRows()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(4));
    ShotListModel *model = document.shotListModel();
    QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
    QPersistentModelIndex tracked = model->index(0);
    document.moveShots({QStringLiteral("shot-0")}, 3);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(tracked.row(), 3);
    QCOMPARE(model->data(model->index(3), ShotListModel::IdRole).toString(),
             QStringLiteral("shot-0"));
}

void tst_ShotListModel::durationChangeUpdatesLaterStarts()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(4));
    ShotListModel *model = document.shotListModel();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    document.setShotDuration(QStringLiteral("shot-1"), 12);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 3);
    QCOMPARE(model->data(model->index(2), ShotListModel::StartSecondsRole).toInt(), 16);
}

void tst_ShotListModel::selectionOfShotIds()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(5));
    const ShotListModel *model = document.shotListModel();
    const QItemSelection selection = model->selectionOf(
        {QStringLiteral("shot-3"), QStringLiteral("gone"), QStringLiteral("shot-0")});
    QList<int> rows;
    for (const QModelIndex &index : selection.indexes())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, (QList<int>{0, 3}));
    QVERIFY(model->selectionOf({}).isEmpty());
}

void tst_ShotListModel::unlabelledShotsAreNumberedByPlace()
{
    // One numbering rule (model/shotname.h): a new shot has no label and is called by its
    // place, which follows a reorder; a label is kept as the user typed it.
    ProjectDocument document;
    Project project = TestData::sampleProject(3);
    for (Shot &shot : project.shots)
        shot.label.clear();
    project.shots[2].label = QStringLiteral("Establishing");
    document.resetProject(project);
    const QString added = document.insertNewShot(0); // second place
    QCOMPARE(document.project().shotById(added)->label, QString());
    const auto names = [&document] {
        QStringList list;
        for (int row = 0; row < document.project().shots.size(); ++row)
            list << shotName(document.project(), row);
        return list;
    };
    QCOMPARE(names(), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                   QStringLiteral("Establishing")}));
    document.moveShots({QStringLiteral("shot-1")}, 0);
    QCOMPARE(document.project().shots.first().id, QStringLiteral("shot-1"));
    QCOMPARE(names(), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                   QStringLiteral("Establishing")}));
    const QStringList copies = document.duplicateShots({QStringLiteral("shot-1")});
    QCOMPARE(document.project().shotById(copies.first())->label, QString());
}

QTEST_GUILESS_MAIN(tst_ShotListModel)
#include "tst_shotlistmodel.moc"
