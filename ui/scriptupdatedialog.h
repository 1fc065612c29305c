// SPDX-License-Identifier: MIT
#pragma once

#include "script/scriptupdater.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ShotBrief {

/// File > Update from Script...: the report of a re-import (changed, new, cut and restored
/// shots, new and renamed scenes, new cast) before anything changes. Accepting it is the
/// caller's cue to apply the update as one undo step.
class ScriptUpdateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptUpdateDialog)

public:
    ScriptUpdateDialog(const QString &scriptFile, const Script::UpdatePlan &plan,
                       QWidget *parent = nullptr);

    QLabel *summary() const { return m_summary; }
    QTableWidget *changeTable() const { return m_changes; }
    QPushButton *applyButton() const { return m_apply; }

    static QString changeName(Script::ScriptChange change);

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_changes = nullptr;
    QPlainTextEdit *m_other = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace ShotBrief
