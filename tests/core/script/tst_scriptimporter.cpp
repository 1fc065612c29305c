// SPDX-License-Identifier: MIT
#include "script/contentfit.h"
#include "script/fountainparser.h"
#include "script/scriptfile.h"
#include "script/scriptimporter.h"

#include "document/projectdocument.h"

#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;
using namespace ShotBrief::Script;

namespace {

ScriptSource sample(const char *name)
{
    const Result<ScriptSource> source =
        readScriptFile(QStringLiteral(SHOTBRIEF_TEST_DATA "/") + QLatin1String(name));
    if (!source)
        qFatal("%s", qPrintable(source.error().toString()));
    return *source;
}

ImportPlan planOf(const ScriptSource &source, const Project &into = {},
                  const ProviderCapabilities &capabilities = ProviderCapabilities::openAiVideos())
{
    const Result<ImportPlan> plan = source.plan(ScriptImporter(into, capabilities));
    if (!plan)
        qFatal("%s", qPrintable(plan.error().toString()));
    return *plan;
}

/// Every dialogue line of the plan, "Speaker: line", in shot order.
QStringList dialogue(const QList<Shot> &shots)
{
    QStringList out;
    for (const Shot &shot : shots) {
        for (const DialogueLine &line : shot.dialogue)
            out << line.speaker + QStringLiteral(": ") + line.line;
    }
    return out;
}

ProviderCapabilities lengths(const QList<int> &durations)
{
    ProviderCapabilities capabilities;
    ModelCapability model;
    model.id = QStringLiteral("sora-2");
    model.durations = durations;
    capabilities.models << model;
    return capabilities;
}

} // namespace

class tst_ScriptImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fountainSample();
    void fdxSampleMakesTheSamePlan();
    void shotHeadingFillsFraming();
    void existingCastIsReused();
    void labelsFollowTheProject();
    void longSpeechIsSplitWithLetters();
    void lengthsFollowTheProvider();
    void headingOnlySceneGetsAnEstablishingShot();
    void openingSceneTakesTheTitle();
    void sceneProse_data();
    void sceneProse();
    void castNames_data();
    void castNames();
    void emptyScriptIsRefused();
    void importIsOneUndoStep();
};

void tst_ScriptImporter::fountainSample()
{
    const ScriptSource source = sample("night-market.fountain");
    const ImportPlan plan = planOf(source);
    QCOMPARE(plan.title, QStringLiteral("Night Market, Last Bowl"));
    QCOMPARE(plan.scenes.size(), 4);
    QCOMPARE(plan.scenes.at(0).title,
             QStringLiteral("EXT. NINGXIA NIGHT MARKET LANE, TAIPEI - NIGHT (RAIN)"));
    QCOMPARE(plan.scenes.at(0).number, QStringLiteral("1"));
    QCOMPARE(plan.scenes.at(0).notes,
             QStringLiteral("ACT ONE\nThe lane empties; one stall still glows."));
    QCOMPARE(plan.speechCount, 12);
    QStringList cast;
    for (const CastMember &member : plan.newCast) {
        cast << member.name;
        QVERIFY(member.identity.isEmpty());
    }
    QCOMPARE(cast,
             (QStringList{QStringLiteral("Radio"), QStringLiteral("Hua"), QStringLiteral("Jun")}));

    // Every line of dialogue, in order, with its speaker.
    const QStringList lines = dialogue(plan.shots);
    QCOMPARE(lines.size(), 12);
    QCOMPARE(lines.first(), QStringLiteral("Radio: Heavy rain until morning. Stay indoors."));
    QCOMPARE(lines.at(1), QStringLiteral("Hua: (without looking up) We're closed."));
    QCOMPARE(lines.last(), QStringLiteral("Jun: Same time tomorrow."));

    // An action paragraph and the speeches after it form a shot.
    const Shot &lane = plan.shots.at(1);
    QCOMPARE(lane.actionBeats,
             QStringList{QStringLiteral("At the far end, one noodle stall still glows under a "
                                        "striped tarp.")});
    QCOMPARE(lane.dialogue.size(), 1);
    QCOMPARE(lane.notes, QStringLiteral("keep the steam backlit"));
    QCOMPARE(lane.sceneProse,
             QStringLiteral("Ningxia Night Market Lane, Taipei, exterior, night (rain)."));
    QCOMPARE(plan.shots.at(0).actionBeats,
             (QStringList{QStringLiteral("Red paper lanterns sway over wet asphalt."),
                          QStringLiteral("Most stalls are already shuttered.")}));
    // Jun is named in the action: he is in the shot, so his identity reaches the prompt.
    const Shot &ride = plan.shots.at(2);
    QVERIFY(ride.actionBeats.first().startsWith(QLatin1String("JUN, a courier")));
    QCOMPARE(ride.castIds.size(), 1);
    QCOMPARE(ride.castIds.first(), plan.newCast.at(2).id);

    // Two shots hold about 14 s of content each: each is split in two on 4/8/12 s.
    QStringList labels;
    for (const Shot &shot : plan.shots)
        labels << shot.label;
    QCOMPARE(labels,
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("4A"), QStringLiteral("4B"), QStringLiteral("5"),
                          QStringLiteral("6A"), QStringLiteral("6B"), QStringLiteral("7")}));
    QCOMPARE(plan.splitShotCount, 4);
    QCOMPARE(plan.shots.at(3).scriptRef.paragraph, 1);
    QVERIFY(plan.shots.at(4).scriptRef.paragraph > 1);
    for (int i = 0; i < plan.shots.size(); ++i) {
        const Shot &shot = plan.shots.at(i);
        QVERIFY(shot.scriptRef.isSet());
        QVERIFY(!shot.scriptRef.text.isEmpty());
        QVERIFY(QList<int>({4, 8, 12}).contains(shot.durationSeconds));
        QVERIFY(plan.contentSeconds.at(i) <= shot.durationSeconds);
    }
    // The transition is kept with the shot before it.
    QVERIFY(plan.shots.at(plan.shots.size() - 2).notes.contains(QLatin1String("CUT TO:")));
    QVERIFY(plan.shots.last().notes.contains(QLatin1String("THE END")));
}

