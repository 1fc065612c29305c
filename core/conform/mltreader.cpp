// SPDX-License-Identifier: MIT
// MLT XML as written by ShotBrief, Shotcut, Kdenlive and melt: producers (or chains), playlists
// of entries and blanks, and tractors whose tracks name playlists (Kdenlive nests a tractor per
// track). The main tractor is the last one in the file, as melt plays it.

#include "cutreading.h"

#include "xmltree.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ShotBrief {

namespace {

using CutReading::Text;

/// A producer's properties: child <property name=...> elements and plain attributes.
QString property(const XmlElement &element, const QString &name)
{
    for (const XmlElement &child : element.children) {
        if (child.name == QLatin1String("property") &&
            child.attribute(QStringLiteral("name")) == name)
            return child.text;
    }
    return element.attribute(name);
}

bool isProducer(const XmlElement &element)
{
    return element.name == QLatin1String("producer") || element.name == QLatin1String("chain");
}

class MltReader
{
public:
    explicit MltReader(const QString &fileName)
        : m_fileName(fileName)
    {
        m_cut.kind = EditListKind::Mlt;
        m_cut.fileName = fileName;
    }

    Result<EditedCut> read(const QByteArray &bytes)
    {
        const Result<XmlElement> tree =
            parseXmlDocument(bytes, m_fileName, QStringLiteral("mlt"), MaxEditListDepth);
        if (!tree)
            return tree.error();
        const XmlElement &root = *tree;
        m_cut.title = root.attribute(QStringLiteral("title"));
        const QString rootDir = root.attribute(QStringLiteral("root"));
        m_baseDir = rootDir.isEmpty() ? QFileInfo(m_fileName).absolutePath() : rootDir;
        m_cut.fps = 24.0;
        if (const XmlElement *profile = root.child(QStringLiteral("profile"))) {
            const double num = profile->attribute(QStringLiteral("frame_rate_num")).toDouble();
            const double den = profile->attribute(QStringLiteral("frame_rate_den")).toDouble();
            if (num > 0 && den > 0)
                m_cut.fps = num / den;
        }
        const XmlElement *main = nullptr;
        for (const XmlElement &child : root.children) {
            if (!child.attribute(QStringLiteral("id")).isEmpty())
                m_byId.insert(child.attribute(QStringLiteral("id")), &child);
            if (child.name == QLatin1String("tractor"))
                main = &child;
        }
        if (!main) {
            for (const XmlElement &child : root.children) {
                if (child.name == QLatin1String("playlist"))
                    main = &child;
            }
        }
        if (!main)
            return CutReading::error(m_fileName,
                                     Text::tr("no tractor or playlist: nothing to play"));

        const XmlElement *playlist = main;
        if (main->name == QLatin1String("tractor")) {
            QList<const XmlElement *> lists;
            for (const XmlElement *track : tracksOf(*main)) {
                if (track->attribute(QStringLiteral("hide")) == QLatin1String("video") ||
                    track->attribute(QStringLiteral("hide")) == QLatin1String("both"))
                    continue;
                if (const XmlElement *list =
                        playlistOf(m_byId.value(track->attribute(QStringLiteral("producer"))), 0))
                    lists.append(list);
            }
            // Shotcut marks its video tracks; its black "background" track is not one of them.
            const auto marked = [](const XmlElement *list) {
                return property(*list, QStringLiteral("shotcut:video")) == QLatin1String("1");
            };
            if (std::any_of(lists.cbegin(), lists.cend(), marked))
                lists.removeIf([&marked](const XmlElement *list) { return !marked(list); });
            QList<QPair<const XmlElement *, QString>> video; // playlist, track name
            for (const XmlElement *list : std::as_const(lists))
                video.append({list, trackName(*list, int(video.size()) + 1)});
            if (video.isEmpty())
                return CutReading::error(m_fileName, Text::tr("no video track with clips"),
                                         main->line);
            m_cut.videoTrackCount = int(video.size());
            playlist = video.last().first;
            if (video.size() > 1)
                m_cut.notes.append(
                    CutReading::topTrackNote(int(video.size()), video.last().second));
        }
        if (Result<void> read = readPlaylist(*playlist); !read)
            return read.error();
        if (m_cut.clips.isEmpty())
            return CutReading::error(m_fileName, Text::tr("the video track has no clips"),
                                     playlist->line);
        return m_cut;
    }

private:
    static QList<const XmlElement *> tracksOf(const XmlElement &tractor)
    {
        QList<const XmlElement *> tracks = tractor.childrenNamed(QStringLiteral("track"));
        if (const XmlElement *multitrack = tractor.child(QStringLiteral("multitrack")))
            tracks += multitrack->childrenNamed(QStringLiteral("track"));
        return tracks;
    }

