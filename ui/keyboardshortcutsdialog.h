// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;
class QTreeWidget;

namespace ShotBrief {

/// A key a view handles itself (the timeline's arrows, the player's J/K/L), in words.
struct KeyBinding
{
    QString keys;   ///< As shown: "J / L", "Shift+Left".
    QString action; ///< Translated.
};

/// Help > Keyboard Shortcuts: every action of the window with a shortcut, read from the
/// actions themselves (so the list cannot drift from the menus), grouped by menu, plus the
/// keys the timeline and the players handle; a search field filters by name or key.
class KeyboardShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardShortcutsDialog)

public:
    struct Group
    {
        QString title;
        QList<KeyBinding> bindings;
    };

    /// `window`: where the actions are (its QAction children, in menu order); `viewKeys`:
    /// the keys views handle without an action.
    KeyboardShortcutsDialog(QWidget *window, const QList<Group> &viewKeys,
                            QWidget *parent = nullptr);

    /// The keys the timeline, the sequence player and the compare view handle in their
    /// keyPressEvent (no action carries them); keep in step with those.
    static QList<Group> viewKeys();

    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *list() const { return m_list; }
    /// Rows shown under the current search.
    int visibleCount() const;

private:
    void filter(const QString &text);

    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace ShotBrief
