// SPDX-License-Identifier: MIT
#include "preview/promptdelta.h"

#include <QTest>

using namespace ShotBrief;

class tst_PromptDelta : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delta_data();
    void delta();
    void summary();
};

void tst_PromptDelta::delta_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("removed");
    QTest::newRow("same") << "a wide shot at night"
                          << "a  wide shot at night\n"
                          << QStringList() << QStringList();
    QTest::newRow("word replaced")
        << "a wide shot at night"
        << "a close shot at night" << QStringList{"close"} << QStringList{"wide"};
    QTest::newRow("phrase added") << "rain on the street"
                                  << "heavy rain on the wet street" << QStringList{"heavy", "wet"}
                                  << QStringList();
    QTest::newRow("run removed") << "slow dolly in, teal and rust palette"
                                 << "teal palette" << QStringList()
                                 << QStringList{"slow dolly in,", "and rust"};
    QTest::newRow("from empty") << ""
                                << "new prompt" << QStringList{"new prompt"} << QStringList();
    QTest::newRow("cjk words") << "夜市 雨 霓虹"
                               << "夜市 霓虹 人群" << QStringList{"人群"} << QStringList{"雨"};
}

void tst_PromptDelta::delta()
{
    QFETCH(QString, reference);
    QFETCH(QString, other);
    QFETCH(QStringList, added);
    QFETCH(QStringList, removed);
    const PromptDelta d = promptDelta(reference, other);
    QCOMPARE(d.added, added);
    QCOMPARE(d.removed, removed);
}

void tst_PromptDelta::summary()
{
    QCOMPARE(promptDelta(QStringLiteral("a b"), QStringLiteral("a b")).summary(),
             QStringLiteral("same prompt"));
    const QString s =
        promptDelta(QStringLiteral("a wide shot"), QStringLiteral("a close shot")).summary();
    QCOMPARE(s, QStringLiteral("+ close; \u2212 wide"));
    QVERIFY2(promptDelta(QString(), QString(500, QLatin1Char('x'))).summary(50).size() == 50,
             "summary is cut");
}

QTEST_GUILESS_MAIN(tst_PromptDelta)
#include "tst_promptdelta.moc"
