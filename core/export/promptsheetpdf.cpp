// SPDX-License-Identifier: MIT
#include "promptsheetpdf.h"

#include "model/shotfield.h"

#include "pdfflow.h"
#include "slate.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Export)
};

// One context for lupdate and for QCoreApplication::translate: "ShotBrief::PromptSheet".
struct SheetText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::PromptSheet)
};

QString severityText(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Hint:
        return SheetText::tr("hint");
    case LintSeverity::Warning:
        return SheetText::tr("warning");
    case LintSeverity::Error:
        return SheetText::tr("error");
    }
    return {};
}

QColor severityColor(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Hint:
        return QColor(0x55, 0x66, 0x77);
    case LintSeverity::Warning:
        return QColor(0xa8, 0x5a, 0x00);
    case LintSeverity::Error:
        return QColor(0xb0, 0x1c, 0x1c);
    }
    return Qt::black;
}

class SheetWriter
{
public:
    SheetWriter(const ExportData &data, QPdfWriter &writer, QPainter *painter, int pageCount)
        : m_data(data)
        , m_writer(writer)
        , m_painter(painter)
        , m_pageCount(pageCount)
        , m_pageRect(0, 0, writer.width(), writer.height())
        , m_margin(36 * writer.logicalDpiY() / 72.0)
        , m_flow(&writer, painter,
                 m_pageRect.adjusted(m_margin, m_margin + pointsToPixels(10), -m_margin,
                                     -m_margin - pointsToPixels(10)),
                 [this](int page) { decorate(page); })
    {}

    int pages() const { return m_flow.page(); }

    bool run(const ExportProgress &progress, int progressOffset, int progressTotal)
    {
        m_section = SheetText::tr("Prompt sheet");
        m_flow.start();
        titlePage();
        for (int i = 0; i < m_data.shots.size(); ++i) {
            if (progress && !progress(progressOffset + i, progressTotal))
                return false;
            shotPages(m_data.shots.at(i));
        }
        return true;
    }

private:
    qreal pointsToPixels(qreal points) const { return points * m_writer.logicalDpiY() / 72.0; }

    void decorate(int page)
    {
        if (m_painter) {
            paintPageFrame(*m_painter, m_pageRect, m_margin, m_flow.pt(1), m_data.projectTitle,
                           m_section, page, m_pageCount);
        }
    }

    void heading(const QString &text, qreal points)
    {
        const QFont font = m_flow.font(points, true);
        // Keep a heading with at least two lines of what follows it.
        m_flow.ensureSpace(m_flow.pt(points * 1.5 + 30));
        m_flow.paragraph(text, font, QColor(0x22, 0x22, 0x22));
        m_flow.addSpace(m_flow.pt(points * 0.3));
    }

    void swatches(const Palette &palette)
    {
        if (palette.isEmpty())
            return;
        const qreal cellWidth = m_flow.pt(92);
        const qreal swatch = m_flow.pt(22);
        const QFont nameFont = m_flow.font(8, true);
        const QFont hexFont = m_flow.font(7);
        const qreal textHeight = m_flow.pt(22);
        const int perRow = qMax(1, int(m_flow.width() / cellWidth));
        for (int start = 0; start < palette.size(); start += perRow) {
            m_flow.ensureSpace(swatch + textHeight);
            const qreal top = m_flow.y();
            for (int i = start; i < qMin<int>(palette.size(), start + perRow); ++i) {
                const PaletteColor &color = palette.at(i);
                const qreal x = m_flow.left() + (i - start) * cellWidth;
                if (QPainter *painter = m_flow.painter()) {
                    const QColor fill(normalizedHexColor(color.hex));
                    painter->setPen(QPen(QColor(0x88, 0x88, 0x88), m_flow.pt(0.5)));
                    painter->setBrush(fill.isValid() ? fill : QColor(Qt::white));
                    painter->drawRect(QRectF(x, top, swatch * 2.2, swatch));
                    const QFontMetricsF nameMetrics(nameFont, painter->device());
                    painter->setFont(nameFont);
                    painter->setPen(Qt::black);
                    const QRectF nameRect(x, top + swatch + m_flow.pt(2), cellWidth - m_flow.pt(6),
                                          nameMetrics.height());
                    painter->drawText(
                        nameRect, Qt::AlignLeft | Qt::AlignTop,
                        nameMetrics.elidedText(color.name, Qt::ElideRight, nameRect.width()));
                    painter->setFont(hexFont);
                    painter->setPen(QColor(0x44, 0x44, 0x44));
                    painter->drawText(
                        QRectF(x, nameRect.bottom(), nameRect.width(), nameMetrics.height()),
                        Qt::AlignLeft | Qt::AlignTop,
                        color.hex.isEmpty() ? QStringLiteral("-") : color.hex);
                }
            }
            m_flow.setY(top + swatch + textHeight);
        }
        m_flow.addSpace(m_flow.pt(6));
    }

