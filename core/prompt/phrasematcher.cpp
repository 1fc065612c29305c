// SPDX-License-Identifier: MIT
#include "phrasematcher.h"

#include "lintvocabulary.h"

#include <algorithm>

namespace ShotBrief {

namespace {

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
    return c.isLetterOrNumber() && !LintVocabulary::isCjk(c);
}

QString foldCase(const QString &text)
{
    QString folded = text;
    QChar *data = folded.data();
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const char16_t u = data[i].unicode();
        if (u >= 'A' && u <= 'Z')
            data[i] = QChar(char16_t(u + 32));
        else if (u >= 0x80 && !data[i].isSurrogate())
            data[i] = data[i].toLower(); // simple mapping: one unit stays one unit
    }
    return folded;
}

} // namespace

TokenizedText::TokenizedText(const QString &text)
    : m_text(text)
    , m_folded(foldCase(text))
{
    m_tokens.reserve(text.size() / 4 + 1);
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isWordChar(c)) {
            if (start < 0)
                start = i;
            continue;
        }
        m_hasCjk = m_hasCjk || LintVocabulary::isCjk(c);
        if (start >= 0) {
            m_tokens.append({start, i - start});
            start = -1;
        }
    }
    if (start >= 0)
        m_tokens.append({start, text.size() - start});
}

PhraseMatcher::PhraseMatcher(const QStringList &phrases, Qt::CaseSensitivity sensitivity)
    : m_sensitivity(sensitivity)
{
    for (int i = 0; i < phrases.size(); ++i) {
        const QString phrase =
            sensitivity == Qt::CaseInsensitive ? foldCase(phrases.at(i)) : phrases.at(i);
        if (LintVocabulary::hasCjk(phrase)) {
            m_cjk.append({phrase, i});
            continue;
        }
        const TokenizedText tokens(phrase);
        if (tokens.tokens().isEmpty())
            continue;
        Phrase entry{{}, i};
        for (const TokenizedText::Token &token : tokens.tokens())
            entry.words << phrase.mid(token.start, token.length);
        const QString &first = entry.words.constFirst();
        const char16_t initial = first.front().unicode();
        if (initial < 128)
            m_firstWordShapes[initial] |= quint64(1) << std::min<qsizetype>(first.size(), 63);
        m_byFirstWord[entry.words.constFirst()].append(entry);
    }
}

QList<PhraseMatcher::Hit> PhraseMatcher::find(const TokenizedText &text) const
{
    QList<Hit> hits;
    const QString &source = m_sensitivity == Qt::CaseInsensitive ? text.folded() : text.text();
    const QList<TokenizedText::Token> &tokens = text.tokens();
    if (!m_byFirstWord.empty()) {
        for (qsizetype t = 0; t < tokens.size(); ++t) {
            const TokenizedText::Token &token = tokens.at(t);
            const char16_t initial = source.at(token.start).unicode();
            if (initial < 128 && !(m_firstWordShapes[initial] &
                                   (quint64(1) << std::min<qsizetype>(token.length, 63))))
                continue;
            const auto found =
                m_byFirstWord.find(QStringView(source).mid(token.start, token.length));
            if (found == m_byFirstWord.end())
                continue;
            for (const Phrase &phrase : found->second) {
                if (t + phrase.words.size() > tokens.size())
                    continue;
                bool match = true;
                for (qsizetype w = 1; w < phrase.words.size() && match; ++w) {
                    const TokenizedText::Token &next = tokens.at(t + w);
                    const TokenizedText::Token &previous = tokens.at(t + w - 1);
                    // Words of a phrase are separated by spaces or hyphens only.
                    const QStringView gap =
                        QStringView(source).mid(previous.start + previous.length,
                                                next.start - previous.start - previous.length);
                    const bool plainGap = std::all_of(gap.begin(), gap.end(), [](QChar c) {
                        return c == QLatin1Char(' ') || c == QLatin1Char('-') ||
                               c == QLatin1Char('\t');
                    });
                    match = plainGap &&
                            QStringView(source).mid(next.start, next.length) == phrase.words.at(w);
                }
                if (match) {
                    const TokenizedText::Token &last = tokens.at(t + phrase.words.size() - 1);
                    hits.append(
                        {token.start, last.start + last.length - token.start, phrase.index});
                }
            }
        }
    }
    if (text.hasCjk() && !m_cjk.isEmpty()) {
        const qsizetype latinHits = hits.size();
        for (const auto &[phrase, index] : m_cjk) {
            for (qsizetype at = source.indexOf(phrase); at >= 0;
                 at = source.indexOf(phrase, at + phrase.size()))
                hits.append({at, phrase.size(), index});
        }
        if (hits.size() > latinHits) {
            std::stable_sort(hits.begin(), hits.end(),
                             [](const Hit &a, const Hit &b) { return a.start < b.start; });
        }
    }
    return hits;
}

} // namespace ShotBrief
