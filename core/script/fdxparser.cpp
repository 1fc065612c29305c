// SPDX-License-Identifier: MIT
#include "fdxparser.h"

#include "fountainparser.h"
#include "scripttext.h"
#include "shotheading.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <vector>

namespace ShotBrief::Script {

namespace {

struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ScriptImport)
};

enum class Node : quint8 {
    Root,          ///< <FinalDraft>
    Body,          ///< /FinalDraft/Content
    BodyParagraph, ///< a paragraph of the body, or of a DualDialogue in it
    BodyText,      ///< a <Text> run of a body paragraph
    Dual,          ///< <DualDialogue>
    TitlePage,
    TitleContent,
    TitleParagraph,
    TitleText,
    InlineNote, ///< <ScriptNote> inside a body paragraph, and everything in it
    NoteText,
    NoteList,  ///< /FinalDraft/ScriptNotes
    NoteEntry, ///< a <ScriptNote Range="a,b"> of that list, and everything in it
    NoteEntryText,
    Ignored ///< anything else, with everything in it
};

struct Paragraph
{
    QString type;
    QString number;
    bool centered = false; ///< Alignment="Center": a title card, "THE END".
    QString text;
    QStringList notes;
    qsizetype fullSize = 0; ///< Characters of text before shortening.
    int dualGroup = -1;     ///< Paragraphs of one <DualDialogue> share a group.
    bool omitted = false;
    int line = 0;
};

struct ListedNote
{
    qint64 start = -1;
    QString text;
};

/// Text beyond a paragraph's limit is only counted, never kept (a 10 MB run stays 20 K).
void appendBounded(QString &to, QStringView text)
{
    const qsizetype room = FountainParser::MaxParagraphChars + 1 - to.size();
    if (room > 0)
        to += text.left(room);
}

class Reader
{
public:
    Reader(const QByteArray &bytes, const QString &file)
        : m_xml(bytes)
        , m_file(file)
    {}

    Result<Screenplay> run();

private:
    Error error(const QString &message) const
    {
        Error e;
        e.file = m_file;
        e.message = message;
        e.line = int(m_xml.lineNumber());
        e.column = int(m_xml.columnNumber());
        return e;
    }
    Node childNode(Node parent, QStringView name);
    void endParagraph();
    Screenplay build();

    QXmlStreamReader m_xml;
    QString m_file;
    std::vector<Node> m_stack;
    QList<Paragraph> m_paragraphs;
    std::vector<Paragraph> m_open; ///< Body paragraphs being read (a DualDialogue nests them).
    int m_dualGroups = 0;
    bool m_allCaps = false; ///< The open body <Text> run is Style="...AllCaps...".
    qsizetype m_runStart = 0;
    QString m_noteText;
    QString m_titleText;
    QString m_title;
    QList<ListedNote> m_listedNotes;
    qint64 m_noteStart = -1;
    QStringList m_warnings;
    bool m_tooLarge = false;
};

Node Reader::childNode(Node parent, QStringView name)
{
    switch (parent) {
    case Node::Root:
        if (name == u"Content")
            return Node::Body;
        if (name == u"TitlePage")
            return Node::TitlePage;
        if (name == u"ScriptNotes")
            return Node::NoteList;
        return Node::Ignored;
    case Node::Body:
        return name == u"Paragraph" ? Node::BodyParagraph : Node::Ignored;
    case Node::BodyParagraph:
        if (name == u"Text")
            return Node::BodyText;
        if (name == u"DualDialogue")
            return Node::Dual;
        if (name == u"ScriptNote")
            return Node::InlineNote;
        if (name == u"OmittedScene") {
            if (!m_open.empty())
                m_open.back().omitted = true;
            return Node::Ignored;
        }
        return Node::Ignored;
    case Node::Dual:
        return name == u"Paragraph" ? Node::BodyParagraph : Node::Ignored;
    case Node::TitlePage:
        return name == u"Content" ? Node::TitleContent : Node::Ignored;
    case Node::TitleContent:
        return name == u"Paragraph" ? Node::TitleParagraph : Node::Ignored;
    case Node::TitleParagraph:
        return name == u"Text" ? Node::TitleText : Node::Ignored;
    case Node::InlineNote:
    case Node::NoteText:
        return name == u"Text" ? Node::NoteText : Node::InlineNote;
    case Node::NoteList:
        return name == u"ScriptNote" ? Node::NoteEntry : Node::Ignored;
    case Node::NoteEntry:
    case Node::NoteEntryText:
        return name == u"Text" ? Node::NoteEntryText : Node::NoteEntry;
    case Node::BodyText:
    case Node::TitleText:
    case Node::Ignored:
        return Node::Ignored;
    }
    return Node::Ignored;
}

