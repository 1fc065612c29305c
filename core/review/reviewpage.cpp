// SPDX-License-Identifier: MIT
#include "reviewpage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <nlohmann/json.hpp>

#include <utility>

namespace ShotBrief::ReviewPage {

namespace {

struct PageText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ReviewPage)
};

// The page's words: key for the script, English source for tr(). %1, %2 are filled in by the
// script, as QString::arg() would.
constexpr std::pair<const char *, const char *> PageStrings[] = {
    {"reviewerLabel", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Your name")},
    {"reviewerPlaceholder",
     QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Shown with your decisions")},
    {"needName", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage",
                                   "Enter your name at the top, so that the team knows whose "
                                   "decisions these are.")},
    {"download", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Download feedback")},
    {"downloaded", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage",
                                     "Saved %1 to your downloads. Send this file to whoever "
                                     "sent you the package.")},
    {"progress", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "%1 of %2 shots reviewed")},
    {"packageInfo", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "%1 shots, %2, made %3")},
    {"sequence", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Sequence")},
    {"shots", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Shots")},
    {"play", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Play (Space)")},
    {"pause", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Pause (Space)")},
    {"previous", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Previous shot")},
    {"next", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Next shot")},
    {"keys", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage",
                               "Keys: arrows move between shots, Space plays and pauses, A "
                               "approves, C requests changes.")},
    {"savedLocally",
     QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Your decisions are kept in this browser until you "
                                                "download them.")},
    {"storageUnavailable", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage",
                                             "This browser does not keep your decisions: download "
                                             "the feedback before you close the page.")},
    {"shotHeading", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Shot %1")},
    {"seconds", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "%1 s")},
    {"camera", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Camera")},
    {"lens", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Lens/style")},
    {"lighting", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Lighting")},
    {"mood", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Mood")},
    {"sceneProse", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Scene")},
    {"crewNotes", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Notes")},
    {"action", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Action")},
    {"dialogue", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Dialogue")},
    {"takeOfShot", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "%1 of shot %2")},
    {"circled", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Circled")},
    {"prefer", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Preferred")},
    {"preferredTake", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Preferred take")},
    {"boardOf", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Board of shot %1")},
    {"decisionFor", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Decision on shot %1")},
    {"approve", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Approve")},
    {"changes", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Changes requested")},
    {"note", QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "Note")},
    {"notePlaceholder",
     QT_TRANSLATE_NOOP("ShotBrief::ReviewPage", "What should change, or what works")},
};

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/review/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("ReviewPage: the resource %s is missing", qPrintable(name));
        return {};
    }
    return file.readAll();
}

QByteArray sha256Source(const QByteArray &text)
{
    return "'sha256-" + QCryptographicHash::hash(text, QCryptographicHash::Sha256).toBase64() + "'";
}

QByteArray htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

nlohmann::ordered_json strings()
{
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (const auto &[key, source] : PageStrings)
        object[key] = PageText::tr(source).toStdString();
    return object;
}

QByteArray embeddableJson(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 16);
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '<')
            out += "\\u003c";
        else if (c == '>')
            out += "\\u003e";
        else if (c == '&')
            out += "\\u0026";
        else if (c == '\xe2' && i + 2 < json.size() && json.at(i + 1) == '\x80' &&
                 (json.at(i + 2) == '\xa8' || json.at(i + 2) == '\xa9')) {
            // U+2028 and U+2029 end a line in older JavaScript parsers.
            out += json.at(i + 2) == '\xa8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray contentSecurityPolicy(const QByteArray &script, const QByteArray &style)
{
    // 'self' is the package's folder when the page is opened from file://. Media and pictures
    // come from there; nothing else is allowed to load, connect, frame or submit anywhere.
    return "default-src 'none'; script-src " + sha256Source(script) + "; style-src " +
           sha256Source(style) +
           "; img-src 'self'; media-src 'self'; connect-src 'none'; font-src 'none'; "
           "object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; "
           "base-uri 'none'; form-action 'none'";
}

QByteArray html(const QByteArray &dataJson, const QString &language, const QString &title)
{
    const QByteArray page = resource(QStringLiteral("index.html"));
    const QByteArray style = resource(QStringLiteral("review.css"));
    const QByteArray script = resource(QStringLiteral("review.js"));
    const QList<std::pair<QByteArray, QByteArray>> values = {
        {"{{lang}}", htmlEscaped(language)},    {"{{csp}}", contentSecurityPolicy(script, style)},
        {"{{title}}", htmlEscaped(title)},      {"{{style}}", style},
        {"{{data}}", embeddableJson(dataJson)}, {"{{script}}", script},
    };
    // One pass over the template: a value is never searched for placeholders again, so text
    // from the project cannot name one.
    QByteArray out;
    out.reserve(page.size() + style.size() + script.size() + dataJson.size() + 256);
    qsizetype at = 0;
    while (at < page.size()) {
        const qsizetype open = page.indexOf("{{", at);
        if (open < 0) {
            out += page.mid(at);
            break;
        }
        out += page.mid(at, open - at);
        bool replaced = false;
        for (const auto &[name, value] : values) {
            if (page.mid(open, name.size()) == name) {
                out += value;
                at = open + name.size();
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            out += "{{";
            at = open + 2;
        }
    }
    return out;
}

} // namespace ShotBrief::ReviewPage
