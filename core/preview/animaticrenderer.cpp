// SPDX-License-Identifier: MIT
#include "animaticrenderer.h"

#include "model/shotname.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace ShotBrief {

namespace {

Error makeError(const QString &message, const QString &file = {})
{
    Error error;
    error.message = message;
    error.file = file;
    return error;
}

// Escapes a value for a filtergraph option (both the option and the graph level).
QString escapeFilterValue(const QString &value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(':') || c == QLatin1Char('\'') ||
            c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('[') ||
            c == QLatin1Char(']') || c == QLatin1Char('='))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

QString ffmpegColor(const QString &hex)
{
    if (!isValidHexColor(hex))
        return QStringLiteral("0x808080");
    return QStringLiteral("0x") + normalizedHexColor(hex).mid(1);
}

// drawtext does not wrap; wrap at word boundaries so a prompt excerpt fits the frame.
QString wrapText(const QString &text, int columns)
{
    QStringList lines;
    QString line;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > columns) {
            lines.append(line);
            line.clear();
        }
        if (!line.isEmpty())
            line += QLatin1Char(' ');
        line += word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

AnimaticRenderer::AnimaticRenderer(QObject *parent)
    : QObject(parent)
{}

AnimaticRenderer::~AnimaticRenderer()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    if (!m_partPath.isEmpty() && m_running)
        QFile::remove(m_partPath);
}

void AnimaticRenderer::setOptions(const AnimaticOptions &options)
{
    m_options = options;
}

bool AnimaticRenderer::isRunning() const
{
    return m_running;
}

QString AnimaticRenderer::findFontFile()
{
    // Noto Sans CJK covers Latin and the Chinese/Japanese labels the first users write.
    for (const QString &pattern :
         {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("sans-serif:lang=zh-cn"),
          QStringLiteral("sans-serif")}) {
        QProcess fc;
        fc.start(QStringLiteral("fc-match"),
                 {QStringLiteral("-f"), QStringLiteral("%{file}"), pattern});
        if (!fc.waitForFinished(5000) || fc.exitStatus() != QProcess::NormalExit ||
            fc.exitCode() != 0)
            continue;
        const QString file = QString::fromLocal8Bit(fc.readAllStandardOutput()).trimmed();
        if (!file.isEmpty() && QFileInfo(file).isFile())
            return file;
    }
    for (const char *fallback : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                 "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"}) {
        if (QFileInfo(QString::fromLatin1(fallback)).isFile())
            return QString::fromLatin1(fallback);
    }
    return {};
}

Result<void> AnimaticRenderer::start(const SequenceTimeline &timeline, const QString &outputPath)
{
    if (m_running)
        return makeError(tr("An animatic is already being rendered"), outputPath);
    if (timeline.totalMs() <= 0)
        return makeError(tr("The sequence is empty"), outputPath);
    if (!m_options.size.isValid() || m_options.size.width() % 2 || m_options.size.height() % 2 ||
        m_options.fps <= 0)
        return makeError(tr("Invalid output size or frame rate"), outputPath);
    const QFileInfo out(outputPath);
    if (outputPath.isEmpty() || !out.absoluteDir().exists())
        return makeError(tr("The folder of the output file does not exist"), outputPath);

    m_workDir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                QStringLiteral("/shotbrief-animatic-XXXXXX"));
    if (!m_workDir->isValid())
        return makeError(tr("Cannot create a temporary folder: %1").arg(m_workDir->errorString()));

    m_outputPath = out.absoluteFilePath();
    m_partPath = m_outputPath + QStringLiteral(".part");
    m_fontFile = m_options.fontFile.isEmpty() ? findFontFile() : m_options.fontFile;
    m_items.clear();
    for (const SequenceItem &item : timeline.items()) {
        if (item.durationMs > 0)
            m_items.append({item, false, false});
    }
    m_totalMs = timeline.totalMs();
    m_probeIndex = 0;
    m_running = true;
    m_canceled = false;
    m_stderrTail.clear();
    m_stdoutBuffer.clear();
    // Asynchronous from here on, so `finished` never fires inside start().
    QMetaObject::invokeMethod(this, &AnimaticRenderer::probeNext, Qt::QueuedConnection);
    return {};
}

void AnimaticRenderer::cancel()
{
    if (!m_running || m_canceled)
        return;
    m_canceled = true;
    if (m_process)
        m_process->kill(); // onProbeFinished / onRenderFinished reports the cancel
}

