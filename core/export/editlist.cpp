// SPDX-License-Identifier: MIT
#include "editlist.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QXmlStreamWriter>

#include <algorithm>
#include <numeric>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Export)
};

using Json = nlohmann::ordered_json;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

Json rationalTime(qint64 frames)
{
    return Json{{"OTIO_SCHEMA", "RationalTime.1"},
                {"rate", double(EditListFps)},
                {"value", double(frames)}};
}

Json timeRange(qint64 start, qint64 duration)
{
    return Json{{"OTIO_SCHEMA", "TimeRange.1"},
                {"duration", rationalTime(duration)},
                {"start_time", rationalTime(start)}};
}

ClipIdentity identityOf(const ExportShot &item)
{
    ClipIdentity identity;
    identity.shotId = item.shot->id;
    if (!item.clipPath.isEmpty())
        identity.takeId = item.circledTake->id;
    return identity;
}

Json shotbriefMetadata(const ExportShot &item)
{
    const ClipIdentity identity = identityOf(item);
    Json ids{{"shot_id", utf8(identity.shotId)}};
    if (!identity.takeId.isEmpty())
        ids["take_id"] = utf8(identity.takeId);
    Json metadata = Json::object();
    metadata["shotbrief"] = ids;
    return metadata;
}

// The marker sits on the clip's first used frame. Its comment starts with the identity tag:
// Kdenlive drops OTIO metadata but keeps marker comments.
Json shotMarker(const ExportShot &item, qint64 start)
{
    Json metadata = shotbriefMetadata(item);
    metadata["shotbrief"]["number"] = item.number;
    metadata["shotbrief"]["scene"] = utf8(item.sceneTitle);
    return Json{
        {"OTIO_SCHEMA", "Marker.2"},
        {"metadata", metadata},
        {"name", utf8(item.displayLabel())},
        {"color", item.clipPath.isEmpty() ? "YELLOW" : "GREEN"},
        {"marked_range", timeRange(start, 0)},
        {"comment", utf8(clipIdentityTag(identityOf(item)) + QLatin1Char('\n') + item.prompt)}};
}

// EDL lines are read by old tools: no line breaks inside a comment.
QString edlText(const QString &text)
{
    QString flat = text;
    flat.replace(QLatin1Char('\r'), QLatin1Char(' '));
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return flat.trimmed();
}

QString mltColor(const ExportShot &item)
{
    for (const PaletteColor &color : item.palette) {
        if (isValidHexColor(color.hex))
            return QStringLiteral("0x%1ff").arg(normalizedHexColor(color.hex).mid(1));
    }
    return QStringLiteral("0x555b66ff");
}

} // namespace

