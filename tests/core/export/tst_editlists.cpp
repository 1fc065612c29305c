// SPDX-License-Identifier: MIT
// OTIO, CMX 3600 EDL and MLT edit lists of circled takes, with real clips made by ffmpeg;
// melt renders the MLT and ffprobe counts the frames.

#include "testproject.h"

#include "export/editlist.h"
#include "export/exportdata.h"
#include "export/exporter.h"
#include "export/xmemlexport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace ShotBrief;

namespace {

qint64 timecodeFrames(const QString &timecode)
{
    const QStringList parts = timecode.split(QLatin1Char(':'));
    if (parts.size() != 4)
        return -1;
    return ((parts.at(0).toLongLong() * 60 + parts.at(1).toLongLong()) * 60 +
            parts.at(2).toLongLong()) *
               EditListFps +
           parts.at(3).toLongLong();
}

Result<QByteArray> exportAs(const Project &project, const QString &path, ExportFormat format)
{
    ExportOptions options;
    options.format = format;
    return exportToBytes(project, path, options);
}

} // namespace

class tst_EditLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void timecode_data();
    void timecode();
    void otio();
    void edl();
    void mltStructure();
    void mltRendersToSequenceLength_data();
    void mltRendersToSequenceLength();
    void xmemlStructure();
    void xmemlValidatesAgainstDtd();
    void trimsAndCutsInEveryEditList();
    void everyShotCutIsRefused();

private:
    /// m_project with shot 3's take trimmed to 0.5-2.5 s and shot 2 (no take) cut.
    Project trimmedAndCut() const;

    QTemporaryDir m_dir;
    Project m_project;
    QString m_projectPath;
    qint64 m_totalFrames = 0;
};

void tst_EditLists::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    // 4 s, 8 s (no take), 4 s, 4 s (no take), 8 s: clips on shots 1, 3 and 5.
    m_project = TestProject::make(5);
    m_projectPath = TestProject::attachClips(m_project, m_dir.path(), {0, 2, 4});
    QVERIFY2(!m_projectPath.isEmpty(), "ffmpeg could not make the test clips");
    for (const Shot &shot : m_project.shots)
        m_totalFrames += shot.durationSeconds * EditListFps;
}

void tst_EditLists::timecode_data()
{
    QTest::addColumn<qint64>("frames");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("00:00:00:00");
    QTest::newRow("one-frame") << qint64(1) << QStringLiteral("00:00:00:01");
    QTest::newRow("last-frame-of-second") << qint64(23) << QStringLiteral("00:00:00:23");
    QTest::newRow("one-second") << qint64(24) << QStringLiteral("00:00:01:00");
    QTest::newRow("one-hour") << qint64(3600 * 24) << QStringLiteral("01:00:00:00");
    QTest::newRow("mixed") << qint64((3661 * 24) + 5) << QStringLiteral("01:01:01:05");
}

void tst_EditLists::timecode()
{
    QFETCH(qint64, frames);
    QFETCH(QString, expected);
    QCOMPARE(frameTimecode(frames), expected);
    QCOMPARE(timecodeFrames(expected), frames);
}

