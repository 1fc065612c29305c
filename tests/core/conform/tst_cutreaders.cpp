// SPDX-License-Identifier: MIT
// The four edit list readers on files as editors write them (Premiere's xmeml with shared
// files and transitions, Resolve's OTIO with Clip.2 and several tracks, Shotcut's MLT with
// chains and clock times, Kdenlive's nested track tractors, an Avid-style EDL with audio and a
// dissolve) and on malformed input of each format.

#include "conform/editedcut.h"

#include <QFile>
#include <QTest>

using namespace ShotBrief;

namespace {

QByteArray dataFile(const QString &name)
{
    QFile file(QStringLiteral(SHOTBRIEF_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

/// "name|media|in|out|record|slate|shot|take" for each clip, to compare in one line.
QStringList describe(const EditedCut &cut)
{
    QStringList lines;
    for (const CutClip &clip : cut.clips) {
        ClipIdentity tagged = clip.metadata;
        for (const QString &note : clip.notes) {
            if (tagged.isEmpty())
                tagged = parseClipIdentityTag(note);
        }
        lines.append(QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                         .arg(clip.name, clip.mediaPath)
                         .arg(clip.sourceIn)
                         .arg(clip.sourceOut)
                         .arg(clip.recordIn)
                         .arg(clip.isSlate ? QStringLiteral("slate") : QString())
                         .arg(tagged.shotId, tagged.takeId));
    }
    return lines;
}

} // namespace

class tst_CutReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editorFiles_data();
    void editorFiles();
    void edlReel();
    void malformed_data();
    void malformed();
    void detectsFormat_data();
    void detectsFormat();
    void identityTag();
    void readsFromDiskWithLimits();
};

void tst_CutReaders::editorFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("videoTracks");
    QTest::addColumn<QStringList>("clips");
    QTest::addColumn<QStringList>("noteParts");

    QTest::newRow("premiere xmeml")
        << "premiere.xml" << 2
        << QStringList{QStringLiteral(
                           "1A|/shots/Test.media/clips/take-a.mp4|12|90|0||shot-001|take-a"),
                       QStringLiteral("3A|/shots/Test.media/clips/take-a.mp4|20|92|78|||"),
                       QStringLiteral("2A||0|96|170|slate|shot-002|")}
        << QStringList{QStringLiteral("2 video tracks"), QStringLiteral("Transitions"),
                       QStringLiteral("Disabled clip \"unused\"")};
    QTest::newRow("resolve otio")
        << "resolve.otio" << 2
        << QStringList{QStringLiteral(
                           "2A|/shots/Test.media/clips/take-b.mp4|10|70|24||shot-002|take-b"),
                       QStringLiteral("1A||0|96|84||shot-001|take-a")}
        << QStringList{QStringLiteral("(Video 2)"), QStringLiteral("Transitions"),
                       QStringLiteral("Disabled clip \"muted\"")};
    QTest::newRow("shotcut mlt")
        << "shotcut.mlt" << 2
        << QStringList{QStringLiteral(
                           "1A|/shots/Test.media/clips/take-a.mp4|12|84|0||shot-001|take-a"),
                       QStringLiteral("2A (slate)||0|48|96|slate|shot-002|"),
                       QStringLiteral("b-roll.mov|") + QStringLiteral(SHOTBRIEF_TEST_DATA) +
                           QStringLiteral("/clips/b-roll.mov|24|72|144|||")}
        << QStringList{QStringLiteral("(V2)")};
    QTest::newRow("kdenlive mlt") << "kdenlive.mlt" << 1
                                  << QStringList{QStringLiteral(
                                         "1A|/shots/Test.media/clips/take-a.mp4|6|78|0|||")}
                                  << QStringList{};
    // melt clips the producer and counts the entry from the clip's first frame.
    QTest::newRow("melt mlt") << "melt.mlt" << 1
                              << QStringList{QStringLiteral(
                                                 "take-a.mp4|/shots/Test.media/clips/take-a.mp4|"
                                                 "12|60|0|||"),
                                             QStringLiteral("||0|96|48|slate||")}
                              << QStringList{};
    QTest::newRow("avid edl")
        << "avid.edl" << 1
        << QStringList{QStringLiteral("take-a.mp4||12|90|0||shot-001|take-a"),
                       QStringLiteral("B-ROLL.MOV|/media/b-roll.mov|120|168|78|||"),
                       QStringLiteral("||0|96|126|slate|shot-002|")}
        << QStringList{QStringLiteral("Transitions"), QStringLiteral("Speed changes")};
}

void tst_CutReaders::editorFiles()
{
    QFETCH(QString, file);
    QFETCH(int, videoTracks);
    QFETCH(QStringList, clips);
    QFETCH(QStringList, noteParts);
    const QString path = QStringLiteral(SHOTBRIEF_TEST_DATA "/") + file;
    const Result<EditedCut> cut = parseEditedCut(dataFile(file), path, 24);
    QVERIFY2(cut, qPrintable(cut ? QString() : cut.error().toString()));
    QCOMPARE(cut->fps, 24.0);
    QCOMPARE(cut->videoTrackCount, videoTracks);
    QCOMPARE(describe(*cut), clips);
    const QString notes = cut->notes.join(QLatin1Char('\n'));
    for (const QString &part : noteParts)
        QVERIFY2(notes.contains(part), qPrintable(notes));
    if (videoTracks > 1)
        QVERIFY2(notes.contains(QLatin1String("used the top one")), qPrintable(notes));
}

void tst_CutReaders::edlReel()
{
    const Result<EditedCut> cut =
        parseEditedCut(dataFile(QStringLiteral("avid.edl")), QStringLiteral("avid.edl"), 24);
    QVERIFY(cut);
    QCOMPARE(cut->clips.at(0).reel, QStringLiteral("3F2A9C01"));
    QCOMPARE(cut->clips.at(2).reel, QStringLiteral("BL"));
    QCOMPARE(cut->title, QStringLiteral("NIGHT MARKET V3"));
}

void tst_CutReaders::malformed_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");

