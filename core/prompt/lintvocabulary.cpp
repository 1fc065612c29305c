// SPDX-License-Identifier: MIT
#include "lintvocabulary.h"

#include <algorithm>

namespace ShotBrief::LintVocabulary {

namespace {

QStringList fromUtf8(std::initializer_list<const char *> words)
{
    QStringList list;
    list.reserve(qsizetype(words.size()));
    for (const char *word : words)
        list << QString::fromUtf8(word);
    return list;
}

} // namespace

const QList<VagueWord> &vagueWords()
{
    static const QList<VagueWord> words = [] {
        QList<VagueWord> list;
        // "cinematic" as a look word: a mood may say "cinematic and tense", so the linter does
        // not read the mood field for vague words.
        // Not "great": it is mostly size or an epithet ("a great crowd", "the great lens",
        // "Great Dane"), not praise, and a warning there would teach people to ignore them.
        // Rendering styles ("photorealistic") are listed apart below.
        for (const QString &word :
             fromUtf8({"beautiful", "beautifully", "pretty", "nice", "lovely", "gorgeous",
                       "stunning", "amazing", "awesome", "epic", "cinematic", "interesting",
                       "incredible", "fantastic", "wonderful", "breathtaking", "magical", "perfect",
                       "dramatic", "high quality", "masterpiece", "best quality",
                       // Chinese: beautiful, pretty, good-looking, cinematic feel, epic, aesthetic,
                       // stunning, gorgeous, exquisite, blockbuster feel, upscale feel, dreamy,
                       // perfect
                       "美丽", "漂亮", "好看", "电影感", "史诗", "唯美", "震撼", "华丽", "精美",
                       "绝美", "惊艳", "大片感", "高级感", "梦幻", "完美",
                       // Japanese: beautiful, pretty, cinematic, grand, amazing, wonderful,
                       // fantastical, film-like, overwhelming, emotional
                       "美しい", "綺麗", "きれい", "映画的", "壮大", "すごい", "素晴らしい",
                       "幻想的", "映画のような", "圧巻", "エモい"}))
            list << VagueWord{word, VagueKind::Look};
        // Rendering styles: a lens/style may choose them ("photorealistic, VHS aesthetic",
        // "atmospheric haze"); anywhere else they say nothing the camera sees.
        for (const QString &word : fromUtf8({"atmospheric", "aesthetic", "ultra realistic",
                                             "hyperrealistic", "photorealistic",
                                             // Chinese: photorealistic, hyperrealistic
                                             "照片级写实", "超写实",
                                             // Japanese: photorealistic
                                             "フォトリアル"}))
            list << VagueWord{word, VagueKind::StyleTerm};
        for (const QString &word :
             fromUtf8({"quickly", "rapidly", "swiftly", "slowly moves", "moves", "moving around",
                       "somehow", "something", "stuff", "things happen",
                       // Chinese: fast, swift, in a flash, moves, moves about, walks back
                       // and forth, in a hurry ("人快速移动": a person moves quickly)
                       "快速", "迅速", "飞快", "移动", "动来动去", "走来走去", "匆匆",
                       // Japanese: quickly, moves about, fast, hurriedly, moves
                       "素早く", "すばやく", "動き回る", "速く", "急いで", "移動する"}))
            list << VagueWord{word, VagueKind::Motion};
        return list;
    }();
    return words;
}

const QStringList &containerPatterns()
{
    static const QStringList patterns = fromUtf8({
        // Durations as words: "make it 8 seconds", "an 8-second clip", "12 seconds long".
        R"(\bmake (?:it|this|the (?:video|clip|shot)) (?:longer|shorter|\d+\s*-?\s*(?:s|secs?|seconds?)\b))",
        R"(\b\d+\s*-?\s*(?:secs?|seconds?)[\s-]+(?:long|video|clip|duration)\b)",
        R"(\b(?:longer|shorter) (?:video|clip|version|duration)\b)",
        R"(\b(?:extend|lengthen) (?:it|the (?:video|clip))\b)",
        // Resolutions and sizes. Bounded by "not a Latin letter or digit" rather than \b:
        // in "4K画质" or "16:9宽屏" the CJK character after them is a word character too.
        R"((?<![a-z0-9])(?:2k|4k|8k|uhd|full hd|hd|1080p|720p|480p|2160p|\d{3,4}\s*[x×]\s*\d{3,4})(?![a-z0-9]))",
        // Aspect ratios and orientation.
        R"((?<![0-9.:])(?:16|9|4|3|21|1)\s*[:：]\s*(?:9|16|3|4|1)(?![0-9]))",
        R"((?<![0-9.])(?:2\.39|2\.35|1\.85)\s*[:：]\s*1(?![0-9]))",
        R"(\b(?:aspect ratio|resolution|widescreen format|vertical video|portrait mode|landscape mode)\b)",
        // Model names.
        R"(\bsora[\s-]?2(?:[\s-]pro)?\b)",
        // Chinese: duration (时长8秒, 视频10秒, 8秒的视频), HD, ultra HD, widescreen,
        // landscape/portrait screen, picture quality, aspect, resolution, "make it longer".
        // A bare "两秒" or "最后一秒" is timing inside the clip, not a duration.
        R"((?:时长|片长|视频长度|视频|短片)\s*(?:为|是|：|:)?\s*\d+\s*(?:秒|s\b))",
        R"(\d+\s*秒(?:钟)?(?:的)?(?:视频|短片|片子|长))",
        "高清",
        "超清",
        "宽屏",
        "横屏",
        "竖屏",
        "画质",
        "画幅",
        "分辨率",
        "更长",
        "加长",
        // Japanese: duration (8秒の動画, 尺は8秒, 長さ10秒), resolution, picture quality,
        // vertical/horizontal format, aspect ratio, widescreen, make it longer.
        R"(\d+\s*秒(?:間)?の(?:動画|映像|クリップ|ムービー))",
        R"((?:尺|長さ|動画|映像)(?:は|を)?\s*\d+\s*秒)",
        "解像度",
        "画質",
        "縦長",
        "横長",
        "縦型",
        "横型",
        "アスペクト比",
        "ワイドスクリーン",
        "長くして",
    });
    return patterns;
}

const QStringList &containerTriggerWords()
{
    static const QStringList words =
        fromUtf8({"make", "longer", "shorter", "extend", "lengthen", "hd", "uhd", "aspect",
                  "resolution", "widescreen", "vertical", "portrait", "landscape", "sora"});
    return words;
}

const ActionPatterns &actionPatterns(PromptLanguage language)
{
    // "Actor walks across the room" moves with no count, no end point, no timing: the model
    // invents how far and how long. "takes four steps to the window" is executable.
    static const ActionPatterns english = {
        QStringLiteral(
            R"(\b(?:walk(?:s|ing|ed)?|run(?:s|ning)?|ran|mov(?:e|es|ing|ed)|cross(?:es|ing|ed)?|)"
            R"(wander(?:s|ing|ed)?|stroll(?:s|ing|ed)?|pac(?:e|es|ing|ed)|driv(?:e|es|ing)|drove|)"
            R"(rid(?:e|es|ing)|rode|fl(?:y|ies|ying|ew)|swim(?:s|ming)?|swam|danc(?:e|es|ing|ed)|)"
            R"(go(?:es)?|going|went|travel(?:s|ling|led)?|roam(?:s|ing|ed)?|rush(?:es|ing|ed)?|)"
            R"(hurr(?:y|ies|ying|ied)|jog(?:s|ging|ged)?|sprint(?:s|ing|ed)?|drift(?:s|ing|ed)?))"
            R"(\b)"),
        QStringLiteral(
            R"(\d|\b(?:once|twice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|)"
            R"(twelve|single)\b)"),
        QStringLiteral(
            R"(\b(?:to|into|onto|toward|towards|until|till|reach(?:es|ing)?|arriv(?:e|es|ing)|)"
            R"(stop(?:s|ping)?|halt(?:s|ing)?|land(?:s|ing)?|back)\b)"),
        QStringLiteral(R"(\b(?:seconds?|then|paus(?:e|es|ing)|after|before|while|final|last|first|)"
                       R"(beat|moment)\b)")};
    // 走 but not 走廊 (corridor), 飞 but not 飞机 (plane), 游 but not 游戏/游客, 跑 but not 跑车.
    static const ActionPatterns chinese = {
        QString::fromUtf8(
            R"(走(?!廊|道)|跑(?!车)|移动|穿过|奔|漫步|踱步|徘徊|骑|开车|飞(?!机)|游(?!戏|客)|跳舞|逛)"),
        QString::fromUtf8(
            R"([0-9０-９]|[一二两三四五六七八九十几]\s*(?:步|下|次|圈|遍|秒|个|口|趟))"),
        QString::fromUtf8(R"(到|至|进|直到|停|向|朝|回)"),
        QString::fromUtf8(R"(秒|然后|随后|接着|最后|之后|之前|同时|片刻)")};
    static const ActionPatterns japanese = {
        QString::fromUtf8(
            R"(歩[くいかきけこ]|走[るりっらろれ]|駆け|移動|横切|進[むみん]|動[くきい]|うろうろ|)"
            R"(さまよ|泳[ぐい]|踊[るり]|飛[ぶびん])"),
        QString::fromUtf8(R"([0-9０-９]|[一二三四五六七八九十]\s*(?:歩|回|度|周|秒|つ))"),
        QString::fromUtf8(R"(まで|止ま|に着|に入|へ入|に向か|へ向か|に戻|へ戻)"),
        QString::fromUtf8(R"(秒|それから|その後|最後|てから|た後|同時|一瞬)")};
    return inLanguage(language, english, chinese, japanese);
}

const QStringList &appearanceTriggerWords()
{
    static const QStringList words =
        fromUtf8({"wear",    "wears",  "wearing",   "wore",     "dressed", "clad",     "changed",
                  "changes", "now",    "hair",      "haired",   "bob",     "ponytail", "braid",
                  "braids",  "beard",  "moustache", "mustache", "buzz",    "buzzcut",  "bald",
                  "blond",   "blonde", "brunette",  "redhead"});
    return words;
}

const QStringList &publicFigures()
{
    static const QStringList names = fromUtf8(
        {"Barack Obama", "Donald Trump", "Joe Biden", "Elon Musk", "Taylor Swift", "Beyoncé",
         "Tom Cruise", "Brad Pitt", "Leonardo DiCaprio", "Keanu Reeves", "Scarlett Johansson",
         "Lionel Messi", "Cristiano Ronaldo", "Michael Jordan", "Jackie Chan", "Bruce Lee",
         "Mark Zuckerberg", "Bill Gates", "Oprah Winfrey", "Kim Kardashian", "Queen Elizabeth",
         "King Charles", "Pope Francis", "Vladimir Putin", "Xi Jinping",
         // Chinese
         "成龙", "李小龙", "周杰伦", "刘德华", "范冰冰", "杨幂", "姚明", "马云",
         // Japanese
         "木村拓哉", "大谷翔平", "宮崎駿", "北野武", "安倍晋三"});
    return names;
}

const QStringList &copyrightedCharacters()
{
    static const QStringList names = fromUtf8(
        {"Mickey Mouse", "Minnie Mouse", "Donald Duck", "Spider-Man", "Spiderman", "Batman",
         "Superman", "Wonder Woman", "Iron Man", "Captain America", "Harry Potter", "Hermione",
         "Darth Vader", "Yoda", "Pikachu", "Pokémon", "Pokemon", "Super Mario", "Luigi",
         "Sonic the Hedgehog", "Hello Kitty", "Doraemon", "Totoro", "Shrek", "SpongeBob",
         "Homer Simpson", "James Bond", "Elsa and Anna", "Buzz Lightyear", "Naruto",
         // Chinese
         "米老鼠", "蜘蛛侠", "蝙蝠侠", "超人", "钢铁侠", "哈利·波特", "哈利波特", "皮卡丘",
         "哆啦A梦", "龙猫", "马里奥", "海绵宝宝",
         // Japanese
         "ミッキーマウス", "スパイダーマン", "バットマン", "ピカチュウ", "ドラえもん", "トトロ",
         "マリオ", "ハローキティ", "ナルト"});
    return names;
}

bool hasCjk(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return isCjk(c); });
}

} // namespace ShotBrief::LintVocabulary
