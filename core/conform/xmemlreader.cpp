// SPDX-License-Identifier: MIT
// Final Cut Pro 7 XML (xmeml, versions 1-5) as written by ShotBrief, Premiere Pro, DaVinci
// Resolve and FCP 7: a sequence whose media holds video tracks of clip items, generator items
// and transition items with start/end on the sequence and in/out in the media.

#include "cutreading.h"

#include "xmltree.h"

#include <QFileInfo>
#include <QHash>

namespace ShotBrief {

namespace {

using CutReading::Text;

class XmemlReader
{
public:
    explicit XmemlReader(const QString &fileName)
        : m_fileName(fileName)
        , m_baseDir(QFileInfo(fileName).absolutePath())
    {
        m_cut.kind = EditListKind::Xmeml;
        m_cut.fileName = fileName;
    }

    Result<EditedCut> read(const QByteArray &bytes)
    {
        const Result<XmlElement> tree =
            parseXmlDocument(bytes, m_fileName, QStringLiteral("xmeml"), MaxEditListDepth);
        if (!tree)
            return tree.error();
        const XmlElement &root = *tree;
        QList<const XmlElement *> sequences;
        collect(root, sequences, 0);
        if (sequences.isEmpty())
            return CutReading::error(m_fileName, Text::tr("no <sequence> in the file"));
        const XmlElement &sequence = *sequences.first();
        m_cut.title = sequence.childText(QStringLiteral("name"));
        if (sequences.size() > 1)
            m_cut.notes.append(Text::tr("The file holds %1 sequences; ShotBrief read the first, "
                                        "\"%2\".")
                                   .arg(sequences.size())
                                   .arg(m_cut.title));
        if (Result<double> fps = rateOf(sequence); fps)
            m_cut.fps = *fps;
        else
            return fps.error();

        const XmlElement *media = sequence.child(QStringLiteral("media"));
        const XmlElement *video = media ? media->child(QStringLiteral("video")) : nullptr;
        if (!video)
            return CutReading::error(m_fileName, Text::tr("the sequence has no video"),
                                     sequence.line);
        QList<const XmlElement *> tracks;
        for (const XmlElement *track : video->childrenNamed(QStringLiteral("track"))) {
            if (track->child(QStringLiteral("clipitem")) ||
                track->child(QStringLiteral("generatoritem")))
                tracks.append(track);
        }
        if (tracks.isEmpty())
            return CutReading::error(m_fileName, Text::tr("no video track with clips"),
                                     video->line);
        m_cut.videoTrackCount = int(tracks.size());
        if (tracks.size() > 1)
            m_cut.notes.append(CutReading::topTrackNote(int(tracks.size()),
                                                        QStringLiteral("V%1").arg(tracks.size())));
        indexFiles(root, 0);
        if (Result<void> read = readTrack(*tracks.last()); !read)
            return read.error();
        if (m_cut.clips.isEmpty())
            return CutReading::error(m_fileName, Text::tr("the video track has no enabled clips"),
                                     tracks.last()->line);
        if (Result<void> ordered = CutReading::orderAndCheckOverlaps(m_cut, int(m_cut.fps + 0.5));
            !ordered)
            return ordered.error();
        return m_cut;
    }

private:
    /// Top-level sequences: under xmeml, or in a project's or bin's children, not nested in
    /// clip items.
    static void collect(const XmlElement &element, QList<const XmlElement *> &sequences, int depth)
    {
        if (depth > MaxEditListDepth)
            return;
        for (const XmlElement &child : element.children) {
            if (child.name == QLatin1String("sequence"))
                sequences.append(&child);
            else if (child.name == QLatin1String("project") || child.name == QLatin1String("bin") ||
                     child.name == QLatin1String("children"))
                collect(child, sequences, depth + 1);
        }
    }

    /// Every <file> with content, by id: later uses of a file name only its id.
    void indexFiles(const XmlElement &element, int depth)
    {
        if (depth > MaxEditListDepth)
            return;
        for (const XmlElement &child : element.children) {
            if (child.name == QLatin1String("file") && !child.children.empty()) {
                const QString id = child.attribute(QStringLiteral("id"));
                if (!m_files.contains(id))
                    m_files.insert(id, &child);
            }
            indexFiles(child, depth + 1);
        }
    }

    Result<double> rateOf(const XmlElement &element) const
    {
        const XmlElement *rate = element.child(QStringLiteral("rate"));
        if (!rate)
            return 24.0; // FCP 7 inherits the rate; ShotBrief's default
        bool ok = false;
        const int timebase = rate->childText(QStringLiteral("timebase")).toInt(&ok);
        if (!ok || timebase <= 0 || timebase > 1000)
            return CutReading::error(m_fileName,
                                     Text::tr("<rate> needs a <timebase> of frames per second, "
                                              "got \"%1\"")
                                         .arg(rate->childText(QStringLiteral("timebase"))),
                                     rate->line);
        const bool ntsc = rate->childText(QStringLiteral("ntsc"))
                              .compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0;
        return ntsc ? timebase * 1000.0 / 1001.0 : double(timebase);
    }

