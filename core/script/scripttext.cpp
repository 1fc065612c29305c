// SPDX-License-Identifier: MIT
#include "scripttext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace ShotBrief::Script {

namespace {

struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ScriptImport)
};

Error fileError(const QString &file, const QString &message, int line = 0, int column = 0)
{
    Error error;
    error.file = file;
    error.message = message;
    error.line = line;
    error.column = column;
    return error;
}

/// Offset of the first byte that is not valid UTF-8 (overlong forms, surrogates and code
/// points above U+10FFFF included), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

void lineAndColumn(QByteArrayView bytes, qsizetype offset, int *line, int *column)
{
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    // Characters, not bytes: count the lead bytes of the line so far.
    int c = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80)
            ++c;
    }
    *column = c;
}

QString normalizeLineEnds(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // A form feed is a page break in some exports; other controls have no place in a script.
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u == u'\f')
            c = QLatin1Char('\n');
        else if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7F)
            c = QLatin1Char(' ');
    }
    return text;
}

bool isClosing(QChar c)
{
    static const QString closing = QStringLiteral("\"')]}\u201D\u2019\u300D\u300F\uFF09\u3011");
    return closing.contains(c);
}

bool isTerminal(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
           c == QChar(0x2026);
}

bool isCjkTerminal(QChar c)
{
    return c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F) || c == QChar(0xFF0E);
}

bool endsSentence(const QString &line)
{
    qsizetype i = line.size() - 1;
    while (i >= 0 && (line.at(i).isSpace() || isClosing(line.at(i))))
        --i;
    return i >= 0 &&
           (isTerminal(line.at(i)) || isCjkTerminal(line.at(i)) || line.at(i) == QLatin1Char(':'));
}

/// The word right before position `dot` (letters and dots), lower-case.
QString wordBefore(const QString &text, qsizetype dot)
{
    qsizetype start = dot;
    while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == QLatin1Char('.')))
        --start;
    return text.mid(start, dot - start).toLower();
}

bool isAbbreviation(const QString &text, qsizetype dot)
{
    static const QStringList abbreviations = {
        QStringLiteral("mr"),  QStringLiteral("mrs"),    QStringLiteral("ms"),
        QStringLiteral("dr"),  QStringLiteral("st"),     QStringLiteral("jr"),
        QStringLiteral("sr"),  QStringLiteral("vs"),     QStringLiteral("etc"),
        QStringLiteral("e.g"), QStringLiteral("i.e"),    QStringLiteral("prof"),
        QStringLiteral("sgt"), QStringLiteral("capt"),   QStringLiteral("lt"),
        QStringLiteral("col"), QStringLiteral("gen"),    QStringLiteral("mt"),
        QStringLiteral("no"),  QStringLiteral("approx"), QStringLiteral("int"),
        QStringLiteral("ext"), QStringLiteral("o.s"),    QStringLiteral("v.o"),
        QStringLiteral("a.m"), QStringLiteral("p.m")};
    const QString word = wordBefore(text, dot);
    if (word.size() == 1 && text.at(dot - 1).isUpper())
        return true; // an initial: "J. Smith"
    return abbreviations.contains(word);
}

void splitLine(const QString &line, QStringList &out)
{
    qsizetype start = 0;
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = line.at(i);
        const bool cjk = isCjkTerminal(c);
        if (!cjk && !isTerminal(c)) {
            ++i;
            continue;
        }
        const qsizetype mark = i;
        qsizetype end = i + 1;
        while (end < n && (isTerminal(line.at(end)) || isCjkTerminal(line.at(end))))
            ++end;
        while (end < n && isClosing(line.at(end)))
            ++end;
        bool boundary = false;
        if (end >= n) {
            boundary = true;
        } else if (cjk) {
            boundary = true;
        } else if (line.at(end).isSpace()) {
            qsizetype next = end;
            while (next < n && line.at(next).isSpace())
                ++next;
            const QChar after = next < n ? line.at(next) : QChar();
            const bool startsSentence = after.isUpper() || after.isDigit() ||
                                        after == QLatin1Char('"') || after == QChar(0x201C) ||
                                        after == QLatin1Char('(') ||
                                        (after.isLetter() && !after.isLower() && !after.isUpper());
            boundary = startsSentence && !(line.at(mark) == QLatin1Char('.') && end == mark + 1 &&
                                           isAbbreviation(line, mark));
        }
        if (boundary) {
            const QString sentence = line.mid(start, end - start).trimmed();
            if (!sentence.isEmpty())
                out << sentence;
            start = end;
        }
        i = end;
    }
    const QString rest = line.mid(start).trimmed();
    if (!rest.isEmpty())
        out << rest;
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x4DBF) ||
           (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFF66 && u <= 0xFF9F) || c.isSurrogate();
}

