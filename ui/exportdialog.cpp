// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include "shotrangebox.h"

#include "export/exporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ShotBrief {

namespace {

const char settingsGroup[] = "export";

} // namespace

ExportDialog::ExportDialog(const Project &project, const QString &projectPath,
                           const QStringList &selectedShotIds, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_projectPath(projectPath)
    , m_selectedShotIds(selectedShotIds)
{
    setWindowTitle(tr("Export"));

    m_format = new QComboBox(this);
    for (ExportFormat format : allExportFormats())
        m_format->addItem(exportFormatDisplayName(format), exportFormatKey(format));

    m_range = new ShotRangeBox(m_project, m_selectedShotIds, this);

    auto *options = new QGroupBox(tr("Options"), this);
    m_paper = new QComboBox(options);
    m_paper->addItem(tr("A4"), paperSizeKey(PaperSize::A4));
    m_paper->addItem(tr("Letter"), paperSizeKey(PaperSize::Letter));
    m_landscape = new QCheckBox(tr("&Landscape"), options);
    m_frames = new QComboBox(options);
    for (int panels : storyboardPanelCounts())
        m_frames->addItem(tr("%n panel(s) a page", nullptr, panels), panels);
    m_bom = new QCheckBox(tr("Byte order mark (for spreadsheet programs)"), options);
    auto *optionsLayout = new QFormLayout(options);
    optionsLayout->addRow(tr("&Paper:"), m_paper);
    optionsLayout->addRow(QString(), m_landscape);
    optionsLayout->addRow(tr("&Storyboard:"), m_frames);
    optionsLayout->addRow(tr("CSV:"), m_bom);

    m_output = new QLineEdit(this);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *outputLabel = new QLabel(tr("&Output:"), this);
    outputLabel->setBuddy(m_output);
    form->addRow(outputLabel, outputRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_range);
    layout->addWidget(options);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::onBrowse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_range, &ShotRangeBox::changed, this, &ExportDialog::updateEnabled);

    restoreSettings();
    m_output->setText(defaultOutputPath(currentOptions().format));
    updateEnabled();
}

ExportDialog::~ExportDialog() = default;

ExportOptions ExportDialog::currentOptions() const
{
    ExportOptions options;
    options.format = exportFormatFromKey(m_format->currentData().toString())
                         .value_or(ExportFormat::PromptSheetPdf);
    options.paper = paperSizeFromKey(m_paper->currentData().toString()).value_or(PaperSize::A4);
    options.landscape = m_landscape->isChecked();
    options.storyboardFramesPerPage = m_frames->currentData().toInt();
    options.csvByteOrderMark = m_bom->isChecked();
    options.shotIds = m_range->shotIds();
    return options;
}

QString ExportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
}

void ExportDialog::setFormat(ExportFormat format)
{
    const int index = m_format->findData(exportFormatKey(format));
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString ExportDialog::defaultOutputPath(ExportFormat format) const
{
    QString directory;
    QString base;
    if (!m_projectPath.isEmpty()) {
        const QFileInfo info(m_projectPath);
        directory = info.absolutePath();
        base = info.completeBaseName();
    } else {
        QSettings settings;
        directory = settings
                        .value(QStringLiteral("%1/directory").arg(QLatin1String(settingsGroup)),
                               QDir::homePath())
                        .toString();
        base = m_project.title.isEmpty() ? tr("Untitled") : m_project.title;
    }
    // The storyboard and the prompt sheet are both PDFs; keep them apart by name.
    if (format == ExportFormat::StoryboardPdf)
        base += QStringLiteral("-storyboard");
    else if (format == ExportFormat::PromptSheetPdf)
        base += QStringLiteral("-prompts");
    return QDir(directory).filePath(base + QLatin1Char('.') + exportFormatSuffix(format));
}

void ExportDialog::onFormatChanged()
{
    const ExportFormat format = currentOptions().format;
    // Follow the format with the file name unless the user typed a different folder or name.
    const QFileInfo current(outputPath());
    QString path = defaultOutputPath(format);
    if (!outputPath().isEmpty()) {
        QString base = current.completeBaseName();
        for (const QString &tail : {QStringLiteral("-storyboard"), QStringLiteral("-prompts")}) {
            if (base.endsWith(tail))
                base.chop(tail.size());
        }
        if (format == ExportFormat::StoryboardPdf)
            base += QStringLiteral("-storyboard");
        else if (format == ExportFormat::PromptSheetPdf)
            base += QStringLiteral("-prompts");
        path = current.dir().filePath(base + QLatin1Char('.') + exportFormatSuffix(format));
    }
    m_output->setText(path);
    updateEnabled();
}

void ExportDialog::onBrowse()
{
    const ExportFormat format = currentOptions().format;
    const QString filter = QStringLiteral("%1 (*.%2)")
                               .arg(exportFormatDisplayName(format), exportFormatSuffix(format));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), outputPath(), filter);
    if (!path.isEmpty())
        m_output->setText(path);
}

