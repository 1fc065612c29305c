// SPDX-License-Identifier: MIT
#include "markdownexport.h"

#include "model/shotfield.h"

#include "csvexport.h"
#include "promptsheetpdf.h"

#include <QCoreApplication>
#include <QUrl>

namespace ShotBrief {

namespace {

// One context for lupdate and for QCoreApplication::translate: "ShotBrief::PromptSheet".
struct SheetText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::PromptSheet)
};

// Table cells and list items are one line in Markdown.
QString inlineText(const QString &text)
{
    QString escaped = markdownEscaped(text);
    escaped.replace(QLatin1String("\r\n"), QLatin1String("<br>"));
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return escaped;
}

QString paletteText(const Palette &palette)
{
    QStringList parts;
    for (const PaletteColor &color : palette) {
        parts.append(color.hex.isEmpty()
                         ? inlineText(color.name)
                         : QStringLiteral("%1 `%2`").arg(inlineText(color.name), color.hex));
    }
    return parts.join(QLatin1String(", "));
}

// A fence longer than any run of backticks inside the text, so a prompt can never close it.
QString fenceFor(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return QString(qMax(3, longest + 1), QLatin1Char('`'));
}

} // namespace

QString markdownEscaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>|#~");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QByteArray exportMarkdown(const ExportData &data)
{
    const Project &project = *data.project;
    QString md;
    md += QStringLiteral("# %1\n\n").arg(inlineText(data.projectTitle));
    md += SheetText::tr("Prompt sheet exported %1")
              .arg(data.exportedAt.toUTC().toString(Qt::ISODate));
    md += QStringLiteral("  \n");
    md += QStringLiteral("%1: %2 · %3: %4 · %5: %6\n\n")
              .arg(SheetText::tr("Shots"))
              .arg(data.shots.size())
              .arg(SheetText::tr("Total duration"), formatDuration(data.totalSeconds),
                   SheetText::tr("Cost estimate"), formatUsd(data.estimate.totalUsd));

    const StyleBible &style = project.style;
    if (!style.lensStyle.isEmpty() || !style.mood.isEmpty() || !style.lighting.isEmpty() ||
        !style.palette.isEmpty() || !style.notes.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(SheetText::tr("Style bible"));
        auto item = [&md](const QString &label, const QString &value) {
            if (!value.isEmpty())
                md += QStringLiteral("- **%1:** %2\n").arg(label, inlineText(value));
        };
        item(shotFieldName(ShotField::LensStyle), style.lensStyle);
        item(shotFieldName(ShotField::Mood), style.mood);
        item(shotFieldName(ShotField::Lighting), style.lighting);
        if (!style.palette.isEmpty())
            md += QStringLiteral("- **%1:** %2\n")
                      .arg(shotFieldName(ShotField::Palette), paletteText(style.palette));
        item(shotFieldName(ShotField::Notes), style.notes);
        md += QLatin1Char('\n');
    }
    if (!project.cast.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(SheetText::tr("Cast"));
        for (const CastMember &member : project.cast) {
            md += QStringLiteral("- **%1:** %2\n")
                      .arg(inlineText(member.name), inlineText(member.identity));
        }
        md += QLatin1Char('\n');
    }

    for (const ExportShot &item : data.shots) {
        const Shot &shot = *item.shot;
        md += QStringLiteral("## %1\n\n")
                  .arg(SheetText::tr("Shot %1").arg(inlineText(item.displayLabel())));
        QStringList facts;
        if (!item.sceneTitle.isEmpty())
            facts.append(QStringLiteral("*%1*").arg(inlineText(item.sceneTitle)));
        facts.append(QStringLiteral("#%1").arg(item.number));
        facts.append(item.durationText());
        facts.append(QStringLiteral("%1, %2").arg(item.model, item.size));
        md += facts.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");
        if (!item.picturePath.isEmpty()) {
            md += QStringLiteral("![%1](<%2>)\n\n")
                      .arg(SheetText::tr("Shot %1").arg(inlineText(item.displayLabel())),
                           QUrl::fromLocalFile(item.picturePath).toString(QUrl::FullyEncoded));
        }
        md += QStringLiteral("| %1 | %2 |\n|---|---|\n")
                  .arg(SheetText::tr("Parameter"), SheetText::tr("Value"));
        auto row = [&md](const QString &label, const QString &value) {
            if (!value.isEmpty())
                md += QStringLiteral("| %1 | %2 |\n").arg(label, value);
        };
        row(shotFieldName(ShotField::Framing), inlineText(shot.framing.displayName()));
        row(shotFieldName(ShotField::Angle), inlineText(shot.angle.displayName()));
        row(shotFieldName(ShotField::Movement), inlineText(shot.movement.displayName()));
        row(shotFieldName(ShotField::DepthOfField), inlineText(shot.depthOfField.displayName()));
        row(shotFieldName(ShotField::LensStyle), inlineText(item.lensStyle));
        row(shotFieldName(ShotField::Lighting), inlineText(item.lighting));
        row(shotFieldName(ShotField::Palette), paletteText(item.palette));
        row(shotFieldName(ShotField::Mood), inlineText(item.mood));
        row(SheetText::tr("Status"), inlineText(shotStatusName(item)));
        if (item.circledTake)
            row(SheetText::tr("Circled take"), inlineText(item.circledTakeText()));
        row(SheetText::tr("Cost"),
            item.estimate.priced ? formatUsd(item.estimate.usd) : QStringLiteral("-"));
        md += QLatin1Char('\n');

        if (!shot.sceneProse.isEmpty())
            md += QStringLiteral("**%1**\n\n%2\n\n")
                      .arg(shotFieldName(ShotField::SceneProse), inlineText(shot.sceneProse));
        if (!shot.actionBeats.isEmpty()) {
            md += QStringLiteral("**%1**\n\n").arg(shotFieldName(ShotField::ActionBeats));
            for (int i = 0; i < shot.actionBeats.size(); ++i)
                md += QStringLiteral("%1. %2\n").arg(i + 1).arg(inlineText(shot.actionBeats.at(i)));
            md += QLatin1Char('\n');
        }
        if (!shot.dialogue.isEmpty()) {
            md += QStringLiteral("**%1**\n\n").arg(shotFieldName(ShotField::Dialogue));
            for (const DialogueLine &line : shot.dialogue) {
                md += QStringLiteral("- **%1:** \u201c%2\u201d\n")
                          .arg(inlineText(line.speaker), inlineText(line.line));
            }
            md += QLatin1Char('\n');
        }
        if (!shot.notes.isEmpty())
            md += QStringLiteral("**%1**\n\n%2\n\n")
                      .arg(shotFieldName(ShotField::Notes), inlineText(shot.notes));
        if (!shot.reviews.isEmpty()) {
            md += QStringLiteral("**%1**\n\n").arg(SheetText::tr("Reviews"));
            for (const Review &review : shot.reviews)
                md += QStringLiteral("- %1\n").arg(inlineText(reviewText(shot, review)));
            md += QLatin1Char('\n');
        }
        const QString fence = fenceFor(item.prompt);
        md += QStringLiteral("**%1**\n\n%2text\n%3\n%2\n\n")
                  .arg(SheetText::tr("Prompt"), fence, item.prompt);
        if (!item.findings.isEmpty()) {
            md += QStringLiteral("**%1**\n\n").arg(SheetText::tr("Lint"));
            for (const LintFinding &finding : item.findings) {
                md += QStringLiteral("- %1: %2")
                          .arg(lintSeverityKey(finding.severity), inlineText(finding.message));
                if (!finding.advice.isEmpty())
                    md += QStringLiteral(" \u2014 ") + inlineText(finding.advice);
                md += QLatin1Char('\n');
            }
            md += QLatin1Char('\n');
        }
    }
    return md.toUtf8();
}

} // namespace ShotBrief
