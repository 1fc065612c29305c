// SPDX-License-Identifier: MIT
#include "takespanel.h"

#include "continuity/chaining.h"

#include "document/projectdocument.h"
#include "io/projectfile.h"
#include "model/shotname.h"
#include "prompt/promptcomposer.h"
#include "prompt/takestaleness.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
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
    ProviderColumn,
    CreatedColumn,
    ErrorColumn
};

/// Takes a person cares to compare with the brief: ready ones and those still being made.
bool isPlayableOrComing(const Take &take)
{
    return take.status == TakeStatus::Ready || take.status == TakeStatus::Draft ||
           isTakeInFlight(take.status);
}
} // namespace

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
    m_projectProvider = new QLabel(this);
    m_projectProvider->setWordWrap(true);
    layout->addWidget(m_projectProvider);
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
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_takes = new QTreeWidget(splitter);
    m_takes->setRootIsDecorated(false);
    m_takes->setAlternatingRowColors(true);
    m_takes->setHeaderLabels({tr("Take"), tr("Status"), tr("Progress"), tr("Cost"),
                              tr("Parameters"), tr("Provider"), tr("Created"), tr("Error")});
    m_takes->header()->setStretchLastSection(true);
    m_takes->setAccessibleName(tr("Takes"));
    // The whole of the selected take, its error unabridged: a cut-off column hid the reason.
    m_details = new QTextBrowser(splitter);
    m_details->setAccessibleName(tr("Take details"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a take to see how it was made and any error."));
    splitter->addWidget(m_takes);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
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
    connect(m_takes, &QTreeWidget::itemSelectionChanged, this, &TakesPanel::updateDetails);
    // Double click or Enter.
    connect(m_takes, &QTreeWidget::itemActivated, m_circle, &QPushButton::click);
    connect(document, &ProjectDocument::takeChanged, this, [this](const QString &shotId) {
        if (shotId == m_shotId)
            refresh();
    });
    // Any edit may make a take out of date (the shot's length, the style bible ...); imported
    // reviews name the takes they prefer.
    connect(document, &ProjectDocument::shotChanged, this, [this](int, const QString &shotId) {
        if (shotId == m_shotId)
            refresh();
    });
    connect(document, &ProjectDocument::styleBibleChanged, this, &TakesPanel::refresh);
    connect(document, &ProjectDocument::castChanged, this, &TakesPanel::refresh);
    connect(document, &ProjectDocument::projectSettingsChanged, this, &TakesPanel::refresh);
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

void TakesPanel::setProjectProvider(const QString &displayName)
{
    m_projectProvider->setText(tr("Project provider: %1").arg(displayName));
}

void TakesPanel::setProviderNamer(std::function<QString(const QString &)> namer)
{
    m_providerNamer = std::move(namer);
    refresh();
}

QString TakesPanel::providerName(const QString &recorded) const
{
    return m_providerNamer ? m_providerNamer(recorded) : recorded;
}

void TakesPanel::updateDetails()
{
    const Project &project = m_document->project();
    const Shot *shot = project.shotById(m_shotId);
    const Take *take = shot ? shot->takeById(selectedTakeId()) : nullptr;
    if (!take) {
        m_detailsHtml.clear();
        m_details->clear();
        return;
    }
    const QLocale locale;
    const auto row = [](const QString &name, const QString &value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td valign='top'><b>%1</b>&nbsp;</td>"
                                                "<td>%2</td></tr>")
                                     .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const auto time = [&locale](const QDateTime &at) {
        return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    QString title = takeTitle(*shot, take->id);
    if (take->id == shot->circledTakeId)
        title += QStringLiteral(" · ") + tr("circled");
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(title.toHtmlEscaped());
    if (isPlayableOrComing(*take)) {
        const TakeStaleness staleness = takeStaleness(project, *shot, *take);
        if (staleness.isOutOfDate())
            html += QStringLiteral("<p style='color:#c77c00'>%1</p>")
                        .arg(staleness.summary().toHtmlEscaped());
    }
    if (!take->errorMessage.isEmpty() || !take->errorCode.isEmpty()) {
        const QString error = take->errorCode.isEmpty() || take->errorMessage.isEmpty()
                                  ? take->errorMessage + take->errorCode
                                  : tr("%1 (%2)").arg(take->errorMessage, take->errorCode);
        html += QStringLiteral("<p style='color:#d93b3b'>%1</p>")
                    .arg(tr("Error: %1").arg(error).toHtmlEscaped());
    }
    html += QStringLiteral("<table>");
    html += row(tr("Status"), takeStatusName(take->status));
    html += row(tr("Provider"), providerName(take->provider));
    html += row(tr("Model"), take->model);
    html += row(tr("Size"), take->size);
    html += row(tr("Length"), tr("%1 s").arg(take->seconds));
    if (take->costUsd > 0)
        html += row(tr("Cost"), QStringLiteral("$") + locale.toString(take->costUsd, 'f', 2));
    html += row(tr("Created"), time(take->createdAt));
    html += row(tr("Sent"), time(take->submittedAt));
    html += row(tr("Finished"), time(take->completedAt));
    html += row(tr("Available until"), time(take->expiresAt));
    html += QStringLiteral("</table>");
    if (!take->prompt.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(take->kind == TakeKind::Generate ? tr("Prompt").toHtmlEscaped()
                                                          : tr("Change asked for").toHtmlEscaped(),
                         take->prompt.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                              QLatin1String("<br>")));
    // Unchanged details keep their scroll position while progress updates come in.
    if (html != m_detailsHtml) {
        m_detailsHtml = html;
        m_details->setHtml(html);
    }
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
        updateDetails();
        return;
    }
    const Project &project = m_document->project();
    const QString shotName = shotTitle(project, project.shotIndex(m_shotId));
    m_header->setText(shot->takes.isEmpty() ? tr("%1 has no takes yet.").arg(shotName)
                                            : tr("Takes of %1 (● circled):").arg(shotName));
    const QLocale locale;
    // A chained shot's draft waits for the previous shot's clip: say for which shot.
    const ChainLink chain = ChainLink::of(project, project.shotIndex(shot->id));
    const QString prompt = composePrompt(project, *shot); // once for every take
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
        QString status = takeStatusName(take.status);
        if (isPlayableOrComing(take)) {
            const TakeStaleness staleness = takeStaleness(project, *shot, take, prompt);
            if (staleness.isOutOfDate()) {
                status = tr("%1 · out of date").arg(status);
                item->setToolTip(StatusColumn, staleness.summary());
                item->setForeground(StatusColumn, QColor(0xc7, 0x7c, 0x00));
            }
        }
        if (take.status == TakeStatus::Failed)
            item->setForeground(StatusColumn, QColor(0xd9, 0x3b, 0x3b));
        item->setText(StatusColumn, waiting ? chain.message : status);
        item->setText(ProgressColumn, isTakeInFlight(take.status)
                                          ? QStringLiteral("%1%").arg(take.progress)
                                          : QString());
        setCostCell(item, take, m_document->project());
        item->setText(
            ParametersColumn,
            QStringLiteral("%1 · %2 · %3 s").arg(take.model, take.size).arg(take.seconds));
        item->setText(ProviderColumn, providerName(take.provider));
        item->setText(CreatedColumn,
                      take.createdAt.isValid()
                          ? locale.toString(take.createdAt.toLocalTime(), QLocale::ShortFormat)
                          : QString());
        const QString error = take.errorMessage.isEmpty() ? take.errorCode : take.errorMessage;
        item->setText(ErrorColumn, error);
        // The column is cut off; the tooltip and the details below show the error whole.
        if (!error.isEmpty())
            item->setToolTip(ErrorColumn, error);
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
    updateDetails();
}

} // namespace ShotBrief
