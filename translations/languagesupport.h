// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace ShotBrief {

// A language the interface can be shown in: "en" (the source language) plus one entry per
// translation compiled into the program.
struct LanguageInfo
{
    QString code;       // "en", "zh_CN", "ja": what the "ui/language" setting stores
    QString nativeName; // "English", "简体中文", "日本語": what the Settings list shows
};

// The QSettings key holding the interface language; "" (or absent) follows the system.
// The Settings dialog only writes this key; the choice applies at the next start.
inline constexpr char LanguageSettingsKey[] = "ui/language";

// The languages of availableLanguages(), English first.
QList<LanguageInfo> availableLanguages();

// The language the interface will use: languageOverride if not empty, else the "ui/language"
// setting, else the best match for the system's UI languages ("en" when none matches).
QString resolveLanguage(const QString &languageOverride);

// Installs ShotBrief's translation and Qt's own (qtbase, qtmultimedia: standard dialogs and
// buttons) for resolveLanguage(languageOverride), replacing the translators a previous call
// installed. Call once after setting the organization and application names (the settings
// key is read through QSettings) and before building any user-visible text. Returns false
// when the language has no ShotBrief translation (the interface then stays in English).
bool installTranslations(QCoreApplication &app, const QString &languageOverride);

} // namespace ShotBrief
