// SPDX-License-Identifier: MIT
#pragma once

#include "ui/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace ShotBrief::TestSupport {

/// The window as a user sees it with the test project open: tests/ui/data/night-market.shotbrief
/// copied into `dir` (so saving and autosaving touch no source file), the window shown at a
/// size where every panel has room, closing it asks nothing. Null when the project does not open.
inline MainWindow *openNightMarketWindow(const QTemporaryDir &dir)
{
    const QString project = dir.filePath(QStringLiteral("night-market.shotbrief"));
    if (!QFile::copy(QStringLiteral(SHOTBRIEF_SOURCE_DIR "/tests/ui/data/night-market.shotbrief"),
                     project))
        return nullptr;
    QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
    auto *window = new MainWindow;
    window->askSaveChanges = [](const QString &) {
        return QMessageBox::Discard;
    };
    window->resize(1600, 1000);
    window->show();
    if (!QTest::qWaitForWindowExposed(window) || !window->openFile(project)) {
        delete window;
        return nullptr;
    }
    return window;
}

/// Types `text` one key at a time into whatever has the focus before each key, as a keyboard
/// does: an editor that loses the focus mid-word loses the rest of the word.
inline void typeWhereTheFocusIs(const QString &text)
{
    for (const QChar c : text) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus, qPrintable(QStringLiteral("nothing has the focus before \"%1\"").arg(c)));
        QTest::keyClick(focus, c.toLatin1());
    }
}

} // namespace ShotBrief::TestSupport
