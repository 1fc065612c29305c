// SPDX-License-Identifier: MIT
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>

class QObject;

namespace ShotBrief {

/// Takes frames out of clips with ffmpeg (an external program, run with an argument list,
/// never a shell). A frame asked for at a size is fitted to it the way a first frame is fitted
/// to a shot: scaled to cover the size, then cropped at the centre.
class FrameGrabber
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::FrameGrabber)

public:
    enum class Position { First, Last };

    /// A clip's first and last frames and its colour samples, taken in one decode (frames()).
    struct Frames
    {
        QImage first;
        QImage last;
        QList<QImage> samples;
        /// How often the clip was decoded: 2 when the container gave no frame count, or a wrong
        /// one, and the last frame was taken as grab(Last) takes it.
        int decodes = 1;
    };

    explicit FrameGrabber(const QString &program = QStringLiteral("ffmpeg"));

    /// The first or last frame of `clip` as PNG bytes, fitted to `size` (the clip's own size
    /// when `size` is empty). Waits for ffmpeg (a few tens of milliseconds for a 720p clip).
    Result<QByteArray> grabPng(const QString &clip, Position position, QSize size = {}) const;
    /// The same, decoded.
    Result<QImage> grab(const QString &clip, Position position, QSize size = {}) const;
    /// The same, written to `pngPath` atomically (a failed grab leaves an existing file alone).
    Result<void> save(const QString &clip, Position position, QSize size,
                      const QString &pngPath) const;
    /// As grabPng, without waiting: `done` runs on `context`'s thread once ffmpeg has finished
    /// (never when `context` is gone first).
    void grabPngLater(const QString &clip, Position position, QSize size, QObject *context,
                      std::function<void(Result<QByteArray>)> done) const;
    /// About one frame per second of `clip`, each scaled to exactly `size` (for colours).
    Result<QList<QImage>> samples(const QString &clip, QSize size) const;

    /// What grab(First), grab(Last) and samples() give, the same pixels, from one decode of
    /// `clip` instead of two: ffmpeg splits the decoded frames three ways and the last branch
    /// keeps frame N-1 of the N that ffprobe reads from the container's header. The first and
    /// last frames are fitted to `size` (the clip's own size when empty), the samples to
    /// `sampleSize`. For the continuity report, which needs all three of every clip.
    Result<Frames> frames(const QString &clip, QSize sampleSize, QSize size = {}) const;

    /// `image` scaled to cover `size` and cropped at the centre (what grab does to a frame).
    static QImage fitted(const QImage &image, QSize size);

    /// The ffmpeg arguments of grabPng (for the tests).
    static QStringList grabArguments(const QString &clip, Position position, QSize size);
    /// The ffmpeg arguments of frames() for a clip of `frameCount` frames (0: unknown, no last
    /// frame): the first and last frames to PPM files, the samples as raw RGB to the pipe.
    static QStringList framesArguments(const QString &clip, qint64 frameCount, QSize sampleSize,
                                       QSize size, const QString &firstPath,
                                       const QString &lastPath);

private:
    Result<QByteArray> run(const QStringList &arguments, const QString &clip) const;
    qint64 frameCount(const QString &clip) const;
    static Result<QByteArray> finish(const QString &clip, int exitCode, bool crashed,
                                     const QByteArray &output, const QByteArray &errors);

    QString m_program;
};

/// Checks a picture file from its header only (cheap): it exists, is a PNG, JPEG or WebP image
/// and has at most MaxFramePixels. Returns its size, or an error naming the file.
Result<QSize> checkPicture(const QString &path);

/// Reads a picture the user chose (a first or last frame, a cast reference): refused, with a
/// message naming the file, when it is missing, not a PNG, JPEG or WebP image, or larger than
/// MaxFramePixels. Only the header is read before that check.
Result<QImage> readPicture(const QString &path);

} // namespace ShotBrief