void ExportDialog::updateEnabled()
{
    const ExportOptions options = currentOptions();
    const bool pdf = options.format == ExportFormat::PromptSheetPdf ||
                     options.format == ExportFormat::StoryboardPdf;
    m_paper->setEnabled(pdf);
    m_landscape->setEnabled(pdf);
    m_frames->setEnabled(options.format == ExportFormat::StoryboardPdf);
    m_bom->setEnabled(options.format == ExportFormat::Csv);

    const int count = m_range->count();
    m_summary->setText(tr("Shots to export: %1").arg(count));
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
}

void ExportDialog::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    setFormat(exportFormatFromKey(settings.value(QStringLiteral("format")).toString())
                  .value_or(ExportFormat::PromptSheetPdf));
    const int paper = m_paper->findData(settings.value(QStringLiteral("paper")).toString());
    if (paper >= 0)
        m_paper->setCurrentIndex(paper);
    m_landscape->setChecked(settings.value(QStringLiteral("landscape"), false).toBool());
    const int frames = m_frames->findData(settings.value(QStringLiteral("frames"), 6).toInt());
    if (frames >= 0)
        m_frames->setCurrentIndex(frames);
    m_bom->setChecked(settings.value(QStringLiteral("bom"), false).toBool());
    m_range->setRangeKey(settings.value(QStringLiteral("range")).toString());
    settings.endGroup();
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    settings.setValue(QStringLiteral("format"), m_format->currentData().toString());
    settings.setValue(QStringLiteral("paper"), m_paper->currentData().toString());
    settings.setValue(QStringLiteral("landscape"), m_landscape->isChecked());
    settings.setValue(QStringLiteral("frames"), m_frames->currentData().toInt());
    settings.setValue(QStringLiteral("bom"), m_bom->isChecked());
    settings.setValue(QStringLiteral("range"), m_range->rangeKey());
    settings.setValue(QStringLiteral("directory"), QFileInfo(outputPath()).absolutePath());
    settings.endGroup();
}

bool ExportDialog::exportNow(bool quiet)
{
    m_lastError.clear();
    const QString path = outputPath();
    if (path.isEmpty()) {
        m_lastError = tr("Choose a file to export to.");
    } else {
        const ExportOptions options = currentOptions();
        QProgressDialog progress(tr("Exporting %1...").arg(QFileInfo(path).fileName()),
                                 tr("Cancel"), 0, qMax(1, int(m_project.shots.size())), this);
        progress.setWindowModality(Qt::WindowModal);
        // Short exports finish before the dialog would appear.
        progress.setMinimumDuration(400);
        const Result<QByteArray> bytes =
            exportToBytes(m_project, m_projectPath, options, [&progress](int done, int total) {
                progress.setMaximum(qMax(1, total));
                progress.setValue(qMin(done, total));
                return !progress.wasCanceled();
            });
        progress.reset();
        if (!bytes) {
            m_lastError = bytes.error().message;
        } else if (const Result<void> written = writeFileAtomically(path, *bytes); !written) {
            m_lastError = written.error().message;
        }
    }
    if (!m_lastError.isEmpty()) {
        if (!quiet)
            QMessageBox::warning(this, tr("Export failed"), m_lastError);
        return false;
    }
    saveSettings();
    return true;
}

void ExportDialog::accept()
{
    if (exportNow())
        QDialog::accept();
}

} // namespace ShotBrief
