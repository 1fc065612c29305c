// SPDX-License-Identifier: MIT
#include "emulator/cliprenderer.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_ClipRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fontFileExists();
    void filterQuote_data();
    void filterQuote();
    void slateText_data();
    void slateText();
    void videoArguments();
    void longLabelFitsTheFrame();
    void renderPaintsPaletteAndReference();
    void renderFailureReports();
    void cancelStopsQuietly();

private:
    RenderRequest request(const QString &name) const;
    QByteArray frameRgb(const QString &video, double seconds, const QSize &size);

    QTemporaryDir m_dir;
};

void tst_ClipRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

RenderRequest tst_ClipRenderer::request(const QString &name) const
{
    RenderRequest r;
    r.jobId = name;
    r.size = QSize(1280, 720);
    r.seconds = 4;
    r.label = QStringLiteral("SHOT 12A");
    r.prompt = QStringLiteral("夜市 lanterns sway over wet cobbles.\n"
                              "Lighting + palette: sodium; palette: teal, sand, rust");
    r.videoPath = m_dir.filePath(name + QStringLiteral("/video.mp4"));
    r.thumbnailPath = m_dir.filePath(name + QStringLiteral("/thumbnail.webp"));
    r.spritesheetPath = m_dir.filePath(name + QStringLiteral("/spritesheet.jpg"));
    return r;
}

QByteArray tst_ClipRenderer::frameRgb(const QString &video, double seconds, const QSize &size)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"),
            {"-nostdin", "-loglevel", "error", "-ss", QString::number(seconds), "-i", video,
             "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "-"});
    if (!p.waitForFinished(30000))
        return {};
    const QByteArray rgb = p.readAllStandardOutput();
    return rgb.size() == size.width() * size.height() * 3 ? rgb : QByteArray();
}

static bool near(const QByteArray &rgb, int width, int x, int y, quint32 expected,
                 int tolerance = 24)
{
    const qsizetype at = (qsizetype(y) * width + x) * 3;
    const int r = quint8(rgb.at(at)), g = quint8(rgb.at(at + 1)), b = quint8(rgb.at(at + 2));
    return qAbs(r - int((expected >> 16) & 0xff)) <= tolerance &&
           qAbs(g - int((expected >> 8) & 0xff)) <= tolerance &&
           qAbs(b - int(expected & 0xff)) <= tolerance;
}

void tst_ClipRenderer::fontFileExists()
{
    const QString font = ClipRenderer::fontFile();
    QVERIFY2(!font.isEmpty() && QFileInfo::exists(font), qPrintable(font));
}

void tst_ClipRenderer::filterQuote_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "/tmp/a.txt"
                           << "'/tmp/a.txt'";
    QTest::newRow("specials stay literal inside quotes") << "/a:b,c[d];e"
                                                         << "'/a:b,c[d];e'";
    QTest::newRow("quote") << "it's"
                           << "'it'\\''s'";
}

void tst_ClipRenderer::filterQuote()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    QCOMPARE(ClipRenderer::filterQuote(value), quoted);
}

void tst_ClipRenderer::slateText_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("maxLines");
    QTest::addColumn<bool>("ellipsis");
    QTest::newRow("short") << "A dog runs." << QSize(1280, 720) << 1 << false;
    QTest::newRow("empty") << "" << QSize(1280, 720) << 0 << false;
    QTest::newRow("long english") << QString("word ").repeated(60) << QSize(1280, 720) << 6 << true;
    QTest::newRow("cjk run wraps")
        << QString(QStringLiteral("夜市的灯笼")).repeated(20) << QSize(720, 1280) << 6 << false;
}

void tst_ClipRenderer::slateText()
{
    QFETCH(QString, prompt);
    QFETCH(QSize, size);
    QFETCH(int, maxLines);
    QFETCH(bool, ellipsis);
    const QString text = ClipRenderer::slateText(QStringLiteral("1A"), prompt, size);
    const QStringList lines = text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
    QVERIFY2(lines.size() <= maxLines, qPrintable(text));
    if (maxLines > 0)
        QVERIFY2(!lines.isEmpty(), "some text");
    QCOMPARE(text.endsWith(QStringLiteral("…")), ellipsis);
    // Every line fits: about 0.55 em per Latin letter, ~1 em per wide character.
    const int fontSize = std::max(12, std::min(size.width(), size.height()) / 22);
    for (const QString &line : lines) {
        double em = 0;
        for (const QChar c : line)
            em += c.unicode() >= 0x1100 ? 1.0 : 0.55;
        QVERIFY2(em * fontSize <= size.width(), qPrintable(line));
    }
}

void tst_ClipRenderer::videoArguments()
{
    QTemporaryDir work;
    RenderRequest r = request(QStringLiteral("args"));
    r.label.clear();
    const QStringList args =
        ClipRenderer::videoArguments(r, work.path(), QStringLiteral("/out.mp4"));
    QVERIFY(args.contains(QStringLiteral("libx264")));
    QVERIFY(args.contains(QStringLiteral("ultrafast")));
    QVERIFY(args.contains(QStringLiteral("yuv420p")));
    QVERIFY(args.contains(QStringLiteral("aac")));
    QCOMPARE(args.at(args.indexOf(QStringLiteral("-r")) + 1), QStringLiteral("24"));
    QCOMPARE(args.last(), QStringLiteral("/out.mp4"));
    QVERIFY(args.contains(QStringLiteral("color=c=0x1c1c24:s=1280x720:r=24:d=4")));
    QFile filter(work.filePath(QStringLiteral("filter.txt")));
    QVERIFY(filter.open(QIODevice::ReadOnly));
    const QString graph = QString::fromUtf8(filter.readAll());
    QVERIFY2(graph.contains(QStringLiteral("color=0x008080")), qPrintable(graph)); // teal
    QVERIFY2(graph.contains(QStringLiteral("color=0xc2b280")), qPrintable(graph)); // sand
    QVERIFY2(graph.contains(QStringLiteral("color=0xb7410e")), qPrintable(graph)); // rust
    QVERIFY2(graph.contains(QStringLiteral("timecode=")), qPrintable(graph));
    QVERIFY2(graph.contains(QStringLiteral("expansion=none")), qPrintable(graph));
    QFile label(work.filePath(QStringLiteral("label.txt")));
    QVERIFY(label.open(QIODevice::ReadOnly));
    QCOMPARE(label.readAll(), QByteArray("ShotBrief"));
}