QString frameTimecode(qint64 frames, int fps)
{
    const qint64 totalSeconds = frames / fps;
    return QStringLiteral("%1:%2:%3:%4")
        .arg(totalSeconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((totalSeconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'))
        .arg(frames % fps, 2, 10, QLatin1Char('0'));
}

qint64 msToFrames(qint64 ms, int fps)
{
    return (ms * fps + 500) / 1000;
}

qint64 framesToMs(qint64 frames, int fps)
{
    return (frames * 1000 + fps / 2) / fps;
}

qint64 sourceInFrames(const ExportShot &shot, int fps)
{
    return msToFrames(shot.clipInMs, fps);
}

qint64 shotFrames(const ExportShot &shot, int fps)
{
    // Both ends rounded to frames, so the length is what lies between the two cut points.
    const qint64 in = sourceInFrames(shot, fps);
    return std::max<qint64>(1, msToFrames(shot.clipInMs + shot.lengthMs, fps) - in);
}

qint64 clipFrames(const ExportShot &shot, int fps)
{
    const qint64 used = sourceInFrames(shot, fps) + shotFrames(shot, fps);
    if (!shot.circledTake)
        return used;
    return std::max(used, msToFrames(shot.circledTake->clipLengthMs(), fps));
}

QByteArray exportOtio(const ExportData &data)
{
    Json children = Json::array();
    for (const ExportShot &item : data.shots) {
        const qint64 frames = shotFrames(item);
        Json entry;
        if (item.clipPath.isEmpty()) {
            entry = Json{{"OTIO_SCHEMA", "Gap.1"},
                         {"metadata", shotbriefMetadata(item)},
                         {"name", utf8(item.displayLabel())},
                         {"source_range", timeRange(0, frames)},
                         {"effects", Json::array()},
                         {"markers", Json::array({shotMarker(item, 0)})},
                         {"enabled", true}};
        } else {
            const qint64 in = sourceInFrames(item);
            Json reference{{"OTIO_SCHEMA", "ExternalReference.1"},
                           {"metadata", Json::object()},
                           {"name", utf8(QFileInfo(item.clipPath).fileName())},
                           {"available_range", timeRange(0, clipFrames(item))},
                           {"available_image_bounds", nullptr},
                           {"target_url",
                            utf8(QUrl::fromLocalFile(item.clipPath).toString(QUrl::FullyEncoded))}};
            Json metadata = shotbriefMetadata(item);
            metadata["shotbrief"]["model"] = utf8(item.model);
            metadata["shotbrief"]["size"] = utf8(item.size);
            entry = Json{{"OTIO_SCHEMA", "Clip.1"},
                         {"metadata", metadata},
                         {"name", utf8(item.displayLabel())},
                         {"source_range", timeRange(in, frames)},
                         {"effects", Json::array()},
                         {"markers", Json::array({shotMarker(item, in)})},
                         {"enabled", true},
                         {"media_reference", reference}};
        }
        children.push_back(entry);
    }
    Json track{{"OTIO_SCHEMA", "Track.1"}, {"metadata", Json::object()}, {"name", "V1"},
               {"source_range", nullptr},  {"effects", Json::array()},   {"markers", Json::array()},
               {"enabled", true},          {"children", children},       {"kind", "Video"}};
    Json stack{{"OTIO_SCHEMA", "Stack.1"}, {"metadata", Json::object()},
               {"name", "tracks"},         {"source_range", nullptr},
               {"effects", Json::array()}, {"markers", Json::array()},
               {"enabled", true},          {"children", Json::array({track})}};
    Json timeline{{"OTIO_SCHEMA", "Timeline.1"},
                  {"metadata",
                   Json{{"shotbrief",
                         Json{{"exported_at", utf8(data.exportedAt.toUTC().toString(Qt::ISODate))},
                              {"project", utf8(data.projectTitle)},
                              {"paths", "absolute file:// URLs"}}}}},
                  {"name", utf8(data.projectTitle)},
                  {"global_start_time", rationalTime(0)},
                  {"tracks", stack}};
    return QByteArray::fromStdString(timeline.dump(4, ' ', false, Json::error_handler_t::replace)) +
           '\n';
}

QByteArray exportEdl(const ExportData &data)
{
    QString edl;
    edl += QStringLiteral("TITLE: %1\r\n").arg(edlText(data.projectTitle));
    edl += QStringLiteral("FCM: NON-DROP FRAME\r\n\r\n");
    // Record time starts at one hour, as broadcast conform tools expect.
    qint64 record = qint64(3600) * EditListFps;
    int event = 0;
    for (const ExportShot &item : data.shots) {
        const qint64 frames = shotFrames(item);
        const qint64 in = sourceInFrames(item);
        ++event;
        const bool black = item.clipPath.isEmpty();
        edl += QStringLiteral("%1  %2 %3 %4 %5 %6 %7 %8\r\n")
                   .arg(event, 3, 10, QLatin1Char('0'))
                   .arg(black ? QStringLiteral("BL") : reelNameForTake(item.circledTake->id), -8)
                   .arg(QStringLiteral("V"), -5)
                   .arg(QStringLiteral("C"), -8)
                   .arg(frameTimecode(in), frameTimecode(in + frames), frameTimecode(record),
                        frameTimecode(record + frames));
        if (!black) {
            edl += QStringLiteral("* FROM CLIP NAME: %1\r\n")
                       .arg(edlText(QFileInfo(item.clipPath).fileName()));
            edl += QStringLiteral("* SOURCE FILE: %1\r\n").arg(edlText(item.clipPath));
        }
        edl += QStringLiteral("* COMMENT: SHOT %1%2\r\n")
                   .arg(edlText(item.displayLabel()),
                        black ? QStringLiteral(" (NO TAKE)") : QString());
        edl += QStringLiteral("* %1\r\n").arg(clipIdentityTag(identityOf(item)));
        edl += QStringLiteral("\r\n");
        record += frames;
    }
    return edl.toUtf8();
}

QByteArray exportMlt(const ExportData &data)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();

    int width = 1280;
    int height = 720;
    const QStringList size = data.project->format.size.split(QLatin1Char('x'));
    if (size.size() == 2 && size.at(0).toInt() > 0 && size.at(1).toInt() > 0) {
        width = size.at(0).toInt();
        height = size.at(1).toInt();
    }
    qint64 total = 0;
    for (const ExportShot &item : data.shots)
        total += shotFrames(item);

    xml.writeStartElement(QStringLiteral("mlt"));
    xml.writeAttribute(QStringLiteral("LC_NUMERIC"), QStringLiteral("C"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("7.12.0"));
    xml.writeAttribute(QStringLiteral("title"), data.projectTitle);
    xml.writeAttribute(QStringLiteral("producer"), QStringLiteral("main_bin"));

    xml.writeStartElement(QStringLiteral("profile"));
    xml.writeAttribute(
        QStringLiteral("description"),
        QStringLiteral("ShotBrief %1x%2 %3 fps").arg(width).arg(height).arg(EditListFps));
    xml.writeAttribute(QStringLiteral("width"), QString::number(width));
    xml.writeAttribute(QStringLiteral("height"), QString::number(height));
    xml.writeAttribute(QStringLiteral("progressive"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("sample_aspect_num"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("sample_aspect_den"), QStringLiteral("1"));
    const int divisor = std::gcd(width, height);
    xml.writeAttribute(QStringLiteral("display_aspect_num"), QString::number(width / divisor));
    xml.writeAttribute(QStringLiteral("display_aspect_den"), QString::number(height / divisor));
    xml.writeAttribute(QStringLiteral("frame_rate_num"), QString::number(EditListFps));
    xml.writeAttribute(QStringLiteral("frame_rate_den"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("colorspace"), QStringLiteral("709"));
    xml.writeEndElement();

    auto property = [&xml](const QString &name, const QString &value) {
        xml.writeStartElement(QStringLiteral("property"));
        xml.writeAttribute(QStringLiteral("name"), name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };

    const QString slateNote = ExportText::tr("(no take)");
    QStringList producerIds;
    for (int i = 0; i < data.shots.size(); ++i) {
        const ExportShot &item = data.shots.at(i);
        const qint64 frames = shotFrames(item);
        const QString id = QStringLiteral("%1%2").arg(
            item.clipPath.isEmpty() ? QStringLiteral("slate") : QStringLiteral("clip"),
            QString::number(i));
        producerIds.append(id);
        // A clip's producer spans the whole take, so the editor can lengthen a trim again.
        const qint64 length = item.clipPath.isEmpty() ? frames : clipFrames(item);
        xml.writeStartElement(QStringLiteral("producer"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("in"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("out"), QString::number(length - 1));
        property(QStringLiteral("length"), QString::number(length));
        const QString caption =
            QStringLiteral("%1 %2")
                .arg(item.displayLabel(),
                     item.clipPath.isEmpty() ? QStringLiteral("(slate)") : QString())
                .trimmed();
        property(QStringLiteral("shotcut:caption"), caption);
        property(QStringLiteral("kdenlive:clipname"), caption);
        const ClipIdentity identity = identityOf(item);
        property(QStringLiteral("shotbrief:shot_id"), identity.shotId);
        if (!identity.takeId.isEmpty())
            property(QStringLiteral("shotbrief:take_id"), identity.takeId);
        property(QStringLiteral("shotbrief:identity"), clipIdentityTag(identity));
        if (item.clipPath.isEmpty()) {
            property(QStringLiteral("eof"), QStringLiteral("pause"));
            property(QStringLiteral("resource"), mltColor(item));
            property(QStringLiteral("mlt_service"), QStringLiteral("color"));
            property(QStringLiteral("mlt_image_format"), QStringLiteral("rgba"));
            // The slate says which shot it stands for; dynamictext is Shotcut's "Text: Simple".
            // '#' would start one of its keywords (#timecode#), so it is left out.
            QString label = QStringLiteral("%1  %2").arg(item.displayLabel(), slateNote);
            label.remove(QLatin1Char('#'));
            xml.writeStartElement(QStringLiteral("filter"));
            xml.writeAttribute(QStringLiteral("id"), QStringLiteral("slatetext%1").arg(i));
            property(QStringLiteral("mlt_service"), QStringLiteral("dynamictext"));
            property(QStringLiteral("shotcut:filter"), QStringLiteral("dynamicText"));
            property(QStringLiteral("argument"), label);
            property(QStringLiteral("geometry"),
                     QStringLiteral("0 0 %1 %2 1").arg(width).arg(height));
            property(QStringLiteral("family"), QStringLiteral("Noto Sans CJK SC"));
            property(QStringLiteral("size"), QString::number(qMax(12, height / 9)));
            property(QStringLiteral("weight"), QStringLiteral("700"));
            property(QStringLiteral("fgcolour"), QStringLiteral("0xffffffff"));
            property(QStringLiteral("bgcolour"), QStringLiteral("0x00000099"));
            property(QStringLiteral("olcolour"), QStringLiteral("0x00000000"));
            property(QStringLiteral("pad"), QString::number(qMax(4, height / 30)));
            property(QStringLiteral("halign"), QStringLiteral("center"));
            property(QStringLiteral("valign"), QStringLiteral("middle"));
            xml.writeEndElement();
        } else {
            // "pause" holds the last frame if a clip is a frame short, so the length holds.
            property(QStringLiteral("eof"), QStringLiteral("pause"));
            property(QStringLiteral("resource"), item.clipPath);
            property(QStringLiteral("mlt_service"), QStringLiteral("avformat"));
            property(QStringLiteral("seekable"), QStringLiteral("1"));
        }
        xml.writeEndElement();
    }

    xml.writeStartElement(QStringLiteral("playlist"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("playlist0"));
    property(QStringLiteral("shotcut:video"), QStringLiteral("1"));
    property(QStringLiteral("shotcut:name"), QStringLiteral("V1"));
    for (int i = 0; i < data.shots.size(); ++i) {
        const ExportShot &item = data.shots.at(i);
        const qint64 in = item.clipPath.isEmpty() ? 0 : sourceInFrames(item);
        xml.writeStartElement(QStringLiteral("entry"));
        xml.writeAttribute(QStringLiteral("producer"), producerIds.at(i));
        xml.writeAttribute(QStringLiteral("in"), QString::number(in));
        xml.writeAttribute(QStringLiteral("out"), QString::number(in + shotFrames(item) - 1));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("tractor"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("tractor0"));
    xml.writeAttribute(QStringLiteral("title"), data.projectTitle);
    xml.writeAttribute(QStringLiteral("in"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("out"), QString::number(qMax<qint64>(0, total - 1)));
    property(QStringLiteral("shotcut"), QStringLiteral("1"));
    xml.writeStartElement(QStringLiteral("track"));
    xml.writeAttribute(QStringLiteral("producer"), QStringLiteral("playlist0"));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace ShotBrief
