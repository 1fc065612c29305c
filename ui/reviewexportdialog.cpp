// SPDX-License-Identifier: MIT
#include "reviewexportdialog.h"

#include "shotrangebox.h"

#include "export/exportdata.h"
#include "io/projectfile.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace ShotBrief {

namespace {
const char settingsGroup[] = "review";
}

ReviewExportDialog::ReviewExportDialog(const Project &project, const QString &projectPath,
                                       const QStringList &selectedShotIds, const QString &language,
                                       QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_projectPath(projectPath)
    , m_language(language)
{
    setWindowTitle(tr("Export Review Package"));

    auto *intro = new QLabel(tr("A folder the production team opens in any browser, offline: "
                                "they watch the sequence, approve each shot or ask for changes, "
                                "and send you back a feedback file (File > Import Review)."),
                             this);
    intro->setWordWrap(true);

    m_output = new QLineEdit(this);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    m_zip = new QCheckBox(tr("Pack into one .&zip file (easier to send)"), this);

    auto *takes = new QGroupBox(tr("Takes"), this);
    m_circled = new QRadioButton(tr("Circled &takes: the sequence as it stands"), takes);
    m_allTakes = new QRadioButton(
        tr("All &ready takes, side by side, so that reviewers can choose one"), takes);
    auto *takesLayout = new QVBoxLayout(takes);
    takesLayout->addWidget(m_circled);
    takesLayout->addWidget(m_allTakes);
    m_circled->setChecked(true);

    m_range = new ShotRangeBox(m_project, selectedShotIds, this);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    auto *form = new QFormLayout;
    auto *outputLabel = new QLabel(tr("&Folder:"), this);
    outputLabel->setBuddy(m_output);
    form->addRow(outputLabel, outputRow);
    form->addRow(QString(), m_zip);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(takes);
    layout->addWidget(m_range);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    // Tab follows the layout: folder, browse, zip, takes, shots, buttons.
    setTabOrder(m_output, browse);
    setTabOrder(browse, m_zip);

    connect(browse, &QPushButton::clicked, this, &ReviewExportDialog::onBrowse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewExportDialog::reject);
    connect(m_range, &ShotRangeBox::changed, this, &ReviewExportDialog::updateSummary);
    connect(m_circled, &QRadioButton::toggled, this, &ReviewExportDialog::updateSummary);
    connect(m_zip, &QCheckBox::toggled, this, &ReviewExportDialog::updateSummary);
    connect(m_output, &QLineEdit::textChanged, this, &ReviewExportDialog::updateSummary);

    const QFileInfo info(m_projectPath);
    m_output->setText(
        QDir(info.absolutePath()).filePath(info.completeBaseName() + QStringLiteral("-review")));
    restoreSettings();
    updateSummary();
}

ReviewExportDialog::~ReviewExportDialog() = default;

ReviewPackageOptions ReviewExportDialog::currentOptions() const
{
    ReviewPackageOptions options;
    options.outputPath = outputPath();
    options.zip = m_zip->isChecked();
    options.takes = m_allTakes->isChecked() ? ReviewTakes::All : ReviewTakes::Circled;
    options.shotIds = m_range->shotIds();
    options.language = m_language;
    return options;
}

QString ReviewExportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

void ReviewExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
}

void ReviewExportDialog::setTakes(ReviewTakes takes)
{
    (takes == ReviewTakes::All ? m_allTakes : m_circled)->setChecked(true);
}

void ReviewExportDialog::setZip(bool zip)
{
    m_zip->setChecked(zip);
}

void ReviewExportDialog::onBrowse()
{
    // The package is a new folder (or zip) named after the project inside the folder chosen.
    const QFileInfo current(outputPath());
    const QString parent =
        QFileDialog::getExistingDirectory(this, tr("Export Review Package Into"), current.path());
    if (!parent.isEmpty())
        m_output->setText(QDir(parent).filePath(current.fileName()));
}

