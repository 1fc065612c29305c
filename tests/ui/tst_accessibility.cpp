// SPDX-License-Identifier: MIT
// What a screen reader is told: QAccessible's tree of the main window (every panel and
// viewer tab shown in turn) and of every dialog has a name for each visible interactive
// element; the timeline's painted clips are items with names; the window's panels are reached
// by keyboard.

#include "samplewindow.h"
#include "ui/exportdialog.h"
#include "ui/keyboardshortcutsdialog.h"
#include "ui/mainwindow.h"
#include "ui/providerfitdialog.h"
#include "ui/providerprofileseditor.h"
#include "ui/scriptactions.h"
#include "ui/settingsdialog.h"
#include "ui/shotinspector.h"
#include "ui/splitdialog.h"
#include "ui/takespanel.h"
#include "ui/timelinewidget.h"
#include "ui/viewertabs.h"

#include "api/extraproviderprofiles.h"
#include "document/projectdocument.h"
#include "model/shotname.h"
#include "ui/preview/animaticexportdialog.h"
#include "ui/preview/projectsequence.h"

#include <QAccessible>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::PageTab:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QString text =
        QStringLiteral("%1 \"%2\"")
            .arg(QString::number(int(iface->role()), 16), iface->text(QAccessible::Name));
    if (QObject *object = iface->object())
        text +=
            QStringLiteral(" (%1 %2)")
                .arg(QString::fromLatin1(object->metaObject()->className()), object->objectName());
    return text;
}

/// The visible interactive elements below `iface` that have no name, with their path;
/// `checked` counts the interactive elements seen.
void collectUnnamed(QAccessibleInterface *iface, const QString &path, QStringList &unnamed,
                    int &checked, int depth = 0)
{
    if (!iface || depth > 60 || iface->state().invisible)
        return;
    const QString here = path + QStringLiteral(" > ") + describe(iface);
    const QAccessibleInterface *parent = iface->parent();
    // A combo box's own line edit and list are named through the combo box.
    const bool insideCombo = parent && parent->role() == QAccessible::ComboBox;
    if (isInteractive(iface->role()) && !insideCombo) {
        ++checked;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(here);
    }
    // The rows and cells of lists and tables are their data; the views carry the names.
    if (iface->role() == QAccessible::List || iface->role() == QAccessible::Table ||
        iface->role() == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), here, unnamed, checked, depth + 1);
}

/// The unnamed elements of `root`; fails the test when the walk saw fewer than
/// `atLeast` interactive elements (a walk that sees nothing would pass vacuously).
QStringList unnamedIn(QWidget *root, int atLeast)
{
    QStringList unnamed;
    int checked = 0;
    QCoreApplication::processEvents();
    collectUnnamed(QAccessible::queryAccessibleInterface(root),
                   QString::fromLatin1(root->metaObject()->className()), unnamed, checked);
    if (checked < atLeast)
        unnamed.prepend(QStringLiteral("only %1 interactive elements seen, expected %2 or more")
                            .arg(checked)
                            .arg(atLeast));
    return unnamed;
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindowPanelsAndTabs_data();
    void mainWindowPanelsAndTabs();
    void dialogs_data();
    void dialogs();
    void scriptDialogs();
    void timelineTellsItsClips();
    void inspectorFocusOrderFollowsTheLayout();

private:
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QSettings().clear();
}

void tst_Accessibility::init()
{
    m_dir = new QTemporaryDir;
    m_window = TestSupport::openNightMarketWindow(*m_dir);
    QVERIFY(m_window);
    // A shot with takes, dialogue and cast, so that every editor is filled.
    m_window->selectionModel()->setCurrentIndex(m_window->selectionModel()->model()->index(1, 0),
                                                QItemSelectionModel::ClearAndSelect);
}

void tst_Accessibility::cleanup()
{
    m_window->close();
    delete m_window;
    delete m_dir;
}

void tst_Accessibility::mainWindowPanelsAndTabs_data()
{
    QTest::addColumn<QString>("dock");
    QTest::addColumn<int>("tab");
    for (const char *dock : {"promptDock", "projectDock", "takesDock"}) {
        QTest::addRow("%s-shot", dock) << QString::fromLatin1(dock) << int(ViewerTabs::ShotTab);
    }
    QTest::newRow("sequence") << QStringLiteral("promptDock") << int(ViewerTabs::SequenceTab);
    QTest::newRow("compare") << QStringLiteral("takesDock") << int(ViewerTabs::CompareTab);
}