void tst_ScriptImporter::fdxSampleMakesTheSamePlan()
{
    const ImportPlan fountain = planOf(sample("night-market.fountain"));
    const ImportPlan fdx = planOf(sample("night-market.fdx"));
    QCOMPARE(fdx.scenes.size(), fountain.scenes.size());
    QCOMPARE(fdx.shots.size(), fountain.shots.size());
    QCOMPARE(dialogue(fdx.shots), dialogue(fountain.shots));
    for (int i = 0; i < fdx.shots.size(); ++i) {
        QCOMPARE(fdx.shots.at(i).actionBeats, fountain.shots.at(i).actionBeats);
        QCOMPARE(fdx.shots.at(i).durationSeconds, fountain.shots.at(i).durationSeconds);
    }
}

void tst_ScriptImporter::shotHeadingFillsFraming()
{
    const ImportPlan plan = planOf(sample("night-market.fountain"));
    const auto pot = std::find_if(plan.shots.cbegin(), plan.shots.cend(), [](const Shot &shot) {
        return shot.scriptRef.text.startsWith(QLatin1String("CLOSE ON THE POT"));
    });
    QVERIFY(pot != plan.shots.cend());
    QCOMPARE(pot->framing.key(), QStringLiteral("close_up"));
    QCOMPARE(pot->actionBeats,
             (QStringList{QStringLiteral("The pot"), QStringLiteral("She lifts the lid."),
                          QStringLiteral("Steam rolls out.")}));
}

void tst_ScriptImporter::existingCastIsReused()
{
    Project project;
    CastMember hua;
    hua.id = QStringLiteral("cast-hua");
    hua.name = QStringLiteral("Hua");
    hua.identity = QStringLiteral("a noodle vendor in her late fifties");
    project.cast << hua;
    const ImportPlan plan = planOf(sample("night-market.fountain"), project);
    QCOMPARE(plan.newCast.size(), 2);
    QStringList castIds;
    for (const CastMember &member : plan.cast)
        castIds << member.id;
    QVERIFY(castIds.contains(QStringLiteral("cast-hua")));
    QVERIFY(plan.shots.at(3).castIds.contains(QStringLiteral("cast-hua")));
    const Project result = withImport(project, plan);
    QCOMPARE(result.cast.size(), 3);
    QCOMPARE(result.cast.first(), hua);
}

