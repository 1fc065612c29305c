// SPDX-License-Identifier: MIT
#include "linter.h"

#include "languagedetection.h"
#include "lintvocabulary.h"
#include "phrasematcher.h"
#include "promptcomposer.h"
#include "takestaleness.h"

#include "model/shotfield.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace ShotBrief {

namespace {

// One context for lupdate and for the runtime: a free tr() helper would be filed by
// lupdate under the enclosing namespace instead.
struct LinterText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Linter)
};

struct RuleInfo
{
    const char *id;
    const char *title;
    const char *advice;
};

// The rules in report order; titles and advice are the troubleshooting table of prompting.md.
const RuleInfo Rules[] = {
    {"unknown-model", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Unknown model"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter", "Choose a model the provider offers.")},
    {"unsupported-duration", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Duration not allowed"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Choose one of the model's durations; for a longer moment, cut two shots "
                       "together.")},
    {"unsupported-size", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Size not allowed"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter", "Choose one of the model's sizes.")},
    {"empty-prompt", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Empty prompt"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Describe the scene, the camera or the action: the provider needs a "
                       "prompt.")},
    {"prompt-too-long", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Prompt too long"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Shorten the scene prose, the action beats or the cast identities: the "
                       "provider refuses longer prompts.")},
    {"missing-framing", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Framing is missing"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Add a shot size and angle, such as \"wide shot, eye level\": framing, "
                       "depth of field and a lighting anchor keep results from being random.")},
    {"missing-depth-of-field", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Depth of field is missing"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Say whether the depth of field is shallow (sharp subject, blurred "
                       "background) or deep (everything sharp).")},
    {"missing-lighting", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Lighting is missing"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Name the light's source, direction and quality, such as \"warm "
                       "backlight with soft rim\", in the shot or in the style bible.")},
    {"missing-palette", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Palette is missing"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Name 3 to 5 main colours, such as \"teal, sand, rust\", in the shot or "
                       "in the style bible.")},
    {"missing-action-beats", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Action beats are missing"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Write the movement as countable steps: \"takes four steps to the "
                       "window, pauses, pulls the curtain in the final second\".")},
    {"palette-size", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Palette outside 3 to 5 colours"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Keep 3 to 5 named colour anchors: fewer leaves the colours to chance, "
                       "more blurs them.")},
    {"vague-adjective", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Vague word"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Replace it with what the camera sees (\"wet asphalt, zebra crosswalk, "
                       "neon signs reflecting in puddles\") or a countable action (\"pedals "
                       "three times, brakes, and stops at the crosswalk\").")},
    {"uncountable-action",
     QT_TRANSLATE_NOOP("ShotBrief::Linter", "Action without count, end point or timing"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Say how many steps, where the movement ends or when in the clip: "
                       "\"takes four steps to the window, pauses, and pulls the curtain in the "
                       "final second\".")},
    {"container-in-prompt",
     QT_TRANSLATE_NOOP("ShotBrief::Linter", "Container parameter written as prompt words"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Model, size and seconds are set in the shot's format fields; words in "
                       "the prompt cannot change them. Remove the words and set the field.")},
    {"too-many-camera-moves", QT_TRANSLATE_NOOP("ShotBrief::Linter", "More than one camera move"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Converge to one camera move plus one action, or the motion becomes "
                       "unreadable.")},
    {"too-many-action-beats",
     QT_TRANSLATE_NOOP("ShotBrief::Linter", "More action beats than the clip holds"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Keep about one beat per second, or split the action over two shots: two "
                       "4-second clips cut together often beat one 8-second clip.")},
    {"dialogue-too-long", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Dialogue too long for the clip"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "A 4-second clip holds 1 to 2 short exchanges: shorten the lines, or "
                       "choose a longer duration for the shot.")},
    {"dialogue-unlabelled", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Dialogue line without speaker"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Label each line with its speaker when more than one character could "
                       "speak.")},
    {"cast-not-in-shot", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Named character not in the shot"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Add the character to the shot's cast so that the identity description "
                       "is inserted word for word, or remove the name.")},
    {"cast-redefined", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Character look redefined"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Reuse the same identity description, word for word: change the cast "
                       "identity (or add a new cast member) instead of describing hair or "
                       "clothes in the shot.")},
    {"lighting-drift", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Lighting drifts within the scene"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Fix the lighting logic across the sequence: keep the same light in "
                       "adjacent shots of a scene, or set it once in the style bible.")},
    {"palette-drift", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Palette drifts within the scene"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Fix the palette across the sequence: keep the same colour anchors in "
                       "adjacent shots of a scene, or set them once in the style bible.")},
    {"reference-unsupported", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Model takes no first frame"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Remove the first frame or choose a model that accepts one.")},
    {"reference-size-mismatch",
     QT_TRANSLATE_NOOP("ShotBrief::Linter", "First frame size differs from the shot"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Crop or scale the first frame to the shot's size, or change the shot's "
                       "size: the provider rejects a first frame of another size.")},
    {"last-frame-unsupported", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Model takes no last frame"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Choose a model that ends a clip on a picture, or remove the last frame.")},
    {"last-frame-size-mismatch",
     QT_TRANSLATE_NOOP("ShotBrief::Linter", "Last frame size differs from the shot"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Crop or scale the last frame to the shot's size, or change the shot's "
                       "size: the provider rejects a last frame of another size.")},
    {"frame-aspect-mismatch",
     QT_TRANSLATE_NOOP("ShotBrief::Linter", "Frame aspect differs from the shot"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Crop the picture to the shot's aspect ratio so that you choose what the "
                       "provider cuts away.")},
    {"frame-unreadable", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Frame picture cannot be read"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Choose the picture again: the file is missing from the media folder or "
                       "is not a PNG, JPEG or WebP image.")},
    {"frame-too-large", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Frame picture too large"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Scale the picture to the shot's size: pictures over 50 megapixels are "
                       "refused.")},
    {"chain-unsupported",
     QT_TRANSLATE_NOOP("ShotBrief::Linter", "Chained shot on a model without a first frame"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Choose a model that begins a clip on a picture, or stop chaining the "
                       "shot to the previous one.")},
    {"chain-without-previous",
     QT_TRANSLATE_NOOP("ShotBrief::Linter", "Chained shot has no previous shot"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "The first shot of the sequence cannot continue another one: stop "
                       "chaining it, or give it a first frame of its own.")},
    {"chain-size-mismatch",
     QT_TRANSLATE_NOOP("ShotBrief::Linter", "Chained shot differs in size from the previous"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Give both shots the same size, or stop chaining: a frame of another "
                       "shape cannot continue the previous clip.")},
    {"chain-overrides-first-frame",
     QT_TRANSLATE_NOOP("ShotBrief::Linter", "Chained shot also has a first frame"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "The previous clip's last frame is sent instead of the shot's own first "
                       "frame: remove one of them.")},
    {"references-not-sent",
     QT_TRANSLATE_NOOP("ShotBrief::Linter", "Cast reference pictures not sent"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Choose a model that takes subject references to hold the characters' "
                       "look, or rely on the identity description.")},
    {"real-person", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Real person named"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Describe an invented character instead: providers refuse real people, "
                       "public figures included, unless they consented through the provider's "
                       "cameo feature.")},
    {"copyrighted-character", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Copyrighted character named"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Describe an original character instead: providers refuse copyrighted "
                       "characters.")},
    {"cast-identity-missing",
     QT_TRANSLATE_NOOP("ShotBrief::Linter", "Cast member without an identity"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Describe the character once in the Project panel (age, face, hair, "
                       "clothes): the description goes into every prompt word for word and "
                       "keeps the character the same from shot to shot.")},
    {"script-changed", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Script changed"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "The revised script gave this shot new action or dialogue; what it said "
                       "before is in its notes. Check the shot, then clear the mark with Edit > "
                       "Accept Script Changes.")},
    {"cut-from-script", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Cut from the script"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "The revised script no longer has this shot's part. Delete the shot if "
                       "it goes, or keep it and clear the mark with Edit > Accept Script "
                       "Changes.")},
    {"take-out-of-date", QT_TRANSLATE_NOOP("ShotBrief::Linter", "Circled take is out of date"),
     QT_TRANSLATE_NOOP("ShotBrief::Linter",
                       "Generate the shot again so that its take matches the brief, or circle a "
                       "take that does.")},
};