void tst_Accessibility::mainWindowPanelsAndTabs()
{
    QFETCH(QString, dock);
    QFETCH(int, tab);
    auto *widget = m_window->findChild<QDockWidget *>(dock);
    QVERIFY(widget);
    widget->raise();
    m_window->viewerTabs()->setCurrentIndex(tab);
    const QStringList unnamed = unnamedIn(m_window, 40);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("%1 without a name:\n").arg(unnamed.size()) +
                        unnamed.join(QLatin1Char('\n'))));
}

void tst_Accessibility::dialogs_data()
{
    QTest::addColumn<QString>("which");
    for (const char *name :
         {"settings", "profiles", "export", "split", "providerfit", "animatic", "shortcuts"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_Accessibility::dialogs()
{
    QFETCH(QString, which);
    const Project &project = m_window->document()->project();
    std::unique_ptr<QDialog> dialog;
    if (which == QLatin1String("settings")) {
        dialog = std::make_unique<SettingsDialog>(m_window->document());
    } else if (which == QLatin1String("profiles")) {
        auto editor =
            std::make_unique<ProviderProfilesEditor>(m_dir->filePath(QStringLiteral("p.json")));
        editor->profileList()->setCurrentRow(editor->profileList()->count() - 1);
        dialog = std::move(editor);
    } else if (which == QLatin1String("export")) {
        dialog = std::make_unique<ExportDialog>(project, m_window->document()->filePath(),
                                                QStringList{});
    } else if (which == QLatin1String("split")) {
        Shot shot = project.shots.at(1);
        shot.durationSeconds = 12;
        dialog = std::make_unique<SplitDialog>(shot, QList<int>{4, 8, 12});
    } else if (which == QLatin1String("providerfit")) {
        const ProviderProfile runway = extraBuiltInProfiles().first();
        dialog = std::make_unique<ProviderFitDialog>(m_window->document(), runway.capabilities,
                                                     runway.displayName);
    } else if (which == QLatin1String("animatic")) {
        dialog = std::make_unique<AnimaticExportDialog>(
            sequenceForProject(project, m_window->document()->filePath()),
            m_dir->filePath(QStringLiteral("a.mp4")));
    } else {
        dialog = std::make_unique<KeyboardShortcutsDialog>(m_window,
                                                           KeyboardShortcutsDialog::viewKeys());
    }
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const QStringList unnamed = unnamedIn(dialog.get(), 1);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("%1 without a name:\n").arg(unnamed.size()) +
                        unnamed.join(QLatin1Char('\n'))));
}

void tst_Accessibility::scriptDialogs()
{
    // The import preview and the update report, as File > Import Script and Update from
    // Script show them (filled from a real script).
    ScriptActions *actions = m_window->scriptActions();
    QStringList unnamed;
    int shown = 0;
    actions->confirm = [&](QDialog *dialog) {
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog))
            unnamed.append(QStringLiteral("a dialog was not shown"));
        unnamed += unnamedIn(dialog, 2);
        ++shown;
        return true;
    };
    actions->showError = [&](const QString &, const QString &message) {
        unnamed.append(message);
    };
    const QString script =
        QStringLiteral(SHOTBRIEF_SOURCE_DIR "/tests/core/script/data/night-market.fountain");
    QVERIFY(actions->importScript(script));
    QFile original(script);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QString revised = QString::fromUtf8(original.readAll())
                                .replace(QStringLiteral("since six"), QStringLiteral("since five"));
    QFile draft(m_dir->filePath(QStringLiteral("revised.fountain")));
    QVERIFY(draft.open(QIODevice::WriteOnly));
    draft.write(revised.toUtf8());
    draft.close();
    QVERIFY(actions->updateFromScript(draft.fileName()));
    QCOMPARE(shown, 2);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("%1 without a name:\n").arg(unnamed.size()) +
                        unnamed.join(QLatin1Char('\n'))));
}