void tst_ScriptImporter::labelsFollowTheProject()
{
    Project project;
    Shot existing;
    existing.id = QStringLiteral("x");
    existing.label = QStringLiteral("41B");
    project.shots << existing;
    const ImportPlan plan = planOf(sample("night-market.fountain"), project);
    QCOMPARE(plan.shots.first().label, QStringLiteral("42"));
    const Project result = withImport(project, plan);
    QCOMPARE(result.shots.first(), existing);
    QCOMPARE(result.shots.size(), plan.shots.size() + 1);
}

void tst_ScriptImporter::longSpeechIsSplitWithLetters()
{
    const QString monologue = QStringLiteral(
        "I opened this stall the year my husband died. Every night since, someone has come "
        "in out of the rain. Couriers, students, a policeman once, crying into his bowl. I "
        "never asked them why. I just kept the broth hot and the light on. That is the whole "
        "secret, Jun. The light stays on.");
    const Screenplay play = FountainParser::parse(
        QStringLiteral("INT. STALL - NIGHT\n\nHua sits down.\n\nHUA\n%1\n\nJun listens.\n")
            .arg(monologue));
    const ImportPlan plan = *ScriptImporter(Project(), lengths({4, 8})).plan(play);
    QStringList labels;
    QString joined;
    for (const Shot &shot : plan.shots) {
        labels << shot.label;
        QVERIFY(shot.durationSeconds <= 8);
        for (const DialogueLine &line : shot.dialogue) {
            QCOMPARE(line.speaker, QStringLiteral("Hua"));
            joined += (joined.isEmpty() ? QString() : QStringLiteral(" ")) + line.line;
        }
    }
    QCOMPARE(joined, monologue); // split at sentences, nothing lost
    QVERIFY2(labels.size() >= 4, qPrintable(labels.join(QLatin1Char(' '))));
    QCOMPARE(labels.first(), QStringLiteral("1A"));
    QCOMPARE(labels.at(1), QStringLiteral("1B"));
    QCOMPARE(labels.last(), QStringLiteral("2"));
    QCOMPARE(plan.splitShotCount, labels.size() - 1);
}

void tst_ScriptImporter::lengthsFollowTheProvider()
{
    const ScriptSource source = sample("night-market.fountain");
    const ImportPlan runway = planOf(source, Project(), lengths({2, 3, 4, 5, 6, 7, 8, 9, 10}));
    const ImportPlan veo = planOf(source, Project(), lengths({8}));
    for (int i = 0; i < runway.shots.size(); ++i) {
        QCOMPARE(runway.shots.at(i).durationSeconds,
                 int(std::max(2.0, std::ceil(runway.contentSeconds.at(i) - 1e-6))));
    }
    for (const Shot &shot : veo.shots)
        QCOMPARE(shot.durationSeconds, 8);
    QVERIFY(runway.totalSeconds() < veo.totalSeconds());
}

void tst_ScriptImporter::headingOnlySceneGetsAnEstablishingShot()
{
    const Screenplay play = FountainParser::parse(
        QStringLiteral("EXT. HARBOUR - DAWN\n\nINT. CABIN - DAY\n\nMei wakes.\n"));
    const ImportPlan plan =
        *ScriptImporter(Project(), ProviderCapabilities::openAiVideos()).plan(play);
    QCOMPARE(plan.scenes.size(), 2);
    QCOMPARE(plan.shots.size(), 2);
    QCOMPARE(plan.shots.first().framing.key(), QStringLiteral("wide"));
    QCOMPARE(plan.shots.first().durationSeconds, 4);
    QVERIFY(!plan.shots.first().notes.isEmpty());
    QCOMPARE(plan.shots.first().sceneProse, QStringLiteral("Harbour, exterior, dawn."));
}

void tst_ScriptImporter::openingSceneTakesTheTitle()
{
    const Screenplay titled = FountainParser::parse(
        QStringLiteral("Title: Rain Check\n\nBlack screen.\n\nINT. A - DAY\n\nLight.\n"));
    const ImportPlan plan =
        *ScriptImporter(Project(), ProviderCapabilities::openAiVideos()).plan(titled);
    QCOMPARE(plan.scenes.first().title, QStringLiteral("Rain Check"));
    const Screenplay untitled =
        FountainParser::parse(QStringLiteral("Black screen.\n\nINT. A - DAY\n\nLight.\n"));
    const ImportPlan other =
        *ScriptImporter(Project(), ProviderCapabilities::openAiVideos()).plan(untitled);
    QCOMPARE(other.scenes.first().title, QStringLiteral("Opening"));
}

