// SPDX-License-Identifier: MIT
#include "colorclip.h"

#include "continuity/framegrabber.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace ShotBrief;

class tst_FrameGrabber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstAndLastFrame_data();
    void firstAndLastFrame();
    void lastFrameOfALongClipComesFromItsEnd();
    void saveWritesAPng();
    void laterGivesTheSameFrame();
    void missingClipIsNamed();
    void samplesOnePerSecond();
    void framesInOneDecodeEqualTheSeparateGrabs_data();
    void framesInOneDecodeEqualTheSeparateGrabs();
    void framesOfAClipTooShortToSample();
    void fittedCoversAndCrops();
    void picturesAreChecked_data();
    void picturesAreChecked();

private:
    QString makeClip(const QString &name, const QStringList &colors,
                     const QString &size = QStringLiteral("320x180"));
    QTemporaryDir m_dir;
    QString m_clip; ///< 1 s red, then 1 s blue
};

namespace {

bool near(QRgb a, QColor b, int tolerance = 12)
{
    return qAbs(qRed(a) - b.red()) <= tolerance && qAbs(qGreen(a) - b.green()) <= tolerance &&
           qAbs(qBlue(a) - b.blue()) <= tolerance;
}

quint32 crc32(const char *data, int size)
{
    quint32 crc = 0xffffffffu;
    for (int i = 0; i < size; ++i) {
        crc ^= quint8(data[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

/// A PNG that is only a signature and an IHDR chunk: enough for a reader to tell its size,
/// nothing to decode (a decompression bomb's header).
QByteArray pngHeader(quint32 width, quint32 height)
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr(4 + 4 + 13 + 4, '\0');
    qToBigEndian<quint32>(13, ihdr.data());
    memcpy(ihdr.data() + 4, "IHDR", 4);
    qToBigEndian<quint32>(width, ihdr.data() + 8);
    qToBigEndian<quint32>(height, ihdr.data() + 12);
    ihdr[16] = 8; // bit depth
    ihdr[17] = 2; // RGB
    qToBigEndian<quint32>(crc32(ihdr.constData() + 4, 4 + 13), ihdr.data() + 21);
    // An empty IDAT: readers stop at the first one to report the header.
    QByteArray idat(4 + 4 + 4, '\0');
    memcpy(idat.data() + 4, "IDAT", 4);
    qToBigEndian<quint32>(crc32(idat.constData() + 4, 4), idat.data() + 8);
    return png + ihdr + idat;
}

/// Runs ffmpeg quietly with `args`; true when it succeeded.
bool ffmpeg(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral("ffmpeg"),
                  QStringList{QStringLiteral("-nostdin"), QStringLiteral("-y"),
                              QStringLiteral("-loglevel"), QStringLiteral("error")} +
                      args);
    return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

/// The frame before the last of `clip`, decoded by a run of its own.
QImage frameBeforeLast(const QString &clip)
{
    QProcess process;
    process.start(QStringLiteral("ffmpeg"),
                  {QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                   QStringLiteral("-sseof"), QStringLiteral("-1"), QStringLiteral("-i"), clip,
                   QStringLiteral("-vf"), QStringLiteral("reverse,select=eq(n\\,1)"),
                   QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-c:v"),
                   QStringLiteral("png"), QStringLiteral("-f"), QStringLiteral("image2pipe"),
                   QStringLiteral("pipe:1")});
    QImage image;
    if (process.waitForFinished(60000))
        image.loadFromData(process.readAllStandardOutput(), "PNG");
    return image;
}

QImage rgb32(const QImage &image)
{
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace

QString tst_FrameGrabber::makeClip(const QString &name, const QStringList &colors,
                                   const QString &size)
{
    const QString path = m_dir.filePath(name);
    return makeColorClip(path, colors, size) ? path : QString();
}

void tst_FrameGrabber::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_clip =
        makeClip(QStringLiteral("red-blue.mp4"), {QStringLiteral("red"), QStringLiteral("blue")});
    QVERIFY2(!m_clip.isEmpty(), "ffmpeg could not make the test clip");
}

void tst_FrameGrabber::firstAndLastFrame_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QSize>("expectedSize");
    QTest::addColumn<QColor>("color");
    QTest::newRow("first, own size")
        << int(FrameGrabber::Position::First) << QSize() << QSize(320, 180) << QColor(Qt::red);
    QTest::newRow("last, own size")
        << int(FrameGrabber::Position::Last) << QSize() << QSize(320, 180) << QColor(Qt::blue);
    QTest::newRow("last, the shot's size") << int(FrameGrabber::Position::Last) << QSize(1280, 720)
                                           << QSize(1280, 720) << QColor(Qt::blue);
    QTest::newRow("first, cropped square")
        << int(FrameGrabber::Position::First) << QSize(96, 96) << QSize(96, 96) << QColor(Qt::red);
}

void tst_FrameGrabber::firstAndLastFrame()
{
    QFETCH(int, position);
    QFETCH(QSize, size);
    QFETCH(QSize, expectedSize);
    QFETCH(QColor, color);
    const Result<QImage> frame =
        FrameGrabber().grab(m_clip, FrameGrabber::Position(position), size);
    QVERIFY2(frame, qPrintable(frame ? QString() : frame.error().toString()));
    QCOMPARE(frame->size(), expectedSize);
    const QRgb centre = frame->pixel(frame->width() / 2, frame->height() / 2);
    QVERIFY2(near(centre, color), qPrintable(QColor(centre).name()));
}

void tst_FrameGrabber::lastFrameOfALongClipComesFromItsEnd()
{
    // 12 s: green for 11 s, then a single second of yellow; only the very end is yellow.
    const QString clip =
        makeClip(QStringLiteral("long.mp4"),
                 {QStringLiteral("green"), QStringLiteral("green"), QStringLiteral("green"),
                  QStringLiteral("green"), QStringLiteral("green"), QStringLiteral("green"),
                  QStringLiteral("green"), QStringLiteral("green"), QStringLiteral("green"),
                  QStringLiteral("green"), QStringLiteral("green"), QStringLiteral("yellow")});
    QVERIFY(!clip.isEmpty());
    const Result<QImage> last = FrameGrabber().grab(clip, FrameGrabber::Position::Last);
    QVERIFY(last);
    QVERIFY2(near(last->pixel(10, 10), QColor(Qt::yellow)),
             qPrintable(QColor(last->pixel(10, 10)).name()));
}

void tst_FrameGrabber::saveWritesAPng()
{
    const QString png = m_dir.filePath(QStringLiteral("frames/last.png"));
    QVERIFY(QDir().mkpath(QFileInfo(png).absolutePath()));
    const Result<void> saved =
        FrameGrabber().save(m_clip, FrameGrabber::Position::Last, QSize(640, 360), png);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QImage image(png);
    QCOMPARE(image.size(), QSize(640, 360));
    QVERIFY(near(image.pixel(320, 180), QColor(Qt::blue)));
    // A failed grab leaves the file that is there alone.
    QVERIFY(!FrameGrabber().save(m_dir.filePath(QStringLiteral("none.mp4")),
                                 FrameGrabber::Position::Last, QSize(640, 360), png));
    QCOMPARE(QImage(png).size(), QSize(640, 360));
}

void tst_FrameGrabber::laterGivesTheSameFrame()
{
    QObject context;
    std::optional<Result<QByteArray>> answer;
    FrameGrabber().grabPngLater(m_clip, FrameGrabber::Position::Last, QSize(160, 90), &context,
                                [&answer](Result<QByteArray> png) { answer = png; });
    QVERIFY(!answer); // never before the event loop runs
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    QVERIFY(answer->hasValue());
    QImage image;
    QVERIFY(image.loadFromData(answer->value(), "PNG"));
    QCOMPARE(image.size(), QSize(160, 90));
    QVERIFY(near(image.pixel(80, 45), QColor(Qt::blue)));

    std::optional<Result<QByteArray>> missing;
    FrameGrabber().grabPngLater(m_dir.filePath(QStringLiteral("gone.mp4")),
                                FrameGrabber::Position::First, QSize(), &context,
                                [&missing](Result<QByteArray> png) { missing = png; });
    QTRY_VERIFY(missing.has_value());
    QVERIFY(!missing->hasValue());
    QVERIFY(missing->error().message.contains(QStringLiteral("gone.mp4")));
}

void tst_FrameGrabber::missingClipIsNamed()
{
    const Result<QImage> frame = FrameGrabber().grab(m_dir.filePath(QStringLiteral("gone.mp4")),
                                                     FrameGrabber::Position::Last);
    QVERIFY(!frame);
    QVERIFY2(frame.error().message.contains(QStringLiteral("gone.mp4")),
             qPrintable(frame.error().message));
    QFile text(m_dir.filePath(QStringLiteral("notes.mp4")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a video");
    text.close();
    const Result<QImage> bad = FrameGrabber().grab(text.fileName(), FrameGrabber::Position::First);
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QStringLiteral("notes.mp4")),
             qPrintable(bad.error().message));
}

void tst_FrameGrabber::samplesOnePerSecond()
{
    const Result<QList<QImage>> samples = FrameGrabber().samples(m_clip, QSize(64, 36));
    QVERIFY2(samples, qPrintable(samples ? QString() : samples.error().toString()));
    QVERIFY2(samples->size() >= 2 && samples->size() <= 3,
             qPrintable(QString::number(samples->size())));
    for (const QImage &sample : *samples)
        QCOMPARE(sample.size(), QSize(64, 36));
    QVERIFY(near(samples->first().pixel(32, 18), QColor(Qt::red)));
    QVERIFY(near(samples->last().pixel(32, 18), QColor(Qt::blue)));
}

void tst_FrameGrabber::framesInOneDecodeEqualTheSeparateGrabs_data()
{
    QTest::addColumn<QStringList>("encode"); ///< ffmpeg arguments after a test pattern input
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("decodes");
    // A test pattern changes every frame, so the frame before the last is another picture:
    // a trim one frame early or late gives another last frame, or none.
    const QStringList x264{QStringLiteral("-c:v"), QStringLiteral("libx264"),
                           QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")};
    const QStringList bFrames =
        x264 + QStringList{QStringLiteral("-preset"), QStringLiteral("medium")};
    QTest::newRow("B-frames (medium)") << bFrames << QStringLiteral("bframes.mp4") << QSize() << 1;
    QTest::newRow("B-frames, fitted")
        << bFrames << QStringLiteral("bframes.mp4") << QSize(96, 96) << 1;
    QTest::newRow("keyframe every 24")
        << x264 + QStringList{QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                              QStringLiteral("-g"), QStringLiteral("24")}
        << QStringLiteral("gop24.mp4") << QSize() << 1;
    QTest::newRow("half a second")
        << QStringList{QStringLiteral("-t"), QStringLiteral("0.5")} + bFrames
        << QStringLiteral("half.mp4") << QSize() << 1;
    QTest::newRow("variable frame rate")
        << QStringList{QStringLiteral("-vf"),
                       QStringLiteral("select=not(mod(n\\,3))+eq(mod(n\\,7)\\,1)"),
                       QStringLiteral("-fps_mode"), QStringLiteral("vfr")} +
               bFrames
        << QStringLiteral("vfr.mp4") << QSize() << 1;
    // Matroska keeps no frame count in its header: the last frame takes a run of its own.
    QTest::newRow("no frame count (mkv)")
        << bFrames << QStringLiteral("bframes.mkv") << QSize() << 2;
}

void tst_FrameGrabber::framesInOneDecodeEqualTheSeparateGrabs()
{
    QFETCH(QStringList, encode);
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(int, decodes);
    const QString clip = m_dir.filePath(name);
    if (!QFileInfo::exists(clip))
        QVERIFY(
            ffmpeg(QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                               QStringLiteral("testsrc2=s=320x180:r=24:d=3")} +
                   encode + QStringList{clip}));
    const QSize sampleSize(64, 36);
    const FrameGrabber grabber;
    const Result<FrameGrabber::Frames> frames = grabber.frames(clip, sampleSize, size);
    QVERIFY2(frames, qPrintable(frames ? QString() : frames.error().toString()));
    QCOMPARE(frames->decodes, decodes);

    const Result<QImage> first = grabber.grab(clip, FrameGrabber::Position::First, size);
    const Result<QImage> last = grabber.grab(clip, FrameGrabber::Position::Last, size);
    const Result<QList<QImage>> samples = grabber.samples(clip, sampleSize);
    QVERIFY(first && last && samples);
    QCOMPARE(rgb32(frames->first), rgb32(*first));
    QCOMPARE(rgb32(frames->last), rgb32(*last));
    QCOMPARE(frames->samples.size(), samples->size());
    for (qsizetype i = 0; i < samples->size(); ++i)
        QCOMPARE(rgb32(frames->samples.at(i)), rgb32(samples->at(i)));

    // The clip can tell a trim one frame early from the right one: its last two frames differ.
    if (!size.isValid()) {
        const QImage beforeLast = frameBeforeLast(clip);
        QCOMPARE(beforeLast.size(), last->size());
        QVERIFY(rgb32(beforeLast) != rgb32(*last));
    }
}

void tst_FrameGrabber::framesOfAClipTooShortToSample()
{
    // One frame: no sample at one a second (as samples() says), so no frames either, and the
    // message names the clip.
    const QString clip = m_dir.filePath(QStringLiteral("one-frame.mp4"));
    QVERIFY(ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("testsrc2=s=320x180:r=24"), QStringLiteral("-frames:v"),
                    QStringLiteral("1"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                    QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip}));
    QVERIFY(!FrameGrabber().samples(clip, QSize(64, 36)));
    const Result<FrameGrabber::Frames> frames = FrameGrabber().frames(clip, QSize(64, 36));
    QVERIFY(!frames);
    QVERIFY2(frames.error().message.contains(QStringLiteral("one-frame.mp4")),
             qPrintable(frames.error().message));
    const Result<FrameGrabber::Frames> missing =
        FrameGrabber().frames(m_dir.filePath(QStringLiteral("gone.mp4")), QSize(64, 36));
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QStringLiteral("gone.mp4")),
             qPrintable(missing.error().message));
}

