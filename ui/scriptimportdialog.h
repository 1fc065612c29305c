// SPDX-License-Identifier: MIT
#pragma once

#include "script/scriptfile.h"
#include "script/scriptimporter.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace ShotBrief {

/// File > Import Script...: what the script will become (scenes, shots with their fitted
/// lengths, cast, and for a shot list how its columns map) before anything is created.
/// Accepting it is the caller's cue to apply the plan as one undo step.
class ScriptImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptImportDialog)

public:
    ScriptImportDialog(const Script::ScriptSource &source, const Script::ImportPlan &plan,
                       const QString &providerName, const QList<int> &legalDurations,
                       QWidget *parent = nullptr);

    QLabel *summary() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *shotTable() const { return m_shots; }
    QTableWidget *sceneTable() const { return m_scenes; }
    QTableWidget *castTable() const { return m_cast; }
    /// Null unless the script is a shot list.
    QTableWidget *columnTable() const { return m_columns; }
    QPushButton *importButton() const { return m_import; }

private:
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_shots = nullptr;
    QTableWidget *m_scenes = nullptr;
    QTableWidget *m_cast = nullptr;
    QTableWidget *m_columns = nullptr;
    QPushButton *m_import = nullptr;
};

/// "4, 8, 12 s" or "2-10 s": the lengths a provider makes, for the dialogs.
QString describeLengths(const QList<int> &durations);
/// "1:24" or "1:02:05": a running time.
QString runningTime(int seconds);

} // namespace ShotBrief
