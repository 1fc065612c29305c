// SPDX-License-Identifier: MIT
#include "testproject.h"

#include "api/extraproviderprofiles.h"
#include "api/providerprofile.h"
#include "document/projectdocument.h"
#include "document/providerfit.h"
#include "prompt/linter.h"

#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;

namespace {

const char SamplePath[] =
    SHOTBRIEF_SOURCE_DIR "/resources/samples/night-market/night-market.shotbrief";

ProviderCapabilities capabilitiesOf(const QString &profileName)
{
    for (const ProviderProfile &profile : ProviderProfiles::builtIns() + extraBuiltInProfiles()) {
        if (profile.name == profileName)
            return profile.capabilities;
    }
    qFatal("no built-in profile %s", qPrintable(profileName));
    return {};
}

QList<FitProblemKind> kindsOf(const ProviderFit &fit)
{
    QList<FitProblemKind> kinds;
    for (const FitProblem &problem : fit.problems())
        kinds << problem.kind;
    return kinds;
}

/// A Sora-shaped project in which every shot fits Sora.
Project soraProject()
{
    Project project = TestData::sampleProject(3); // 4, 8 and 12 s
    project.format.provider = QStringLiteral("openai");
    project.format.model = QStringLiteral("sora-2");
    project.format.size = QStringLiteral("1280x720");
    project.format.durationSeconds = 4;
    return project;
}

} // namespace

class tst_ProviderFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearestSize_data();
    void nearestSize();
    void legalSplits_data();
    void legalSplits();
    void beatParts_data();
    void beatParts();
    void fitsItsOwnProvider();
    void eachProblemDetectedAndFixed_data();
    void eachProblemDetectedAndFixed();
    void everyFixChoiceIsOneUndoStep();
    void fixAllForProvider_data();
    void fixAllForProvider();
    void splitKeepsLengthAndBeats();
    void applyChosenFixesIsOneStep();
};

void tst_ProviderFit::nearestSize_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<QStringList>("sizes");
    QTest::addColumn<QString>("expected");
    const QStringList runway{"1280x720", "720x1280", "1104x832", "832x1104", "960x960", "1584x672"};
    QTest::newRow("1080p landscape -> 720p") << "1920x1080" << runway << "1280x720";
    QTest::newRow("tall pro size -> portrait 720p") << "1024x1792" << runway << "720x1280";
    QTest::newRow("wide pro size -> landscape 720p") << "1792x1024" << runway << "1280x720";
    QTest::newRow("4:3 stays 4:3") << "1440x1080" << runway << "1104x832";
    QTest::newRow("square stays square") << "1024x1024" << runway << "960x960";
    QTest::newRow("cinemascope") << "2560x1080" << runway << "1584x672";
    QTest::newRow("square without square -> any")
        << "960x960" << QStringList{"1280x720", "720x1280"} << "1280x720";
    QTest::newRow("already offered") << "720x1280" << runway << "720x1280";
    QTest::newRow("garbage -> first") << "big" << runway << "1280x720";
    QTest::newRow("no sizes") << "1280x720" << QStringList() << "";
}

void tst_ProviderFit::nearestSize()
{
    QFETCH(QString, size);
    QFETCH(QStringList, sizes);
    QFETCH(QString, expected);
    QCOMPARE(ProviderFit::nearestSize(size, sizes), expected);
}

void tst_ProviderFit::legalSplits_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QList<int>>("durations");
    QTest::addColumn<QList<QList<int>>>("expected");
    const QList<int> gen45{2, 3, 4, 5, 6, 7, 8, 9, 10};
    QTest::newRow("12 s on gen4.5: most even first")
        << 12 << gen45 << QList<QList<int>>{{6, 6}, {7, 5}, {8, 4}};
    QTest::newRow("12 s on Veo 4/6/8")
        << 12 << QList<int>{4, 6, 8} << QList<QList<int>>{{6, 6}, {8, 4}};
    QTest::newRow("20 s on Sora") << 20 << QList<int>{4, 8, 12} << QList<QList<int>>{{12, 8}};
    QTest::newRow("24 s on Veo needs three parts")
        << 24 << QList<int>{4, 6, 8} << QList<QList<int>>{{8, 8, 8}};
    QTest::newRow("12 s on gen4_turbo 5/10: none")
        << 12 << QList<int>{5, 10} << QList<QList<int>>{};
    QTest::newRow("12 s on veo3 8 only: none") << 12 << QList<int>{8} << QList<QList<int>>{};
    QTest::newRow("legal length: no split") << 8 << QList<int>{4, 8, 12} << QList<QList<int>>{};
    QTest::newRow("no durations") << 12 << QList<int>{} << QList<QList<int>>{};
}

