// SPDX-License-Identifier: MIT
#include "colornames.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace ShotBrief {

namespace {

quint32 rgb(int r, int g, int b)
{
    return 0xff000000u | (quint32(r & 0xff) << 16) | (quint32(g & 0xff) << 8) | quint32(b & 0xff);
}

struct NamedColor
{
    const char *name;
    quint32 rgb;
};

// CSS Color Module names (the common ones) followed by words cinematographers use.
constexpr NamedColor kColors[] = {
    {"black", 0x000000},
    {"white", 0xffffff},
    {"red", 0xff0000},
    {"green", 0x008000},
    {"blue", 0x0000ff},
    {"yellow", 0xffff00},
    {"cyan", 0x00ffff},
    {"magenta", 0xff00ff},
    {"gray", 0x808080},
    {"grey", 0x808080},
    {"silver", 0xc0c0c0},
    {"maroon", 0x800000},
    {"olive", 0x808000},
    {"lime", 0x00ff00},
    {"aqua", 0x00ffff},
    {"teal", 0x008080},
    {"navy", 0x000080},
    {"fuchsia", 0xff00ff},
    {"purple", 0x800080},
    {"orange", 0xffa500},
    {"pink", 0xffc0cb},
    {"brown", 0xa52a2a},
    {"gold", 0xffd700},
    {"beige", 0xf5f5dc},
    {"coral", 0xff7f50},
    {"crimson", 0xdc143c},
    {"indigo", 0x4b0082},
    {"ivory", 0xfffff0},
    {"khaki", 0xf0e68c},
    {"lavender", 0xe6e6fa},
    {"salmon", 0xfa8072},
    {"tan", 0xd2b48c},
    {"turquoise", 0x40e0d0},
    {"violet", 0xee82ee},
    {"orchid", 0xda70d6},
    {"plum", 0xdda0dd},
    {"chocolate", 0xd2691e},
    {"sienna", 0xa0522d},
    {"peru", 0xcd853f},
    {"tomato", 0xff6347},
    {"firebrick", 0xb22222},
    {"goldenrod", 0xdaa520},
    {"wheat", 0xf5deb3},
    {"linen", 0xfaf0e6},
    {"snow", 0xfffafa},
    {"azure", 0xf0ffff},
    {"mintcream", 0xf5fffa},
    {"honeydew", 0xf0fff0},
    {"seashell", 0xfff5ee},
    {"skyblue", 0x87ceeb},
    {"steelblue", 0x4682b4},
    {"royalblue", 0x4169e1},
    {"slategray", 0x708090},
    {"slategrey", 0x708090},
    {"darkslategray", 0x2f4f4f},
    {"midnightblue", 0x191970},
    {"dodgerblue", 0x1e90ff},
    {"deepskyblue", 0x00bfff},
    {"cadetblue", 0x5f9ea0},
    {"powderblue", 0xb0e0e6},
    {"forestgreen", 0x228b22},
    {"seagreen", 0x2e8b57},
    {"olivedrab", 0x6b8e23},
    {"darkgreen", 0x006400},
    {"springgreen", 0x00ff7f},
    {"chartreuse", 0x7fff00},
    {"darkred", 0x8b0000},
    {"darkorange", 0xff8c00},
    {"orangered", 0xff4500},
    {"hotpink", 0xff69b4},
    {"deeppink", 0xff1493},
    {"rosybrown", 0xbc8f8f},
    {"saddlebrown", 0x8b4513},
    {"burlywood", 0xdeb887},
    {"sandybrown", 0xf4a460},
    {"peachpuff", 0xffdab9},
    {"moccasin", 0xffe4b5},
    {"thistle", 0xd8bfd8},
    {"gainsboro", 0xdcdcdc},
    {"dimgray", 0x696969},
    {"darkgray", 0xa9a9a9},
    {"lightgray", 0xd3d3d3},
    {"darkviolet", 0x9400d3},
    {"rebeccapurple", 0x663399},
    {"mediumpurple", 0x9370db},
    {"darkcyan", 0x008b8b},
    {"lightblue", 0xadd8e6},
    {"lightgreen", 0x90ee90},
    {"lightpink", 0xffb6c1},
    {"lightyellow", 0xffffe0},
    {"darkblue", 0x00008b},
    {"darkmagenta", 0x8b008b},
    {"darkkhaki", 0xbdb76b},
    {"palegreen", 0x98fb98},
    {"paleturquoise", 0xafeeee},
    {"aquamarine", 0x7fffd4},
    // Film and art-direction words.
    {"sand", 0xc2b280},
    {"rust", 0xb7410e},
    {"amber", 0xffbf00},
    {"ochre", 0xcc7722},
    {"umber", 0x635147},
    {"sepia", 0x704214},
    {"cream", 0xfffdd0},
    {"charcoal", 0x36454f},
    {"slate", 0x708090},
    {"ink", 0x1b1b2f},
    {"jet", 0x343434},
    {"ebony", 0x555d50},
    {"bone", 0xe3dac9},
    {"ash", 0xb2beb5},
    {"smoke", 0x738276},
    {"steel", 0x71797e},
    {"chrome", 0xdbe4eb},
    {"copper", 0xb87333},
    {"bronze", 0xcd7f32},
    {"brass", 0xb5a642},
    {"emerald", 0x50c878},
    {"jade", 0x00a86b},
    {"mint", 0x98ff98},
    {"sage", 0xb2ac88},
    {"moss", 0x8a9a5b},
    {"pine", 0x01796f},
    {"ruby", 0xe0115f},
    {"scarlet", 0xff2400},
    {"vermilion", 0xe34234},
    {"cherry", 0xde3163},
    {"burgundy", 0x800020},
    {"wine", 0x722f37},
    {"oxblood", 0x4a0000},
    {"blood", 0x8a0303},
    {"rose", 0xff007f},
    {"blush", 0xde5d83},
    {"peach", 0xffe5b4},
    {"apricot", 0xfbceb1},
    {"tangerine", 0xf28500},
    {"saffron", 0xf4c430},
    {"mustard", 0xffdb58},
    {"lemon", 0xfff700},
    {"honey", 0xeba937},
    {"caramel", 0xaf6f09},
    {"cinnamon", 0xd2691e},
    {"terracotta", 0xe2725b},
    {"brick", 0xcb4154},
    {"clay", 0xb66a50},
    {"mahogany", 0xc04000},
    {"walnut", 0x773f1a},
    {"coffee", 0x6f4e37},
    {"mocha", 0x967969},
    {"espresso", 0x4e312d},
    {"cobalt", 0x0047ab},
    {"sapphire", 0x0f52ba},
    {"ultramarine", 0x3f00ff},
    {"cerulean", 0x007ba7},
    {"sky", 0x87ceeb},
    {"ice", 0xd6fffa},
    {"glacier", 0x80b3c4},
    {"ocean", 0x006994},
    {"petrol", 0x005f6a},
    {"midnight", 0x191970},
    {"denim", 0x1560bd},
    {"amethyst", 0x9966cc},
    {"lilac", 0xc8a2c8},
    {"mauve", 0xe0b0ff},
    {"aubergine", 0x3d0734},
    {"eggplant", 0x614051},
    {"neon pink", 0xff6ec7},
    {"neon green", 0x39ff14},
    {"neon blue", 0x1f51ff},
    {"neon", 0xff6ec7},
    {"electric blue", 0x7df9ff},
    {"sodium", 0xffa830},
    {"tungsten", 0xffc58f},
    {"candlelight", 0xff9329},
    {"daylight", 0xfff9fd},
    {"moonlight", 0xc4d4e0},
    {"dusk", 0x4e5481},
    {"dawn", 0xf2c7a5},
    {"golden hour", 0xffb347},
    {"pearl", 0xeae0c8},
    {"champagne", 0xf7e7ce},
    {"off-white", 0xfaf9f6},
    {"paper", 0xf4f1e8},
    {"fog", 0xd7d0c8},
    {"storm", 0x4f666a},
    {"graphite", 0x383838},
    {"gunmetal", 0x2a3439},
    {"obsidian", 0x0b1215},
    {"soot", 0x1c1c1c},
    {"olive drab", 0x6b8e23},
    {"bottle green", 0x006a4e},
    {"teal blue", 0x367588},
    {"dusty rose", 0xdcae96},
    {"红", 0xff0000},
    {"蓝", 0x0000ff},
    {"绿", 0x008000},
    {"黄", 0xffff00},
    {"黑", 0x000000},
    {"白", 0xffffff},
    {"金", 0xffd700},
    {"青", 0x008080},
};

const QHash<QString, quint32> &table()
{
    static const QHash<QString, quint32> t = [] {
        QHash<QString, quint32> h;
        for (const NamedColor &c : kColors)
            h.insert(QString::fromUtf8(c.name), c.rgb);
        return h;
    }();
    return t;
}

QString normalized(const QString &name)
{
    return name.simplified().toLower();
}

quint32 lookup(const QString &name, bool *found)
{
    const QString key = normalized(name);
    const auto &t = table();
    *found = true;
    if (auto it = t.constFind(key); it != t.constEnd())
        return *it;
    QString joined = key;
    joined.remove(QLatin1Char(' '));
    joined.remove(QLatin1Char('-'));
    if (auto it = t.constFind(joined); it != t.constEnd())
        return *it;
    const QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // "deep teal", "warm amber light": try the last words first, then each word.
    for (qsizetype n = words.size() - 1; n >= 1; --n) {
        const QString tail = words.mid(words.size() - n).join(QLatin1Char(' '));
        if (auto it = t.constFind(tail); it != t.constEnd())
            return *it;
    }
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        if (auto it = t.constFind(words.at(i)); it != t.constEnd())
            return *it;
    }
    *found = false;
    return 0;
}

