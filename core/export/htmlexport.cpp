// SPDX-License-Identifier: MIT
#include "htmlexport.h"

#include "model/shotfield.h"

#include "csvexport.h"
#include "promptsheetpdf.h"
#include "slate.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>

namespace ShotBrief {

namespace {

// One context for lupdate and for QCoreApplication::translate: "ShotBrief::PromptSheet".
struct SheetText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::PromptSheet)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Line breaks the user typed stay visible.
QString escLines(const QString &text)
{
    QString escaped = esc(text);
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return escaped;
}

QString swatchesHtml(const Palette &palette)
{
    QString html = QStringLiteral("<div class=\"palette\">");
    for (const PaletteColor &color : palette) {
        const QString hex =
            isValidHexColor(color.hex) ? normalizedHexColor(color.hex) : QStringLiteral("#ffffff");
        html += QStringLiteral("<span class=\"swatch\"><span class=\"chip\" style=\"background:"
                               "%1\"></span><b>%2</b> <code>%3</code></span>")
                    .arg(hex, esc(color.name), esc(color.hex));
    }
    return html + QStringLiteral("</div>");
}

QString pictureHtml(const ExportShot &item)
{
    const QImage image = loadShotPicture(item, QSize(640, 640));
    if (!image.isNull()) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const bool alpha = image.hasAlphaChannel();
        image.save(&buffer, alpha ? "PNG" : "JPEG", alpha ? -1 : 82);
        return QStringLiteral("<img class=\"picture\" alt=\"%1\" src=\"data:image/%2;base64,%3\">")
            .arg(esc(SheetText::tr("Shot %1").arg(item.displayLabel())),
                 alpha ? QStringLiteral("png") : QStringLiteral("jpeg"),
                 QString::fromLatin1(bytes.toBase64()));
    }
    // No picture on disk: the same slate the PDF draws, in CSS.
    QString bands;
    for (const PaletteColor &color : item.palette) {
        if (isValidHexColor(color.hex))
            bands += QStringLiteral("<span style=\"background:%1\"></span>")
                         .arg(normalizedHexColor(color.hex));
    }
    if (bands.isEmpty())
        bands = QStringLiteral("<span style=\"background:#555b66\"></span>"
                               "<span style=\"background:#7a808a\"></span>");
    const double aspect = frameAspect(item.size);
    return QStringLiteral("<div class=\"picture slate\" style=\"aspect-ratio:%1\">%2"
                          "<b>%3</b></div>")
        .arg(QString::number(aspect, 'f', 4), bands, esc(item.displayLabel()));
}

