// SPDX-License-Identifier: MIT
#include "animaticexportdialog.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

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
