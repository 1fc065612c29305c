// SPDX-License-Identifier: MIT
#pragma once

#include "sequencetimeline.h"

#include "model/result.h"

#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace ShotBrief {

struct AnimaticOptions
{
    QSize size{1280, 720}; ///< Every clip is letterboxed into this frame.
    int fps = 24;
    QString ffmpegProgram = QStringLiteral("ffmpeg");
    QString ffprobeProgram = QStringLiteral("ffprobe");
    QString fontFile; ///< For slate text; empty: ask fontconfig (fc-match).
    // Burnt-in captions, each optional.
    bool captionLabel = false;    ///< The shot's label, top left.
    bool captionDialogue = false; ///< The shot's dialogue as subtitles.
    bool captionTimecode = false; ///< The sequence timecode (HH:MM:SS:FF), top right.
};

/// Renders a sequence (circled takes, else each shot's still, its board or first frame, else
/// a slate) to one mp4 with ffmpeg, with the captions asked for burnt in: every clip is
/// normalised to one size and frame rate, padded or cut to its shot's duration, and given
/// silent audio when it has none, so the file lasts exactly as long as the sequence.
/// Clips are probed first (ffprobe); an unreadable clip becomes a slate showing the error.
/// Writes to "<output>.part" and renames on success, so a failed or cancelled render never
/// leaves a half-written file under the final name.
class AnimaticRenderer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnimaticRenderer)

public:
    explicit AnimaticRenderer(QObject *parent = nullptr);
    ~AnimaticRenderer() override;

    void setOptions(const AnimaticOptions &options);
    const AnimaticOptions &options() const { return m_options; }

    /// Starts rendering; returns an error (and emits nothing) when it cannot start.
    /// Otherwise `finished` follows exactly once.
    Result<void> start(const SequenceTimeline &timeline, const QString &outputPath);
    void cancel();
    bool isRunning() const;

    /// The ffmpeg arguments of the current or last render (for diagnostics and tests).
    QStringList lastArguments() const { return m_lastArguments; }

    /// A font file for slate text that also covers CJK labels, found with fc-match.
    static QString findFontFile();

Q_SIGNALS:
    void progressChanged(qint64 doneMs, qint64 totalMs);
    void finished(const ShotBrief::Result<void> &result);

private:
    struct ProbedItem
    {
        SequenceItem item;
        bool hasVideo = false;
        bool hasAudio = false;
    };

    void probeNext();
    void onProbeFinished();
    void startRender();
    void onRenderOutput();
    void onRenderFinished();
    void finish(const Result<void> &result);
    QString buildFilterGraph(QStringList &inputs) const;
    QString captions(int index, bool slate) const;
    QString writeTextFile(const QString &name, const QString &text) const;

    AnimaticOptions m_options;
    QString m_outputPath;
    QString m_partPath;
    QString m_fontFile;
    QList<ProbedItem> m_items;
    int m_probeIndex = 0;
    qint64 m_totalMs = 0;
    QProcess *m_process = nullptr; // owned (child)
    std::unique_ptr<QTemporaryDir> m_workDir;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrTail;
    QStringList m_lastArguments;
    bool m_running = false;
    bool m_canceled = false;
};

} // namespace ShotBrief
