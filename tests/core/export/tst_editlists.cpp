// SPDX-License-Identifier: MIT
// OTIO, CMX 3600 EDL and MLT edit lists of circled takes, with real clips made by ffmpeg;
// melt renders the MLT and ffprobe counts the frames.

#include "testproject.h"

#include "export/editlist.h"
#include "export/exportdata.h"
#include "export/exporter.h"

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
    void mltRendersToSequenceLength();

private:
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
        QCOMPARE(marker.value(QStringLiteral("comment")).toString(), data.shots.at(i).prompt);

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
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = eventRe.match(line);
        if (!match.hasMatch()) {
            if (line.startsWith(QStringLiteral("* FROM CLIP NAME: ")))
                sawClipName = lastReel == QStringLiteral("AX");
            continue;
        }
        ++events;
        QCOMPARE(match.captured(1).toInt(), events);
        const Shot &shot = m_project.shots.at(events - 1);
        lastReel = match.captured(2);
        QCOMPARE(lastReel,
                 shot.circledTakeId.isEmpty() ? QStringLiteral("BL") : QStringLiteral("AX"));
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

void tst_EditLists::mltRendersToSequenceLength()
{
    if (QStandardPaths::findExecutable(QStringLiteral("melt")).isEmpty())
        QFAIL("melt is not installed (Debian package melt)");
    const Result<QByteArray> bytes = exportAs(m_project, m_projectPath, ExportFormat::Mlt);
    QVERIFY2(bytes.hasValue(), qPrintable(bytes ? QString() : bytes.error().toString()));
    const QString mlt = m_dir.filePath(QStringLiteral("sequence.mlt"));
    QVERIFY(writeFileAtomically(mlt, *bytes).hasValue());
    const QString video = m_dir.filePath(QStringLiteral("sequence.mp4"));
    QByteArray log;
    // A small consumer size keeps the render fast (x264 wants sizes divisible by 4: melt
    // crashes on 160x90); real_time=-1 never drops frames.
    const int exitCode =
        TestProject::run(QStringLiteral("melt"),
                         {QStringLiteral("-quiet"), mlt, QStringLiteral("-consumer"),
                          QStringLiteral("avformat:") + video, QStringLiteral("width=192"),
                          QStringLiteral("height=108"), QStringLiteral("real_time=-1"),
                          QStringLiteral("vcodec=libx264"), QStringLiteral("preset=ultrafast"),
                          QStringLiteral("an=1")},
                         &log, 240000);
    QVERIFY2(exitCode == 0, log.constData());
    QByteArray probe;
    QCOMPARE(TestProject::run(QStringLiteral("ffprobe"),
                              {QStringLiteral("-v"), QStringLiteral("error"),
                               QStringLiteral("-count_frames"), QStringLiteral("-select_streams"),
                               QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                               QStringLiteral("stream=nb_read_frames"), QStringLiteral("-of"),
                               QStringLiteral("csv=p=0"), video},
                              &probe),
             0);
    QCOMPARE(probe.trimmed().toLongLong(), m_totalFrames);
}

QTEST_GUILESS_MAIN(tst_EditLists)
#include "tst_editlists.moc"
