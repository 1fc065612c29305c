// SPDX-License-Identifier: MIT
#include "fountainparser.h"

#include "scripttext.h"
#include "shotheading.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vector>

namespace ShotBrief::Script {

namespace {

struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ScriptImport)
};

/// Stands in the text for a note taken out of it; its index follows in two characters.
constexpr char16_t NoteMark = 0xE000;
constexpr char16_t NoteDigit = 0xF000; ///< + 12 bits of the note's index
constexpr qsizetype MaxNoteChars = 10000;

struct SourceLine
{
    QString text; ///< Without notes, trailing space kept (two spaces mean something).
    QStringList notes;
    int number = 0;
    bool noteOnly = false;
    bool blank() const { return !noteOnly && text.trimmed().isEmpty(); }
};

/// The script's lines, made on demand from one string and the offsets where lines start: a
/// hostile file of ten million empty lines costs 40 MB of offsets, not a list of strings.
class SourceLines
{
public:
    SourceLines(QString text, QStringList notes)
        : m_text(std::move(text))
        , m_notes(std::move(notes))
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (m_text.at(i) == QLatin1Char('\n'))
                m_starts.push_back(qint32(i + 1));
        }
    }

    qsizetype size() const { return qsizetype(m_starts.size()); }

    SourceLine at(qsizetype i) const
    {
        const qsizetype start = m_starts[std::size_t(i)];
        const qsizetype end = i + 1 < size() ? m_starts[std::size_t(i + 1)] - 1 : m_text.size();
        const QStringView raw = QStringView(m_text).mid(start, end - start);
        SourceLine line;
        line.number = int(i) + 1;
        if (!raw.contains(QChar(NoteMark))) {
            line.text = raw.toString();
            return line;
        }
        for (qsizetype k = 0; k < raw.size(); ++k) {
            if (raw.at(k) == QChar(NoteMark) && k + 2 < raw.size()) {
                const qsizetype index = qsizetype(raw.at(k + 1).unicode() - NoteDigit) << 12 |
                                        qsizetype(raw.at(k + 2).unicode() - NoteDigit);
                if (index < m_notes.size() && !m_notes.at(index).isEmpty())
                    line.notes << m_notes.at(index);
                k += 2;
                continue;
            }
            line.text += raw.at(k);
        }
        // "[[]]": an empty note is nothing; the line is blank then.
        line.noteOnly = line.text.trimmed().isEmpty() && !line.notes.isEmpty();
        return line;
    }

private:
    QString m_text;
    QStringList m_notes;
    std::vector<qint32> m_starts;
};

class Parser
{
public:
    explicit Parser(const QString &text) { m_text = text; }
    Screenplay run();

private:
    enum class Block { None, Action, Speech, Lyrics };

    void removeBoneyard();
    SourceLines splitLines();
    qsizetype readTitlePage(const SourceLines &lines);
    void body(const SourceLines &lines, qsizetype from);
    bool startElement(const SourceLines &lines, qsizetype i);
    void appendLine(const QString &line);
    bool isSceneHeading(const QString &trimmed) const;
    bool nextIsText(const SourceLines &lines, qsizetype i) const;
    bool nextIsBlank(const SourceLines &lines, qsizetype i) const;
    void closeBlock();
    void addElement(ScriptElement element);
    ScriptScene *scene(bool create);
    void startScene(const QString &heading, int line);
    /// `text` shortened to the paragraph limit, with a warning naming `fullSize` (the
    /// paragraph's real length when only its start was kept).
    QString capped(const QString &text, int line, qsizetype fullSize = -1);

    QString m_text;
    Screenplay m_play;
    QStringList m_pendingNotes; ///< Sections and synopses waiting for their scene.
    Block m_block = Block::None;
    ScriptElement m_current;
    QStringList m_lines; ///< Lines of the open block.
    qsizetype m_blockChars = 0;
    bool m_afterHeading = false;
    int m_elements = 0;
};

