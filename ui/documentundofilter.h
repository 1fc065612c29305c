// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace ShotBrief {

/// One undo history per document. The inspector's and the project panel's text fields write
/// every keystroke to the document, so their own undo (Ctrl+Z, the context menu's Undo)
/// would fork the history: the field's text goes back while the document keeps the edit
/// and stays modified. This filter sends those to the document's undo stack instead.
/// Fields inside an item view's editor keep their own undo: their text reaches the document
/// only when the editor closes.
class DocumentUndoFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentUndoFilter)

public:
    /// Installs itself on the application; `stack` is not owned.
    DocumentUndoFilter(QUndoStack *stack, QObject *parent = nullptr);
    ~DocumentUndoFilter() override;

    /// Text fields inside `root` edit the document.
    void addEditorRoot(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The text field `watched` stands for (a line edit, a plain or rich text edit, or the
    /// viewport of one) when it edits the document; null otherwise.
    QWidget *documentField(QObject *watched) const;
    bool showContextMenu(QWidget *field, QEvent *event);

    QUndoStack *m_stack; // not owned
    QList<QPointer<QWidget>> m_roots;
};

} // namespace ShotBrief
