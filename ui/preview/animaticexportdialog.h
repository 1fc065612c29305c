// SPDX-License-Identifier: MIT
#pragma once

#include "preview/animaticrenderer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace ShotBrief {

/// Renders the sequence to an mp4 with a progress bar and a Cancel button. Non-modal use:
/// show() then start(); the dialog reports through exported/failed and closes itself on
/// success.
class AnimaticExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnimaticExportDialog)

public:
    AnimaticExportDialog(const SequenceTimeline &timeline, const QString &outputPath,
                         QWidget *parent = nullptr);

    AnimaticRenderer *renderer() const { return m_renderer; }
    /// Asks which captions to burn in (shot label, dialogue as subtitles, timecode),
    /// remembering the last answer; false when the user cancels.
    static bool chooseCaptions(QWidget *parent, AnimaticOptions &options);
    /// Starts rendering; false (and the reason shown) when it cannot start.
    bool start();
    /// Cancel: stops a running render (the dialog then reports failed), else closes.
    void reject() override;

Q_SIGNALS:
    void exported(const QString &path);
    void failed(const QString &message);

private:
    void onFinished(const ShotBrief::Result<void> &result);

    SequenceTimeline m_timeline;
    QString m_outputPath;
    AnimaticRenderer *m_renderer = nullptr; // owned (child)
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ShotBrief