void Parser::removeBoneyard()
{
    qsizetype from = 0;
    while (true) {
        const qsizetype open = m_text.indexOf(QLatin1String("/*"), from);
        if (open < 0)
            return;
        const qsizetype close = m_text.indexOf(QLatin1String("*/"), open + 2);
        if (close < 0) {
            const int line = int(m_text.left(open).count(QLatin1Char('\n'))) + 1;
            m_play.warnings << TrText::tr("line %1: \"/*\" without \"*/\": read as text").arg(line);
            return;
        }
        // Keep the line count so that later messages name the right lines.
        const qsizetype newlines = m_text.mid(open, close + 2 - open).count(QLatin1Char('\n'));
        m_text.replace(open, close + 2 - open, QString(newlines, QLatin1Char('\n')));
        from = open + newlines;
    }
}

SourceLines Parser::splitLines()
{
    // Notes may span lines; each becomes a mark in the line where it starts.
    QStringList notes;
    QString text;
    text.reserve(m_text.size());
    qsizetype i = 0;
    while (i < m_text.size()) {
        const qsizetype open = m_text.indexOf(QLatin1String("[["), i);
        if (open < 0) {
            text += QStringView(m_text).mid(i);
            break;
        }
        const qsizetype close = m_text.indexOf(QLatin1String("]]"), open + 2);
        if (close < 0 || close - open > MaxNoteChars) {
            text += QStringView(m_text).mid(i, open + 2 - i);
            i = open + 2;
            continue;
        }
        text += QStringView(m_text).mid(i, open - i);
        const qsizetype index = notes.size();
        text += QChar(NoteMark);
        text += QChar(char16_t(NoteDigit + ((index >> 12) & 0xFFF)));
        text += QChar(char16_t(NoteDigit + (index & 0xFFF)));
        notes << stripEmphasis(m_text.mid(open + 2, close - open - 2).simplified());
        i = close + 2;
    }
    m_text.clear();
    return SourceLines(std::move(text), std::move(notes));
}

qsizetype Parser::readTitlePage(const SourceLines &lines)
{
    static const QRegularExpression keyLine(
        QStringLiteral(R"(^([A-Za-z][A-Za-z0-9 _-]{0,40}):(.*)$)"));
    static const QStringList known = {
        QStringLiteral("title"),   QStringLiteral("credit"),   QStringLiteral("author"),
        QStringLiteral("authors"), QStringLiteral("source"),   QStringLiteral("draft date"),
        QStringLiteral("date"),    QStringLiteral("contact"),  QStringLiteral("copyright"),
        QStringLiteral("notes"),   QStringLiteral("revision"), QStringLiteral("format")};
    qsizetype i = 0;
    while (i < lines.size() && lines.at(i).blank())
        ++i;
    if (i >= lines.size())
        return 0;
    const QRegularExpressionMatch first = keyLine.match(lines.at(i).text.trimmed());
    if (!first.hasMatch())
        return 0;
    const QString firstKey = first.captured(1).trimmed();
    // "FADE IN:" is the first line of many scripts without a title page.
    if (isUpperCaseLine(firstKey) && !known.contains(firstKey.toLower()))
        return 0;

    QString key;
    QStringList title;
    const auto finish = [&](qsizetype next) {
        // A title is a line or two; a megabyte "title" is not read whole.
        m_play.title = stripEmphasis(title.join(QLatin1Char(' ')).left(1000)).simplified();
        return next;
    };
    for (; i < lines.size(); ++i) {
        const SourceLine &line = lines.at(i);
        if (line.blank())
            return finish(i + 1);
        const bool indented =
            line.text.startsWith(QLatin1Char('\t')) || line.text.startsWith(QLatin1String("   "));
        const QRegularExpressionMatch match = keyLine.match(line.text.trimmed());
        if (match.hasMatch() && !indented) {
            key = match.captured(1).trimmed().toLower();
            const QString value = match.captured(2).trimmed();
            if (key == QLatin1String("title") && !value.isEmpty())
                title << value;
        } else if (indented || !key.isEmpty()) {
            if (key == QLatin1String("title") && !line.text.trimmed().isEmpty())
                title << line.text.trimmed();
        } else {
            return finish(i);
        }
    }
    return finish(i);
}

