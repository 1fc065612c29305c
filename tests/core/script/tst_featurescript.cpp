// SPDX-License-Identifier: MIT
// The feature-length test screenplay (data/make-feature.py): every scene and every line of
// dialogue arrives, in order, from Fountain and from Final Draft; a revised draft re-imports
// with nothing the user made lost.
#include "script/contentfit.h"
#include "script/scriptfile.h"
#include "script/scriptimporter.h"
#include "script/scriptupdater.h"

#include <QFile>
#include <QTest>

using namespace ShotBrief;
using namespace ShotBrief::Script;

namespace {

struct Expected
{
    QStringList headings;
    QStringList speeches; ///< "Speaker: dialogue"
};

Expected expected()
{
    QFile file(QStringLiteral(SHOTBRIEF_TEST_DATA "/feature-expected.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("feature-expected.txt is missing");
    Expected e;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.first() == QLatin1String("SCENE"))
            e.headings << cells.at(1);
        else if (cells.first() == QLatin1String("SPEECH"))
            e.speeches << cells.at(1) + QStringLiteral(": ") + cells.at(2);
    }
    return e;
}

ScriptSource read(const char *name)
{
    const Result<ScriptSource> source =
        readScriptFile(QStringLiteral(SHOTBRIEF_TEST_DATA "/") + QLatin1String(name));
    if (!source)
        qFatal("%s", qPrintable(source.error().toString()));
    return *source;
}

ImportPlan plan(const ScriptSource &source, const Project &into = {})
{
    const Result<ImportPlan> result =
        source.plan(ScriptImporter(into, ProviderCapabilities::openAiVideos()));
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return *result;
}

/// The plan's dialogue with the parts of a speech the fitter split joined again.
QStringList speechesOf(const ImportPlan &plan)
{
    QStringList out;
    QString previousRef;
    for (const Shot &shot : plan.shots) {
        for (int i = 0; i < shot.dialogue.size(); ++i) {
            const DialogueLine &line = shot.dialogue.at(i);
            // A split speech continues in the next shot with the same speaker, first thing.
            const bool continues = i == 0 && !out.isEmpty() && shot.scriptRef.paragraph > 0 &&
                                   previousRef == QStringLiteral("%1/%2")
                                                      .arg(shot.scriptRef.scene)
                                                      .arg(shot.scriptRef.paragraph) &&
                                   out.last().startsWith(line.speaker + QStringLiteral(": "));
            if (continues)
                out.last() += QLatin1Char(' ') + line.line;
            else
                out << line.speaker + QStringLiteral(": ") + line.line;
        }
        if (!shot.dialogue.isEmpty()) {
            // The paragraph the shot's last line came from, for the next shot.
            previousRef =
                QStringLiteral("%1/%2").arg(shot.scriptRef.scene).arg(shot.scriptRef.paragraph);
        }
    }
    return out;
}

} // namespace

class tst_FeatureScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fountainHasEverySceneAndLine();
    void finalDraftHasEverySceneAndLine();
    void revisedDraftKeepsTheWork();
};

void tst_FeatureScript::fountainHasEverySceneAndLine()
{
    const Expected truth = expected();
    QCOMPARE(truth.headings.size(), 190);
    QCOMPARE(truth.speeches.size(), 770);
    const ScriptSource source = read("feature.fountain");
    const Screenplay &play = source.screenplay;
    QCOMPARE(play.title, QStringLiteral("The Last Ferry"));
    QStringList headings;
    for (const ScriptScene &scene : play.scenes)
        headings << scene.heading;
    QCOMPARE(headings, truth.headings);
    QCOMPARE(play.speechCount(), 770);
    QVERIFY2(play.warnings.isEmpty(), qPrintable(play.warnings.join(QLatin1Char('\n'))));

    const ImportPlan imported = plan(source);
    QCOMPARE(imported.scenes.size(), 190);
    QCOMPARE(imported.speechCount, 770);
    QCOMPARE(speechesOf(imported), truth.speeches);
    QCOMPARE(imported.newCast.size(), 14);
    QVERIFY(imported.splitShotCount > 0);
    for (int i = 0; i < imported.shots.size(); ++i)
        QVERIFY(QList<int>({4, 8, 12}).contains(imported.shots.at(i).durationSeconds));
    qInfo("feature.fountain: %d scenes, %d speeches, %d cast, %d shots (%d of them parts of a "
          "split), %d over the longest length, %d s in all",
          int(imported.scenes.size()), imported.speechCount, int(imported.newCast.size()),
          int(imported.shots.size()), imported.splitShotCount, imported.overflowCount,
          imported.totalSeconds());
}