void tst_EditLists::otio()
{
    const Result<QByteArray> bytes = exportAs(m_project, m_projectPath, ExportFormat::Otio);
    QVERIFY2(bytes.hasValue(), qPrintable(bytes ? QString() : bytes.error().toString()));
    QJsonParseError error;
    const QJsonObject timeline = QJsonDocument::fromJson(*bytes, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(timeline.value(QStringLiteral("OTIO_SCHEMA")).toString(),
             QStringLiteral("Timeline.1"));
    const QJsonObject stack = timeline.value(QStringLiteral("tracks")).toObject();
    QCOMPARE(stack.value(QStringLiteral("OTIO_SCHEMA")).toString(), QStringLiteral("Stack.1"));
    const QJsonArray tracks = stack.value(QStringLiteral("children")).toArray();
    QCOMPARE(tracks.size(), 1);
    const QJsonObject track = tracks.at(0).toObject();
    QCOMPARE(track.value(QStringLiteral("OTIO_SCHEMA")).toString(), QStringLiteral("Track.1"));
    QCOMPARE(track.value(QStringLiteral("kind")).toString(), QStringLiteral("Video"));
    const QJsonArray items = track.value(QStringLiteral("children")).toArray();
    QCOMPARE(items.size(), m_project.shots.size());

    const ExportData data = collectExportData(m_project, m_projectPath, {}, PriceTable::builtIn());
    double total = 0;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const Shot &shot = m_project.shots.at(i);
        const bool hasTake = !shot.circledTakeId.isEmpty();
        QCOMPARE(item.value(QStringLiteral("OTIO_SCHEMA")).toString(),
                 hasTake ? QStringLiteral("Clip.1") : QStringLiteral("Gap.1"));
        const QJsonObject range = item.value(QStringLiteral("source_range")).toObject();
        QCOMPARE(range.value(QStringLiteral("OTIO_SCHEMA")).toString(),
                 QStringLiteral("TimeRange.1"));
        const QJsonObject duration = range.value(QStringLiteral("duration")).toObject();
        QCOMPARE(duration.value(QStringLiteral("OTIO_SCHEMA")).toString(),
                 QStringLiteral("RationalTime.1"));
        QCOMPARE(duration.value(QStringLiteral("rate")).toDouble(), 24.0);
        QCOMPARE(duration.value(QStringLiteral("value")).toDouble(),
                 double(shot.durationSeconds * 24));
        total += duration.value(QStringLiteral("value")).toDouble();

        const QJsonArray markers = item.value(QStringLiteral("markers")).toArray();
        QCOMPARE(markers.size(), 1);
        const QJsonObject marker = markers.at(0).toObject();
        QCOMPARE(marker.value(QStringLiteral("OTIO_SCHEMA")).toString(),
                 QStringLiteral("Marker.2"));
        QCOMPARE(marker.value(QStringLiteral("name")).toString(), shot.label);
        const ClipIdentity identity{shot.id, hasTake ? shot.circledTakeId : QString()};
        QCOMPARE(marker.value(QStringLiteral("comment")).toString(),
                 clipIdentityTag(identity) + QLatin1Char('\n') + data.shots.at(i).prompt);
        const QJsonObject ids = item.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("shotbrief"))
                                    .toObject();
        QCOMPARE(ids.value(QStringLiteral("shot_id")).toString(), shot.id);
        QCOMPARE(ids.value(QStringLiteral("take_id")).toString(), identity.takeId);

        if (hasTake) {
            const QJsonObject reference = item.value(QStringLiteral("media_reference")).toObject();
            QCOMPARE(reference.value(QStringLiteral("OTIO_SCHEMA")).toString(),
                     QStringLiteral("ExternalReference.1"));
            const QUrl url(reference.value(QStringLiteral("target_url")).toString());
            QVERIFY2(url.isLocalFile(), qPrintable(url.toString()));
            QVERIFY2(QFile::exists(url.toLocalFile()), qPrintable(url.toLocalFile()));
        }
    }
    QCOMPARE(qint64(total), m_totalFrames);
}

