// SPDX-License-Identifier: MIT
#include "testclip.h"

#include "preview/animaticrenderer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_AnimaticRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void durationEqualsSequence();
    void clipStartsAtItsInPoint();
    void cancelLeavesNothing();
    void refusesMissingFolder();
    void refusesEmptySequence();
    void fontIsFound();
    void stillsAndCaptions();

private:
    QImage frameAt(const QString &video, double seconds, const QString &name) const;
    static double probeDuration(const QString &path, const QStringList &selection);
    SequenceTimeline mixedTimeline() const;

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tst_animatic-XXXXXX")};
};

double tst_AnimaticRenderer::probeDuration(const QString &path, const QStringList &selection)
{
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"),
                  QStringList{QStringLiteral("-v"), QStringLiteral("error")} + selection +
                      QStringList{QStringLiteral("-of"), QStringLiteral("csv=p=0"), path});
    if (!ffprobe.waitForFinished(30000))
        return -1;
    bool ok = false;
    const double d = QString::fromLatin1(ffprobe.readAllStandardOutput()).trimmed().toDouble(&ok);
    return ok ? d : -1;
}

void tst_AnimaticRenderer::initTestCase()
{
    QVERIFY2(m_dir.isValid(), "temporary dir");
    QVERIFY2(makeTestClip(m_dir.filePath(QStringLiteral("wide.mp4")),
                          {.size = QStringLiteral("320x136"), .seconds = 2, .audio = true}),
             "ffmpeg makes a clip with audio");
    QVERIFY2(makeTestClip(m_dir.filePath(QStringLiteral("tall.mp4")),
                          {.size = QStringLiteral("180x320"), .seconds = 1, .audio = false}),
             "ffmpeg makes a clip without audio");
    QFile corrupt(m_dir.filePath(QStringLiteral("corrupt.mp4")));
    QVERIFY2(corrupt.open(QIODevice::WriteOnly), "create corrupt clip");
    corrupt.write("this is not an mp4 file at all");
}

SequenceTimeline tst_AnimaticRenderer::mixedTimeline() const
{
    auto item = [](const QString &label, qint64 ms, const QString &clip) {
        SequenceItem it;
        it.shotId = label;
        it.label = label;
        it.durationMs = ms;
        it.clipPath = clip;
        it.prompt = QStringLiteral("Wide shot of a rainy night market, 夜市, neon: teal and rust.");
        it.palette = {{QStringLiteral("teal"), QStringLiteral("#008080")},
                      {QStringLiteral("rust"), QStringLiteral("#b7410e")}};
        return it;
    };
    return SequenceTimeline({
        item(QStringLiteral("1A"), 1000, m_dir.filePath(QStringLiteral("wide.mp4"))), // cut
        item(QStringLiteral("2"), 1000, QString()),                                   // slate
        item(QStringLiteral("3"), 2000, m_dir.filePath(QStringLiteral("tall.mp4"))),  // padded
        item(QStringLiteral("4"), 1000, m_dir.filePath(QStringLiteral("corrupt.mp4"))),
    });
}

void tst_AnimaticRenderer::durationEqualsSequence()
{
    AnimaticRenderer renderer;
    AnimaticOptions options;
    options.size = QSize(320, 180);
    renderer.setOptions(options);
    QSignalSpy finished(&renderer, &AnimaticRenderer::finished);
    QSignalSpy progress(&renderer, &AnimaticRenderer::progressChanged);
    const QString out = m_dir.filePath(QStringLiteral("animatic.mp4"));
    const SequenceTimeline timeline = mixedTimeline();
    const Result<void> started = renderer.start(timeline, out);
    QVERIFY2(started.hasValue(), started ? "" : qPrintable(started.error().message));
    QVERIFY2(renderer.isRunning(), "running after start");
    QVERIFY2(finished.wait(120000), "render finishes");
    const auto result = finished.first().first().value<Result<void>>();
    QVERIFY2(result.hasValue(), result ? "" : qPrintable(result.error().message));
    QVERIFY2(QFile::exists(out), "output in place");
    QVERIFY2(!QFile::exists(out + QStringLiteral(".part")), "temporary file renamed");
    QVERIFY2(progress.size() >= 2, "progress reported");
    QCOMPARE(progress.last().at(0).toLongLong(), timeline.totalMs());

    const double total = double(timeline.totalMs()) / 1000.0;
    const double video =
        probeDuration(out, {QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                            QStringLiteral("-show_entries"), QStringLiteral("stream=duration")});
    const double format =
        probeDuration(out, {QStringLiteral("-show_entries"), QStringLiteral("format=duration")});
    // One frame of tolerance: AAC works in 1024-sample frames.
    QVERIFY2(qAbs(format - total) <= 1.0 / 24.0,
             qPrintable(QStringLiteral("format %1 s vs sequence %2 s").arg(format).arg(total)));
    QVERIFY2(qAbs(video - total) <= 1.0 / 24.0,
             qPrintable(QStringLiteral("video %1 s vs sequence %2 s").arg(video).arg(total)));
}

