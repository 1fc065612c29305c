// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace ShotBrief {

class ProjectDocument;

/// What the reviewers of review packages said about one shot (File > Import Review): who,
/// their decision, the take they preferred, when, and the note (plain text, never HTML).
/// A preferred take is circled in one click; a review can be removed (both undoable).
class ShotReviewsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotReviewsView)

public:
    explicit ShotReviewsView(ProjectDocument *document, QWidget *parent = nullptr);

    void setShotId(const QString &shotId);
    QString shotId() const { return m_shotId; }

    QTreeWidget *reviewsList() const { return m_list; }
    QPlainTextEdit *noteView() const { return m_note; }
    QPushButton *circleButton() const { return m_circle; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    /// The number of reviews shown changed (the inspector titles its group with it).
    void countChanged(int count);

private:
    void refresh();
    void updateSelection();
    int selectedRow() const;

    ProjectDocument *m_document; // not owned
    QString m_shotId;
    int m_count = -1;
    QLabel *m_empty = nullptr;
    QTreeWidget *m_list = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_circle = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace ShotBrief