void tst_EditLists::edl()
{
    const Result<QByteArray> bytes = exportAs(m_project, m_projectPath, ExportFormat::Edl);
    QVERIFY2(bytes.hasValue(), qPrintable(bytes ? QString() : bytes.error().toString()));
    const QStringList lines = QString::fromUtf8(*bytes).split(QStringLiteral("\r\n"));
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("TITLE: ")), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("FCM: NON-DROP FRAME"));

    static const QRegularExpression eventRe(QStringLiteral(
        "^(\\d{3})  (\\S{1,8}) +V +C +(\\d\\d:\\d\\d:\\d\\d:\\d\\d) (\\d\\d:\\d\\d:\\d\\d:\\d\\d) "
        "(\\d\\d:\\d\\d:\\d\\d:\\d\\d) (\\d\\d:\\d\\d:\\d\\d:\\d\\d)$"));
    int events = 0;
    qint64 expectedRecordIn = 3600 * EditListFps;
    qint64 sum = 0;
    QString lastReel;
    bool sawClipName = false;
    int identities = 0;
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = eventRe.match(line);
        if (!match.hasMatch()) {
            if (line.startsWith(QStringLiteral("* FROM CLIP NAME: ")))
                sawClipName = lastReel != QStringLiteral("BL");
            if (line.startsWith(QStringLiteral("* ShotBrief shot=")))
                ++identities;
            continue;
        }
        ++events;
        QCOMPARE(match.captured(1).toInt(), events);
        const Shot &shot = m_project.shots.at(events - 1);
        lastReel = match.captured(2);
        // A take's reel is its id's first 8 characters: the one name every EDL tool keeps.
        QCOMPARE(lastReel, shot.circledTakeId.isEmpty() ? QStringLiteral("BL")
                                                        : reelNameForTake(shot.circledTakeId));
        const qint64 sourceIn = timecodeFrames(match.captured(3));
        const qint64 sourceOut = timecodeFrames(match.captured(4));
        const qint64 recordIn = timecodeFrames(match.captured(5));
        const qint64 recordOut = timecodeFrames(match.captured(6));
        QCOMPARE(recordIn, expectedRecordIn); // contiguous, starting at 01:00:00:00
        QCOMPARE(recordOut - recordIn, sourceOut - sourceIn);
        QCOMPARE(recordOut - recordIn, qint64(shot.durationSeconds * EditListFps));
        sum += recordOut - recordIn;
        expectedRecordIn = recordOut;
    }
    QCOMPARE(events, m_project.shots.size());
    QCOMPARE(sum, m_totalFrames);
    QVERIFY2(sawClipName, "no \"* FROM CLIP NAME:\" comment after a clip event");
    QCOMPARE(identities, events);
}

void tst_EditLists::mltStructure()
{
    const Result<QByteArray> bytes = exportAs(m_project, m_projectPath, ExportFormat::Mlt);
    QVERIFY2(bytes.hasValue(), qPrintable(bytes ? QString() : bytes.error().toString()));
    struct Producer
    {
        QString service;
        QString resource;
        QString slateText;
        qint64 length = 0;
    };
    QHash<QString, Producer> producers;
    QStringList entries;
    qint64 entryFrames = 0;
    qint64 tractorOut = -1;
    QString profileRate;
    QXmlStreamReader xml(*bytes);
    QString producerId;
    bool inFilter = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == QLatin1String("profile")) {
                profileRate = attributes.value(QStringLiteral("frame_rate_num")).toString();
            } else if (xml.name() == QLatin1String("producer")) {
                producerId = attributes.value(QStringLiteral("id")).toString();
                producers.insert(producerId, {});
            } else if (xml.name() == QLatin1String("filter")) {
                inFilter = true;
            } else if (xml.name() == QLatin1String("property") && !producerId.isEmpty()) {
                const QString name = attributes.value(QStringLiteral("name")).toString();
                const QString value = xml.readElementText();
                Producer &producer = producers[producerId];
                if (inFilter && name == QLatin1String("argument"))
                    producer.slateText = value;
                else if (!inFilter && name == QLatin1String("mlt_service"))
                    producer.service = value;
                else if (!inFilter && name == QLatin1String("resource"))
                    producer.resource = value;
                else if (!inFilter && name == QLatin1String("length"))
                    producer.length = value.toLongLong();
            } else if (xml.name() == QLatin1String("entry")) {
                entries.append(attributes.value(QStringLiteral("producer")).toString());
                entryFrames += attributes.value(QStringLiteral("out")).toLongLong() -
                               attributes.value(QStringLiteral("in")).toLongLong() + 1;
            } else if (xml.name() == QLatin1String("tractor")) {
                tractorOut = attributes.value(QStringLiteral("out")).toLongLong();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("filter"))
                inFilter = false;
            else if (xml.name() == QLatin1String("producer"))
                producerId.clear();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(profileRate, QStringLiteral("24"));
    QCOMPARE(entries.size(), m_project.shots.size());
    QCOMPARE(entryFrames, m_totalFrames);
    QCOMPARE(tractorOut, m_totalFrames - 1);
    const ExportData data = collectExportData(m_project, m_projectPath, {}, PriceTable::builtIn());
    for (int i = 0; i < entries.size(); ++i) {
        QVERIFY2(producers.contains(entries.at(i)), qPrintable(entries.at(i)));
        const Producer &producer = producers.value(entries.at(i));
        const Shot &shot = m_project.shots.at(i);
        QCOMPARE(producer.length, qint64(shot.durationSeconds * EditListFps));
        if (shot.circledTakeId.isEmpty()) {
            QCOMPARE(producer.service, QStringLiteral("color"));
            QVERIFY2(producer.slateText.startsWith(shot.label), qPrintable(producer.slateText));
        } else {
            QCOMPARE(producer.service, QStringLiteral("avformat"));
            QCOMPARE(producer.resource, data.shots.at(i).clipPath);
        }
    }
}