    void titlePage()
    {
        const Project &project = *m_data.project;
        m_flow.paragraph(m_data.projectTitle, m_flow.font(26, true));
        m_flow.addSpace(m_flow.pt(4));
        m_flow.paragraph(
            SheetText::tr("Prompt sheet, %1")
                .arg(QLocale().toString(m_data.exportedAt.toLocalTime(), QLocale::LongFormat)),
            m_flow.font(11), QColor(0x44, 0x44, 0x44));
        m_flow.addSpace(m_flow.pt(14));

        const QFont body = m_flow.font(10);
        m_flow.field(SheetText::tr("Shots"), QString::number(m_data.shots.size()), body);
        m_flow.field(SheetText::tr("Total duration"), formatDuration(m_data.totalSeconds), body);
        QString cost = formatUsd(m_data.estimate.totalUsd);
        if (m_data.estimate.unpricedShots > 0)
            cost += SheetText::tr(" (%n shot(s) without a price)", nullptr,
                                  m_data.estimate.unpricedShots);
        if (!m_data.estimate.tableName.isEmpty())
            cost += SheetText::tr(", prices: %1").arg(m_data.estimate.tableName);
        m_flow.field(SheetText::tr("Cost estimate"), cost, body);
        m_flow.field(SheetText::tr("Spent so far"), formatUsd(project.totalSpentUsd()), body);
        m_flow.field(SheetText::tr("Format"),
                     QStringLiteral("%1, %2").arg(project.format.model, project.format.size), body);
        m_flow.addSpace(m_flow.pt(12));

        const StyleBible &style = project.style;
        if (!style.lensStyle.isEmpty() || !style.mood.isEmpty() || !style.lighting.isEmpty() ||
            !style.palette.isEmpty() || !style.notes.isEmpty()) {
            heading(SheetText::tr("Style bible"), 14);
            m_flow.field(shotFieldName(ShotField::LensStyle), style.lensStyle, body);
            m_flow.field(shotFieldName(ShotField::Mood), style.mood, body);
            m_flow.field(shotFieldName(ShotField::Lighting), style.lighting, body);
            m_flow.field(shotFieldName(ShotField::Notes), style.notes, body);
            m_flow.addSpace(m_flow.pt(4));
            swatches(style.palette);
            m_flow.addSpace(m_flow.pt(8));
        }

        if (!project.cast.isEmpty()) {
            heading(SheetText::tr("Cast"), 14);
            for (const CastMember &member : project.cast) {
                m_flow.ensureSpace(m_flow.pt(30));
                m_flow.paragraph(member.name, m_flow.font(10.5, true));
                m_flow.paragraph(member.identity, body, QColor(0x22, 0x22, 0x22), m_flow.pt(12));
                m_flow.addSpace(m_flow.pt(5));
            }
            m_flow.addSpace(m_flow.pt(8));
        }

        if (!project.scenes.isEmpty()) {
            heading(SheetText::tr("Scenes"), 14);
            for (const Scene &scene : project.scenes) {
                m_flow.paragraph(scene.title, body);
                m_flow.paragraph(scene.notes, m_flow.font(9), QColor(0x44, 0x44, 0x44),
                                 m_flow.pt(12));
            }
        }
    }

