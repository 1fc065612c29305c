// SPDX-License-Identifier: MIT
#pragma once
// What the crash-recovery tests share: the starting project, a private HOME for helper
// processes, and "let the editor autosave N times, then kill -9 it".

#include "model/project.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

namespace ShotBrief::Testing {

/// Shots "shot-0".. labelled "1".., prose "original 0"..; 4 s each.
inline Project numberedProject(const QString &title, int shotCount)
{
    Project project;
    project.title = title;
    for (int i = 0; i < shotCount; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i);
        shot.label = QString::number(i + 1);
        shot.sceneProse = QStringLiteral("original %1").arg(i);
        shot.durationSeconds = 4;
        project.shots.append(shot);
    }
    return project;
}

/// The environment of a helper process whose settings, caches and keys stay under `home`.
inline QProcessEnvironment privateHomeEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("SHOTBRIEF_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

struct KilledEditor
{
    int autosaves = 0;           ///< "autosaved N" lines read before the kill
    int lastAutosavedEdit = -1;  ///< the N of the last such line, including those read after
    int delayMs = 0;             ///< waited between the last counted autosave and the kill
    qint64 waitedMs = 0;         ///< from the start of reading to the kill
    bool exitedByItself = false; ///< it was gone before the kill (it failed: see its stderr)

    /// "autosaved 2 times in 30000 ms and exited": why fewer autosaves came than wanted.
    QString summary() const
    {
        return QStringLiteral("autosaved %1 times in %2 ms%3")
            .arg(autosaves)
            .arg(waitedMs)
            .arg(exitedByItself ? QStringLiteral(" and exited") : QString());
    }
};

/// Reads the started `editor`'s "autosaved N" lines until `autosaves` of them came (or
/// `timeoutMs` passed, or it exited), waits `extraDelayMs` (negative: seeded random 0-49 ms),
/// kills it with SIGKILL and reads what was still on its way.
inline KilledEditor killAfterAutosaves(QProcess &editor, int autosaves, int extraDelayMs,
                                       quint32 seed, int timeoutMs)
{
    KilledEditor result;
    auto readLines = [&result](const QByteArray &line, bool count) {
        if (!line.startsWith("autosaved "))
            return;
        result.autosaves += count ? 1 : 0;
        result.lastAutosavedEdit = line.mid(10).trimmed().toInt();
    };
    QElapsedTimer timer;
    timer.start();
    while (result.autosaves < autosaves && timer.elapsed() < timeoutMs &&
           editor.state() == QProcess::Running) {
        if (!editor.canReadLine() && !editor.waitForReadyRead(1000))
            continue;
        while (editor.canReadLine())
            readLines(editor.readLine(), true);
    }
    result.delayMs = extraDelayMs >= 0 ? extraDelayMs : int(QRandomGenerator(seed).bounded(0, 50));
    if (result.autosaves >= autosaves && result.delayMs > 0)
        QTest::qWait(result.delayMs);
    result.waitedMs = timer.elapsed();
    result.exitedByItself = editor.state() != QProcess::Running;
    editor.kill();
    editor.waitForFinished(10000);
    // Lines that arrived between the last read and the kill count too.
    for (const QByteArray &line : editor.readAll().split('\n'))
        readLines(line, false);
    return result;
}

} // namespace ShotBrief::Testing