void AnimaticRenderer::probeNext()
{
    if (m_canceled) {
        finish(makeError(tr("Rendering was cancelled"), m_outputPath));
        return;
    }
    // Clips, and the stills that stand in for shots without one, are probed: what ffmpeg
    // cannot read becomes a slate instead of failing the whole render.
    while (m_probeIndex < m_items.size() && !m_items.at(m_probeIndex).item.hasClip() &&
           m_items.at(m_probeIndex).item.picturePath.isEmpty())
        ++m_probeIndex;
    if (m_probeIndex >= m_items.size()) {
        startRender();
        return;
    }
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, &AnimaticRenderer::onProbeFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onProbeFinished();
    });
    m_process->start(
        m_options.ffprobeProgram,
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
         QStringLiteral("stream=codec_type"), QStringLiteral("-of"), QStringLiteral("csv=p=0"),
         m_items.at(m_probeIndex).item.hasClip() ? m_items.at(m_probeIndex).item.clipPath
                                                 : m_items.at(m_probeIndex).item.picturePath});
}

void AnimaticRenderer::onProbeFinished()
{
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    process->deleteLater();
    if (m_canceled) {
        finish(makeError(tr("Rendering was cancelled"), m_outputPath));
        return;
    }
    if (process->error() == QProcess::FailedToStart) {
        finish(makeError(
            tr("Cannot run %1: %2").arg(m_options.ffprobeProgram, process->errorString())));
        return;
    }
    ProbedItem &probed = m_items[m_probeIndex];
    const QString types = QString::fromLatin1(process->readAllStandardOutput());
    probed.hasVideo = types.contains(QLatin1String("video"));
    probed.hasAudio = types.contains(QLatin1String("audio"));
    const bool readable = process->exitStatus() == QProcess::NormalExit &&
                          process->exitCode() == 0 && probed.hasVideo;
    if (!probed.item.hasClip()) {
        // A still that cannot be read: the slate shows instead.
        if (!readable)
            probed.item.picturePath.clear();
        probed.hasAudio = false;
    } else if (!readable) {
        // A corrupt clip must not sink the whole animatic: show its slate with the reason.
        probed.item.error =
            tr("Cannot read clip %1").arg(QFileInfo(probed.item.clipPath).fileName());
        probed.item.clipPath.clear();
    }
    ++m_probeIndex;
    probeNext();
}

QString AnimaticRenderer::writeTextFile(const QString &name, const QString &text) const
{
    const QString path = m_workDir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text.toUtf8());
    return path;
}

QString AnimaticRenderer::captions(int index, bool slate) const
{
    if (m_fontFile.isEmpty())
        return {};
    const SequenceItem &item = m_items.at(index).item;
    const int w = m_options.size.width();
    const int h = m_options.size.height();
    const QString font = escapeFilterValue(m_fontFile);
    QString filters;
    const auto text = [&](const QString &fileName, const QString &value, int fontSize,
                          const QString &x, const QString &y) {
        const QString path = writeTextFile(fileName, value);
        if (path.isEmpty() || value.isEmpty())
            return;
        filters += QStringLiteral(",drawtext=fontfile=%1:textfile=%2:fontsize=%3:fontcolor=white:"
                                  "box=1:boxcolor=black@0.55:boxborderw=%4:line_spacing=%5:"
                                  "x=%6:y=%7")
                       .arg(font, escapeFilterValue(path))
                       .arg(fontSize)
                       .arg(std::max(2, fontSize / 4))
                       .arg(fontSize / 4)
                       .arg(x, y);
    };
    // The slate shows the label big already.
    if (m_options.captionLabel && !slate && !item.label.isEmpty())
        text(QStringLiteral("caption-label%1.txt").arg(index), item.label, std::max(12, h / 24),
             QString::number(w / 40), QString::number(h / 30));
    if (m_options.captionDialogue && !item.dialogue.isEmpty()) {
        const int size = std::max(12, h / 22);
        QStringList lines;
        for (const QString &line : item.dialogue)
            lines.append(wrapText(line, std::max(20, w * 2 / size)));
        text(QStringLiteral("caption-dialogue%1.txt").arg(index), lines.join(QLatin1Char('\n')),
             size, QStringLiteral("(w-text_w)/2"), QStringLiteral("h-text_h-%1").arg(h / 12));
    }
    return filters;
}

