// SPDX-License-Identifier: MIT
#include "xmemlexport.h"

#include "clipidentity.h"
#include "editlist.h"

#include <QFileInfo>
#include <QUrl>
#include <QXmlStreamWriter>

namespace ShotBrief {

namespace {

// Element order follows the xmeml 5 DTD (Apple's "Final Cut Pro XML Interchange Format");
// tests/core/export/data/xmeml5.dtd holds the part of it this writer uses, and a test
// validates every export against it with xmllint.
class XmemlWriter
{
public:
    explicit XmemlWriter(const ExportData &data)
        : m_data(data)
        , m_xml(&m_bytes)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
        const QStringList size = data.project->format.size.split(QLatin1Char('x'));
        if (size.size() == 2 && size.at(0).toInt() > 0 && size.at(1).toInt() > 0) {
            m_width = size.at(0).toInt();
            m_height = size.at(1).toInt();
        }
    }

    QByteArray write()
    {
        qint64 total = 0;
        for (const ExportShot &item : m_data.shots)
            total += shotFrames(item);

        m_xml.writeStartDocument();
        m_xml.writeDTD(QStringLiteral("<!DOCTYPE xmeml>"));
        m_xml.writeStartElement(QStringLiteral("xmeml"));
        m_xml.writeAttribute(QStringLiteral("version"), QStringLiteral("5"));
        m_xml.writeStartElement(QStringLiteral("sequence"));
        m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("sequence-1"));
        text(QStringLiteral("name"), m_data.projectTitle);
        text(QStringLiteral("duration"), total);
        rate();
        sequenceTimecode();
        m_xml.writeStartElement(QStringLiteral("media"));
        videoTrack();
        audioTrack();
        m_xml.writeEndElement(); // media
        m_xml.writeEndElement(); // sequence
        m_xml.writeEndElement(); // xmeml
        m_xml.writeEndDocument();
        return m_bytes;
    }

private:
    void text(const QString &name, const QString &value) { m_xml.writeTextElement(name, value); }
    void text(const QString &name, qint64 value) { text(name, QString::number(value)); }

    void rate()
    {
        m_xml.writeStartElement(QStringLiteral("rate"));
        text(QStringLiteral("timebase"), EditListFps);
        text(QStringLiteral("ntsc"), QStringLiteral("FALSE"));
        m_xml.writeEndElement();
    }

    void sequenceTimecode()
    {
        // Record time starts at one hour, as in the EDL.
        const qint64 start = qint64(3600) * EditListFps;
        m_xml.writeStartElement(QStringLiteral("timecode"));
        rate();
        text(QStringLiteral("string"), frameTimecode(start));
        text(QStringLiteral("frame"), start);
        text(QStringLiteral("displayformat"), QStringLiteral("NDF"));
        m_xml.writeEndElement();
    }

    void videoCharacteristics()
    {
        m_xml.writeStartElement(QStringLiteral("samplecharacteristics"));
        rate();
        text(QStringLiteral("width"), m_width);
        text(QStringLiteral("height"), m_height);
        text(QStringLiteral("anamorphic"), QStringLiteral("FALSE"));
        text(QStringLiteral("pixelaspectratio"), QStringLiteral("square"));
        text(QStringLiteral("fielddominance"), QStringLiteral("none"));
        m_xml.writeEndElement();
    }

    void audioCharacteristics()
    {
        m_xml.writeStartElement(QStringLiteral("samplecharacteristics"));
        text(QStringLiteral("depth"), 16);
        text(QStringLiteral("samplerate"), 48000);
        m_xml.writeEndElement();
    }

    QString clipItemId(int index, bool audio) const
    {
        return QStringLiteral("clipitem-%1").arg(index * 2 + (audio ? 2 : 1));
    }

