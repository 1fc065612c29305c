// SPDX-License-Identifier: MIT
#include "reviewimportdialog.h"

#include "reviewbadge.h"

#include "document/projectdocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ShotBrief {

namespace {
enum Column { ShotColumn, ReviewerColumn, OutcomeColumn, NoteColumn, FileColumn };

QString outcomeText(const ReviewImportEntry &entry)
{
    using Outcome = ReviewImportEntry::Outcome;
    switch (entry.outcome) {
    case Outcome::Applied:
        return ReviewImportDialog::tr("Apply: %1").arg(reviewDecisionText(entry.review.decision));
    case Outcome::Unchanged:
        return ReviewImportDialog::tr("Already in the project");
    case Outcome::Older:
        return ReviewImportDialog::tr("Skip: the project has a newer review by %1")
            .arg(entry.reviewer);
    case Outcome::ShotChanged:
        return ReviewImportDialog::tr("Skip: the shot changed since the package was made");
    case Outcome::UnknownShot:
        return ReviewImportDialog::tr("Skip: the shot is not in this project");
    case Outcome::OtherProject:
        return ReviewImportDialog::tr("Refused: none of its shots is in this project (\"%1\")")
            .arg(entry.detail);
    }
    return {};
}
} // namespace

ReviewImportDialog::ReviewImportDialog(ProjectDocument *document,
                                       const QList<ReviewFeedback> &files,
                                       const QStringList &unreadable, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_files(files)
    , m_unreadable(unreadable)
{
    setWindowTitle(tr("Import Review"));
    resize(760, 420);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_report = new QTreeWidget(this);
    m_report->setRootIsDecorated(false);
    m_report->setAlternatingRowColors(true);
    m_report->setHeaderLabels(
        {tr("Shot"), tr("Reviewer"), tr("What happens"), tr("Note"), tr("File")});
    m_report->header()->setStretchLastSection(false);
    m_report->header()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_report->setAccessibleName(tr("Reviews to import"));
    m_includeChanged =
        new QCheckBox(tr("Also apply to shots that &changed since the package was made"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_includeChanged);
    layout->addWidget(m_buttons);
    connect(m_includeChanged, &QCheckBox::toggled, this, &ReviewImportDialog::replan);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReviewImportDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReviewImportDialog::reject);
    replan();
}

ReviewImportDialog *ReviewImportDialog::openFiles(ProjectDocument *document,
                                                  const QStringList &paths, QWidget *parent)
{
    QList<ReviewFeedback> files;
    QStringList unreadable;
    for (const QString &path : paths) {
        const Result<ReviewFeedback> feedback = ReviewFeedbackFile::load(path);
        if (feedback)
            files.append(feedback.value());
        else
            unreadable.append(feedback.error().toString());
    }
    auto *dialog = new ReviewImportDialog(document, files, unreadable, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void ReviewImportDialog::replan()
{
    ReviewImportOptions options;
    options.includeChangedShots = m_includeChanged->isChecked();
    m_plan = planReviewImport(m_document->project(), m_files, options);
    m_report->clear();
    // Every cell is plain text: names, labels and notes come from outside.
    for (const QString &problem : std::as_const(m_unreadable)) {
        auto *item = new QTreeWidgetItem(m_report);
        item->setText(OutcomeColumn, tr("Not read"));
        item->setText(NoteColumn, problem);
        item->setIcon(OutcomeColumn, ReviewBadge::icon(ReviewDecision::ChangesRequested));
    }
    bool anyChanged = false;
    for (const ReviewImportEntry &entry : std::as_const(m_plan.entries)) {
        auto *item = new QTreeWidgetItem(m_report);
        item->setText(ShotColumn, entry.shotLabel);
        item->setText(ReviewerColumn, entry.reviewer);
        item->setText(OutcomeColumn, outcomeText(entry));
        item->setText(NoteColumn, entry.detail.isEmpty()
                                      ? entry.review.note.simplified()
                                      : entry.detail + QStringLiteral(" \u2014 ") +
                                            entry.review.note.simplified());
        item->setText(FileColumn, QFileInfo(entry.fileName).fileName());
        item->setToolTip(FileColumn, entry.fileName.toHtmlEscaped());
        if (entry.isApplied())
            item->setIcon(OutcomeColumn, ReviewBadge::icon(entry.review.decision));
        else if (entry.isSkipped())
            item->setDisabled(true);
        anyChanged =
            anyChanged || entry.outcome == ReviewImportEntry::Outcome::ShotChanged ||
            (entry.isApplied() && !entry.detail.isEmpty() && m_includeChanged->isChecked());
    }
    for (int column = 0; column < NoteColumn; ++column)
        m_report->resizeColumnToContents(column);
    m_includeChanged->setVisible(anyChanged || m_includeChanged->isChecked());
    QString summary = m_plan.summary();
    if (!m_unreadable.isEmpty())
        summary += QLatin1Char(' ') +
                   tr("Files that could not be read are left out: %1.").arg(m_unreadable.size());
    if (m_document->isReadOnly())
        summary += QLatin1Char(' ') + tr("The project is open read-only: nothing can be applied.");
    m_summary->setText(summary);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_plan.reviewsByShot.isEmpty() && !m_document->isReadOnly());
}

bool ReviewImportDialog::apply()
{
    if (m_plan.reviewsByShot.isEmpty() || m_document->isReadOnly())
        return false;
    const bool applied = m_document->setShotReviews(m_plan.reviewsByShot, tr("Import Review"));
    accept();
    return applied;
}

} // namespace ShotBrief
