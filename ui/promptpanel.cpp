// SPDX-License-Identifier: MIT
#include "promptpanel.h"

#include "theme.h"

#include "document/mediaimagesizes.h"
#include "document/projectdocument.h"
#include "prompt/linter.h"
#include "prompt/promptcomposer.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ShotBrief {

namespace {

/// The linter's rule for a circled take made from an older brief (prompt/takestaleness.h).
const char OutOfDateRule[] = "take-out-of-date";

QIcon severityIcon(LintSeverity severity, const QPalette &palette)
{
    // Drawn rather than themed: the three colours must read the same on every desktop.
    const QColor color = Theme::severityColor(severity, palette);
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return QIcon(pixmap);
}

constexpr int DetailsRole = Qt::UserRole + 1;

/// Which finding a row shows, across re-lints: its rule and its field.
QString findingKey(const QString &ruleId, const QString &field)
{
    return ruleId + QLatin1Char('/') + field;
}

QString severityName(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Error:
        return PromptPanel::tr("Error");
    case LintSeverity::Warning:
        return PromptPanel::tr("Warning");
    case LintSeverity::Hint:
        return PromptPanel::tr("Hint");
    }
    return {};
}

} // namespace

PromptPanel::PromptPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_prompt = new QPlainTextEdit(splitter);
    m_prompt->setReadOnly(true);
    m_prompt->setAccessibleName(tr("Composed prompt"));
    m_prompt->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_prompt->setPlaceholderText(tr("The prompt of the selected shot appears here."));
    auto *findingsBox = new QWidget(splitter);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLabel(findingsBox);
    m_summary->setWordWrap(true);
    auto *copy = new QToolButton(findingsBox);
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    copy->setText(tr("Copy Prompt"));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy->setToolTip(tr("Copy the composed prompt to the clipboard"));
    connect(copy, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_prompt->toPlainText()); });
    m_generateAgain = new QPushButton(tr("Generate &Again"), findingsBox);
    m_generateAgain->setToolTip(tr("The circled take was made from an older brief: generate a "
                                   "new take of the shot as it is now"));
    m_generateAgain->hide();
    connect(m_generateAgain, &QPushButton::clicked, this,
            [this] { Q_EMIT generateAgainRequested(m_shotId); });
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_generateAgain);
    summaryRow->addWidget(copy);
    findingsLayout->addLayout(summaryRow);
    m_findings = new QTreeWidget(findingsBox);
    m_findings->setHeaderLabels({tr("Finding"), tr("Field"), tr("Advice")});
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->setUniformRowHeights(false);
    m_findings->header()->setStretchLastSection(true);
    m_findings->setColumnWidth(0, 260);
    m_findings->setColumnWidth(1, 100);
    m_findings->setAccessibleName(tr("Lint findings"));
    findingsLayout->addWidget(m_findings, 1);
    // The columns cut long findings short: the current one is shown here in full.
    m_details = new QLabel(findingsBox);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFocusPolicy(Qt::StrongFocus);
    m_details->setAccessibleName(tr("Finding in full"));
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(4);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    findingsLayout->addWidget(m_details);
    connect(m_findings, &QTreeWidget::currentItemChanged, this, &PromptPanel::showDetails);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);

    const auto activate = [this](QTreeWidgetItem *item) {
        const QString shotId = item->data(0, Qt::UserRole).toString();
        // A finding about the takes leads to them; the others to the field they name.
        if (item->data(2, Qt::UserRole).toString() == QLatin1String(OutOfDateRule))
            Q_EMIT takesRequested(shotId);
        else
            Q_EMIT fieldRequested(shotId, item->data(1, Qt::UserRole).toString());
    };
    connect(m_findings, &QTreeWidget::itemActivated, this, activate);
    connect(m_findings, &QTreeWidget::itemClicked, this, activate);
    connect(document, &ProjectDocument::changed, this, &PromptPanel::refresh);
    refresh();
}

void PromptPanel::setCapabilities(const ProviderCapabilities &capabilities)
{
    m_capabilities = capabilities;
    refresh();
}

void PromptPanel::setShotId(const QString &shotId)
{
    m_shotId = shotId;
    refresh();
}

