// SPDX-License-Identifier: MIT
#include "cliprenderer.h"

#include "model/colornames.h"

#include "model/shotname.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace ShotBrief {

namespace {

constexpr int kFps = 24;
/// How long a first or last frame is held at either end of a clip.
constexpr double kPictureSeconds = 0.5;
constexpr int kRenderTimeoutMs = 180 * 1000;

bool writeTextFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.toUtf8()) >= 0;
}

QString hexColor(quint32 rgb)
{
    return QStringLiteral("0x%1").arg(rgb & 0xffffff, 6, 16, QLatin1Char('0'));
}

bool isWide(QChar c)
{
    // CJK and other wide characters take about twice the advance of Latin letters.
    return c.unicode() >= 0x1100;
}

QString temporarySibling(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    return info.path() + QLatin1Char('/') + info.completeBaseName() +
           QStringLiteral(".rendering.") + info.suffix();
}

bool replaceFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::rename(from, to);
}

} // namespace

struct ClipRenderer::Running
{
    RenderRequest request;
    QProcess *process = nullptr;
    QTimer *timeout = nullptr;
    std::unique_ptr<QTemporaryDir> work;
    int stage = 0;
};

ClipRenderer::ClipRenderer(QObject *parent)
    : QObject(parent)
{}

ClipRenderer::~ClipRenderer()
{
    const auto running = m_running.values();
    m_running.clear();
    for (Running *r : running) {
        if (r->process) {
            r->process->disconnect(this);
            r->process->kill();
            r->process->waitForFinished(2000);
        }
        delete r;
    }
}