    static bool isAudio(const XmlElement &element)
    {
        return property(element, QStringLiteral("shotcut:audio")) == QLatin1String("1") ||
               property(element, QStringLiteral("kdenlive:audio_track")) == QLatin1String("1");
    }

    static bool hasEntries(const XmlElement &playlist)
    {
        return playlist.child(QStringLiteral("entry")) != nullptr;
    }

    /// The playlist a track plays: itself, or the first one with entries of a track tractor.
    const XmlElement *playlistOf(const XmlElement *producer, int depth) const
    {
        if (!producer || depth > 4 || isAudio(*producer))
            return nullptr;
        if (producer->name == QLatin1String("playlist"))
            return hasEntries(*producer) ? producer : nullptr;
        if (producer->name == QLatin1String("tractor")) {
            for (const XmlElement *track : tracksOf(*producer)) {
                const XmlElement *list = playlistOf(
                    m_byId.value(track->attribute(QStringLiteral("producer"))), depth + 1);
                if (list)
                    return list;
            }
        }
        return nullptr;
    }

    static QString trackName(const XmlElement &playlist, int number)
    {
        for (const char *key : {"shotcut:name", "kdenlive:track_name"}) {
            const QString name = property(playlist, QString::fromLatin1(key));
            if (!name.isEmpty())
                return name;
        }
        return QStringLiteral("V%1").arg(number);
    }

    /// An MLT time: frames ("95"), clock ("00:00:03.958") or SMPTE ("00:00:03:23").
    std::optional<qint64> time(const QString &text) const
    {
        const QString t = text.trimmed();
        bool ok = false;
        const qint64 frames = t.toLongLong(&ok);
        if (ok)
            return frames >= 0 && frames < 1'000'000'000 ? std::optional<qint64>(frames)
                                                         : std::nullopt;
        static const QRegularExpression clock(
            QStringLiteral(R"(^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2}(?:[.,]\d+)?)$)"));
        static const QRegularExpression smpte(
            QStringLiteral(R"(^(\d{1,3}):(\d{1,2}):(\d{1,2})[:;](\d{1,3})$)"));
        if (const QRegularExpressionMatch m = smpte.match(t); m.hasMatch()) {
            const qint64 seconds =
                (m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong()) * 60 +
                m.captured(3).toLongLong();
            return qint64(std::llround(seconds * m_cut.fps)) + m.captured(4).toLongLong();
        }
        if (const QRegularExpressionMatch m = clock.match(t); m.hasMatch()) {
            QString secondsText = m.captured(3);
            secondsText.replace(QLatin1Char(','), QLatin1Char('.'));
            const double seconds = (m.captured(1).toDouble() * 60 + m.captured(2).toDouble()) * 60 +
                                   secondsText.toDouble();
            return qint64(std::llround(seconds * m_cut.fps));
        }
        return std::nullopt;
    }

    Error badTime(const XmlElement &element, const QString &attribute) const
    {
        return CutReading::error(m_fileName,
                                 Text::tr("<%1> %2=\"%3\": expected frames or a time such as "
                                          "00:00:04.000")
                                     .arg(element.name, attribute, element.attribute(attribute)),
                                 element.line);
    }

