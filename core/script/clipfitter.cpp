// SPDX-License-Identifier: MIT
#include "clipfitter.h"

#include "scripttext.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ShotBrief::Script {

namespace {

bool isKana(char16_t u)
{
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0xFF66 && u <= 0xFF9F);
}

bool isHan(char16_t u)
{
    return (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) ||
           (u >= 0xF900 && u <= 0xFAFF);
}

struct Counts
{
    int words = 0; ///< Runs of letters or digits outside CJK.
    int cjk = 0;   ///< Han and kana characters.
    bool kana = false;
};

Counts count(const QString &text)
{
    Counts counts;
    bool inWord = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isHan(u) || isKana(u)) {
            ++counts.cjk;
            counts.kana = counts.kana || isKana(u);
            inWord = false;
        } else if (c.isLetterOrNumber() || c.isSurrogate()) {
            if (!inWord)
                ++counts.words;
            inWord = true;
        } else if (c != QLatin1Char('\'') && c != QChar(0x2019)) {
            inWord = false;
        }
    }
    return counts;
}

/// Consecutive pieces that must stay together: a piece and the simultaneous ones after it.
struct Unit
{
    QList<ContentPiece> pieces;
    double seconds = 0.0;
};

struct Best
{
    int parts = std::numeric_limits<int>::max();
    long long total = 0; ///< Sum of chosen lengths.
    double spread = 0.0; ///< Sum of squared content seconds: smaller is more even.
    int from = -1;
};

bool better(const Best &a, const Best &b)
{
    if (a.parts != b.parts)
        return a.parts < b.parts;
    if (a.total != b.total)
        return a.total < b.total;
    return a.spread < b.spread - 1e-9;
}

} // namespace

ClipFitter::ClipFitter(const QList<int> &legalDurations, const SpeakingRates &rates)
    : m_rates(rates)
{
    for (int seconds : legalDurations) {
        if (seconds > 0 && !m_legal.contains(seconds))
            m_legal << seconds;
    }
    if (m_legal.isEmpty())
        m_legal = {4, 8, 12};
    std::sort(m_legal.begin(), m_legal.end());
}

double ClipFitter::seconds(const ContentPiece &piece) const
{
    if (piece.kind == PieceKind::Speech) {
        const Counts c = count(spokenText(piece.text));
        const double cjkRate =
            c.kana ? m_rates.japaneseCharsPerSecond : m_rates.chineseCharsPerSecond;
        const double spoken = c.words / m_rates.wordsPerSecond + c.cjk / cjkRate;
        return std::max(m_rates.minSpeechSeconds, spoken);
    }
    const Counts c = count(piece.text);
    if (c.words == 0 && c.cjk == 0)
        return 0.0;
    return std::max(m_rates.minActionSeconds, c.words / m_rates.actionWordsPerSecond +
                                                  c.cjk / m_rates.actionCjkCharsPerSecond);
}

int ClipFitter::lengthFor(double seconds) const
{
    for (int legal : m_legal) {
        // A hair over a whole second is rounding, not content.
        if (legal + 1e-6 >= seconds)
            return legal;
    }
    return m_legal.last();
}

QList<ContentPiece> ClipFitter::splitLong(const ContentPiece &piece) const
{
    if (seconds(piece) <= longest())
        return {piece};
    // Sentences, packed greedily into pieces that each fit; a sentence longer than the
    // longest clip stays whole (a shot cannot cut a sentence in two).
    QList<ContentPiece> out;
    ContentPiece current = piece;
    current.text.clear();
    for (const QString &sentence : sentences(piece.text)) {
        ContentPiece candidate = current;
        candidate.text =
            current.text.isEmpty() ? sentence : current.text + QLatin1Char(' ') + sentence;
        if (!current.text.isEmpty() && seconds(candidate) > longest()) {
            out << current;
            current.text = sentence;
            current.simultaneous = false;
        } else {
            current = candidate;
        }
    }
    if (!current.text.isEmpty())
        out << current;
    if (out.isEmpty())
        out << piece;
    return out;
}

QList<FittedShot> ClipFitter::fit(const QList<ContentPiece> &pieces) const
{
    QList<Unit> units;
    for (const ContentPiece &piece : pieces) {
        if (piece.simultaneous && !units.isEmpty()) {
            units.last().pieces << piece;
            units.last().seconds = std::max(units.last().seconds, seconds(piece));
            continue;
        }
        for (const ContentPiece &part : splitLong(piece)) {
            Unit unit;
            unit.pieces << part;
            unit.seconds = seconds(part);
            units << unit;
        }
    }
    if (units.isEmpty()) {
        FittedShot empty;
        empty.durationSeconds = m_legal.first();
        return {empty};
    }

    // best[i]: the best way to fit the first i units. Groups never exceed the longest
    // length unless they are a single unit that does on its own.
    const qsizetype n = units.size();
    QList<Best> best(n + 1);
    best[0].parts = 0;
    for (qsizetype i = 1; i <= n; ++i) {
        double sum = 0.0;
        for (qsizetype j = i - 1; j >= 0; --j) {
            sum += units.at(j).seconds;
            const bool single = j == i - 1;
            if (!single && sum > longest() + 1e-6)
                break;
            if (best[j].parts == std::numeric_limits<int>::max())
                continue;
            Best candidate;
            candidate.parts = best[j].parts + 1;
            candidate.total = best[j].total + lengthFor(sum);
            candidate.spread = best[j].spread + sum * sum;
            candidate.from = int(j);
            if (better(candidate, best[i]))
                best[i] = candidate;
        }
    }

    QList<FittedShot> shots;
    for (qsizetype i = n; i > 0; i = best[i].from) {
        FittedShot shot;
        for (qsizetype k = best[i].from; k < i; ++k) {
            shot.pieces << units.at(k).pieces;
            shot.contentSeconds += units.at(k).seconds;
        }
        shot.durationSeconds = lengthFor(shot.contentSeconds);
        shot.overflows = shot.contentSeconds > longest() + 1e-6;
        shots.prepend(shot);
    }
    return shots;
}

} // namespace ShotBrief::Script
