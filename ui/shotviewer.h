// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QWidget>

namespace ShotBrief {

class ProjectDocument;

/// The large picture of the current shot above the timeline: the circled take's thumbnail,
/// else its board, else its first frame (board/shotpicture.h), else a storyboard slate in its
/// palette, with its label, scene and duration. The sequence player can take this place later.
class ShotViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotViewer)

public:
    explicit ShotViewer(ProjectDocument *document, QWidget *parent = nullptr);

    void setShotId(const QString &shotId);
    QString shotId() const { return m_shotId; }
    /// The picture shown (null for a slate), worked out when the shot changes, not on paint.
    QImage picture() const { return m_picture; }

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refreshPicture();

    ProjectDocument *m_document; // not owned
    QString m_shotId;
    QString m_pictureKey;
    QImage m_picture;
};

} // namespace ShotBrief