    Result<void> readPlaylist(const XmlElement &playlist)
    {
        qint64 record = 0;
        int index = 0;
        for (const XmlElement &item : playlist.children) {
            if (item.name == QLatin1String("blank")) {
                const auto length = time(item.attribute(QStringLiteral("length")));
                if (!length)
                    return badTime(item, QStringLiteral("length"));
                record += *length;
                continue;
            }
            if (item.name != QLatin1String("entry"))
                continue;
            ++index;
            const XmlElement *producer = m_byId.value(item.attribute(QStringLiteral("producer")));
            for (const XmlElement &inline_ : item.children) {
                if (isProducer(inline_))
                    producer = &inline_;
            }
            if (!producer)
                return CutReading::error(m_fileName,
                                         Text::tr("entry %1 plays \"%2\", which the file does not "
                                                  "define")
                                             .arg(index)
                                             .arg(item.attribute(QStringLiteral("producer"))),
                                         item.line);
            // An entry's in and out count from its producer's in point (melt writes a clipped
            // producer and an entry from 0; ShotBrief and Shotcut a whole producer).
            const QString producerInText = producer->attribute(QStringLiteral("in"));
            const auto producerIn =
                producerInText.isEmpty() ? std::optional<qint64>(0) : time(producerInText);
            if (!producerIn)
                return badTime(*producer, QStringLiteral("in"));
            const QString inText = item.attribute(QStringLiteral("in"));
            const QString outText = item.attribute(QStringLiteral("out"));
            const auto in = inText.isEmpty() ? std::optional<qint64>(0) : time(inText);
            std::optional<qint64> out;
            if (!outText.isEmpty()) {
                out = time(outText);
            } else if (const auto producerOut = time(producer->attribute(QStringLiteral("out")))) {
                out = *producerOut - *producerIn;
            }
            if (!in)
                return badTime(item, QStringLiteral("in"));
            if (!out || *out < *in)
                return badTime(outText.isEmpty() ? *producer : item, QStringLiteral("out"));

            CutClip clip;
            clip.location = Text::tr("entry %1 (line %2)").arg(index).arg(item.line);
            clip.sourceIn = *producerIn + *in;
            clip.sourceOut = *producerIn + *out + 1; // MLT's out is the last frame played
            clip.recordIn = record;
            record += clip.frames();
            for (const char *key : {"shotcut:caption", "kdenlive:clipname"}) {
                if (clip.name.isEmpty())
                    clip.name = property(*producer, QString::fromLatin1(key));
            }
            clip.metadata.shotId =
                property(*producer, QStringLiteral("shotbrief:shot_id")).toLower();
            clip.metadata.takeId =
                property(*producer, QStringLiteral("shotbrief:take_id")).toLower();
            clip.notes.append(property(*producer, QStringLiteral("shotbrief:identity")));
            clip.notes.append(property(*producer, QStringLiteral("shotcut:comment")));
            const QString service = property(*producer, QStringLiteral("mlt_service"));
            const QString resource = property(*producer, QStringLiteral("resource"));
            if (service == QLatin1String("color") || service == QLatin1String("colour")) {
                clip.isSlate = true;
            } else {
                clip.mediaPath = CutReading::localMediaPath(resource, m_baseDir);
                if (clip.name.isEmpty())
                    clip.name = QFileInfo(resource).fileName();
            }
            m_cut.clips.append(clip);
        }
        return {};
    }

    QString m_fileName;
    QString m_baseDir;
    EditedCut m_cut;
    QHash<QString, const XmlElement *> m_byId;
};

} // namespace

Result<EditedCut> readMltCut(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > MaxEditListBytes)
        return CutReading::error(fileName, CutReading::Text::tr("the file is too large"));
    return MltReader(fileName).read(bytes);
}

} // namespace ShotBrief
