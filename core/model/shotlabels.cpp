// SPDX-License-Identifier: MIT
#include "shotlabels.h"

#include <QRegularExpression>

namespace ShotBrief {

namespace {

/// "3", "12A", "4b": a number, then at most a few letters.
bool isNumbered(const QString &label)
{
    static const QRegularExpression numbered(QStringLiteral("^\\d+[A-Za-z]*$"));
    return numbered.match(label).hasMatch();
}

/// "A" ... "Z", then "AA" ... "ZZ": enough letters for any shot.
QString letters(int n)
{
    QString out;
    for (++n; n > 0; n = (n - 1) / 26)
        out.prepend(QChar(u'A' + (n - 1) % 26));
    return out;
}

bool isTaken(const QStringList &taken, const QString &label)
{
    return taken.contains(label, Qt::CaseInsensitive);
}

} // namespace

QStringList splitShotLabels(const QString &label, int parts, const QStringList &taken)
{
    QStringList labels;
    const QString base = label.trimmed();
    if (base.isEmpty()) {
        for (int p = 0; p < parts; ++p)
            labels.append(QString());
        return labels;
    }
    if (!isNumbered(base)) {
        for (int p = 0; p < parts; ++p)
            labels.append(QStringLiteral("%1 (%2/%3)").arg(base).arg(p + 1).arg(parts));
        return labels;
    }
    const QString stem = base.toUpper();
    for (int n = 0; labels.size() < parts; ++n) {
        const QString candidate = stem + letters(n);
        if (!isTaken(taken, candidate))
            labels.append(candidate);
    }
    return labels;
}

QString copiedShotLabel(const QString &label, const QStringList &taken)
{
    const QString base = label.trimmed();
    if (base.isEmpty())
        return {};
    if (isNumbered(base))
        return splitShotLabels(base, 1, QStringList(taken) << base).constFirst();
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!isTaken(taken, candidate))
            return candidate;
    }
}

} // namespace ShotBrief
