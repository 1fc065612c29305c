// SPDX-License-Identifier: MIT
#include "scriptededitor.h"

#include "export/clipidentity.h"
#include "export/editlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace ShotBrief::ConformTest {

namespace {

QJsonObject timeRange(qint64 start, qint64 duration)
{
    const auto time = [](qint64 value) {
        return QJsonObject{{QStringLiteral("OTIO_SCHEMA"), QStringLiteral("RationalTime.1")},
                           {QStringLiteral("rate"), 24.0},
                           {QStringLiteral("value"), double(value)}};
    };
    return QJsonObject{{QStringLiteral("OTIO_SCHEMA"), QStringLiteral("TimeRange.1")},
                       {QStringLiteral("start_time"), time(start)},
                       {QStringLiteral("duration"), time(duration)}};
}

QByteArray editOtio(const QByteArray &bytes, const Fixture &fixture, bool kdenlive)
{
    QJsonObject timeline = QJsonDocument::fromJson(bytes).object();
    QJsonObject stack = timeline.value(QStringLiteral("tracks")).toObject();
    QJsonArray tracks = stack.value(QStringLiteral("children")).toArray();
    QJsonObject track = tracks.at(0).toObject();
    const QJsonArray items = track.value(QStringLiteral("children")).toArray();
    QJsonArray edited;
    for (const CutEntry &entry : scriptedCut()) {
        QJsonObject item = items.at(entry.shot).toObject();
        if (!entry.take.isEmpty()) {
            item.insert(QStringLiteral("source_range"), timeRange(entry.in, entry.out - entry.in));
            QJsonObject reference = item.value(QStringLiteral("media_reference")).toObject();
            reference.insert(QStringLiteral("target_url"),
                             QUrl::fromLocalFile(fixture.clipOf(entry.take)).toString());
            item.insert(QStringLiteral("media_reference"), reference);
        } else if (kdenlive) {
            // Kdenlive turns a gap into empty time: no name, no marker, no metadata.
            item = QJsonObject{{QStringLiteral("OTIO_SCHEMA"), QStringLiteral("Gap.1")},
                               {QStringLiteral("source_range"), timeRange(0, entry.out)}};
        }
        if (kdenlive) {
            // Kdenlive keeps marker comments and media paths, and drops all other metadata.
            item.insert(QStringLiteral("metadata"), QJsonObject());
            QJsonArray markers = item.value(QStringLiteral("markers")).toArray();
            for (qsizetype m = 0; m < markers.size(); ++m) {
                QJsonObject marker = markers.at(m).toObject();
                marker.insert(QStringLiteral("metadata"), QJsonObject());
                markers.replace(m, marker);
            }
            item.insert(QStringLiteral("markers"), markers);
        }
        edited.append(item);
    }
    track.insert(QStringLiteral("children"), edited);
    tracks.replace(0, track);
    stack.insert(QStringLiteral("children"), tracks);
    timeline.insert(QStringLiteral("tracks"), stack);
    return QJsonDocument(timeline).toJson();
}

QByteArray editEdl(const QByteArray &bytes, const Fixture &fixture)
{
    // Blocks: an event line and the comments after it, up to the blank line.
    const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    QList<QStringList> events;
    for (const QString &line : lines) {
        if (!line.isEmpty() && line.at(0).isDigit())
            events.append({line});
        else if (line.startsWith(QLatin1Char('*')) && !events.isEmpty())
            events.last().append(line);
    }
    QString edl = lines.at(0) + QStringLiteral("\r\n") + lines.at(1) + QStringLiteral("\r\n\r\n");
    qint64 record = 3600 * 24;
    int number = 0;
    for (const CutEntry &entry : scriptedCut()) {
        QStringList block = events.at(entry.shot);
        const qint64 frames = entry.out - entry.in;
        QString reel = block.first().mid(5, 8).trimmed();
        if (!entry.take.isEmpty() && !block.join(QLatin1Char('\n')).contains(entry.take)) {
            // Another take: the editor's EDL names its reel and file; old comments stay.
            reel = reelNameForTake(entry.take);
            for (QString &line : block) {
                if (line.startsWith(QLatin1String("* FROM CLIP NAME:")))
                    line = QStringLiteral("* FROM CLIP NAME: %1.mp4").arg(entry.take);
                else if (line.startsWith(QLatin1String("* SOURCE FILE:")))
                    line = QStringLiteral("* SOURCE FILE: %1").arg(fixture.clipOf(entry.take));
            }
        }
        block.first() = QStringLiteral("%1  %2 V     C        %3 %4 %5 %6")
                            .arg(++number, 3, 10, QLatin1Char('0'))
                            .arg(reel, -8)
                            .arg(frameTimecode(entry.in), frameTimecode(entry.out),
                                 frameTimecode(record), frameTimecode(record + frames));
        record += frames;
        edl += block.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n\r\n");
    }
    return edl.toUtf8();
}

QByteArray editMlt(const QByteArray &bytes, const Fixture &fixture)
{
    Result<XmlElement> tree = parseXmlTree(bytes, QStringLiteral("export.mlt"), 64);
    if (!tree)
        qFatal("%s", qPrintable(tree.error().toString()));
    XmlElement &root = *tree;
    XmlElement *playlist = findElement(root, QStringLiteral("playlist"));
    const std::vector<XmlElement> entries = playlist->children;
    std::vector<XmlElement> edited;
    for (const XmlElement &child : entries) {
        if (child.name != QLatin1String("entry"))
            edited.push_back(child); // the playlist's properties
    }
    qint64 total = 0;
    for (const CutEntry &entry : scriptedCut()) {
        XmlElement item = entries.at(std::size_t(entry.shot + 2)); // after two properties
        for (auto &[key, value] : item.attributes) {
            if (key == QLatin1String("in"))
                value = QString::number(entry.in);
            else if (key == QLatin1String("out"))
                value = QString::number(entry.out - 1);
        }
        const QString producerId = item.attribute(QStringLiteral("producer"));
        const auto producer =
            std::find_if(root.children.begin(), root.children.end(), [&](const XmlElement &e) {
                return e.name == QLatin1String("producer") &&
                       e.attribute(QStringLiteral("id")) == producerId;
            });
        if (!entry.take.isEmpty() &&
            producer->childrenNamed(QStringLiteral("property")).size() > 0) {
            bool sameTake = false;
            for (const XmlElement &property : producer->children)
                sameTake = sameTake || (property.attribute(QStringLiteral("name")) ==
                                            QLatin1String("resource") &&
                                        property.text.contains(entry.take));
            if (!sameTake) {
                // The editor brings the other take in as a new producer copied from the old
                // one, so the old ids travel along.
                XmlElement swapped = *producer;
                for (auto &[key, value] : swapped.attributes) {
                    if (key == QLatin1String("id"))
                        value = QStringLiteral("swapped");
                }
                for (XmlElement &property : swapped.children) {
                    if (property.attribute(QStringLiteral("name")) == QLatin1String("resource"))
                        property.text = fixture.clipOf(entry.take);
                }
                root.children.insert(root.children.begin(), swapped);
                for (auto &[key, value] : item.attributes) {
                    if (key == QLatin1String("producer"))
                        value = QStringLiteral("swapped");
                }
                playlist = findElement(root, QStringLiteral("playlist"));
            }
        }
        total += entry.out - entry.in;
        edited.push_back(item);
    }
    playlist->children = edited;
    XmlElement *tractor = findElement(root, QStringLiteral("tractor"));
    for (auto &[key, value] : tractor->attributes) {
        if (key == QLatin1String("out"))
            value = QString::number(total - 1);
    }
    return writeXml(root);
}

QByteArray editXmeml(const QByteArray &bytes, const Fixture &fixture)
{
    Result<XmlElement> tree = parseXmlTree(bytes, QStringLiteral("export.xml"), 64);
    if (!tree)
        qFatal("%s", qPrintable(tree.error().toString()));
    XmlElement &root = *tree;
    XmlElement *video = findElement(root, QStringLiteral("video"));
    XmlElement *track = nullptr;
    for (XmlElement &child : video->children) {
        if (child.name == QLatin1String("track"))
            track = &child;
    }
    std::vector<XmlElement> items;
    std::vector<XmlElement> rest;
    for (const XmlElement &child : track->children) {
        if (child.name == QLatin1String("clipitem") || child.name == QLatin1String("generatoritem"))
            items.push_back(child);
        else
            rest.push_back(child);
    }
    std::vector<XmlElement> edited;
    qint64 start = 0;
    const auto set = [](XmlElement &item, const QString &name, qint64 value) {
        for (XmlElement &child : item.children) {
            if (child.name == name)
                child.text = QString::number(value);
        }
    };
    for (const CutEntry &entry : scriptedCut()) {
        XmlElement item = items.at(std::size_t(entry.shot));
        const qint64 frames = entry.out - entry.in;
        set(item, QStringLiteral("start"), start);
        set(item, QStringLiteral("end"), start + frames);
        set(item, QStringLiteral("in"), entry.in);
        set(item, QStringLiteral("out"), entry.out);
        if (!entry.take.isEmpty()) {
            for (XmlElement &child : item.children) {
                if (child.name != QLatin1String("file"))
                    continue;
                for (XmlElement &field : child.children) {
                    if (field.name == QLatin1String("pathurl") &&
                        !field.text.contains(entry.take)) {
                        QUrl url = QUrl::fromLocalFile(fixture.clipOf(entry.take));
                        url.setHost(QStringLiteral("localhost"));
                        field.text = url.toString(QUrl::FullyEncoded);
                    }
                }
            }
        }
        start += frames;
        edited.push_back(item);
    }
    edited.insert(edited.end(), rest.begin(), rest.end());
    track->children = edited;
    QByteArray xml = writeXml(root);
    xml.insert(xml.indexOf('\n') + 1, "<!DOCTYPE xmeml>\n");
    return xml;
}

} // namespace