Project tst_EditLists::trimmedAndCut() const
{
    Project project = m_project;
    Shot &third = project.shots[2];
    third.takes.first().inMs = 500;
    third.takes.first().outMs = 2500;
    project.shots[1].cut = true;
    return project;
}

void tst_EditLists::mltRendersToSequenceLength_data()
{
    QTest::addColumn<bool>("trimmed");
    QTest::newRow("as planned") << false;
    QTest::newRow("trimmed take, shot cut") << true;
}

void tst_EditLists::mltRendersToSequenceLength()
{
    QFETCH(bool, trimmed);
    if (QStandardPaths::findExecutable(QStringLiteral("melt")).isEmpty())
        QFAIL("melt is not installed (Debian package melt)");
    const Project project = trimmed ? trimmedAndCut() : m_project;
    qint64 expectedFrames = 0;
    for (const ExportShot &item :
         collectExportData(project, m_projectPath, {}, PriceTable::builtIn()).shots)
        expectedFrames += shotFrames(item);
    // 4 + 4 + 8 s, 2 s of shot 3: the trim and the cut both shorten the film.
    QCOMPARE(expectedFrames, trimmed ? qint64((4 + 2 + 4 + 8) * 24) : m_totalFrames);
    const Result<QByteArray> bytes = exportAs(project, m_projectPath, ExportFormat::Mlt);
    QVERIFY2(bytes.hasValue(), qPrintable(bytes ? QString() : bytes.error().toString()));
    const QString mlt = m_dir.filePath(QStringLiteral("sequence.mlt"));
    QVERIFY(writeFileAtomically(mlt, *bytes).hasValue());
    const QString video = m_dir.filePath(QStringLiteral("sequence.mp4"));
    QByteArray log;
    QVERIFY2(TestProject::renderMlt(mlt, video, &log) == 0, log.constData());
    QCOMPARE(TestProject::countVideoFrames(video), expectedFrames);
}

