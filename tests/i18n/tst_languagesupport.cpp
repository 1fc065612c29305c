// SPDX-License-Identifier: MIT
#include "translations/languagesupport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace ShotBrief;

namespace {

// Strings from the real sources: the main window's File menu and Qt's own Cancel button
// (QPlatformTheme gives the standard dialog buttons their text).
QString fileMenu()
{
    return QCoreApplication::translate("ShotBrief::MainWindow", "&File");
}
QString qtCancel()
{
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}

} // namespace

class TestLanguageSupport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_settingsDir.isValid(), qPrintable(m_settingsDir.errorString()));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languagesupport"));
    }

    void init() { QSettings().clear(); }
    void cleanupTestCase() { installTranslations(*QCoreApplication::instance(), u"en"_qs); }

    void languagesListed()
    {
        const QList<LanguageInfo> languages = availableLanguages();
        QStringList codes;
        for (const LanguageInfo &language : languages)
            codes << language.code + u'=' + language.nativeName;
        QVERIFY2(!languages.isEmpty() && languages.first().code == u"en",
                 qPrintable(codes.join(u", ")));
        QVERIFY2(codes.contains(QStringLiteral("zh_CN=简体中文")), qPrintable(codes.join(u", ")));
        QVERIFY2(codes.contains(QStringLiteral("ja=日本語")), qPrintable(codes.join(u", ")));
    }

    void translates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("qtTranslated");
        QTest::newRow("Simplified Chinese") << u"zh_CN"_qs << u"文件(&F)"_qs << true;
        QTest::newRow("Japanese") << u"ja"_qs << u"ファイル(&F)"_qs << true;
        QTest::newRow("Japanese with a region") << u"ja_JP"_qs << u"ファイル(&F)"_qs << true;
        QTest::newRow("English") << u"en"_qs << u"&File"_qs << false;
    }
    void translates()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(bool, qtTranslated);
        QVERIFY2(installTranslations(*QCoreApplication::instance(), language),
                 qPrintable(language));
        QCOMPARE(fileMenu(), file);
        QVERIFY2((qtCancel() != u"Cancel") == qtTranslated,
                 qPrintable(u"Qt's Cancel reads "_qs + qtCancel()));
        QCOMPARE(QLocale().name().left(2), language.left(2));
    }

    void secondCallReplacesTheFirst()
    {
        QCoreApplication &app = *QCoreApplication::instance();
        QVERIFY(installTranslations(app, u"zh_CN"_qs));
        QVERIFY(installTranslations(app, u"ja"_qs));
        QCOMPARE(fileMenu(), u"ファイル(&F)"_qs);
        QVERIFY(installTranslations(app, u"en"_qs));
        QCOMPARE(fileMenu(), u"&File"_qs);
        QCOMPARE(qtCancel(), u"Cancel"_qs);
    }

    void unknownLanguageStaysEnglish()
    {
        QVERIFY2(!installTranslations(*QCoreApplication::instance(), u"xx"_qs),
                 "there is no translation for xx");
        QCOMPARE(fileMenu(), u"&File"_qs);
    }

    // The Settings dialog writes "ui/language"; an explicit override wins over it.
    void resolve_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("legacySetting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("override wins") << u"ja"_qs << u"zh_CN"_qs << QString() << u"ja"_qs;
        QTest::newRow("setting") << QString() << u"zh_CN"_qs << QString() << u"zh_CN"_qs;
        QTest::newRow("setting over the old key")
            << QString() << u"ja"_qs << u"zh_CN"_qs << u"ja"_qs;
        QTest::newRow("old key") << QString() << QString() << u"zh_CN"_qs << u"zh_CN"_qs;
        QTest::newRow("blanks trimmed") << u" ja "_qs << QString() << QString() << u"ja"_qs;
    }
    void resolve()
    {
        QFETCH(QString, override);
        QFETCH(QString, setting);
        QFETCH(QString, legacySetting);
        QFETCH(QString, expected);
        QSettings settings;
        if (!setting.isNull())
            settings.setValue(QLatin1String(LanguageSettingsKey), setting);
        if (!legacySetting.isNull())
            settings.setValue(u"interface/language"_qs, legacySetting);
        settings.sync();
        QCOMPARE(resolveLanguage(override), expected);
    }

    void settingUsedByInstall()
    {
        QSettings().setValue(QLatin1String(LanguageSettingsKey), u"zh_CN"_qs);
        QVERIFY(installTranslations(*QCoreApplication::instance(), QString()));
        QCOMPARE(fileMenu(), u"文件(&F)"_qs);
    }

    // Nothing set: the system decides, and the answer is one we can show.
    void systemLanguageIsAvailable()
    {
        const QString language = resolveLanguage(QString());
        QStringList codes;
        for (const LanguageInfo &info : availableLanguages())
            codes << info.code;
        QVERIFY2(codes.contains(language), qPrintable(language));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_GUILESS_MAIN(TestLanguageSupport)
#include "tst_languagesupport.moc"
