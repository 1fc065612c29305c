// SPDX-License-Identifier: MIT
#include "framegrabber.h"

#include "model/capabilities.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QPointer>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

namespace ShotBrief {

namespace {

constexpr int TimeoutMs = 60'000;

Error grabError(const QString &file, const QString &message)
{
    Error error;
    error.file = file;
    error.message = message;
    return error;
}

QString fitFilter(QSize size)
{
    // Cover the size, crop the centre; square pixels so that 1280x720 means 1280x720.
    return QStringLiteral("scale=%1:%2:force_original_aspect_ratio=increase,crop=%1:%2,setsar=1")
        .arg(size.width())
        .arg(size.height());
}

/// Frames of `size` packed as ffmpeg's rawvideo rgb24 writes them, one after another.
QList<QImage> rawFrames(const QByteArray &raw, QSize size)
{
    const qsizetype frameBytes = qsizetype(size.width()) * size.height() * 3;
    QList<QImage> frames;
    for (qsizetype at = 0; frameBytes > 0 && at + frameBytes <= raw.size(); at += frameBytes) {
        QImage frame(size, QImage::Format_RGB888);
        for (int y = 0; y < size.height(); ++y)
            memcpy(frame.scanLine(y), raw.constData() + at + qsizetype(y) * size.width() * 3,
                   size_t(size.width()) * 3);
        frames.append(frame);
    }
    return frames;
}

/// ffprobe beside `ffmpeg` (a path or a name looked up on PATH).
QString probeProgram(const QString &ffmpeg)
{
    const QFileInfo info(ffmpeg);
    const QString name = info.fileName().replace(QLatin1String("ffmpeg"), QLatin1String("ffprobe"));
    return ffmpeg.contains(QLatin1Char('/')) ? info.dir().filePath(name) : name;
}

} // namespace

FrameGrabber::FrameGrabber(const QString &program)
    : m_program(program)
{}

QStringList FrameGrabber::grabArguments(const QString &clip, Position position, QSize size)
{
    QStringList args{QStringLiteral("-nostdin"), QStringLiteral("-hide_banner"),
                     QStringLiteral("-loglevel"), QStringLiteral("error")};
    QStringList filters;
    if (position == Position::Last) {
        // Decode only the last second and hand on its final frame: "reverse" buffers that
        // second (24-60 frames) and starts with its end. Seeking from the end keeps this fast
        // for long clips.
        args << QStringLiteral("-sseof") << QStringLiteral("-1");
        filters << QStringLiteral("reverse");
    }
    args << QStringLiteral("-an") << QStringLiteral("-i") << clip;
    if (size.isValid() && !size.isEmpty())
        filters << fitFilter(size);
    if (!filters.isEmpty())
        args << QStringLiteral("-vf") << filters.join(QLatin1Char(','));
    args << QStringLiteral("-frames:v") << QStringLiteral("1") << QStringLiteral("-c:v")
         << QStringLiteral("png") << QStringLiteral("-f") << QStringLiteral("image2pipe")
         << QStringLiteral("pipe:1");
    return args;
}

Result<QByteArray> FrameGrabber::finish(const QString &clip, int exitCode, bool crashed,
                                        const QByteArray &output, const QByteArray &errors)
{
    if (crashed || exitCode != 0 || output.isEmpty()) {
        QString why = QString::fromUtf8(errors).trimmed().section(QLatin1Char('\n'), -1);
        if (why.isEmpty())
            why = tr("ffmpeg gave no frame");
        return grabError(
            clip, tr("Cannot take a frame from \"%1\": %2").arg(QFileInfo(clip).fileName(), why));
    }
    return output;
}

Result<QByteArray> FrameGrabber::run(const QStringList &arguments, const QString &clip) const
{
    if (!QFileInfo(clip).isFile())
        return grabError(clip, tr("The clip \"%1\" is missing.").arg(QFileInfo(clip).fileName()));
    QProcess ffmpeg;
    ffmpeg.start(m_program, arguments);
    if (!ffmpeg.waitForStarted(TimeoutMs))
        return grabError(clip, tr("Cannot run %1: %2").arg(m_program, ffmpeg.errorString()));
    ffmpeg.closeWriteChannel();
    if (!ffmpeg.waitForFinished(TimeoutMs)) {
        ffmpeg.kill();
        ffmpeg.waitForFinished(2000);
        return grabError(
            clip,
            tr("ffmpeg took longer than a minute on \"%1\".").arg(QFileInfo(clip).fileName()));
    }
    return finish(clip, ffmpeg.exitCode(), ffmpeg.exitStatus() != QProcess::NormalExit,
                  ffmpeg.readAllStandardOutput(), ffmpeg.readAllStandardError());
}

Result<QByteArray> FrameGrabber::grabPng(const QString &clip, Position position, QSize size) const
{
    return run(grabArguments(clip, position, size), clip);
}

Result<QImage> FrameGrabber::grab(const QString &clip, Position position, QSize size) const
{
    const Result<QByteArray> png = grabPng(clip, position, size);
    if (!png)
        return png.error();
    QImage image;
    if (!image.loadFromData(*png, "PNG"))
        return grabError(clip, tr("ffmpeg gave a frame of \"%1\" that cannot be read.")
                                   .arg(QFileInfo(clip).fileName()));
    return image;
}

Result<void> FrameGrabber::save(const QString &clip, Position position, QSize size,
                                const QString &pngPath) const
{
    const Result<QByteArray> png = grabPng(clip, position, size);
    if (!png)
        return png.error();
    QSaveFile file(pngPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(*png) != png->size() || !file.commit())
        return grabError(pngPath, tr("Cannot write the frame: %1").arg(file.errorString()));
    return {};
}

void FrameGrabber::grabPngLater(const QString &clip, Position position, QSize size,
                                QObject *context,
                                std::function<void(Result<QByteArray>)> done) const
{
    if (!QFileInfo(clip).isFile()) {
        const Error missing =
            grabError(clip, tr("The clip \"%1\" is missing.").arg(QFileInfo(clip).fileName()));
        QMetaObject::invokeMethod(
            context, [done, missing] { done(missing); }, Qt::QueuedConnection);
        return;
    }
    auto *ffmpeg = new QProcess(context);
    QObject::connect(ffmpeg, &QProcess::finished, context,
                     [ffmpeg, clip, done](int exitCode, QProcess::ExitStatus status) {
                         const Result<QByteArray> result = finish(
                             clip, exitCode, status != QProcess::NormalExit,
                             ffmpeg->readAllStandardOutput(), ffmpeg->readAllStandardError());
                         ffmpeg->deleteLater();
                         done(result);
                     });
    QObject::connect(ffmpeg, &QProcess::errorOccurred, context,
                     [ffmpeg, clip, done, program = m_program](QProcess::ProcessError error) {
                         if (error != QProcess::FailedToStart)
                             return; // a crash ends in finished() too
                         const QString why = ffmpeg->errorString();
                         ffmpeg->deleteLater();
                         done(grabError(clip, tr("Cannot run %1: %2").arg(program, why)));
                     });
    ffmpeg->start(m_program, grabArguments(clip, position, size));
    ffmpeg->closeWriteChannel();
}

Result<QList<QImage>> FrameGrabber::samples(const QString &clip, QSize size) const
{
    const QStringList args{QStringLiteral("-nostdin"),
                           QStringLiteral("-hide_banner"),
                           QStringLiteral("-loglevel"),
                           QStringLiteral("error"),
                           QStringLiteral("-an"),
                           QStringLiteral("-i"),
                           clip,
                           QStringLiteral("-vf"),
                           QStringLiteral("fps=1,") + fitFilter(size),
                           QStringLiteral("-pix_fmt"),
                           QStringLiteral("rgb24"),
                           QStringLiteral("-f"),
                           QStringLiteral("rawvideo"),
                           QStringLiteral("pipe:1")};
    const Result<QByteArray> raw = run(args, clip);
    if (!raw)
        return raw.error();
    const QList<QImage> frames = rawFrames(*raw, size);
    if (frames.isEmpty())
        return grabError(clip,
                         tr("ffmpeg gave no frame of \"%1\".").arg(QFileInfo(clip).fileName()));
    return frames;
}

QStringList FrameGrabber::framesArguments(const QString &clip, qint64 frameCount, QSize sampleSize,
                                          QSize size, const QString &firstPath,
                                          const QString &lastPath)
{
    // As grabArguments and samples() ask for them, so that the pixels are the same: the same
    // filters after the split, and rgb24 whether it ends in a PNG or here. A PPM is that rgb24
    // behind a header giving the size, which a fitted or rotated frame needs.
    const QString fit =
        size.isValid() && !size.isEmpty() ? QLatin1Char(',') + fitFilter(size) : QString();
    const bool withLast = frameCount > 0;
    QString graph =
        QStringLiteral("[0:v]split=%1[f][s]%2;[f]trim=end_frame=1%3[first];"
                       "[s]fps=1,%4[samples]")
            .arg(withLast ? 3 : 2)
            .arg(withLast ? QStringLiteral("[l]") : QString(), fit, fitFilter(sampleSize));
    if (withLast)
        graph += QStringLiteral(";[l]trim=start_frame=%1%2[last]").arg(frameCount - 1).arg(fit);
    const auto picture = [](const QString &label, const QString &path) {
        // Passthrough: a lone frame late in the clip is not repeated from time 0 (the image
        // muxers ask for a constant rate); -update keeps the last frame if there are more.
        return QStringList{QStringLiteral("-map"),
                           label,
                           QStringLiteral("-fps_mode"),
                           QStringLiteral("passthrough"),
                           QStringLiteral("-pix_fmt"),
                           QStringLiteral("rgb24"),
                           QStringLiteral("-c:v"),
                           QStringLiteral("ppm"),
                           QStringLiteral("-f"),
                           QStringLiteral("image2"),
                           QStringLiteral("-update"),
                           QStringLiteral("1"),
                           path};
    };
    QStringList args{QStringLiteral("-nostdin"),
                     QStringLiteral("-hide_banner"),
                     QStringLiteral("-loglevel"),
                     QStringLiteral("error"),
                     QStringLiteral("-y"),
                     QStringLiteral("-an"),
                     QStringLiteral("-i"),
                     clip,
                     QStringLiteral("-filter_complex"),
                     graph};
    args << picture(QStringLiteral("[first]"), firstPath);
    if (withLast)
        args << picture(QStringLiteral("[last]"), lastPath);
    args << QStringLiteral("-map") << QStringLiteral("[samples]") << QStringLiteral("-pix_fmt")
         << QStringLiteral("rgb24") << QStringLiteral("-f") << QStringLiteral("rawvideo")
         << QStringLiteral("pipe:1");
    return args;
}

qint64 FrameGrabber::frameCount(const QString &clip) const
{
    // nb_frames is in the header of an MP4 or MOV (the sample table); other containers leave
    // it out ("N/A"), which reads as 0.
    QProcess ffprobe;
    ffprobe.start(probeProgram(m_program),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                   QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                   QStringLiteral("stream=nb_frames"), QStringLiteral("-of"),
                   QStringLiteral("default=noprint_wrappers=1:nokey=1"), clip});
    if (!ffprobe.waitForStarted(TimeoutMs))
        return 0;
    ffprobe.closeWriteChannel();
    if (!ffprobe.waitForFinished(TimeoutMs)) {
        ffprobe.kill();
        ffprobe.waitForFinished(2000);
        return 0;
    }
    if (ffprobe.exitStatus() != QProcess::NormalExit || ffprobe.exitCode() != 0)
        return 0;
    bool ok = false;
    const qint64 count = ffprobe.readAllStandardOutput().trimmed().toLongLong(&ok);
    return ok && count > 0 ? count : 0;
}

