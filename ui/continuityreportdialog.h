// SPDX-License-Identifier: MIT
#pragma once

#include "continuity/continuityreport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ShotBrief {

class ProjectDocument;

/// Project > Continuity Report: every cut between two circled takes (the difference between
/// the outgoing last frame and the incoming first frame) and every clip's colours against
/// its palette, worst first. Measuring runs in the background; a row opens its shot.
class ContinuityReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContinuityReportDialog)

public:
    explicit ContinuityReportDialog(ProjectDocument *document, QWidget *parent = nullptr);
    ~ContinuityReportDialog() override;

    /// Measures the project as it is now (the dialog opens with a first measure running).
    void measure();
    bool isMeasuring() const { return m_measuring; }
    const ContinuityReport &report() const { return m_report; }
    QTableWidget *cutsTable() const { return m_cuts; }
    QTableWidget *clipsTable() const { return m_clips; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void shotActivated(const QString &shotId);
    void measured();

private:
    void showReport(const ContinuityReport &report);

    ProjectDocument *m_document; // not owned
    ContinuityReport m_report;
    bool m_measuring = false;
    quint64 m_generation = 0;
    QLabel *m_status = nullptr;
    QTableWidget *m_cuts = nullptr;
    QTableWidget *m_clips = nullptr;
    QPushButton *m_refresh = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ShotBrief
