// SPDX-License-Identifier: MIT
#include "emulator/imageprobe.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_ImageProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realImages_data();
    void realImages();
    void garbage_data();
    void garbage();

private:
    QTemporaryDir m_dir;
};

void tst_ImageProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_ImageProbe::realImages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("format");
    QTest::addColumn<QSize>("size");
    QTest::newRow("png") << "a.png" << QStringList{} << int(ImageProbe::Format::Png)
                         << QSize(1280, 720);
    QTest::newRow("jpeg") << "a.jpg" << QStringList{} << int(ImageProbe::Format::Jpeg)
                          << QSize(720, 1280);
    QTest::newRow("jpeg best quality") << "p.jpg" << QStringList{"-q:v", "1"}
                                       << int(ImageProbe::Format::Jpeg) << QSize(1024, 1792);
    QTest::newRow("webp lossy") << "a.webp" << QStringList{} << int(ImageProbe::Format::WebP)
                                << QSize(1792, 1024);
    QTest::newRow("webp lossless") << "l.webp" << QStringList{"-lossless", "1"}
                                   << int(ImageProbe::Format::WebP) << QSize(640, 360);
    QTest::newRow("webp alpha (VP8X)") << "x.webp" << QStringList{"-pix_fmt", "yuva420p"}
                                       << int(ImageProbe::Format::WebP) << QSize(320, 240);
}

void tst_ImageProbe::realImages()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    QFETCH(int, format);
    QFETCH(QSize, size);
    const QString path = m_dir.filePath(file);
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 QStringList{"-nostdin", "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                             QStringLiteral("testsrc=s=%1x%2").arg(size.width()).arg(size.height()),
                             "-frames:v", "1"} +
                     extra + QStringList{path});
    QVERIFY2(ffmpeg.waitForFinished(30000) && ffmpeg.exitCode() == 0,
             ffmpeg.readAllStandardError().constData());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ImageProbe probe = ImageProbe::probe(f.readAll());
    QCOMPARE(int(probe.format), format);
    QCOMPARE(probe.size, size);
    QVERIFY(probe.isValid());
}

void tst_ImageProbe::garbage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("gif") << QByteArray("GIF89a\x10\x00\x10\x00", 10);
    QTest::newRow("png signature only") << QByteArray("\x89PNG\r\n\x1a\n", 8);
    QTest::newRow("jpeg start only") << QByteArray("\xff\xd8\xff", 3);
    QTest::newRow("riff not webp") << QByteArray("RIFF\0\0\0\0WAVEfmt ", 16);
    QTest::newRow("webp truncated") << QByteArray("RIFF\0\0\0\0WEBPVP8 ", 16);
}

void tst_ImageProbe::garbage()
{
    QFETCH(QByteArray, data);
    QVERIFY(!ImageProbe::probe(data).isValid());
}

QTEST_GUILESS_MAIN(tst_ImageProbe)
#include "tst_imageprobe.moc"
