// SPDX-License-Identifier: MIT
#include "comparetile.h"

#include "videocanvas.h"

#include <QBoxLayout>
#include <QLabel>
#include <QMouseEvent>

namespace ShotBrief {

CompareTile::CompareTile(int number, const CompareTake &take, QWidget *parent)
    : QFrame(parent)
    , m_number(number)
    , m_take(take)
{
    setFrameShape(QFrame::StyledPanel);
    setLineWidth(2);
    setCursor(Qt::PointingHandCursor);
    m_header = new QLabel(this);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_canvas = new VideoCanvas(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    layout->addWidget(m_header);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_info);

    updateInfo();
    if (!m_take.item.hasClip())
        m_canvas->showSlate(m_take.item, m_take.item.error);
    updateHeader();
}

void CompareTile::setTake(const CompareTake &take)
{
    m_take = take;
    updateInfo();
    updateHeader();
}

void CompareTile::updateInfo()
{
    QString info = m_take.parameters.toHtmlEscaped();
    if (m_take.costUsd > 0)
        info += QStringLiteral(" · <b>$%1</b>").arg(m_take.costUsd, 0, 'f', 2);
    if (!m_take.promptDelta.isEmpty())
        info += QStringLiteral("<br><span style='color:#8fa3bf'>%1</span>")
                    .arg(m_take.promptDelta.toHtmlEscaped());
    m_info->setText(info);
    m_info->setToolTip(m_take.item.prompt);
}

void CompareTile::setCircled(bool circled)
{
    m_circled = circled;
    updateHeader();
}

void CompareTile::setSelected(bool selected)
{
    m_selected = selected;
    updateHeader();
}

void CompareTile::setAudible(bool audible)
{
    m_audible = audible;
    updateHeader();
}

void CompareTile::setError(const QString &error)
{
    m_canvas->showSlate(m_take.item, error);
}

void CompareTile::updateHeader()
{
    QString text = QStringLiteral("<b>%1</b> &nbsp;%2")
                       .arg(m_number)
                       .arg(tr("Take %1")
                                .arg(m_take.number > 0 ? QString::number(m_take.number)
                                                       : m_take.takeId.left(8))
                                .toHtmlEscaped());
    if (m_circled)
        text += QStringLiteral(" &nbsp;<span style='color:#f5c542'>\u25cf %1</span>")
                    .arg(tr("circled"));
    if (m_audible)
        text += QStringLiteral(" &nbsp;\u266a");
    // Made from an older brief: said on the tile, with what changed in the tooltip.
    if (!m_take.outOfDate.isEmpty())
        text += QStringLiteral(" &nbsp;<span style='color:#e09b20'>\u27f3 %1</span>")
                    .arg(tr("out of date").toHtmlEscaped());
    m_header->setText(text);
    m_header->setToolTip(m_take.outOfDate.isEmpty()
                             ? m_take.takeId
                             : m_take.outOfDate + QLatin1Char('\n') + m_take.takeId);
    // What a screen reader says for the tile: the take, circled or not, its parameters and
    // why it is out of date.
    const QString name = m_take.number > 0 ? tr("Take %1").arg(m_take.number) : tr("Take");
    setAccessibleName(m_circled ? tr("%1, circled").arg(name) : name);
    setAccessibleDescription(m_take.outOfDate.isEmpty()
                                 ? m_take.parameters
                                 : m_take.parameters + QLatin1Char('\n') + m_take.outOfDate);
    // Circled: a gold frame; selected (what the Circle button acts on): a dashed one.
    QString border;
    if (m_circled)
        border = QStringLiteral("2px solid #f5c542");
    else if (m_selected)
        border = QStringLiteral("2px dashed #5aa0e6");
    setStyleSheet(border.isEmpty()
                      ? QString()
                      : QStringLiteral("ShotBrief--CompareTile { border: %1; }").arg(border));
}

void CompareTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

void CompareTile::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT circleRequested();
    QFrame::mouseDoubleClickEvent(event);
}

} // namespace ShotBrief