void tst_FrameGrabber::fittedCoversAndCrops()
{
    QImage wide(400, 100, QImage::Format_RGB32);
    wide.fill(Qt::red);
    for (int x = 150; x < 250; ++x) // a blue square in the middle
        for (int y = 0; y < 100; ++y)
            wide.setPixel(x, y, qRgb(0, 0, 255));
    const QImage square = FrameGrabber::fitted(wide, QSize(50, 50));
    QCOMPARE(square.size(), QSize(50, 50));
    QVERIFY(near(square.pixel(25, 25), QColor(Qt::blue))); // the centre is kept
    QCOMPARE(FrameGrabber::fitted(wide, QSize()).size(), wide.size());
}

void tst_FrameGrabber::picturesAreChecked_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("messagePart"); ///< empty: accepted
    QImage small(32, 18, QImage::Format_RGB32);
    small.fill(Qt::green);
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        small.save(&buffer, "PNG");
    }
    QTest::newRow("a png") << png << "ok.png" << QString();
    QTest::newRow("a png named .jpg") << png << "odd.jpg" << QString();
    QTest::newRow("text") << QByteArray("hello") << "note.png"
                          << "not a PNG, JPEG or WebP";
    QTest::newRow("a gif is not taken")
        << QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 14) << "anim.gif"
        << "not a PNG, JPEG or WebP";
    QTest::newRow("60 megapixels") << pngHeader(10000, 6000) << "huge.png"
                                   << "50 megapixels";
    QTest::newRow("missing") << QByteArray() << ""
                             << "missing";
}

void tst_FrameGrabber::picturesAreChecked()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, messagePart);
    QString path = m_dir.filePath(fileName.isEmpty() ? QStringLiteral("absent.png") : fileName);
    if (!fileName.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const Result<QSize> checked = checkPicture(path);
    const Result<QImage> read = readPicture(path);
    if (messagePart.isEmpty()) {
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().toString()));
        QCOMPARE(*checked, QSize(32, 18));
        QVERIFY(read);
        QCOMPARE(read->size(), QSize(32, 18));
        return;
    }
    QVERIFY(!checked);
    QVERIFY(!read);
    QVERIFY2(checked.error().message.contains(messagePart), qPrintable(checked.error().message));
    QVERIFY2(checked.error().message.contains(QFileInfo(path).fileName()),
             qPrintable(checked.error().message));
    QCOMPARE(checked.error().file, path);
}

QTEST_GUILESS_MAIN(tst_FrameGrabber)
#include "tst_framegrabber.moc"
