// SPDX-License-Identifier: MIT
#include "model/resolutionname.h"

#include <QTest>

using namespace ShotBrief;

class tst_ResolutionName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pixelSize_data();
    void pixelSize();
    void everyAspectRatioHasASize();
};

void tst_ResolutionName::pixelSize_data()
{
    QTest::addColumn<QString>("resolution");
    QTest::addColumn<QString>("aspect");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("720p wide") << "720p"
                               << "16:9" << QSize(1280, 720);
    QTest::newRow("720p tall") << "720p"
                               << "9:16" << QSize(720, 1280);
    QTest::newRow("1080p wide") << "1080p"
                                << "16:9" << QSize(1920, 1080);
    QTest::newRow("480p wide rounds to even") << "480p"
                                              << "16:9" << QSize(854, 480);
    QTest::newRow("768p") << "768p"
                          << "16:9" << QSize(1366, 768);
    QTest::newRow("square") << "720p"
                            << "1:1" << QSize(720, 720);
    QTest::newRow("4:3") << "720p"
                         << "4:3" << QSize(960, 720);
    QTest::newRow("21:9") << "1080p"
                          << "21:9" << QSize(2520, 1080);
    QTest::newRow("2K") << "2K"
                        << "16:9" << QSize(2560, 1440);
    QTest::newRow("4K") << "4K"
                        << "16:9" << QSize(3840, 2160);
    QTest::newRow("unknown resolution") << "999p"
                                        << "16:9" << QSize();
    QTest::newRow("aspect not a ratio") << "720p"
                                        << "wide" << QSize();
    QTest::newRow("zero in the ratio") << "720p"
                                       << "0:9" << QSize();
}

void tst_ResolutionName::pixelSize()
{
    QFETCH(QString, resolution);
    QFETCH(QString, aspect);
    QFETCH(QSize, expected);
    QCOMPARE(ResolutionName::pixelSize(resolution, aspect), expected);
}

void tst_ResolutionName::everyAspectRatioHasASize()
{
    for (const QString &aspect : ResolutionName::aspectRatios())
        QVERIFY2(ResolutionName::pixelSize(QStringLiteral("720p"), aspect).isValid(),
                 qPrintable(aspect));
}

QTEST_GUILESS_MAIN(tst_ResolutionName)
#include "tst_resolutionname.moc"
