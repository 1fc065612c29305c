// SPDX-License-Identifier: MIT
#include "phrasematcher.h"

#include <QTest>

using namespace ShotBrief;

class tst_PhraseMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void caseSensitiveNames();
    void offsetsSurviveCaseFolding();
    void tokensSplitAtCjk();
};

namespace {

QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

} // namespace

void tst_PhraseMatcher::find_data()
{
    QTest::addColumn<QStringList>("phrases");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // matched texts, in order

    const QStringList vague = utf8List({"nice", "beautiful", "high quality", "美丽", "美しい"});
    QTest::newRow("whole word") << vague << "A nice day." << QStringList{"nice"};
    QTest::newRow("not inside Venice") << vague << "Venice, niceties, nicer." << QStringList{};
    QTest::newRow("case-insensitive")
        << vague << "BEAUTIFUL, Nice" << QStringList{"BEAUTIFUL", "Nice"};
    QTest::newRow("two-word phrase")
        << vague << "in high   quality" << QStringList{"high   quality"};
    QTest::newRow("phrase split by punctuation") << vague << "high. Quality" << QStringList{};
    QTest::newRow("phrase needs its last word") << vague << "high qualities" << QStringList{};
    QTest::newRow("Chinese anywhere")
        << vague << utf8List({"一条美丽的街"}).first() << utf8List({"美丽"});
    QTest::newRow("Japanese anywhere")
        << vague << utf8List({"美しい夜"}).first() << utf8List({"美しい"});
    QTest::newRow("Latin next to CJK")
        << vague << utf8List({"很nice的街道"}).first() << QStringList{"nice"};
    QTest::newRow("mixed order") << vague << utf8List({"nice 美丽 beautiful"}).first()
                                 << utf8List({"nice", "美丽", "beautiful"});
    const QStringList names = utf8List({"Spider-Man", "Beyoncé", "Pokémon"});
    QTest::newRow("hyphen or space")
        << names << "spider man and Spider-Man" << QStringList{"spider man", "Spider-Man"};
    QTest::newRow("accented end") << names << "Beyoncé sings" << utf8List({"Beyoncé"});
    QTest::newRow("accented middle") << names << "a POKÉMON card" << utf8List({"POKÉMON"});
    QTest::newRow("accented word is longer") << names << "Beyoncés" << QStringList{};
    QTest::newRow("empty list") << QStringList{} << "anything" << QStringList{};
}

void tst_PhraseMatcher::find()
{
    QFETCH(QStringList, phrases);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const PhraseMatcher matcher(phrases, Qt::CaseInsensitive);
    const TokenizedText tokens(text);
    QStringList found;
    for (const PhraseMatcher::Hit &hit : matcher.find(tokens)) {
        QVERIFY2(hit.phrase >= 0 && hit.phrase < phrases.size(), "phrase index out of range");
        found << text.mid(hit.start, hit.length);
    }
    QCOMPARE(found, expected);
}

void tst_PhraseMatcher::caseSensitiveNames()
{
    const PhraseMatcher matcher(QStringList{"Rose", "Ken"}, Qt::CaseSensitive);
    const QString text = QStringLiteral("a rose for Rose; ken and Ken");
    QList<int> phrases;
    for (const PhraseMatcher::Hit &hit : matcher.find(TokenizedText(text)))
        phrases << hit.phrase;
    QCOMPARE(phrases, (QList<int>{0, 1}));
}

void tst_PhraseMatcher::offsetsSurviveCaseFolding()
{
    // Upper-case non-ASCII letters fold one for one, so hit offsets index the original text.
    const QString text = QString::fromUtf8("ÀÉÎ ÖÜ Nice");
    const PhraseMatcher matcher(QStringList{"nice"}, Qt::CaseInsensitive);
    const QList<PhraseMatcher::Hit> hits = matcher.find(TokenizedText(text));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(text.mid(hits.first().start, hits.first().length), QStringLiteral("Nice"));
}

void tst_PhraseMatcher::tokensSplitAtCjk()
{
    const TokenizedText tokens(QString::fromUtf8("abc美def ghi"));
    QVERIFY(tokens.hasCjk());
    QCOMPARE(tokens.tokens().size(), 3);
    QVERIFY(!TokenizedText(QStringLiteral("plain text")).hasCjk());
}

QTEST_GUILESS_MAIN(tst_PhraseMatcher)
#include "tst_phrasematcher.moc"
