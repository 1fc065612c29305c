// SPDX-License-Identifier: MIT
// Export -> edit -> conform, for every edit list format. The "editor" is a script per format
// that works on the exported file as an editor would: it reorders the clips, trims two of
// them, drops one, and swaps one clip's media for another take of the same shot (leaving
// the clip's old ids behind, as "replace footage" does). Conforming must give the plan the
// cut: re-exporting the conformed project yields the edited cut again. melt renders the
// MLT exported after the conform to exactly the conformed sequence's length.

#include "conformfixture.h"

#include "conform/conformapply.h"
#include "conform/conformplan.h"
#include "document/projectdocument.h"
#include "export/editlist.h"
#include "export/exporter.h"
#include "io/projectfile.h"
#include "testproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace ShotBrief;
using namespace ShotBrief::ConformTest;

namespace {

/// What the editor does: the cut as (shot index, take id or "" for the slate, in, out) frames.
struct CutEntry
{
    int shot;
    QString take;
    qint64 in;
    qint64 out;
};

const QList<CutEntry> &editedCut()
{
    // Shot 3 trimmed to 0.5-2.5 s, shot 1 as take b, the slate of shot 4, shot 5 trimmed to
    // 1-6.25 s; shot 2 dropped.
    static const QList<CutEntry> cut{{2, QStringLiteral("take-3-a"), 12, 60},
                                     {0, QStringLiteral("take-1-b"), 0, 96},
                                     {3, QString(), 0, 96},
                                     {4, QStringLiteral("take-5-a"), 24, 150}};
    return cut;
}

QString describe(const QString &shotId, const QString &takeId, qint64 in, qint64 out)
{
    return QStringLiteral("%1|%2|%3|%4").arg(shotId, takeId).arg(in).arg(out);
}

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

} // namespace

class tst_ConformRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void undoRestoresThePlan();
    void conformedMltRendersToSequenceLength();

private:
    QByteArray exported(const Project &project, ExportFormat format) const;
    QByteArray editOtio(const QByteArray &bytes, bool kdenlive) const;
    QByteArray editEdl(const QByteArray &bytes) const;
    QByteArray editMlt(const QByteArray &bytes) const;
    QByteArray editXmeml(const QByteArray &bytes) const;
    /// The conformed project, conformed from `edited` written as `fileName`.
    Result<ConformPlan> conform(ProjectDocument &document, const QByteArray &edited,
                                const QString &fileName) const;

    Fixture m_fixture;
};

void tst_ConformRoundTrip::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.make(&error), qPrintable(error));
}

QByteArray tst_ConformRoundTrip::exported(const Project &project, ExportFormat format) const
{
    ExportOptions options;
    options.format = format;
    const Result<QByteArray> bytes = exportToBytes(project, m_fixture.projectPath, options);
    if (!bytes)
        qFatal("export failed: %s", qPrintable(bytes.error().toString()));
    return *bytes;
}

