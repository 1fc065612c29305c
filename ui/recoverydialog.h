// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPushButton;

namespace ShotBrief {

/// At start after a crash: the projects that have unsaved changes newer than their files,
/// one of which the user opens with those changes ("Recover"), or none for now.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    explicit RecoveryDialog(const QStringList &projectPaths, QWidget *parent = nullptr);

    QString chosenPath() const;
    QListWidget *projectList() const { return m_list; }
    QPushButton *recoverButton() const { return m_recover; }

    /// Shows the dialog; the project to recover, or empty for "not now".
    static QString choose(const QStringList &projectPaths, QWidget *parent);

private:
    QListWidget *m_list = nullptr;
    QPushButton *m_recover = nullptr;
};

} // namespace ShotBrief
