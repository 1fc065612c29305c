// SPDX-License-Identifier: MIT
#include "keyboardshortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ShotBrief {

namespace {

/// "&Save..." -> "Save": what the menu shows, without the mnemonic and the ellipsis.
QString plainText(const QAction *action)
{
    QString text = action->iconText();
    if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QLatin1String(", "));
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget *window, const QList<Group> &viewKeys,
                                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Type part of a name or a key (\"split\", \"Ctrl+K\")"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    // The menus in menu bar order; an action in no menu (a panel's, the timeline's) goes
    // under "Other".
    QSet<const QAction *> listed;
    const auto addGroup = [this](const QString &title) {
        auto *group = new QTreeWidgetItem(m_list, {title});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        return group;
    };
    const auto addAction = [&listed](QTreeWidgetItem *group, const QAction *action) {
        if (listed.contains(action) || action->isSeparator() || action->shortcuts().isEmpty())
            return;
        listed.insert(action);
        auto *item = new QTreeWidgetItem(group, {plainText(action), keysText(action)});
        item->setToolTip(0, action->toolTip());
    };
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menuAction : mainWindow->menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            QTreeWidgetItem *group = addGroup(plainText(menuAction));
            for (QAction *action : menu->actions()) {
                if (QMenu *sub = action->menu()) {
                    for (QAction *subAction : sub->actions())
                        addAction(group, subAction);
                } else {
                    addAction(group, action);
                }
            }
            if (group->childCount() == 0)
                delete group;
        }
    }
    QTreeWidgetItem *other = addGroup(tr("Other"));
    for (const QAction *action : window->findChildren<QAction *>())
        addAction(other, action);
    if (other->childCount() == 0)
        delete other;
    for (const Group &viewGroup : viewKeys) {
        QTreeWidgetItem *group = addGroup(viewGroup.title);
        for (const KeyBinding &binding : viewGroup.bindings)
            new QTreeWidgetItem(group, {binding.action, binding.keys});
    }
    m_list->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &KeyboardShortcutsDialog::filter);
    resize(560, 620);
}

void KeyboardShortcutsDialog::filter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = needle.isEmpty() ||
                               item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               item->text(1).contains(needle, Qt::CaseInsensitive) ||
                               group->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

int KeyboardShortcutsDialog::visibleCount() const
{
    int count = 0;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            count += group->child(i)->isHidden() ? 0 : 1;
    }
    return count;
}

QList<KeyboardShortcutsDialog::Group> KeyboardShortcutsDialog::viewKeys()
{
    return {
        {tr("Timeline"),
         {{tr("Left / Right"), tr("Previous or next shot (Shift extends the selection)")},
          {tr("Home / End"), tr("First or last shot")},
          {tr("Enter"), tr("Edit the shot in the inspector")},
          {tr("Delete"), tr("Delete the selected shots")},
          {tr("Insert"), tr("Insert a shot after the current one")},
          {tr("+ / -"), tr("Zoom in or out")},
          {tr("Ctrl+Wheel"), tr("Zoom around the pointer")}}},
        {tr("Sequence"),
         {{tr("Space"), tr("Play or pause")},
          {tr("L"), tr("Play forward; again for 2x and 4x")},
          {tr("J"), tr("Play backward; again for 2x and 4x")},
          {tr("K"), tr("Pause; hold K with J or L to step a frame")},
          {tr("Left / Right"), tr("Step one frame")},
          {tr("Shift+Left / Shift+Right"), tr("Start of this shot or the previous one / end of "
                                              "this shot")},
          {tr("Home / End"), tr("Start or end of the sequence")},
          {tr("I / O / X"), tr("Set loop in, set loop out, clear the loop")}}},
        {tr("Compare Takes"),
         {{tr("1-4"), tr("Circle take 1 to 4")},
          {tr("Space"), tr("Play or pause all takes")},
          {tr("Left / Right"), tr("Step one frame")},
          {tr("W"), tr("A/B wipe on or off")}}},
    };
}

} // namespace ShotBrief