QString AnimaticRenderer::buildFilterGraph(QStringList &inputs) const
{
    const int w = m_options.size.width();
    const int h = m_options.size.height();
    const QString fps = QString::number(m_options.fps);
    const QString size = QStringLiteral("%1x%2").arg(w).arg(h);
    // Every picture is letterboxed into the frame at the animatic's rate.
    const QString fit = QStringLiteral("scale=%1:%2:force_original_aspect_ratio=decrease,"
                                       "pad=%1:%2:(ow-iw)/2:(oh-ih)/2:color=black,setsar=1,fps=%3")
                            .arg(w)
                            .arg(h)
                            .arg(fps);
    QStringList chains;
    QString concatInputs;
    int inputIndex = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        const ProbedItem &probed = m_items.at(i);
        const SequenceItem &item = probed.item;
        const QString d = seconds(item.durationMs);
        const QString v = QStringLiteral("[v%1]").arg(i);
        const QString a = QStringLiteral("[a%1]").arg(i);
        QString silence =
            QStringLiteral("anullsrc=r=48000:cl=stereo,atrim=duration=%1%2").arg(d, a);
        if (item.hasClip()) {
            // From the take's in point: an input seek is frame-accurate when re-encoding.
            if (item.clipInMs > 0)
                inputs << QStringLiteral("-ss") << seconds(item.clipInMs);
            inputs << QStringLiteral("-i") << item.clipPath;
            const int k = inputIndex++;
            chains << QStringLiteral("[%1:v:0]%2,tpad=stop_mode=clone:stop_duration=%3,"
                                     "trim=duration=%3,setpts=PTS-STARTPTS%4,format=yuv420p%5")
                          .arg(k)
                          .arg(fit, d, captions(i, false), v);
            if (probed.hasAudio) {
                chains << QStringLiteral("[%1:a:0]aresample=48000,aformat=sample_fmts=fltp:"
                                         "channel_layouts=stereo,apad,atrim=duration=%2,"
                                         "asetpts=PTS-STARTPTS%3")
                              .arg(k)
                              .arg(d, a);
            } else {
                chains << silence;
            }
        } else if (!item.picturePath.isEmpty()) {
            // The shot's board (or first frame) held for its duration.
            inputs << QStringLiteral("-loop") << QStringLiteral("1") << QStringLiteral("-framerate")
                   << fps << QStringLiteral("-t") << d << QStringLiteral("-i") << item.picturePath;
            const int k = inputIndex++;
            chains << QStringLiteral("[%1:v:0]%2,trim=duration=%3,setpts=PTS-STARTPTS%4,"
                                     "format=yuv420p%5")
                          .arg(k)
                          .arg(fit, d, captions(i, false), v);
            chains << silence;
        } else {
            // The storyboard slate: palette bands at the bottom, label, prompt excerpt, error.
            QString chain = QStringLiteral("color=c=0x1e1f24:s=%1:r=%2:d=%3").arg(size, fps, d);
            const int n = int(item.palette.size());
            for (int c = 0; c < n; ++c) {
                const int x0 = w * c / n;
                const int x1 = w * (c + 1) / n;
                chain += QStringLiteral(",drawbox=x=%1:y=%2:w=%3:h=%4:color=%5:t=fill")
                             .arg(x0)
                             .arg(h - h / 8)
                             .arg(x1 - x0)
                             .arg(h / 8)
                             .arg(ffmpegColor(item.palette.at(c).hex));
            }
            if (!m_fontFile.isEmpty()) {
                const QString font = escapeFilterValue(m_fontFile);
                auto addText = [&](const QString &fileName, const QString &text, int fontSize,
                                   const QString &color, int y) {
                    const QString path = writeTextFile(fileName, text);
                    if (path.isEmpty() || text.isEmpty())
                        return;
                    chain += QStringLiteral(",drawtext=fontfile=%1:textfile=%2:fontsize=%3:"
                                            "fontcolor=%4:x=%5:y=%6:line_spacing=%7")
                                 .arg(font, escapeFilterValue(path))
                                 .arg(fontSize)
                                 .arg(color)
                                 .arg(w / 20)
                                 .arg(y)
                                 .arg(fontSize / 4);
                };
                const int big = std::max(12, h / 10);
                const int small = std::max(8, h / 30);
                // drawtext cannot measure: the title is fitted by an average glyph width
                // (about 0.6 em bold) to the frame less its margins, in at most two lines.
                const QString title =
                    item.label.isEmpty()
                        ? QStringLiteral("-")
                        : fitSlateTitle(slateTitle(item.label), (w - w / 10) / (big * 0.6));
                const int titleLines = int(title.count(QLatin1Char('\n'))) + 1;
                addText(QStringLiteral("label%1.txt").arg(i), title, big, QStringLiteral("white"),
                        h / 12);
                addText(QStringLiteral("prompt%1.txt").arg(i),
                        wrapText(promptExcerpt(item.prompt, 320),
                                 std::max(20, w / (small * 2 / 3 + 1))),
                        small, QStringLiteral("0xd0d0d0"),
                        h / 12 + big * titleLines + big / 4 * (titleLines - 1) + h / 20);
                addText(QStringLiteral("error%1.txt").arg(i), item.error, small,
                        QStringLiteral("0xff6b6b"), h - h / 8 - small * 2);
            }
            chain += captions(i, true);
            chain += QStringLiteral(",format=yuv420p%1").arg(v);
            chains << chain;
            chains << silence;
        }
        concatInputs += v + a;
    }
    const bool timecode = m_options.captionTimecode && !m_fontFile.isEmpty();
    chains << QStringLiteral("%1concat=n=%2:v=1:a=1[%3][aout]")
                  .arg(concatInputs)
                  .arg(m_items.size())
                  .arg(timecode ? QStringLiteral("vcat") : QStringLiteral("vout"));
    if (timecode) {
        // The sequence's own timecode, frame accurate, over the whole film.
        const int size = std::max(12, h / 26);
        chains << QStringLiteral("[vcat]drawtext=fontfile=%1:timecode=%2:rate=%3:fontsize=%4:"
                                 "fontcolor=white:box=1:boxcolor=black@0.55:boxborderw=%5:"
                                 "x=w-tw-%6:y=%7[vout]")
                      // Quoted for the graph, the colons escaped for the option.
                      .arg(escapeFilterValue(m_fontFile), QStringLiteral("'00\\:00\\:00\\:00'"),
                           fps)
                      .arg(size)
                      .arg(std::max(2, size / 4))
                      .arg(w / 40)
                      .arg(h / 30);
    }
    return chains.join(QStringLiteral(";\n"));
}

