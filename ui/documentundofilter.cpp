// SPDX-License-Identifier: MIT
#include "documentundofilter.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QUndoStack>

namespace ShotBrief {

DocumentUndoFilter::DocumentUndoFilter(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{
    qApp->installEventFilter(this);
}

DocumentUndoFilter::~DocumentUndoFilter()
{
    qApp->removeEventFilter(this);
}

void DocumentUndoFilter::addEditorRoot(QWidget *root)
{
    m_roots.append(root);
}

QWidget *DocumentUndoFilter::documentField(QObject *watched) const
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget)
        return nullptr;
    // A text edit receives its context menu on its viewport.
    QWidget *field = widget;
    if (!qobject_cast<QLineEdit *>(field) && !qobject_cast<QPlainTextEdit *>(field) &&
        !qobject_cast<QTextEdit *>(field)) {
        field = widget->parentWidget();
        if (!qobject_cast<QPlainTextEdit *>(field) && !qobject_cast<QTextEdit *>(field))
            return nullptr;
    }
    for (QWidget *ancestor = field->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (qobject_cast<QAbstractItemView *>(ancestor))
            return nullptr; // an item editor: not in the document until it closes
        for (const QPointer<QWidget> &root : m_roots) {
            if (root == ancestor)
                return field;
        }
    }
    return nullptr;
}

bool DocumentUndoFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if ((!undo && !redo) || !documentField(watched))
            return false;
        // Take the key away from the field: on ShortcutOverride so that it is not offered to
        // the field, on KeyPress to do the document's undo (once, not for both events).
        if (event->type() == QEvent::KeyPress) {
            if (undo)
                m_stack->undo();
            else
                m_stack->redo();
        }
        event->accept();
        return true;
    }
    case QEvent::ContextMenu:
        if (QWidget *field = documentField(watched))
            return showContextMenu(field, event);
        return false;
    default:
        return false;
    }
}

bool DocumentUndoFilter::showContextMenu(QWidget *field, QEvent *event)
{
    auto *contextEvent = static_cast<QContextMenuEvent *>(event);
    QMenu *menu = nullptr;
    if (auto *line = qobject_cast<QLineEdit *>(field))
        menu = line->createStandardContextMenu();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        menu = plain->createStandardContextMenu(
            plain->viewport()->mapFromGlobal(contextEvent->globalPos()));
    else if (auto *rich = qobject_cast<QTextEdit *>(field))
        menu = rich->createStandardContextMenu(
            rich->viewport()->mapFromGlobal(contextEvent->globalPos()));
    if (!menu)
        return false;
    // The menu's Undo and Redo become the document's, with their state. Qt 6.4 names them
    // only by their text (the object names "edit-undo" and "edit-redo" came later).
    const char *context = qobject_cast<QLineEdit *>(field) ? "QLineEdit" : "QWidgetTextControl";
    const QString undoText = QCoreApplication::translate(context, "&Undo");
    const QString redoText = QCoreApplication::translate(context, "&Redo");
    for (QAction *action : menu->actions()) {
        const QString text = action->text().section(QLatin1Char('\t'), 0, 0);
        const bool undo = action->objectName() == QLatin1String("edit-undo") || text == undoText;
        const bool redo = action->objectName() == QLatin1String("edit-redo") || text == redoText;
        if (!undo && !redo)
            continue;
        disconnect(action, &QAction::triggered, nullptr, nullptr);
        action->setEnabled(undo ? m_stack->canUndo() : m_stack->canRedo());
        connect(action, &QAction::triggered, m_stack, undo ? &QUndoStack::undo : &QUndoStack::redo);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(contextEvent->globalPos());
    event->accept();
    return true;
}

} // namespace ShotBrief