QHash<QString, int> tokens(const QString &text)
{
    QHash<QString, int> counts;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            ++counts[word.toCaseFolded()];
        word.clear();
    };
    for (const QChar c : text) {
        if (isCjk(c) && !c.isSurrogate()) {
            flush();
            ++counts[QString(c)];
        } else if (c.isLetterOrNumber() || c == QLatin1Char('\'')) {
            word += c;
        } else {
            flush();
        }
    }
    flush();
    return counts;
}

} // namespace

bool looksBinary(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++controls;
    }
    return controls > 8 && controls * 100 > n;
}

Result<QString> decodeScriptText(const QByteArray &bytes, const QString &file)
{
    if (bytes.size() > MaxScriptBytes)
        return fileError(file, TrText::tr("the file is %1 MB; scripts over %2 MB are not read")
                                   .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                                   .arg(MaxScriptBytes / (1024 * 1024)));
    if (bytes.startsWith("%PDF"))
        return fileError(file, TrText::tr("this is a PDF; export the script from your "
                                          "screenwriting app as Fountain or Final Draft (.fdx)"));
    if (bytes.startsWith("PK\x03\x04"))
        return fileError(file, TrText::tr("this is a compressed archive, not a script; export "
                                          "it as Fountain, Final Draft (.fdx) or CSV"));

    QString text;
    const bool utf16le = bytes.startsWith("\xFF\xFE");
    const bool utf16be = bytes.startsWith("\xFE\xFF");
    if (utf16le || utf16be) {
        QStringDecoder decoder(utf16le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        text = decoder(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError())
            return fileError(file, TrText::tr("the file is not valid UTF-16"));
        // A lone surrogate cannot be written as UTF-8 (the project file) and back.
        for (qsizetype i = 0; i < text.size(); ++i) {
            const bool high = text.at(i).isHighSurrogate();
            if (high && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                ++i;
            else if (high || text.at(i).isLowSurrogate())
                text[i] = QChar::ReplacementCharacter;
        }
        if (text.contains(QChar(0)))
            return fileError(file, TrText::tr("the file holds binary data, not a script"));
    } else {
        QByteArrayView body(bytes);
        if (body.startsWith("\xEF\xBB\xBF"))
            body = body.sliced(3);
        if (looksBinary(body))
            return fileError(file, TrText::tr("the file holds binary data, not a script"));
        const qsizetype bad = firstInvalidUtf8(body);
        if (bad >= 0) {
            int line = 0;
            int column = 0;
            lineAndColumn(body, bad, &line, &column);
            return fileError(
                file,
                TrText::tr("invalid UTF-8 (byte 0x%1); save the script as UTF-8")
                    .arg(static_cast<unsigned char>(body[bad]), 2, 16, QLatin1Char('0')),
                line, column);
        }
        text = QString::fromUtf8(body);
    }
    text = normalizeLineEnds(text);
    if (text.trimmed().isEmpty())
        return fileError(file, TrText::tr("the file is empty"));
    return text;
}

QString stripEmphasis(const QString &text)
{
    if (!text.contains(QLatin1Char('*')) && !text.contains(QLatin1Char('_')))
        return text;
    static const QRegularExpression stars(
        QStringLiteral(R"((?<!\\)(\*{1,3})(?=[^\s*])(.+?)(?<=[^\s\\*])\1)"));
    static const QRegularExpression underline(
        QStringLiteral(R"((?<![\\\w])_(?=[^\s_])(.+?)(?<=[^\s\\_])_(?!\w))"));
    QString result = text;
    for (int pass = 0; pass < 3; ++pass) {
        const QString before = result;
        result.replace(stars, QStringLiteral("\\2"));
        result.replace(underline, QStringLiteral("\\1"));
        if (result == before)
            break;
    }
    result.replace(QLatin1String("\\*"), QLatin1String("*"));
    result.replace(QLatin1String("\\_"), QLatin1String("_"));
    return result;
}

QString speakerFromCue(const QString &cue)
{
    QString name = cue.trimmed();
    if (name.endsWith(QLatin1Char('^')))
        name.chop(1);
    name = name.trimmed();
    // Extensions come last, one or more: "MEI (V.O.) (CONT'D)".
    while (name.endsWith(QLatin1Char(')')) || name.endsWith(QChar(0xFF09))) {
        const qsizetype open =
            std::max(name.lastIndexOf(QLatin1Char('(')), name.lastIndexOf(QChar(0xFF08)));
        if (open <= 0)
            break;
        name = name.left(open).trimmed();
    }
    return name;
}

QStringList sentences(const QString &paragraph)
{
    QStringList lines;
    for (const QString &raw : paragraph.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        // A line that does not end a sentence and is followed by one starting in lower case
        // is a hard wrap of the same sentence.
        if (!lines.isEmpty() && !endsSentence(lines.last()) && line.at(0).isLower())
            lines.last() += QLatin1Char(' ') + line;
        else
            lines << line;
    }
    QStringList out;
    for (const QString &line : std::as_const(lines))
        splitLine(line, out);
    return out;
}

bool isUpperCaseLine(QStringView text)
{
    bool cased = false;
    for (const QChar c : text) {
        if (c.isLower())
            return false;
        if (c.isUpper())
            cased = true;
    }
    return cased;
}

QString sentenceCase(const QString &text, const QStringList &names)
{
    if (!isUpperCaseLine(text))
        return text;
    QString result = text.toLower();
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (result.at(i).isLetter()) {
            result[i] = result.at(i).toUpper();
            break;
        }
    }
    static const QRegularExpression pronoun(QStringLiteral(R"(\bi\b)"));
    result.replace(pronoun, QStringLiteral("I"));
    for (const QString &name : names) {
        if (name.isEmpty())
            continue;
        const QRegularExpression word(
            QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)),
            QRegularExpression::CaseInsensitiveOption);
        result.replace(word, name);
    }
    return result;
}

