// SPDX-License-Identifier: MIT
#include "csvexport.h"

#include <QCoreApplication>
#include <QStringList>

namespace ShotBrief {

QString csvField(const QString &text)
{
    const bool mustQuote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                           text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                           text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!mustQuote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString shotStatusText(const ExportShot &shot)
{
    if (shot.circledTake)
        return shot.circledTake->status == TakeStatus::Ready
                   ? QStringLiteral("circled")
                   : QStringLiteral("circled (%1)").arg(takeStatusKey(shot.circledTake->status));
    if (!shot.shot->takes.isEmpty())
        return takeStatusKey(shot.shot->takes.constLast().status);
    return QStringLiteral("not generated");
}

namespace {
struct SheetText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::PromptSheet)
};
} // namespace

QString shotStatusName(const ExportShot &shot)
{
    if (shot.circledTake)
        return shot.circledTake->status == TakeStatus::Ready
                   ? SheetText::tr("circled")
                   : SheetText::tr("circled (%1)").arg(takeStatusName(shot.circledTake->status));
    if (!shot.shot->takes.isEmpty())
        return takeStatusName(shot.shot->takes.constLast().status);
    return SheetText::tr("not generated");
}

QByteArray exportCsv(const ExportData &data, bool byteOrderMark)
{
    // Column names are what crews expect in a shot list, so they stay in English like the
    // file format's keys; the cell contents are the user's own words.
    const QStringList header = {
        QStringLiteral("scene"),    QStringLiteral("shot"),        QStringLiteral("size"),
        QStringLiteral("angle"),    QStringLiteral("movement"),    QStringLiteral("lens"),
        QStringLiteral("duration"), QStringLiteral("description"), QStringLiteral("action"),
        QStringLiteral("dialogue"), QStringLiteral("palette"),     QStringLiteral("status"),
        QStringLiteral("reviews")};
    QString out;
    auto appendRow = [&out](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &cell : cells)
            quoted.append(csvField(cell));
        out += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    appendRow(header);
    for (const ExportShot &item : data.shots) {
        const Shot &shot = *item.shot;
        QStringList dialogue;
        for (const DialogueLine &line : shot.dialogue) {
            dialogue.append(line.speaker.isEmpty()
                                ? line.line
                                : line.speaker + QLatin1String(": ") + line.line);
        }
        QStringList palette;
        for (const PaletteColor &color : item.palette) {
            palette.append(color.hex.isEmpty() ? color.name
                                               : color.name + QLatin1Char(' ') + color.hex);
        }
        QStringList reviews;
        for (const Review &review : shot.reviews)
            reviews.append(reviewText(shot, review));
        appendRow({item.sceneTitle, item.displayLabel(), shot.framing.phrase(), shot.angle.phrase(),
                   shot.movement.phrase(), item.lensStyle, QString::number(shot.durationSeconds),
                   shot.sceneProse, shot.actionBeats.join(QLatin1Char('\n')),
                   dialogue.join(QLatin1Char('\n')), palette.join(QLatin1String("; ")),
                   shotStatusText(item), reviews.join(QLatin1Char('\n'))});
    }
    QByteArray bytes;
    if (byteOrderMark)
        bytes = QByteArray("\xEF\xBB\xBF");
    bytes += out.toUtf8();
    return bytes;
}

} // namespace ShotBrief