const RuleInfo *findRule(QStringView id)
{
    for (const RuleInfo &rule : Rules) {
        if (id == QLatin1String(rule.id))
            return &rule;
    }
    return nullptr;
}

QString indexed(const char *base, qsizetype index)
{
    return QLatin1String(base) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString quotedList(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words)
        quoted << QLatin1Char('"') + word + QLatin1Char('"');
    return quoted.join(QLatin1String(", "));
}

QSize parseSize(const QString &size)
{
    const qsizetype x = size.indexOf(QLatin1Char('x'));
    if (x <= 0)
        return {};
    bool okWidth = false;
    bool okHeight = false;
    const int width = QStringView(size).left(x).toInt(&okWidth);
    const int height = QStringView(size).mid(x + 1).toInt(&okHeight);
    return okWidth && okHeight ? QSize(width, height) : QSize();
}

constexpr auto MatchOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Word lists and expressions are built once per process: the linter runs on every edit.
const PhraseMatcher &vagueMatcher()
{
    static const PhraseMatcher matcher = [] {
        QStringList words;
        for (const LintVocabulary::VagueWord &word : LintVocabulary::vagueWords())
            words << word.word;
        return PhraseMatcher(words, Qt::CaseInsensitive);
    }();
    return matcher;
}

/// Phrases 0..n-1 are public figures, the rest copyrighted characters.
const PhraseMatcher &contentMatcher()
{
    static const PhraseMatcher matcher(LintVocabulary::publicFigures() +
                                           LintVocabulary::copyrightedCharacters(),
                                       Qt::CaseInsensitive);
    return matcher;
}

const PhraseMatcher &containerTriggers()
{
    static const PhraseMatcher matcher(LintVocabulary::containerTriggerWords(),
                                       Qt::CaseInsensitive);
    return matcher;
}

const PhraseMatcher &appearanceTriggers()
{
    static const PhraseMatcher matcher(LintVocabulary::appearanceTriggerWords(),
                                       Qt::CaseInsensitive);
    return matcher;
}

const QRegularExpression &containerExpression()
{
    static const QRegularExpression expression = [] {
        QRegularExpression re(QLatin1String("(?:") +
                                  LintVocabulary::containerPatterns().join(QLatin1String(")|(?:")) +
                                  QLatin1Char(')'),
                              MatchOptions);
        re.optimize();
        return re;
    }();
    return expression;
}

// The heuristic of "cast-redefined": a sentence that names a present cast member and also
// describes a look, that is a wardrobe verb ("wearing", "dressed in", "穿着", "着て") or a
// described hair or beard ("short black hair", "red-haired", "her hair is now ..."), redefines
// what the cast identity already says; unless the sentence repeats the identity word for word.
// Actions on clothes or hair ("takes off her coat", "wind in her hair") are not flagged.
const QRegularExpression &appearanceExpression()
{
    static const QRegularExpression expression = [] {
        QRegularExpression re(
            QString::fromUtf8(
                R"(\b(?:wear(?:s|ing)?|wore|dressed\s+(?:in|as)|clad\s+in|changed\s+into|changes\s+into|now\s+in\s+a)\b)"
                R"(|\b(?:long|short|curly|straight|wavy|messy|black|blonde?|brown|red|ginger|grey|gray|white|silver|dyed|pink|blue|green|purple|shaved|cropped|braided)\b)"
                R"((?:[\s,-]+\w+){0,2}?[\s-]+(?:hair(?:ed)?|bob|ponytail|braids?|beard|moustache|mustache|buzz\s?cut)\b)"
                R"(|\b(?:hair|bob|beard)\s+(?:is|are|now)\b|\b(?:bald|blond|blonde|brunette|redhead)\b)"
                R"(|穿着|穿上|身穿|头发|发型|髪|着て|着た|服を着)"),
            MatchOptions);
        re.optimize();
        return re;
    }();
    return expression;
}

/// Camera moves named in prose or beats count only next to the word "camera" ("lifts the pan"
/// is an action, "the camera pans left" is a move).
const QRegularExpression &cameraMoveExpression()
{
    static const QRegularExpression expression = [] {
        QRegularExpression re(
            QString::fromUtf8(
                R"(\b(?:pan(?:s|ning)?|tilt(?:s|ing)?|doll(?:y|ies|ying)|zoom(?:s|ing)?|cranes?|craning|orbit(?:s|ing)?|push(?:es)?\s+in|pull(?:s)?\s+(?:back|out)|track(?:s|ing)?|truck(?:s|ing)?|arc(?:s|ing)?\s+around|whip[\s-]pans?)\b)"
                // Chinese: dolly in/out, push/pull, pan, truck, tilt, rise/drop, whip pan, zoom,
                // follow, orbit, crane ("先推轨，然后向左摇镜" is two moves).
                R"(|推轨|拉轨|推镜头?|拉镜头?|摇镜头?|移镜头?|[左右上下]摇|横移|升镜头?|降镜头?)"
                R"(|甩镜头?|变焦|跟拍|跟镜头?|环绕|环拍|摇臂|升降)"
                // Japanese: pan, tilt, dolly, zoom, tracking, crane, moving around the subject.
                R"(|パン|ティルト|ドリー(?:イン|アウト)?|ズーム(?:イン|アウト)?|トラッキング)"
                R"(|クレーン(?:アップ|ダウン)?|回り込[むみ])"),
            MatchOptions);
        re.optimize();
        return re;
    }();
    return expression;
}

const QRegularExpression &cameraWordExpression()
{
    static const QRegularExpression expression(
        QString::fromUtf8(R"(\bcamera\b|镜头|摄像机|カメラ)"), MatchOptions);
    return expression;
}

/// The action patterns of one language, compiled once.
struct ActionExpressions
{
    QRegularExpression travel;
    QRegularExpression count;
    QRegularExpression endPoint;
    QRegularExpression timing;

    explicit ActionExpressions(const LintVocabulary::ActionPatterns &patterns)
        : travel(patterns.travel, MatchOptions)
        , count(patterns.count, MatchOptions)
        , endPoint(patterns.endPoint, MatchOptions)
        , timing(patterns.timing, MatchOptions)
    {}

    /// The travel verb of a beat that moves with no count, no end point and no timing.
    QString openEndedMove(const QString &beat) const
    {
        const QRegularExpressionMatch move = travel.match(beat);
        if (!move.hasMatch() || count.match(beat).hasMatch() || endPoint.match(beat).hasMatch() ||
            timing.match(beat).hasMatch())
            return QString();
        return move.captured(0);
    }
};

const ActionExpressions &actionExpressions(PromptLanguage language)
{
    static const ActionExpressions english(LintVocabulary::actionPatterns(PromptLanguage::English));
    static const ActionExpressions chinese(LintVocabulary::actionPatterns(PromptLanguage::Chinese));
    static const ActionExpressions japanese(
        LintVocabulary::actionPatterns(PromptLanguage::Japanese));
    return inLanguage(language, english, chinese, japanese);
}