void tst_EditLists::xmemlStructure()
{
    const Result<QByteArray> bytes = exportAs(m_project, m_projectPath, ExportFormat::Fcp7Xml);
    QVERIFY2(bytes.hasValue(), qPrintable(bytes ? QString() : bytes.error().toString()));
    QVERIFY(bytes->contains("<!DOCTYPE xmeml>"));
    QVERIFY(bytes->contains("<xmeml version=\"5\">"));
    const ExportData data = collectExportData(m_project, m_projectPath, {}, PriceTable::builtIn());
    QXmlStreamReader xml(*bytes);
    QStringList path;
    QStringList videoItems; // "name|start|end|in|out|tag" of the video track
    int audioItems = 0;
    QHash<QString, QString> current;
    qint64 sequenceDuration = -1;
    QString timebase;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            path.append(xml.name().toString());
            const QString joined = path.join(QLatin1Char('/'));
            if (joined.endsWith(QLatin1String("clipitem")) ||
                joined.endsWith(QLatin1String("generatoritem")))
                current.clear();
            static const QStringList fields{QStringLiteral("name"), QStringLiteral("start"),
                                            QStringLiteral("end"), QStringLiteral("in"),
                                            QStringLiteral("out")};
            if (path.size() >= 2 &&
                (path.at(path.size() - 2) == QLatin1String("clipitem") ||
                 path.at(path.size() - 2) == QLatin1String("generatoritem")) &&
                fields.contains(path.last())) {
                current.insert(path.last(), xml.readElementText());
                path.removeLast();
            } else if (joined == QLatin1String("xmeml/sequence/duration")) {
                sequenceDuration = xml.readElementText().toLongLong();
                path.removeLast();
            } else if (joined == QLatin1String("xmeml/sequence/rate/timebase")) {
                timebase = xml.readElementText();
                path.removeLast();
            } else if (path.last() == QLatin1String("pathurl")) {
                const QUrl url(xml.readElementText());
                path.removeLast();
                QCOMPARE(url.host(), QStringLiteral("localhost"));
                QVERIFY2(QFile::exists(url.path()), qPrintable(url.toString()));
            } else if (joined.endsWith(QLatin1String("marker/comment"))) {
                current.insert(QStringLiteral("tag"), xml.readElementText());
                path.removeLast();
            }
        } else if (xml.isEndElement()) {
            const QString joined = path.join(QLatin1Char('/'));
            if (joined.contains(QLatin1String("/video/track/")) &&
                (path.last() == QLatin1String("clipitem") ||
                 path.last() == QLatin1String("generatoritem")))
                videoItems.append(QStringList{
                    current.value(QStringLiteral("name")), current.value(QStringLiteral("start")),
                    current.value(QStringLiteral("end")), current.value(QStringLiteral("in")),
                    current.value(QStringLiteral("out")), current.value(QStringLiteral("tag"))}
                                      .join(QLatin1Char('|')));
            if (joined.contains(QLatin1String("/audio/track/")) &&
                path.last() == QLatin1String("clipitem"))
                ++audioItems;
            path.removeLast();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(timebase, QStringLiteral("24"));
    QCOMPARE(sequenceDuration, m_totalFrames);
    QStringList expected;
    qint64 start = 0;
    int clips = 0;
    for (const ExportShot &item : data.shots) {
        const qint64 frames = shotFrames(item);
        const bool clip = !item.clipPath.isEmpty();
        clips += clip ? 1 : 0;
        expected.append(QStringList{
            item.displayLabel(), QString::number(start), QString::number(start + frames),
            QStringLiteral("0"), QString::number(frames),
            clipIdentityTag({item.shot->id, clip ? item.circledTake->id : QString()})}
                            .join(QLatin1Char('|')));
        start += frames;
    }
    QCOMPARE(videoItems, expected);
    QCOMPARE(audioItems, clips); // the takes' sound, linked to their pictures
}

void tst_EditLists::xmemlValidatesAgainstDtd()
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QFAIL("xmllint is not installed (Debian package libxml2-utils)");
    const QString dtd = QStringLiteral(SHOTBRIEF_TEST_DATA "/xmeml5.dtd");
    for (const Project &project : {m_project, trimmedAndCut()}) {
        const Result<QByteArray> bytes = exportAs(project, m_projectPath, ExportFormat::Fcp7Xml);
        QVERIFY(bytes.hasValue());
        const QString file = m_dir.filePath(QStringLiteral("sequence.xml"));
        QVERIFY(writeFileAtomically(file, *bytes).hasValue());
        QByteArray log;
        QCOMPARE(TestProject::run(
                     xmllint, {QStringLiteral("--noout"), QStringLiteral("--dtdvalid"), dtd, file},
                     &log),
                 0);
        QVERIFY2(log.trimmed().isEmpty(), log.constData());

        // The check can fail: a clip item without its required <in> is refused.
        QByteArray broken = *bytes;
        const qsizetype in = broken.indexOf("<in>");
        broken.remove(in, broken.indexOf("</in>", in) + 5 - in);
        QVERIFY(writeFileAtomically(file, broken).hasValue());
        QVERIFY(TestProject::run(
                    xmllint, {QStringLiteral("--noout"), QStringLiteral("--dtdvalid"), dtd, file},
                    &log) != 0);
    }
}