void AnimaticRenderer::startRender()
{
    QStringList inputs;
    const QString graph = buildFilterGraph(inputs);
    const QString script = writeTextFile(QStringLiteral("graph.txt"), graph);
    if (script.isEmpty()) {
        finish(makeError(tr("Cannot write the filter graph to %1").arg(m_workDir->path())));
        return;
    }
    QStringList args{QStringLiteral("-hide_banner"), QStringLiteral("-nostdin"),
                     QStringLiteral("-y"),           QStringLiteral("-v"),
                     QStringLiteral("error"),        QStringLiteral("-nostats"),
                     QStringLiteral("-progress"),    QStringLiteral("pipe:1")};
    args << inputs;
    args << QStringLiteral("-filter_complex_script") << script << QStringLiteral("-map")
         << QStringLiteral("[vout]") << QStringLiteral("-map") << QStringLiteral("[aout]")
         << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-preset")
         << QStringLiteral("veryfast") << QStringLiteral("-crf") << QStringLiteral("23")
         << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p") << QStringLiteral("-r")
         << QString::number(m_options.fps) << QStringLiteral("-c:a") << QStringLiteral("aac")
         << QStringLiteral("-b:a") << QStringLiteral("128k") << QStringLiteral("-movflags")
         << QStringLiteral("+faststart") << QStringLiteral("-f") << QStringLiteral("mp4")
         << m_partPath;
    m_lastArguments = args;

    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &AnimaticRenderer::onRenderOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process->readAllStandardError();
        if (m_stderrTail.size() > 4096)
            m_stderrTail = m_stderrTail.right(4096);
    });
    connect(m_process, &QProcess::finished, this, &AnimaticRenderer::onRenderFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onRenderFinished();
    });
    Q_EMIT progressChanged(0, m_totalMs);
    m_process->start(m_options.ffmpegProgram, args);
}

void AnimaticRenderer::onRenderOutput()
{
    m_stdoutBuffer += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutBuffer.left(newline).trimmed();
        m_stdoutBuffer.remove(0, newline + 1);
        // Despite its name, out_time_ms is in microseconds.
        if (line.startsWith("out_time_ms=")) {
            bool ok = false;
            const qint64 us = line.mid(12).toLongLong(&ok);
            if (ok && us >= 0)
                Q_EMIT progressChanged(std::min(us / 1000, m_totalMs), m_totalMs);
        }
    }
}

void AnimaticRenderer::onRenderFinished()
{
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    process->deleteLater();
    m_stderrTail += process->readAllStandardError();
    if (m_canceled) {
        QFile::remove(m_partPath);
        finish(makeError(tr("Rendering was cancelled"), m_outputPath));
        return;
    }
    if (process->error() == QProcess::FailedToStart) {
        finish(makeError(
            tr("Cannot run %1: %2").arg(m_options.ffmpegProgram, process->errorString())));
        return;
    }
    if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
        QFile::remove(m_partPath);
        const QString detail = QString::fromLocal8Bit(m_stderrTail).trimmed();
        finish(makeError(
            tr("ffmpeg failed (exit code %1): %2").arg(process->exitCode()).arg(detail.right(600)),
            m_outputPath));
        return;
    }
    // rename(2) replaces an existing file atomically; QFile::rename refuses to.
    if (std::rename(QFile::encodeName(m_partPath).constData(),
                    QFile::encodeName(m_outputPath).constData()) != 0) {
        QFile::remove(m_partPath);
        finish(makeError(tr("Cannot move the rendered file into place"), m_outputPath));
        return;
    }
    Q_EMIT progressChanged(m_totalMs, m_totalMs);
    finish({});
}

void AnimaticRenderer::finish(const Result<void> &result)
{
    m_running = false;
    m_workDir.reset();
    Q_EMIT finished(result);
}

} // namespace ShotBrief