Result<FrameGrabber::Frames> FrameGrabber::frames(const QString &clip, QSize sampleSize,
                                                  QSize size) const
{
    const QString name = QFileInfo(clip).fileName();
    if (!QFileInfo(clip).isFile())
        return grabError(clip, tr("The clip \"%1\" is missing.").arg(name));
    QTemporaryDir dir;
    if (!dir.isValid())
        return grabError(clip,
                         tr("Cannot take a frame from \"%1\": %2").arg(name, dir.errorString()));
    const QString firstPath = dir.filePath(QStringLiteral("first.ppm"));
    const QString lastPath = dir.filePath(QStringLiteral("last.ppm"));
    const Result<QByteArray> raw =
        run(framesArguments(clip, frameCount(clip), sampleSize, size, firstPath, lastPath), clip);
    if (!raw)
        return raw.error();
    Frames frames;
    frames.samples = rawFrames(*raw, sampleSize);
    // The strings of samples(): nothing new to translate.
    if (frames.samples.isEmpty() || !frames.first.load(firstPath, "PPM"))
        return grabError(clip, tr("ffmpeg gave no frame of \"%1\".").arg(name));
    // No count, or a count past the frames decoded (an edit list can drop some): the last
    // frame comes from a run of its own, which seeks near the end.
    if (!frames.last.load(lastPath, "PPM")) {
        const Result<QImage> last = grab(clip, Position::Last, size);
        if (!last)
            return last.error();
        frames.last = *last;
        frames.decodes = 2;
    }
    return frames;
}

