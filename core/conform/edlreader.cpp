// SPDX-License-Identifier: MIT
// CMX 3600 EDL: one video event per line with source and record timecodes, followed by
// "* ..." comment lines that belong to it.

#include "cutreading.h"

#include "export/editlist.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace ShotBrief {

namespace {

using CutReading::Text;

struct Timecode
{
    qint64 frames = 0;
    bool dropFrame = false;
};

class EdlReader
{
public:
    EdlReader(const QString &fileName, int fps)
        : m_fileName(fileName)
        , m_baseDir(QFileInfo(fileName).absolutePath())
        , m_fps(fps)
    {
        m_cut.kind = EditListKind::Edl;
        m_cut.fileName = fileName;
        m_cut.fps = fps;
    }

    Result<EditedCut> read(const QByteArray &bytes)
    {
        const QString text = QString::fromUtf8(bytes);
        const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
        static const QRegularExpression event(QStringLiteral(
            R"(^(\d{1,6})\s+(\S+)\s+(\S+)\s+(C|D|W\d{3}|K|KB|KO)(?:\s+(\d{1,4}))?\s+)"
            R"((\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s*$)"));
        for (int i = 0; i < lines.size(); ++i) {
            const int lineNumber = i + 1;
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            if (line.startsWith(QLatin1String("TITLE:"), Qt::CaseInsensitive)) {
                m_cut.title = line.mid(6).trimmed();
                continue;
            }
            if (line.startsWith(QLatin1String("FCM:"), Qt::CaseInsensitive)) {
                if (line.contains(QLatin1String("DROP FRAME"), Qt::CaseInsensitive) &&
                    !line.contains(QLatin1String("NON-DROP"), Qt::CaseInsensitive))
                    return CutReading::error(m_fileName, dropFrameMessage(), lineNumber);
                continue;
            }
            if (line.startsWith(QLatin1Char('*'))) {
                comment(line.mid(1).trimmed());
                continue;
            }
            if (line.startsWith(QLatin1String("M2"), Qt::CaseInsensitive)) {
                m_cut.notes.append(
                    Text::tr("Speed changes are left out (line %1).").arg(lineNumber));
                continue;
            }
            if (!line.at(0).isDigit())
                continue; // SPLIT:, notes of other tools
            const QRegularExpressionMatch match = event.match(line);
            if (!match.hasMatch())
                return CutReading::error(
                    m_fileName,
                    Text::tr("expected an event: number, reel, channels, transition and four "
                             "timecodes, got \"%1\"")
                        .arg(line.left(120)),
                    lineNumber);
            if (Result<void> added = addEvent(match, lineNumber); !added)
                return added.error();
        }
        if (m_cut.clips.isEmpty())
            return CutReading::error(m_fileName, Text::tr("no video events"));
        // Record time usually starts at 01:00:00:00; the cut starts at its first event.
        qint64 first = m_cut.clips.first().recordIn;
        for (const CutClip &clip : std::as_const(m_cut.clips))
            first = std::min(first, clip.recordIn);
        for (CutClip &clip : m_cut.clips)
            clip.recordIn -= first;
        if (Result<void> ordered = CutReading::orderAndCheckOverlaps(m_cut, m_fps); !ordered)
            return ordered.error();
        return m_cut;
    }

private:
    QString dropFrameMessage() const
    {
        return Text::tr("drop-frame timecode (29.97 or 59.94 fps): ShotBrief's edit lists run "
                        "at %1 fps; set the sequence to %1 fps non-drop and export again")
            .arg(m_fps);
    }