    void picture(const ExportShot &item)
    {
        const double aspect = frameAspect(item.size);
        qreal width = m_flow.width() * 0.46;
        qreal height = width / aspect;
        const qreal maxHeight = m_flow.pt(230);
        if (height > maxHeight) {
            height = maxHeight;
            width = height * aspect;
        }
        m_flow.ensureSpace(height + m_flow.pt(8));
        const QRectF rect(m_flow.left(), m_flow.y(), width, height);
        if (QPainter *painter = m_flow.painter()) {
            const QImage image = loadShotPicture(item, QSize(720, 720));
            if (image.isNull()) {
                paintSlate(*painter, rect, item);
            } else {
                QSizeF fitted = QSizeF(image.size()).scaled(rect.size(), Qt::KeepAspectRatio);
                QRectF target(QPointF(), fitted);
                target.moveCenter(rect.center());
                painter->fillRect(rect, Qt::black);
                painter->drawImage(target, image);
            }
            paintFrameInsets(*painter, rect, item);
            painter->setPen(QPen(QColor(0x99, 0x99, 0x99), m_flow.pt(0.5)));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(rect);
        }
        m_pictureBottom = rect.bottom();
        m_flow.setFloat(rect.right() + m_flow.pt(14), rect.bottom());
    }

    void shotPages(const ExportShot &item)
    {
        const Shot &shot = *item.shot;
        m_section = SheetText::tr("Shot %1").arg(item.displayLabel());
        m_flow.newPage();
        QString title = SheetText::tr("Shot %1").arg(item.displayLabel());
        m_flow.paragraph(title, m_flow.font(18, true));
        QString subtitle =
            SheetText::tr("#%1 of %2").arg(item.number).arg(m_data.sequenceShotCount);
        if (!item.sceneTitle.isEmpty())
            subtitle += QStringLiteral("  ·  ") + item.sceneTitle;
        m_flow.paragraph(subtitle, m_flow.font(9.5), QColor(0x55, 0x55, 0x55));
        m_flow.addSpace(m_flow.pt(8));

        const int pageBefore = m_flow.page();
        picture(item);
        const QFont body = m_flow.font(9.5);
        m_flow.field(shotFieldName(ShotField::Framing), shot.framing.displayName(), body);
        m_flow.field(shotFieldName(ShotField::Angle), shot.angle.displayName(), body);
        m_flow.field(shotFieldName(ShotField::Movement), shot.movement.displayName(), body);
        m_flow.field(shotFieldName(ShotField::DepthOfField), shot.depthOfField.displayName(), body);
        m_flow.field(shotFieldName(ShotField::LensStyle), item.lensStyle, body);
        m_flow.field(shotFieldName(ShotField::Lighting), item.lighting, body);
        m_flow.field(shotFieldName(ShotField::Mood), item.mood, body);
        m_flow.field(shotFieldName(ShotField::Duration), item.durationText(), body);
        m_flow.field(SheetText::tr("Model and size"),
                     QStringLiteral("%1, %2").arg(item.model, item.size), body);
        QStringList cast;
        for (const QString &castId : shot.castIds) {
            if (const CastMember *member = m_data.project->castById(castId))
                cast.append(member->name);
        }
        m_flow.field(shotFieldName(ShotField::Cast), cast.join(QLatin1String(", ")), body);
        m_flow.field(SheetText::tr("Circled take"), item.circledTakeText(), body);
        QString cost = item.estimate.priced
                           ? SheetText::tr("estimate %1").arg(formatUsd(item.estimate.usd))
                           : SheetText::tr("no price for this model and size");
        if (item.circledTake && item.circledTake->costUsd > 0)
            cost += SheetText::tr(", take %1").arg(formatUsd(item.circledTake->costUsd));
        m_flow.field(SheetText::tr("Cost"), cost, body);
        if (m_flow.page() == pageBefore && m_flow.y() < m_pictureBottom)
            m_flow.setY(m_pictureBottom);
        m_flow.clearFloat();
        m_flow.addSpace(m_flow.pt(10));

        if (!item.palette.isEmpty()) {
            heading(shotFieldName(ShotField::Palette), 11);
            swatches(item.palette);
        }
        if (!shot.sceneProse.isEmpty()) {
            heading(shotFieldName(ShotField::SceneProse), 11);
            m_flow.paragraph(shot.sceneProse, body);
            m_flow.addSpace(m_flow.pt(6));
        }
        if (!shot.actionBeats.isEmpty()) {
            heading(shotFieldName(ShotField::ActionBeats), 11);
            for (int i = 0; i < shot.actionBeats.size(); ++i)
                m_flow.paragraph(QStringLiteral("%1. %2").arg(i + 1).arg(shot.actionBeats.at(i)),
                                 body, Qt::black, m_flow.pt(6));
            m_flow.addSpace(m_flow.pt(6));
        }
        if (!shot.dialogue.isEmpty()) {
            heading(shotFieldName(ShotField::Dialogue), 11);
            for (const DialogueLine &line : shot.dialogue) {
                m_flow.field(line.speaker.isEmpty() ? SheetText::tr("(no speaker)") : line.speaker,
                             QStringLiteral("\u201c%1\u201d").arg(line.line), body);
            }
            m_flow.addSpace(m_flow.pt(6));
        }
        if (!shot.notes.isEmpty()) {
            heading(shotFieldName(ShotField::Notes), 11);
            m_flow.paragraph(shot.notes, body);
            m_flow.addSpace(m_flow.pt(6));
        }
        if (!shot.reviews.isEmpty()) {
            heading(SheetText::tr("Reviews"), 11);
            for (const Review &review : shot.reviews)
                m_flow.paragraph(reviewText(shot, review), body, Qt::black, m_flow.pt(4));
            m_flow.addSpace(m_flow.pt(6));
        }
        heading(SheetText::tr("Prompt"), 11);
        m_flow.paragraph(item.prompt, m_flow.font(9), QColor(0x10, 0x10, 0x10), m_flow.pt(6));
        m_flow.addSpace(m_flow.pt(8));

        heading(SheetText::tr("Lint"), 11);
        if (item.findings.isEmpty())
            m_flow.paragraph(SheetText::tr("No findings."), body, QColor(0x2e, 0x7d, 0x32));
        for (const LintFinding &finding : item.findings) {
            QString text =
                QStringLiteral("[%1] %2").arg(severityText(finding.severity), finding.message);
            if (!finding.advice.isEmpty())
                text += QStringLiteral(" \u2014 ") + finding.advice;
            m_flow.paragraph(text, body, severityColor(finding.severity), m_flow.pt(6));
        }
    }

