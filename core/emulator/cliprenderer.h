// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

class QProcess;

namespace ShotBrief {

/// What to render for one job.
struct RenderRequest
{
    QString jobId;
    QSize size; ///< the requested pixel size, rendered exactly
    int seconds = 4;
    QString label;             ///< shot label on the slate
    QString model;             ///< shown with size and length in the slate's info line
    QString prompt;            ///< first words go on the slate; "palette: a, b" lines become bands
    QString referenceImage;    ///< optional first frame: the clip's first half second shows it
    QString lastFrameImage;    ///< optional last frame: the clip's last half second shows it
    QStringList subjectImages; ///< optional subject references, shown as small insets
    QString videoPath;         ///< outputs, written atomically (temporary name, then rename)
    QString thumbnailPath;
    QString spritesheetPath;
};

/// The outcome of a render.
struct RenderResult
{
    QString jobId;
    bool ok = false;
    QString errorCode; ///< "render_failed" when not ok
    QString errorMessage;
};

/// Renders placeholder clips with ffmpeg (QProcess with an argument list, never a shell):
/// 24 fps H.264 yuv420p + AAC at the requested size and length, a slate with the shot label and
/// the first words of the prompt, burnt-in timecode, bands of the prompt's palette colours and
/// a sine tone; then a webp thumbnail and a jpg spritesheet. Renders run a few at a time.
class ClipRenderer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipRenderer)

public:
    explicit ClipRenderer(QObject *parent = nullptr);
    ~ClipRenderer() override;

    void setFfmpegProgram(const QString &program)
    {
        m_program = program;
        m_webpChecked = false;
    }
    void setMaxParallel(int n) { m_maxParallel = std::max(1, n); }

    void render(const RenderRequest &request);
    /// Forgets a queued render or kills a running one; no finished() follows.
    void cancel(const QString &jobId);
    bool isBusy(const QString &jobId) const;

    /// The font drawtext uses: fc-match "Noto Sans CJK SC" (so CJK prompt words render),
    /// else DejaVu Sans. Looked up once.
    static QString fontFile();
    /// The slate text: label, then the first words of the prompt, wrapped to fit the width.
    static QString slateText(const QString &label, const QString &prompt, const QSize &size);
    /// True when `program -encoders` lists libwebp. Without it thumbnails are PNG files.
    static bool hasWebpEncoder(const QString &program);
    /// Escapes a value for an ffmpeg filtergraph option (quoted, so ':' ',' '[' are literal).
    static QString filterQuote(const QString &value);
    /// The ffmpeg arguments of the main render; `workDir` holds the text and filter files,
    /// which this function writes.
    static QStringList videoArguments(const RenderRequest &request, const QString &workDir,
                                      const QString &outputFile);

Q_SIGNALS:
    void finished(const ShotBrief::RenderResult &result);

private:
    struct Running;
    void startNext();
    void startStage(Running *running, int stage);
    void finish(Running *running, bool ok, const QString &message);

    QString m_program = QStringLiteral("ffmpeg");
    int m_maxParallel = 2;
    bool m_webp = true;
    bool m_webpChecked = false;
    QList<RenderRequest> m_queue;
    QHash<QString, Running *> m_running;
};

} // namespace ShotBrief
