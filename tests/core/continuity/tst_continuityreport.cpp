// SPDX-License-Identifier: MIT
#include "continuity/continuityreport.h"

#include "io/projectfile.h"

#include "colorclip.h"
#include "testclip.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_ContinuityReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cutsAndColoursWorstFirst();
    void jsonGivesTheNumbers();
    void textNamesTheShots();
    void declaredPaletteFallsBackToNamesAndStyle();

private:
    /// A clip in the project's media folder: makeColorClip at 320x180.
    bool makeClip(const QString &relative, const QStringList &segments) const
    {
        return makeColorClip(ProjectFile::mediaFolderFor(m_projectPath) + QLatin1Char('/') +
                                 relative,
                             segments, QStringLiteral("320x180"));
    }
    QTemporaryDir m_dir;
    QString m_projectPath;
    Project m_project;
    ContinuityReport m_report;
};

void tst_ContinuityReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_projectPath = m_dir.filePath(QStringLiteral("Cut.shotbrief"));
    // A busy picture unlike any flat colour: ffmpeg's test pattern.
    const QString pattern = m_dir.filePath(QStringLiteral("pattern.png"));
    QVERIFY(makeTestPicture(pattern, QStringLiteral("testsrc2=s=320x180")));
    // A ends on the pattern and B begins on it (a matched cut); C is another picture.
    QVERIFY(makeClip(QStringLiteral("clips/a.mp4"), {QStringLiteral("teal"), pattern}));
    QVERIFY(makeClip(QStringLiteral("clips/b.mp4"), {pattern, QStringLiteral("red")}));
    QVERIFY(makeClip(QStringLiteral("clips/c.mp4"), {QStringLiteral("blue")}));

    const auto shot = [](const char *id, const char *label, const char *clip,
                         const Palette &palette) {
        Shot s;
        s.id = QLatin1String(id);
        s.label = QLatin1String(label);
        s.palette = palette;
        if (*clip) {
            Take t;
            t.id = QStringLiteral("take-") + QLatin1String(id);
            t.status = TakeStatus::Ready;
            t.clipPath = QLatin1String(clip);
            s.takes = {t};
            s.circledTakeId = t.id;
        }
        return s;
    };
    m_project.title = QStringLiteral("Cuts");
    m_project.shots = {
        shot("a", "1", "clips/a.mp4", {{QStringLiteral("teal"), QStringLiteral("#008080")}}),
        shot("b", "2", "clips/b.mp4", {{QStringLiteral("red"), QStringLiteral("#ff0000")}}),
        shot("c", "3", "clips/c.mp4", {{QStringLiteral("red"), QStringLiteral("#ff0000")}}),
        shot("d", "4", "", {})};
    m_project.shots[1].chainPrevious = true;
    const Result<void> saved = ProjectFile::save(m_project, m_projectPath);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    m_report = ContinuityReport::measure(m_project, m_projectPath);
}

void tst_ContinuityReport::cutsAndColoursWorstFirst()
{
    QCOMPARE(m_report.cuts.size(), 2); // 1>2, 2>3; shot 4 has no clip
    const CutContinuity &worst = m_report.cuts.at(0);
    const CutContinuity &best = m_report.cuts.at(1);
    QCOMPARE(worst.outgoingName, QStringLiteral("2"));
    QCOMPARE(worst.incomingName, QStringLiteral("3"));
    QVERIFY2(worst.meanAbsoluteDifference > 50,
             qPrintable(QString::number(worst.meanAbsoluteDifference)));
    QVERIFY(!worst.isContinuous());
    QVERIFY(!worst.chained);
    QCOMPARE(best.outgoingName, QStringLiteral("1"));
    QCOMPARE(best.incomingTakeId, QStringLiteral("take-b"));
    QVERIFY(best.chained);
    QVERIFY2(best.isContinuous(), qPrintable(QString::number(best.meanAbsoluteDifference)));

    // Colours: clip 3 is blue against a red palette, the worst; clip 1 is mostly teal as
    // declared, the best.
    QCOMPARE(m_report.clips.size(), 3);
    QCOMPARE(m_report.clips.first().name, QStringLiteral("3"));
    QCOMPARE(m_report.clips.last().name, QStringLiteral("1"));
    QVERIFY(m_report.clips.first().paletteDistance > m_report.clips.last().paletteDistance);
    QVERIFY(!m_report.clips.first().dominant.isEmpty());
    QVERIFY2(m_report.notMeasured.size() == 1 &&
                 m_report.notMeasured.first().contains(QStringLiteral("Shot 4")),
             qPrintable(m_report.notMeasured.join(QLatin1Char('\n'))));
}

void tst_ContinuityReport::jsonGivesTheNumbers()
{
    const QJsonObject root = QJsonDocument::fromJson(m_report.toJson()).object();
    QCOMPARE(root.value(QStringLiteral("continuous_below")).toDouble(), ContinuousCutThreshold);
    const QJsonArray cuts = root.value(QStringLiteral("cuts")).toArray();
    QCOMPARE(cuts.size(), 2);
    const QJsonObject first = cuts.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("from")).toObject().value(QStringLiteral("shot")),
             QJsonValue(QStringLiteral("2")));
    QCOMPARE(first.value(QStringLiteral("to")).toObject().value(QStringLiteral("take_id")),
             QJsonValue(QStringLiteral("take-c")));
    QVERIFY(first.value(QStringLiteral("mean_absolute_difference")).toDouble() > 50);
    QCOMPARE(first.value(QStringLiteral("continuous")).toBool(), false);
    QCOMPARE(cuts.at(1).toObject().value(QStringLiteral("chained")).toBool(), true);
    const QJsonArray clips = root.value(QStringLiteral("clips")).toArray();
    QCOMPARE(clips.size(), 3);
    QVERIFY(clips.at(0).toObject().value(QStringLiteral("palette_distance")).toDouble() > 10);
    QCOMPARE(clips.at(0).toObject().value(QStringLiteral("palette")).toArray().first(),
             QJsonValue(QStringLiteral("#ff0000")));
    QCOMPARE(root.value(QStringLiteral("not_measured")).toArray().size(), 1);
}

void tst_ContinuityReport::textNamesTheShots()
{
    const QString text = m_report.toText();
    QVERIFY2(text.contains(QStringLiteral("2 ")) && text.contains(QStringLiteral("jump")) &&
                 text.contains(QStringLiteral("chained, continuous")),
             qPrintable(text));
    // Worst first in the text too.
    QVERIFY(text.indexOf(QStringLiteral("jump")) < text.indexOf(QStringLiteral("chained")));
}

void tst_ContinuityReport::declaredPaletteFallsBackToNamesAndStyle()
{
    Project project;
    project.style.palette = {{QStringLiteral("style teal"), QStringLiteral("#008080")}};
    Shot own;
    own.palette = {{QStringLiteral("red"), QString()},
                   {QStringLiteral("x"), QStringLiteral("#00f")}};
    QCOMPARE(declaredPalette(project, own), (QList<QRgb>{qRgb(255, 0, 0), qRgb(0, 0, 255)}));
    QCOMPARE(declaredPalette(project, Shot()), QList<QRgb>{qRgb(0, 0x80, 0x80)});
}

QTEST_GUILESS_MAIN(tst_ContinuityReport)
#include "tst_continuityreport.moc"