const char *styleSheet = R"(
body{font-family:"DejaVu Sans","Noto Sans CJK SC","Noto Sans CJK JP",sans-serif;margin:2em auto;
max-width:60em;color:#111;line-height:1.4;padding:0 1em}
h1{margin-bottom:.2em}.meta{color:#555}
section.shot{border-top:2px solid #ccc;margin-top:2em;padding-top:1em}
.top{display:flex;gap:1.5em;flex-wrap:wrap}.picture{width:22em;max-width:100%;border:1px solid #999;
display:block}
.slate{display:flex;position:relative;min-height:6em}.slate span{flex:1}
.slate b{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);background:rgba(0,0,0,.65);
color:#fff;padding:.2em .6em;border-radius:.3em;font-size:2em}
table.params td{padding:.1em .8em .1em 0;vertical-align:top}table.params td:first-child{font-weight:bold}
.palette{display:flex;flex-wrap:wrap;gap:1em;margin:.5em 0}.swatch{display:inline-flex;align-items:center;
gap:.3em}.chip{display:inline-block;width:2.2em;height:1.2em;border:1px solid #888}
pre.prompt{white-space:pre-wrap;background:#f4f4f4;padding:.8em;border-left:3px solid #999}
.lint li.error{color:#b01c1c}.lint li.warning{color:#a85a00}.lint li.hint{color:#556677}
)";

} // namespace

QByteArray exportHtml(const ExportData &data, const ExportProgress &progress, bool *canceled)
{
    if (canceled)
        *canceled = false;
    const Project &project = *data.project;
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                           "<meta name=\"generator\" content=\"ShotBrief\">"
                           "<meta name=\"viewport\" content=\"width=device-width\">"
                           "<title>%1</title><style>%2</style></head><body>\n")
                .arg(esc(data.projectTitle), QString::fromLatin1(styleSheet));
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2<br>%3: %4 · %5: %6 · %7: %8</p>\n")
                .arg(esc(data.projectTitle),
                     esc(SheetText::tr("Prompt sheet exported %1")
                             .arg(data.exportedAt.toUTC().toString(Qt::ISODate))),
                     esc(SheetText::tr("Shots")), QString::number(data.shots.size()),
                     esc(SheetText::tr("Total duration")), esc(formatDuration(data.totalSeconds)),
                     esc(SheetText::tr("Cost estimate")), esc(formatUsd(data.estimate.totalUsd)));

    const StyleBible &style = project.style;
    auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(label), escLines(value));
    };
    if (!(style == StyleBible())) {
        html += QStringLiteral("<h2>%1</h2>\n<table class=\"params\">")
                    .arg(esc(SheetText::tr("Style bible")));
        row(shotFieldName(ShotField::LensStyle), style.lensStyle);
        row(shotFieldName(ShotField::Mood), style.mood);
        row(shotFieldName(ShotField::Lighting), style.lighting);
        row(shotFieldName(ShotField::Notes), style.notes);
        html += QStringLiteral("</table>\n") + swatchesHtml(style.palette) + QLatin1Char('\n');
    }
    if (!project.cast.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<dl>").arg(esc(SheetText::tr("Cast")));
        for (const CastMember &member : project.cast) {
            html += QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>")
                        .arg(esc(member.name), escLines(member.identity));
        }
        html += QStringLiteral("</dl>\n");
    }

    for (int i = 0; i < data.shots.size(); ++i) {
        if (progress && !progress(i, int(data.shots.size()))) {
            if (canceled)
                *canceled = true;
            return {};
        }
        const ExportShot &item = data.shots.at(i);
        const Shot &shot = *item.shot;
        html += QStringLiteral("<section class=\"shot\" id=\"shot-%1\">\n<h2>%2</h2>\n")
                    .arg(item.number)
                    .arg(esc(SheetText::tr("Shot %1").arg(item.displayLabel())));
        QString meta =
            QStringLiteral("#%1 · %2 · %3, %4")
                .arg(QString::number(item.number), item.durationText(), item.model, item.size);
        if (!item.sceneTitle.isEmpty())
            meta = item.sceneTitle + QStringLiteral(" · ") + meta;
        html += QStringLiteral("<p class=\"meta\">%1</p>\n<div class=\"top\">").arg(esc(meta));
        html += pictureHtml(item);
        html += QStringLiteral("<table class=\"params\">");
        row(shotFieldName(ShotField::Framing), shot.framing.displayName());
        row(shotFieldName(ShotField::Angle), shot.angle.displayName());
        row(shotFieldName(ShotField::Movement), shot.movement.displayName());
        row(shotFieldName(ShotField::DepthOfField), shot.depthOfField.displayName());
        row(shotFieldName(ShotField::LensStyle), item.lensStyle);
        row(shotFieldName(ShotField::Lighting), item.lighting);
        row(shotFieldName(ShotField::Mood), item.mood);
        row(SheetText::tr("Status"), shotStatusName(item));
        if (item.circledTake)
            row(SheetText::tr("Circled take"), item.circledTakeText());
        row(SheetText::tr("Cost"),
            item.estimate.priced ? formatUsd(item.estimate.usd) : QStringLiteral("-"));
        html += QStringLiteral("</table></div>\n") + swatchesHtml(item.palette);
        if (!shot.sceneProse.isEmpty())
            html += QStringLiteral("<h3>%1</h3><p>%2</p>\n")
                        .arg(esc(shotFieldName(ShotField::SceneProse)), escLines(shot.sceneProse));
        if (!shot.actionBeats.isEmpty()) {
            html +=
                QStringLiteral("<h3>%1</h3><ol>").arg(esc(shotFieldName(ShotField::ActionBeats)));
            for (const QString &beat : shot.actionBeats)
                html += QStringLiteral("<li>%1</li>").arg(escLines(beat));
            html += QStringLiteral("</ol>\n");
        }
        if (!shot.dialogue.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(shotFieldName(ShotField::Dialogue)));
            for (const DialogueLine &line : shot.dialogue) {
                html += QStringLiteral("<li><b>%1:</b> \u201c%2\u201d</li>")
                            .arg(esc(line.speaker), escLines(line.line));
            }
            html += QStringLiteral("</ul>\n");
        }
        if (!shot.notes.isEmpty())
            html += QStringLiteral("<h3>%1</h3><p>%2</p>\n")
                        .arg(esc(shotFieldName(ShotField::Notes)), escLines(shot.notes));
        if (!shot.reviews.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(SheetText::tr("Reviews")));
            for (const Review &review : shot.reviews)
                html += QStringLiteral("<li>%1</li>").arg(escLines(reviewText(shot, review)));
            html += QStringLiteral("</ul>\n");
        }
        html += QStringLiteral("<h3>%1</h3><pre class=\"prompt\">%2</pre>\n")
                    .arg(esc(SheetText::tr("Prompt")), esc(item.prompt));
        if (!item.findings.isEmpty()) {
            html +=
                QStringLiteral("<h3>%1</h3><ul class=\"lint\">").arg(esc(SheetText::tr("Lint")));
            for (const LintFinding &finding : item.findings) {
                QString text = finding.message;
                if (!finding.advice.isEmpty())
                    text += QStringLiteral(" \u2014 ") + finding.advice;
                html += QStringLiteral("<li class=\"%1\">%2</li>")
                            .arg(lintSeverityKey(finding.severity), esc(text));
            }
            html += QStringLiteral("</ul>\n");
        }
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

} // namespace ShotBrief
