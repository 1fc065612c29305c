// SPDX-License-Identifier: MIT
// One undo history per document: a typing burst in a field is one undo step named in words
// after the shot as it was, and Ctrl+Z (or the context menu's Undo) in a field undoes the
// document, so the project is not left marked modified with the field's text gone back.

#include "samplewindow.h"
#include "ui/mainwindow.h"
#include "ui/projectpanel.h"
#include "ui/shotinspector.h"

#include "document/projectdocument.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;
using TestSupport::typeWhereTheFocusIs;

class tst_DocumentUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingALabelIsOneStepNamedAfterTheOldLabel();
    void leavingTheFieldEndsTheBurst();
    void ctrlZInALineEditUndoesTheDocument();
    void ctrlZInATextEditUndoesTheDocument();
    void contextMenuUndoIsTheDocuments();

private:
    QLineEdit *moodEdit() const;

    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_DocumentUndo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_documentundo"));
    QSettings().clear();
}

void tst_DocumentUndo::init()
{
    m_dir = new QTemporaryDir;
    m_window = TestSupport::openNightMarketWindow(*m_dir);
    QVERIFY(m_window);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(!m_window->document()->isModified());
}

void tst_DocumentUndo::cleanup()
{
    m_window->close();
    delete m_window;
    delete m_dir;
}

QLineEdit *tst_DocumentUndo::moodEdit() const
{
    return qobject_cast<QLineEdit *>(m_window->inspector()->editorFor(ShotField::Mood));
}

void tst_DocumentUndo::typingALabelIsOneStepNamedAfterTheOldLabel()
{
    QLineEdit *label = m_window->inspector()->labelEdit();
    label->setFocus();
    label->selectAll();
    typeWhereTheFocusIs(QStringLiteral("Maren"));
    QCOMPARE(m_window->document()->project().shots.at(0).label, QStringLiteral("Maren"));
    QUndoStack *stack = m_window->document()->undoStack();
    QCOMPARE(stack->count(), 1);
    // Named after the label before the edit, in words: not "Edit label of shot M".
    QCOMPARE(stack->undoText(), QStringLiteral("Edit Label of Shot 1"));
    QVERIFY2(m_window->undoAction()->text().contains(QStringLiteral("Edit Label of Shot 1")),
             qPrintable(m_window->undoAction()->text()));
}

void tst_DocumentUndo::leavingTheFieldEndsTheBurst()
{
    QLineEdit *mood = moodEdit();
    QVERIFY(mood);
    mood->setFocus();
    mood->end(false);
    typeWhereTheFocusIs(QStringLiteral(" wet"));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    m_window->inspector()->labelEdit()->setFocus();
    mood->setFocus();
    mood->end(false);
    typeWhereTheFocusIs(QStringLiteral(" cold"));
    QCOMPARE(m_window->document()->undoStack()->count(), 2);
    QCOMPARE(m_window->document()->undoStack()->undoText(), QStringLiteral("Edit Mood of Shot 1"));
}

void tst_DocumentUndo::ctrlZInALineEditUndoesTheDocument()
{
    QLineEdit *mood = moodEdit();
    const QString original = mood->text();
    mood->setFocus();
    mood->end(false);
    typeWhereTheFocusIs(QStringLiteral(" wet"));
    QVERIFY(m_window->document()->isModified());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    // The document went back with the field: nothing is left marked modified.
    QCOMPARE(mood->text(), original);
    QCOMPARE(m_window->document()->project().shots.at(0).mood, original);
    QVERIFY2(!m_window->document()->isModified(), "the field undid alone: the history forked");
    QCOMPARE(QApplication::focusWidget(), mood);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->document()->project().shots.at(0).mood, original + QStringLiteral(" wet"));
    QCOMPARE(mood->text(), original + QStringLiteral(" wet"));
    QVERIFY(m_window->document()->isModified());
}

void tst_DocumentUndo::ctrlZInATextEditUndoesTheDocument()
{
    QPlainTextEdit *prose = m_window->inspector()->sceneProseEdit();
    const QString original = prose->toPlainText();
    prose->setFocus();
    prose->moveCursor(QTextCursor::End);
    typeWhereTheFocusIs(QStringLiteral(" Steam."));
    QVERIFY(m_window->document()->isModified());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(prose->toPlainText(), original);
    QVERIFY(!m_window->document()->isModified());
}

void tst_DocumentUndo::contextMenuUndoIsTheDocuments()
{
    QLineEdit *mood = moodEdit();
    const QString original = mood->text();
    mood->setFocus();
    mood->end(false);
    typeWhereTheFocusIs(QStringLiteral(" wet"));
    QVERIFY(m_window->document()->undoStack()->canUndo());
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(5, 5),
                            mood->mapToGlobal(QPoint(5, 5)));
    QCoreApplication::sendEvent(mood, &event);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY2(menu, "no context menu");
    QAction *undo = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().section(QLatin1Char('\t'), 0, 0) ==
            QCoreApplication::translate("QLineEdit", "&Undo"))
            undo = action;
    }
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    menu->close();
    QCOMPARE(m_window->document()->project().shots.at(0).mood, original);
    QVERIFY(!m_window->document()->isModified());
}

QTEST_MAIN(tst_DocumentUndo)
#include "tst_documentundo.moc"