QImage FrameGrabber::fitted(const QImage &image, QSize size)
{
    if (image.isNull() || !size.isValid() || size.isEmpty() || image.size() == size)
        return image;
    const QImage scaled =
        image.scaled(size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    return scaled.copy((scaled.width() - size.width()) / 2, (scaled.height() - size.height()) / 2,
                       size.width(), size.height());
}

Result<QSize> checkPicture(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        return grabError(path, FrameGrabber::tr("The picture \"%1\" is missing.").arg(name));
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    if (format != "png" && format != "jpeg" && format != "jpg" && format != "webp")
        return grabError(path,
                         FrameGrabber::tr("\"%1\" is not a PNG, JPEG or WebP picture.").arg(name));
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return grabError(
            path, FrameGrabber::tr("\"%1\" cannot be read: %2").arg(name, reader.errorString()));
    if (qint64(size.width()) * size.height() > MaxFramePixels)
        return grabError(path,
                         FrameGrabber::tr("\"%1\" is %2x%3 pixels: pictures over 50 megapixels "
                                          "are refused. Scale it down first.")
                             .arg(name)
                             .arg(size.width())
                             .arg(size.height()));
    return size;
}

Result<QImage> readPicture(const QString &path)
{
    const Result<QSize> checked = checkPicture(path);
    if (!checked)
        return checked.error();
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    QImage image;
    if (!reader.read(&image))
        return grabError(path, FrameGrabber::tr("\"%1\" cannot be read: %2")
                                   .arg(QFileInfo(path).fileName(), reader.errorString()));
    return image;
}

} // namespace ShotBrief
