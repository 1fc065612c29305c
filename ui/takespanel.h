// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QUrl;

namespace ShotBrief {

struct Project;
struct Take;

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
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *generateButton() const { return m_generate; }
    QSpinBox *variantsSpin() const { return m_variants; }
    /// Everything about the selected take, its error in full.
    QTextBrowser *detailsView() const { return m_details; }
    QLabel *projectProviderLabel() const { return m_projectProvider; }
    QPushButton *remixButton() const { return m_remix; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    /// The take actions of the list's context menu (Menu key, Shift+F10), same as the buttons.
    QList<QAction *> takeActions() const;

    /// Opens the folder of a take's clip; replaceable so that tests see the URL instead of a
    /// file manager.
    std::function<bool(const QUrl &url)> openUrl;

    /// Which provider generation uses, in words.
    void setProviderText(const QString &text);
    /// The project's provider, shown apart from the provider each take was made with.
    void setProjectProvider(const QString &displayName);
    /// Turns a take's recorded provider ("emulator-runway") into words; the name as it is
    /// when unset.
    void setProviderNamer(std::function<QString(const QString &recorded)> namer);

Q_SIGNALS:
    void generateRequested(const QString &shotId, int count);
    void remixRequested(const QString &shotId, const QString &takeId);
    void cancelRequested(const QString &shotId, const QString &takeId);
    void retryRequested(const QString &shotId, const QString &takeId);

private:
    void refresh();
    /// The take's cost: the estimate, or what the provider charged and the difference.
    static void setCostCell(QTreeWidgetItem *item, const Take &take, const Project &project);
    void updateButtons();
    void updateDetails();
    QString providerName(const QString &recorded) const;
    QString selectedTakeId() const;
    void reveal();
    QAction *addTakeAction(QPushButton *button);

    ProjectDocument *m_document; // not owned
    QString m_shotId;
    QLabel *m_header = nullptr;
    QTreeWidget *m_takes = nullptr;
    QPushButton *m_circle = nullptr;
    QPushButton *m_reveal = nullptr;
    QLabel *m_provider = nullptr;
    QLabel *m_projectProvider = nullptr;
    QTextBrowser *m_details = nullptr;
    QString m_detailsHtml; ///< What m_details shows.
    std::function<QString(const QString &)> m_providerNamer;
    QPushButton *m_generate = nullptr;
    QSpinBox *m_variants = nullptr;
    QPushButton *m_remix = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QWidget *m_generationRow = nullptr;
    QList<QPair<QAction *, QPushButton *>> m_takeActions; ///< context menu entry, its button
};

} // namespace ShotBrief
