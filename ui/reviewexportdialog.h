// SPDX-License-Identifier: MIT
#pragma once

#include "review/reviewpackage.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ShotBrief {

class ShotRangeBox;

/// File > Export Review Package: which shots and takes, a folder or one zip, where. Writes the
/// package with a progress dialog (cancel leaves nothing behind) and says where it is and what
/// to do with it. Remembers its choices in QSettings ("review/...").
class ReviewExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewExportDialog)

public:
    /// `projectPath` is the saved project (its media folder holds the clips); `language` the
    /// interface language the page is written in ("en", "zh_CN", "ja").
    ReviewExportDialog(const Project &project, const QString &projectPath,
                       const QStringList &selectedShotIds, const QString &language,
                       QWidget *parent = nullptr);
    ~ReviewExportDialog() override;

    ReviewPackageOptions currentOptions() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);
    void setTakes(ReviewTakes takes);
    void setZip(bool zip);

    /// Writes the package; false (with a message box unless `quiet`) when it failed or was
    /// canceled. After success, lastSummary() says what was written.
    bool exportNow(bool quiet = false);
    QString lastError() const { return m_lastError; }
    ReviewPackageSummary lastSummary() const { return m_lastSummary; }

    void accept() override;

private:
    void onBrowse();
    void updateSummary();
    void restoreSettings();
    void saveSettings() const;

    Project m_project;
    QString m_projectPath;
    QString m_language;
    QString m_lastError;
    ReviewPackageSummary m_lastSummary;

    QLineEdit *m_output = nullptr;
    QCheckBox *m_zip = nullptr;
    QRadioButton *m_circled = nullptr;
    QRadioButton *m_allTakes = nullptr;
    ShotRangeBox *m_range = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace ShotBrief
