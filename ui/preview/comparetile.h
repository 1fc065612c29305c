// SPDX-License-Identifier: MIT
#pragma once

#include "comparetake.h"

#include <QFrame>

class QLabel;

namespace ShotBrief {

class VideoCanvas;

/// One cell of the compare grid: key number, take parameters, cost, prompt delta, picture.
/// A click selects the take; circling is deliberate: a double-click asks for it.
class CompareTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareTile)

public:
    CompareTile(int number, const CompareTake &take, QWidget *parent = nullptr);

    VideoCanvas *canvas() const { return m_canvas; }
    const CompareTake &take() const { return m_take; }
    /// New labels for the same take (the picture is left alone).
    void setTake(const CompareTake &take);
    void setCircled(bool circled);
    bool isCircled() const { return m_circled; }
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }
    void setAudible(bool audible);
    void setError(const QString &error);

Q_SIGNALS:
    void clicked();
    void circleRequested();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void updateHeader();
    void updateInfo();

    int m_number = 0;
    CompareTake m_take;
    bool m_circled = false;
    bool m_selected = false;
    bool m_audible = false;
    QLabel *m_header = nullptr;
    QLabel *m_info = nullptr;
    VideoCanvas *m_canvas = nullptr;
};

} // namespace ShotBrief
