// SPDX-License-Identifier: MIT
#include "model/cameraterms.h"
#include "model/palette.h"

#include <QTest>

using namespace ShotBrief;

class tst_CameraTerms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framingFromText_data();
    void framingFromText();
    void keyRoundTrip();
    void customWordsKept();
    void unsetIsNotSet();
    void hexColors_data();
    void hexColors();
    void paletteNamesJoin();
};

void tst_CameraTerms::framingFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Framing>("expected");
    QTest::newRow("key") << "close_up" << Framing::CloseUp;
    QTest::newRow("phrase") << "Close-Up" << Framing::CloseUp;
    QTest::newRow("alias") << "  ECU " << Framing::ExtremeCloseUp;
    QTest::newRow("establishing") << "wide establishing shot" << Framing::Wide;
    QTest::newRow("own words") << "tight two-shot through rain glass" << Framing::Custom;
    QTest::newRow("empty") << "   " << Framing::Unset;
}

void tst_CameraTerms::framingFromText()
{
    QFETCH(QString, text);
    QFETCH(Framing, expected);
    QCOMPARE(FramingTerm::fromText(text).preset, expected);
}

void tst_CameraTerms::keyRoundTrip()
{
    for (const CameraTermInfo &info : cameraVocabulary<Movement>()) {
        const MovementTerm term(Movement(info.value));
        QCOMPARE(MovementTerm::fromText(term.key()), term);
        QCOMPARE(MovementTerm::fromText(term.phrase()), term);
    }
    for (const CameraTermInfo &info : cameraVocabulary<Angle>()) {
        const AngleTerm term(Angle(info.value));
        QCOMPARE(AngleTerm::fromText(term.key()), term);
    }
    for (const CameraTermInfo &info : cameraVocabulary<DepthOfField>()) {
        const DepthOfFieldTerm term(DepthOfField(info.value));
        QCOMPARE(DepthOfFieldTerm::fromText(term.key()), term);
    }
}

void tst_CameraTerms::customWordsKept()
{
    const AngleTerm term = AngleTerm::fromText(QStringLiteral(" from inside the fridge "));
    QCOMPARE(term.preset, Angle::Custom);
    QCOMPARE(term.key(), QStringLiteral("from inside the fridge"));
    QCOMPARE(term.phrase(), QStringLiteral("from inside the fridge"));
    QVERIFY(term.isSet());
}

void tst_CameraTerms::unsetIsNotSet()
{
    QVERIFY(!FramingTerm().isSet());
    QVERIFY(FramingTerm().key().isEmpty());
    FramingTerm emptyCustom;
    emptyCustom.preset = Framing::Custom;
    QVERIFY(!emptyCustom.isSet());
}

void tst_CameraTerms::hexColors_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("long") << "#1F6F78" << true << "#1f6f78";
    QTest::newRow("short") << "#AbC" << true << "#aabbcc";
    QTest::newRow("no hash") << "1f6f78" << false << "1f6f78";
    QTest::newRow("bad digit") << "#12345g" << false << "#12345g";
    QTest::newRow("empty") << "" << false << "";
}

void tst_CameraTerms::hexColors()
{
    QFETCH(QString, hex);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    QCOMPARE(isValidHexColor(hex), valid);
    QCOMPARE(normalizedHexColor(hex), normalized);
}

void tst_CameraTerms::paletteNamesJoin()
{
    const Palette palette = {{QStringLiteral("teal"), QStringLiteral("#008080")},
                             {QStringLiteral(" sand "), QString()},
                             {QString(), QStringLiteral("#b7410e")}};
    QCOMPARE(paletteNames(palette), QStringLiteral("teal, sand, #b7410e"));
}

QTEST_GUILESS_MAIN(tst_CameraTerms)
#include "tst_cameraterms.moc"
