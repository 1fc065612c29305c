// SPDX-License-Identifier: MIT
#pragma once

#include "framegrabber.h"

#include "model/project.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace ShotBrief {

/// Measures the cuts of the open project in the background, for the timeline's cut marks:
/// for two adjacent shots with circled, ready takes, the mean absolute difference between the
/// outgoing clip's last frame and the incoming clip's first frame (as the continuity report
/// measures it). Results are kept by take pair, so an edit elsewhere measures nothing again.
class CutMeasurer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CutMeasurer)

public:
    explicit CutMeasurer(QObject *parent = nullptr);

    /// Measures, one cut at a time, every cut of `project` not measured yet.
    void setProject(const Project &project, const QString &projectPath);
    /// The difference of the cut between these takes (0-255), when measured.
    std::optional<double> difference(const QString &outgoingTakeId,
                                     const QString &incomingTakeId) const;
    /// True while cuts are still being measured.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void measured(); ///< A cut was measured: repaint the marks.

private:
    struct Pending
    {
        QString outgoingTakeId;
        QString incomingTakeId;
        QString outgoingClip; ///< absolute
        QString incomingClip;
    };
    static QString key(const QString &outgoingTakeId, const QString &incomingTakeId);
    void next();
    void onFrame(const Pending &pending, bool last, const Result<QByteArray> &png);

    QHash<QString, double> m_differences;
    QSet<QString> m_unreadable; ///< Pairs whose clips ffmpeg could not read: not tried again.
    QList<Pending> m_pending;
    QImage m_outgoingFrame;
    QImage m_incomingFrame;
    int m_framesAwaited = 0;
    bool m_busy = false;
    quint64 m_generation = 0; ///< Bumped by setProject: answers for an older project are dropped.
};

} // namespace ShotBrief
