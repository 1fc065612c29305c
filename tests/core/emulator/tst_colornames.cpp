// SPDX-License-Identifier: MIT
#include "model/colornames.h"

#include <QTest>

using namespace ShotBrief;

class tst_ColorNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rgbFor_data();
    void rgbFor();
    void unknownNamesAreStableAndDistinct();
    void paletteFromPrompt_data();
    void paletteFromPrompt();
};

void tst_ColorNames::rgbFor_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<uint>("rgb");
    QTest::newRow("css teal") << "teal" << 0xff008080u;
    QTest::newRow("css case and spaces") << "  Teal " << 0xff008080u;
    QTest::newRow("film sand") << "sand" << 0xffc2b280u;
    QTest::newRow("film rust") << "rust" << 0xffb7410eu;
    QTest::newRow("film amber") << "amber" << 0xffffbf00u;
    QTest::newRow("two words") << "neon pink" << 0xffff6ec7u;
    QTest::newRow("adjective falls back") << "deep teal" << 0xff008080u;
    QTest::newRow("css joined") << "sky blue" << 0xff87ceebu;
    QTest::newRow("hex wins") << "brand red #123456" << 0xff123456u;
    QTest::newRow("short hex") << "#abc" << 0xffaabbccu;
    QTest::newRow("chinese") << QStringLiteral("红") << 0xffff0000u;
}

void tst_ColorNames::rgbFor()
{
    QFETCH(QString, name);
    QFETCH(uint, rgb);
    QCOMPARE(ColorNames::rgbFor(name), quint32(rgb));
}

void tst_ColorNames::unknownNamesAreStableAndDistinct()
{
    QVERIFY(!ColorNames::isKnown(QStringLiteral("zorblax")));
    QVERIFY(ColorNames::isKnown(QStringLiteral("teal")));
    const quint32 a = ColorNames::rgbFor(QStringLiteral("zorblax"));
    QCOMPARE(ColorNames::rgbFor(QStringLiteral("Zorblax")), a);
    QVERIFY(ColorNames::rgbFor(QStringLiteral("quuxish")) != a);
    QCOMPARE(a >> 24, 0xffu);
}

void tst_ColorNames::paletteFromPrompt_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("composer line") << "Wide shot of a market.\nLighting + palette: sodium lamps; "
                                      "palette: teal, sand, rust\nMood: calm"
                                   << QStringList{"teal", "sand", "rust"};
    QTest::newRow("sentence end") << "Palette: amber and ink. Mood: tense."
                                  << QStringList{"amber", "ink"};
    QTest::newRow("slashes") << "palette: neon pink / cobalt" << QStringList{"neon pink", "cobalt"};
    QTest::newRow("chinese commas")
        << QStringLiteral("palette: 红、金，黑")
        << QStringList{QStringLiteral("红"), QStringLiteral("金"), QStringLiteral("黑")};
    QTest::newRow("none") << "A dog runs." << QStringList{};
}

void tst_ColorNames::paletteFromPrompt()
{
    QFETCH(QString, prompt);
    QFETCH(QStringList, names);
    QCOMPARE(ColorNames::paletteFromPrompt(prompt), names);
}

QTEST_GUILESS_MAIN(tst_ColorNames)
#include "tst_colornames.moc"