/// Words of a lighting description for comparing two shots: lower case, no filler words;
/// every CJK character is a word of its own.
QSet<QString> lightingWords(const QString &text)
{
    static const QSet<QString> filler = {
        QStringLiteral("a"),    QStringLiteral("an"),      QStringLiteral("the"),
        QStringLiteral("with"), QStringLiteral("and"),     QStringLiteral("of"),
        QStringLiteral("from"), QStringLiteral("in"),      QStringLiteral("on"),
        QStringLiteral("at"),   QStringLiteral("by"),      QStringLiteral("light"),
        QStringLiteral("lit"),  QStringLiteral("lighting")};
    QSet<QString> words;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty() && !filler.contains(current))
            words.insert(current);
        current.clear();
    };
    for (const QChar c : text) {
        if (LintVocabulary::isCjk(c)) {
            flush();
            words.insert(QString(c));
        } else if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else {
            flush();
        }
    }
    flush();
    return words;
}

/// The colours the prompt names, folded for comparison: one row may name several ("teal,
/// sand, rust", "青绿、沙色、铁锈红").
QSet<QString> paletteWords(const Palette &palette)
{
    QSet<QString> names;
    for (const QString &name : paletteColourNames(palette))
        names.insert(name.toLower());
    return names;
}

double overlap(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    qsizetype shared = 0;
    for (const QString &word : a)
        shared += b.contains(word) ? 1 : 0;
    return double(shared) / double(a.size() + b.size() - shared);
}

/// Speech rates for dialogue that has to fit a clip. English: about three words a second.
/// Chinese: conversational Mandarin runs at about 240 syllables a minute, one character
/// each, so 4 characters a second (news anchors read 250 to 300). Japanese: read-aloud
/// narration runs at about 300 characters a minute, so 5 characters a second. Punctuation
/// is not spoken and not counted.
constexpr double EnglishWordsPerSecond = 3.0;
constexpr double ChineseCharactersPerSecond = 4.0;
constexpr double JapaneseCharactersPerSecond = 5.0;

double charactersPerSecond(PromptLanguage language)
{
    return language == PromptLanguage::Japanese ? JapaneseCharactersPerSecond
                                                : ChineseCharactersPerSecond;
}

/// How long a line takes to say: Latin words at the English rate, CJK characters at the rate
/// of the line's language.
struct SpokenLength
{
    qsizetype words = 0;      ///< Latin words.
    qsizetype characters = 0; ///< CJK characters.
    double seconds = 0.0;
};

SpokenLength spokenLength(const QString &text)
{
    SpokenLength length;
    bool inWord = false;
    for (const QChar c : text) {
        if (LintVocabulary::isCjk(c) && c.isLetter()) {
            ++length.characters;
            inWord = false;
        } else if (c.isLetterOrNumber() && !LintVocabulary::isCjk(c)) {
            if (!inWord)
                ++length.words;
            inWord = true;
        } else if (c != QLatin1Char('\'')) {
            inWord = false;
        }
    }
    length.seconds = double(length.words) / EnglishWordsPerSecond;
    if (length.characters > 0)
        length.seconds += double(length.characters) / charactersPerSecond(detectTextLanguage(text));
    return length;
}

/// True when the text is empty or only white space (without building a trimmed copy).
bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

/// What paletteNames() would print is not empty.
bool hasColours(const Palette &palette)
{
    return std::any_of(palette.cbegin(), palette.cend(), [](const PaletteColor &colour) {
        return !isBlank(colour.name) || !colour.hex.isEmpty();
    });
}

bool isSentenceStop(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u';':
    case u'\n':
    case u'。':
    case u'！':
    case u'？':
    case u'；':
        return true;
    default:
        return false;
    }
}

/// Advice for a vague word that fits the field it was found in: a lens field gets lens
/// examples, not a street's.
QString vagueAdvice(const QString &field, bool motion)
{
    const QString key = field.startsWith(QLatin1String("style."))
                            ? field.mid(6)
                            : field.section(QLatin1Char('['), 0, 0);
    const std::optional<ShotField> known = shotFieldFromKey(key);
    if (motion || known == ShotField::ActionBeats)
        return LinterText::tr("Replace it with a countable action: \"pedals three times, brakes, "
                              "and stops at the crosswalk\".");
    switch (known.value_or(ShotField::SceneProse)) {
    case ShotField::LensStyle:
        return LinterText::tr("Name the lens and the look it gives: \"anamorphic 40mm, shallow "
                              "focus, soft halation\" or \"handheld 16mm film, heavy grain\".");
    case ShotField::Lighting:
        return LinterText::tr("Name the light's source, direction and quality: \"sodium vapour "
                              "from above, hard shadows, neon fill from the left\".");
    case ShotField::Framing:
    case ShotField::Angle:
    case ShotField::Movement:
    case ShotField::DepthOfField:
        return LinterText::tr("Use a camera term the crew would use: \"medium close-up, low "
                              "angle, slow dolly in, shallow depth of field\".");
    default:
        return LinterText::tr("Replace it with what the camera sees: \"wet asphalt, zebra "
                              "crosswalk, neon signs reflecting in puddles\".");
    }
}

/// One scanned text of a shot and the rules that read it.
struct TextField
{
    enum Check { Vague = 1, Container = 2, Content = 4, CastNames = 8, StyleTerms = 16 };
    QString field;
    qsizetype start = 0;
    qsizetype length = 0;
    int checks = 0;
};

/// All texts of a shot joined into one string, tokenised once for every word list.
class ShotText
{
public:
    void add(const QString &field, const QString &text, int checks)
    {
        if (isBlank(text))
            return;
        m_fields.append({field, m_text.size(), text.size(), checks});
        m_text += text;
        // A separator no pattern crosses: not a word character, not white space.
        m_text += QChar(0x1f);
    }

    const QString &text() const { return m_text; }
    const QList<TextField> &fields() const { return m_fields; }
    const TextField *fieldAt(qsizetype offset) const
    {
        // Few fields per shot: a linear search beats bookkeeping.
        for (const TextField &field : m_fields) {
            if (offset >= field.start && offset < field.start + field.length)
                return &field;
        }
        return nullptr;
    }
    QStringView fieldText(const TextField &field) const
    {
        return QStringView(m_text).mid(field.start, field.length);
    }

private:
    QString m_text;
    QList<TextField> m_fields;
};

class Linter
{
public:
    Linter(const Project &project, const ProviderCapabilities &capabilities,
           const ImageSizeProvider &imageSize)
        : m_project(project)
        , m_capabilities(capabilities)
        , m_imageSize(imageSize)
        , m_language(effectivePromptLanguage(project))
    {
        QStringList names;
        for (int i = 0; i < project.cast.size(); ++i) {
            const QString name = project.cast.at(i).name.trimmed();
            if (name.isEmpty())
                continue;
            names << name;
            m_castForPhrase << i;
        }
        // Names are proper nouns: matched case-sensitively ("Rose" is not "a rose").
        m_castNames = PhraseMatcher(names, Qt::CaseSensitive);

        // The distinctive words of each identity, for spotting a paraphrase of it.
        static const QSet<QString> common = {
            QStringLiteral("the"),   QStringLiteral("and"),   QStringLiteral("her"),
            QStringLiteral("his"),   QStringLiteral("their"), QStringLiteral("with"),
            QStringLiteral("for"),   QStringLiteral("from"),  QStringLiteral("over"),
            QStringLiteral("under"), QStringLiteral("its"),   QStringLiteral("who")};
        for (const CastMember &member : project.cast) {
            const TokenizedText identity(member.identity);
            QStringList words;
            for (const TokenizedText::Token &token : identity.tokens()) {
                const QString word = identity.folded().mid(token.start, token.length);
                if (word.size() >= 3 && !common.contains(word) && !words.contains(word))
                    words << word;
            }
            m_identityWords << words;
        }
    }