void tst_Accessibility::timelineTellsItsClips()
{
    // The clips are painted, not widgets: a screen reader hears them only through the
    // timeline's own interface, a list of clips named as the shots are, whose focused item
    // follows the keyboard.
    auto *timeline = m_window->findChild<TimelineWidget *>();
    QVERIFY(timeline);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(timeline);
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QVERIFY(!list->text(QAccessible::Description).isEmpty());
    const Project &project = m_window->document()->project();
    QCOMPARE(list->childCount(), int(project.shots.size()));
    for (int row = 0; row < list->childCount(); ++row) {
        QAccessibleInterface *clip = list->child(row);
        QVERIFY(clip);
        QCOMPARE(clip->role(), QAccessible::ListItem);
        QCOMPARE(clip->parent(), list);
        QCOMPARE(list->indexOfChild(clip), row);
        QVERIFY2(clip->text(QAccessible::Name).startsWith(shotTitle(project, row)),
                 qPrintable(clip->text(QAccessible::Name)));
        QVERIFY(!clip->text(QAccessible::Description).isEmpty());
    }
    // The first shot has a circled take: its description says which, and its state.
    const Shot &first = project.shots.at(0);
    QVERIFY(first.circledTake());
    const QString described = list->child(0)->text(QAccessible::Description);
    QVERIFY2(described.contains(takeTitle(first, first.circledTakeId)) &&
                 described.contains(takeStatusName(first.circledTake()->status)),
             qPrintable(described));
    // The second shot is the current one since init.
    QAccessibleInterface *second = list->child(1);
    QVERIFY(second->state().selected);
    const QPoint centre = second->rect().center();
    QCOMPARE(list->childAt(centre.x(), centre.y()), second);

    // Right moves the current clip, and the focus a screen reader follows moves with it. (The
    // Focus event that announces it reaches a screen reader only while one listens: Qt sends
    // none offscreen; it was checked on the AT-SPI bus.)
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    timeline->setFocus();
    QVERIFY(timeline->hasFocus());
    QTest::keyClick(timeline, Qt::Key_Right);
    QCOMPARE(list->focusChild(), list->child(2));
    QVERIFY(list->child(2)->state().focused);
    QVERIFY(list->child(2)->state().selected);
    QVERIFY(!second->state().focused);

    // A screen reader's "focus" action on a clip makes it the current one.
    QAccessibleActionInterface *action = list->child(4)->actionInterface();
    QVERIFY(action);
    QVERIFY(action->actionNames().contains(QAccessibleActionInterface::setFocusAction()));
    action->doAction(QAccessibleActionInterface::setFocusAction());
    QCOMPARE(m_window->selectionModel()->currentIndex().row(), 4);
}

void tst_Accessibility::inspectorFocusOrderFollowsTheLayout()
{
    // Tab goes through the inspector's editors top to bottom, as they are laid out.
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    dock->raise();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    ShotInspector *inspector = m_window->inspector();
    QList<QWidget *> editors;
    for (const ShotFieldInfo &info : shotFields())
        editors.append(inspector->editorFor(info.field));
    inspector->labelEdit()->setFocus();
    QList<QWidget *> reached;
    for (int i = 0; i < 120 && reached.size() < editors.size(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        while (focus && !editors.contains(focus))
            focus = focus->parentWidget();
        if (focus && !reached.contains(focus))
            reached.append(focus);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QStringList missing;
    for (const ShotFieldInfo &info : shotFields()) {
        if (!reached.contains(inspector->editorFor(info.field)))
            missing.append(shotFieldKey(info.field));
    }
    // The palette's focus stops are its colours, not the editor itself; the read-only
    // reference path is reached through its buttons.
    missing.removeAll(QStringLiteral("palette"));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    for (int i = 1; i < reached.size(); ++i) {
        const int previous = reached.at(i - 1)->mapTo(inspector, QPoint()).y();
        const int current = reached.at(i)->mapTo(inspector, QPoint()).y();
        QVERIFY2(current >= previous,
                 qPrintable(QStringLiteral("%1 comes after %2 but sits above it")
                                .arg(reached.at(i)->metaObject()->className(),
                                     reached.at(i - 1)->metaObject()->className())));
    }
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