QString normalizedText(const QString &text)
{
    return text.simplified();
}

double textSimilarity(const QString &a, const QString &b)
{
    const QHash<QString, int> ta = tokens(a);
    const QHash<QString, int> tb = tokens(b);
    int sizeA = 0;
    int sizeB = 0;
    int shared = 0;
    for (auto it = ta.cbegin(); it != ta.cend(); ++it) {
        sizeA += it.value();
        shared += std::min(it.value(), tb.value(it.key()));
    }
    for (auto it = tb.cbegin(); it != tb.cend(); ++it)
        sizeB += it.value();
    if (sizeA + sizeB == 0)
        return 1.0;
    return 2.0 * shared / (sizeA + sizeB);
}

QString spokenText(const QString &dialogue)
{
    if (!dialogue.contains(QLatin1Char('(')) && !dialogue.contains(QChar(0xFF08)))
        return dialogue.simplified();
    QString out;
    int depth = 0;
    for (const QChar c : dialogue) {
        if (c == QLatin1Char('(') || c == QChar(0xFF08)) {
            ++depth;
            continue;
        }
        if ((c == QLatin1Char(')') || c == QChar(0xFF09)) && depth > 0) {
            --depth;
            out += QLatin1Char(' ');
            continue;
        }
        if (depth == 0)
            out += c;
    }
    return out.simplified();
}

} // namespace ShotBrief::Script
