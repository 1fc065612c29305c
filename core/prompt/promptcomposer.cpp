// SPDX-License-Identifier: MIT
#include "promptcomposer.h"

namespace ShotBrief {

namespace {

/// The words of the template around the user's own: headers, labels, joining punctuation.
/// A null label puts its value on the previous line (English writes framing, angle and
/// movement on one "Camera shot" line; Chinese gives angle and movement lines of their own).
struct TemplateWords
{
    const char *cinematography;
    const char *framing;
    const char *angle;
    const char *movement;
    const char *depthOfField;
    const char *lensStyle;
    const char *lighting;
    const char *palette; ///< Null: "palette: ..." follows the light on its line.
    const char *mood;
    const char *actions;
    const char *dialogue;
    const char *labelEnd;      ///< Between a label and its value.
    const char *listJoin;      ///< Framing and angle on one line.
    const char *clauseJoin;    ///< Movement after them; the palette after the light.
    const char *colourJoin;    ///< Between palette colours.
    const char *identityOpen;  ///< Between a cast name and the identity.
    const char *identityClose; ///< After the identity.
    const char *speakerEnd;    ///< Between a speaker and the quoted line.
    const char *quoteOpen;
    const char *quoteClose;
};

// Written as a cinematographer of each language writes a shot brief: Chinese separates
// 景别 (shot size), 角度 and 运镜 and lists colours with 、; Japanese puts shot size and angle
// on the カメラ line and quotes speech in 「」 after the speaker, as a script does.
const TemplateWords English = {"Cinematography:",
                               "Camera shot",
                               nullptr,
                               nullptr,
                               "Depth of field",
                               "Lens/style",
                               "Lighting + palette",
                               nullptr,
                               "Mood",
                               "Actions:",
                               "Dialogue:",
                               ": ",
                               ", ",
                               "; ",
                               ", ",
                               ", ",
                               "",
                               ": ",
                               "\"",
                               "\""};
const TemplateWords Chinese = {"摄影：", "景别", "角度",   "运镜",   "景深", "镜头风格", "光线",
                               "色调",   "氛围", "动作：", "对白：", "：",   "，",       "；",
                               "、",     "（",   "）",     "：",     "“",    "”"};
const TemplateWords Japanese = {
    "撮影：", "カメラ", nullptr,  "カメラワーク", "被写界深度", "レンズ／スタイル",
    "照明",   "配色",   "雰囲気", "アクション：", "セリフ：",   "：",
    "、",     "／",     "、",     "（",           "）",         "",
    "「",     "」"};

/// TemplateWords as strings, converted once: the linter composes every shot on every edit.
struct TemplateText
{
    explicit TemplateText(const TemplateWords &words)
        : cinematography(text(words.cinematography))
        , framing(text(words.framing))
        , angle(text(words.angle))
        , movement(text(words.movement))
        , depthOfField(text(words.depthOfField))
        , lensStyle(text(words.lensStyle))
        , lighting(text(words.lighting))
        , palette(text(words.palette))
        , mood(text(words.mood))
        , actions(text(words.actions))
        , dialogue(text(words.dialogue))
        , labelEnd(text(words.labelEnd))
        , listJoin(text(words.listJoin))
        , clauseJoin(text(words.clauseJoin))
        , colourJoin(text(words.colourJoin))
        , identityOpen(text(words.identityOpen))
        , identityClose(text(words.identityClose))
        , speakerEnd(text(words.speakerEnd))
        , quoteOpen(text(words.quoteOpen))
        , quoteClose(text(words.quoteClose))
    {}

    static QString text(const char *utf8) { return utf8 ? QString::fromUtf8(utf8) : QString(); }

