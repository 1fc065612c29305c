// SPDX-License-Identifier: MIT
#include "script/contentfit.h"
#include "script/fountainparser.h"
#include "script/scriptimporter.h"
#include "script/scriptupdater.h"

#include "document/projectdocument.h"

#include <QFile>
#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;
using namespace ShotBrief::Script;

namespace {

QString version1()
{
    QFile file(QStringLiteral(SHOTBRIEF_TEST_DATA "/night-market.fountain"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample script");
    return QString::fromUtf8(file.readAll());
}

/// The revised draft: one line reworded, a scene renamed, a shot's paragraph deleted, a new
/// paragraph and a new scene.
QString version2()
{
    QString text = version1();
    const auto replace = [&text](const QString &from, const QString &to) {
        if (!text.contains(from))
            qFatal("sample script lacks %s", qPrintable(from));
        text.replace(from, to);
    };
    replace(QStringLiteral("I've been riding since six."),
            QStringLiteral("I've been riding since five."));
    replace(QStringLiteral(
                "JUN, a courier in an orange helmet, rides his scooter through the puddles.\n\n"),
            QString());
    replace(QStringLiteral("HUA'S NOODLE STALL"), QStringLiteral("HUA'S NOODLE CART"));
    replace(QStringLiteral("Thank you, Auntie.\n"),
            QStringLiteral("Thank you, Auntie.\n\nHua smiles for the first time.\n"));
    replace(QStringLiteral("MARKET LANE - LATER"), QStringLiteral("MARKET LANE - DAWN"));
    replace(QStringLiteral(">THE END<"),
            QStringLiteral(
                "EXT. RIVERSIDE - DAWN #5#\n\nJun eats a steamed bun by the river.\n\n>THE END<"));
    return text;
}

ImportPlan fresh(const Project &project, const QString &script)
{
    return *ScriptImporter(project, ProviderCapabilities::openAiVideos())
                .plan(FountainParser::parse(script));
}

UpdatePlan update(const Project &project, const QString &script)
{
    const ClipFitter fitter(
        ProviderCapabilities::openAiVideos().durationsFor(project.format.model));
    return ScriptUpdater::plan(project, fresh(project, script), fitter);
}

const Shot *shotWithText(const Project &project, const QString &needle)
{
    for (const Shot &shot : project.shots) {
        if (shot.scriptRef.text.contains(needle))
            return &shot;
    }
    return nullptr;
}

QStringList labels(const Project &project)
{
    QStringList out;
    for (const Shot &shot : project.shots)
        out << shot.label;
    return out;
}

} // namespace

class tst_ScriptUpdater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sameScriptChangesNothing();
    void revisedScriptKeepsEverythingTheUserMade();
    void updateIsOneUndoStep();
    void updatingTwiceIsStable();
    void cutShotComesBack();
    void rewrittenShotInPlaceIsChanged();
    void projectWithoutScriptShotsGetsEverythingNew();

private:
    /// Version 1 imported, then worked on by the user.
    Project m_worked;
};

void tst_ScriptUpdater::init()
{
    ProjectDocument document;
    document.resetProject(Project());
    const ImportPlan plan = fresh(document.project(), version1());
    QVERIFY(
        applyAsOneStep(&document, withImport(document.project(), plan), QStringLiteral("Import")));
    const Project imported = document.project();
    QCOMPARE(labels(imported),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("4A"), QStringLiteral("4B"), QStringLiteral("5"),
                          QStringLiteral("6A"), QStringLiteral("6B"), QStringLiteral("7")}));

    // Camera, light, palette, notes, a circled take on shot 1.
    Shot first = imported.shots.first();
    first.framing = FramingTerm(Framing::ExtremeWide);
    first.lighting = QStringLiteral("sodium lamps, rain backlit");
    first.palette = {{QStringLiteral("lantern red"), QStringLiteral("#b3261e")}};
    first.notes = QStringLiteral("crane up at the end");
    document.editShot(first.id, first, ShotField::Lighting, false);
    Take take;
    take.id = QStringLiteral("take-1");
    take.status = TakeStatus::Ready;
    document.updateTakeFromGeneration(first.id, take);
    QCOMPARE(document.project().shots.first().circledTakeId, QStringLiteral("take-1"));
    // The user's own scene title, a split, and a new order.
    QList<Scene> scenes = document.project().scenes;
    scenes[1].title = QStringLiteral("Hua's stall");
    document.setScenes(scenes);
    document.splitShot(first.id, {4, 4}, {0, 1});
    document.moveShots({document.project().shots.at(6).id}, 0); // "5" first
    m_worked = document.project();
    QCOMPARE(labels(m_worked),
             (QStringList{QStringLiteral("5"), QStringLiteral("1A"), QStringLiteral("1B"),
                          QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4A"),
                          QStringLiteral("4B"), QStringLiteral("6A"), QStringLiteral("6B"),
                          QStringLiteral("7")}));
}

