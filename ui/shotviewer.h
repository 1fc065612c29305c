// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QWidget>

namespace ShotBrief {

class ProjectDocument;

/// The large picture of the current shot above the timeline: the circled take's thumbnail,
/// else its reference image, else a storyboard slate in its palette, with its label, scene
/// and duration. The sequence player can take this place later.
class ShotViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotViewer)

public:
    explicit ShotViewer(ProjectDocument *document, QWidget *parent = nullptr);

    void setShotId(const QString &shotId);
    QString shotId() const { return m_shotId; }
    /// The picture shown: the circled take's thumbnail, else the shot's first frame; null
    /// when the slate is shown.
    QImage picture() const;

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ProjectDocument *m_document; // not owned
    QString m_shotId;
};

} // namespace ShotBrief