void tst_ClipRenderer::longLabelFitsTheFrame()
{
    // A label in words longer than the frame is cut with an ellipsis on one line, not run off
    // the right edge.
    QTemporaryDir work;
    RenderRequest r = request(QStringLiteral("long-label"));
    r.size = QSize(480, 270);
    r.label = QStringLiteral("Boat in the sweeping storm at the harbour mouth, seen from the pier");
    ClipRenderer::videoArguments(r, work.path(), QStringLiteral("/out.mp4"));
    QFile label(work.filePath(QStringLiteral("label.txt")));
    QVERIFY(label.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(label.readAll());
    QVERIFY2(written.startsWith(QLatin1String("Boat in the")), qPrintable(written));
    QVERIFY2(written.endsWith(QChar(0x2026)), qPrintable(written));
    QVERIFY2(!written.contains(QLatin1Char('\n')), qPrintable(written));
    QVERIFY2(written.size() < r.label.size(), qPrintable(written));
}

void tst_ClipRenderer::renderPaintsPaletteAndReference()
{
    const QString reference = m_dir.filePath(QStringLiteral("ref.png"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {"-nostdin", "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                  "color=c=0xff8000:s=1280x720", "-frames:v", "1", reference});
    QVERIFY(ffmpeg.waitForFinished(30000) && ffmpeg.exitCode() == 0);

    ClipRenderer renderer;
    QSignalSpy finished(&renderer, &ClipRenderer::finished);
    RenderRequest r = request(QStringLiteral("paint"));
    r.referenceImage = reference;
    renderer.render(r);
    QVERIFY(renderer.isBusy(r.jobId));
    QVERIFY2(finished.wait(60000), "render finishes");
    const RenderResult result = finished.first().first().value<RenderResult>();
    QVERIFY2(result.ok, qPrintable(result.errorMessage));
    QCOMPARE(result.jobId, r.jobId);
    QVERIFY(!renderer.isBusy(r.jobId));
    for (const QString &path : {r.videoPath, r.thumbnailPath, r.spritesheetPath})
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    QVERIFY2(!QFileInfo::exists(m_dir.filePath(QStringLiteral("paint/video.rendering.mp4"))),
             "no temporary file left");

    // Two seconds in: three bands in the bottom quarter, in palette order.
    const QByteArray mid = frameRgb(r.videoPath, 2.0, r.size);
    QVERIFY2(!mid.isEmpty(), "frame extracted");
    const int y = 720 * 7 / 8;
    QVERIFY2(near(mid, 1280, 1280 / 6, y, 0x008080), "teal band");
    QVERIFY2(near(mid, 1280, 1280 / 2, y, 0xc2b280), "sand band");
    QVERIFY2(near(mid, 1280, 1280 * 5 / 6, y, 0xb7410e), "rust band");
    // The reference image is the first frame (away from the text and bands).
    const QByteArray first = frameRgb(r.videoPath, 0.0, r.size);
    QVERIFY2(!first.isEmpty(), "first frame extracted");
    QVERIFY2(near(first, 1280, 1100, 400, 0xff8000), "reference shows first");
    QVERIFY2(!near(mid, 1280, 1100, 400, 0xff8000), "and then makes way for the slate");
}

void tst_ClipRenderer::renderFailureReports()
{
    ClipRenderer renderer;
    renderer.setFfmpegProgram(m_dir.filePath(QStringLiteral("missing-ffmpeg")));
    QSignalSpy finished(&renderer, &ClipRenderer::finished);
    renderer.render(request(QStringLiteral("fail")));
    QVERIFY2(finished.wait(20000), "failure reported");
    const RenderResult result = finished.first().first().value<RenderResult>();
    QVERIFY(!result.ok);
    QCOMPARE(result.errorCode, QStringLiteral("render_failed"));
    QVERIFY(!result.errorMessage.isEmpty());
}

void tst_ClipRenderer::cancelStopsQuietly()
{
    ClipRenderer renderer;
    renderer.setMaxParallel(1);
    QSignalSpy finished(&renderer, &ClipRenderer::finished);
    RenderRequest a = request(QStringLiteral("cancel-a"));
    a.seconds = 12;
    const RenderRequest b = request(QStringLiteral("cancel-b"));
    renderer.render(a);
    renderer.render(b);
    QVERIFY(renderer.isBusy(b.jobId));
    renderer.cancel(b.jobId); // queued
    renderer.cancel(a.jobId); // running
    QVERIFY(!renderer.isBusy(a.jobId));
    QVERIFY(!renderer.isBusy(b.jobId));
    // The killed ffmpeg has exited inside cancel(); whatever it or the cancel posted has run.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
    QVERIFY(!QFileInfo::exists(a.videoPath));
    // A cancelled job can be rendered again from scratch.
    renderer.render(b);
    QVERIFY2(finished.wait(60000), "the second attempt finishes");
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<RenderResult>().ok);
    QVERIFY(QFileInfo::exists(b.videoPath));
}

QTEST_GUILESS_MAIN(tst_ClipRenderer)
#include "tst_cliprenderer.moc"
