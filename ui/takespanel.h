// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
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

private:
    void refresh();
    QString selectedTakeId() const;

    ProjectDocument *m_document; // not owned
    QString m_shotId;
    QLabel *m_header = nullptr;
    QTreeWidget *m_takes = nullptr;
    QPushButton *m_circle = nullptr;
    QPushButton *m_reveal = nullptr;
};

} // namespace ShotBrief