void ReviewExportDialog::updateSummary()
{
    const ReviewPackageOptions options = currentOptions();
    const QSet<QString> wanted(options.shotIds.cbegin(), options.shotIds.cend());
    int clips = 0;
    qint64 bytes = 0;
    for (const Shot &shot : m_project.shots) {
        if (!wanted.isEmpty() && !wanted.contains(shot.id))
            continue;
        for (const Take &take : shot.takes) {
            if (take.status != TakeStatus::Ready ||
                (options.takes == ReviewTakes::Circled && take.id != shot.circledTakeId))
                continue;
            const QString clip = ProjectFile::existingMediaFile(m_projectPath, take.clipPath);
            if (!clip.isEmpty()) {
                ++clips;
                bytes += QFileInfo(clip).size();
            }
        }
    }
    const int shots = m_range->count();
    QString target = options.outputPath;
    if (options.zip && !target.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        target += QStringLiteral(".zip");
    m_summary->setText(tr("%1 shots, %2 clips (about %3), to %4")
                           .arg(shots)
                           .arg(clips)
                           .arg(QLocale().formattedDataSize(bytes))
                           .arg(QDir::toNativeSeparators(target)));
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(shots > 0 && !options.outputPath.isEmpty());
}

void ReviewExportDialog::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    m_zip->setChecked(settings.value(QStringLiteral("zip"), false).toBool());
    setTakes(reviewTakesFromKey(settings.value(QStringLiteral("takes")).toString())
                 .value_or(ReviewTakes::Circled));
    m_range->setRangeKey(settings.value(QStringLiteral("range")).toString());
    settings.endGroup();
}

void ReviewExportDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    settings.setValue(QStringLiteral("zip"), m_zip->isChecked());
    settings.setValue(QStringLiteral("takes"), reviewTakesKey(currentOptions().takes));
    settings.setValue(QStringLiteral("range"), m_range->rangeKey());
    settings.endGroup();
}

bool ReviewExportDialog::exportNow(bool quiet)
{
    m_lastError.clear();
    const ReviewPackageOptions options = currentOptions();
    if (options.outputPath.isEmpty()) {
        m_lastError = tr("Choose a folder for the package.");
    } else {
        QProgressDialog progress(tr("Writing the review package..."), tr("Cancel"), 0, 1, this);
        progress.setWindowModality(Qt::WindowModal);
        // Short exports finish before the dialog would appear.
        progress.setMinimumDuration(400);
        const Result<ReviewPackageSummary> written =
            writeReviewPackage(m_project, m_projectPath, options, [&progress](int done, int total) {
                progress.setMaximum(qMax(1, total));
                progress.setValue(qMin(done, total));
                return !progress.wasCanceled();
            });
        progress.reset();
        if (written)
            m_lastSummary = written.value();
        else
            m_lastError = written.error().toString();
    }
    if (!m_lastError.isEmpty()) {
        if (!quiet)
            QMessageBox::warning(this, tr("Review package not written"), m_lastError);
        return false;
    }
    saveSettings();
    if (!quiet) {
        QMessageBox box(QMessageBox::Information, tr("Review package written"),
                        tr("%1 shots, %2 clips, %3.\n\nSend it to the reviewers: they open "
                           "index.html in a browser (from the folder, or from the unpacked zip), "
                           "and send back the feedback file it saves.")
                            .arg(m_lastSummary.shots)
                            .arg(m_lastSummary.clips)
                            .arg(QLocale().formattedDataSize(m_lastSummary.bytes)),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(QDir::toNativeSeparators(m_lastSummary.path));
        if (!m_lastSummary.warnings.isEmpty())
            box.setDetailedText(m_lastSummary.warnings.join(QLatin1Char('\n')));
        QPushButton *show = box.addButton(tr("Show in File Manager"), QMessageBox::ActionRole);
        box.exec();
        if (box.clickedButton() == show)
            QDesktopServices::openUrl(
                QUrl::fromLocalFile(QFileInfo(m_lastSummary.path).absolutePath()));
    }
    return true;
}

void ReviewExportDialog::accept()
{
    if (exportNow())
        QDialog::accept();
}

} // namespace ShotBrief
