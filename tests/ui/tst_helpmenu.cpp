// SPDX-License-Identifier: MIT
// What a new user meets first: the empty timeline's hint is readable whole, in every
// language; Help lists the keyboard shortcuts (from the actions themselves, searchable) and
// opens the sample project as the user's own copy.

#include "translations/languagesupport.h"
#include "ui/keyboardshortcutsdialog.h"
#include "ui/mainwindow.h"
#include "ui/timelinewidget.h"

#include "document/projectdocument.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ShotBrief;

class tst_HelpMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyTimelineHintIsReadWhole_data();
    void emptyTimelineHintIsReadWhole();
    void helpMenuHasShortcutsAndSample();
    void shortcutsComeFromTheActions();
    void shortcutsAreSearchable();
    void sampleProjectIsTheUsersCopy();
};

void tst_HelpMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_helpmenu"));
    QSettings().clear();
}

void tst_HelpMenu::cleanupTestCase()
{
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

void tst_HelpMenu::emptyTimelineHintIsReadWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("windowWidth");
    QTest::newRow("en") << QStringLiteral("en") << 1280;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1280;
    QTest::newRow("ja") << QStringLiteral("ja") << 1280;
    QTest::newRow("en-narrow") << QStringLiteral("en") << 900;
}

void tst_HelpMenu::emptyTimelineHintIsReadWhole()
{
    QFETCH(QString, language);
    QFETCH(int, windowWidth);
    installTranslations(*QCoreApplication::instance(), language);
    MainWindow window;
    window.resize(windowWidth, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.document()->resetProject(Project{});
    QCoreApplication::processEvents();
    TimelineWidget *timeline = window.timeline();
    const QScrollArea *area = qobject_cast<QScrollArea *>(timeline->parentWidget()->parentWidget());
    QVERIFY(area);
    const QRect hint = timeline->emptyHintRect();
    // Inside what the scroll area shows ...
    const QRect visible(-timeline->pos(), area->viewport()->size());
    QVERIFY2(visible.contains(hint),
             qPrintable(QStringLiteral("hint %1,%2 %3x%4 outside the visible %5x%6")
                            .arg(hint.x())
                            .arg(hint.y())
                            .arg(hint.width())
                            .arg(hint.height())
                            .arg(visible.width())
                            .arg(visible.height())));
    // ... and the whole text fits in it.
    const QRect needed = timeline->fontMetrics().boundingRect(
        hint, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, TimelineWidget::emptyHintText());
    QVERIFY2(hint.contains(needed), qPrintable(TimelineWidget::emptyHintText()));
    window.close();
}

void tst_HelpMenu::helpMenuHasShortcutsAndSample()
{
    MainWindow window;
    QMenu *help = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->menu()->actions().contains(window.keyboardShortcutsAction()))
            help = action->menu();
    }
    QVERIFY2(help, "Keyboard Shortcuts is not in a menu");
    QVERIFY(help->actions().contains(window.openSampleAction()));
    QVERIFY(!window.keyboardShortcutsAction()->shortcut().isEmpty());
}

void tst_HelpMenu::shortcutsComeFromTheActions()
{
    MainWindow window;
    KeyboardShortcutsDialog dialog(&window, KeyboardShortcutsDialog::viewKeys());
    QStringList shown;
    for (int g = 0; g < dialog.list()->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = dialog.list()->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            shown.append(group->child(i)->text(1));
    }
    // Every action of the window with a shortcut is listed with it.
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->isSeparator())
            continue;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(std::any_of(shown.cbegin(), shown.cend(),
                             [&keys](const QString &text) { return text.contains(keys); }),
                 qPrintable(action->text() + QStringLiteral(": ") + keys));
    }
    QVERIFY(shown.contains(QStringLiteral("J")));
}

void tst_HelpMenu::shortcutsAreSearchable()
{
    MainWindow window;
    KeyboardShortcutsDialog dialog(&window, KeyboardShortcutsDialog::viewKeys());
    const int all = dialog.visibleCount();
    dialog.searchEdit()->setText(QStringLiteral("split"));
    QCOMPARE(dialog.visibleCount(), 1);
    dialog.searchEdit()->setText(
        window.splitAction()->shortcut().toString(QKeySequence::NativeText));
    QVERIFY(dialog.visibleCount() >= 1);
    bool found = false;
    for (int g = 0; g < dialog.list()->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = dialog.list()->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            found = found || (!group->child(i)->isHidden() &&
                              group->child(i)->text(0) == QStringLiteral("Split Shot"));
    }
    QVERIFY2(found, "searching Split Shot's keys does not find it");
    dialog.searchEdit()->clear();
    QCOMPARE(dialog.visibleCount(), all);
}

void tst_HelpMenu::sampleProjectIsTheUsersCopy()
{
    const QString path = MainWindow::sampleProjectPath();
    QDir(QFileInfo(path).absolutePath()).removeRecursively();
    {
        MainWindow window;
        window.askSaveChanges = [](const QString &) {
            return QMessageBox::Discard;
        };
        window.openSampleAction()->trigger();
        QCOMPARE(window.document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(window.document()->project().shots.size() >= 8);
        QVERIFY(!window.document()->isReadOnly());
        // The user's copy is theirs: edit and save it.
        window.document()->setTitle(QStringLiteral("My market"));
        QVERIFY(window.save());
    }
    MainWindow again;
    again.askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    QVERIFY(again.openSampleProject());
    QCOMPARE(again.document()->project().title, QStringLiteral("My market"));
    QDir(QFileInfo(path).absolutePath()).removeRecursively();
}

QTEST_MAIN(tst_HelpMenu)
#include "tst_helpmenu.moc"