const QList<CutEntry> &scriptedCut()
{
    static const QList<CutEntry> cut{{2, QStringLiteral("take-3-a"), 12, 60},
                                     {0, QStringLiteral("take-1-b"), 0, 96},
                                     {3, QString(), 0, 96},
                                     {4, QStringLiteral("take-5-a"), 24, 150}};
    return cut;
}

QByteArray editScripted(ExportFormat format, const QByteArray &exported, const Fixture &fixture,
                        EditorStyle style)
{
    switch (format) {
    case ExportFormat::Otio:
        return editOtio(exported, fixture, style == EditorStyle::Kdenlive);
    case ExportFormat::Edl:
        return editEdl(exported, fixture);
    case ExportFormat::Mlt:
        return editMlt(exported, fixture);
    case ExportFormat::Fcp7Xml:
        return editXmeml(exported, fixture);
    default:
        qFatal("not an edit list format");
    }
}

QString checkConformed(const Project &project, const Fixture &fixture, bool slateLost)
{
    QStringList problems;
    const QStringList expectedOrder =
        slateLost ? QStringList{QStringLiteral("shot-3"), QStringLiteral("shot-4"),
                                QStringLiteral("shot-1"), QStringLiteral("shot-2"),
                                QStringLiteral("shot-5")}
                  : QStringList{QStringLiteral("shot-3"), QStringLiteral("shot-1"),
                                QStringLiteral("shot-2"), QStringLiteral("shot-4"),
                                QStringLiteral("shot-5")};
    if (shotOrder(project) != expectedOrder)
        problems << QStringLiteral("order %1, expected %2")
                        .arg(shotOrder(project).join(QLatin1Char(' ')),
                             expectedOrder.join(QLatin1Char(' ')));
    const auto shot = [&project](const char *id) {
        return project.shotById(QString::fromLatin1(id));
    };
    if (!shot("shot-1") || !shot("shot-2") || !shot("shot-3") || !shot("shot-4") ||
        !shot("shot-5") || project.shots.size() != 5)
        return QStringLiteral("the shots are not the fixture's five");
    if (!shot("shot-2")->cut)
        problems << QStringLiteral("shot-2 is not cut");
    if (shot("shot-4")->cut != slateLost)
        problems << QStringLiteral("shot-4 cut: %1").arg(shot("shot-4")->cut);
    for (const char *id : {"shot-1", "shot-3", "shot-5"}) {
        if (shot(id)->cut)
            problems << QStringLiteral("%1 is cut").arg(QLatin1String(id));
    }
    if (shot("shot-1")->circledTakeId != QLatin1String("take-1-b"))
        problems << QStringLiteral("shot-1 circles %1").arg(shot("shot-1")->circledTakeId);
    else if (shot("shot-1")->circledTake()->isTrimmed())
        problems << QStringLiteral("shot-1's take is trimmed");
    const auto trim = [&](const char *id, int inMs, int outMs) {
        const Take *take = shot(id)->circledTake();
        if (!take || take->inMs != inMs || take->outMs != outMs)
            problems << QStringLiteral("%1 plays %2-%3 ms, expected %4-%5")
                            .arg(QLatin1String(id))
                            .arg(take ? take->inMs : -1)
                            .arg(take ? take->outMs : -1)
                            .arg(inMs)
                            .arg(outMs);
    };
    trim("shot-3", 500, 2500);
    trim("shot-5", 1000, 6250);
    for (const Shot &each : project.shots) { // lengths stay legal generation lengths
        const Shot *before = fixture.project.shotById(each.id);
        if (before && before->durationSeconds != each.durationSeconds)
            problems << QStringLiteral("%1 lasts %2 s").arg(each.id).arg(each.durationSeconds);
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace ShotBrief::ConformTest
