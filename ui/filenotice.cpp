// SPDX-License-Identifier: MIT
#include "filenotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>
#include <QUrl>

namespace ShotBrief {

FileNotice::FileNotice(QWidget *parent)
    : QFrame(parent)
{
    openUrl = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    setAccessibleName(tr("Finished export"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->setSpacing(4);
    m_label = new QLabel(this);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open = new QToolButton(this);
    m_open->setText(tr("Open"));
    m_showInFolder = new QToolButton(this);
    m_showInFolder->setText(tr("Show in Folder"));
    m_dismiss = new QToolButton(this);
    m_dismiss->setText(QStringLiteral("\u00d7"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAutoRaise(true);
    layout->addWidget(m_label);
    layout->addWidget(m_open);
    layout->addWidget(m_showInFolder);
    layout->addWidget(m_dismiss);
    connect(m_open, &QToolButton::clicked, this, [this] { open(QUrl::fromLocalFile(m_path)); });
    connect(m_showInFolder, &QToolButton::clicked, this,
            [this] { open(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath())); });
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void FileNotice::showFile(const QString &text, const QString &path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_label->setText(text);
    const QString where = QDir::toNativeSeparators(m_path);
    m_label->setToolTip(where);
    m_open->setToolTip(tr("Open %1").arg(where));
    m_open->setAccessibleDescription(m_open->toolTip());
    m_showInFolder->setToolTip(
        tr("Show %1").arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath())));
    m_showInFolder->setAccessibleDescription(m_showInFolder->toolTip());
    show();
}

void FileNotice::open(const QUrl &url)
{
    if (openUrl && !openUrl(url))
        QMessageBox::warning(
            window(), tr("Cannot Open"),
            tr("No application could open %1.").arg(QDir::toNativeSeparators(url.toLocalFile())));
}

} // namespace ShotBrief