void tst_ScriptUpdater::sameScriptChangesNothing()
{
    const UpdatePlan plan = update(m_worked, version1());
    QVERIFY(!plan.hasChanges());
    QCOMPARE(plan.count(ScriptChange::Unchanged), 9);
    QCOMPARE(plan.result, m_worked);
}

void tst_ScriptUpdater::revisedScriptKeepsEverythingTheUserMade()
{
    const UpdatePlan plan = update(m_worked, version2());
    QVERIFY(plan.hasChanges());
    QCOMPARE(plan.count(ScriptChange::Changed), 1);
    QCOMPARE(plan.count(ScriptChange::Added), 2);
    QCOMPARE(plan.count(ScriptChange::Cut), 1);
    QCOMPARE(plan.count(ScriptChange::Restored), 0);
    const Project &result = plan.result;

    // Nothing removed, the user's order kept, new shots at their place in the script.
    QCOMPARE(labels(result),
             (QStringList{QStringLiteral("5"), QStringLiteral("1A"), QStringLiteral("1B"),
                          QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4A"),
                          QStringLiteral("4B"), QStringLiteral("6A"), QStringLiteral("6B"),
                          QStringLiteral("6C"), QStringLiteral("7"), QStringLiteral("7A")}));
    for (const Shot &before : m_worked.shots) {
        const Shot *after = result.shotById(before.id);
        QVERIFY(after);
        QCOMPARE(after->takes, before.takes);
        QCOMPARE(after->circledTakeId, before.circledTakeId);
        QCOMPARE(after->durationSeconds, before.durationSeconds);
        QCOMPARE(after->framing, before.framing);
        QCOMPARE(after->lighting, before.lighting);
        QCOMPARE(after->palette, before.palette);
        QVERIFY(after->notes.startsWith(before.notes));
    }

    // Both parts of the user's split are unchanged and keep the work.
    const Shot &split = result.shots.at(1);
    QCOMPARE(split.lighting, QStringLiteral("sodium lamps, rain backlit"));
    QCOMPARE(split.scriptRef.mark, ScriptMark::None);

    // The reworded line: new dialogue, the mark, what the shot said kept in its notes.
    const Shot *changed = shotWithText(result, QStringLiteral("since five"));
    QVERIFY(changed);
    QCOMPARE(changed->scriptRef.mark, ScriptMark::Changed);
    QVERIFY(changed->dialogue.first().line.contains(QLatin1String("since five")));
    QVERIFY2(changed->notes.contains(QLatin1String("since six")), qPrintable(changed->notes));
    QCOMPARE(changed->label, QStringLiteral("4B"));

    // The deleted paragraph: marked, not deleted.
    const Shot *cut = result.shotById(m_worked.shots.at(4).id);
    QCOMPARE(cut->label, QStringLiteral("3"));
    QCOMPARE(cut->scriptRef.mark, ScriptMark::Cut);
    QCOMPARE(cut->actionBeats, m_worked.shots.at(4).actionBeats);

    // The new paragraph joins its scene after the shot before it.
    const Shot &smile = result.shots.at(9);
    QCOMPARE(smile.actionBeats, QStringList{QStringLiteral("Hua smiles for the first time.")});
    QCOMPARE(smile.sceneId, result.shots.at(8).sceneId);
    QCOMPARE(smile.scriptRef.mark, ScriptMark::None);

    // The new scene comes after the last one; the renamed heading follows the script unless
    // the user retitled the scene.
    QCOMPARE(plan.addedScenes.size(), 1);
    QCOMPARE(result.scenes.size(), 5);
    QCOMPARE(result.scenes.last().title, QStringLiteral("EXT. RIVERSIDE - DAWN"));
    QCOMPARE(result.scenes.last().number, QStringLiteral("5"));
    QCOMPARE(result.shots.last().sceneId, result.scenes.last().id);
    QCOMPARE(result.scenes.at(3).title, QStringLiteral("EXT. NINGXIA NIGHT MARKET LANE - DAWN"));
    QCOMPARE(result.scenes.at(1).title, QStringLiteral("Hua's stall"));
    QCOMPARE(plan.renamedScenes.size(), 1);
    // The scene prose the import derived follows the heading; the user's own would not.
    QCOMPARE(result.shotById(m_worked.shots.at(5).id)->sceneProse,
             QStringLiteral("Auntie Hua's Noodle Cart, exterior."));

    const QStringList report = plan.report();
    QVERIFY2(report.first().contains(QLatin1String("1 changed")), qPrintable(report.first()));
    QVERIFY(report.join(QLatin1Char('\n')).contains(QLatin1String("Shot 3 (")));
    QVERIFY(report.join(QLatin1Char('\n')).contains(QLatin1String("New shot 6C")));
    QVERIFY(report.join(QLatin1Char('\n')).contains(QLatin1String("RIVERSIDE")));
}

