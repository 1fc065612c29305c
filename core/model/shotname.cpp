// SPDX-License-Identifier: MIT
#include "shotname.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace ShotBrief {

namespace {
// One context for lupdate and for the runtime.
struct NameText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ShotName)
};
} // namespace

QString shotName(const QString &label, int index)
{
    const QString trimmed = label.trimmed();
    return trimmed.isEmpty() ? QString::number(index + 1) : trimmed;
}

QString shotName(const Project &project, int index)
{
    if (index < 0 || index >= project.shots.size())
        return {};
    return shotName(project.shots.at(index).label, index);
}

QString shotName(const Project &project, const QString &shotId)
{
    return shotName(project, project.shotIndex(shotId));
}

bool isShotNumber(const QString &name)
{
    return !name.isEmpty() && name.front().isDigit();
}

QString shotTitle(const QString &label, int index)
{
    const QString name = shotName(label, index);
    return isShotNumber(name) ? NameText::tr("Shot %1").arg(name) : NameText::tr("“%1”").arg(name);
}

QString shotTitle(const Project &project, int index)
{
    if (index < 0 || index >= project.shots.size())
        return {};
    return shotTitle(project.shots.at(index).label, index);
}

QString shotTitle(const Project &project, const QString &shotId)
{
    return shotTitle(project, project.shotIndex(shotId));
}

QString slateTitle(const QString &name)
{
    return isShotNumber(name) ? NameText::tr("SHOT %1").arg(name) : name;
}

namespace {
double columnsOf(QStringView text)
{
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x1100 ? 2.0 : 1.0; // Hangul, CJK and kana are wide
    return width;
}
} // namespace

QString fitSlateTitle(const QString &title, double columns, int maxLines)
{
    const QString text = title.simplified();
    const QChar ellipsis(0x2026);
    if (columns < 2 || maxLines < 1 || columnsOf(text) <= columns)
        return text;
    QStringList lines;
    QString line;
    qsizetype at = 0;
    while (at < text.size() && lines.size() < maxLines) {
        // The next word, or as much of an unbroken run (CJK) as fits on a line.
        qsizetype end = text.indexOf(QLatin1Char(' '), at);
        if (end < 0)
            end = text.size();
        QString word = text.mid(at, end - at);
        const double room = columns - columnsOf(line) - (line.isEmpty() ? 0 : 1);
        if (columnsOf(word) <= room) {
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
            at = end + 1;
            continue;
        }
        if (line.isEmpty()) {
            // A word longer than a line: break it.
            qsizetype fit = 0;
            while (fit < word.size() && columnsOf(QStringView(word).left(fit + 1)) <= columns)
                ++fit;
            fit = std::max<qsizetype>(fit, 1);
            line = word.left(fit);
            at += fit;
        }
        lines << line;
        line.clear();
    }
    if (!line.isEmpty() && lines.size() < maxLines)
        lines << line;
    if (at < text.size() && !lines.isEmpty()) {
        QString &last = lines.last();
        // Whole words where it can, so the ellipsis does not cut one in half.
        while (columnsOf(last) + 1 > columns && last.contains(QLatin1Char(' ')))
            last.truncate(last.lastIndexOf(QLatin1Char(' ')));
        while (!last.isEmpty() && columnsOf(last) + 1 > columns)
            last.chop(1);
        last = last.trimmed() + ellipsis;
    }
    return lines.join(QLatin1Char('\n'));
}

QString takeTitle(const Shot &shot, const QString &takeId)
{
    const int index = shot.takeIndex(takeId);
    return index < 0 ? QString() : NameText::tr("Take %1").arg(index + 1);
}

} // namespace ShotBrief
