// SPDX-License-Identifier: MIT
// OpenTimelineIO (.otio JSON) as written by ShotBrief, Resolve, Premiere, Kdenlive and the
// OTIO library: Timeline > Stack > Track (kind "Video") of Clip, Gap and Transition items.

#include "cutreading.h"

#include "io/jsontext.h"
#include "model/textposition.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>

#include <cmath>

namespace ShotBrief {

namespace {

using Json = nlohmann::json;
using CutReading::Text;

QString str(const Json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

bool schemaIs(const Json &object, const char *prefix)
{
    if (!object.is_object())
        return false;
    const auto it = object.find("OTIO_SCHEMA");
    return it != object.end() && it->is_string() &&
           it->get<std::string>().rfind(std::string(prefix) + ".", 0) == 0;
}

class OtioReader
{
public:
    OtioReader(const QString &fileName)
        : m_fileName(fileName)
        , m_baseDir(QFileInfo(fileName).absolutePath())
    {
        m_cut.kind = EditListKind::Otio;
        m_cut.fileName = fileName;
    }

    Result<EditedCut> read(const QByteArray &bytes)
    {
        const std::string_view view(bytes.constData(), std::size_t(bytes.size()));
        if (const auto problem = JsonText::prescan(view, MaxEditListDepth, 16 * 1024 * 1024)) {
            const TextPosition at = textPositionAt(bytes, qsizetype(problem->offset));
            Error e = CutReading::error(
                m_fileName,
                problem->kind == JsonText::ScanProblem::TooDeep
                    ? Text::tr("nested deeper than %1 levels").arg(MaxEditListDepth)
                    : Text::tr("a string longer than 16 MB"),
                at.line);
            e.column = at.column;
            return e;
        }
        Json root;
        try {
            root = Json::parse(view);
        } catch (const Json::parse_error &e) {
            // The last byte read is the one that is wrong.
            const TextPosition at = textPositionAt(bytes, qsizetype(e.byte > 0 ? e.byte - 1 : 0));
            Error error = CutReading::error(m_fileName, Text::tr("invalid JSON"), at.line);
            error.column = at.column;
            return error;
        }
        if (!schemaIs(root, "Timeline"))
            return fail(QString(), Text::tr("expected an OpenTimelineIO Timeline (OTIO_SCHEMA "
                                            "\"Timeline.1\") at the top"));
        m_cut.title = str(root.value("name", Json()));
        const Json &stack = root.contains("tracks") ? root["tracks"] : Json();
        if (!schemaIs(stack, "Stack"))
            return fail(QStringLiteral("tracks"), Text::tr("expected a Stack of tracks"));
        const Json &tracks = stack.contains("children") ? stack["children"] : Json();
        if (!tracks.is_array())
            return fail(QStringLiteral("tracks.children"), Text::tr("expected an array"));

        // The top video track is the last one in the stack; only tracks with items count.
        int chosen = -1;
        int videoTracks = 0;
        for (int i = 0; i < int(tracks.size()); ++i) {
            const Json &track = tracks[std::size_t(i)];
            if (!schemaIs(track, "Track"))
                continue;
            if (str(track.value("kind", Json())) != QLatin1String("Video"))
                continue;
            const Json &children = track.contains("children") ? track["children"] : Json();
            if (!children.is_array() || children.empty())
                continue;
            ++videoTracks;
            chosen = i;
        }
        if (chosen < 0)
            return fail(QStringLiteral("tracks"), Text::tr("no video track with clips"));
        m_cut.videoTrackCount = videoTracks;
        const Json &track = tracks[std::size_t(chosen)];
        const QString trackName = str(track.value("name", Json()));
        if (videoTracks > 1)
            m_cut.notes.append(CutReading::topTrackNote(
                videoTracks, trackName.isEmpty() ? QString::number(chosen + 1) : trackName));
        const QString base = QStringLiteral("tracks.children[%1].children").arg(chosen);
        const Json &items = track["children"];
        for (int i = 0; i < int(items.size()); ++i) {
            if (Result<void> read = readItem(items[std::size_t(i)], base, i); !read)
                return read.error();
        }
        return m_cut;
    }

private:
    Error fail(const QString &path, const QString &message) const
    {
        return CutReading::error(m_fileName,
                                 path.isEmpty() ? message : path + QStringLiteral(": ") + message);
    }

    /// A RationalTime in frames of the cut's rate (the first one read sets it).
    std::optional<qint64> frames(const Json &time)
    {
        if (!schemaIs(time, "RationalTime"))
            return std::nullopt;
        const Json &rate = time.contains("rate") ? time["rate"] : Json();
        const Json &value = time.contains("value") ? time["value"] : Json();
        if (!rate.is_number() || !value.is_number())
            return std::nullopt;
        const double r = rate.get<double>();
        const double v = value.get<double>();
        if (!std::isfinite(r) || !std::isfinite(v) || r <= 0 || r > 1000 || std::fabs(v) > 1e12)
            return std::nullopt;
        if (!m_rateKnown) {
            m_cut.fps = r;
            m_rateKnown = true;
        }
        return qint64(std::llround(v * m_cut.fps / r));
    }

    struct Range
    {
        qint64 start = 0;
        qint64 duration = 0;
    };
    std::optional<Range> range(const Json &value)
    {
        if (!schemaIs(value, "TimeRange"))
            return std::nullopt;
        const auto start = frames(value.contains("start_time") ? value["start_time"] : Json());
        const auto duration = frames(value.contains("duration") ? value["duration"] : Json());
        if (!start || !duration || *duration < 0)
            return std::nullopt;
        return Range{*start, *duration};
    }

    static ClipIdentity identityIn(const Json &object)
    {
        if (!object.is_object() || !object.contains("metadata"))
            return {};
        const Json &metadata = object["metadata"];
        if (!metadata.is_object() || !metadata.contains("shotbrief"))
            return {};
        const Json &ids = metadata["shotbrief"];
        if (!ids.is_object())
            return {};
        return {str(ids.value("shot_id", Json())).toLower(),
                str(ids.value("take_id", Json())).toLower()};
    }

    void readMarkers(const Json &item, CutClip &clip)
    {
        const Json &markers = item.contains("markers") ? item["markers"] : Json();
        if (!markers.is_array())
            return;
        for (const Json &marker : markers) {
            if (!schemaIs(marker, "Marker"))
                continue;
            clip.notes.append(str(marker.value("name", Json())));
            clip.notes.append(str(marker.value("comment", Json())));
            if (clip.metadata.isEmpty())
                clip.metadata = identityIn(marker);
        }
    }

    const Json *activeReference(const Json &item)
    {
        if (item.contains("media_reference") && item["media_reference"].is_object())
            return &item["media_reference"];
        // Clip.2: several references, one of them active.
        if (item.contains("media_references") && item["media_references"].is_object()) {
            const Json &references = item["media_references"];
            const std::string key = item.contains("active_media_reference_key") &&
                                            item["active_media_reference_key"].is_string()
                                        ? item["active_media_reference_key"].get<std::string>()
                                        : std::string("DEFAULT_MEDIA");
            if (references.contains(key) && references[key].is_object())
                return &references[key];
        }
        return nullptr;
    }

    Result<void> readItem(const Json &item, const QString &base, int index)
    {
        const QString path = QStringLiteral("%1[%2]").arg(base).arg(index);
        if (!item.is_object())
            return fail(path, Text::tr("expected an object"));
        if (schemaIs(item, "Transition")) {
            if (!m_notedTransition)
                m_cut.notes.append(Text::tr("Transitions are left out: ShotBrief cuts."));
            m_notedTransition = true;
            return {};
        }
        const bool isClip = schemaIs(item, "Clip");
        const bool isGap = schemaIs(item, "Gap");
        if (!isClip && !isGap)
            return fail(path, Text::tr("%1 is not read: ShotBrief reads clips, gaps and "
                                       "transitions on one track (flatten nested sequences "
                                       "and export again)")
                                  .arg(str(item.value("OTIO_SCHEMA", Json()))));
        const Json *reference = isClip ? activeReference(item) : nullptr;
        std::optional<Range> used =
            item.contains("source_range") ? range(item["source_range"]) : std::nullopt;
        if (!used && reference && reference->contains("available_range"))
            used = range((*reference)["available_range"]);
        if (!used)
            return fail(path + QStringLiteral(".source_range"),
                        Text::tr("expected a TimeRange with start_time and duration"));

        CutClip clip;
        clip.location = Text::tr("item %1").arg(index + 1);
        clip.name = str(item.value("name", Json()));
        clip.sourceIn = used->start;
        clip.sourceOut = used->start + used->duration;
        clip.recordIn = m_record;
        clip.metadata = identityIn(item);
        readMarkers(item, clip);
        m_record += used->duration;

        const bool enabled = !item.contains("enabled") || !item["enabled"].is_boolean() ||
                             item["enabled"].get<bool>();
        if (!enabled) {
            m_cut.notes.append(
                Text::tr("Disabled clip \"%1\" (%2) is left out.").arg(clip.name, clip.location));
            return {};
        }
        if (isGap) {
            // A plain gap is empty time; one that says which shot it stands for is a slate.
            bool tagged = !clip.metadata.isEmpty();
            for (const QString &note : std::as_const(clip.notes))
                tagged = tagged || !parseClipIdentityTag(note).isEmpty();
            if (!tagged)
                return {};
            clip.isSlate = true;
        } else if (reference && schemaIs(*reference, "ExternalReference")) {
            // Media time counts from the media's own start (a timecode such as 01:00:00:00 in
            // Resolve's files); in and out points count from its first frame.
            if (reference->contains("available_range")) {
                if (const auto available = range((*reference)["available_range"])) {
                    clip.sourceIn = std::max<qint64>(0, clip.sourceIn - available->start);
                    clip.sourceOut = clip.sourceIn + used->duration;
                }
            }
            clip.mediaPath =
                CutReading::localMediaPath(str(reference->value("target_url", Json())), m_baseDir);
            if (clip.mediaPath.isEmpty())
                clip.notes.append(str(reference->value("target_url", Json())));
        } else if (reference && schemaIs(*reference, "GeneratorReference")) {
            clip.isSlate = true;
        }
        m_cut.clips.append(clip);
        return {};
    }

    QString m_fileName;
    QString m_baseDir;
    EditedCut m_cut;
    qint64 m_record = 0;
    bool m_rateKnown = false;
    bool m_notedTransition = false;
};

} // namespace

Result<EditedCut> readOtioCut(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > MaxEditListBytes)
        return CutReading::error(fileName, CutReading::Text::tr("the file is too large"));
    return OtioReader(fileName).read(bytes);
}

} // namespace ShotBrief