    QList<LintFinding> lintStyle() const;
    QList<LintFinding> lintShot(int shotIndex) const;

private:
    struct Context
    {
        const Shot &shot;
        int index;
        QList<LintFinding> &findings;
    };

    void add(Context &context, const char *ruleId, LintSeverity severity, const QString &field,
             const QString &message, const QString &advice = QString()) const
    {
        LintFinding finding;
        finding.ruleId = QLatin1String(ruleId);
        finding.severity = severity;
        finding.shotId = context.shot.id;
        finding.shotIndex = context.index;
        finding.field = field;
        finding.message = message;
        finding.advice = advice.isEmpty() ? lintRuleAdvice(finding.ruleId) : advice;
        context.findings << finding;
    }

    static LintSeverity byStrategy(const Shot &shot)
    {
        return shot.strategy == PromptStrategy::Concise ? LintSeverity::Hint
                                                        : LintSeverity::Warning;
    }

    const ModelCapability *checkContainer(Context &context) const;
    /// Returns the composed prompt, for the rules that compare with it.
    QString checkPrompt(Context &context, const ModelCapability *model) const;
    void checkEssentials(Context &context) const;
    void checkMotion(Context &context) const;
    void checkActions(Context &context) const;
    void checkDialogue(Context &context) const;
    void checkCast(Context &context, const ShotText &text, const TokenizedText &tokens) const;
    void checkDrift(Context &context) const;
    void checkPictures(Context &context, const ModelCapability *model) const;
    void checkFrame(Context &context, const ModelCapability *model, const QString &path,
                    bool last) const;
    void checkChain(Context &context, const ModelCapability *model) const;
    void checkSubjectReferences(Context &context, const ModelCapability *model) const;
    QString modelsThatTake(bool (*takes)(const ModelCapability &)) const;
    void checkScript(Context &context) const;
    void checkCircledTake(Context &context, const QString &prompt) const;
    void scanTexts(Context &context, const ShotText &text, const TokenizedText &tokens) const;

    const Project &m_project;
    const ProviderCapabilities &m_capabilities;
    const ImageSizeProvider &m_imageSize;
    const PromptLanguage m_language; ///< Of the composed prompt: worked out once per run.
    PhraseMatcher m_castNames;
    QList<int> m_castForPhrase; ///< Phrase n of m_castNames is project.cast[m_castForPhrase[n]].
    QList<QStringList> m_identityWords; ///< Per cast member: folded distinctive identity words.
};

QList<LintFinding> Linter::lintStyle() const
{
    // The style bible fills every shot that leaves a field empty: its words are checked once,
    // as project-level findings, instead of once per shot.
    QList<LintFinding> findings;
    static const Shot noShot;
    Context context{noShot, -1, findings};
    ShotText text;
    const int words = TextField::Vague | TextField::Container | TextField::Content;
    text.add(QStringLiteral("style.lens_style"), m_project.style.lensStyle,
             words | TextField::StyleTerms);
    text.add(QStringLiteral("style.lighting"), m_project.style.lighting, words);
    text.add(QStringLiteral("style.mood"), m_project.style.mood,
             TextField::Container | TextField::Content);
    scanTexts(context, text, TokenizedText(text.text()));
    for (LintFinding &finding : findings)
        finding.shotId.clear();
    return findings;
}

QList<LintFinding> Linter::lintShot(int shotIndex) const
{
    QList<LintFinding> findings;
    if (shotIndex < 0 || shotIndex >= m_project.shots.size())
        return findings;
    const Shot &shot = m_project.shots.at(shotIndex);
    Context context{shot, shotIndex, findings};

    const ModelCapability *model = checkContainer(context);
    const QString prompt = checkPrompt(context, model);
    checkEssentials(context);

    ShotText text;
    const int all = TextField::Vague | TextField::Container | TextField::Content;
    text.add(QStringLiteral("scene_prose"), shot.sceneProse, all | TextField::CastNames);
    if (shot.framing.preset == Framing::Custom)
        text.add(QStringLiteral("framing"), shot.framing.custom,
                 TextField::Vague | TextField::Container);
    if (shot.angle.preset == Angle::Custom)
        text.add(QStringLiteral("angle"), shot.angle.custom,
                 TextField::Vague | TextField::Container);
    if (shot.movement.preset == Movement::Custom)
        text.add(QStringLiteral("movement"), shot.movement.custom,
                 TextField::Vague | TextField::Container);
    if (shot.depthOfField.preset == DepthOfField::Custom)
        text.add(QStringLiteral("depth_of_field"), shot.depthOfField.custom,
                 TextField::Vague | TextField::Container);
    text.add(QStringLiteral("lens_style"), shot.lensStyle, all | TextField::StyleTerms);
    text.add(QStringLiteral("lighting"), shot.lighting, all);
    // A mood may well be "cinematic and tense" (prompting.md): no vague-word check there.
    text.add(QStringLiteral("mood"), shot.mood, TextField::Container | TextField::Content);
    for (qsizetype i = 0; i < shot.actionBeats.size(); ++i)
        text.add(indexed("action_beats", i), shot.actionBeats.at(i), all | TextField::CastNames);
    // Spoken words may say anything about seconds or beauty; only names matter there.
    for (qsizetype i = 0; i < shot.dialogue.size(); ++i)
        text.add(indexed("dialogue", i) + QLatin1String(".line"), shot.dialogue.at(i).line,
                 TextField::Content);
    for (qsizetype i = 0; i < shot.castIds.size(); ++i) {
        if (const CastMember *member = m_project.castById(shot.castIds.at(i)))
            text.add(indexed("cast", i), member->identity, TextField::Content);
    }

    // One tokenisation of all texts serves every word list.
    const TokenizedText tokens(text.text());
    scanTexts(context, text, tokens);
    checkMotion(context);
    checkActions(context);
    checkDialogue(context);
    checkCast(context, text, tokens);
    checkScript(context);
    checkDrift(context);
    checkPictures(context, model);
    checkCircledTake(context, prompt);
    return findings;
}

const ModelCapability *Linter::checkContainer(Context &context) const
{
    const QString modelId = m_project.effectiveModel(context.shot);
    const ModelCapability *model = m_capabilities.model(modelId);
    if (!model) {
        QStringList known;
        for (const ModelCapability &capability : m_capabilities.models)
            known << capability.id;
        add(context, "unknown-model", LintSeverity::Error,
            context.shot.model.isEmpty() ? QStringLiteral("format.model") : QStringLiteral("model"),
            LinterText::tr("The provider has no model \"%1\" (it offers %2).")
                .arg(modelId, known.join(QLatin1String(", "))));
        return nullptr;
    }
    if (!model->durations.isEmpty() && !model->durations.contains(context.shot.durationSeconds)) {
        QStringList durations;
        for (int seconds : model->durations)
            durations << QString::number(seconds);
        add(context, "unsupported-duration", LintSeverity::Error, QStringLiteral("duration"),
            LinterText::tr("%1 does not make %2-second clips (it makes %3 s).")
                .arg(model->id)
                .arg(context.shot.durationSeconds)
                .arg(durations.join(QLatin1String(", "))));
    }
    const QString size = m_project.effectiveSize(context.shot);
    if (!model->sizes.isEmpty() && !model->sizes.contains(size)) {
        add(context, "unsupported-size", LintSeverity::Error,
            context.shot.size.isEmpty() ? QStringLiteral("format.size") : QStringLiteral("size"),
            LinterText::tr("%1 does not make %2 clips (it makes %3).")
                .arg(model->id, size, model->sizes.join(QLatin1String(", "))));
    }
    return model;
}

