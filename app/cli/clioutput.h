// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace ShotBrief::Cli {

/// Exit codes shared by every command: data on stdout, messages on stderr.
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUnreadable = 2 };

/// What terminalSafe() does with line feeds and tabs.
enum class Layout {
    Keep,  ///< \n and \t pass (text the CLI composed itself: lines, tab-separated columns)
    Escape ///< \n and \t are escaped too (one field of a project: it cannot forge a line)
};

/// Text from a project (titles, labels, prompts, file names) can hold anything JSON allows:
/// ESC sequences that clear or rewrite the terminal, \r that hides what came before, NUL,
/// C1 controls (U+009B is a one-byte CSI on some terminals), bidirectional overrides and
/// isolates that reorder what is shown (U+202E). Each of those becomes a visible \uXXXX
/// escape (which is also a valid escape inside a JSON string, so --json output stays valid
/// and decodes to the original text); an unpaired surrogate becomes U+FFFD. Everything else,
/// including any printable script, is left as it is.
QString terminalSafe(const QString &text, Layout layout = Layout::Escape);

/// UTF-8 to stdout (add your own newline). Passes through terminalSafe(text, Layout::Keep), so
/// nothing printed can drive the terminal; wrap each project field in terminalSafe() as well
/// so it cannot start a new line either.
void printOut(const QString &text);
/// UTF-8 to stderr, newline appended; terminalSafe(text, Layout::Keep) like printOut().
void printErr(const QString &text);

/// Parses the `arguments` of `shotbrief-cli COMMAND` and answers what needs no more work: a
/// parse error (printed with `usage`, ExitUnreadable) or --help (`usage` and the options in
/// place of the parser's first line, which names the wrong program; ExitOk). Nothing when the
/// command goes on.
std::optional<int> parseCommand(QCommandLineParser &parser, const QCommandLineOption &help,
                                const QString &command, const QStringList &arguments,
                                const QString &usage);

} // namespace ShotBrief::Cli