    const QByteArray otioHead = R"({"OTIO_SCHEMA": "Timeline.1", "tracks": )";
    QTest::newRow("otio not json")
        << "a.otio" << QByteArray("{\n  \"OTIO_SCHEMA\": ,\n}") << 2 << "invalid JSON";
    QTest::newRow("otio not a timeline")
        << "a.otio" << QByteArray(R"({"OTIO_SCHEMA": "Clip.1"})") << 0 << "Timeline";
    QTest::newRow("otio no video")
        << "a.otio"
        << otioHead +
               R"({"OTIO_SCHEMA": "Stack.1", "children": [{"OTIO_SCHEMA": "Track.1", "kind": "Audio", "children": [{}]}]}})"
        << 0 << "no video track";
    QTest::newRow("otio bad range")
        << "a.otio"
        << otioHead +
               R"({"OTIO_SCHEMA": "Stack.1", "children": [{"OTIO_SCHEMA": "Track.1", "kind": "Video", "children": [{"OTIO_SCHEMA": "Clip.1", "source_range": {"OTIO_SCHEMA": "TimeRange.1", "duration": 5}}]}]}})"
        << 0 << "tracks.children[0].children[0].source_range";
    QTest::newRow("otio nested stack")
        << "a.otio"
        << otioHead +
               R"({"OTIO_SCHEMA": "Stack.1", "children": [{"OTIO_SCHEMA": "Track.1", "kind": "Video", "children": [{"OTIO_SCHEMA": "Stack.1", "children": []}]}]}})"
        << 0 << "flatten";
    QTest::newRow("otio deep") << "a.otio" << QByteArray(200, '[') << 1 << "nested deeper";
    QTest::newRow("edl bad event") << "a.edl" << QByteArray("TITLE: x\n\n001  AX V C 00:00:00:00\n")
                                   << 3 << "expected an event";
    QTest::newRow("edl drop frame")
        << "a.edl" << QByteArray("TITLE: x\nFCM: DROP FRAME\n") << 2 << "drop-frame";
    QTest::newRow("edl 25 fps")
        << "a.edl" << QByteArray("001  AX V C 00:00:00:00 00:00:00:24 01:00:00:00 01:00:01:00\n")
        << 1 << "another frame rate than 24 fps";
    QTest::newRow("edl overlap")
        << "a.edl"
        << QByteArray("001  AX V C 00:00:00:00 00:00:02:00 01:00:00:00 01:00:02:00\n"
                      "* FROM CLIP NAME: one.mov\n"
                      "002  AX V C 00:00:00:00 00:00:02:00 01:00:01:00 01:00:03:00\n"
                      "* FROM CLIP NAME: two.mov\n")
        << 0 << "clips overlap on the video track at 00:00:01:00";
    QTest::newRow("edl empty") << "a.edl" << QByteArray("TITLE: nothing\n") << 0
                               << "no video events";
    QTest::newRow("xml malformed")
        << "a.xml" << QByteArray("<xmeml>\n<sequence>\n</xmeml>") << 3 << "malformed XML";
    QTest::newRow("xml entity")
        << "a.xml"
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE xmeml [<!ENTITY a \"aaaa\">]>\n"
                      "<xmeml>&a;</xmeml>")
        << 2 << "entities";
    QTest::newRow("xml deep") << "a.xml" << QByteArray("<xmeml>") + QByteArray("<a>").repeated(100)
                              << 1 << "nested deeper than 64";
    QTest::newRow("xmeml no sequence")
        << "a.xml" << QByteArray("<xmeml version=\"5\"/>") << 0 << "no <sequence>";
    QTest::newRow("xmeml missing in")
        << "a.xml"
        << QByteArray("<xmeml><sequence><media><video><track>\n<clipitem><name>x</name>"
                      "<start>0</start><end>4</end><out>4</out></clipitem>"
                      "</track></video></media></sequence></xmeml>")
        << 2 << "<in>";
    QTest::newRow("xmeml overlap") << "a.xml"
                                   << QByteArray("<xmeml><sequence><media><video><track>"
                                                 "<clipitem><name>x</name><start>0</start><end>10</"
                                                 "end><in>0</in><out>10</out></clipitem>"
                                                 "<clipitem><name>y</name><start>5</start><end>15</"
                                                 "end><in>0</in><out>10</out></clipitem>"
                                                 "</track></video></media></sequence></xmeml>")
                                   << 0 << "overlap";
    QTest::newRow("xmeml bad rate")
        << "a.xml"
        << QByteArray(
               "<xmeml><sequence>\n<rate><timebase>fast</timebase></rate></sequence></xmeml>")
        << 2 << "<timebase>";
    QTest::newRow("mlt not mlt") << "a.mlt" << QByteArray("<kdenlive/>") << 1 << "<mlt>";
    QTest::newRow("mlt nothing to play")
        << "a.mlt" << QByteArray("<mlt><producer id=\"p\"/></mlt>") << 0 << "nothing to play";
    QTest::newRow("mlt unknown producer")
        << "a.mlt"
        << QByteArray("<mlt>\n<playlist id=\"pl\">\n<entry producer=\"ghost\" in=\"0\" out=\"9\"/>"
                      "</playlist></mlt>")
        << 3 << "\"ghost\"";
    QTest::newRow("mlt bad time")
        << "a.mlt"
        << QByteArray(
               "<mlt><producer id=\"p\"><property name=\"resource\">a.mp4</property></producer>\n"
               "<playlist id=\"pl\"><entry producer=\"p\" in=\"soon\" out=\"9\"/></playlist></mlt>")
        << 2 << "in=\"soon\"";
    QTest::newRow("unknown format") << "a.txt" << QByteArray("hello") << 0 << "not an edit list";
}

