// SPDX-License-Identifier: MIT
// Script in, in the window: File > Import Script... (a preview, one undo step), File > Update
// from Script... (a report, one undo step, nothing the user made lost), Edit > Fit Lengths to
// Content and Accept Script Changes.
#include "ui/mainwindow.h"
#include "ui/promptpanel.h"
#include "ui/scriptactions.h"
#include "ui/scriptimportdialog.h"
#include "ui/scriptupdatedialog.h"
#include "ui/timelinewidget.h"

#include "document/projectdocument.h"
#include "document/shotlistmodel.h"
#include "prompt/linter.h"

#include <QAction>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;

namespace {

QString script(const char *name)
{
    return QStringLiteral(SHOTBRIEF_SOURCE_DIR "/tests/core/script/data/") + QLatin1String(name);
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

} // namespace

class tst_ScriptImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void menusOfferTheActions();
    void importShowsThePlanAndIsOneUndoStep();
    void featureLengthFinalDraftInTheWindow();
    void cancelledImportChangesNothing();
    void shotListShowsItsColumnsFirst();
    void unreadableScriptIsReportedNotImported();
    void updateFromScriptKeepsTheWork();
    void fitLengthsToContentSplitsWhatNoLengthHolds();

private:
    void select(const QStringList &ids);

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
    ScriptActions *m_actions = nullptr;
    QStringList m_errors;
};

void tst_ScriptImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_scriptimport"));
    QSettings().clear();
}