void tst_ScriptUpdater::updateIsOneUndoStep()
{
    ProjectDocument document;
    document.resetProject(m_worked);
    const UpdatePlan plan = update(document.project(), version2());
    QVERIFY(applyAsOneStep(&document, plan.result, QStringLiteral("Update from script")));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.project(), plan.result);
    document.undoStack()->undo();
    QCOMPARE(document.project(), m_worked);
}

void tst_ScriptUpdater::updatingTwiceIsStable()
{
    const UpdatePlan once = update(m_worked, version2());
    const UpdatePlan twice = update(once.result, version2());
    QVERIFY2(!twice.hasChanges(), qPrintable(twice.report().join(QLatin1Char('\n'))));
    QCOMPARE(twice.result, once.result);
}

void tst_ScriptUpdater::cutShotComesBack()
{
    const UpdatePlan forward = update(m_worked, version2());
    const UpdatePlan back = update(forward.result, version1());
    QCOMPARE(back.count(ScriptChange::Restored), 1);
    QCOMPARE(back.count(ScriptChange::Changed), 1);
    QCOMPARE(back.count(ScriptChange::Cut), 2); // the new paragraph and the new scene's shot
    QCOMPARE(back.result.shots.size(), forward.result.shots.size());
    const Shot *restored = back.result.shotById(m_worked.shots.at(4).id);
    QCOMPARE(restored->scriptRef.mark, ScriptMark::None);
    QCOMPARE(back.result.scenes.at(3).title,
             QStringLiteral("EXT. NINGXIA NIGHT MARKET LANE - LATER"));
}

void tst_ScriptUpdater::rewrittenShotInPlaceIsChanged()
{
    // A paragraph rewritten with other words, where it stood: the same shot, changed.
    QString text = version1();
    text.replace(QStringLiteral("Jun sits on a plastic stool. Hua sets down a bowl."),
                 QStringLiteral("The courier collapses onto a crate while the cook ladles soup."));
    const UpdatePlan plan = update(m_worked, text);
    QCOMPARE(plan.count(ScriptChange::Changed), 1);
    QCOMPARE(plan.count(ScriptChange::Added), 0);
    QCOMPARE(plan.count(ScriptChange::Cut), 0);
    const Shot &rewritten = plan.result.shots.at(7);
    QCOMPARE(rewritten.label, QStringLiteral("6A"));
    QCOMPARE(rewritten.scriptRef.mark, ScriptMark::Changed);
    QVERIFY(rewritten.actionBeats.first().startsWith(QLatin1String("The courier collapses")));
}

void tst_ScriptUpdater::projectWithoutScriptShotsGetsEverythingNew()
{
    Project project;
    Shot own;
    own.id = QStringLiteral("own");
    own.label = QStringLiteral("1");
    project.shots << own;
    const UpdatePlan plan = update(project, version1());
    QCOMPARE(plan.count(ScriptChange::Added), 9);
    QCOMPARE(plan.result.shots.first(), own);
    QVERIFY(!plan.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ScriptUpdater)
#include "tst_scriptupdater.moc"