void tst_AnimaticRenderer::clipStartsAtItsInPoint()
{
    // Frame n of this clip has a luma of 2n, so a frame says where in the clip it came from.
    const QString ramp = m_dir.filePath(QStringLiteral("ramp.mp4"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                  QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("nullsrc=s=160x96:r=24:d=3,geq=lum='N*2':cb=128:cr=128"),
                  QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-qp"),
                  QStringLiteral("0"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                  ramp});
    QVERIFY2(ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0, "ffmpeg makes the ramp");
    SequenceItem item;
    item.shotId = QStringLiteral("trimmed");
    item.label = QStringLiteral("1");
    item.clipPath = ramp;
    item.clipInMs = 1000; // frame 24
    item.durationMs = 500;
    AnimaticRenderer renderer;
    AnimaticOptions options;
    options.size = QSize(160, 96);
    renderer.setOptions(options);
    QSignalSpy finished(&renderer, &AnimaticRenderer::finished);
    const QString out = m_dir.filePath(QStringLiteral("trimmed.mp4"));
    QVERIFY(renderer.start(SequenceTimeline({item}), out).hasValue());
    QVERIFY2(finished.wait(120000), "render finishes");
    QVERIFY(finished.first().first().value<Result<void>>().hasValue());
    QProcess stats;
    stats.start(QStringLiteral("ffmpeg"),
                {QStringLiteral("-v"), QStringLiteral("info"), QStringLiteral("-i"), out,
                 QStringLiteral("-vf"),
                 QStringLiteral("signalstats,metadata=print:key=lavfi.signalstats.YAVG"),
                 QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
    QVERIFY(stats.waitForFinished(60000));
    const QString log = QString::fromUtf8(stats.readAllStandardError());
    QList<double> luma;
    static const QRegularExpression yavg(QStringLiteral("YAVG=([0-9.]+)"));
    for (auto it = yavg.globalMatch(log); it.hasNext();)
        luma.append(it.next().captured(1).toDouble());
    QCOMPARE(luma.size(), 12); // 0.5 s at 24 fps
    // Frames 24 to 35 of the clip: luma 48 to 70 (video range scaling moves it a little).
    QVERIFY2(luma.first() > 40 && luma.first() < 60, qPrintable(QString::number(luma.first())));
    QVERIFY2(luma.last() > luma.first(), qPrintable(QString::number(luma.last())));
}

void tst_AnimaticRenderer::cancelLeavesNothing()
{
    AnimaticRenderer renderer;
    AnimaticOptions options;
    options.size = QSize(320, 180);
    renderer.setOptions(options);
    QSignalSpy finished(&renderer, &AnimaticRenderer::finished);
    const QString out = m_dir.filePath(QStringLiteral("cancelled.mp4"));
    QVERIFY2(renderer.start(mixedTimeline(), out).hasValue(), "starts");
    renderer.cancel();
    QVERIFY2(finished.wait(30000), "cancel finishes");
    const auto result = finished.first().first().value<Result<void>>();
    QVERIFY2(!result.hasValue(), "a cancelled render is an error");
    QVERIFY2(!QFile::exists(out), "no output");
    QVERIFY2(!QFile::exists(out + QStringLiteral(".part")), "no partial output");
    QVERIFY2(!renderer.isRunning(), "stopped");
}

void tst_AnimaticRenderer::refusesMissingFolder()
{
    AnimaticRenderer renderer;
    QSignalSpy finished(&renderer, &AnimaticRenderer::finished);
    const Result<void> r =
        renderer.start(mixedTimeline(), m_dir.filePath(QStringLiteral("no/such/dir/a.mp4")));
    QVERIFY2(!r.hasValue(), "missing folder refused");
    QCOMPARE(finished.size(), 0);
}

void tst_AnimaticRenderer::refusesEmptySequence()
{
    AnimaticRenderer renderer;
    const Result<void> r =
        renderer.start(SequenceTimeline(), m_dir.filePath(QStringLiteral("e.mp4")));
    QVERIFY2(!r.hasValue(), "empty sequence refused");
}

void tst_AnimaticRenderer::fontIsFound()
{
    const QString font = AnimaticRenderer::findFontFile();
    QVERIFY2(!font.isEmpty() && QFile::exists(font), qPrintable(font));
}

QImage tst_AnimaticRenderer::frameAt(const QString &video, double seconds,
                                     const QString &name) const
{
    const QString png = m_dir.filePath(name);
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                  QStringLiteral("-ss"), QString::number(seconds), QStringLiteral("-i"), video,
                  QStringLiteral("-frames:v"), QStringLiteral("1"), png});
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0)
        return {};
    return QImage(png);
}