void Reader::endParagraph()
{
    Paragraph paragraph = std::move(m_open.back());
    m_open.pop_back();
    paragraph.text = paragraph.text.trimmed();
    if (paragraph.text.size() > FountainParser::MaxParagraphChars) {
        m_warnings << TrText::tr("paragraph at line %1: %2 characters shortened to %3")
                          .arg(paragraph.line)
                          .arg(paragraph.fullSize)
                          .arg(FountainParser::MaxParagraphChars);
        paragraph.text.truncate(FountainParser::MaxParagraphChars);
    }
    // The paragraph that only wraps a <DualDialogue> has no text of its own.
    if (paragraph.text.isEmpty() && paragraph.notes.isEmpty() && !paragraph.omitted)
        return;
    if (m_paragraphs.size() >= MaxElements) {
        m_tooLarge = true;
        return;
    }
    m_paragraphs << paragraph;
}

Result<Screenplay> Reader::run()
{
    // No DTD is ever processed (see below); this also bounds what an entity could expand to.
    m_xml.setEntityExpansionLimit(0);
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            // A bare <!DOCTYPE FinalDraft> is harmless (QXmlStreamReader never fetches an
            // external DTD); declarations inside one are refused before anything uses them.
            if (m_xml.text().contains(u'[') || !m_xml.entityDeclarations().isEmpty())
                return error(TrText::tr("the file declares entities in a DTD; Final Draft files "
                                        "have none, and they are not read"));
            break;
        case QXmlStreamReader::EntityReference:
            return error(TrText::tr("the entity &%1; is not defined").arg(m_xml.name()));
        case QXmlStreamReader::StartElement: {
            if (int(m_stack.size()) >= FdxParser::MaxDepth)
                return error(
                    TrText::tr("elements are nested more than %1 deep").arg(FdxParser::MaxDepth));
            const QStringView name = m_xml.name();
            Node node = Node::Root;
            if (m_stack.empty()) {
                if (name != u"FinalDraft")
                    return error(TrText::tr("this is not a Final Draft script: its root element "
                                            "is <%1>, not <FinalDraft>")
                                     .arg(name.left(40)));
                const QString type =
                    m_xml.attributes().value(QLatin1String("DocumentType")).toString();
                if (!type.isEmpty() && type != u"Script")
                    m_warnings << TrText::tr("Final Draft document type \"%1\" read as a script")
                                      .arg(type.left(40));
            } else {
                node = childNode(m_stack.back(), name);
            }
            m_stack.push_back(node);
            const QXmlStreamAttributes attributes = m_xml.attributes();
            switch (node) {
            case Node::BodyParagraph: {
                Paragraph paragraph;
                paragraph.type = attributes.value(QLatin1String("Type")).toString();
                paragraph.number =
                    attributes.value(QLatin1String("Number")).toString().trimmed().left(20);
                paragraph.centered = attributes.value(QLatin1String("Alignment")) == u"Center";
                paragraph.line = int(m_xml.lineNumber());
                if (m_stack.size() >= 3 && m_stack[m_stack.size() - 2] == Node::Dual)
                    paragraph.dualGroup = m_dualGroups;
                m_open.push_back(paragraph);
                break;
            }
            case Node::Dual:
                ++m_dualGroups;
                break;
            case Node::BodyText: {
                const QStringList styles =
                    attributes.value(QLatin1String("Style")).toString().split(QLatin1Char('+'));
                m_allCaps = styles.contains(QLatin1String("AllCaps"));
                m_runStart = m_open.empty() ? 0 : m_open.back().text.size();
                break;
            }
            case Node::InlineNote:
                if (m_stack.size() >= 2 && m_stack[m_stack.size() - 2] == Node::BodyParagraph)
                    m_noteText.clear();
                break;
            case Node::NoteEntry:
                if (m_stack.size() >= 2 && m_stack[m_stack.size() - 2] == Node::NoteList) {
                    m_noteText.clear();
                    const QString range = attributes.value(QLatin1String("Range")).toString();
                    bool ok = false;
                    m_noteStart = range.section(QLatin1Char(','), 0, 0).toLongLong(&ok);
                    if (!ok)
                        m_noteStart = -1;
                }
                break;
            case Node::TitleParagraph:
                m_titleText.clear();
                break;
            default:
                break;
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const Node node = m_stack.back();
            const Node parent = m_stack.size() >= 2 ? m_stack[m_stack.size() - 2] : Node::Root;
            m_stack.pop_back();
            switch (node) {
            case Node::BodyParagraph:
                endParagraph();
                break;
            case Node::BodyText:
                if (m_allCaps && !m_open.empty()) {
                    QString &text = m_open.back().text;
                    text = text.left(m_runStart) + text.mid(m_runStart).toUpper();
                }
                m_allCaps = false;
                break;
            case Node::InlineNote:
                if (parent == Node::BodyParagraph && !m_open.empty()) {
                    const QString note = m_noteText.simplified();
                    if (!note.isEmpty())
                        m_open.back().notes << note.left(FountainParser::MaxParagraphChars);
                }
                break;
            case Node::NoteEntry:
                if (parent == Node::NoteList) {
                    const QString note = m_noteText.simplified();
                    if (!note.isEmpty())
                        m_listedNotes << ListedNote{m_noteStart,
                                                    note.left(FountainParser::MaxParagraphChars)};
                }
                break;
            case Node::TitleParagraph:
                if (m_title.isEmpty())
                    m_title = m_titleText.simplified();
                break;
            default:
                break;
            }
            break;
        }
        case QXmlStreamReader::Characters: {
            if (m_stack.empty())
                break;
            const QStringView text = m_xml.text();
            switch (m_stack.back()) {
            case Node::BodyText:
                if (!m_open.empty()) {
                    Paragraph &paragraph = m_open.back();
                    paragraph.fullSize += text.size();
                    appendBounded(paragraph.text, text);
                }
                break;
            case Node::TitleText:
                appendBounded(m_titleText, text);
                break;
            case Node::NoteText:
            case Node::NoteEntryText:
                appendBounded(m_noteText, text);
                appendBounded(m_noteText, u" ");
                break;
            default:
                break;
            }
            break;
        }
        default:
            break;
        }
    }
    if (m_xml.hasError()) {
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return error(TrText::tr("the file ends in the middle of the XML (is it truncated?)"));
        return error(TrText::tr("not well-formed XML: %1").arg(m_xml.errorString()));
    }
    return build();
}