QString ClipRenderer::fontFile()
{
    static const QString font = [] {
        const QStringList families{QStringLiteral("Noto Sans CJK SC"),
                                   QStringLiteral("DejaVu Sans")};
        for (const QString &family : families) {
            QProcess fc;
            fc.start(QStringLiteral("fc-match"),
                     {QStringLiteral("-f"), QStringLiteral("%{file}"), family});
            if (fc.waitForFinished(5000) && fc.exitCode() == 0) {
                const QString file = QString::fromLocal8Bit(fc.readAllStandardOutput()).trimmed();
                if (!file.isEmpty() && QFileInfo::exists(file))
                    return file;
            }
        }
        const QStringList known{
            QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")};
        for (const QString &file : known) {
            if (QFileInfo::exists(file))
                return file;
        }
        return QString();
    }();
    return font;
}

QString ClipRenderer::filterQuote(const QString &value)
{
    // Inside single quotes every filtergraph special character is literal; a quote itself
    // has to leave the quoted string: ' -> '\''
    QString out = value;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString ClipRenderer::slateText(const QString &label, const QString &prompt, const QSize &size)
{
    Q_UNUSED(label)
    const int shortSide = std::min(size.width(), size.height());
    const int fontSize = std::max(12, shortSide / 22);
    const int margin = std::max(8, shortSide / 18);
    // Average Latin advance ~0.55 em; wide characters ~1 em.
    const double budget = double(size.width() - 2 * margin) / (fontSize * 0.55);
    const int maxLines = 6;

    // First words of the prompt: its first line of prose, up to 24 words or 60 wide chars.
    // The first paragraph is the shot's prose; later lines (camera, lighting, palette) are
    // shown otherwise (bands) or would crowd the slate.
    QString text = prompt.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    if (text.isEmpty())
        text = prompt.simplified();
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    double lineWidth = 0;
    int used = 0;
    for (const QString &word : std::as_const(words)) {
        if (used >= 24 || lines.size() >= maxLines)
            break;
        ++used;
        // Split a long unbroken run (CJK has no spaces) into pieces that fit.
        QString rest = word;
        while (!rest.isEmpty() && lines.size() < maxLines) {
            double w = 0;
            qsizetype take = 0;
            const double room = budget - lineWidth - (line.isEmpty() ? 0 : 1);
            while (take < rest.size() && w + (isWide(rest.at(take)) ? 1.8 : 1.0) <= room) {
                w += isWide(rest.at(take)) ? 1.8 : 1.0;
                ++take;
            }
            const bool fitsWhole = take == rest.size();
            const bool wordTooLongForAnyLine = lineWidth == 0 && take < rest.size();
            if (fitsWhole || wordTooLongForAnyLine) {
                if (take == 0)
                    take = 1;
                if (!line.isEmpty()) {
                    line += QLatin1Char(' ');
                    lineWidth += 1;
                }
                line += rest.left(take);
                lineWidth += w;
                rest = rest.mid(take);
                if (!rest.isEmpty()) {
                    lines.append(line);
                    line.clear();
                    lineWidth = 0;
                }
            } else {
                lines.append(line);
                line.clear();
                lineWidth = 0;
            }
        }
    }
    if (!line.isEmpty() && lines.size() < maxLines)
        lines.append(line);
    if (used < words.size() && !lines.isEmpty())
        lines.last() += QStringLiteral(" …");
    return lines.join(QLatin1Char('\n'));
}

QStringList ClipRenderer::videoArguments(const RenderRequest &request, const QString &workDir,
                                         const QString &outputFile)
{
    const int w = request.size.width();
    const int h = request.size.height();
    const int shortSide = std::min(w, h);
    const int labelSize = std::max(16, shortSide / 10);
    const int promptSize = std::max(12, shortSide / 22);
    const int timecodeSize = std::max(12, shortSide / 14);
    const int margin = std::max(8, shortSide / 18);
    const QString seconds = QString::number(request.seconds);

    const QString labelFile = workDir + QStringLiteral("/label.txt");
    const QString promptFile = workDir + QStringLiteral("/prompt.txt");
    // drawtext cannot measure: fitted by an average glyph width (about 0.6 em) to one line.
    writeTextFile(labelFile, request.label.isEmpty()
                                 ? QStringLiteral("ShotBrief")
                                 : fitSlateTitle(request.label,
                                                 double(w - 2 * margin) / (labelSize * 0.6), 1));
    writeTextFile(promptFile, slateText(request.label, request.prompt, request.size));
    const QString infoFile = workDir + QStringLiteral("/info.txt");
    QStringList info;
    if (!request.model.isEmpty())
        info << request.model;
    info << QStringLiteral("%1x%2").arg(w).arg(h) << QStringLiteral("%1 s").arg(request.seconds)
         << QStringLiteral("%1 fps").arg(kFps);
    writeTextFile(infoFile, info.join(QStringLiteral(" · ")));

    const QString font = fontFile();
    const QString fontOption =
        font.isEmpty() ? QString() : QStringLiteral("fontfile=%1:").arg(filterQuote(font));

    QStringList chain;
    const QStringList palette = ColorNames::paletteFromPrompt(request.prompt);
    const int bandTop = h * 3 / 4;
    for (qsizetype i = 0; i < palette.size(); ++i) {
        const qsizetype n = palette.size();
        const int x0 = int(i * w / n);
        const int x1 = int((i + 1) * w / n);
        chain << QStringLiteral("drawbox=x=%1:y=%2:w=%3:h=%4:color=%5:t=fill")
                     .arg(x0)
                     .arg(bandTop)
                     .arg(x1 - x0)
                     .arg(h - bandTop)
                     .arg(hexColor(ColorNames::rgbFor(palette.at(i))));
    }
    chain << QStringLiteral("drawtext=%1textfile=%2:expansion=none:fontsize=%3:fontcolor=white:"
                            "x=%4:y=%4")
                 .arg(fontOption, filterQuote(labelFile))
                 .arg(labelSize)
                 .arg(margin);
    chain << QStringLiteral("drawtext=%1textfile=%2:expansion=none:fontsize=%3:fontcolor=white:"
                            "line_spacing=%4:x=%5:y=%6")
                 .arg(fontOption, filterQuote(promptFile))
                 .arg(promptSize)
                 .arg(promptSize / 3)
                 .arg(margin)
                 .arg(margin + labelSize * 3 / 2);
    chain << QStringLiteral("drawtext=%1timecode='00\\:00\\:00\\:00':rate=%2:fontsize=%3:"
                            "fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=%4:"
                            "x=(w-tw)/2:y=%5-th/2")
                 .arg(fontOption)
                 .arg(kFps)
                 .arg(timecodeSize)
                 .arg(std::max(4, timecodeSize / 5))
                 .arg(h * 11 / 20);
    chain << QStringLiteral("drawtext=%1textfile=%2:expansion=none:fontsize=%3:fontcolor=0xb4b4b4:"
                            "x=%4:y=%5-th-%4/2")
                 .arg(fontOption, filterQuote(infoFile))
                 .arg(promptSize)
                 .arg(margin)
                 .arg(bandTop);
    QString graph =
        QStringLiteral("[0:v]") + chain.join(QLatin1Char(',')) + QStringLiteral("[slate]");

    // Pictures go on top of the slate, each from its own input after the tone (input 1): the
    // subject references as small insets in the top right corner, then the first frame over
    // the first half second and the last frame over the last half second, untouched by any
    // text, so that a clip begins and ends exactly on the pictures it was given.
    const auto exists = [](const QString &path) {
        return !path.isEmpty() && QFileInfo::exists(path);
    };
    const QString cover =
        QStringLiteral("scale=%1:%2:force_original_aspect_ratio=increase,crop=%1:%2,setsar=1,"
                       "format=yuv420p")
            .arg(w)
            .arg(h);
    int input = 2;
    QString current = QStringLiteral("slate");
    const auto overlay = [&](const QString &prepare, const QString &placement) {
        const QString picture = QStringLiteral("p%1").arg(input);
        const QString result = QStringLiteral("o%1").arg(input);
        graph += QStringLiteral(";[%1:v]%2[%3];[%4][%3]%5[%6]")
                     .arg(input)
                     .arg(prepare, picture, current, placement, result);
        current = result;
        ++input;
    };
    const int inset = std::max(16, shortSide / 5) / 2 * 2; // even: chroma is subsampled
    int subjects = 0;
    for (const QString &subject : request.subjectImages) {
        if (!exists(subject))
            continue;
        overlay(QStringLiteral("scale=%1:%1:force_original_aspect_ratio=decrease,setsar=1,"
                               "pad=%1:%1:(ow-iw)/2:(oh-ih)/2:color=black")
                    .arg(inset),
                QStringLiteral("overlay=x=%1:y=%2")
                    .arg(w - margin - (subjects + 1) * inset - subjects * (margin / 2))
                    .arg(margin));
        ++subjects;
    }
    if (exists(request.referenceImage))
        overlay(cover, QStringLiteral("overlay=eof_action=pass"));
    if (exists(request.lastFrameImage))
        overlay(cover, QStringLiteral("overlay=enable='gte(t,%1)'")
                           .arg(std::max(0.0, request.seconds - kPictureSeconds)));
    graph += QStringLiteral(";[%1]format=yuv420p[v]").arg(current);

    const QString filterFile = workDir + QStringLiteral("/filter.txt");
    writeTextFile(filterFile, graph);

    QStringList args{
        QStringLiteral("-nostdin"),
        QStringLiteral("-y"),
        QStringLiteral("-hide_banner"),
        QStringLiteral("-loglevel"),
        QStringLiteral("error"),
        QStringLiteral("-f"),
        QStringLiteral("lavfi"),
        QStringLiteral("-i"),
        QStringLiteral("color=c=0x1c1c24:s=%1x%2:r=%3:d=%4").arg(w).arg(h).arg(kFps).arg(seconds),
        QStringLiteral("-f"),
        QStringLiteral("lavfi"),
        QStringLiteral("-i"),
        QStringLiteral("sine=frequency=440:sample_rate=48000:duration=%1").arg(seconds)};
    // In the order the graph numbers them: subjects, first frame, last frame. A still is
    // decoded a few times a second only (-framerate), not for every frame of the clip.
    for (const QString &subject : request.subjectImages) {
        if (exists(subject))
            args << QStringLiteral("-loop") << QStringLiteral("1") << QStringLiteral("-framerate")
                 << QStringLiteral("2") << QStringLiteral("-t") << seconds << QStringLiteral("-i")
                 << subject;
    }
    if (exists(request.referenceImage))
        args << QStringLiteral("-loop") << QStringLiteral("1") << QStringLiteral("-t")
             << QString::number(kPictureSeconds) << QStringLiteral("-i") << request.referenceImage;
    if (exists(request.lastFrameImage))
        args << QStringLiteral("-loop") << QStringLiteral("1") << QStringLiteral("-framerate")
             << QStringLiteral("2") << QStringLiteral("-t") << seconds << QStringLiteral("-i")
             << request.lastFrameImage;
    args << QStringLiteral("-filter_complex_script") << filterFile << QStringLiteral("-map")
         << QStringLiteral("[v]") << QStringLiteral("-map") << QStringLiteral("1:a")
         << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-preset")
         << QStringLiteral("ultrafast") << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p")
         << QStringLiteral("-r") << QString::number(kFps) << QStringLiteral("-c:a")
         << QStringLiteral("aac") << QStringLiteral("-b:a") << QStringLiteral("96k")
         << QStringLiteral("-t") << seconds << QStringLiteral("-movflags")
         << QStringLiteral("+faststart") << QStringLiteral("-f") << QStringLiteral("mp4")
         << outputFile;
    return args;
}

bool ClipRenderer::hasWebpEncoder(const QString &program)
{
    QProcess ffmpeg;
    ffmpeg.start(program, {QStringLiteral("-hide_banner"), QStringLiteral("-encoders")});
    if (!ffmpeg.waitForFinished(10000))
        return false;
    return ffmpeg.readAllStandardOutput().contains(" libwebp ");
}

void ClipRenderer::render(const RenderRequest &request)
{
    if (!m_webpChecked) {
        // Debian's ffmpeg has libwebp; a build without it gets PNG thumbnails, which the
        // routes then serve as image/png (they sniff the file) rather than failing every job.
        m_webp = hasWebpEncoder(m_program);
        m_webpChecked = true;
    }
    cancel(request.jobId);
    m_queue.append(request);
    startNext();
}

void ClipRenderer::cancel(const QString &jobId)
{
    m_queue.removeIf([&](const RenderRequest &r) { return r.jobId == jobId; });
    if (Running *r = m_running.take(jobId)) {
        if (r->process) {
            r->process->disconnect(this);
            r->process->kill();
            r->process->waitForFinished(2000);
            r->process->deleteLater();
        }
        delete r->timeout; // a stale timeout must not hit a later render of the same job
        QFile::remove(temporarySibling(r->request.videoPath));
        QFile::remove(temporarySibling(r->request.thumbnailPath));
        QFile::remove(temporarySibling(r->request.spritesheetPath));
        delete r;
        QTimer::singleShot(0, this, &ClipRenderer::startNext);
    }
}

bool ClipRenderer::isBusy(const QString &jobId) const
{
    if (m_running.contains(jobId))
        return true;
    return std::any_of(m_queue.cbegin(), m_queue.cend(),
                       [&](const RenderRequest &r) { return r.jobId == jobId; });
}

void ClipRenderer::startNext()
{
    while (m_running.size() < m_maxParallel && !m_queue.isEmpty()) {
        auto *running = new Running;
        running->request = m_queue.takeFirst();
        running->work = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                        QStringLiteral("/shotbrief-render-XXXXXX"));
        m_running.insert(running->request.jobId, running);
        startStage(running, 0);
    }
}

void ClipRenderer::startStage(Running *running, int stage)
{
    running->stage = stage;
    const RenderRequest &req = running->request;
    QStringList args;
    if (stage == 0) {
        if (!req.size.isValid() || req.seconds <= 0) {
            finish(running, false, tr("Invalid render size or length."));
            return;
        }
        if (!running->work->isValid()) {
            finish(running, false, tr("Cannot create a temporary folder for rendering."));
            return;
        }
        QDir().mkpath(QFileInfo(req.videoPath).path());
        args = videoArguments(req, running->work->path(), temporarySibling(req.videoPath));
    } else {
        // A thumbnail one second in (past any reference frames) and a 5x2 spritesheet.
        const int thumbFrame = std::min(kFps, req.seconds * kFps - 1);
        const QString graph = QStringLiteral("[0:v]split=2[a][b];"
                                             "[a]select='eq(n,%1)',setpts=N/TB[t];"
                                             "[b]fps=10/%2,scale=192:-2,tile=5x2[s]")
                                  .arg(thumbFrame)
                                  .arg(req.seconds);
        args = QStringList{QStringLiteral("-nostdin"),
                           QStringLiteral("-y"),
                           QStringLiteral("-hide_banner"),
                           QStringLiteral("-loglevel"),
                           QStringLiteral("error"),
                           QStringLiteral("-i"),
                           temporarySibling(req.videoPath),
                           QStringLiteral("-filter_complex"),
                           graph,
                           QStringLiteral("-map"),
                           QStringLiteral("[t]"),
                           QStringLiteral("-frames:v"),
                           QStringLiteral("1"),
                           QStringLiteral("-c:v"),
                           m_webp ? QStringLiteral("libwebp") : QStringLiteral("png"),
                           QStringLiteral("-f"),
                           m_webp ? QStringLiteral("webp") : QStringLiteral("image2"),
                           temporarySibling(req.thumbnailPath),
                           QStringLiteral("-map"),
                           QStringLiteral("[s]"),
                           QStringLiteral("-frames:v"),
                           QStringLiteral("1"),
                           QStringLiteral("-q:v"),
                           QStringLiteral("4"),
                           QStringLiteral("-f"),
                           QStringLiteral("image2"),
                           temporarySibling(req.spritesheetPath)};
    }

    if (running->process) {
        // We may be inside this process's finished() signal: never delete it directly.
        running->process->disconnect(this);
        running->process->deleteLater();
    }
    running->process = new QProcess(this);
    running->process->setProcessChannelMode(QProcess::SeparateChannels);
    QProcess *process = running->process;
    const QString jobId = req.jobId;
    connect(process, &QProcess::finished, this,
            [this, jobId, process](int exitCode, QProcess::ExitStatus status) {
                Running *r = m_running.value(jobId);
                if (!r || r->process != process)
                    return;
                if (status != QProcess::NormalExit || exitCode != 0) {
                    const QString stderrText =
                        QString::fromLocal8Bit(process->readAllStandardError()).trimmed().left(500);
                    finish(r, false,
                           tr("ffmpeg failed (exit code %1): %2").arg(exitCode).arg(stderrText));
                    return;
                }
                if (r->stage == 0)
                    startStage(r, 1);
                else
                    finish(r, true, QString());
            });
    connect(process, &QProcess::errorOccurred, this,
            [this, jobId, process](QProcess::ProcessError e) {
                if (e != QProcess::FailedToStart)
                    return; // crashes and timeouts also arrive through finished()
                Running *r = m_running.value(jobId);
                if (!r || r->process != process)
                    return;
                finish(r, false,
                       tr("Cannot start ffmpeg (%1): %2").arg(m_program, process->errorString()));
            });
    if (!running->timeout) {
        running->timeout = new QTimer(this);
        running->timeout->setSingleShot(true);
        connect(running->timeout, &QTimer::timeout, this, [this, jobId] {
            if (Running *r = m_running.value(jobId))
                finish(r, false, tr("ffmpeg took too long."));
        });
    }
    running->timeout->start(kRenderTimeoutMs);
    process->start(m_program, args);
}

void ClipRenderer::finish(Running *running, bool ok, const QString &message)
{
    const RenderRequest req = running->request;
    m_running.remove(req.jobId);
    if (running->process) {
        running->process->disconnect(this);
        if (running->process->state() != QProcess::NotRunning) {
            running->process->kill();
            running->process->waitForFinished(2000);
        }
        running->process->deleteLater();
        running->process = nullptr;
    }
    delete running->timeout;
    delete running;

    RenderResult result;
    result.jobId = req.jobId;
    result.ok = ok;
    if (ok) {
        // Outputs appear under their final names only when all of them are complete.
        result.ok = replaceFile(temporarySibling(req.thumbnailPath), req.thumbnailPath) &&
                    replaceFile(temporarySibling(req.spritesheetPath), req.spritesheetPath) &&
                    replaceFile(temporarySibling(req.videoPath), req.videoPath);
        if (!result.ok)
            result.errorMessage = tr("Cannot move the rendered files into place.");
    } else {
        result.errorMessage = message;
    }
    if (!result.ok) {
        result.errorCode = QStringLiteral("render_failed");
        QFile::remove(temporarySibling(req.videoPath));
        QFile::remove(temporarySibling(req.thumbnailPath));
        QFile::remove(temporarySibling(req.spritesheetPath));
    }
    Q_EMIT finished(result);
    QTimer::singleShot(0, this, &ClipRenderer::startNext);
}

} // namespace ShotBrief