    Result<Timecode> timecode(const QString &text, int lineNumber) const
    {
        static const QRegularExpression pattern(
            QStringLiteral(R"(^(\d{1,2}):(\d{2}):(\d{2})([:;.])(\d{2,3})$)"));
        const QRegularExpressionMatch match = pattern.match(text);
        if (!match.hasMatch())
            return CutReading::error(
                m_fileName, Text::tr("expected a timecode HH:MM:SS:FF, got \"%1\"").arg(text),
                lineNumber);
        if (match.captured(4) != QLatin1String(":"))
            return CutReading::error(m_fileName, dropFrameMessage(), lineNumber);
        const int minutes = match.captured(2).toInt();
        const int seconds = match.captured(3).toInt();
        const int frame = match.captured(5).toInt();
        if (minutes > 59 || seconds > 59)
            return CutReading::error(
                m_fileName, Text::tr("timecode %1 is not a time of day").arg(text), lineNumber);
        if (frame >= m_fps)
            return CutReading::error(m_fileName,
                                     Text::tr("timecode %1 counts %2 frames in a second: the EDL "
                                              "was made at another frame rate than %3 fps; set "
                                              "the sequence to %3 fps and export again")
                                         .arg(text)
                                         .arg(frame + 1)
                                         .arg(m_fps),
                                     lineNumber);
        Timecode tc;
        tc.frames =
            ((match.captured(1).toLongLong() * 60 + minutes) * 60 + seconds) * m_fps + frame;
        return tc;
    }

    Result<void> addEvent(const QRegularExpressionMatch &match, int lineNumber)
    {
        const QString channels = match.captured(3).toUpper();
        // Audio-only events (A, A2, AA ...) are not the picture cut.
        const bool video = channels.contains(QLatin1Char('V')) || channels == QLatin1String("B");
        m_current = -1;
        if (!video)
            return {};
        Timecode times[4];
        for (int t = 0; t < 4; ++t) {
            const Result<Timecode> tc = timecode(match.captured(6 + t), lineNumber);
            if (!tc)
                return tc.error();
            times[t] = *tc;
        }
        const qint64 sourceFrames = times[1].frames - times[0].frames;
        const qint64 recordFrames = times[3].frames - times[2].frames;
        if (sourceFrames < 0 || recordFrames < 0)
            return CutReading::error(m_fileName, Text::tr("an out point before its in point"),
                                     lineNumber);
        if (match.captured(4) != QLatin1String("C") && !m_notedTransition) {
            m_cut.notes.append(Text::tr("Transitions are left out: ShotBrief cuts."));
            m_notedTransition = true;
        }
        if (recordFrames == 0)
            return {}; // the outgoing side of a dissolve
        if (sourceFrames != recordFrames && sourceFrames != 0)
            m_cut.notes.append(
                Text::tr("Event %1 plays at another speed; ShotBrief uses its source in point "
                         "and record length (line %2).")
                    .arg(match.captured(1))
                    .arg(lineNumber));
        CutClip clip;
        clip.location = Text::tr("event %1 (line %2)").arg(match.captured(1)).arg(lineNumber);
        clip.reel = match.captured(2);
        const QString reel = clip.reel.toUpper();
        clip.isSlate = reel == QLatin1String("BL") || reel == QLatin1String("BLACK");
        clip.sourceIn = clip.isSlate ? 0 : times[0].frames;
        clip.sourceOut = clip.sourceIn + recordFrames;
        clip.recordIn = times[2].frames;
        m_cut.clips.append(clip);
        m_current = int(m_cut.clips.size()) - 1;
        return {};
    }

    void comment(const QString &text)
    {
        if (m_current < 0)
            return;
        CutClip &clip = m_cut.clips[m_current];
        const auto value = [&text](const char *key) -> std::optional<QString> {
            const QLatin1String prefix(key);
            if (text.startsWith(prefix, Qt::CaseInsensitive))
                return text.mid(prefix.size()).trimmed();
            return std::nullopt;
        };
        if (const auto name = value("FROM CLIP NAME:")) {
            clip.name = *name;
        } else if (const auto file = value("SOURCE FILE:")) {
            clip.mediaPath = CutReading::localMediaPath(*file, m_baseDir);
        } else if (value("TO CLIP NAME:")) {
            // The incoming side of a dissolve names the next event.
        } else {
            clip.notes.append(text);
        }
    }

    QString m_fileName;
    QString m_baseDir;
    int m_fps;
    EditedCut m_cut;
    int m_current = -1; ///< The event comments belong to; -1 before the first video event.
    bool m_notedTransition = false;
};

} // namespace

Result<EditedCut> readEdlCut(const QByteArray &bytes, const QString &fileName, int fps)
{
    if (bytes.size() > MaxEditListBytes)
        return CutReading::error(fileName, CutReading::Text::tr("the file is too large"));
    return EdlReader(fileName, fps > 0 ? fps : EditListFps).read(bytes);
}

} // namespace ShotBrief
