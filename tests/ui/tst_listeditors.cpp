// SPDX-License-Identifier: MIT
// A list beside an editor (the cast and its name, scenes, palette names, dialogue speakers,
// action beats): typing a whole word into the editor, key by key where the focus is, as a
// person types, gives the whole word, and the focus stays in the editor.

#include "samplewindow.h"
#include "ui/mainwindow.h"
#include "ui/paletteeditor.h"
#include "ui/projectpanel.h"
#include "ui/shotinspector.h"

#include "document/projectdocument.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;
using TestSupport::typeWhereTheFocusIs;

class tst_ListEditors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newCastMemberNameTakesAWholeWord();
    void renamingACastMemberKeepsTheFocus();
    void sceneTitleTakesAWholeWord();
    void paletteNameTakesAWholeWord_data();
    void paletteNameTakesAWholeWord();
    void dialogueSpeakerTakesAWholeWord();
    void actionBeatTakesAWholeWord();

private:
    void showDock(const char *name);

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_ListEditors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_listeditors"));
    QSettings().clear();
}

void tst_ListEditors::init()
{
    m_dir = new QTemporaryDir;
    m_window = TestSupport::openNightMarketWindow(*m_dir);
    QVERIFY(m_window);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void tst_ListEditors::cleanup()
{
    m_window->close();
    delete m_window;
    delete m_dir;
}

void tst_ListEditors::showDock(const char *name)
{
    auto *dock = m_window->findChild<QDockWidget *>(QString::fromLatin1(name));
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QCoreApplication::processEvents();
}

void tst_ListEditors::newCastMemberNameTakesAWholeWord()
{
    showDock("projectDock");
    ProjectPanel *panel = m_window->projectPanel();
    const int before = int(m_window->document()->project().cast.size());
    auto *add = panel->findChild<QPushButton *>(QStringLiteral("addCharacterButton"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_window->document()->project().cast.size(), before + 1);
    QCOMPARE(QApplication::focusWidget(), panel->castNameEdit());
    // "New character" is selected: typing replaces it.
    typeWhereTheFocusIs(QStringLiteral("Maren"));
    QCOMPARE(m_window->document()->project().cast.last().name, QStringLiteral("Maren"));
    QCOMPARE(panel->castNameEdit()->text(), QStringLiteral("Maren"));
    QCOMPARE(QApplication::focusWidget(), panel->castNameEdit());
    QCOMPARE(panel->castList()->currentRow(), before);
    QCOMPARE(panel->castList()->item(before)->text(), QStringLiteral("Maren"));
}

void tst_ListEditors::renamingACastMemberKeepsTheFocus()
{
    showDock("projectDock");
    ProjectPanel *panel = m_window->projectPanel();
    panel->castList()->setCurrentRow(0);
    QLineEdit *name = panel->castNameEdit();
    name->setFocus();
    name->end(false);
    typeWhereTheFocusIs(QStringLiteral(" Lin"));
    const QString expected = m_window->document()->project().cast.first().name;
    QVERIFY2(expected.endsWith(QStringLiteral(" Lin")), qPrintable(expected));
    QCOMPARE(QApplication::focusWidget(), name);
    // Typing the name is one undo step.
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
}

void tst_ListEditors::sceneTitleTakesAWholeWord()
{
    showDock("projectDock");
    ProjectPanel *panel = m_window->projectPanel();
    auto *add = panel->findChild<QPushButton *>(QStringLiteral("addSceneButton"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QListWidget *scenes = panel->scenesList();
    // The new scene's title is open for editing; type over it.
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && scenes->isAncestorOf(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    typeWhereTheFocusIs(QStringLiteral("INT. NOODLE BAR - NIGHT"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the editor's data queued
    QCOMPARE(m_window->document()->project().scenes.last().title,
             QStringLiteral("INT. NOODLE BAR - NIGHT"));
}

void tst_ListEditors::paletteNameTakesAWholeWord_data()
{
    QTest::addColumn<bool>("styleBible");
    QTest::newRow("shot") << false;
    QTest::newRow("style-bible") << true;
}

void tst_ListEditors::paletteNameTakesAWholeWord()
{
    QFETCH(bool, styleBible);
    showDock(styleBible ? "projectDock" : "inspectorDock");
    PaletteEditor *editor = styleBible ? m_window->projectPanel()->findChild<PaletteEditor *>()
                                       : m_window->inspector()->paletteEditor();
    QVERIFY(editor);
    QPushButton *swatch = editor->swatchButton(0);
    QVERIFY2(swatch, "the palette has no first colour");
    // The first colour's name field sits next to its swatch.
    QLineEdit *name = nullptr;
    for (QLineEdit *edit : editor->findChildren<QLineEdit *>()) {
        if (!name || edit->y() < name->y())
            name = edit;
    }
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    typeWhereTheFocusIs(QStringLiteral("sodium orange"));
    const Project &project = m_window->document()->project();
    const Palette palette = styleBible ? project.style.palette : project.shots.at(0).palette;
    QCOMPARE(palette.first().name, QStringLiteral("sodium orange"));
    QCOMPARE(QApplication::focusWidget(), name);
}

void tst_ListEditors::dialogueSpeakerTakesAWholeWord()
{
    showDock("inspectorDock");
    ShotInspector *inspector = m_window->inspector();
    Shot shot = m_window->document()->project().shots.at(0);
    shot.dialogue = {{QString(), QStringLiteral("Still open?")}};
    m_window->document()->editShot(shot.id, shot, ShotField::Dialogue, false);
    QTableWidget *dialogue = inspector->dialogueTable();
    QCOMPARE(dialogue->rowCount(), 1);
    dialogue->setFocus();
    dialogue->setCurrentCell(0, 0);
    QTest::keyClick(dialogue, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && dialogue->isAncestorOf(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    typeWhereTheFocusIs(QStringLiteral("Maren"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the editor's data queued
    QCOMPARE(m_window->document()->project().shots.at(0).dialogue.at(0).speaker,
             QStringLiteral("Maren"));
}

void tst_ListEditors::actionBeatTakesAWholeWord()
{
    showDock("inspectorDock");
    ShotInspector *inspector = m_window->inspector();
    QListWidget *beats = inspector->beatsList();
    QVERIFY(beats->count() > 0);
    beats->setFocus();
    beats->setCurrentRow(0);
    QTest::keyClick(beats, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && beats->isAncestorOf(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    typeWhereTheFocusIs(QStringLiteral("takes four steps"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the editor's data queued
    QCOMPARE(m_window->document()->project().shots.at(0).actionBeats.at(0),
             QStringLiteral("takes four steps"));
    QCOMPARE(beats->currentRow(), 0);
}

QTEST_MAIN(tst_ListEditors)
#include "tst_listeditors.moc"
