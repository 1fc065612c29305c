// SPDX-License-Identifier: MIT
#include "providerfitdialog.h"

#include "document/projectdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ShotBrief {

namespace {
enum Column { ShotColumn, ProblemColumn, FixColumn, ColumnCount };
} // namespace

ProviderFitDialog::ProviderFitDialog(ProjectDocument *document,
                                     const ProviderCapabilities &capabilities,
                                     const QString &providerName, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_capabilities(capabilities)
    , m_providerName(providerName)
{
    setObjectName(QStringLiteral("ProviderFitDialog"));
    setWindowTitle(tr("Fit with %1").arg(providerName));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Shot"), tr("Problem"), tr("Fix")});
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("What does not fit, and the fixes"));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(ShotColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FixColumn, QHeaderView::ResizeToContents);
    // Rows follow their wrapped text as the dialog is resized.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("&Apply Fixes"), QDialogButtonBox::ApplyRole);
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, [this] { applyFixes(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
    refresh();
}

QComboBox *ProviderFitDialog::fixCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, FixColumn));
}

void ProviderFitDialog::refresh()
{
    m_problems = ProviderFit(m_document->project(), m_capabilities).problems();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_problems.size()));
    for (int row = 0; row < m_problems.size(); ++row) {
        const FitProblem &problem = m_problems.at(row);
        auto *shot =
            new QTableWidgetItem(problem.shotId.isEmpty() ? tr("Project") : problem.shotLabel);
        m_table->setItem(row, ShotColumn, shot);
        auto *message = new QTableWidgetItem(problem.message);
        message->setToolTip(problem.message);
        m_table->setItem(row, ProblemColumn, message);
        auto *fixes = new QComboBox(m_table);
        for (int i = 0; i < problem.fixes.size(); ++i)
            fixes->addItem(problem.fixes.at(i).text, i);
        fixes->addItem(tr("Leave as it is"), -1);
        fixes->setCurrentIndex(0); // the recommended fix
        fixes->setAccessibleName(tr("Fix for %1").arg(shot->text()));
        m_table->setCellWidget(row, FixColumn, fixes);
    }
    const bool readOnly = m_document->isReadOnly();
    m_apply->setEnabled(!m_problems.isEmpty() && !readOnly);
    if (m_problems.isEmpty())
        m_summary->setText(tr("The project fits %1: every shot has a length, model and size it "
                              "makes.")
                               .arg(m_providerName));
    else if (readOnly)
        m_summary->setText(
            tr("The project is read-only; save a copy to fix it for %1.").arg(m_providerName));
    else
        m_summary->setText(
            tr("%n thing(s) in the project do not fit %1. Choose a fix for each row; all "
               "chosen fixes are applied as one step you can undo.",
               nullptr, int(m_problems.size()))
                .arg(m_providerName));
}

int ProviderFitDialog::applyFixes()
{
    if (m_document->isReadOnly())
        return 0;
    QList<FitFix> chosen;
    for (int row = 0; row < m_problems.size(); ++row) {
        const QComboBox *combo = fixCombo(row);
        const int fix = combo ? combo->currentData().toInt() : -1;
        if (fix >= 0)
            chosen << m_problems.at(row).fixes.at(fix);
    }
    const int changed =
        ProviderFit::apply(m_document, chosen, tr("Fit the project to %1").arg(m_providerName));
    refresh();
    if (m_problems.isEmpty())
        accept();
    return changed;
}

} // namespace ShotBrief
