// SPDX-License-Identifier: MIT
#include "shotviewer.h"

#include "board/shotpicture.h"
#include "document/projectdocument.h"
#include "model/shotname.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ShotBrief {

namespace {
/// `text` in at most two lines of `width`, broken at spaces as measured in `metrics`; the
/// second line ends in an ellipsis when the text is longer.
QString twoLines(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    qsizetype used = 0;
    while (used < words.size()) {
        const QString candidate =
            first.isEmpty() ? words.at(used) : first + QLatin1Char(' ') + words.at(used);
        if (metrics.horizontalAdvance(candidate) > width)
            break;
        first = candidate;
        ++used;
    }
    if (first.isEmpty()) // one word wider than the slate (or a CJK run without spaces)
        return metrics.elidedText(text, Qt::ElideRight, width);
    const QString rest = words.mid(used).join(QLatin1Char(' '));
    return first + QLatin1Char('\n') + metrics.elidedText(rest, Qt::ElideRight, width);
}
} // namespace

ShotViewer::ShotViewer(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(document, &ProjectDocument::changed, this, [this] {
        refreshPicture();
        update();
    });
    connect(document, &ProjectDocument::filePathChanged, this, [this] {
        refreshPicture();
        update();
    });
}

void ShotViewer::setShotId(const QString &shotId)
{
    m_shotId = shotId;
    refreshPicture();
    update();
}

void ShotViewer::refreshPicture()
{
    const Project &project = m_document->project();
    const Shot *shot = project.shotById(m_shotId);
    const ShotPicture picture =
        shot ? shotPicture(project, m_document->filePath(), *shot) : ShotPicture();
    const QString key = m_shotId + QLatin1Char('|') + picture.key;
    if (key == m_pictureKey)
        return;
    m_pictureKey = key;
    // Decoded at most at the size of a large screen; the paint scales it.
    m_picture = loadShotPicture(picture, QSize(1920, 1920));
}

void ShotViewer::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.fillRect(rect(), QColor(0x16, 0x17, 0x1a));
    const Project &project = m_document->project();
    const Shot *shot = project.shotById(m_shotId);
    if (!shot) {
        painter.setPen(QColor(0x88, 0x88, 0x88));
        painter.drawText(rect(), Qt::AlignCenter,
                         project.shots.isEmpty() ? tr("An empty sequence: insert a shot to begin.")
                                                 : tr("Select a shot on the timeline."));
        return;
    }
    // Letterbox the clip's aspect inside the widget.
    const QStringList wh = project.effectiveSize(*shot).split(QLatin1Char('x'));
    QSizeF frame(wh.value(0).toDouble(), wh.value(1).toDouble());
    if (frame.isEmpty())
        frame = QSizeF(16, 9);
    const QRectF area = QRectF(rect()).adjusted(16, 16, -16, -16);
    frame.scale(area.size(), Qt::KeepAspectRatio);
    const QRectF target(area.center() - QPointF(frame.width() / 2, frame.height() / 2), frame);

    const QImage &image = m_picture;
    if (!image.isNull()) {
        painter.drawImage(target, image);
    } else {
        // Storyboard slate: the palette as bands, the brief's essentials over it.
        const Palette palette = shot->palette.isEmpty() ? project.style.palette : shot->palette;
        QList<QColor> colors;
        for (const PaletteColor &color : palette) {
            if (QColor(color.hex).isValid())
                colors.append(QColor(color.hex));
        }
        painter.fillRect(target, QColor(0x2a, 0x2d, 0x33));
        const qreal band = colors.isEmpty() ? 0 : target.width() / colors.size();
        for (int i = 0; i < colors.size(); ++i)
            painter.fillRect(
                QRectF(target.left() + i * band, target.top(), band + 0.5, target.height()),
                colors.at(i));
        painter.fillRect(target, QColor(0, 0, 0, 120));
        QFont big = font();
        big.setBold(true);
        big.setPixelSize(std::max(14, int(target.height() / 6)));
        // "SHOT 3A", or a name in words alone; a long one shrinks a little, then wraps and
        // ends in an ellipsis, instead of running off both sides of the slate.
        const QRectF titleRect = target.adjusted(24, 0, -24, -target.height() / 4);
        const QString title = slateTitle(shotName(project, project.shotIndex(shot->id)));
        QFontMetricsF metrics(big);
        if (metrics.horizontalAdvance(title) > titleRect.width()) {
            big.setPixelSize(std::max(14, big.pixelSize() * 2 / 3));
            metrics = QFontMetricsF(big);
        }
        painter.setFont(big);
        painter.setPen(Qt::white);
        painter.drawText(titleRect, Qt::AlignCenter, twoLines(title, metrics, titleRect.width()));
        QFont small = font();
        small.setPixelSize(std::max(10, int(target.height() / 22)));
        painter.setFont(small);
        painter.setPen(QColor(255, 255, 255, 210));
        const Scene *scene = project.sceneById(shot->sceneId);
        QStringList lines;
        if (scene)
            lines.append(scene->title);
        const QString camera = cameraSummary(*shot);
        if (!camera.isEmpty())
            lines.append(camera);
        lines.append(tr("%1 s · %2 · %3")
                         .arg(shot->durationSeconds)
                         .arg(project.effectiveModel(*shot), project.effectiveSize(*shot)));
        lines.append(paletteNames(palette));
        painter.drawText(target.adjusted(24, target.height() / 2, -24, -12),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         lines.join(QLatin1Char('\n')));
    }
    painter.setPen(QPen(QColor(255, 255, 255, 40), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(target);
}

} // namespace ShotBrief