QString Linter::checkPrompt(Context &context, const ModelCapability *model) const
{
    // The only composition of the shot during a lint run.
    const QString prompt = composePrompt(m_project, context.shot, m_language);
    if (prompt.trimmed().isEmpty()) {
        add(context, "empty-prompt", LintSeverity::Error, QString(),
            LinterText::tr("The shot has nothing to say to the model."));
        return prompt;
    }
    const int limit = model ? model->maxPromptChars : ModelCapability().maxPromptChars;
    if (limit > 0 && prompt.size() > limit) {
        add(context, "prompt-too-long", LintSeverity::Error, QStringLiteral("scene_prose"),
            LinterText::tr("The prompt has %1 characters; the model takes at most %2.")
                .arg(prompt.size())
                .arg(limit));
    }
    return prompt;
}

void Linter::checkEssentials(Context &context) const
{
    const Shot &shot = context.shot;
    const LintSeverity severity = byStrategy(shot);
    if (!shot.framing.isSet())
        add(context, "missing-framing", severity, QStringLiteral("framing"),
            LinterText::tr("No shot size is set."));
    if (!shot.depthOfField.isSet())
        add(context, "missing-depth-of-field", severity, QStringLiteral("depth_of_field"),
            LinterText::tr("No depth of field is set."));
    if (isBlank(shot.lighting) && isBlank(m_project.style.lighting))
        add(context, "missing-lighting", severity, QStringLiteral("lighting"),
            LinterText::tr("Neither the shot nor the style bible describes the light."));

    const bool ownPalette = hasColours(shot.palette);
    const Palette &palette = ownPalette ? shot.palette : m_project.style.palette;
    // Count the colours the prompt will name, not the rows: one row can list seven.
    const QStringList named = paletteColourNames(palette);
    const qsizetype colours = named.size();
    const QString paletteField =
        ownPalette ? QStringLiteral("palette") : QStringLiteral("style.palette");
    if (colours == 0) {
        add(context, "missing-palette", severity, QStringLiteral("palette"),
            LinterText::tr("Neither the shot nor the style bible names colour anchors."));
    } else if ((colours < 3 || colours > 5) && colours != palette.size()) {
        add(context, "palette-size", severity, paletteField,
            LinterText::tr("The prompt names %1 colours (%2) from %n palette row(s); 3 to 5 "
                           "anchor the look, one colour a row.",
                           nullptr, int(palette.size()))
                .arg(colours)
                .arg(named.join(QLatin1String(", "))));
    } else if (colours < 3 || colours > 5) {
        add(context, "palette-size", severity, paletteField,
            LinterText::tr("The palette has %1 colours; 3 to 5 anchor the look.").arg(colours));
    }

    bool hasBeat = false;
    for (const QString &beat : shot.actionBeats)
        hasBeat = hasBeat || !isBlank(beat);
    if (!hasBeat)
        add(context, "missing-action-beats", severity, QStringLiteral("action_beats"),
            LinterText::tr("No action beats: the model will invent the movement."));
}

void Linter::scanTexts(Context &context, const ShotText &text, const TokenizedText &tokens) const
{
    const QString &all = text.text();
    const LintSeverity vagueSeverity =
        context.index < 0 ? LintSeverity::Warning : byStrategy(context.shot);

    // Vague words: one finding per field, naming every word found there.
    {
        const QList<LintVocabulary::VagueWord> &vocabulary = LintVocabulary::vagueWords();
        const TextField *current = nullptr;
        QStringList words;
        bool motion = false;
        const auto flush = [&] {
            if (current && !words.isEmpty()) {
                add(context, "vague-adjective", vagueSeverity, current->field,
                    LinterText::tr("%1 says how it should feel, not what is seen or done.")
                        .arg(quotedList(words)),
                    vagueAdvice(current->field, motion));
            }
            words.clear();
            motion = false;
        };
        for (const PhraseMatcher::Hit &hit : vagueMatcher().find(tokens)) {
            const TextField *field = text.fieldAt(hit.start);
            if (!field || !(field->checks & TextField::Vague))
                continue;
            // "photorealistic", "VHS aesthetic": a rendering style is what a lens/style says.
            if (vocabulary.at(hit.phrase).kind == LintVocabulary::VagueKind::StyleTerm &&
                (field->checks & TextField::StyleTerms))
                continue;
            if (field != current) {
                flush();
                current = field;
            }
            const QString word = all.mid(hit.start, hit.length);
            if (!words.contains(word, Qt::CaseInsensitive))
                words << word;
            if (vocabulary.at(hit.phrase).kind == LintVocabulary::VagueKind::Motion)
                motion = true;
        }
        flush();
    }

    // Container parameters: one finding per field. The expressions only run on fields that
    // could match at all: a digit, CJK text or one of the trigger words.
    {
        QVarLengthArray<const TextField *, 8> candidates;
        for (const PhraseMatcher::Hit &hit : containerTriggers().find(tokens))
            candidates.append(text.fieldAt(hit.start));
        for (const TextField &field : text.fields()) {
            if (!(field.checks & TextField::Container))
                continue;
            const QStringView view = text.fieldText(field);
            if (!candidates.contains(&field) && !std::any_of(view.begin(), view.end(), [](QChar c) {
                    return c.isDigit() || LintVocabulary::isCjk(c);
                }))
                continue;
            const QRegularExpressionMatch match = containerExpression().match(view);
            if (!match.hasMatch())
                continue;
            add(context, "container-in-prompt", LintSeverity::Warning, field.field,
                LinterText::tr(
                    "\"%1\" reads like a model, size or duration; the prompt cannot set those.")
                    .arg(match.captured(0)));
        }
    }

    // Content rules: real people and copyrighted characters.
    {
        const qsizetype figures = LintVocabulary::publicFigures().size();
        QSet<QString> reported;
        for (const PhraseMatcher::Hit &hit : contentMatcher().find(tokens)) {
            const TextField *field = text.fieldAt(hit.start);
            if (!field || !(field->checks & TextField::Content))
                continue;
            const bool person = hit.phrase < figures;
            const char *rule = person ? "real-person" : "copyrighted-character";
            const QString key = field->field + QLatin1Char('/') + QLatin1String(rule);
            if (reported.contains(key))
                continue;
            reported.insert(key);
            const QString name = all.mid(hit.start, hit.length);
            add(context, rule, LintSeverity::Warning, field->field,
                person ? LinterText::tr("\"%1\" is a real person.").arg(name)
                       : LinterText::tr("\"%1\" is a copyrighted character.").arg(name));
        }
    }
}

