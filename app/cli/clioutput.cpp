// SPDX-License-Identifier: MIT
#include "clioutput.h"

#include <QCommandLineParser>

#include <cstdio>

namespace ShotBrief::Cli {

namespace {

/// Characters a terminal acts on instead of showing, or that reorder what it shows.
bool drivesTerminal(char16_t c, Layout layout)
{
    if (c == u'\n' || c == u'\t')
        return layout == Layout::Escape;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) // C0 (ESC, \r, NUL, BEL, ...), DEL, C1 (CSI ...)
        return true;
    // Bidirectional embeddings and overrides U+202A-U+202E, isolates U+2066-U+2069, the
    // implicit marks U+200E/U+200F and U+061C, and the line/paragraph separators U+2028/U+2029
    // that some terminals treat as new lines.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e ||
           c == 0x200f || c == 0x061c || c == 0x2028 || c == 0x2029;
}

void write(std::FILE *stream, const QString &text)
{
    const QByteArray utf8 = terminalSafe(text, Layout::Keep).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}

} // namespace

QString terminalSafe(const QString &text, Layout layout)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += text.at(++i);
        } else if (c.isSurrogate()) {
            safe += QChar::ReplacementCharacter;
        } else if (drivesTerminal(c.unicode(), layout)) {
            safe += QLatin1String("\\u") +
                    QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper();
        } else {
            safe += c;
        }
    }
    return safe;
}

void printOut(const QString &text)
{
    write(stdout, text);
}

void printErr(const QString &text)
{
    write(stderr, text + QLatin1Char('\n'));
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QCommandLineOption &help,
                                const QString &command, const QStringList &arguments,
                                const QString &usage)
{
    if (!parser.parse(QStringList{command} + arguments)) {
        printErr(
            QStringLiteral("shotbrief-cli %1: %2\n%3").arg(command, parser.errorText(), usage));
        return ExitUnreadable;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        printOut(usage + QLatin1Char('\n') + text.trimmed() + QLatin1Char('\n'));
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace ShotBrief::Cli
