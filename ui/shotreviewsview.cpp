// SPDX-License-Identifier: MIT
#include "shotreviewsview.h"

#include "document/projectdocument.h"
#include "model/shotname.h"
#include "review/reviewimport.h"
#include "reviewbadge.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ShotBrief {

namespace {
enum Column { ReviewerColumn, DecisionColumn, TakeColumn, TimeColumn };
}

ShotReviewsView::ShotReviewsView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No reviews yet. File > Export Review Package sends the shots to the "
                            "team; File > Import Review brings their decisions back."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Reviewer"), tr("Decision"), tr("Preferred take"), tr("When")});
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Reviews"));
    m_list->setMaximumHeight(140);
    layout->addWidget(m_list);

    m_note = new QPlainTextEdit(this);
    m_note->setReadOnly(true);
    m_note->setAccessibleName(tr("Reviewer's note"));
    m_note->setPlaceholderText(tr("The selected reviewer's note"));
    m_note->setMaximumHeight(90);
    m_note->setTabChangesFocus(true);
    layout->addWidget(m_note);

    auto *buttons = new QHBoxLayout;
    m_circle = new QPushButton(tr("Circle Preferred Take"), this);
    m_circle->setToolTip(tr("Circle the take this reviewer preferred (undoable)"));
    m_remove = new QPushButton(tr("Remove Review"), this);
    m_remove->setToolTip(tr("Remove the selected review from the shot (undoable)"));
    buttons->addWidget(m_circle);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ShotReviewsView::updateSelection);
    // Enter or a double click on a review circles its preferred take, as in the takes list.
    connect(m_list, &QTreeWidget::itemActivated, m_circle, &QPushButton::click);
    connect(m_circle, &QPushButton::clicked, this, [this] {
        const Shot *shot = m_document->project().shotById(m_shotId);
        const int row = selectedRow();
        if (!shot || row < 0 || m_document->isReadOnly())
            return;
        const QString takeId = shot->reviews.at(row).preferredTakeId;
        if (shot->takeById(takeId))
            m_document->circleTake(m_shotId, takeId);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const Shot *shot = m_document->project().shotById(m_shotId);
        const int row = selectedRow();
        if (!shot || row < 0 || m_document->isReadOnly())
            return;
        QList<Review> reviews = shot->reviews;
        const QString reviewer = reviews.takeAt(row).reviewer;
        m_document->setShotReviews({{m_shotId, reviews}}, tr("Remove review by %1").arg(reviewer));
    });
    connect(document, &ProjectDocument::shotChanged, this, [this](int, const QString &id) {
        if (id == m_shotId)
            refresh();
    });
    // Circling shows in the takes: the button follows it.
    connect(document, &ProjectDocument::takeChanged, this, [this](const QString &id) {
        if (id == m_shotId)
            updateSelection();
    });
    connect(document, &ProjectDocument::projectReset, this, &ShotReviewsView::refresh);
    connect(document, &ProjectDocument::readOnlyChanged, this, &ShotReviewsView::updateSelection);
    refresh();
}

void ShotReviewsView::setShotId(const QString &shotId)
{
    if (shotId == m_shotId)
        return;
    m_shotId = shotId;
    refresh();
}

int ShotReviewsView::selectedRow() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? -1 : m_list->indexOfTopLevelItem(selected.first());
}

void ShotReviewsView::refresh()
{
    const Shot *shot = m_document->project().shotById(m_shotId);
    const QList<Review> reviews = shot ? shot->reviews : QList<Review>();
    const int keep = selectedRow();
    const QString keepReviewer = keep >= 0 && keep < m_list->topLevelItemCount()
                                     ? m_list->topLevelItem(keep)->text(0)
                                     : QString();
    m_list->clear();
    for (const Review &review : reviews) {
        auto *item = new QTreeWidgetItem(m_list);
        // Every column is plain text: reviewer names and notes come from outside.
        item->setText(ReviewerColumn, review.reviewer);
        item->setText(DecisionColumn, reviewDecisionText(review.decision));
        item->setIcon(DecisionColumn, ReviewBadge::icon(review.decision));
        QString take;
        if (!review.preferredTakeId.isEmpty()) {
            take = shot->takeById(review.preferredTakeId) ? takeTitle(*shot, review.preferredTakeId)
                                                          : tr("(gone)");
            if (review.preferredTakeId == shot->circledTakeId)
                take = tr("%1 (circled)").arg(take);
        }
        item->setText(TakeColumn, take);
        item->setText(TimeColumn, review.at.isValid() ? QLocale().toString(review.at.toLocalTime(),
                                                                           QLocale::ShortFormat)
                                                      : QString());
        item->setData(ReviewerColumn, Qt::AccessibleDescriptionRole, review.note);
    }
    for (int column = 0; column < TimeColumn; ++column)
        m_list->resizeColumnToContents(column);
    const bool any = !reviews.isEmpty();
    m_empty->setVisible(!any);
    m_list->setVisible(any);
    m_note->setVisible(any);
    m_circle->setVisible(any);
    m_remove->setVisible(any);
    int row = 0;
    for (int i = 0; i < reviews.size(); ++i) {
        if (reviews.at(i).reviewer == keepReviewer)
            row = i;
    }
    if (any)
        m_list->setCurrentItem(m_list->topLevelItem(row));
    updateSelection();
    if (m_count != int(reviews.size())) {
        m_count = int(reviews.size());
        Q_EMIT countChanged(m_count);
    }
}

void ShotReviewsView::updateSelection()
{
    const Shot *shot = m_document->project().shotById(m_shotId);
    const int row = selectedRow();
    const Review *review =
        shot && row >= 0 && row < shot->reviews.size() ? &shot->reviews.at(row) : nullptr;
    // setPlainText: the note is shown as the text it is, whatever markup it holds.
    m_note->setPlainText(review ? review->note : QString());
    const bool writable = !m_document->isReadOnly();
    m_circle->setEnabled(writable && review && shot->takeById(review->preferredTakeId) &&
                         review->preferredTakeId != shot->circledTakeId);
    m_remove->setEnabled(writable && review);
}

} // namespace ShotBrief