void Linter::checkMotion(Context &context) const
{
    const Shot &shot = context.shot;
    const LintSeverity severity = byStrategy(shot);
    int moves = 0;
    if (shot.movement.preset == Movement::Custom) {
        // "pan left, then dolly in" names two moves in one field.
        QRegularExpressionMatchIterator it =
            cameraMoveExpression().globalMatch(shot.movement.custom);
        int named = 0;
        while (it.hasNext()) {
            it.next();
            ++named;
        }
        moves += std::max(named, shot.movement.isSet() ? 1 : 0);
    } else if (shot.movement.isSet() && shot.movement.preset != Movement::Static) {
        moves += 1;
    }
    for (const QString &beat : shot.actionBeats) {
        const bool mayNameCamera = beat.contains(QLatin1String("camera"), Qt::CaseInsensitive) ||
                                   LintVocabulary::hasCjk(beat);
        if (mayNameCamera && cameraWordExpression().match(beat).hasMatch() &&
            cameraMoveExpression().match(beat).hasMatch())
            ++moves;
    }
    if (moves > 1)
        add(context, "too-many-camera-moves", severity, QStringLiteral("movement"),
            LinterText::tr("The shot asks for %1 camera moves.").arg(moves));

    qsizetype beats = 0;
    for (const QString &beat : shot.actionBeats)
        beats += isBlank(beat) ? 0 : 1;
    // About one executable step per second is what a clip can show readably.
    const int capacity = std::max(2, shot.durationSeconds);
    if (beats > capacity)
        add(context, "too-many-action-beats", severity, QStringLiteral("action_beats"),
            LinterText::tr("%1 action beats in a %2-second clip.")
                .arg(beats)
                .arg(shot.durationSeconds));
}

void Linter::checkActions(Context &context) const
{
    const Shot &shot = context.shot;
    for (qsizetype i = 0; i < shot.actionBeats.size(); ++i) {
        const QString &beat = shot.actionBeats.at(i);
        if (isBlank(beat))
            continue;
        const QString move = actionExpressions(detectTextLanguage(beat)).openEndedMove(beat);
        if (move.isEmpty())
            continue;
        add(context, "uncountable-action", byStrategy(shot), indexed("action_beats", i),
            LinterText::tr("\"%1\" has no count, no end point and no timing: the model decides "
                           "how far and how long.")
                .arg(beat.trimmed()));
    }
}

void Linter::checkDialogue(Context &context) const
{
    const Shot &shot = context.shot;
    qsizetype lines = 0;
    SpokenLength total;
    for (const DialogueLine &line : shot.dialogue) {
        if (isBlank(line.line))
            continue;
        ++lines;
        const SpokenLength length = spokenLength(line.line);
        total.words += length.words;
        total.characters += length.characters;
        total.seconds += length.seconds;
    }
    if (lines == 0)
        return;
    // A 4-second clip holds 1 to 2 exchanges (prompting.md); the words must be sayable in it.
    const int seconds = std::max(1, shot.durationSeconds);
    const qsizetype maxLines = std::max(1, seconds / 2);
    if (lines > maxLines) {
        add(context, "dialogue-too-long", LintSeverity::Warning, QStringLiteral("dialogue"),
            LinterText::tr("%1 lines of dialogue in a %2-second clip; it holds about %3.")
                .arg(lines)
                .arg(shot.durationSeconds)
                .arg(maxLines));
    } else if (total.seconds > seconds) {
        // Counted the way a writer of the dialogue's language counts: characters for Chinese
        // and Japanese, words for English.
        if (total.characters > total.words) {
            QString spoken;
            for (const DialogueLine &line : shot.dialogue)
                spoken += line.line;
            const double rate = charactersPerSecond(detectTextLanguage(spoken));
            add(context, "dialogue-too-long", LintSeverity::Warning, QStringLiteral("dialogue"),
                LinterText::tr("About %1 characters of dialogue in a %2-second clip; it holds "
                               "about %3.")
                    .arg(int(std::lround(total.seconds * rate)))
                    .arg(shot.durationSeconds)
                    .arg(int(seconds * rate)));
        } else {
            add(context, "dialogue-too-long", LintSeverity::Warning, QStringLiteral("dialogue"),
                LinterText::tr("About %1 words of dialogue in a %2-second clip; it holds about %3.")
                    .arg(int(std::lround(total.seconds * EnglishWordsPerSecond)))
                    .arg(shot.durationSeconds)
                    .arg(int(seconds * EnglishWordsPerSecond)));
        }
    }

    if (lines > 1 || shot.castIds.size() > 1) {
        for (qsizetype i = 0; i < shot.dialogue.size(); ++i) {
            const DialogueLine &line = shot.dialogue.at(i);
            if (!isBlank(line.line) && isBlank(line.speaker)) {
                add(context, "dialogue-unlabelled", LintSeverity::Warning,
                    indexed("dialogue", i) + QLatin1String(".speaker"),
                    LinterText::tr("Who says \"%1\"?").arg(line.line.trimmed()));
                break;
            }
        }
    }
}

void Linter::checkCast(Context &context, const ShotText &text, const TokenizedText &tokens) const
{
    const Shot &shot = context.shot;
    QSet<int> reportedAbsent;
    QSet<int> reportedRedefined;
    const auto reportAbsent = [&](int castIndex, const QString &field) {
        if (reportedAbsent.contains(castIndex))
            return;
        reportedAbsent.insert(castIndex);
        add(context, "cast-not-in-shot", LintSeverity::Warning, field,
            LinterText::tr(
                "%1 is named but not in the shot's cast, so their identity is not inserted.")
                .arg(m_project.cast.at(castIndex).name.trimmed()));
    };

    const QList<PhraseMatcher::Hit> names = m_castNames.find(tokens);
    QList<PhraseMatcher::Hit> lookWords;
    if (!names.isEmpty())
        lookWords = appearanceTriggers().find(tokens);
    for (const PhraseMatcher::Hit &hit : names) {
        const TextField *field = text.fieldAt(hit.start);
        if (!field || !(field->checks & TextField::CastNames))
            continue;
        const int castIndex = m_castForPhrase.at(hit.phrase);
        const CastMember &member = m_project.cast.at(castIndex);
        if (!shot.castIds.contains(member.id)) {
            reportAbsent(castIndex, field->field);
            continue;
        }
        if (reportedRedefined.contains(castIndex))
            continue;
        // The sentence around the name.
        const QStringView fieldText = text.fieldText(*field);
        const qsizetype at = hit.start - field->start;
        qsizetype begin = at;
        while (begin > 0 && !isSentenceStop(fieldText.at(begin - 1)))
            --begin;
        qsizetype end = at + hit.length;
        while (end < fieldText.size() && !isSentenceStop(fieldText.at(end)))
            ++end;
        const QStringView sentence = fieldText.mid(begin, end - begin);
        const qsizetype sentenceStart = field->start + begin;
        const bool mayDescribeLook =
            LintVocabulary::hasCjk(sentence.toString()) ||
            std::any_of(lookWords.cbegin(), lookWords.cend(), [&](const PhraseMatcher::Hit &w) {
                return w.start >= sentenceStart && w.start < sentenceStart + sentence.size();
            });
        if (!mayDescribeLook)
            continue;
        const QString identity = member.identity.trimmed();
        if (!identity.isEmpty() && sentence.contains(identity))
            continue;
        const QRegularExpressionMatch look = appearanceExpression().match(sentence);
        if (look.hasMatch()) {
            reportedRedefined.insert(castIndex);
            add(context, "cast-redefined", byStrategy(shot), field->field,
                LinterText::tr("\"%1\" describes %2's look again; the cast identity already does.")
                    .arg(look.captured(0), member.name.trimmed()));
        }
    }

    // A paraphrase of an identity, with or without the name: most of the identity's distinctive
    // words reappear in the scene prose, but not the identity itself.
    const TextField *prose = nullptr;
    for (const TextField &field : text.fields()) {
        if (field.field == QLatin1String("scene_prose"))
            prose = &field;
    }
    if (prose) {
        // Whole words of the prose, folded; a linear scan of a few dozen short views is
        // cheaper than building a set for every shot.
        QVarLengthArray<QStringView, 64> proseWords;
        for (const TokenizedText::Token &token : tokens.tokens()) {
            if (token.start >= prose->start && token.start < prose->start + prose->length)
                proseWords.append(QStringView(tokens.folded()).mid(token.start, token.length));
        }
        for (int c = 0; c < m_project.cast.size(); ++c) {
            const QStringList &words = m_identityWords.at(c);
            const CastMember &member = m_project.cast.at(c);
            if (words.size() < 4 || reportedRedefined.contains(c) ||
                !shot.castIds.contains(member.id))
                continue;
            qsizetype found = 0;
            for (const QString &word : words) {
                found += std::any_of(proseWords.cbegin(), proseWords.cend(),
                                     [&word](QStringView w) { return w == word; })
                             ? 1
                             : 0;
            }
            // Three in five distinctive words again: a paraphrase rather than a mention.
            if (found * 5 < words.size() * 3)
                continue;
            if (text.fieldText(*prose).contains(member.identity.trimmed()))
                continue;
            reportedRedefined.insert(c);
            add(context, "cast-redefined", byStrategy(shot), prose->field,
                LinterText::tr("The scene prose describes %1 again in other words; the identity is "
                               "inserted word for word already.")
                    .arg(member.name.trimmed()));
        }
    }

    for (qsizetype i = 0; i < shot.dialogue.size(); ++i) {
        if (isBlank(shot.dialogue.at(i).speaker))
            continue;
        const QString speaker = shot.dialogue.at(i).speaker.trimmed();
        for (int c = 0; c < m_project.cast.size(); ++c) {
            const CastMember &member = m_project.cast.at(c);
            if (speaker.compare(member.name.trimmed(), Qt::CaseInsensitive) == 0 &&
                !shot.castIds.contains(member.id))
                reportAbsent(c, indexed("dialogue", i) + QLatin1String(".speaker"));
        }
    }
}

