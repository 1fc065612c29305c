// SPDX-License-Identifier: MIT
#include "io/filekeys.h"
#include "model/shotfield.h"

#include <QTest>

#include <algorithm>

using namespace ShotBrief;

class tst_ShotField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAreTheFileKeysInFileOrder();
    void everyFieldHasAName();
    void keysRoundTrip();
    void pathNames_data();
    void pathNames();
};

void tst_ShotField::keysAreTheFileKeysInFileOrder()
{
    // The table's keys are the project file's (filekeys.h), in the same order: one field is
    // spelled one way in the file, in --json and in the table.
    qsizetype previous = -1;
    for (const ShotFieldInfo &info : shotFields()) {
        const auto found =
            std::find(FileKeys::shotKeys.begin(), FileKeys::shotKeys.end(), info.key);
        QVERIFY2(found != FileKeys::shotKeys.end(), info.key.data());
        const qsizetype position = found - FileKeys::shotKeys.begin();
        QVERIFY2(position > previous, info.key.data());
        previous = position;
    }
}

void tst_ShotField::everyFieldHasAName()
{
    for (const ShotFieldInfo &info : shotFields()) {
        const QString name = shotFieldName(info.field);
        QVERIFY2(!name.isEmpty(), info.key.data());
        QVERIFY2(!name.contains(QLatin1Char('_')), qPrintable(name));
        QVERIFY2(!shotFieldFormLabel(info.field).isEmpty(), info.key.data());
        QVERIFY2(!shotFieldSectionTitle(info.section).isEmpty(), info.key.data());
    }
}

void tst_ShotField::keysRoundTrip()
{
    for (const ShotFieldInfo &info : shotFields())
        QCOMPARE(shotFieldFromKey(shotFieldKey(info.field)), info.field);
    QCOMPARE(shotFieldFromKey(u"action_beats[3]"), ShotField::ActionBeats);
    QVERIFY(!shotFieldFromKey(u"no_such_field"));
    QVERIFY(!shotFieldFromKey(u"format.model"));
    QCOMPARE(shotFieldPathIndex(u"palette[4]"), 4);
    QCOMPARE(shotFieldPathIndex(u"palette"), -1);
}

void tst_ShotField::pathNames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("scene_prose") << QStringLiteral("Scene description");
    QTest::newRow("beat") << QStringLiteral("action_beats[2]") << QStringLiteral("Action beat 3");
    QTest::newRow("colour") << QStringLiteral("palette[0]") << QStringLiteral("Palette colour 1");
    QTest::newRow("line") << QStringLiteral("dialogue[1].line")
                          << QStringLiteral("Dialogue line 2");
    QTest::newRow("speaker") << QStringLiteral("dialogue[0].speaker")
                             << QStringLiteral("Dialogue line 1, speaker");
    QTest::newRow("unknown-kept") << QStringLiteral("whatever") << QStringLiteral("whatever");
}

void tst_ShotField::pathNames()
{
    QFETCH(QString, path);
    QFETCH(QString, name);
    QCOMPARE(shotFieldPathName(path), name);
}

QTEST_GUILESS_MAIN(tst_ShotField)
#include "tst_shotfield.moc"
