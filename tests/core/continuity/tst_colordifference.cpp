// SPDX-License-Identifier: MIT
#include "continuity/colordifference.h"

#include <QPainter>
#include <QTest>

using namespace ShotBrief;

class tst_ColorDifference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ciede2000MatchesPublishedPairs_data();
    void ciede2000MatchesPublishedPairs();
    void labOfKnownColours_data();
    void labOfKnownColours();
    void meanAbsoluteDifference_data();
    void meanAbsoluteDifference();
    void dominantColorsOfTwoHalves();
    void paletteDistance();
};

void tst_ColorDifference::ciede2000MatchesPublishedPairs_data()
{
    // Test data of Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula".
    QTest::addColumn<QList<double>>("first");
    QTest::addColumn<QList<double>>("second");
    QTest::addColumn<double>("expected");
    QTest::newRow("pair 1") << QList<double>{50, 2.6772, -79.7751} << QList<double>{50, 0, -82.7485}
                            << 2.0425;
    QTest::newRow("pair 7") << QList<double>{50, 0, 0} << QList<double>{50, -1, 2} << 2.3669;
    QTest::newRow("pair 13") << QList<double>{50, 2.5, 0} << QList<double>{50, 0, -2.5} << 4.3065;
    QTest::newRow("pair 17") << QList<double>{50, 2.5, 0} << QList<double>{73, 25, -18} << 27.1492;
    QTest::newRow("pair 25") << QList<double>{60.2574, -34.0099, 36.2677}
                             << QList<double>{60.4626, -34.1751, 39.4387} << 1.2644;
    QTest::newRow("pair 34") << QList<double>{22.7233, 20.0904, -46.6940}
                             << QList<double>{23.0331, 14.9730, -42.5619} << 2.0373;
    QTest::newRow("identical") << QList<double>{40, 10, -10} << QList<double>{40, 10, -10} << 0.0;
}

void tst_ColorDifference::ciede2000MatchesPublishedPairs()
{
    QFETCH(QList<double>, first);
    QFETCH(QList<double>, second);
    QFETCH(double, expected);
    const LabColor a{first.at(0), first.at(1), first.at(2)};
    const LabColor b{second.at(0), second.at(1), second.at(2)};
    QVERIFY2(qAbs(ciede2000(a, b) - expected) < 1e-4, qPrintable(QString::number(ciede2000(a, b))));
    // Symmetric.
    QVERIFY(qAbs(ciede2000(b, a) - expected) < 1e-4);
}

void tst_ColorDifference::labOfKnownColours_data()
{
    QTest::addColumn<QRgb>("rgb");
    QTest::addColumn<double>("l");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::newRow("white") << qRgb(255, 255, 255) << 100.0 << 0.0 << 0.0;
    QTest::newRow("black") << qRgb(0, 0, 0) << 0.0 << 0.0 << 0.0;
    QTest::newRow("red") << qRgb(255, 0, 0) << 53.2408 << 80.0925 << 67.2032;
    QTest::newRow("mid grey") << qRgb(128, 128, 128) << 53.5850 << 0.0 << 0.0;
}

void tst_ColorDifference::labOfKnownColours()
{
    QFETCH(QRgb, rgb);
    QFETCH(double, l);
    QFETCH(double, a);
    QFETCH(double, b);
    const LabColor lab = labFromRgb(rgb);
    QVERIFY2(qAbs(lab.l - l) < 0.01 && qAbs(lab.a - a) < 0.01 && qAbs(lab.b - b) < 0.01,
             qPrintable(QStringLiteral("%1 %2 %3").arg(lab.l).arg(lab.a).arg(lab.b)));
}

void tst_ColorDifference::meanAbsoluteDifference_data()
{
    QTest::addColumn<QImage>("first");
    QTest::addColumn<QImage>("second");
    QTest::addColumn<double>("expected");
    QImage black(64, 36, QImage::Format_RGB32);
    black.fill(Qt::black);
    QImage white(64, 36, QImage::Format_RGB32);
    white.fill(Qt::white);
    QImage grey(128, 72, QImage::Format_RGB32); // another size: scaled to the smaller one
    grey.fill(QColor(100, 100, 100));
    QImage redOnly(64, 36, QImage::Format_RGB32);
    redOnly.fill(QColor(255, 0, 0));
    QTest::newRow("same picture") << white << white << 0.0;
    QTest::newRow("black against white") << black << white << 255.0;
    QTest::newRow("other size") << grey << black << 100.0;
    QTest::newRow("one channel of three") << redOnly << black << 85.0;
    QTest::newRow("empty") << QImage() << white << -1.0;
}

void tst_ColorDifference::meanAbsoluteDifference()
{
    QFETCH(QImage, first);
    QFETCH(QImage, second);
    QFETCH(double, expected);
    QVERIFY2(qAbs(ShotBrief::meanAbsoluteDifference(first, second) - expected) < 1e-9,
             qPrintable(QString::number(ShotBrief::meanAbsoluteDifference(first, second))));
}

void tst_ColorDifference::dominantColorsOfTwoHalves()
{
    QImage image(64, 36, QImage::Format_RGB32);
    image.fill(QColor(0x1f, 0x8a, 0x8a)); // teal
    QPainter painter(&image);
    painter.fillRect(0, 0, 16, 36, QColor(0xb3, 0x26, 0x1e)); // a quarter lantern red
    painter.end();
    const QList<DominantColor> colors = dominantColors({image, image}, 5);
    QCOMPARE(colors.size(), 2); // only two colours exist
    QCOMPARE(colors.at(0).rgb, qRgb(0x1f, 0x8a, 0x8a));
    QVERIFY(qAbs(colors.at(0).share - 0.75) < 1e-9);
    QCOMPARE(colors.at(1).rgb, qRgb(0xb3, 0x26, 0x1e));
    QVERIFY(qAbs(colors.at(1).share - 0.25) < 1e-9);
    // The same pictures always give the same answer.
    QCOMPARE(dominantColors({image, image}, 5).at(1).rgb, colors.at(1).rgb);
    QVERIFY(dominantColors({}, 5).isEmpty());
}

void tst_ColorDifference::paletteDistance()
{
    const QList<DominantColor> clip = {{qRgb(0x1f, 0x8a, 0x8a), 0.75},
                                       {qRgb(0xb3, 0x26, 0x1e), 0.25}};
    // Declared exactly: no distance.
    QVERIFY(ShotBrief::paletteDistance(clip, {qRgb(0xb3, 0x26, 0x1e), qRgb(0x1f, 0x8a, 0x8a)}) <
            1e-9);
    // Only red declared: the teal three quarters are far from it.
    const double redOnly = ShotBrief::paletteDistance(clip, {qRgb(0xb3, 0x26, 0x1e)});
    const double tealToRed =
        ciede2000(labFromRgb(qRgb(0x1f, 0x8a, 0x8a)), labFromRgb(qRgb(0xb3, 0x26, 0x1e)));
    QVERIFY2(qAbs(redOnly - 0.75 * tealToRed) < 1e-9, qPrintable(QString::number(redOnly)));
    QVERIFY(redOnly > 30);
    QCOMPARE(ShotBrief::paletteDistance(clip, {}), -1.0);
    QCOMPARE(ShotBrief::paletteDistance({}, {qRgb(1, 2, 3)}), -1.0);
}

QTEST_GUILESS_MAIN(tst_ColorDifference)
#include "tst_colordifference.moc"