quint32 hashedColor(const QString &name)
{
    // FNV-1a: stable across runs and platforms, unlike qHash with its random seed.
    quint32 h = 2166136261u;
    for (const char c : normalized(name).toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    const double hue = double(h % 360);
    const double s = 0.55 + double((h >> 9) % 30) / 100.0;
    const double v = 0.65 + double((h >> 17) % 30) / 100.0;
    const double c = v * s;
    const double x = c * (1 - std::fabs(std::fmod(hue / 60.0, 2.0) - 1));
    const double m = v - c;
    double r = 0, g = 0, b = 0;
    if (hue < 60) {
        r = c, g = x;
    } else if (hue < 120) {
        r = x, g = c;
    } else if (hue < 180) {
        g = c, b = x;
    } else if (hue < 240) {
        g = x, b = c;
    } else if (hue < 300) {
        r = x, b = c;
    } else {
        r = c, b = x;
    }
    return rgb(int((r + m) * 255), int((g + m) * 255), int((b + m) * 255));
}

} // namespace

bool ColorNames::isKnown(const QString &name)
{
    bool found = false;
    lookup(name, &found);
    return found;
}

quint32 ColorNames::rgbFor(const QString &name)
{
    static const QRegularExpression hex(QStringLiteral("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b"));
    const QRegularExpressionMatch m = hex.match(name);
    if (m.hasMatch()) {
        QString digits = m.captured(1);
        if (digits.size() == 3)
            digits = QString(digits.at(0)) + digits.at(0) + digits.at(1) + digits.at(1) +
                     digits.at(2) + digits.at(2);
        return rgb(digits.mid(0, 2).toInt(nullptr, 16), digits.mid(2, 2).toInt(nullptr, 16),
                   digits.mid(4, 2).toInt(nullptr, 16));
    }
    bool found = false;
    const quint32 rgb = lookup(name, &found);
    return found ? (rgb | 0xff000000u) : hashedColor(name);
}

QStringList ColorNames::paletteFromPrompt(const QString &prompt)
{
    QStringList out;
    const QStringList lines = prompt.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype at = line.lastIndexOf(QLatin1String("palette:"), -1, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        QString rest = line.mid(at + 8);
        // Stop at the end of the sentence: "palette: teal, sand. Mood: ..."
        static const QRegularExpression sentenceEnd(QStringLiteral("[.。](\\s|$)"));
        const QRegularExpressionMatch end = sentenceEnd.match(rest);
        if (end.hasMatch())
            rest = rest.left(end.capturedStart());
        static const QRegularExpression separators(
            QStringLiteral("\\s*(?:,|;|/|、|，|；|\\band\\b)\\s*"));
        out.clear();
        for (const QString &part : rest.split(separators, Qt::SkipEmptyParts)) {
            const QString name = part.trimmed();
            if (!name.isEmpty())
                out.append(name);
        }
    }
    return out.mid(0, 8);
}

} // namespace ShotBrief