void tst_CutReaders::malformed()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    const Result<EditedCut> cut = parseEditedCut(bytes, fileName, 24);
    QVERIFY2(!cut, "must be refused");
    QCOMPARE(cut.error().file, fileName);
    QVERIFY2(cut.error().message.contains(messagePart), qPrintable(cut.error().toString()));
    if (line > 0)
        QCOMPARE(cut.error().line, line);
}

void tst_CutReaders::detectsFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("kind");
    QTest::newRow("otio suffix") << "x.OTIO" << QByteArray() << int(EditListKind::Otio);
    QTest::newRow("edl suffix") << "x.edl" << QByteArray() << int(EditListKind::Edl);
    QTest::newRow("kdenlive suffix") << "x.kdenlive" << QByteArray() << int(EditListKind::Mlt);
    QTest::newRow("xml with xmeml")
        << "x.xml" << QByteArray("<?xml?><!DOCTYPE xmeml><xmeml>") << int(EditListKind::Xmeml);
    QTest::newRow("xml with mlt") << "x.xml" << QByteArray("<?xml?><mlt>")
                                  << int(EditListKind::Mlt);
    QTest::newRow("json otio") << "cut.json" << QByteArray(R"({"OTIO_SCHEMA": "Timeline.1"})")
                               << int(EditListKind::Otio);
}

void tst_CutReaders::detectsFormat()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, head);
    QFETCH(int, kind);
    const Result<EditListKind> detected = detectEditListKind(fileName, head);
    QVERIFY(detected);
    QCOMPARE(int(*detected), kind);
}

void tst_CutReaders::identityTag()
{
    const ClipIdentity identity{QStringLiteral("3f2a9c01-aaaa-4bbb-8ccc-0123456789ab"),
                                QStringLiteral("take-7")};
    const QString tag = clipIdentityTag(identity);
    QCOMPARE(
        parseClipIdentityTag(QStringLiteral("prompt first\n") + tag + QStringLiteral("\nmore")),
        identity);
    // EDL tools may upper-case comments: ids come back in lower case.
    QCOMPARE(parseClipIdentityTag(tag.toUpper()), identity);
    QCOMPARE(parseClipIdentityTag(QStringLiteral("ShotBrief shot=s1")),
             (ClipIdentity{QStringLiteral("s1"), QString()}));
    QVERIFY(parseClipIdentityTag(QStringLiteral("no tag here")).isEmpty());
    QCOMPARE(reelNameForTake(identity.shotId), QStringLiteral("3F2A9C01"));
}

void tst_CutReaders::readsFromDiskWithLimits()
{
    const Result<EditedCut> missing = readEditedCut(QStringLiteral("/nonexistent/cut.otio"), 24);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(QLatin1String("cannot read")),
             qPrintable(missing.error().toString()));
    const Result<EditedCut> premiere =
        readEditedCut(QStringLiteral(SHOTBRIEF_TEST_DATA "/premiere.xml"), 24);
    QVERIFY2(premiere, qPrintable(premiere ? QString() : premiere.error().toString()));
    QCOMPARE(premiere->kind, EditListKind::Xmeml);
    QCOMPARE(premiere->title, QStringLiteral("Night Market v2"));
}

QTEST_GUILESS_MAIN(tst_CutReaders)
#include "tst_cutreaders.moc"