bool Parser::isSceneHeading(const QString &trimmed) const
{
    static const QRegularExpression prefix(
        QStringLiteral(R"(^(INT\.?/EXT|EXT\.?/INT|INT|EXT|EST|I/E|E/I)([.\s]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cjkPrefix(
        QStringLiteral(R"(^(内景|外景|内外景|内/外景|外/内景)[\s.。:：])"));
    return prefix.match(trimmed).hasMatch() || cjkPrefix.match(trimmed).hasMatch();
}

bool Parser::nextIsText(const SourceLines &lines, qsizetype i) const
{
    for (qsizetype k = i + 1; k < lines.size(); ++k) {
        if (lines.at(k).noteOnly)
            continue;
        return !lines.at(k).blank();
    }
    return false;
}

bool Parser::nextIsBlank(const SourceLines &lines, qsizetype i) const
{
    return i + 1 >= lines.size() || lines.at(i + 1).blank();
}

ScriptScene *Parser::scene(bool create)
{
    return m_play.sceneForElement(create, m_pendingNotes);
}

void Parser::startScene(const QString &heading, int line)
{
    closeBlock();
    if (m_play.scenes.size() >= MaxScenes) {
        m_play.tooLarge = true;
        return;
    }
    static const QRegularExpression number(QStringLiteral(R"(\s*#([^#\s]{1,20})#\s*$)"));
    ScriptScene scene;
    QString text = heading;
    const QRegularExpressionMatch match = number.match(text);
    if (match.hasMatch()) {
        scene.number = match.captured(1);
        text = text.left(match.capturedStart());
    }
    scene.heading =
        capped(stripEmphasis(text.left(FountainParser::MaxParagraphChars + 1)).simplified(), line,
               text.size());
    scene.line = line;
    scene.notes = m_pendingNotes;
    m_pendingNotes.clear();
    m_play.scenes << scene;
    m_afterHeading = true;
}

QString Parser::capped(const QString &text, int line, qsizetype fullSize)
{
    if (text.size() <= FountainParser::MaxParagraphChars)
        return text;
    m_play.warnings << TrText::tr("line %1: a paragraph of %2 characters was shortened to %3")
                           .arg(line)
                           .arg(std::max(fullSize, text.size()))
                           .arg(FountainParser::MaxParagraphChars);
    return text.left(FountainParser::MaxParagraphChars);
}

void Parser::addElement(ScriptElement element)
{
    if (++m_elements > MaxElements) {
        m_play.tooLarge = true;
        return;
    }
    // Text before the first heading goes to an opening scene, but a lone "FADE IN:" or
    // a centred title card does not make one.
    const bool makesScene =
        element.kind != ElementKind::Transition && element.kind != ElementKind::Centered;
    ScriptScene *target = scene(makesScene);
    if (!target)
        return;
    target->elements << element;
    m_afterHeading = false;
}

void Parser::closeBlock()
{
    if (m_block == Block::None)
        return;
    const Block block = m_block;
    m_block = Block::None;
    ScriptElement element = m_current;
    m_current = ScriptElement();
    const QStringList lines = m_lines;
    const qsizetype blockChars = m_blockChars;
    m_lines.clear();
    m_blockChars = 0;

    if (block == Block::Speech) {
        element.text = capped(stripEmphasis(lines.join(QLatin1Char(' '))).simplified(),
                              element.line, blockChars);
        speechWithoutWordsToAction(element);
        addElement(element);
        return;
    }
    if (block == Block::Lyrics) {
        element.kind = ElementKind::Lyrics;
        element.text =
            capped(stripEmphasis(lines.join(QLatin1Char('\n'))), element.line, blockChars);
        addElement(element);
        return;
    }
    // Action: an all-caps first line naming a shot starts the shot and fills its framing.
    QStringList rest = lines;
    if (!rest.isEmpty()) {
        if (parseShotHeading(rest.first())) {
            ScriptElement heading = element;
            heading.kind = ElementKind::ShotHeading;
            heading.text = stripEmphasis(rest.takeFirst().trimmed());
            if (rest.isEmpty()) {
                addElement(heading);
                return;
            }
            heading.notes.clear();
            addElement(heading);
        }
    }
    element.kind = ElementKind::Action;
    element.text =
        capped(stripEmphasis(rest.join(QLatin1Char('\n'))).trimmed(), element.line, blockChars);
    if (element.text.isEmpty() && element.notes.isEmpty())
        return;
    if (element.text.isEmpty())
        element.kind = ElementKind::Note;
    addElement(element);
}

void Parser::appendLine(const QString &line)
{
    // Past the paragraph limit the rest is only counted: capped() shortens and warns.
    const qsizetype room = FountainParser::MaxParagraphChars + 1 - m_blockChars;
    if (room > 0)
        m_lines << (line.size() > room ? line.left(room) : line);
    m_blockChars += line.size() + 1;
}

bool Parser::startElement(const SourceLines &lines, qsizetype i)
{
    const SourceLine &line = lines.at(i);
    const QString trimmed = line.text.trimmed();

    // Forced scene heading: ".FLASHBACK" (but not "..." or ". ").
    if (trimmed.startsWith(QLatin1Char('.')) && trimmed.size() > 1 &&
        trimmed.at(1) != QLatin1Char('.') && !trimmed.at(1).isSpace()) {
        startScene(trimmed.mid(1), line.number);
        return true;
    }
    if (isSceneHeading(trimmed)) {
        startScene(trimmed, line.number);
        return true;
    }
    if (trimmed.startsWith(QLatin1Char('>')) && trimmed.endsWith(QLatin1Char('<')) &&
        trimmed.size() >= 2) {
        ScriptElement element;
        element.kind = ElementKind::Centered;
        element.text = stripEmphasis(trimmed.mid(1, trimmed.size() - 2).trimmed());
        element.line = line.number;
        element.notes = line.notes;
        addElement(element);
        return true;
    }
    // Fountain's rule is "upper case, ending in TO:"; the openings and endings every script
    // uses are transitions too, not a scene of their own.
    static const QRegularExpression standardTransition(
        QStringLiteral(R"(^(FADE IN|FADE OUT|FADE TO BLACK|CUT TO BLACK|SMASH TO BLACK)[:.]?$)"));
    const bool forcedTransition = trimmed.startsWith(QLatin1Char('>'));
    if (forcedTransition ||
        (isUpperCaseLine(trimmed) &&
         (trimmed.endsWith(QLatin1String("TO:")) || standardTransition.match(trimmed).hasMatch()) &&
         nextIsBlank(lines, i))) {
        ScriptElement element;
        element.kind = ElementKind::Transition;
        element.text = stripEmphasis((forcedTransition ? trimmed.mid(1) : trimmed).trimmed());
        element.line = line.number;
        element.notes = line.notes;
        addElement(element);
        return true;
    }
    if (trimmed.startsWith(QLatin1Char('~'))) {
        m_block = Block::Lyrics;
        m_current.line = line.number;
        m_current.notes = line.notes;
        appendLine(trimmed.mid(1).trimmed());
        return true;
    }
    if (trimmed.startsWith(QLatin1Char('!'))) {
        m_block = Block::Action;
        m_current.line = line.number;
        m_current.notes = line.notes;
        appendLine(trimmed.mid(1));
        return true;
    }

    // Character cue: upper case (or forced with "@"), text right below it.
    const bool forcedCue = trimmed.startsWith(QLatin1Char('@'));
    QString cue = forcedCue ? trimmed.mid(1).trimmed() : trimmed;
    bool dual = false;
    if (cue.endsWith(QLatin1Char('^'))) {
        dual = true;
        cue.chop(1);
        cue = cue.trimmed();
    }
    const QString name = speakerFromCue(cue);
    if (!name.isEmpty() && nextIsText(lines, i) && (forcedCue || isUpperCaseLine(name)) &&
        !parseShotHeading(cue)) {
        m_block = Block::Speech;
        m_current.kind = ElementKind::Speech;
        m_current.speaker = stripEmphasis(name);
        m_current.cue = stripEmphasis(cue);
        m_current.dual = dual;
        m_current.line = line.number;
        m_current.notes = line.notes;
        return true;
    }

    m_block = Block::Action;
    m_current.line = line.number;
    m_current.notes = line.notes;
    appendLine(line.text.trimmed());
    return true;
}

void Parser::body(const SourceLines &lines, qsizetype from)
{
    static const QRegularExpression pageBreak(QStringLiteral(R"(^={3,}$)"));
    bool previousBlank = true;
    for (qsizetype i = from; i < lines.size() && !m_play.tooLarge; ++i) {
        const SourceLine &line = lines.at(i);
        if (line.noteOnly) {
            if (m_block != Block::None) {
                m_current.notes << line.notes;
            } else if (!m_play.scenes.isEmpty() && previousBlank && !nextIsText(lines, i)) {
                ScriptElement note;
                note.kind = ElementKind::Note;
                note.notes = line.notes;
                note.line = line.number;
                addElement(note);
            } else if (!m_play.scenes.isEmpty() && !previousBlank) {
                // Right under a one-line element: a note about the element before it.
                QList<ScriptElement> &elements = m_play.scenes.last().elements;
                if (elements.isEmpty())
                    m_play.scenes.last().notes << line.notes;
                else
                    elements.last().notes << line.notes;
            } else {
                // Before the first scene, or above a paragraph: kept with what follows.
                m_current.notes << line.notes;
                m_current.line = line.number;
                m_block = Block::Action;
            }
            continue;
        }
        const QString trimmed = line.text.trimmed();
        if (trimmed.isEmpty()) {
            // Two spaces on an otherwise empty line keep a speech going.
            if (m_block == Block::Speech && line.text.size() >= 2) {
                appendLine(QString());
                continue;
            }
            closeBlock();
            previousBlank = true;
            continue;
        }
        if (pageBreak.match(trimmed).hasMatch()) {
            closeBlock();
            previousBlank = true;
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('#'))) {
            closeBlock();
            qsizetype level = 0;
            while (level < trimmed.size() && trimmed.at(level) == QLatin1Char('#'))
                ++level;
            const QString section = stripEmphasis(trimmed.mid(level).trimmed());
            if (!section.isEmpty())
                m_pendingNotes << section;
            previousBlank = true;
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('=')) && !trimmed.startsWith(QLatin1String("=="))) {
            closeBlock();
            const QString synopsis = stripEmphasis(trimmed.mid(1).trimmed());
            if (!synopsis.isEmpty()) {
                if (!m_play.scenes.isEmpty() && m_pendingNotes.isEmpty())
                    m_play.scenes.last().notes << synopsis;
                else
                    m_pendingNotes << synopsis;
            }
            previousBlank = true;
            continue;
        }
        if (m_block == Block::Speech) {
            // Parentheticals and dialogue; "~" lines inside a speech are sung.
            appendLine(trimmed.startsWith(QLatin1Char('~')) ? trimmed.mid(1).trimmed() : trimmed);
            m_current.notes << line.notes;
            continue;
        }
        if (m_block == Block::Lyrics && trimmed.startsWith(QLatin1Char('~'))) {
            appendLine(trimmed.mid(1).trimmed());
            m_current.notes << line.notes;
            continue;
        }
        if (m_block == Block::Action && !previousBlank) {
            appendLine(trimmed.startsWith(QLatin1Char('!')) ? trimmed.mid(1) : trimmed);
            m_current.notes << line.notes;
            continue;
        }
        if (m_block == Block::Action && m_lines.isEmpty()) {
            // Notes waiting above this paragraph: the paragraph starts here with them.
            const QStringList waiting = m_current.notes;
            m_block = Block::None;
            m_current = ScriptElement();
            startElement(lines, i);
            if (m_block != Block::None) {
                m_current.notes = waiting + m_current.notes;
            } else if (!m_play.scenes.isEmpty()) {
                ScriptScene &last = m_play.scenes.last();
                if (last.elements.isEmpty())
                    last.notes << waiting;
                else
                    last.elements.last().notes << waiting;
            }
            previousBlank = false;
            continue;
        }
        closeBlock();
        startElement(lines, i);
        previousBlank = false;
    }
    closeBlock();
    if (!m_pendingNotes.isEmpty() && !m_play.scenes.isEmpty())
        m_play.scenes.last().notes << m_pendingNotes;
}

Screenplay Parser::run()
{
    m_play.format = ScriptFormat::Fountain;
    removeBoneyard();
    const SourceLines lines = splitLines();
    const qsizetype bodyStart = readTitlePage(lines);
    body(lines, bodyStart);
    return m_play;
}

} // namespace

Screenplay FountainParser::parse(const QString &text)
{
    return Parser(text).run();
}

} // namespace ShotBrief::Script