void tst_ProviderFit::legalSplits()
{
    QFETCH(int, seconds);
    QFETCH(QList<int>, durations);
    QFETCH(QList<QList<int>>, expected);
    const QList<QList<int>> splits = ProviderFit::legalSplits(seconds, durations);
    QCOMPARE(splits, expected);
    for (const QList<int> &parts : splits) {
        int total = 0;
        for (int part : parts) {
            QVERIFY2(durations.contains(part), "every part must be a legal length");
            total += part;
        }
        QCOMPARE(total, seconds);
    }
}

void tst_ProviderFit::beatParts_data()
{
    QTest::addColumn<int>("beats");
    QTest::addColumn<QList<int>>("parts");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("3 beats over 6+6") << 3 << QList<int>{6, 6} << QList<int>{0, 0, 1};
    QTest::newRow("3 beats over 4+8") << 3 << QList<int>{4, 8} << QList<int>{0, 1, 1};
    QTest::newRow("4 beats over 4+4+4") << 4 << QList<int>{4, 4, 4} << QList<int>{0, 1, 1, 2};
    QTest::newRow("1 beat over 8+4") << 1 << QList<int>{8, 4} << QList<int>{0};
    QTest::newRow("no beats") << 0 << QList<int>{6, 6} << QList<int>{};
}

void tst_ProviderFit::beatParts()
{
    QFETCH(int, beats);
    QFETCH(QList<int>, parts);
    QFETCH(QList<int>, expected);
    QCOMPARE(ProviderFit::beatParts(beats, parts), expected);
}

void tst_ProviderFit::fitsItsOwnProvider()
{
    const Project project = soraProject();
    const ProviderFit fit(project, ProviderCapabilities::openAiVideos());
    QVERIFY2(fit.fits(), qPrintable(fit.problems().value(0).message));

    ProjectDocument document;
    document.resetProject(project);
    QCOMPARE(ProviderFit::fixAll(&document, ProviderCapabilities::openAiVideos(), "OpenAI"), 0);
    QCOMPARE(document.undoStack()->count(), 0);
}

