// SPDX-License-Identifier: MIT
#include "prompt/preflight.h"

#include <QTest>

using namespace ShotBrief;

class tst_Preflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fittingShotsPass();
    void refusals_data();
    void refusals();
    void warningsDoNotBlock();
    void reportsInTimelineOrderAndNamesShots();
    void referenceImageOfAnotherSize();
};

namespace {

Shot goodShot(const QString &id, const QString &label = {})
{
    Shot shot;
    shot.id = id;
    shot.label = label;
    shot.sceneProse = QStringLiteral("A fishing boat pitches in a storm at night.");
    shot.lighting = QStringLiteral("lightning from above, hard and cold");
    shot.durationSeconds = 4;
    return shot;
}

Project project(const QList<Shot> &shots)
{
    Project p;
    p.format.model = QStringLiteral("sora-2");
    p.format.size = QStringLiteral("1280x720");
    p.shots = shots;
    return p;
}

} // namespace

void tst_Preflight::fittingShotsPass()
{
    const Project p = project({goodShot(QStringLiteral("a")), goodShot(QStringLiteral("b"))});
    const PreflightReport report =
        preflightCheck(p, {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("gone")},
                       ProviderCapabilities::openAiVideos());
    QVERIFY(report.passes());
    QCOMPARE(report.sendable, (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    QVERIFY(report.headline().isEmpty());
    QVERIFY(report.details().isEmpty());
}

void tst_Preflight::refusals_data()
{
    QTest::addColumn<Shot>("shot");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("says");

    Shot sixSeconds = goodShot(QStringLiteral("x"));
    sixSeconds.durationSeconds = 6;
    QTest::newRow("6 s on sora-2") << sixSeconds << "unsupported-duration"
                                   << "6-second";
    Shot size = goodShot(QStringLiteral("x"));
    size.size = QStringLiteral("640x480");
    QTest::newRow("size") << size << "unsupported-size"
                          << "640x480";
    Shot model = goodShot(QStringLiteral("x"));
    model.model = QStringLiteral("gen4_turbo");
    QTest::newRow("model") << model << "unknown-model"
                           << "gen4_turbo";
    Shot empty;
    empty.id = QStringLiteral("x");
    empty.durationSeconds = 4;
    QTest::newRow("empty prompt") << empty << "empty-prompt"
                                  << "nothing to say";
    Shot longPrompt = goodShot(QStringLiteral("x"));
    longPrompt.sceneProse = QString(40000, QLatin1Char('a'));
    QTest::newRow("prompt too long") << longPrompt << "prompt-too-long"
                                     << "characters";
}

void tst_Preflight::refusals()
{
    QFETCH(Shot, shot);
    QFETCH(QString, rule);
    QFETCH(QString, says);
    const Project p = project({goodShot(QStringLiteral("ok")), shot});
    const PreflightReport report =
        preflightCheck(p, {QStringLiteral("ok"), shot.id}, ProviderCapabilities::openAiVideos());
    QVERIFY(!report.passes());
    QCOMPARE(report.sendable, QStringList{QStringLiteral("ok")});
    QCOMPARE(report.refusedShotIds(), QStringList{shot.id});
    QCOMPARE(report.problems.first().findings.first().ruleId, rule);
    const QString details = report.details();
    // Which shot, why, and the fix, in words.
    QVERIFY2(details.startsWith(QLatin1String("Shot 2: ")), qPrintable(details));
    QVERIFY2(details.contains(says), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Fix: ")), qPrintable(details));
    QVERIFY2(report.headline().contains(QLatin1String("Nothing was sent")),
             qPrintable(report.headline()));
}

void tst_Preflight::warningsDoNotBlock()
{
    Shot vague = goodShot(QStringLiteral("v"));
    vague.sceneProse = QStringLiteral("A beautiful, amazing boat."); // warnings, not errors
    const Project p = project({vague});
    QVERIFY(!lintProject(p).isEmpty());
    QVERIFY(
        preflightCheck(p, {QStringLiteral("v")}, ProviderCapabilities::openAiVideos()).passes());
}

void tst_Preflight::reportsInTimelineOrderAndNamesShots()
{
    Shot a = goodShot(QStringLiteral("a"), QStringLiteral("Establishing"));
    a.durationSeconds = 6;
    Shot b = goodShot(QStringLiteral("b"), QStringLiteral("3A"));
    b.durationSeconds = 10;
    const Project p = project({goodShot(QStringLiteral("first")), a, b});
    const PreflightReport report = preflightCheck(p, {QStringLiteral("b"), QStringLiteral("a")},
                                                  ProviderCapabilities::openAiVideos());
    QCOMPARE(report.refusedShotIds(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(report.problems.at(0).shotTitle, QStringLiteral("“Establishing”"));
    QCOMPARE(report.problems.at(1).shotTitle, QStringLiteral("Shot 3A"));
    QVERIFY2(report.headline().contains(QLatin1String("2 shot")), qPrintable(report.headline()));
    QVERIFY2(report.headline().contains(QStringLiteral("“Establishing”, Shot 3A")),
             qPrintable(report.headline()));
}

void tst_Preflight::referenceImageOfAnotherSize()
{
    Shot shot = goodShot(QStringLiteral("r"));
    shot.referenceImage = QStringLiteral("refs/plate.png");
    const Project p = project({shot});
    const ImageSizeProvider sizes = [](const QString &) {
        return QSize(640, 480);
    };
    const PreflightReport report =
        preflightCheck(p, {QStringLiteral("r")}, ProviderCapabilities::openAiVideos(), sizes);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().findings.first().ruleId,
             QStringLiteral("reference-size-mismatch"));
}

QTEST_GUILESS_MAIN(tst_Preflight)
#include "tst_preflight.moc"