QByteArray tst_ConformRoundTrip::editOtio(const QByteArray &bytes, bool kdenlive) const
{
    QJsonObject timeline = QJsonDocument::fromJson(bytes).object();
    QJsonObject stack = timeline.value(QStringLiteral("tracks")).toObject();
    QJsonArray tracks = stack.value(QStringLiteral("children")).toArray();
    QJsonObject track = tracks.at(0).toObject();
    const QJsonArray items = track.value(QStringLiteral("children")).toArray();
    QJsonArray edited;
    for (const CutEntry &entry : editedCut()) {
        QJsonObject item = items.at(entry.shot).toObject();
        if (!entry.take.isEmpty()) {
            item.insert(QStringLiteral("source_range"), timeRange(entry.in, entry.out - entry.in));
            QJsonObject reference = item.value(QStringLiteral("media_reference")).toObject();
            reference.insert(QStringLiteral("target_url"),
                             QUrl::fromLocalFile(m_fixture.clipOf(entry.take)).toString());
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

QByteArray tst_ConformRoundTrip::editEdl(const QByteArray &bytes) const
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
    for (const CutEntry &entry : editedCut()) {
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
                    line = QStringLiteral("* SOURCE FILE: %1").arg(m_fixture.clipOf(entry.take));
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

QByteArray tst_ConformRoundTrip::editMlt(const QByteArray &bytes) const
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
    for (const CutEntry &entry : editedCut()) {
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
                        property.text = m_fixture.clipOf(entry.take);
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

QByteArray tst_ConformRoundTrip::editXmeml(const QByteArray &bytes) const
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
    for (const CutEntry &entry : editedCut()) {
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
                        QUrl url = QUrl::fromLocalFile(m_fixture.clipOf(entry.take));
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

Result<ConformPlan> tst_ConformRoundTrip::conform(ProjectDocument &document,
                                                  const QByteArray &edited,
                                                  const QString &fileName) const
{
    const QString path = m_fixture.dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(edited) != edited.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    if (const Result<void> loaded = document.load(m_fixture.projectPath); !loaded)
        return loaded.error();
    const Result<EditedCut> cut = readEditedCut(path, EditListFps);
    if (!cut)
        return cut.error();
    Result<ConformPlan> plan = planConform(document.project(), document.filePath(), *cut, {});
    if (!plan)
        return plan;
    if (const Result<int> applied = applyConformPlan(&document, *plan); !applied)
        return applied.error();
    return plan;
}

void tst_ConformRoundTrip::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("editor");
    QTest::newRow("otio") << int(ExportFormat::Otio) << QString();
    QTest::newRow("otio through kdenlive") << int(ExportFormat::Otio) << QStringLiteral("kdenlive");
    QTest::newRow("edl") << int(ExportFormat::Edl) << QString();
    QTest::newRow("mlt") << int(ExportFormat::Mlt) << QString();
    QTest::newRow("mlt written by melt") << int(ExportFormat::Mlt) << QStringLiteral("melt");
    QTest::newRow("fcp 7 xml") << int(ExportFormat::Fcp7Xml) << QString();
}

void tst_ConformRoundTrip::roundTrip()
{
    QFETCH(int, format);
    QFETCH(QString, editor);
    const auto kind = ExportFormat(format);
    const QByteArray original = exported(m_fixture.project, kind);
    QByteArray edited;
    QString fileName = QStringLiteral("edited.") + exportFormatSuffix(kind);
    switch (kind) {
    case ExportFormat::Otio:
        edited = editOtio(original, editor == QLatin1String("kdenlive"));
        break;
    case ExportFormat::Edl:
        edited = editEdl(original);
        break;
    case ExportFormat::Mlt:
        edited = editMlt(original);
        break;
    case ExportFormat::Fcp7Xml:
        edited = editXmeml(original);
        break;
    default:
        QFAIL("not an edit list");
    }
    if (editor == QLatin1String("melt")) {
        // melt writes the cut from its command line: its own MLT layout (clipped producers,
        // entries counted from them), media paths and nothing of ShotBrief's; the slate is a
        // plain colour clip that no longer says which shot it was.
        const QString out = m_fixture.dir.filePath(QStringLiteral("melt.mlt"));
        QStringList arguments{QStringLiteral("-quiet")};
        for (const CutEntry &entry : editedCut()) {
            arguments << (entry.take.isEmpty() ? QStringLiteral("colour:black")
                                               : m_fixture.clipOf(entry.take))
                      << QStringLiteral("in=%1").arg(entry.in)
                      << QStringLiteral("out=%1").arg(entry.out - 1);
        }
        arguments << QStringLiteral("-consumer") << QStringLiteral("xml:") + out;
        QByteArray log;
        QCOMPARE(TestProject::run(QStringLiteral("melt"), arguments, &log), 0);
        QFile written(out);
        QVERIFY2(written.open(QIODevice::ReadOnly), log.constData());
        edited = written.readAll();
    }

    ProjectDocument document;
    const Result<ConformPlan> plan = conform(document, edited, fileName);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(document.undoStack()->count(), 1); // one undo step

    // The plan is the cut.
    const Project &project = document.project();
    // Kdenlive and melt do not keep the slate's identity: that shot is cut too.
    const bool kdenlive = editor == QLatin1String("kdenlive") || editor == QLatin1String("melt");
    const QStringList expectedOrder =
        kdenlive ? QStringList{QStringLiteral("shot-3"), QStringLiteral("shot-4"),
                               QStringLiteral("shot-1"), QStringLiteral("shot-2"),
                               QStringLiteral("shot-5")}
                 : QStringList{QStringLiteral("shot-3"), QStringLiteral("shot-1"),
                               QStringLiteral("shot-2"), QStringLiteral("shot-4"),
                               QStringLiteral("shot-5")};
    QCOMPARE(shotOrder(project), expectedOrder);
    QVERIFY(project.shotById(QStringLiteral("shot-2"))->cut);
    QCOMPARE(project.shotById(QStringLiteral("shot-4"))->cut, kdenlive);
    QCOMPARE(project.shotById(QStringLiteral("shot-1"))->circledTakeId, QStringLiteral("take-1-b"));
    const Take *third = project.shotById(QStringLiteral("shot-3"))->circledTake();
    QCOMPARE(QPair(third->inMs, third->outMs), QPair(500, 2500));
    const Take *fifth = project.shotById(QStringLiteral("shot-5"))->circledTake();
    QCOMPARE(QPair(fifth->inMs, fifth->outMs), QPair(1000, 6250));
    QVERIFY(!project.shotById(QStringLiteral("shot-1"))->circledTake()->isTrimmed());
    for (const Shot &shot : project.shots) // lengths stay legal generation lengths
        QCOMPARE(shot.durationSeconds, m_fixture.project.shotById(shot.id)->durationSeconds);
    // melt's colour clip is listed as not matched; everything else is matched.
    QCOMPARE(plan->unmatched.size(), editor == QLatin1String("melt") ? 1 : 0);

    // Exporting the conformed plan gives the edited cut again.
    const QByteArray again = exported(project, kind);
    const Result<EditedCut> reread = parseEditedCut(
        again, m_fixture.dir.filePath(QStringLiteral("again.") + exportFormatSuffix(kind)),
        EditListFps);
    QVERIFY2(reread, qPrintable(reread ? QString() : reread.error().toString()));
    QStringList actual;
    for (const CutClip &clip : reread->clips) {
        ClipIdentity identity = clip.metadata;
        for (const QString &note : clip.notes) {
            if (identity.isEmpty())
                identity = parseClipIdentityTag(note);
        }
        actual.append(describe(identity.shotId, identity.takeId, clip.sourceIn, clip.sourceOut));
    }
    QStringList expected;
    for (const CutEntry &entry : editedCut()) {
        if (kdenlive && entry.take.isEmpty())
            continue;
        expected.append(
            describe(m_fixture.project.shots.at(entry.shot).id, entry.take, entry.in, entry.out));
    }
    QCOMPARE(actual, expected);

    // Conforming the same cut again changes nothing.
    const Result<EditedCut> cut = readEditedCut(m_fixture.dir.filePath(fileName), EditListFps);
    QVERIFY(cut);
    const Result<ConformPlan> second = planConform(project, document.filePath(), *cut, {});
    QVERIFY(second);
    QVERIFY2(!second->hasChanges(), qPrintable(second->changes.value(0).text));
}

void tst_ConformRoundTrip::undoRestoresThePlan()
{
    ProjectDocument document;
    const Result<ConformPlan> plan =
        conform(document, editOtio(exported(m_fixture.project, ExportFormat::Otio), false),
                QStringLiteral("undo.otio"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QVERIFY(document.project() != m_fixture.project);
    document.undoStack()->undo();
    QVERIFY2(document.project() == m_fixture.project, "undo left a trace of the conform");
    document.undoStack()->redo();
    QCOMPARE(shotOrder(document.project()).first(), QStringLiteral("shot-3"));
}

void tst_ConformRoundTrip::conformedMltRendersToSequenceLength()
{
    if (QStandardPaths::findExecutable(QStringLiteral("melt")).isEmpty())
        QFAIL("melt is not installed (Debian package melt)");
    ProjectDocument document;
    const Result<ConformPlan> plan =
        conform(document, editMlt(exported(m_fixture.project, ExportFormat::Mlt)),
                QStringLiteral("render.mlt"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    const QString mlt = m_fixture.dir.filePath(QStringLiteral("conformed.mlt"));
    QVERIFY(exportToFile(document.project(), document.filePath(), mlt,
                         [] {
                             ExportOptions options;
                             options.format = ExportFormat::Mlt;
                             return options;
                         }())
                .hasValue());
    qint64 sequenceMs = 0;
    for (const Shot &shot : document.project().shots)
        sequenceMs += shot.cut ? 0 : shot.playLengthMs();
    const qint64 expectedFrames = msToFrames(sequenceMs);
    QCOMPARE(expectedFrames, qint64(48 + 96 + 96 + 126));
    const QString video = m_fixture.dir.filePath(QStringLiteral("conformed.mp4"));
    QByteArray log;
    QVERIFY2(TestProject::renderMlt(mlt, video, &log) == 0, log.constData());
    QCOMPARE(TestProject::countVideoFrames(video), expectedFrames);
}

QTEST_GUILESS_MAIN(tst_ConformRoundTrip)
#include "tst_conformroundtrip.moc"
