// SPDX-License-Identifier: MIT
#pragma once

#include "model/capabilities.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QDialog;
class QWidget;

namespace ShotBrief {

class ProjectDocument;

/// Script in, in the window: File > Import Script... and Update from Script... (a preview
/// before anything changes; each is one undo step), Edit > Fit Lengths to Content and
/// Accept Script Changes for the selected shots.
class ScriptActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptActions)

public:
    /// `window`: parent of the dialogs (not owned).
    ScriptActions(ProjectDocument *document, QWidget *window);

    QAction *importAction() const { return m_import; }
    QAction *updateAction() const { return m_update; }
    QAction *fitAction() const { return m_fit; }
    QAction *acceptAction() const { return m_accept; }

    // What the window supplies.
    std::function<ProviderCapabilities()> capabilities;
    std::function<QString()> providerName;
    std::function<QStringList()> selectedShotIds;

    // Questions and messages, replaceable so that tests can answer them.
    /// Shows a preview dialog (modal); true when the user goes ahead.
    std::function<bool(QDialog *dialog)> confirm;
    /// Asks for a script file, starting at `start`; empty when cancelled.
    std::function<QString(const QString &title, const QString &start)> askScriptFile;
    std::function<void(const QString &title, const QString &message)> showError;

    /// Reads the script, shows what it becomes and, when accepted, adds it to the project as
    /// one undo step. Returns true when something was imported.
    bool importScript(const QString &path);
    /// Re-imports a revised script: shows the report and, when accepted, applies it as one
    /// undo step. Returns true when the project changed.
    bool updateFromScript(const QString &path);
    /// Fits the selected shots' lengths to their content (one undo step); returns how many
    /// shots changed.
    int fitSelection();
    /// Clears the "script changed" and "cut from script" marks of the selected shots (one undo
    /// step); returns how many it cleared.
    int acceptSelection();
    /// The script this project was last imported from or updated with, if any.
    QString lastScript() const;
    /// Enables the actions for the document and selection as they are now.
    void updateEnabled();

Q_SIGNALS:
    /// Something for the status bar.
    void message(const QString &text);
    /// Shots were added; the first of them, to select.
    void shotsAdded(const QString &firstShotId);

private:
    void rememberScript(const QString &path);

    ProjectDocument *m_document; // not owned
    QWidget *m_window;           // not owned
    QAction *m_import = nullptr;
    QAction *m_update = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_accept = nullptr;
};

} // namespace ShotBrief