void tst_ScriptImporter::sceneProse_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("prose");
    QTest::newRow("int") << QStringLiteral("INT. NOODLE BAR - NIGHT")
                         << QStringLiteral("Noodle Bar, interior, night.");
    QTest::newRow("ext continuous") << QStringLiteral("EXT. AUNTIE HUA'S STALL - CONTINUOUS")
                                    << QStringLiteral("Auntie Hua's Stall, exterior.");
    QTest::newRow("int/ext") << QStringLiteral("INT./EXT. CAR - MOVING - DAY")
                             << QStringLiteral("Car, Moving, interior and exterior, day.");
    QTest::newRow("i/e lower") << QStringLiteral("i/e van - dusk")
                               << QStringLiteral("Van, interior and exterior, dusk.");
    QTest::newRow("forced") << QStringLiteral("FLASHBACK") << QStringLiteral("FLASHBACK");
    QTest::newRow("chinese") << QStringLiteral("内景 面馆 夜") << QStringLiteral("内景 面馆 夜");
}

void tst_ScriptImporter::sceneProse()
{
    QFETCH(QString, heading);
    QFETCH(QString, prose);
    QCOMPARE(ScriptImporter::sceneProse(heading), prose);
}

void tst_ScriptImporter::castNames_data()
{
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("name");
    QTest::newRow("one word") << QStringLiteral("MEI") << QStringLiteral("Mei");
    QTest::newRow("two words") << QStringLiteral("AUNTIE HUA") << QStringLiteral("Auntie Hua");
    QTest::newRow("apostrophe name") << QStringLiteral("O'BRIEN") << QStringLiteral("O'Brien");
    QTest::newRow("hyphen") << QStringLiteral("JEAN-LUC") << QStringLiteral("Jean-Luc");
    QTest::newRow("mixed case kept") << QStringLiteral("McCLANE") << QStringLiteral("McCLANE");
    QTest::newRow("roman numeral") << QStringLiteral("HENRY III") << QStringLiteral("Henry III");
    QTest::newRow("cjk") << QStringLiteral("阿梅") << QStringLiteral("阿梅");
}

void tst_ScriptImporter::castNames()
{
    QFETCH(QString, speaker);
    QFETCH(QString, name);
    QCOMPARE(ScriptImporter::castName(speaker), name);
}

void tst_ScriptImporter::emptyScriptIsRefused()
{
    const Screenplay play = FountainParser::parse(QStringLiteral("Title: Nothing\n\n"));
    const Result<ImportPlan> plan = ScriptImporter(Project(), ProviderCapabilities::openAiVideos())
                                        .plan(play, QStringLiteral("x.fountain"));
    QVERIFY(!plan);
    QCOMPARE(plan.error().file, QStringLiteral("x.fountain"));
}

void tst_ScriptImporter::importIsOneUndoStep()
{
    Project project;
    project.title = QStringLiteral("Mine");
    Shot existing;
    existing.id = QStringLiteral("x");
    existing.label = QStringLiteral("1");
    project.shots << existing;
    ProjectDocument document;
    document.resetProject(project);

    const ImportPlan plan = planOf(sample("night-market.fountain"), document.project());
    QVERIFY(
        applyAsOneStep(&document, withImport(document.project(), plan), QStringLiteral("Import")));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.project().title, QStringLiteral("Mine"));
    QCOMPARE(document.project().shots.size(), plan.shots.size() + 1);
    QCOMPARE(document.project().scenes.size(), 4);
    QCOMPARE(document.project().cast.size(), 3);
    QCOMPARE(document.project().shots.at(1).label, QStringLiteral("2"));
    document.undoStack()->undo();
    QCOMPARE(document.project(), project);
    document.undoStack()->redo();
    QCOMPARE(document.project(), withImport(project, plan));
}

QTEST_GUILESS_MAIN(tst_ScriptImporter)
#include "tst_scriptimporter.moc"
