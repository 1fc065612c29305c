// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <unordered_map>

namespace ShotBrief {

/// A text split once into Latin words, shared by every word list the linter matches.
/// CJK characters separate Latin words (CJK text has no spaces); case folding keeps offsets.
class TokenizedText
{
public:
    struct Token
    {
        qsizetype start;
        qsizetype length;
    };

    explicit TokenizedText(const QString &text);

    const QString &text() const { return m_text; }
    /// The text with every character lower-cased one for one, so offsets stay the same.
    const QString &folded() const { return m_folded; }
    const QList<Token> &tokens() const { return m_tokens; }
    bool hasCjk() const { return m_hasCjk; }

private:
    QString m_text;
    QString m_folded;
    QList<Token> m_tokens;
    bool m_hasCjk = false;
};

/// Finds the phrases of a word list in a text. Latin phrases match whole words ("nice" is not
/// in "Venice"; "spider-man" matches "Spider Man"), CJK phrases match anywhere. Far faster
/// than one regular expression with hundreds of alternatives, which PCRE tries at every
/// position.
class PhraseMatcher
{
public:
    struct Hit
    {
        qsizetype start;
        qsizetype length;
        int phrase; ///< Index into the list the matcher was built from.
    };

    PhraseMatcher() = default;
    PhraseMatcher(const QStringList &phrases, Qt::CaseSensitivity sensitivity);

    bool isEmpty() const { return m_byFirstWord.empty() && m_cjk.isEmpty(); }
    /// Hits in text order; overlapping hits are all reported.
    QList<Hit> find(const TokenizedText &text) const;

private:
    struct Phrase
    {
        QStringList words;
        int index;
    };
    struct ViewHash
    {
        using is_transparent = void;
        std::size_t operator()(QStringView view) const noexcept { return qHash(view); }
    };
    struct ViewEqual
    {
        using is_transparent = void;
        bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
    };

    Qt::CaseSensitivity m_sensitivity = Qt::CaseInsensitive;
    std::unordered_map<QString, QList<Phrase>, ViewHash, ViewEqual> m_byFirstWord;
    QList<std::pair<QString, int>> m_cjk;
    /// Bit n of entry c: some first word starts with ASCII c and has n letters (63: longer).
    /// Rules out nearly every word of a text without hashing it.
    std::array<quint64, 128> m_firstWordShapes{};
};

} // namespace ShotBrief
