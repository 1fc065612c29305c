// SPDX-License-Identifier: MIT
#include "promptdelta.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct PromptDeltaText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::PromptDelta)
};

QStringList words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

} // namespace

PromptDelta promptDelta(const QString &reference, const QString &other)
{
    const QStringList a = words(reference);
    const QStringList b = words(other);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    PromptDelta delta;
    // Prompts are a few hundred words: a full LCS table is small. Guard against huge input.
    if (n * m > 4'000'000) {
        if (reference != other) {
            delta.removed << reference.simplified();
            delta.added << other.simplified();
        }
        return delta;
    }
    QList<int> lcs((n + 1) * (m + 1), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & {
        return lcs[i * (m + 1) + j];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) =
                a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    QStringList addRun;
    QStringList removeRun;
    auto flush = [&] {
        if (!removeRun.isEmpty())
            delta.removed << removeRun.join(QLatin1Char(' '));
        if (!addRun.isEmpty())
            delta.added << addRun.join(QLatin1Char(' '));
        removeRun.clear();
        addRun.clear();
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            flush();
            ++i;
            ++j;
        } else if (j < m && (i >= n || at(i, j + 1) >= at(i + 1, j))) {
            addRun << b.at(j++);
        } else {
            removeRun << a.at(i++);
        }
    }
    flush();
    return delta;
}

QString PromptDelta::summary(int maxChars) const
{
    if (isEmpty())
        return PromptDeltaText::tr("same prompt");
    QStringList parts;
    if (!added.isEmpty())
        parts << QStringLiteral("+ ") + added.join(QStringLiteral(" / "));
    if (!removed.isEmpty())
        parts << QStringLiteral("\u2212 ") + removed.join(QStringLiteral(" / "));
    QString text = parts.join(QStringLiteral("; "));
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

} // namespace ShotBrief