    QString cinematography, framing, angle, movement, depthOfField, lensStyle, lighting, palette,
        mood, actions, dialogue, labelEnd, listJoin, clauseJoin, colourJoin, identityOpen,
        identityClose, speakerEnd, quoteOpen, quoteClose;
};

const TemplateText &templateText(PromptLanguage language)
{
    static const TemplateText english(English);
    static const TemplateText chinese(Chinese);
    static const TemplateText japanese(Japanese);
    return inLanguage(language, english, chinese, japanese);
}

/// A preset's words in Chinese and Japanese, by the key the file stores.
struct TermWords
{
    const char *key;
    const char *chinese;
    const char *japanese;
};

const TermWords FramingWords[] = {
    {"extreme_wide", "大远景", "超ロングショット"},
    {"wide", "远景", "ロングショット"},
    {"full", "全景", "フルショット"},
    {"medium_wide", "中全景", "ニーショット"},
    {"medium", "中景", "ウエストショット"},
    {"medium_close_up", "近景", "バストショット"},
    {"close_up", "特写", "クローズアップ"},
    {"extreme_close_up", "大特写", "超クローズアップ"},
    {"over_the_shoulder", "过肩镜头", "肩越しショット"},
    {"insert", "插入镜头", "インサートショット"},
};
const TermWords AngleWords[] = {
    {"eye_level", "平视", "アイレベル"},
    {"high", "俯拍", "ハイアングル（俯瞰）"},
    {"low", "仰拍", "ローアングル（あおり）"},
    {"birds_eye", "鸟瞰顶拍", "真俯瞰"},
    {"worms_eye", "贴地极低角度仰拍", "地面すれすれの真あおり"},
    {"dutch", "荷兰角倾斜构图", "ダッチアングル"},
    {"pov", "主观视角", "主観ショット"},
};
const TermWords MovementWords[] = {
    {"static", "固定机位", "フィックス（三脚で固定）"},
    {"pan_left", "缓慢向左摇", "ゆっくり左へパン"},
    {"pan_right", "缓慢向右摇", "ゆっくり右へパン"},
    {"tilt_up", "向上摇", "ティルトアップ"},
    {"tilt_down", "向下摇", "ティルトダウン"},
    {"dolly_in", "缓慢推轨", "ゆっくりドリーイン"},
    {"dolly_out", "缓慢拉轨", "ゆっくりドリーアウト"},
    {"tracking", "跟拍", "トラッキングショット"},
    {"crane", "摇臂升起", "クレーンアップ"},
    {"handheld", "手持拍摄", "手持ちカメラ"},
    {"steadicam", "斯坦尼康平稳跟随", "ステディカムで滑らかに移動"},
    {"orbit", "围绕主体缓慢环拍", "被写体の周りをゆっくり回り込む"},
    {"zoom", "缓慢变焦推近", "ゆっくりズームイン"},
};
// Under a "景深" / "被写界深度" label, as the English drops "depth of field" after its label.
const TermWords DepthOfFieldWords[] = {
    {"shallow", "浅景深，背景虚化", "浅い（背景を大きくぼかす）"},
    {"medium", "中等景深", "中程度"},
    {"deep", "深焦，前后景都清晰", "深い（パンフォーカス）"},
    {"rack_focus", "焦点从前景转移到背景", "手前から奥へピント送り"},
};

template<typename E, std::size_t N>
QString termWords(const CameraTerm<E> &term, const TermWords (&table)[N], PromptLanguage language)
{
    if (!term.isSet())
        return QString();
    if (term.preset == E::Custom || language == PromptLanguage::English)
        return term.phrase().trimmed();
    const QString key = term.key();
    for (const TermWords &words : table) {
        if (key == QLatin1String(words.key))
            return QString::fromUtf8(language == PromptLanguage::Chinese ? words.chinese
                                                                         : words.japanese);
    }
    return term.phrase().trimmed();
}

/// "shallow depth of field" reads twice after the "Depth of field:" label; keep the rest.
QString depthOfFieldWords(const DepthOfFieldTerm &term, PromptLanguage language)
{
    if (language != PromptLanguage::English)
        return termWords(term, DepthOfFieldWords, language);
    QString phrase = term.phrase().trimmed();
    static const QLatin1String suffix(" depth of field");
    if (term.preset != DepthOfField::Custom && phrase.endsWith(suffix))
        phrase.chop(suffix.size());
    return phrase;
}

QString firstNonEmpty(const QString &own, const QString &fallback)
{
    const QString trimmed = own.trimmed();
    return trimmed.isEmpty() ? fallback.trimmed() : trimmed;
}

/// Appends blocks and lines with the separators of the template, never an empty section.
/// The linter composes every shot on every edit, so this writes into one buffer.
class PromptWriter
{
public:
    PromptWriter(qsizetype expectedSize, const TemplateText &words)
        : m_words(words)
    {
        m_text.reserve(expectedSize);
    }

    const TemplateText &words() const { return m_words; }