    const ExportData &m_data;
    QPdfWriter &m_writer;
    QPainter *m_painter; ///< Not owned; null while measuring.
    int m_pageCount;
    QRectF m_pageRect;
    qreal m_margin;
    PdfFlow m_flow;
    QString m_section;
    qreal m_pictureBottom = 0;
};

} // namespace

QString formatDuration(int seconds)
{
    if (seconds < 60)
        return ExportText::tr("%1 s").arg(seconds);
    return ExportText::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString formatUsd(double usd)
{
    return QStringLiteral("$%1").arg(usd, 0, 'f', 2);
}

Result<QByteArray> exportPromptSheetPdf(const ExportData &data, const ExportOptions &options,
                                        const ExportProgress &progress)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setupPdfWriter(writer, options, data.projectTitle);
    const int total = int(data.shots.size()) * 2;

    // Pass 1 counts pages so that every footer can say "page n of m".
    SheetWriter measure(data, writer, nullptr, 0);
    if (!measure.run(progress, 0, total))
        return exportError(ExportText::tr("Export canceled"));

    QPainter painter;
    if (!painter.begin(&writer))
        return exportError(ExportText::tr("Cannot start the PDF"));
    SheetWriter sheet(data, writer, &painter, measure.pages());
    const bool finished = sheet.run(progress, int(data.shots.size()), total);
    painter.end();
    if (!finished)
        return exportError(ExportText::tr("Export canceled"));
    if (progress)
        progress(total, total);
    return buffer.data();
}

} // namespace ShotBrief
