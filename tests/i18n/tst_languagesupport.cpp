// SPDX-License-Identifier: MIT
#include "translations/languagesupport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProcess>
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

    // Run by followsSystem() in a child process whose environment sets the system language;
    // in the normal run it checks what it can: the answer is a language we have.
    void systemLanguageChild()
    {
        const QString language = resolveLanguage(QString());
        const QString expected = qEnvironmentVariable("SHOTBRIEF_EXPECT_LANGUAGE");
        if (!expected.isEmpty())
            QCOMPARE(language, expected);
        QVERIFY(installTranslations(*QCoreApplication::instance(), QString()));
    }

    void followsSystem_data()
    {
        QTest::addColumn<QString>("languageVariable"); // LANGUAGE, GNU's list of UI languages
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANGUAGE zh_CN") << u"zh_CN:en"_qs << u"C.UTF-8"_qs << u"zh_CN"_qs;
        QTest::newRow("LANGUAGE ja") << u"ja"_qs << u"en_US.UTF-8"_qs << u"ja"_qs;
        QTest::newRow("LANG ja_JP") << QString() << u"ja_JP.UTF-8"_qs << u"ja"_qs;
        QTest::newRow("LANG zh_CN") << QString() << u"zh_CN.UTF-8"_qs << u"zh_CN"_qs;
        QTest::newRow("Traditional Chinese is not Simplified")
            << QString() << u"zh_TW.UTF-8"_qs << u"en"_qs;
        QTest::newRow("French falls back to English") << QString() << u"fr_FR.UTF-8"_qs << u"en"_qs;
        QTest::newRow("C locale") << QString() << u"C"_qs << u"en"_qs;
    }
    void followsSystem()
    {
        QFETCH(QString, languageVariable);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"LANGUAGE"_qs, u"LC_ALL"_qs, u"LC_MESSAGES"_qs, u"LANG"_qs})
            env.remove(name);
        if (!languageVariable.isEmpty())
            env.insert(u"LANGUAGE"_qs, languageVariable);
        env.insert(u"LANG"_qs, lang);
        env.insert(u"SHOTBRIEF_EXPECT_LANGUAGE"_qs, expected);
        // No "ui/language" in the child's settings: a fresh settings folder.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        env.insert(u"HOME"_qs, home.path());
        env.insert(u"XDG_CONFIG_HOME"_qs, home.path());
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"systemLanguageChild"_qs});
        QVERIFY2(child.waitForFinished(30000), "the child did not finish");
        QVERIFY2(child.exitCode() == 0, child.readAll().constData());
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_GUILESS_MAIN(TestLanguageSupport)
#include "tst_languagesupport.moc"