    /// Starts a block; its header is written with its first line.
    void beginBlock(const QString &header = QString())
    {
        m_header = header;
        m_linesInBlock = 0;
    }
    void addLine(QStringView line)
    {
        if (line.isEmpty())
            return;
        if (m_linesInBlock == 0) {
            if (!m_text.isEmpty())
                m_text += QLatin1String("\n\n");
            if (!m_header.isEmpty()) {
                m_text += m_header;
                m_text += QLatin1Char('\n');
            }
        } else {
            m_text += QLatin1Char('\n');
        }
        m_text += line;
        ++m_linesInBlock;
    }
    void addLine(const QString &label, QStringView value)
    {
        if (value.isEmpty())
            return;
        m_line.clear();
        m_line += label;
        m_line += m_words.labelEnd;
        m_line += value;
        addLine(m_line);
    }
    QString take() { return std::move(m_text); }
    QString &scratch() { return m_line; }

private:
    const TemplateText &m_words;
    QString m_text;
    QString m_line;
    QString m_header;
    int m_linesInBlock = 0;
};

/// Appends `value` to `line` after `join` when both have words.
void appendJoined(QString &line, const QString &join, const QString &value)
{
    if (!line.isEmpty() && !value.isEmpty())
        line += join;
    line += value;
}

void writeScene(PromptWriter &writer, const Project &project, const Shot &shot)
{
    const TemplateText &words = writer.words();
    writer.beginBlock();
    for (const QString &castId : shot.castIds) {
        const CastMember *member = project.castById(castId);
        if (!member)
            continue;
        const QString name = member->name.trimmed();
        // The identity goes in as written: consistency across shots depends on the exact words.
        const QString identity = member->identity.trimmed();
        if (name.isEmpty() || identity.isEmpty()) {
            writer.addLine(name.isEmpty() ? identity : name);
            continue;
        }
        QString &line = writer.scratch();
        line.clear();
        line += name;
        line += words.identityOpen;
        line += identity;
        line += words.identityClose;
        writer.addLine(line);
    }
    writer.addLine(shot.sceneProse.trimmed());
}

QString colourNames(const Palette &palette, const QString &join)
{
    QStringList names;
    for (const PaletteColor &colour : palette) {
        const QString name = colour.name.trimmed();
        if (!name.isEmpty())
            names << name;
        else if (!colour.hex.isEmpty())
            names << colour.hex;
    }
    return names.join(join);
}

void writeCinematography(PromptWriter &writer, const Project &project, const Shot &shot,
                         PromptLanguage language)
{
    const TemplateText &words = writer.words();
    writer.beginBlock(words.cinematography);

    QString camera = termWords(shot.framing, FramingWords, language);
    const QString angle = termWords(shot.angle, AngleWords, language);
    const QString movement = termWords(shot.movement, MovementWords, language);
    if (words.angle.isEmpty())
        appendJoined(camera, words.listJoin, angle);
    if (words.movement.isEmpty())
        appendJoined(camera, words.clauseJoin, movement);
    writer.addLine(words.framing, camera);
    if (!words.angle.isEmpty())
        writer.addLine(words.angle, angle);
    if (!words.movement.isEmpty())
        writer.addLine(words.movement, movement);
    if (shot.depthOfField.isSet())
        writer.addLine(words.depthOfField, depthOfFieldWords(shot.depthOfField, language));
    writer.addLine(words.lensStyle, firstNonEmpty(shot.lensStyle, project.style.lensStyle));

    QString lighting = firstNonEmpty(shot.lighting, project.style.lighting);
    QString palette = colourNames(shot.palette, words.colourJoin);
    if (palette.isEmpty())
        palette = colourNames(project.style.palette, words.colourJoin);
    if (!words.palette.isEmpty()) {
        writer.addLine(words.lighting, lighting);
        writer.addLine(words.palette, palette);
    } else {
        if (!palette.isEmpty())
            appendJoined(lighting, words.clauseJoin, QLatin1String("palette: ") + palette);
        writer.addLine(words.lighting, lighting);
    }
    writer.addLine(words.mood, firstNonEmpty(shot.mood, project.style.mood));
}

void writeActions(PromptWriter &writer, const Shot &shot)
{
    writer.beginBlock(writer.words().actions);
    for (const QString &beat : shot.actionBeats) {
        const QString trimmed = beat.trimmed();
        if (trimmed.isEmpty())
            continue;
        QString &line = writer.scratch();
        line.clear();
        line += QLatin1String("- ");
        line += trimmed;
        writer.addLine(line);
    }
}

void writeDialogue(PromptWriter &writer, const Shot &shot)
{
    const TemplateText &words = writer.words();
    writer.beginBlock(words.dialogue);
    for (const DialogueLine &dialogue : shot.dialogue) {
        const QString text = dialogue.line.trimmed();
        if (text.isEmpty())
            continue;
        const QString speaker = dialogue.speaker.trimmed();
        QString &line = writer.scratch();
        line.clear();
        line += QLatin1String("- ");
        if (!speaker.isEmpty()) {
            line += speaker;
            line += words.speakerEnd;
        }
        line += words.quoteOpen;
        line += text;
        line += words.quoteClose;
        writer.addLine(line);
    }
}

} // namespace

QString composePrompt(const Project &project, const Shot &shot)
{
    return composePrompt(project, shot, effectivePromptLanguage(project));
}

QString composePrompt(const Project &project, const Shot &shot, PromptLanguage language)
{
    // The labels follow the prompt language, never the UI language: they are words for the
    // model, in the template of prompting.md. Model, size and seconds are API parameters.
    PromptWriter writer(shot.sceneProse.size() + 512, templateText(language));
    writeScene(writer, project, shot);
    writeCinematography(writer, project, shot, language);
    writeActions(writer, shot);
    writeDialogue(writer, shot);
    return writer.take();
}

} // namespace ShotBrief
