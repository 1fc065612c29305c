// SPDX-License-Identifier: MIT
#pragma once

#include "document/providerfit.h"
#include "model/capabilities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ShotBrief {

class ProjectDocument;

/// Lists what in the project does not fit a provider (shots whose length, model or size it
/// does not make; the project defaults) with a fix chooser per row. "Apply Fixes" applies the
/// chosen fixes as one undo step.
class ProviderFitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderFitDialog)

public:
    ProviderFitDialog(ProjectDocument *document, const ProviderCapabilities &capabilities,
                      const QString &providerName, QWidget *parent = nullptr);

    /// The problems shown, one per table row.
    const QList<FitProblem> &problems() const { return m_problems; }
    /// Applies the fix chosen on each row as one undo step, then shows what is left
    /// (closes itself when nothing is). Returns how many fixes changed the project.
    int applyFixes();

    QTableWidget *table() const { return m_table; }
    /// The fix chooser of a row; its last entry leaves the row as it is.
    QComboBox *fixCombo(int row) const;
    QPushButton *applyButton() const { return m_apply; }

private:
    void refresh();

    ProjectDocument *m_document; // not owned
    ProviderCapabilities m_capabilities;
    QString m_providerName;
    QList<FitProblem> m_problems;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace ShotBrief
