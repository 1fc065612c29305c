// SPDX-License-Identifier: MIT
#include "model/shotname.h"

#include <QTest>

using namespace ShotBrief;

class tst_ShotName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameIsTheLabelOrThePosition();
    void unlabelledNumbersFollowAReorder();
    void titles_data();
    void titles();
    void takeTitleIsItsPosition();
    void unlabelledTitleIsThePosition();
    void slateTitlesFit_data();
    void slateTitlesFit();
};

namespace {
Project threeShots()
{
    Project project;
    for (const char *label : {"", "Establishing", ""}) {
        Shot shot;
        shot.id = QString::fromLatin1(label).isEmpty()
                      ? QStringLiteral("id-%1").arg(project.shots.size())
                      : QString::fromLatin1(label);
        shot.label = QString::fromLatin1(label);
        project.shots << shot;
    }
    return project;
}
} // namespace

void tst_ShotName::nameIsTheLabelOrThePosition()
{
    const Project project = threeShots();
    QCOMPARE(shotName(project, 0), QStringLiteral("1"));
    QCOMPARE(shotName(project, 1), QStringLiteral("Establishing"));
    QCOMPARE(shotName(project, 2), QStringLiteral("3"));
    QCOMPARE(shotName(project, QStringLiteral("id-2")), QStringLiteral("3"));
    QCOMPARE(shotName(project, QStringLiteral("missing")), QString());
    QCOMPARE(shotName(project, 7), QString());
}

void tst_ShotName::unlabelledNumbersFollowAReorder()
{
    Project project = threeShots();
    project.shots.move(2, 0);
    QCOMPARE(shotName(project, QStringLiteral("id-2")), QStringLiteral("1"));
    QCOMPARE(shotName(project, QStringLiteral("id-0")), QStringLiteral("2"));
}

void tst_ShotName::titles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slate");
    QTest::newRow("number") << "12"
                            << "Shot 12"
                            << "SHOT 12";
    QTest::newRow("number with letter") << "3A"
                                        << "Shot 3A"
                                        << "SHOT 3A";
    QTest::newRow("words") << "Establishing"
                           << "“Establishing”"
                           << "Establishing";
    QTest::newRow("Chinese words") << "开场"
                                   << "“开场”"
                                   << "开场";
}

void tst_ShotName::titles()
{
    QFETCH(QString, name);
    QFETCH(QString, title);
    QFETCH(QString, slate);
    QCOMPARE(shotTitle(name, 4), title);
    QCOMPARE(slateTitle(name), slate);
}

void tst_ShotName::takeTitleIsItsPosition()
{
    Shot shot;
    for (const char *id : {"a", "b", "c"}) {
        Take take;
        take.id = QString::fromLatin1(id);
        shot.takes << take;
    }
    QCOMPARE(takeTitle(shot, QStringLiteral("c")), QStringLiteral("Take 3"));
    QCOMPARE(takeTitle(shot, QStringLiteral("zz")), QString());
}

void tst_ShotName::unlabelledTitleIsThePosition()
{
    QCOMPARE(shotTitle(QString(), 4), QStringLiteral("Shot 5"));
    QCOMPARE(shotTitle(QStringLiteral("  "), 0), QStringLiteral("Shot 1"));
    QCOMPARE(shotTitle(threeShots(), 1), QStringLiteral("“Establishing”"));
    QCOMPARE(shotTitle(threeShots(), QStringLiteral("id-2")), QStringLiteral("Shot 3"));
}

void tst_ShotName::slateTitlesFit_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<double>("columns");
    QTest::addColumn<QString>("fitted");
    QTest::newRow("fits") << "SHOT 3A" << 20.0 << "SHOT 3A";
    QTest::newRow("wraps at a space")
        << "Boat in the sweeping storm" << 14.0 << "Boat in the\nsweeping storm";
    QTest::newRow("ellipsis after two lines")
        << "Boat in the sweeping storm at the harbour mouth" << 14.0 << "Boat in the\nsweeping…";
    QTest::newRow("one long word")
        << "Abcdefghijklmnopqrstuvwxyz" << 10.0 << "Abcdefghij\nklmnopqrs…";
    QTest::newRow("CJK counts double") << "暴风雨中的渔船在港口" << 8.0 << "暴风雨中\n的渔船…";
}

void tst_ShotName::slateTitlesFit()
{
    QFETCH(QString, title);
    QFETCH(double, columns);
    QFETCH(QString, fitted);
    QCOMPARE(fitSlateTitle(title, columns), fitted);
}

QTEST_GUILESS_MAIN(tst_ShotName)
#include "tst_shotname.moc"
