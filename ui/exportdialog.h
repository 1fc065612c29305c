// SPDX-License-Identifier: MIT
#pragma once

#include "export/exportoptions.h"
#include "model/project.h"

#include <QDialog>
#include <QStringList>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ShotBrief {

class ShotRangeBox;

/// Exports the open project: format, range (all shots, the selected ones, or one scene),
/// paper and format options, output file. Remembers the last choices in QSettings, shows a
/// QProgressDialog for long exports (cancel leaves no file) and writes atomically.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    /// `projectPath` may be empty for an unsaved project (no pictures or clips then).
    ExportDialog(const Project &project, const QString &projectPath,
                 const QStringList &selectedShotIds, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// What the dialog would export now (shot ids resolved from the range choice).
    ExportOptions currentOptions() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);
    void setFormat(ExportFormat format);

    /// Runs the export with a progress dialog; false (with a message box unless `quiet`)
    /// when it failed or was canceled.
    bool exportNow(bool quiet = false);
    QString lastError() const { return m_lastError; }

    void accept() override;

private:
    void onFormatChanged();
    void onBrowse();
    void updateEnabled();
    void restoreSettings();
    void saveSettings() const;
    QString defaultOutputPath(ExportFormat format) const;

    Project m_project;
    QString m_projectPath;
    QStringList m_selectedShotIds;
    QString m_lastError;

    QComboBox *m_format = nullptr;
    ShotRangeBox *m_range = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_landscape = nullptr;
    QComboBox *m_frames = nullptr;
    QCheckBox *m_bom = nullptr;
    QLineEdit *m_output = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace ShotBrief
