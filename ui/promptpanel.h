// SPDX-License-Identifier: MIT
#pragma once

#include "model/capabilities.h"
#include "prompt/linter.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ShotBrief {

class ProjectDocument;

/// The composed prompt of the selected shot, updated live, and its lint findings.
/// Activating a finding asks for the field it points at.
class PromptPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptPanel)

public:
    explicit PromptPanel(ProjectDocument *document, QWidget *parent = nullptr);

    void setCapabilities(const ProviderCapabilities &capabilities);
    void setShotId(const QString &shotId);

    QString promptText() const;
    QTreeWidget *findingsView() const { return m_findings; }
    /// The current finding in full: title, severity, field, message and advice.
    QLabel *detailsLabel() const { return m_details; }
    /// Shown while the shot's circled take is out of date (lint rule "take-out-of-date").
    QPushButton *generateAgainButton() const { return m_generateAgain; }

Q_SIGNALS:
    void fieldRequested(const QString &shotId, const QString &field);
    /// A finding about the shot's takes was activated: show them.
    void takesRequested(const QString &shotId);
    /// "Generate Again" for a shot whose circled take no longer matches its brief.
    void generateAgainRequested(const QString &shotId);

private:
    void refresh();
    void showDetails(QTreeWidgetItem *item);
    static QString detailsHtml(const LintFinding &finding);

    ProjectDocument *m_document; // not owned
    ProviderCapabilities m_capabilities = ProviderCapabilities::openAiVideos();
    QString m_shotId;
    QPlainTextEdit *m_prompt = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_findings = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_generateAgain = nullptr;
};

} // namespace ShotBrief