QString PromptPanel::promptText() const
{
    return m_prompt->toPlainText();
}

void PromptPanel::refresh()
{
    const Project &project = m_document->project();
    const int row = project.shotIndex(m_shotId);
    if (row < 0) {
        m_prompt->clear();
        m_findings->clear();
        showDetails(nullptr);
        m_generateAgain->hide();
        m_summary->setText(tr("No shot selected."));
        return;
    }
    const QString prompt = composePrompt(project, project.shots.at(row));
    if (prompt != m_prompt->toPlainText())
        m_prompt->setPlainText(prompt);

    const QList<LintFinding> findings =
        lintShot(project, row, m_capabilities, mediaImageSizes(m_document->filePath()));
    // Typing re-lints on every key: keep the finding being read current if it is still there.
    QString currentKey;
    if (const QTreeWidgetItem *current = m_findings->currentItem())
        currentKey = findingKey(current->data(2, Qt::UserRole).toString(),
                                current->data(1, Qt::UserRole).toString());
    m_findings->clear();
    QTreeWidgetItem *keep = nullptr;
    int counts[3] = {0, 0, 0};
    bool outOfDate = false;
    for (const LintFinding &finding : findings) {
        auto *item = new QTreeWidgetItem(m_findings);
        item->setIcon(0, severityIcon(finding.severity, palette()));
        item->setText(0, finding.message);
        const QString title = lintRuleTitle(finding.ruleId);
        item->setToolTip(0, QStringLiteral("%1: %2\n%3")
                                .arg(severityName(finding.severity), title, finding.message));
        item->setText(1, lintFieldName(finding.field));
        item->setToolTip(1, lintFieldName(finding.field));
        item->setText(2, finding.advice);
        item->setToolTip(2, finding.advice);
        item->setData(0, Qt::UserRole, finding.shotId.isEmpty() ? m_shotId : finding.shotId);
        item->setData(1, Qt::UserRole, finding.field);
        const QString key = findingKey(finding.ruleId, finding.field);
        item->setData(2, Qt::UserRole, finding.ruleId);
        item->setData(0, DetailsRole, detailsHtml(finding));
        if (!keep && key == currentKey)
            keep = item;
        outOfDate = outOfDate || finding.ruleId == QLatin1String(OutOfDateRule);
        ++counts[std::clamp(int(finding.severity), 0, 2)];
    }
    if (keep)
        m_findings->setCurrentItem(keep);
    showDetails(m_findings->currentItem());
    m_generateAgain->setVisible(outOfDate);
    m_generateAgain->setEnabled(outOfDate && !m_document->isReadOnly());
    if (findings.isEmpty()) {
        m_summary->setText(tr("✓ No findings: the brief covers the essentials."));
    } else {
        m_summary->setText(
            tr("%1 errors, %2 warnings, %3 hints. Click a finding to edit its field.")
                .arg(counts[int(LintSeverity::Error)])
                .arg(counts[int(LintSeverity::Warning)])
                .arg(counts[int(LintSeverity::Hint)]));
    }
}

QString PromptPanel::detailsHtml(const LintFinding &finding)
{
    QString html = QStringLiteral("<b>%1</b> · %2")
                       .arg(lintRuleTitle(finding.ruleId).toHtmlEscaped(),
                            severityName(finding.severity).toHtmlEscaped());
    if (!finding.field.isEmpty())
        html += QStringLiteral(" · %1").arg(lintFieldName(finding.field).toHtmlEscaped());
    html += QStringLiteral("<br>%1").arg(finding.message.toHtmlEscaped());
    if (!finding.advice.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(finding.advice.toHtmlEscaped());
    return html;
}

void PromptPanel::showDetails(QTreeWidgetItem *item)
{
    if (!item) {
        m_details->setText(m_findings->topLevelItemCount() > 0
                               ? tr("Select a finding to read it in full.")
                               : QString());
        m_details->setVisible(m_findings->topLevelItemCount() > 0);
        return;
    }
    m_details->setVisible(true);
    m_details->setText(item->data(0, DetailsRole).toString());
}

} // namespace ShotBrief