void tst_FeatureScript::finalDraftHasEverySceneAndLine()
{
    const Expected truth = expected();
    const ScriptSource source = read("feature.fdx");
    QCOMPARE(source.format, ScriptFormat::FinalDraft);
    QStringList headings;
    for (const ScriptScene &scene : source.screenplay.scenes)
        headings << scene.heading;
    QCOMPARE(headings, truth.headings);
    const ImportPlan imported = plan(source);
    QCOMPARE(imported.speechCount, 770);
    QCOMPARE(speechesOf(imported), truth.speeches);
    QCOMPARE(imported.newCast.size(), 14); // SmartType's list adds nobody
    qInfo("feature.fdx: %d scenes, %d speeches, %d cast, %d shots (%d of them parts of a split)",
          int(imported.scenes.size()), imported.speechCount, int(imported.newCast.size()),
          int(imported.shots.size()), imported.splitShotCount);
}

void tst_FeatureScript::revisedDraftKeepsTheWork()
{
    const ImportPlan first = plan(read("feature.fountain"));
    Project worked = withImport(Project(), first);
    // The user's work on every fifth shot: camera, light, a circled take, notes.
    for (int i = 0; i < worked.shots.size(); i += 5) {
        Shot &shot = worked.shots[i];
        shot.movement = MovementTerm(Movement::Handheld);
        shot.lighting = QStringLiteral("practicals only");
        shot.notes += QStringLiteral("\nmine %1").arg(i);
        Take take;
        take.id = QStringLiteral("take-%1").arg(i);
        take.status = TakeStatus::Ready;
        shot.takes << take;
        shot.circledTakeId = take.id;
    }

    const ScriptSource revised = read("feature-rev2.fountain");
    const ImportPlan second = plan(revised, worked);
    const ClipFitter fitter(ProviderCapabilities::openAiVideos().durationsFor(worked.format.model));
    const UpdatePlan update = ScriptUpdater::plan(worked, second, fitter);
    const Project &result = update.result;

    // Nothing the user made is lost; nothing is deleted.
    QVERIFY(result.shots.size() > worked.shots.size());
    for (const Shot &before : worked.shots) {
        const Shot *after = result.shotById(before.id);
        QVERIFY(after);
        QCOMPARE(after->takes, before.takes);
        QCOMPARE(after->circledTakeId, before.circledTakeId);
        QCOMPARE(after->movement, before.movement);
        QCOMPARE(after->lighting, before.lighting);
        QVERIFY(after->notes.startsWith(before.notes));
    }
    // The reworded lines are the changed shots, and only they.
    int reworded = 0;
    for (const Shot &shot : result.shots) {
        const bool hasNewWords = shot.scriptRef.text.contains(QLatin1String(", tonight"));
        reworded += hasNewWords ? 1 : 0;
        if (shot.scriptRef.mark == ScriptMark::Changed)
            QVERIFY2(hasNewWords, qPrintable(shot.scriptRef.text));
    }
    QVERIFY(reworded >= 8);
    QCOMPARE(update.count(ScriptChange::Changed), reworded);
    // Scene 51 left the script: its shot is marked, not removed.
    QCOMPARE(update.count(ScriptChange::Cut), 1);
    // A new scene and a new line of action.
    QCOMPARE(update.addedScenes.size(), 1);
    QCOMPARE(update.addedScenes.first().number, QStringLiteral("100A"));
    QCOMPARE(update.count(ScriptChange::Added), 2);
    // The new scene's shot stands after the scene before it in the script.
    const int added = result.shotIndex(
        update.entries
            .at([&] {
                for (int i = 0; i < update.entries.size(); ++i) {
                    if (update.entries.at(i).change == ScriptChange::Added &&
                        update.entries.at(i).newText.contains(QLatin1String("Goodbye, then.")))
                        return i;
                }
                return 0;
            }())
            .shotIds.first());
    QVERIFY(added > 0);
    QCOMPARE(result.shots.at(added - 1).scriptRef.heading, second.scenes.at(99).title);
    qInfo("feature re-import: %d unchanged, %d changed, %d new, %d cut",
          update.count(ScriptChange::Unchanged), update.count(ScriptChange::Changed),
          update.count(ScriptChange::Added), update.count(ScriptChange::Cut));
}

QTEST_GUILESS_MAIN(tst_FeatureScript)
#include "tst_featurescript.moc"
