// SPDX-License-Identifier: MIT
#include "cutmeasurer.h"

#include "colordifference.h"

#include "io/projectfile.h"

#include <QFileInfo>

namespace ShotBrief {

CutMeasurer::CutMeasurer(QObject *parent)
    : QObject(parent)
{}

QString CutMeasurer::key(const QString &outgoingTakeId, const QString &incomingTakeId)
{
    return outgoingTakeId + QLatin1Char('>') + incomingTakeId;
}

std::optional<double> CutMeasurer::difference(const QString &outgoingTakeId,
                                              const QString &incomingTakeId) const
{
    const auto it = m_differences.constFind(key(outgoingTakeId, incomingTakeId));
    if (it == m_differences.cend())
        return std::nullopt;
    return *it;
}

void CutMeasurer::setProject(const Project &project, const QString &projectPath)
{
    QList<Pending> wanted;
    if (!projectPath.isEmpty()) {
        for (int i = 0; i + 1 < project.shots.size(); ++i) {
            const Take *out = project.shots.at(i).circledTake();
            const Take *in = project.shots.at(i + 1).circledTake();
            if (!out || !in || out->status != TakeStatus::Ready ||
                in->status != TakeStatus::Ready || out->clipPath.isEmpty() ||
                in->clipPath.isEmpty() || m_differences.contains(key(out->id, in->id)) ||
                m_unreadable.contains(key(out->id, in->id)))
                continue;
            const Result<QString> outClip =
                ProjectFile::resolveMediaPath(projectPath, out->clipPath);
            const Result<QString> inClip = ProjectFile::resolveMediaPath(projectPath, in->clipPath);
            if (!outClip || !inClip || !QFileInfo::exists(*outClip) || !QFileInfo::exists(*inClip))
                continue;
            wanted.append({out->id, in->id, *outClip, *inClip});
        }
    }
    // What is being measured now finishes (it is still wanted, or harmlessly cached).
    m_pending = wanted;
    if (!m_busy)
        next();
}

void CutMeasurer::next()
{
    if (m_pending.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    const Pending pending = m_pending.takeFirst();
    m_outgoingFrame = QImage();
    m_incomingFrame = QImage();
    m_framesAwaited = 2;
    const quint64 generation = ++m_generation;
    const FrameGrabber grabber;
    for (const bool last : {true, false}) {
        grabber.grabPngLater(last ? pending.outgoingClip : pending.incomingClip,
                             last ? FrameGrabber::Position::Last : FrameGrabber::Position::First,
                             QSize(), this,
                             [this, pending, last, generation](Result<QByteArray> png) {
                                 if (generation == m_generation)
                                     onFrame(pending, last, png);
                             });
    }
}

void CutMeasurer::onFrame(const Pending &pending, bool last, const Result<QByteArray> &png)
{
    QImage image;
    if (png)
        image.loadFromData(*png, "PNG");
    (last ? m_outgoingFrame : m_incomingFrame) = image;
    if (--m_framesAwaited > 0)
        return;
    // A clip that cannot be read is simply not marked: the report says why.
    const QString pair = key(pending.outgoingTakeId, pending.incomingTakeId);
    if (!m_outgoingFrame.isNull() && !m_incomingFrame.isNull()) {
        m_differences.insert(pair, meanAbsoluteDifference(m_outgoingFrame, m_incomingFrame));
        Q_EMIT measured();
    } else {
        m_unreadable.insert(pair);
    }
    m_outgoingFrame = QImage();
    m_incomingFrame = QImage();
    next();
}

} // namespace ShotBrief
