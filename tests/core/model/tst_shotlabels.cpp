// SPDX-License-Identifier: MIT
#include "model/shotlabels.h"

#include <QTest>

using namespace ShotBrief;

class tst_ShotLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitLabels_data();
    void splitLabels();
    void copiedLabels_data();
    void copiedLabels();
};

void tst_ShotLabels::splitLabels_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("parts");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("number-gets-letters")
        << QStringLiteral("3") << 2 << QStringList{QStringLiteral("1"), QStringLiteral("4")}
        << QStringList{QStringLiteral("3A"), QStringLiteral("3B")};
    QTest::newRow("three-parts") << QStringLiteral("12") << 3 << QStringList{}
                                 << QStringList{QStringLiteral("12A"), QStringLiteral("12B"),
                                                QStringLiteral("12C")};
    QTest::newRow("lettered-gets-another-letter")
        << QStringLiteral("3a") << 2 << QStringList{}
        << QStringList{QStringLiteral("3AA"), QStringLiteral("3AB")};
    QTest::newRow("skips-taken-letters")
        << QStringLiteral("3") << 2 << QStringList{QStringLiteral("3a")}
        << QStringList{QStringLiteral("3B"), QStringLiteral("3C")};
    QTest::newRow("words-get-parts")
        << QStringLiteral("Establishing the market") << 2 << QStringList{}
        << QStringList{QStringLiteral("Establishing the market (1/2)"),
                       QStringLiteral("Establishing the market (2/2)")};
    QTest::newRow("empty-stays-empty")
        << QString() << 2 << QStringList{} << QStringList{QString(), QString()};
}

void tst_ShotLabels::splitLabels()
{
    QFETCH(QString, label);
    QFETCH(int, parts);
    QFETCH(QStringList, taken);
    QFETCH(QStringList, expected);
    QCOMPARE(splitShotLabels(label, parts, taken), expected);
}

void tst_ShotLabels::copiedLabels_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("number") << QStringLiteral("4") << QStringList{QStringLiteral("4")}
                            << QStringLiteral("4A");
    QTest::newRow("next-free-letter")
        << QStringLiteral("4") << QStringList{QStringLiteral("4"), QStringLiteral("4A")}
        << QStringLiteral("4B");
    QTest::newRow("words") << QStringLiteral("Insert") << QStringList{QStringLiteral("Insert")}
                           << QStringLiteral("Insert (2)");
    QTest::newRow("words-next-free")
        << QStringLiteral("Insert")
        << QStringList{QStringLiteral("Insert"), QStringLiteral("Insert (2)")}
        << QStringLiteral("Insert (3)");
    QTest::newRow("empty") << QString() << QStringList{} << QString();
}

void tst_ShotLabels::copiedLabels()
{
    QFETCH(QString, label);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    QCOMPARE(copiedShotLabel(label, taken), expected);
}

QTEST_GUILESS_MAIN(tst_ShotLabels)
#include "tst_shotlabels.moc"
