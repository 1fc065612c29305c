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
        for (const QString &word :
             fromUtf8({"beautiful", "beautifully", "pretty", "nice", "lovely", "gorgeous",
                       "stunning", "amazing", "awesome", "epic", "cinematic", "interesting",
                       "incredible", "fantastic", "wonderful", "breathtaking", "magical", "perfect",
                       "dramatic", "high quality", "masterpiece", "best quality",
                       // Chinese: beautiful, pretty, cinematic feel, epic, gorgeous, amazing
                       "美丽", "漂亮", "好看", "电影感", "史诗", "唯美", "震撼", "华丽",
                       // Japanese: beautiful, pretty, cinematic, amazing
                       "美しい", "綺麗", "きれい", "映画的", "壮大", "すごい", "素晴らしい"}))
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
                       // Chinese: quickly, moves (about)
                       "快速地", "迅速地", "走来走去",
                       // Japanese: quickly, moves
                       "素早く", "すばやく", "動き回る"}))
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
        // Resolutions and sizes.
        R"(\b(?:2k|4k|8k|uhd|full hd|hd|1080p|720p|480p|2160p|\d{3,4}\s*x\s*\d{3,4})\b)",
        // Aspect ratios and orientation.
        R"(\b(?:16|9|4|3|21|1)\s*:\s*(?:9|16|3|4|1)\b)",
        R"(\b(?:2\.39|2\.35|1\.85)\s*:\s*1\b)",
        R"(\b(?:aspect ratio|resolution|widescreen format|vertical video|portrait mode|landscape mode)\b)",
        // Model names.
        R"(\bsora[\s-]?2(?:[\s-]pro)?\b)",
        // Chinese: N-second video, HD, ultra HD, landscape/portrait screen, aspect, resolution,
        // "make it longer".
        R"(\d+\s*秒(?:钟)?(?:的)?(?:视频|短片|长))",
        "高清",
        "超清",
        "横屏",
        "竖屏",
        "画幅",
        "分辨率",
        "更长",
        "加长",
        // Japanese: N-second video, resolution, vertical/horizontal format, make it longer.
        R"(\d+\s*秒(?:間)?の(?:動画|映像|クリップ))",
        "解像度",
        "縦長",
        "横長",
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