void tst_ScriptImport::init()
{
    m_dir = new QTemporaryDir;
    m_window = new MainWindow;
    m_window->askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    m_window->askRecover = [](const QString &) {
        return false;
    };
    m_window->setProfilesPath(m_dir->filePath(QStringLiteral("providers.json")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->newProject();
    QVERIFY(m_window->saveAs(m_dir->filePath(QStringLiteral("film.shotbrief"))));
    m_actions = m_window->scriptActions();
    m_errors.clear();
    m_actions->showError = [this](const QString &, const QString &message) {
        m_errors << message;
    };
    m_actions->askScriptFile = [](const QString &, const QString &) {
        return QString();
    };
}

void tst_ScriptImport::cleanup()
{
    m_window->close();
    delete m_window;
    delete m_dir;
}

void tst_ScriptImport::select(const QStringList &ids)
{
    QItemSelectionModel *selection = m_window->selectionModel();
    selection->clearSelection();
    for (const QString &id : ids) {
        const QModelIndex index = m_window->document()->shotListModel()->index(
            m_window->document()->project().shotIndex(id), 0);
        selection->setCurrentIndex(index, QItemSelectionModel::Select);
    }
    m_actions->updateEnabled();
}

void tst_ScriptImport::menusOfferTheActions()
{
    QVERIFY(m_actions->importAction()->isEnabled());
    QVERIFY(!m_actions->updateAction()->isEnabled()); // nothing from a script yet
    QVERIFY(!m_actions->fitAction()->isEnabled());    // nothing selected
    QVERIFY(!m_actions->importAction()->shortcut().isEmpty());
    // Asking for a file and cancelling does nothing.
    m_actions->importAction()->trigger();
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

void tst_ScriptImport::importShowsThePlanAndIsOneUndoStep()
{
    bool shown = false;
    m_actions->confirm = [&shown](QDialog *dialog) {
        auto *preview = qobject_cast<ScriptImportDialog *>(dialog);
        if (!preview)
            return false;
        shown = true;
        const QString summary = preview->summary()->text();
        if (!summary.contains(QLatin1String("4 scenes")) ||
            !summary.contains(QLatin1String("12 lines of dialogue")) ||
            !summary.contains(QLatin1String("3 cast")))
            qWarning("summary: %s", qPrintable(summary));
        if (preview->shotTable()->rowCount() != 9 || preview->sceneTable()->rowCount() != 4 ||
            preview->castTable()->rowCount() != 3 || preview->columnTable())
            return false;
        // Keyboard: the Import button is the default; Enter goes ahead.
        dialog->show();
        QTest::keyClick(dialog, Qt::Key_Return);
        return dialog->result() == QDialog::Accepted;
    };
    QVERIFY(m_actions->importScript(script("night-market.fountain")));
    QVERIFY(shown);
    const Project &project = m_window->document()->project();
    QCOMPARE(project.shots.size(), 9);
    QCOMPARE(project.scenes.size(), 4);
    QCOMPARE(project.cast.size(), 3);
    QCOMPARE(project.title, QStringLiteral("Night Market, Last Bowl"));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(m_window->timeline()->selectedShotIds(), QStringList{project.shots.first().id});
    QVERIFY(m_actions->updateAction()->isEnabled());
    QCOMPARE(m_actions->lastScript(), script("night-market.fountain"));
    // The cast the import made waits for a description.
    bool hint = false;
    for (const LintFinding &finding : lintProject(project, m_window->capabilities()))
        hint = hint || finding.ruleId == QLatin1String("cast-identity-missing");
    QVERIFY(hint);

    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->project().shots.size(), 0);
    QCOMPARE(m_window->document()->project().cast.size(), 0);
}

void tst_ScriptImport::featureLengthFinalDraftInTheWindow()
{
    // Every scene and every line of dialogue of the 190-scene feature, in order.
    QStringList expectedScenes;
    QStringList expectedLines;
    for (const QString &line : readText(script("feature-expected.txt")).split(QLatin1Char('\n'))) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.first() == QLatin1String("SCENE"))
            expectedScenes << cells.at(1);
        else if (cells.first() == QLatin1String("SPEECH"))
            expectedLines << cells.at(2);
    }
    m_actions->confirm = [](QDialog *) {
        return true;
    };
    QVERIFY(m_actions->importScript(script("feature.fdx")));
    const Project &project = m_window->document()->project();
    QStringList scenes;
    for (const Scene &scene : project.scenes)
        scenes << scene.title;
    QCOMPARE(scenes, expectedScenes);
    QStringList lines;
    for (const Shot &shot : project.shots) {
        for (const DialogueLine &line : shot.dialogue)
            lines << line.line;
    }
    // A speech the fitter split over two shots reads the same joined.
    QCOMPARE(lines.join(QLatin1Char(' ')), expectedLines.join(QLatin1Char(' ')));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void tst_ScriptImport::cancelledImportChangesNothing()
{
    m_actions->confirm = [](QDialog *) {
        return false;
    };
    QVERIFY(!m_actions->importScript(script("night-market.fdx")));
    QCOMPARE(m_window->document()->project().shots.size(), 0);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

void tst_ScriptImport::shotListShowsItsColumnsFirst()
{
    m_actions->confirm = [](QDialog *dialog) {
        auto *preview = qobject_cast<ScriptImportDialog *>(dialog);
        return preview && preview->columnTable() &&
               preview->tabs()->currentWidget() == preview->columnTable() &&
               preview->columnTable()->rowCount() == 13 &&
               preview->columnTable()->item(3, 1)->text() == QLatin1String("Framing");
    };
    QVERIFY(m_actions->importScript(script("shotlist.csv")));
    QCOMPARE(m_window->document()->project().shots.size(), 4);
}

void tst_ScriptImport::unreadableScriptIsReportedNotImported()
{
    const QString path = m_dir->filePath(QStringLiteral("broken.fdx"));
    QVERIFY(writeText(path, QStringLiteral("<?xml version=\"1.0\"?><FinalDraft><Content><Para")));
    bool asked = false;
    m_actions->confirm = [&asked](QDialog *) {
        return asked = true;
    };
    QVERIFY(!m_actions->importScript(path));
    QVERIFY(!asked);
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(path), qPrintable(m_errors.first()));
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

void tst_ScriptImport::updateFromScriptKeepsTheWork()
{
    m_actions->confirm = [](QDialog *) {
        return true;
    };
    QVERIFY(m_actions->importScript(script("night-market.fountain")));
    ProjectDocument *document = m_window->document();
    // The user's light on the shot whose line will change.
    const Shot *target = nullptr;
    for (const Shot &shot : document->project().shots) {
        if (shot.scriptRef.text.contains(QLatin1String("since six")))
            target = &shot;
    }
    QVERIFY(target);
    const QString targetId = target->id;
    Shot lit = *target;
    lit.lighting = QStringLiteral("one bare bulb, warm");
    document->editShot(targetId, lit, ShotField::Lighting, false);
    QVERIFY(m_window->save());

    QString revised = readText(script("night-market.fountain"));
    revised.replace(QStringLiteral("since six"), QStringLiteral("since five"));
    revised.replace(
        QStringLiteral(">THE END<"),
        QStringLiteral("EXT. RIVERSIDE - DAWN\n\nJun eats a steamed bun.\n\n>THE END<"));
    const QString path = m_dir->filePath(QStringLiteral("rev2.fountain"));
    QVERIFY(writeText(path, revised));

    const int steps = document->undoStack()->count();
    int rows = -1;
    m_actions->confirm = [&rows](QDialog *dialog) {
        auto *report = qobject_cast<ScriptUpdateDialog *>(dialog);
        if (!report || !report->applyButton()->isEnabled())
            return false;
        rows = report->changeTable()->rowCount();
        return true;
    };
    QVERIFY(m_actions->updateFromScript(path));
    QCOMPARE(rows, 2); // one changed, one new
    QCOMPARE(document->undoStack()->count(), steps + 1);
    const Shot *changed = document->project().shotById(targetId);
    QCOMPARE(changed->lighting, QStringLiteral("one bare bulb, warm"));
    QCOMPARE(changed->scriptRef.mark, ScriptMark::Changed);
    QCOMPARE(document->project().shots.size(), 10);
    QCOMPARE(m_actions->lastScript(), path);

    // The mark shows in lint until the user accepts the change.
    const int index = document->project().shotIndex(targetId);
    const auto findings = [&] {
        QStringList rules;
        for (const LintFinding &finding :
             lintShot(document->project(), document->project().shotIndex(targetId),
                      m_window->capabilities()))
            rules << finding.ruleId;
        return rules;
    };
    QVERIFY(findings().contains(QStringLiteral("script-changed")));
    select({targetId});
    QVERIFY(m_actions->acceptAction()->isEnabled());
    QCOMPARE(m_actions->acceptSelection(), 1);
    QVERIFY(!findings().contains(QStringLiteral("script-changed")));
    QCOMPARE(document->project().shots.at(index).lighting, QStringLiteral("one bare bulb, warm"));

    // Nothing left to update: the report says so and offers nothing to apply.
    bool disabled = false;
    m_actions->confirm = [&disabled](QDialog *dialog) {
        auto *report = qobject_cast<ScriptUpdateDialog *>(dialog);
        disabled = report && !report->applyButton()->isEnabled();
        return true;
    };
    QVERIFY(!m_actions->updateFromScript(path));
    QVERIFY(disabled);
}

void tst_ScriptImport::fitLengthsToContentSplitsWhatNoLengthHolds()
{
    ProjectDocument *document = m_window->document();
    const QString id = document->insertNewShot(-1);
    Shot shot = *document->project().shotById(id);
    shot.durationSeconds = 4;
    for (int i = 0; i < 6; ++i)
        shot.dialogue << DialogueLine{
            QStringLiteral("Mei"), QStringLiteral("This line has exactly ten spoken words in it, "
                                                  "see.")};
    document->editShot(id, shot, ShotField::Dialogue, false);
    const int steps = document->undoStack()->count();
    select({id});
    QVERIFY(m_actions->fitAction()->isEnabled());
    m_actions->fitAction()->trigger();
    QCOMPARE(document->undoStack()->count(), steps + 1);
    // 6 lines of 4 s on 4/8/12 s: two 12 s shots.
    QCOMPARE(document->project().shots.size(), 2);
    QCOMPARE(document->project().shots.at(0).durationSeconds, 12);
    QCOMPARE(document->project().shots.at(1).durationSeconds, 12);
    QCOMPARE(document->project().shots.at(0).id, id);
    document->undoStack()->undo();
    QCOMPARE(document->project().shots.size(), 1);
    QCOMPARE(document->project().shots.first().durationSeconds, 4);
}

QTEST_MAIN(tst_ScriptImport)
#include "tst_scriptimport.moc"