void Linter::checkDrift(Context &context) const
{
    if (context.index <= 0)
        return;
    const Shot &shot = context.shot;
    const Shot &previous = m_project.shots.at(context.index - 1);
    if (shot.sceneId != previous.sceneId)
        return;
    // Without scenes the whole project is one sequence, but a cut may be meant: only a hint.
    const LintSeverity severity = shot.sceneId.isEmpty() ? LintSeverity::Hint : byStrategy(shot);
    const QString previousName =
        previous.label.isEmpty() ? QString::number(context.index) : previous.label;

    const auto effectiveLighting = [this](const Shot &s) {
        const QString own = s.lighting.trimmed();
        return own.isEmpty() ? m_project.style.lighting.trimmed() : own;
    };
    const QString lighting = effectiveLighting(shot);
    const QString previousLighting = effectiveLighting(previous);
    // Less than a third of the words in common: a different light, not a refinement of it.
    if (!lighting.isEmpty() && !previousLighting.isEmpty() && lighting != previousLighting &&
        overlap(lightingWords(lighting), lightingWords(previousLighting)) < 1.0 / 3.0) {
        add(context, "lighting-drift", severity, QStringLiteral("lighting"),
            LinterText::tr("The light changes from \"%1\" in shot %2 to \"%3\".")
                .arg(previousLighting, previousName, lighting));
    }

    const auto effectivePalette = [this](const Shot &s) -> const Palette & {
        return !hasColours(s.palette) ? m_project.style.palette : s.palette;
    };
    const Palette &palette = effectivePalette(shot);
    const Palette &previousPalette = effectivePalette(previous);
    if (palette == previousPalette)
        return;
    const QSet<QString> colours = paletteWords(palette);
    const QSet<QString> previousColours = paletteWords(previousPalette);
    if (!colours.isEmpty() && !previousColours.isEmpty()) {
        qsizetype shared = 0;
        for (const QString &colour : colours)
            shared += previousColours.contains(colour) ? 1 : 0;
        // Fewer than half of the anchors kept: the cut will show a colour jump.
        if (2 * shared < std::max(colours.size(), previousColours.size())) {
            add(context, "palette-drift", severity, QStringLiteral("palette"),
                LinterText::tr("The palette changes from %1 in shot %2 to %3.")
                    .arg(paletteNames(effectivePalette(previous)), previousName,
                         paletteNames(effectivePalette(shot))));
        }
    }
}

QString Linter::modelsThatTake(bool (*takes)(const ModelCapability &)) const
{
    QStringList models;
    for (const ModelCapability &capability : m_capabilities.models) {
        if (takes(capability))
            models << capability.id;
    }
    return models.join(QLatin1String(", "));
}

void Linter::checkPictures(Context &context, const ModelCapability *model) const
{
    const Shot &shot = context.shot;
    // A chained shot's own first frame is not sent (chain-overrides-first-frame says so).
    if (!isBlank(shot.referenceImage) && !shot.chainPrevious)
        checkFrame(context, model, shot.referenceImage, false);
    if (!isBlank(shot.lastFrame))
        checkFrame(context, model, shot.lastFrame, true);
    if (shot.chainPrevious)
        checkChain(context, model);
    checkSubjectReferences(context, model);
}

void Linter::checkFrame(Context &context, const ModelCapability *model, const QString &path,
                        bool last) const
{
    const QString field = last ? QStringLiteral("last_frame") : QStringLiteral("reference_image");
    if (model && !last && !model->firstFrame) {
        const QString others =
            modelsThatTake([](const ModelCapability &m) { return m.firstFrame; });
        add(context, "reference-unsupported", LintSeverity::Warning, field,
            LinterText::tr("%1 takes no first frame; it would be ignored.").arg(model->id),
            others.isEmpty() ? QString()
                             : LinterText::tr("Choose a model that takes one (%1), or remove the "
                                              "first frame.")
                                   .arg(others));
        return;
    }
    if (model && last && !model->lastFrame) {
        const QString others = modelsThatTake([](const ModelCapability &m) { return m.lastFrame; });
        add(context, "last-frame-unsupported", LintSeverity::Error, field,
            LinterText::tr("%1 cannot end a clip on a chosen picture.").arg(model->id),
            others.isEmpty()
                ? LinterText::tr("No model of this provider takes a last frame: remove it, or "
                                 "switch the project to a provider that takes one.")
                : LinterText::tr("Choose a model that takes a last frame (%1), or remove it.")
                      .arg(others));
        return;
    }
    if (!m_imageSize)
        return;
    const QSize imageSize = m_imageSize(path);
    if (!imageSize.isValid() || imageSize.isEmpty()) {
        add(context, "frame-unreadable", LintSeverity::Error, field,
            last ? LinterText::tr("The last frame \"%1\" is missing or is not an image.").arg(path)
                 : LinterText::tr("The first frame \"%1\" is missing or is not an image.")
                       .arg(path));
        return;
    }
    if (qint64(imageSize.width()) * imageSize.height() > MaxFramePixels) {
        add(context, "frame-too-large", LintSeverity::Error, field,
            LinterText::tr("The picture is %1x%2 pixels, over 50 megapixels.")
                .arg(imageSize.width())
                .arg(imageSize.height()));
        return;
    }
    const QString sizeText = m_project.effectiveSize(context.shot);
    const QSize shotSize = parseSize(sizeText);
    if (!shotSize.isValid() || imageSize == shotSize)
        return;
    if (model && model->referenceMustMatchSize) {
        add(context, last ? "last-frame-size-mismatch" : "reference-size-mismatch",
            LintSeverity::Error, field,
            (last ? LinterText::tr("The last frame is %1x%2 pixels; the shot is %3.")
                  : LinterText::tr("The first frame is %1x%2 pixels; the shot is %3."))
                .arg(imageSize.width())
                .arg(imageSize.height())
                .arg(sizeText));
        return;
    }
    // The provider crops or pads a picture of another shape itself: say what it will cut.
    const double imageAspect = double(imageSize.width()) / imageSize.height();
    const double shotAspect = double(shotSize.width()) / shotSize.height();
    if (std::abs(imageAspect - shotAspect) > 0.01 * shotAspect) {
        add(context, "frame-aspect-mismatch", LintSeverity::Hint, field,
            LinterText::tr("The picture is %1x%2 pixels, another shape than the shot's %3.")
                .arg(imageSize.width())
                .arg(imageSize.height())
                .arg(sizeText));
    }
}

