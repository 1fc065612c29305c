// SPDX-License-Identifier: MIT
#include "recoverydialog.h"

#include "document/autosave.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ShotBrief {

RecoveryDialog::RecoveryDialog(const QStringList &projectPaths, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Recover Unsaved Changes"));
    auto *text = new QLabel(
        tr("ShotBrief found changes to these projects that were not saved, newer than the files "
           "themselves: the application may have quit unexpectedly. Open one with its changes, "
           "or leave them for now (they are offered again when you open the project)."),
        this);
    text->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Projects with unsaved changes"));
    const QLocale locale;
    for (const QString &path : projectPaths) {
        const QFileInfo recovery(Autosave::recoveryPathFor(path));
        auto *item = new QListWidgetItem(
            tr("%1 — changes from %2")
                .arg(QFileInfo(path).fileName(),
                     locale.toString(recovery.lastModified(), QLocale::ShortFormat)),
            m_list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(this);
    m_recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    m_recover->setDefault(true);
    buttons->addButton(tr("&Not Now"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 320);
}

QString RecoveryDialog::chosenPath() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString RecoveryDialog::choose(const QStringList &projectPaths, QWidget *parent)
{
    RecoveryDialog dialog(projectPaths, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.chosenPath() : QString();
}

} // namespace ShotBrief
