// SPDX-License-Identifier: MIT
#pragma once

#include "review/reviewimport.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace ShotBrief {

class ProjectDocument;

/// File > Import Review: what the reviewers' feedback files would do to the project, shot by
/// shot (applied, already there, skipped and why; files that could not be read or belong to
/// another project), and Apply, which makes it one undo step.
class ReviewImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewImportDialog)

public:
    /// `files` were read; `unreadable` are the messages of those that could not be.
    ReviewImportDialog(ProjectDocument *document, const QList<ReviewFeedback> &files,
                       const QStringList &unreadable, QWidget *parent = nullptr);

    /// Reads the feedback files at `paths` and opens the dialog for them (window-modal,
    /// returns at once). Returns the dialog, deleted when closed.
    static ReviewImportDialog *openFiles(ProjectDocument *document, const QStringList &paths,
                                         QWidget *parent);

    const ReviewImportPlan &plan() const { return m_plan; }
    QTreeWidget *reportView() const { return m_report; }
    QCheckBox *includeChangedBox() const { return m_includeChanged; }
    /// Applies the plan (one undo step) and closes; false when there was nothing to apply.
    bool apply();

private:
    void replan();

    ProjectDocument *m_document; // not owned
    QList<ReviewFeedback> m_files;
    QStringList m_unreadable;
    ReviewImportPlan m_plan;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_report = nullptr;
    QCheckBox *m_includeChanged = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ShotBrief