void tst_ProviderFit::eachProblemDetectedAndFixed_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QList<FitProblemKind>>("expected");
    QTest::addColumn<FitFix>("firstFix");

    // The sample's 12 s shot is shot-2; shot-0 is 4 s and shot-1 8 s.
    Project p = soraProject();
    p.format.model = QStringLiteral("sora-3");
    QTest::newRow("default model not offered")
        << p << "openai" << QList<FitProblemKind>{FitProblemKind::DefaultModel}
        << FitFix{FitFixKind::SetDefaultModel, {}, "sora-2", {}, "Use sora-2"};

    p = soraProject();
    p.format.size = QStringLiteral("1920x1080");
    QTest::newRow("default size not offered")
        << p << "openai" << QList<FitProblemKind>{FitProblemKind::DefaultSize}
        << FitFix{FitFixKind::SetDefaultSize, {}, "1280x720", {}, "Change the size to 1280x720"};

    p = soraProject();
    p.format.durationSeconds = 6;
    QTest::newRow("default duration not legal")
        << p << "openai" << QList<FitProblemKind>{FitProblemKind::DefaultDuration}
        << FitFix{FitFixKind::SetDefaultDuration, {}, {}, {4}, "Change to 4 s"};

    p = soraProject();
    p.shots[1].model = QStringLiteral("gen4.5");
    QTest::newRow("shot model not offered")
        << p << "openai" << QList<FitProblemKind>{FitProblemKind::ShotModel}
        << FitFix{FitFixKind::SetShotModel, "shot-1", {}, {}, "Use the project default (sora-2)"};

    p = soraProject();
    p.shots[0].durationSeconds = 5;
    QTest::newRow("shot duration: nearest")
        << p << "openai" << QList<FitProblemKind>{FitProblemKind::ShotDuration}
        << FitFix{FitFixKind::SetShotDuration, "shot-0", {}, {4}, "Change to 4 s"};

    p = soraProject();
    p.shots[1].size = QStringLiteral("1792x1024"); // sora-2-pro only
    QTest::newRow("shot size not offered")
        << p << "openai" << QList<FitProblemKind>{FitProblemKind::ShotSize}
        << FitFix{FitFixKind::SetShotSize, "shot-1", "1280x720", {}, "Change the size to 1280x720"};

    p = soraProject();
    p.format.model = QStringLiteral("gen4.5");
    p.format.size = QStringLiteral("1280x720");
    QTest::newRow("12 s on Runway: split")
        << p << "runway" << QList<FitProblemKind>{FitProblemKind::ShotDuration}
        << FitFix{FitFixKind::SplitShot, "shot-2", {}, {6, 6}, "Split into 6 + 6 s"};

    p = soraProject();
    p.format.model = QStringLiteral("veo3");
    p.format.durationSeconds = 8;
    p.shots[0].durationSeconds = 8;
    p.shots[2].durationSeconds = 8;
    p.shots[1].model = QStringLiteral("gen4_turbo");
    QTest::newRow("8 s on gen4_turbo: nearest")
        << p << "runway" << QList<FitProblemKind>{FitProblemKind::ShotDuration}
        << FitFix{FitFixKind::SetShotDuration, "shot-1", {}, {10}, "Change to 10 s"};

    p = soraProject(); // Sora defaults on Runway: the defaults and every shot after them
    QTest::newRow("Sora project on Runway")
        << p << "runway"
        << QList<FitProblemKind>{FitProblemKind::DefaultModel, FitProblemKind::ShotDuration}
        << FitFix{FitFixKind::SetDefaultModel, {}, "gen4.5", {}, "Use gen4.5"};
}

void tst_ProviderFit::eachProblemDetectedAndFixed()
{
    QFETCH(Project, project);
    QFETCH(QString, profile);
    QFETCH(QList<FitProblemKind>, expected);
    QFETCH(FitFix, firstFix);
    const ProviderCapabilities capabilities = capabilitiesOf(profile);

    const ProviderFit fit(project, capabilities);
    QCOMPARE(kindsOf(fit), expected);
    QCOMPARE(fit.problems().first().fixes.first(), firstFix);
    for (const FitProblem &problem : fit.problems()) {
        QVERIFY2(!problem.message.isEmpty(), "every problem says what is wrong");
        QVERIFY2(!problem.fixes.isEmpty(), qPrintable(problem.message));
    }

    ProjectDocument document;
    document.resetProject(project);
    QCOMPARE(ProviderFit::fixAll(&document, capabilities, profile), 0);
    QVERIFY2(ProviderFit(document.project(), capabilities).fits(), "fixed project must fit");
    QCOMPARE(document.undoStack()->count(), 1);
    const Project fixed = document.project();
    QVERIFY(fixed != project);
    document.undoStack()->undo();
    QCOMPARE(document.project(), project);
    document.undoStack()->redo();
    QCOMPARE(document.project(), fixed);
}

void tst_ProviderFit::everyFixChoiceIsOneUndoStep()
{
    // Every offered fix of every problem of a Sora project on Runway changes the project
    // in one undo step that restores it exactly.
    Project project = soraProject();
    project.shots[0].model = QStringLiteral("sora-2-pro");
    project.shots[0].size = QStringLiteral("1920x1080");
    const ProviderCapabilities runway = capabilitiesOf(QStringLiteral("runway"));
    const ProviderFit fit(project, runway);
    QVERIFY(fit.problems().size() >= 4);
    int tried = 0;
    for (const FitProblem &problem : fit.problems()) {
        for (const FitFix &fix : problem.fixes) {
            ProjectDocument document;
            document.resetProject(project);
            QVERIFY2(ProviderFit::apply(&document, fix), qPrintable(fix.text));
            QCOMPARE(document.undoStack()->count(), 1);
            document.undoStack()->undo();
            QVERIFY2(document.project() == project, qPrintable(fix.text));
            ++tried;
        }
    }
    QVERIFY(tried > 10);
}

void tst_ProviderFit::fixAllForProvider_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("runway") << "runway";
    QTest::newRow("comfyui") << "comfyui";
    QTest::newRow("litellm") << "litellm";
    QTest::newRow("azure (sora-2 only)") << "azure";
}