    std::optional<qint64> number(const XmlElement &item, const QString &name) const
    {
        const XmlElement *element = item.child(name);
        if (!element)
            return std::nullopt;
        bool ok = false;
        const qint64 value = element->text.toLongLong(&ok);
        if (!ok || value < -1 || value > 1'000'000'000)
            return std::nullopt;
        return value;
    }

    Error missing(const XmlElement &item, const QString &name) const
    {
        return CutReading::error(m_fileName,
                                 Text::tr("<%1> \"%2\" needs a whole number in <%3>")
                                     .arg(item.name, item.childText(QStringLiteral("name")), name),
                                 item.line);
    }

    Result<void> readTrack(const XmlElement &track)
    {
        qint64 previousEnd = 0;
        const XmlElement *transition = nullptr;
        int index = 0;
        for (const XmlElement &item : track.children) {
            if (item.name == QLatin1String("transitionitem")) {
                transition = &item;
                if (!m_notedTransition)
                    m_cut.notes.append(Text::tr("Transitions are left out: ShotBrief cuts."));
                m_notedTransition = true;
                continue;
            }
            const bool generator = item.name == QLatin1String("generatoritem");
            if (item.name != QLatin1String("clipitem") && !generator)
                continue;
            ++index;
            auto start = number(item, QStringLiteral("start"));
            auto end = number(item, QStringLiteral("end"));
            const auto in = number(item, QStringLiteral("in"));
            const auto out = number(item, QStringLiteral("out"));
            if (!start)
                return missing(item, QStringLiteral("start"));
            if (!end)
                return missing(item, QStringLiteral("end"));
            if (!in || *in < 0)
                return missing(item, QStringLiteral("in"));
            if (!out || *out < *in)
                return missing(item, QStringLiteral("out"));
            // -1: the edit point lies inside a transition (its middle, as FCP aligns them).
            if (*start < 0)
                start = transition ? cutPoint(*transition) : previousEnd;
            if (*end < 0)
                end = *start + (*out - *in);
            transition = nullptr;
            previousEnd = *end;
            if (item.childText(QStringLiteral("enabled"))
                    .compare(QLatin1String("FALSE"), Qt::CaseInsensitive) == 0) {
                m_cut.notes.append(Text::tr("Disabled clip \"%1\" (line %2) is left out.")
                                       .arg(item.childText(QStringLiteral("name")))
                                       .arg(item.line));
                continue;
            }
            CutClip clip;
            clip.location = Text::tr("clip %1 (line %2)").arg(index).arg(item.line);
            clip.name = item.childText(QStringLiteral("name"));
            clip.recordIn = *start;
            // The record length rules; a speed change would make the source length differ.
            clip.sourceIn = generator ? 0 : *in;
            clip.sourceOut = clip.sourceIn + std::max<qint64>(0, *end - *start);
            if (clip.frames() <= 0)
                continue;
            clip.isSlate = generator;
            if (const XmlElement *comments = item.child(QStringLiteral("comments"))) {
                for (const XmlElement &comment : comments->children)
                    clip.notes.append(comment.text);
            }
            for (const XmlElement *marker : item.childrenNamed(QStringLiteral("marker"))) {
                clip.notes.append(marker->childText(QStringLiteral("name")));
                clip.notes.append(marker->childText(QStringLiteral("comment")));
            }
            if (!generator) {
                const XmlElement *file = item.child(QStringLiteral("file"));
                if (file && file->children.empty())
                    file = m_files.value(file->attribute(QStringLiteral("id")));
                if (file) {
                    clip.mediaPath = CutReading::localMediaPath(
                        file->childText(QStringLiteral("pathurl")), m_baseDir);
                    if (clip.mediaPath.isEmpty())
                        clip.notes.append(file->childText(QStringLiteral("name")));
                }
            }
            m_cut.clips.append(clip);
        }
        return {};
    }

    qint64 cutPoint(const XmlElement &transition) const
    {
        const qint64 start = number(transition, QStringLiteral("start")).value_or(0);
        const qint64 end = number(transition, QStringLiteral("end")).value_or(start);
        const QString alignment = transition.childText(QStringLiteral("alignment"));
        if (alignment == QLatin1String("start") || alignment == QLatin1String("start-black"))
            return start;
        if (alignment == QLatin1String("end") || alignment == QLatin1String("end-black"))
            return end;
        return (start + end) / 2;
    }

    QString m_fileName;
    QString m_baseDir;
    EditedCut m_cut;
    QHash<QString, const XmlElement *> m_files;
    bool m_notedTransition = false;
};

} // namespace

Result<EditedCut> readXmemlCut(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > MaxEditListBytes)
        return CutReading::error(fileName, CutReading::Text::tr("the file is too large"));
    return XmemlReader(fileName).read(bytes);
}

} // namespace ShotBrief