    /// The file is described in full once, at its video clip item; later uses refer to it.
    void file(int index, const ExportShot &item, bool full)
    {
        m_xml.writeStartElement(QStringLiteral("file"));
        m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("file-%1").arg(index + 1));
        if (full) {
            text(QStringLiteral("name"), QFileInfo(item.clipPath).fileName());
            QUrl url = QUrl::fromLocalFile(item.clipPath);
            url.setHost(QStringLiteral("localhost")); // what FCP 7 and Premiere write
            text(QStringLiteral("pathurl"), url.toString(QUrl::FullyEncoded));
            rate();
            text(QStringLiteral("duration"), clipFrames(item));
            m_xml.writeStartElement(QStringLiteral("media"));
            m_xml.writeStartElement(QStringLiteral("video"));
            videoCharacteristics();
            m_xml.writeEndElement();
            m_xml.writeStartElement(QStringLiteral("audio"));
            audioCharacteristics();
            text(QStringLiteral("channelcount"), 2);
            m_xml.writeEndElement();
            m_xml.writeEndElement(); // media
        }
        m_xml.writeEndElement();
    }

    void link(int index, bool audio)
    {
        m_xml.writeStartElement(QStringLiteral("link"));
        text(QStringLiteral("linkclipref"), clipItemId(index, audio));
        text(QStringLiteral("mediatype"),
             audio ? QStringLiteral("audio") : QStringLiteral("video"));
        text(QStringLiteral("trackindex"), 1);
        text(QStringLiteral("clipindex"), m_clipIndex.value(index) + 1);
        m_xml.writeEndElement();
    }

    void identity(const ExportShot &item, qint64 markerIn)
    {
        ClipIdentity identity{item.shot->id, {}};
        if (!item.clipPath.isEmpty())
            identity.takeId = item.circledTake->id;
        const QString tag = clipIdentityTag(identity);
        m_xml.writeStartElement(QStringLiteral("comments"));
        text(QStringLiteral("mastercomment1"), tag);
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("marker"));
        text(QStringLiteral("name"), item.displayLabel());
        text(QStringLiteral("comment"), tag);
        text(QStringLiteral("in"), markerIn);
        text(QStringLiteral("out"), -1);
        m_xml.writeEndElement();
    }

    void clipItem(int index, const ExportShot &item, qint64 start, bool audio)
    {
        const qint64 in = sourceInFrames(item);
        const qint64 frames = shotFrames(item);
        m_xml.writeStartElement(QStringLiteral("clipitem"));
        m_xml.writeAttribute(QStringLiteral("id"), clipItemId(index, audio));
        text(QStringLiteral("name"), item.displayLabel());
        text(QStringLiteral("enabled"), QStringLiteral("TRUE"));
        text(QStringLiteral("duration"), clipFrames(item));
        rate();
        text(QStringLiteral("start"), start);
        text(QStringLiteral("end"), start + frames);
        text(QStringLiteral("in"), in);
        text(QStringLiteral("out"), in + frames);
        file(index, item, !audio);
        m_xml.writeStartElement(QStringLiteral("sourcetrack"));
        text(QStringLiteral("mediatype"),
             audio ? QStringLiteral("audio") : QStringLiteral("video"));
        if (audio)
            text(QStringLiteral("trackindex"), 1);
        m_xml.writeEndElement();
        link(index, false);
        link(index, true);
        identity(item, in);
        m_xml.writeEndElement();
    }

    void slate(int index, const ExportShot &item, qint64 start)
    {
        const qint64 frames = shotFrames(item);
        m_xml.writeStartElement(QStringLiteral("generatoritem"));
        m_xml.writeAttribute(QStringLiteral("id"), QStringLiteral("slate-%1").arg(index + 1));
        text(QStringLiteral("name"), item.displayLabel());
        text(QStringLiteral("enabled"), QStringLiteral("TRUE"));
        text(QStringLiteral("duration"), frames);
        rate();
        text(QStringLiteral("start"), start);
        text(QStringLiteral("end"), start + frames);
        text(QStringLiteral("in"), 0);
        text(QStringLiteral("out"), frames);
        m_xml.writeStartElement(QStringLiteral("effect"));
        text(QStringLiteral("name"), QStringLiteral("Slug"));
        text(QStringLiteral("effectid"), QStringLiteral("slug"));
        text(QStringLiteral("effectcategory"), QStringLiteral("Matte"));
        text(QStringLiteral("effecttype"), QStringLiteral("generator"));
        text(QStringLiteral("mediatype"), QStringLiteral("video"));
        m_xml.writeEndElement();
        identity(item, 0);
        m_xml.writeEndElement();
    }

    void videoTrack()
    {
        m_xml.writeStartElement(QStringLiteral("video"));
        m_xml.writeStartElement(QStringLiteral("format"));
        videoCharacteristics();
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("track"));
        qint64 start = 0;
        int clips = 0;
        for (int i = 0; i < m_data.shots.size(); ++i) {
            const ExportShot &item = m_data.shots.at(i);
            if (item.clipPath.isEmpty()) {
                slate(i, item, start);
            } else {
                m_clipIndex.insert(i, clips++);
                clipItem(i, item, start, false);
            }
            start += shotFrames(item);
        }
        text(QStringLiteral("enabled"), QStringLiteral("TRUE"));
        text(QStringLiteral("locked"), QStringLiteral("FALSE"));
        m_xml.writeEndElement(); // track
        m_xml.writeEndElement(); // video
    }

    void audioTrack()
    {
        m_xml.writeStartElement(QStringLiteral("audio"));
        m_xml.writeStartElement(QStringLiteral("format"));
        audioCharacteristics();
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("track"));
        qint64 start = 0;
        for (int i = 0; i < m_data.shots.size(); ++i) {
            const ExportShot &item = m_data.shots.at(i);
            if (!item.clipPath.isEmpty())
                clipItem(i, item, start, true);
            start += shotFrames(item);
        }
        text(QStringLiteral("enabled"), QStringLiteral("TRUE"));
        text(QStringLiteral("locked"), QStringLiteral("FALSE"));
        m_xml.writeEndElement(); // track
        m_xml.writeEndElement(); // audio
    }

    const ExportData &m_data;
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
    int m_width = 1280;
    int m_height = 720;
    QHash<int, int> m_clipIndex; ///< Shot index -> index among the track's clip items.
};

} // namespace

QByteArray exportXmeml(const ExportData &data)
{
    return XmemlWriter(data).write();
}

} // namespace ShotBrief