void Linter::checkChain(Context &context, const ModelCapability *model) const
{
    const Shot &shot = context.shot;
    const QString field = QStringLiteral("chain_previous");
    if (context.index == 0) {
        add(context, "chain-without-previous", LintSeverity::Error, field,
            LinterText::tr("The first shot is set to begin on the previous shot's last frame."));
        return;
    }
    if (model && !model->firstFrame) {
        const QString others =
            modelsThatTake([](const ModelCapability &m) { return m.firstFrame; });
        add(context, "chain-unsupported", LintSeverity::Error, field,
            LinterText::tr("%1 cannot begin a clip on the previous shot's last frame.")
                .arg(model->id),
            others.isEmpty() ? QString()
                             : LinterText::tr("Choose a model that takes a first frame (%1), or "
                                              "stop chaining the shot.")
                                   .arg(others));
    }
    const Shot &previous = m_project.shots.at(context.index - 1);
    const QString size = m_project.effectiveSize(shot);
    const QString previousSize = m_project.effectiveSize(previous);
    if (size != previousSize) {
        add(context, "chain-size-mismatch", LintSeverity::Error, field,
            LinterText::tr("This shot is %1 but shot %2 before it is %3.")
                .arg(size,
                     previous.label.isEmpty() ? QString::number(context.index) : previous.label,
                     previousSize));
    }
    if (!isBlank(shot.referenceImage)) {
        add(context, "chain-overrides-first-frame", LintSeverity::Hint,
            QStringLiteral("reference_image"),
            LinterText::tr("The shot begins on the previous clip's last frame; its own first "
                           "frame is not sent."));
    }
}

void Linter::checkSubjectReferences(Context &context, const ModelCapability *model) const
{
    if (!model)
        return;
    QStringList withPictures;
    for (const QString &castId : context.shot.castIds) {
        const CastMember *member = m_project.castById(castId);
        if (member && !isBlank(member->referenceImage))
            withPictures << member->name;
    }
    if (withPictures.size() <= model->maxReferenceImages)
        return;
    const QString others =
        modelsThatTake([](const ModelCapability &m) { return m.maxReferenceImages > 0; });
    if (model->maxReferenceImages == 0) {
        // Identity descriptions still hold the look: this is information, not a fault.
        add(context, "references-not-sent", LintSeverity::Hint, QStringLiteral("cast"),
            LinterText::tr("%1 takes no subject references: the pictures of %2 are not sent.")
                .arg(model->id, withPictures.join(QLatin1String(", "))),
            others.isEmpty() ? QString()
                             : LinterText::tr("Choose a model that takes them (%1) to hold the "
                                              "characters' look.")
                                   .arg(others));
        return;
    }
    add(context, "references-not-sent", LintSeverity::Warning, QStringLiteral("cast"),
        LinterText::tr("%1 takes %2 subject references: the pictures of %3 are not sent.")
            .arg(model->id)
            .arg(model->maxReferenceImages)
            .arg(withPictures.mid(model->maxReferenceImages).join(QLatin1String(", "))),
        LinterText::tr("Keep the characters who matter most first in the shot's cast."));
}

void Linter::checkScript(Context &context) const
{
    const Shot &shot = context.shot;
    for (qsizetype i = 0; i < shot.castIds.size(); ++i) {
        const CastMember *member = m_project.castById(shot.castIds.at(i));
        if (member && isBlank(member->identity)) {
            // A script import leaves identities to the user; the prompt then names a stranger.
            add(context, "cast-identity-missing", LintSeverity::Hint, indexed("cast", i),
                LinterText::tr("%1 has no identity description yet.").arg(member->name));
        }
    }
    switch (shot.scriptRef.mark) {
    case ScriptMark::None:
        break;
    case ScriptMark::Changed:
        add(context, "script-changed", LintSeverity::Warning, QStringLiteral("action_beats"),
            LinterText::tr("The script changed since this shot was made from it."));
        break;
    case ScriptMark::Cut:
        add(context, "cut-from-script", LintSeverity::Warning, QStringLiteral("action_beats"),
            LinterText::tr("This shot's part of the script was cut."));
        break;
    }
}

void Linter::checkCircledTake(Context &context, const QString &prompt) const
{
    // The sequence plays the circled take: one made from another brief is not this shot.
    const Take *circled = context.shot.circledTake();
    if (!circled || circled->status != TakeStatus::Ready)
        return;
    const TakeStaleness staleness = takeStaleness(m_project, context.shot, *circled, prompt);
    if (staleness.isOutOfDate())
        add(context, "take-out-of-date", LintSeverity::Warning, QString(), staleness.summary());
}

} // namespace

QString lintSeverityKey(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Hint:
        return QStringLiteral("hint");
    case LintSeverity::Warning:
        return QStringLiteral("warning");
    case LintSeverity::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QList<LintFinding> lintShot(const Project &project, int shotIndex,
                            const ProviderCapabilities &capabilities)
{
    return lintShot(project, shotIndex, capabilities, ImageSizeProvider());
}

QList<LintFinding> lintShot(const Project &project, int shotIndex,
                            const ProviderCapabilities &capabilities,
                            const ImageSizeProvider &imageSize)
{
    return Linter(project, capabilities, imageSize).lintShot(shotIndex);
}

QList<LintFinding> lintProject(const Project &project, const ProviderCapabilities &capabilities)
{
    return lintProject(project, capabilities, ImageSizeProvider());
}

QList<LintFinding> lintProject(const Project &project, const ProviderCapabilities &capabilities,
                               const ImageSizeProvider &imageSize)
{
    const Linter linter(project, capabilities, imageSize);
    QList<LintFinding> findings = linter.lintStyle();
    for (int i = 0; i < project.shots.size(); ++i)
        findings << linter.lintShot(i);
    return findings;
}

QStringList lintRuleIds()
{
    QStringList ids;
    for (const RuleInfo &rule : Rules)
        ids << QLatin1String(rule.id);
    return ids;
}

QString lintRuleTitle(const QString &ruleId)
{
    const RuleInfo *rule = findRule(ruleId);
    return rule ? LinterText::tr(rule->title) : QString();
}

QString lintRuleAdvice(const QString &ruleId)
{
    const RuleInfo *rule = findRule(ruleId);
    return rule ? LinterText::tr(rule->advice) : QString();
}

QString lintFieldName(const QString &field)
{
    if (field.isEmpty())
        return {};
    // "style.mood" and "format.model": the project's values that a shot inherits.
    const QString style = QStringLiteral("style.");
    const QString format = QStringLiteral("format.");
    if (field.startsWith(style))
        return LinterText::tr("Style bible: %1").arg(shotFieldPathName(field.mid(style.size())));
    if (field.startsWith(format))
        return LinterText::tr("Project default: %1")
            .arg(shotFieldPathName(field.mid(format.size())));
    return shotFieldPathName(field);
}

} // namespace ShotBrief