void tst_ProviderFit::fixAllForProvider()
{
    QFETCH(QString, profile);
    ProjectDocument document;
    const Result<void> loaded = document.load(QString::fromUtf8(SamplePath));
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
    // Make the sample use every kind of Sora-only setting.
    Project original = document.project();
    original.shots[0].model = QStringLiteral("sora-2-pro");
    original.shots[1].size = QStringLiteral("1792x1024");
    document.resetProject(original);
    const ProviderCapabilities capabilities = capabilitiesOf(profile);

    const auto containerFindings = [&capabilities](const Project &project) {
        QStringList found;
        for (const LintFinding &finding : lintProject(project, capabilities)) {
            if (finding.ruleId == QLatin1String("unsupported-duration") ||
                finding.ruleId == QLatin1String("unsupported-size") ||
                finding.ruleId == QLatin1String("unknown-model"))
                found << finding.ruleId + QLatin1Char(' ') + finding.message;
        }
        return found;
    };
    QVERIFY2(!ProviderFit(original, capabilities).fits(), "the Sora sample must not fit");
    QVERIFY2(!containerFindings(original).isEmpty(), "the linter must see it too");

    const int left = ProviderFit::fixAll(&document, capabilities, profile);
    QCOMPARE(left, 0);
    QCOMPARE(document.undoStack()->count(), 1);
    const QStringList findings = containerFindings(document.project());
    QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));

    const Project fixed = document.project();
    document.undoStack()->undo();
    QCOMPARE(document.project(), original);
    document.undoStack()->redo();
    QCOMPARE(document.project(), fixed);
}

void tst_ProviderFit::splitKeepsLengthAndBeats()
{
    Project project = soraProject();
    project.format.model = QStringLiteral("gen4.5");
    ProjectDocument document;
    document.resetProject(project);
    const int total = project.totalDurationSeconds();
    QCOMPARE(ProviderFit::fixAll(&document, capabilitiesOf(QStringLiteral("runway")), "Runway"), 0);
    const Project &fixed = document.project();
    QCOMPARE(fixed.shots.size(), project.shots.size() + 1);
    QCOMPARE(fixed.totalDurationSeconds(), total);
    QCOMPARE(fixed.shots.at(2).durationSeconds, 6);
    QCOMPARE(fixed.shots.at(3).durationSeconds, 6);
    QCOMPARE(fixed.shots.at(2).id, QStringLiteral("shot-2")); // keeps id and takes
    QCOMPARE(fixed.shots.at(2).takes, project.shots.at(2).takes);
    QCOMPARE(fixed.shots.at(2).actionBeats.size() + fixed.shots.at(3).actionBeats.size(),
             project.shots.at(2).actionBeats.size());
    QVERIFY2(!fixed.shots.at(3).actionBeats.isEmpty(), "the second part gets the later beats");
}

void tst_ProviderFit::applyChosenFixesIsOneStep()
{
    Project project = soraProject();
    project.format.model = QStringLiteral("gen4.5");
    project.shots[0].size = QStringLiteral("1920x1080");
    ProjectDocument document;
    document.resetProject(project);
    const ProviderFit fit(project, capabilitiesOf(QStringLiteral("runway")));
    QCOMPARE(fit.shotIds(), (QStringList{"shot-0", "shot-2"}));
    // The user picks the nearest length (10 s) instead of the recommended split.
    QList<FitFix> chosen;
    for (const FitProblem &problem : fit.problems()) {
        FitFix fix = problem.fixes.first();
        for (const FitFix &alternative : problem.fixes) {
            if (alternative.kind == FitFixKind::SetShotDuration)
                fix = alternative;
        }
        chosen << fix;
    }
    QCOMPARE(ProviderFit::apply(&document, chosen, QStringLiteral("Fit")), 2);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.project().shots.size(), project.shots.size());
    QCOMPARE(document.project().shots.at(2).durationSeconds, 10);
    QCOMPARE(document.project().shots.at(0).size, QStringLiteral("1280x720"));
    document.undoStack()->undo();
    QCOMPARE(document.project(), project);
}

QTEST_GUILESS_MAIN(tst_ProviderFit)
#include "tst_providerfit.moc"
