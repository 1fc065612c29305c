// SPDX-License-Identifier: MIT
#include "testproject.h"

#include "export/shotselection.h"

#include <QTest>

using namespace ShotBrief;

class tst_ShotSelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void select_data();
    void select();
};

void tst_ShotSelection::select_data()
{
    // Shots are labelled 1A..6A; scene-market holds 1-3, scene-bar 4-6.
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("scene");
    QTest::addColumn<QList<int>>("expected"); // 1-based positions; empty: an error
    QTest::newRow("all") << QString() << QString() << QList<int>{1, 2, 3, 4, 5, 6};
    QTest::newRow("positions") << QStringLiteral("1-3") << QString() << QList<int>{1, 2, 3};
    QTest::newRow("list") << QStringLiteral("5, 2") << QString() << QList<int>{2, 5};
    QTest::newRow("labels") << QStringLiteral("2A-4A") << QString() << QList<int>{2, 3, 4};
    QTest::newRow("reversed") << QStringLiteral("4-2") << QString() << QList<int>{2, 3, 4};
    QTest::newRow("open-end") << QStringLiteral("5-") << QString() << QList<int>{5, 6};
    QTest::newRow("open-start") << QStringLiteral("-2") << QString() << QList<int>{1, 2};
    QTest::newRow("label-case") << QStringLiteral("3a") << QString() << QList<int>{3};
    QTest::newRow("scene-title") << QString() << QStringLiteral("int. noodle bar - night")
                                 << QList<int>{4, 5, 6};
    QTest::newRow("scene-id") << QString() << QStringLiteral("scene-market") << QList<int>{1, 2, 3};
    QTest::newRow("range-and-scene")
        << QStringLiteral("2-5") << QStringLiteral("scene-bar") << QList<int>{4, 5};
    QTest::newRow("unknown-shot") << QStringLiteral("9Z") << QString() << QList<int>{};
    QTest::newRow("out-of-range") << QStringLiteral("7") << QString() << QList<int>{};
    QTest::newRow("unknown-scene") << QString() << QStringLiteral("nowhere") << QList<int>{};
    QTest::newRow("empty-intersection")
        << QStringLiteral("1") << QStringLiteral("scene-bar") << QList<int>{};
}

void tst_ShotSelection::select()
{
    QFETCH(QString, range);
    QFETCH(QString, scene);
    QFETCH(QList<int>, expected);
    const Project project = TestProject::make(6);
    const Result<QStringList> ids = selectShotIds(project, range, scene);
    if (expected.isEmpty()) {
        QVERIFY2(!ids.hasValue(), "expected an error");
        QVERIFY2(!ids.error().message.isEmpty(), "the error says nothing");
        return;
    }
    QVERIFY2(ids.hasValue(), qPrintable(ids ? QString() : ids.error().message));
    QStringList expectedIds;
    for (int position : expected)
        expectedIds.append(project.shots.at(position - 1).id);
    QCOMPARE(ids.value(), expectedIds);
}

QTEST_GUILESS_MAIN(tst_ShotSelection)
#include "tst_shotselection.moc"