void tst_EditLists::trimsAndCutsInEveryEditList()
{
    const Project project = trimmedAndCut();
    const QString third = project.shots.at(2).circledTakeId;
    const QString cutLabel = project.shots.at(1).label;

    const Result<QByteArray> otio = exportAs(project, m_projectPath, ExportFormat::Otio);
    QVERIFY(otio.hasValue());
    const QJsonArray items = QJsonDocument::fromJson(*otio)
                                 .object()
                                 .value(QStringLiteral("tracks"))
                                 .toObject()
                                 .value(QStringLiteral("children"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("children"))
                                 .toArray();
    QCOMPARE(items.size(), project.shots.size() - 1);
    const QJsonObject trimmed = items.at(1).toObject();
    QCOMPARE(trimmed.value(QStringLiteral("name")).toString(), project.shots.at(2).label);
    const QJsonObject range = trimmed.value(QStringLiteral("source_range")).toObject();
    QCOMPARE(range.value(QStringLiteral("start_time"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
             12.0);
    QCOMPARE(range.value(QStringLiteral("duration"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
             48.0);
    // The media's available range is the whole take, so the editor can lengthen the trim.
    QCOMPARE(trimmed.value(QStringLiteral("media_reference"))
                 .toObject()
                 .value(QStringLiteral("available_range"))
                 .toObject()
                 .value(QStringLiteral("duration"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toDouble(),
             96.0);

    const Result<QByteArray> edl = exportAs(project, m_projectPath, ExportFormat::Edl);
    QVERIFY(edl.hasValue());
    const QString edlText = QString::fromUtf8(*edl);
    QVERIFY2(edlText.contains(QStringLiteral("002  %1 V     C        00:00:00:12 00:00:02:12 "
                                             "01:00:04:00 01:00:06:00")
                                  .arg(reelNameForTake(third), -8)),
             qPrintable(edlText));
    QVERIFY2(!edlText.contains(QStringLiteral("SHOT %1").arg(cutLabel)), qPrintable(edlText));

    const Result<QByteArray> mlt = exportAs(project, m_projectPath, ExportFormat::Mlt);
    QVERIFY(mlt.hasValue());
    QVERIFY2(mlt->contains("<entry producer=\"clip1\" in=\"12\" out=\"59\"/>"), mlt->constData());
    QCOMPARE(mlt->count("<entry "), project.shots.size() - 1);

    const Result<QByteArray> xml = exportAs(project, m_projectPath, ExportFormat::Fcp7Xml);
    QVERIFY(xml.hasValue());
    QVERIFY2(xml->contains("<start>96</start>\n") && xml->contains("<in>12</in>") &&
                 xml->contains("<out>60</out>"),
             xml->constData());

    // Cut shots are in no export at all, and numbering skips them.
    ExportOptions json;
    json.format = ExportFormat::Json;
    const Result<QByteArray> prompts = exportToBytes(project, m_projectPath, json);
    QVERIFY(prompts.hasValue());
    QVERIFY(!prompts->contains(project.shots.at(1).id.toUtf8()));
    const ExportData data = collectExportData(project, m_projectPath, {}, PriceTable::builtIn());
    QCOMPARE(data.shots.size(), project.shots.size() - 1);
    QCOMPARE(data.shots.at(1).number, 2);
    QCOMPARE(data.sequenceShotCount, int(project.shots.size()) - 1);
}

void tst_EditLists::everyShotCutIsRefused()
{
    Project project = m_project;
    for (Shot &shot : project.shots)
        shot.cut = true;
    const Result<QByteArray> bytes = exportAs(project, m_projectPath, ExportFormat::Edl);
    QVERIFY(!bytes);
    QVERIFY2(bytes.error().message.contains(QLatin1String("cut from the edit")),
             qPrintable(bytes.error().toString()));
}

QTEST_GUILESS_MAIN(tst_EditLists)
#include "tst_editlists.moc"
