// SPDX-License-Identifier: MIT
#include "takespanel.h"

#include "continuity/chaining.h"

#include "document/projectdocument.h"
#include "io/projectfile.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace ShotBrief {

namespace {
enum Column {
    TakeColumn,
    StatusColumn,
    ProgressColumn,
    CostColumn,
    ParametersColumn,
    CreatedColumn,
    ErrorColumn
};
}

TakesPanel::TakesPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    openUrl = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_generationRow = new QWidget(this);
    auto *generation = new QHBoxLayout(m_generationRow);
    generation->setContentsMargins(0, 0, 0, 0);
    m_generate =
        new QPushButton(QIcon::fromTheme(QStringLiteral("media-record")), tr("Gene&rate"), this);
    m_generate->setToolTip(tr("Send the shot's prompt to the provider"));
    m_variants = new QSpinBox(this);
    m_variants->setRange(1, 8);
    m_variants->setPrefix(tr("× "));
    m_variants->setToolTip(tr("How many variants to generate"));
    m_variants->setAccessibleName(tr("Variants"));
    m_remix = new QPushButton(tr("Remi&x..."), this);
    m_remix->setToolTip(tr("Fine-tune the selected take: describe one change"));
    m_cancel = new QPushButton(tr("Cancel Ta&ke"), this);
    m_cancel->setToolTip(tr("Stop the selected take while it is queued or rendering"));
    m_retry = new QPushButton(tr("Retr&y"), this);
    m_retry->setToolTip(tr("Send a failed, canceled or expired take again"));
    generation->addWidget(m_generate);
    generation->addWidget(m_variants);
    generation->addWidget(m_remix);
    generation->addWidget(m_cancel);
    generation->addWidget(m_retry);
    generation->addStretch();
    layout->addWidget(m_generationRow);
    m_provider = new QLabel(this);
    m_provider->setWordWrap(true);
    m_provider->setEnabled(false);
    layout->addWidget(m_provider);
    connect(m_generate, &QPushButton::clicked, this, [this] {
        if (!m_shotId.isEmpty())
            Q_EMIT generateRequested(m_shotId, m_variants->value());
    });
    connect(m_remix, &QPushButton::clicked, this,
            [this] { Q_EMIT remixRequested(m_shotId, selectedTakeId()); });
    connect(m_cancel, &QPushButton::clicked, this,
            [this] { Q_EMIT cancelRequested(m_shotId, selectedTakeId()); });
    connect(m_retry, &QPushButton::clicked, this,
            [this] { Q_EMIT retryRequested(m_shotId, selectedTakeId()); });
    m_takes = new QTreeWidget(this);
    m_takes->setRootIsDecorated(false);
    m_takes->setAlternatingRowColors(true);
    m_takes->setHeaderLabels({tr("Take"), tr("Status"), tr("Progress"), tr("Cost"),
                              tr("Parameters"), tr("Created"), tr("Error")});
    m_takes->header()->setStretchLastSection(true);
    layout->addWidget(m_takes);
    auto *buttons = new QHBoxLayout;
    m_circle = new QPushButton(tr("Circle &Take"), this);
    m_circle->setToolTip(tr("Make the selected take the one used in the sequence"));
    // No mnemonic: every letter of it is taken in the window; Tab and the list's menu reach it.
    m_reveal = new QPushButton(tr("Reveal in File Manager"), this);
    buttons->addWidget(m_circle);
    buttons->addWidget(m_reveal);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_circle, &QPushButton::clicked, this, [this] {
        const QString takeId = selectedTakeId();
        if (!takeId.isEmpty() && !m_document->isReadOnly())
            m_document->circleTake(m_shotId, takeId);
    });
    connect(m_reveal, &QPushButton::clicked, this, &TakesPanel::reveal);
    // The list's context menu offers what the buttons do, so the keyboard reaches every
    // action from the selected take (Menu key or Shift+F10); Enter circles it.
    for (QPushButton *button : {m_circle, m_remix, m_cancel, m_retry, m_reveal})
        m_takes->addAction(addTakeAction(button));
    m_takes->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_takes, &QTreeWidget::itemSelectionChanged, this, &TakesPanel::updateButtons);
    // Double click or Enter.
    connect(m_takes, &QTreeWidget::itemActivated, m_circle, &QPushButton::click);
    connect(document, &ProjectDocument::takeChanged, this, [this](const QString &shotId) {
        if (shotId == m_shotId)
            refresh();
    });
    // Imported reviews name the takes they prefer.
    connect(document, &ProjectDocument::shotChanged, this, [this](int, const QString &shotId) {
        if (shotId == m_shotId)
            refresh();
    });
    connect(document, &ProjectDocument::projectReset, this, &TakesPanel::refresh);
    refresh();
}

QAction *TakesPanel::addTakeAction(QPushButton *button)
{
    auto *action = new QAction(button->text(), this);
    action->setToolTip(button->toolTip());
    connect(action, &QAction::triggered, button, &QPushButton::click);
    m_takeActions.append({action, button});
    return action;
}

QList<QAction *> TakesPanel::takeActions() const
{
    QList<QAction *> actions;
    for (const auto &[action, button] : m_takeActions)
        actions.append(action);
    return actions;
}

void TakesPanel::reveal()
{
    const Shot *shot = m_document->project().shotById(m_shotId);
    const Take *take = shot ? shot->takeById(selectedTakeId()) : nullptr;
    if (!take || take->clipPath.isEmpty() || m_document->filePath().isEmpty())
        return;
    const Result<QString> path =
        ProjectFile::resolveMediaPath(m_document->filePath(), take->clipPath);
    if (path && openUrl)
        openUrl(QUrl::fromLocalFile(QFileInfo(*path).absolutePath()));
}

