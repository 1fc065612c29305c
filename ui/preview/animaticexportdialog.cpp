// SPDX-License-Identifier: MIT
#include "animaticexportdialog.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>

namespace ShotBrief {

AnimaticExportDialog::AnimaticExportDialog(const SequenceTimeline &timeline,
                                           const QString &outputPath, QWidget *parent)
    : QDialog(parent)
    , m_timeline(timeline)
    , m_outputPath(outputPath)
{
    setWindowTitle(tr("Export Animatic"));
    m_renderer = new AnimaticRenderer(this);
    m_label = new QLabel(tr("Rendering %1 (%2 shots, %3 s)\u2026")
                             .arg(QFileInfo(outputPath).fileName())
                             .arg(timeline.count())
                             .arg(double(timeline.totalMs()) / 1000.0, 0, 'f', 1),
                         this);
    m_label->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, int(std::max<qint64>(1, timeline.totalMs())));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AnimaticExportDialog::reject);
    connect(m_renderer, &AnimaticRenderer::progressChanged, this,
            [this](qint64 done, qint64) { m_progress->setValue(int(done)); });
    connect(m_renderer, &AnimaticRenderer::finished, this, &AnimaticExportDialog::onFinished);
}

bool AnimaticExportDialog::chooseCaptions(QWidget *parent, AnimaticOptions &options)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Export Animatic"));
    auto *intro = new QLabel(tr("Shots without a take show their board, else their first frame, "
                                "else a slate. Burn in:"),
                             &dialog);
    intro->setWordWrap(true);
    auto *label = new QCheckBox(tr("Shot &label"), &dialog);
    auto *dialogue = new QCheckBox(tr("&Dialogue as subtitles"), &dialog);
    auto *timecode = new QCheckBox(tr("&Timecode"), &dialog);
    QSettings settings;
    label->setChecked(settings.value(QStringLiteral("animatic/captionLabel"), true).toBool());
    dialogue->setChecked(settings.value(QStringLiteral("animatic/captionDialogue"), true).toBool());
    timecode->setChecked(
        settings.value(QStringLiteral("animatic/captionTimecode"), false).toBool());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    for (QWidget *widget : {static_cast<QWidget *>(intro), static_cast<QWidget *>(label),
                            static_cast<QWidget *>(dialogue), static_cast<QWidget *>(timecode),
                            static_cast<QWidget *>(buttons)})
        layout->addWidget(widget);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    options.captionLabel = label->isChecked();
    options.captionDialogue = dialogue->isChecked();
    options.captionTimecode = timecode->isChecked();
    settings.setValue(QStringLiteral("animatic/captionLabel"), options.captionLabel);
    settings.setValue(QStringLiteral("animatic/captionDialogue"), options.captionDialogue);
    settings.setValue(QStringLiteral("animatic/captionTimecode"), options.captionTimecode);
    return true;
}

bool AnimaticExportDialog::start()
{
    const Result<void> started = m_renderer->start(m_timeline, m_outputPath);
    if (!started) {
        m_label->setText(started.error().message);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        Q_EMIT failed(started.error().message);
        return false;
    }
    return true;
}

void AnimaticExportDialog::reject()
{
    if (m_renderer->isRunning()) {
        m_renderer->cancel(); // onFinished closes the dialog
        return;
    }
    QDialog::reject();
}

void AnimaticExportDialog::onFinished(const ShotBrief::Result<void> &result)
{
    if (result) {
        Q_EMIT exported(m_outputPath);
        accept();
        return;
    }
    m_label->setText(result.error().message);
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    Q_EMIT failed(result.error().message);
}

} // namespace ShotBrief
