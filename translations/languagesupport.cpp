// SPDX-License-Identifier: MIT
#include "languagesupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ShotBrief {

namespace {

// Where qt_add_translations embeds the compiled .qm files (RESOURCE_PREFIX).
const QString ResourceFolder = QStringLiteral(":/i18n");
const QString FilePrefix = QStringLiteral("shotbrief_");
// Marks the translators this file installed, so a second call replaces rather than stacks.
const QString TranslatorName = QStringLiteral("shotbrief-i18n");
// Settings dialogs written before the key had its final name used this one.
const QString LegacySettingsKey = QStringLiteral("interface/language");

QStringList translatedCodes()
{
    QStringList codes;
    const QStringList files =
        QDir(ResourceFolder).entryList({FilePrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        codes << file.mid(FilePrefix.size(), file.size() - FilePrefix.size() - 3);
    codes.sort();
    return codes;
}

QString nativeName(const QString &code)
{
    // QLocale gives "中文（中国）" for zh_CN; people look for the script name.
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name;
}

// The first of the system's UI languages ("zh-Hans-CN", "ja-JP", "en-US", ...) we have a
// translation for; English when an English variant comes first.
QString systemLanguage(const QStringList &codes)
{
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &uiLanguage : uiLanguages) {
        const QLocale locale(uiLanguage);
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            return QStringLiteral("en");
        const QString name = locale.name(); // "zh_CN", "ja_JP"
        for (const QString &code : codes) {
            if (code == name || code == name.section(QLatin1Char('_'), 0, 0))
                return code;
        }
        // Traditional-script Chinese is not Simplified: keep looking.
    }
    return QStringLiteral("en");
}

// The language set by the caller or in the settings; "" when the system decides.
QString configuredLanguage(const QString &languageOverride)
{
    QString chosen = languageOverride.trimmed();
    if (chosen.isEmpty()) {
        const QSettings settings;
        chosen = settings.value(QLatin1String(LanguageSettingsKey)).toString().trimmed();
        if (chosen.isEmpty())
            chosen = settings.value(LegacySettingsKey).toString().trimmed();
    }
    return chosen == QLatin1String("system") ? QString() : chosen;
}

void removePreviousTranslators(QCoreApplication &app)
{
    const QList<QTranslator *> translators =
        app.findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool installOne(QCoreApplication &app, const QString &file, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(TranslatorName);
    if (!translator->load(file, folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QList<LanguageInfo> availableLanguages()
{
    QList<LanguageInfo> languages{{QStringLiteral("en"), nativeName(QStringLiteral("en"))}};
    const QStringList codes = translatedCodes();
    for (const QString &code : codes)
        languages.append({code, nativeName(code)});
    return languages;
}

QString resolveLanguage(const QString &languageOverride)
{
    const QString chosen = configuredLanguage(languageOverride);
    return chosen.isEmpty() ? systemLanguage(translatedCodes()) : chosen;
}

bool installTranslations(QCoreApplication &app, const QString &languageOverride)
{
    removePreviousTranslators(app);
    const QString language = resolveLanguage(languageOverride);
    // A chosen language also sets the formats (numbers, dates) and what Qt's dialogs use.
    if (!configuredLanguage(languageOverride).isEmpty())
        QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return true;

    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &module : {QStringLiteral("qtbase"), QStringLiteral("qtmultimedia")})
        installOne(app, module + QLatin1Char('_') + language, qtFolder);
    return installOne(app, FilePrefix + language, ResourceFolder);
}

} // namespace ShotBrief