void tst_AnimaticRenderer::stillsAndCaptions()
{
    // A shot without a take shows its board (a still); captions are burnt in on request.
    QImage board(640, 360, QImage::Format_RGB32);
    board.fill(QColor(220, 30, 30));
    const QString boardPath = m_dir.filePath(QStringLiteral("board.png"));
    QVERIFY(board.save(boardPath));
    SequenceItem still;
    still.shotId = QStringLiteral("a");
    still.label = QStringLiteral("1A");
    still.durationMs = 1000;
    still.picturePath = boardPath;
    still.dialogue = {QStringLiteral("MEI: Two, please. 两份。")};
    SequenceItem broken = still;
    broken.shotId = QStringLiteral("b");
    broken.label = QStringLiteral("2");
    broken.picturePath = m_dir.filePath(QStringLiteral("missing.png"));
    const SequenceTimeline timeline({still, broken});

    const auto render = [&](bool withCaptions, const QString &name) {
        AnimaticRenderer renderer;
        AnimaticOptions options;
        options.size = QSize(320, 180);
        options.captionLabel = withCaptions;
        options.captionDialogue = withCaptions;
        options.captionTimecode = withCaptions;
        renderer.setOptions(options);
        QSignalSpy finished(&renderer, &AnimaticRenderer::finished);
        const QString out = m_dir.filePath(name);
        if (!renderer.start(timeline, out).hasValue() || !finished.wait(120000))
            return QStringList();
        const auto result = finished.first().first().value<Result<void>>();
        if (!result.hasValue()) {
            qWarning("%s", qPrintable(result.error().message));
            return QStringList();
        }
        return renderer.lastArguments();
    };
    const QStringList plainArgs = render(false, QStringLiteral("plain.mp4"));
    QVERIFY(!plainArgs.isEmpty());
    QVERIFY2(plainArgs.contains(boardPath), "the board is an input");
    QVERIFY2(!plainArgs.contains(m_dir.filePath(QStringLiteral("missing.png"))),
             "a still that cannot be read becomes a slate");
    const QStringList captionArgs = render(true, QStringLiteral("captions.mp4"));
    QVERIFY(!captionArgs.isEmpty());
    const double total =
        probeDuration(m_dir.filePath(QStringLiteral("captions.mp4")),
                      {QStringLiteral("-show_entries"), QStringLiteral("format=duration")});
    QVERIFY2(qAbs(total - 2.0) <= 1.0 / 24.0, qPrintable(QString::number(total)));

    const QImage plain =
        frameAt(m_dir.filePath(QStringLiteral("plain.mp4")), 0.5, QStringLiteral("plain.png"));
    const QImage captioned = frameAt(m_dir.filePath(QStringLiteral("captions.mp4")), 0.5,
                                     QStringLiteral("captions.png"));
    QVERIFY(!plain.isNull() && !captioned.isNull());
    const QColor middle = plain.pixelColor(160, 90);
    QVERIFY2(middle.red() > 180 && middle.green() < 80, qPrintable(middle.name()));
    // Where the subtitle, the label and the timecode sit, the captioned frame differs.
    const auto differs = [&](const QRect &area) {
        int changed = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x) {
                const QColor a = plain.pixelColor(x, y);
                const QColor b = captioned.pixelColor(x, y);
                changed += qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) > 60 ? 1 : 0;
            }
        return changed;
    };
    QVERIFY2(differs(QRect(60, 130, 200, 30)) > 100, "subtitles at the bottom");
    QVERIFY2(differs(QRect(4, 4, 40, 16)) > 20, "label at the top left");
    QVERIFY2(differs(QRect(230, 4, 86, 16)) > 20, "timecode at the top right");
    QVERIFY2(differs(QRect(120, 60, 80, 40)) < 40, "the picture itself is untouched");
}

QTEST_GUILESS_MAIN(tst_AnimaticRenderer)
#include "tst_animaticrenderer.moc"
