// SPDX-License-Identifier: MIT
#pragma once

#include "conform/conformplan.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace ShotBrief {

class ProjectDocument;

/// File > Conform to Edit: what an edited cut changes in the plan, before anything changes.
/// Every change is listed with a check box (uncheck one to leave it out), the clips that
/// could not be matched with the reason, and the notes; the options "fit lengths to the cut"
/// and "bring in clips from elsewhere" plan again. Apply changes the project as ONE undo step;
/// Save Report writes what the conform changes (text or JSON).
class ConformDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConformDialog)

public:
    ConformDialog(ProjectDocument *document, const EditedCut &cut, const ConformPlan &plan,
                  QWidget *parent = nullptr);

    /// Asks for an edit list, reads and plans it (saying why when it cannot) and shows the
    /// dialog. Returns true when the project was conformed.
    static bool conformTo(ProjectDocument *document, QWidget *parent,
                          const QString &editListPath = {});

    const ConformPlan &plan() const { return m_plan; }
    /// Applies the checked changes; true when the project changed. Errors are shown.
    bool apply();
    /// Writes the report of the plan as shown (JSON when `path` ends in .json).
    Result<void> saveReport(const QString &path) const;

    QListWidget *changeList() const { return m_changes; }
    QListWidget *unmatchedList() const { return m_unmatched; }
    QCheckBox *fitLengthBox() const { return m_fitLength; }
    QCheckBox *importBox() const { return m_import; }
    QPushButton *applyButton() const { return m_apply; }

private:
    void replan();
    void fill();
    void syncEnabled();

    ProjectDocument *m_document; // not owned
    EditedCut m_cut;
    ConformPlan m_plan;
    QLabel *m_summary = nullptr;
    QCheckBox *m_fitLength = nullptr;
    QCheckBox *m_import = nullptr;
    QListWidget *m_changes = nullptr;
    QLabel *m_unmatchedLabel = nullptr;
    QListWidget *m_unmatched = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_report = nullptr;
};

} // namespace ShotBrief