Screenplay Reader::build()
{
    Screenplay play;
    play.format = ScriptFormat::FinalDraft;
    play.title = m_title;
    play.warnings = m_warnings;
    play.tooLarge = m_tooLarge;

    QStringList pendingNotes;
    ScriptElement speech;
    bool speaking = false;
    int speechGroup = -1;
    int lastSpeechGroup = -1; // the DualDialogue group of the speech closed last
    bool skipping = false;    // inside an omitted scene
    int omitted = 0;
    QStringList unknownTypes;
    // Where each paragraph's element went, for the ScriptNotes list (offsets in characters).
    struct Placed
    {
        qint64 start;
        int scene;
        int element;
    };
    QList<Placed> placed;
    qint64 offset = 0;

    const auto add = [&](const ScriptElement &element, qint64 at) {
        const bool makesScene =
            element.kind != ElementKind::Transition && element.kind != ElementKind::Centered;
        ScriptScene *scene = play.sceneForElement(makesScene, pendingNotes);
        if (!scene)
            return;
        scene->elements << element;
        placed << Placed{at, int(play.scenes.size()) - 1, int(scene->elements.size()) - 1};
    };
    qint64 speechStart = 0;
    const auto closeSpeech = [&] {
        if (!speaking)
            return;
        speaking = false;
        lastSpeechGroup = speechGroup;
        speech.text = speech.text.simplified();
        speechWithoutWordsToAction(speech);
        add(speech, speechStart);
        speech = ScriptElement();
    };

    for (const Paragraph &paragraph : std::as_const(m_paragraphs)) {
        const qint64 at = offset;
        offset += paragraph.text.size() + 1;
        const QString &type = paragraph.type;
        const QString text = paragraph.text;
        if (type == QLatin1String("Scene Heading")) {
            closeSpeech();
            if (play.scenes.size() >= MaxScenes) {
                play.tooLarge = true;
                break;
            }
            if (paragraph.omitted) {
                skipping = true;
                ++omitted;
                continue;
            }
            skipping = false;
            ScriptScene scene;
            scene.heading = text.simplified();
            scene.number = paragraph.number;
            scene.line = paragraph.line;
            scene.notes = pendingNotes + paragraph.notes;
            pendingNotes.clear();
            play.scenes << scene;
            continue;
        }
        if (skipping)
            continue;
        const bool speechPart =
            type == QLatin1String("Parenthetical") || type == QLatin1String("Dialogue");
        if (speaking && (!speechPart || paragraph.dualGroup != speechGroup))
            closeSpeech();
        if (type == QLatin1String("Character")) {
            closeSpeech();
            speaking = true;
            speechStart = at;
            speechGroup = paragraph.dualGroup;
            speech.kind = ElementKind::Speech;
            speech.cue = text.simplified();
            speech.speaker = speakerFromCue(speech.cue);
            speech.line = paragraph.line;
            speech.notes = paragraph.notes;
            // The second speaker of a dual dialogue stands on the right.
            speech.dual = paragraph.dualGroup >= 0 && paragraph.dualGroup == lastSpeechGroup;
            continue;
        }
        if (speechPart) {
            if (!speaking) {
                // Dialogue without a cue: kept as a line nobody is named for.
                speaking = true;
                speechStart = at;
                speechGroup = paragraph.dualGroup;
                speech.kind = ElementKind::Speech;
                speech.line = paragraph.line;
            }
            QString part = text.simplified();
            if (type == QLatin1String("Parenthetical") && !part.isEmpty() &&
                !part.startsWith(QLatin1Char('(')))
                part = QLatin1Char('(') + part + QLatin1Char(')');
            speech.text += QLatin1Char(' ') + part;
            speech.notes << paragraph.notes;
            continue;
        }
        if (type == QLatin1String("New Act") || type == QLatin1String("End of Act") ||
            type == QLatin1String("Act Break")) {
            if (type != QLatin1String("End of Act") && !text.isEmpty())
                pendingNotes << text.simplified();
            continue;
        }
        if (type == QLatin1String("Cast List"))
            continue;

        ScriptElement element;
        element.line = paragraph.line;
        element.notes = paragraph.notes;
        element.text = text;
        if (type == QLatin1String("Transition")) {
            element.kind = ElementKind::Transition;
        } else if (paragraph.centered &&
                   (type == QLatin1String("General") || type == QLatin1String("Action"))) {
            element.kind = ElementKind::Centered;
        } else if (type == QLatin1String("Shot")) {
            element.kind = ElementKind::ShotHeading;
        } else {
            if (type != QLatin1String("Action") && type != QLatin1String("General") &&
                !type.isEmpty() && !unknownTypes.contains(type)) {
                unknownTypes << type;
                play.warnings
                    << TrText::tr("paragraphs of type \"%1\" read as action").arg(type.left(40));
            }
            if (text.isEmpty()) {
                element.kind = ElementKind::Note;
            } else {
                const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
                element.kind = parseShotHeading(firstLine) && !text.contains(QLatin1Char('\n'))
                                   ? ElementKind::ShotHeading
                                   : ElementKind::Action;
            }
        }
        if (element.text.isEmpty() && element.notes.isEmpty())
            continue;
        add(element, at);
    }
    closeSpeech();
    if (!pendingNotes.isEmpty() && !play.scenes.isEmpty())
        play.scenes.last().notes << pendingNotes;
    if (omitted > 0)
        play.warnings << TrText::tr("%n omitted scene(s) skipped", nullptr, omitted);

    // Notes listed apart (Final Draft 10 and later) point into the text by offset.
    for (const ListedNote &note : std::as_const(m_listedNotes)) {
        const Placed *target = nullptr;
        for (const Placed &p : std::as_const(placed)) {
            if (p.start <= note.start)
                target = &p;
            else
                break;
        }
        if (target)
            play.scenes[target->scene].elements[target->element].notes << note.text;
        else if (!play.scenes.isEmpty())
            play.scenes.first().notes << note.text;
    }
    return play;
}

} // namespace

Result<Screenplay> FdxParser::parse(const QByteArray &bytes, const QString &file)
{
    return Reader(bytes, file).run();
}

} // namespace ShotBrief::Script