void TakesPanel::setProviderText(const QString &text)
{
    m_provider->setText(text);
}

void TakesPanel::updateButtons()
{
    const QString takeId = selectedTakeId();
    const Shot *shot = m_document->project().shotById(m_shotId);
    const Take *take = shot ? shot->takeById(takeId) : nullptr;
    const bool writable = !m_document->isReadOnly();
    m_circle->setEnabled(take && take->status == TakeStatus::Ready &&
                         shot->circledTakeId != takeId && writable);
    m_reveal->setEnabled(take && !take->clipPath.isEmpty());
    m_generate->setEnabled(shot && writable);
    m_remix->setEnabled(take && take->status == TakeStatus::Ready &&
                        !take->providerVideoId.isEmpty() && writable);
    m_cancel->setEnabled(
        take && (isTakeInFlight(take->status) || take->status == TakeStatus::Draft) && writable);
    m_retry->setEnabled(take &&
                        (take->status == TakeStatus::Failed ||
                         take->status == TakeStatus::Canceled ||
                         take->status == TakeStatus::Expired) &&
                        writable);
    for (const auto &[action, button] : m_takeActions)
        action->setEnabled(button->isEnabled());
}

void TakesPanel::setShotId(const QString &shotId)
{
    m_shotId = shotId;
    refresh();
}

QString TakesPanel::selectedTakeId() const
{
    const QList<QTreeWidgetItem *> items = m_takes->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(TakeColumn, Qt::UserRole).toString();
}

void TakesPanel::setCostCell(QTreeWidgetItem *item, const Take &take, const Project &project)
{
    const QLocale locale;
    const auto money = [&locale](double usd) {
        return QStringLiteral("$") + locale.toString(usd, 'f', 2);
    };
    const SpendEntry *spend = project.spendEntryFor(take.id);
    if (!spend || !spend->actualUsd) {
        item->setText(CostColumn, take.costUsd > 0 ? money(take.costUsd) : QString());
        item->setToolTip(CostColumn, take.costUsd > 0 ? tr("Estimated cost") : QString());
        return;
    }
    // The provider said what the job cost: that figure, and how far the estimate was off.
    const double difference = *spend->actualUsd - spend->amountUsd;
    const QString signedDifference =
        std::abs(difference) < 0.005
            ? money(0.0)
            : (difference > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) +
                  money(std::abs(difference));
    item->setText(CostColumn, tr("%1 (%2)").arg(money(*spend->actualUsd), signedDifference));
    item->setToolTip(CostColumn,
                     tr("Charged %1 by the provider; estimated %2 (%3).")
                         .arg(money(*spend->actualUsd), money(spend->amountUsd), signedDifference));
}

void TakesPanel::refresh()
{
    const QString selected = selectedTakeId();
    m_takes->clear();
    const Shot *shot = m_document->project().shotById(m_shotId);
    if (!shot) {
        m_header->setText(tr("No shot selected."));
        updateButtons();
        return;
    }
    m_header->setText(shot->takes.isEmpty() ? tr("Shot %1 has no takes yet.").arg(shot->label)
                                            : tr("Takes of shot %1 (● circled):").arg(shot->label));
    const QLocale locale;
    // A chained shot's draft waits for the previous shot's clip: say for which shot.
    const ChainLink chain =
        ChainLink::of(m_document->project(), m_document->project().shotIndex(shot->id));
    for (int i = 0; i < shot->takes.size(); ++i) {
        const Take &take = shot->takes.at(i);
        auto *item = new QTreeWidgetItem(m_takes);
        const bool circled = take.id == shot->circledTakeId;
        QString name = tr("Take %1").arg(i + 1);
        QStringList preferredBy;
        for (const Review &review : shot->reviews) {
            if (review.preferredTakeId == take.id)
                preferredBy.append(review.reviewer);
        }
        if (!preferredBy.isEmpty())
            name = tr("%1, preferred by %2").arg(name, preferredBy.join(QStringLiteral(", ")));
        item->setText(TakeColumn, (circled ? QStringLiteral("● ") : QStringLiteral("   ")) + name);
        item->setData(TakeColumn, Qt::UserRole, take.id);
        item->setToolTip(TakeColumn, take.prompt);
        const bool waiting = take.status == TakeStatus::Draft && take.referenceImage.isEmpty() &&
                             chain.state == ChainLink::State::Waiting;
        item->setText(StatusColumn,
                      waiting
                          ? chain.message
                          : takeStatusKey(take.status).replace(QLatin1Char('_'), QLatin1Char(' ')));
        item->setText(ProgressColumn, isTakeInFlight(take.status)
                                          ? QStringLiteral("%1%").arg(take.progress)
                                          : QString());
        setCostCell(item, take, m_document->project());
        item->setText(
            ParametersColumn,
            QStringLiteral("%1 · %2 · %3 s").arg(take.model, take.size).arg(take.seconds));
        item->setText(CreatedColumn,
                      take.createdAt.isValid()
                          ? locale.toString(take.createdAt.toLocalTime(), QLocale::ShortFormat)
                          : QString());
        item->setText(ErrorColumn,
                      take.errorMessage.isEmpty() ? take.errorCode : take.errorMessage);
        if (circled) {
            QFont bold = item->font(TakeColumn);
            bold.setBold(true);
            item->setFont(TakeColumn, bold);
        }
        // Progress rebuilds the list every poll: keep the keyboard's place as well as the
        // selection, or the arrow keys would start again from the top.
        if (take.id == selected)
            m_takes->setCurrentItem(item, 0, QItemSelectionModel::ClearAndSelect);
    }
    for (int c = 0; c < ErrorColumn; ++c)
        m_takes->resizeColumnToContents(c);
    updateButtons();
}

} // namespace ShotBrief
