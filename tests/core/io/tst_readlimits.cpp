// SPDX-License-Identifier: MIT
// The limits a project file is read under, on their own (tst_projectfile checks them through
// ProjectFile::parse with realistic and hostile files).
#include "io/projectfile.h"
#include "io/readlimits.h"

#include <QTest>

using namespace ShotBrief;

class tst_ReadLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structureProblemsHaveAPosition_data();
    void structureProblemsHaveAPosition();
    void tooManyObjectsForTheBudget();
    void shotCapacityIsThePrescanCount();
    void chargeStopsAtTheBudget();
    void lookupCost();
};

void tst_ReadLimits::structureProblemsHaveAPosition_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("nesting") << QByteArray("{\"a\":\n") + QByteArray(100, '[') << 2
                             << ProjectFile::MaxNestingDepth << "nested deeper than 64";
    QTest::newRow("long string") << QByteArray("{\"title\": \"") +
                                        QByteArray(ProjectFile::MaxStringBytes + 1, 'x') + "\"}"
                                 << 1 << 11 << "longer than 1024 KiB";
    QTest::newRow("column in characters")
        << QByteArray("{\"夜市\": ") + QByteArray(100, '[') << 1 << 7 + 64 << "nested";
}

void tst_ReadLimits::structureProblemsHaveAPosition()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    ReadLimits limits(bytes, QStringLiteral("p.shotbrief"));
    QVERIFY(!limits.checkSize());
    const std::optional<Error> problem = limits.checkStructure();
    QVERIFY2(problem, "refused before parsing");
    QCOMPARE(problem->file, QStringLiteral("p.shotbrief"));
    QVERIFY2(problem->message.contains(messagePart), qPrintable(problem->toString()));
    QCOMPARE(problem->line, line);
    QCOMPARE(problem->column, column);
}

void tst_ReadLimits::tooManyObjectsForTheBudget()
{
    // "{}" is two bytes, a Shot several hundred: a file of empty shots is refused unparsed.
    QByteArray bytes = "{\"schema\": 1, \"shots\": [{}";
    const QByteArray more(",{}");
    const int count = 2'000'000;
    bytes.reserve(bytes.size() + more.size() * count + 2);
    for (int i = 1; i < count; ++i)
        bytes += more;
    bytes += "]}";
    ReadLimits limits(bytes, QStringLiteral("p.shotbrief"));
    const std::optional<Error> problem = limits.checkStructure();
    QVERIFY2(problem, "refused before parsing");
    QVERIFY2(problem->message.contains(QLatin1String("memory")), qPrintable(problem->toString()));
    QVERIFY2(problem->message.contains(QString::number(count)), qPrintable(problem->toString()));
    QCOMPARE(problem->field, QStringLiteral("shots"));
}

void tst_ReadLimits::shotCapacityIsThePrescanCount()
{
    const QByteArray bytes = R"({"schema": 1, "shots": [{"id": "a", "takes": [{}, {}]},
        {"id": "b"}, {"id": "c", "x": {"shots": [{}, {}, {}, {}]}}]})";
    ReadLimits limits(bytes, QStringLiteral("p.shotbrief"));
    QCOMPARE(limits.shotCapacity(), 0);
    QVERIFY(!limits.checkStructure());
    QCOMPARE(limits.shotCapacity(), 3); // only the top-level "shots" counts
}

void tst_ReadLimits::chargeStopsAtTheBudget()
{
    const QByteArray bytes(1000, ' ');
    ReadLimits limits(bytes, QStringLiteral("p.shotbrief"));
    // The budget is 64 MiB plus six times the file.
    QVERIFY(limits.charge(64u * 1024 * 1024));
    QVERIFY(limits.charge(6000));
    QVERIFY(!limits.charge(1));
    QVERIFY2(limits.overBudgetMessage().contains(QLatin1String("64 MB")),
             qPrintable(limits.overBudgetMessage()));
    QVERIFY(ReadLimits::stringCost(10) > ReadLimits::stringCost(0));
}

void tst_ReadLimits::lookupCost()
{
    Project project;
    for (int i = 0; i < 2000; ++i)
        project.scenes.append(Scene{QStringLiteral("sc%1").arg(i), {}, {}, {}});
    for (int i = 0; i < 2000; ++i) {
        Shot shot;
        shot.id = QStringLiteral("s%1").arg(i);
        shot.sceneId = QStringLiteral("sc1999");
        project.shots.append(shot);
    }
    const ReadLimits limits(QByteArrayView(), QStringLiteral("p.shotbrief"));
    QVERIFY2(!limits.checkLookups(project), "four million look-ups are fine");
    for (int i = 2000; i < 60000; ++i) {
        Shot shot;
        shot.id = QStringLiteral("s%1").arg(i);
        shot.sceneId = QStringLiteral("sc1999");
        project.shots.append(shot);
    }
    const std::optional<Error> problem = limits.checkLookups(project);
    QVERIFY2(problem, "120 million are not");
    QVERIFY2(problem->message.contains(QLatin1String("120000000")),
             qPrintable(problem->toString()));
}

QTEST_GUILESS_MAIN(tst_ReadLimits)
#include "tst_readlimits.moc"
