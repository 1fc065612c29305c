// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ShotBrief {

class ProjectDocument;

/// All takes of the selected shot with their status, progress, error, cost and the
/// parameters they were made with. Circling a take is an undoable edit; generation itself
/// is wired in when the generation queue is available.
class TakesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TakesPanel)

public:
    explicit TakesPanel(ProjectDocument *document, QWidget *parent = nullptr);

    void setShotId(const QString &shotId);
    QTreeWidget *takesView() const { return m_takes; }
    QPushButton *circleButton() const { return m_circle; }
    QPushButton *generateButton() const { return m_generate; }
    QSpinBox *variantsSpin() const { return m_variants; }

    /// Shows or hides the generation buttons (hidden in builds without core/api).
    void setGenerationAvailable(bool available);
    /// Which provider generation uses, in words.
    void setProviderText(const QString &text);

Q_SIGNALS:
    void generateRequested(const QString &shotId, int count);
    void remixRequested(const QString &shotId, const QString &takeId);
    void cancelRequested(const QString &shotId, const QString &takeId);
    void retryRequested(const QString &shotId, const QString &takeId);

private:
    void refresh();
    void updateButtons();
    QString selectedTakeId() const;

    ProjectDocument *m_document; // not owned
    QString m_shotId;
    QLabel *m_header = nullptr;
    QTreeWidget *m_takes = nullptr;
    QPushButton *m_circle = nullptr;
    QPushButton *m_reveal = nullptr;
    QLabel *m_provider = nullptr;
    QPushButton *m_generate = nullptr;
    QSpinBox *m_variants = nullptr;
    QPushButton *m_remix = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QWidget *m_generationRow = nullptr;
};

} // namespace ShotBrief
