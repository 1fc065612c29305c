// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;
class QUrl;

namespace ShotBrief {

/// Says where a finished export went, in the status bar, with "Open" and "Show in Folder":
/// an export or an animatic never finishes silently. It stays until dismissed or replaced.
class FileNotice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileNotice)

public:
    explicit FileNotice(QWidget *parent = nullptr);

    /// Shows `text` ("Exported the prompt sheet to night-market.pdf") for the file at `path`.
    void showFile(const QString &text, const QString &path);
    QString filePath() const { return m_path; }
    QLabel *label() const { return m_label; }
    QToolButton *openButton() const { return m_open; }
    QToolButton *showInFolderButton() const { return m_showInFolder; }
    QToolButton *dismissButton() const { return m_dismiss; }

    /// Opens a file or folder; replaceable so that tests see the URL instead of an application.
    std::function<bool(const QUrl &url)> openUrl;

private:
    void open(const QUrl &url);

    QString m_path;
    QLabel *m_label = nullptr;
    QToolButton *m_open = nullptr;
    QToolButton *m_showInFolder = nullptr;
    QToolButton *m_dismiss = nullptr;
};

} // namespace ShotBrief
