// SPDX-License-Identifier: MIT
#include "ui/providerprofileseditor.h"
#include "ui/settingsdialog.h"

#include "tabwalk.h"

#include "api/extraproviderprofiles.h"
#include "api/providerprofile.h"
#include "document/projectdocument.h"
#include "emulator/emulatorserver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ShotBrief;

namespace {

int rowOf(const ProviderProfilesEditor &editor, const QString &name)
{
    for (int i = 0; i < editor.profiles().size(); ++i) {
        if (editor.profiles().at(i).name == name)
            return i;
    }
    return -1;
}

/// Replaces a line edit's text as a user would (textEdited fires).
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/// The first Alt+letter that two labels or buttons of `root` share, empty when none do.
QString mnemonicClash(const QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts.append(label->text());
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        texts.append(button->text());
    QHash<QChar, QString> seen;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= text.size() || text.at(amp + 1) == QLatin1Char('&'))
            continue;
        const QChar key = text.at(amp + 1).toLower();
        if (seen.contains(key))
            return QStringLiteral("Alt+%1 is both \"%2\" and \"%3\"")
                .arg(key, text, seen.value(key));
        seen.insert(key, text);
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// The provider profile editor of Preferences, driven through its widgets on a temporary
/// providers.json.
class tst_ProfilesEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void builtInIsReadOnly();
    void addProfileThroughTheWidgetsAndSave();
    void badBaseUrlKeepsOkDisabled_data();
    void badBaseUrlKeepsOkDisabled();
    void badFieldIsNamed_data();
    void badFieldIsNamed();
    void cancelWritesNothing();
    void duplicateBuiltInSavesAnEditableCopyWithoutKey();
    void removeAndEditExistingProfile();
    void removingAnOverrideRestoresTheBuiltIn();
    void unreadableFileIsNeverOverwritten();
    void preferencesOpensEditorAndReloadsProfiles();
    void keyboardReachesEveryField();
    void preferencesMnemonicsAreUnique();
    void profilesStayEditableForReadOnlyProject();
    void refreshModelsReadsTheCatalog();

private:
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("providers.json")); }
    QTemporaryDir m_dir;
};

void tst_ProfilesEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profileseditor"));
    QVERIFY(m_dir.isValid());
}

void tst_ProfilesEditor::init()
{
    QFile::remove(settingsPath());
}

void tst_ProfilesEditor::builtInIsReadOnly()
{
    ProviderProfilesEditor editor(settingsPath());
    const int openai = rowOf(editor, QStringLiteral("openai"));
    QVERIFY2(openai >= 0, "the built-in openai profile is listed");
    editor.profileList()->setCurrentRow(openai);
    QVERIFY2(editor.displayNameEdit()->isReadOnly(), "a built-in's name can be edited");
    QVERIFY(editor.baseUrlEdit()->isReadOnly());
    QVERIFY(!editor.adapterCombo()->isEnabled());
    QVERIFY(!editor.addModelButton()->isEnabled());
    QVERIFY(!editor.removeButton()->isEnabled());
    QVERIFY(editor.duplicateButton()->isEnabled());
    QVERIFY(editor.modelsTable()->editTriggers() == QAbstractItemView::NoEditTriggers);

    // Typing into it changes nothing and makes nothing to save.
    QTest::keyClicks(editor.baseUrlEdit(), QStringLiteral("x"));
    QCOMPARE(editor.profiles().at(openai),
             *ProviderProfiles::load(settingsPath())->find(QStringLiteral("openai")));
    QVERIFY(!editor.hasUnsavedChanges());
}

void tst_ProfilesEditor::addProfileThroughTheWidgetsAndSave()
{
    ProviderProfilesEditor editor(settingsPath());
    editor.show();
    QSignalSpy saved(&editor, &ProviderProfilesEditor::profilesSaved);
    const int before = editor.profileList()->count();
    editor.addButton()->click();
    QCOMPARE(editor.profileList()->count(), before + 1);
    QCOMPARE(editor.profileList()->currentRow(), before);
    QVERIFY2(!editor.okButton()->isEnabled(), "a new profile has no base URL yet");

    typeInto(editor.displayNameEdit(), QStringLiteral("Studio gateway"));
    typeInto(editor.identifierEdit(), QStringLiteral("studio"));
    editor.adapterCombo()->setCurrentIndex(
        editor.adapterCombo()->findData(QStringLiteral("openai-videos")));
    typeInto(editor.baseUrlEdit(), QStringLiteral("https://videos.studio.example/v1"));
    editor.authCombo()->setCurrentIndex(editor.authCombo()->findData(int(AuthStyle::ApiKey)));
    typeInto(editor.keyEnvEdit(), QStringLiteral("STUDIO_KEY"));
    editor.addHeaderButton()->click();
    editor.headersTable()->item(0, 0)->setText(QStringLiteral("X-Team"));
    editor.headersTable()->item(0, 1)->setText(QStringLiteral("storyboard"));
    editor.timeoutSpin()->setValue(120);
    editor.deadlineSpin()->setValue(300);
    editor.retriesSpin()->setValue(4);
    editor.concurrencySpin()->setValue(3);
    editor.retentionSpin()->setValue(48);

    // Replace the models by one of our own.
    QTableWidget *models = editor.modelsTable();
    while (models->rowCount() > 0) {
        models->setCurrentCell(0, 0);
        editor.removeModelButton()->click();
    }
    QVERIFY2(!editor.okButton()->isEnabled(), "a profile without models was accepted");
    QVERIFY2(editor.errorLabel()->text().contains(QStringLiteral("Models")),
             qPrintable(editor.errorLabel()->text()));
    editor.addModelButton()->click();
    QCOMPARE(models->rowCount(), 1);
    models->item(0, 0)->setText(QStringLiteral("veo-3"));
    models->item(0, 1)->setText(QStringLiteral("8, 4,6"));
    models->item(0, 2)->setText(QStringLiteral("1280x720, 720x1280"));
    models->item(0, 3)->setCheckState(Qt::Checked);   // first frame
    models->item(0, 4)->setCheckState(Qt::Checked);   // last frame
    models->item(0, 5)->setText(QStringLiteral("3")); // reference images
    models->item(0, 6)->setCheckState(Qt::Unchecked); // audio
    models->item(0, 7)->setText(QStringLiteral("2000"));
    models->item(0, 8)->setText(QStringLiteral("0.25, 720x1280: 0.3"));
    QVERIFY2(editor.okButton()->isEnabled(), qPrintable(editor.errorText()));
    QVERIFY2(!QFile::exists(settingsPath()), "something was written before OK");

    editor.okButton()->click();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(editor.result(), int(QDialog::Accepted));

    const Result<ProviderProfiles> loaded = ProviderProfiles::load(settingsPath());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const ProviderProfile *studio = loaded->find(QStringLiteral("studio"));
    QVERIFY2(studio, "the new profile is not in providers.json");
    QCOMPARE(*studio, editor.profiles().at(before));
    QCOMPARE(studio->displayName, QStringLiteral("Studio gateway"));
    QCOMPARE(studio->requestDeadlineMs, 300'000);
    QCOMPARE(studio->baseUrl, QUrl(QStringLiteral("https://videos.studio.example/v1")));
    QCOMPARE(studio->auth, AuthStyle::ApiKey);
    QCOMPARE(studio->keyEnvVar, QStringLiteral("STUDIO_KEY"));
    QCOMPARE(studio->extraHeaders.size(), 1);
    QCOMPARE(studio->extraHeaders.first().first, QByteArray("X-Team"));
    QCOMPARE(studio->requestTimeoutMs, 120000);
    QCOMPARE(studio->maxRetries, 4);
    QCOMPARE(studio->capabilities.maxConcurrentJobs, 3);
    QCOMPARE(studio->capabilities.retentionHours, 48);
    QCOMPARE(studio->capabilities.models.size(), 1);
    const ModelCapability &veo = studio->capabilities.models.first();
    QCOMPARE(veo.id, QStringLiteral("veo-3"));
    QCOMPARE(veo.durations, (QList<int>{4, 6, 8}));
    QCOMPARE(veo.sizes, (QStringList{QStringLiteral("1280x720"), QStringLiteral("720x1280")}));
    QCOMPARE(veo.firstFrame, true);
    QCOMPARE(veo.lastFrame, true);
    QCOMPARE(veo.maxReferenceImages, 3);
    QCOMPARE(veo.audio, false);
    QCOMPARE(veo.maxPromptChars, 2000);
    QCOMPARE(veo.usdPerSecond, (QMap<QString, double>{{QStringLiteral("*"), 0.25},
                                                      {QStringLiteral("720x1280"), 0.3}}));
    // Only user profiles go into the file.
    QVERIFY(!readAll(settingsPath()).contains("\"openai\""));
}

void tst_ProfilesEditor::badBaseUrlKeepsOkDisabled_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowHttpFixesIt");
    QTest::newRow("plain http to a remote host")
        << QStringLiteral("http://videos.example/v1") << true;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("not a URL") << QStringLiteral("videos example") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://videos.example/v1") << false;
}

void tst_ProfilesEditor::badBaseUrlKeepsOkDisabled()
{
    QFETCH(QString, url);
    QFETCH(bool, allowHttpFixesIt);
    ProviderProfilesEditor editor(settingsPath());
    editor.addButton()->click();
    typeInto(editor.baseUrlEdit(), QStringLiteral("https://ok.example/v1"));
    QVERIFY2(editor.okButton()->isEnabled(), qPrintable(editor.errorText()));

    typeInto(editor.baseUrlEdit(), url);
    QVERIFY2(!editor.okButton()->isEnabled(), "OK is enabled with a bad base URL");
    QVERIFY2(!editor.applyButton()->isEnabled(), "Apply is enabled with a bad base URL");
    QVERIFY2(editor.errorLabel()->text().startsWith(QStringLiteral("Base URL")),
             qPrintable(editor.errorLabel()->text()));
    QVERIFY2(!editor.baseUrlError()->text().isEmpty(), "no message beside the field");
    QVERIFY2(!editor.profileList()->isEnabled(), "could leave the invalid profile");
    QVERIFY(!editor.apply());
    editor.okButton()->click(); // disabled: nothing happens
    QVERIFY2(!QFile::exists(settingsPath()), "an invalid profile was saved");

    editor.allowHttpCheck()->setChecked(true);
    QCOMPARE(editor.okButton()->isEnabled(), allowHttpFixesIt);
    QCOMPARE(editor.baseUrlError()->text().isEmpty(), allowHttpFixesIt);
}

void tst_ProfilesEditor::badFieldIsNamed_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty display name") << "name"
                                        << ""
                                        << "Display name";
    QTest::newRow("identifier with a space") << "id"
                                             << "my studio"
                                             << "Identifier";
    QTest::newRow("identifier taken") << "id"
                                      << "openai"
                                      << "Identifier";
    QTest::newRow("environment variable") << "env"
                                          << "1-KEY"
                                          << "Key environment variable";
    QTest::newRow("key as a header") << "header"
                                     << "Authorization"
                                     << "Extra headers, row 1";
    QTest::newRow("header with a space") << "header"
                                         << "X Team"
                                         << "Extra headers, row 1";
    QTest::newRow("durations not numbers") << "durations"
                                           << "4, eight"
                                           << "Models, row 1";
    QTest::newRow("no durations") << "durations"
                                  << ""
                                  << "Models, row 1";
    QTest::newRow("size without x") << "sizes"
                                    << "1280*720"
                                    << "Models, row 1";
    QTest::newRow("prompt chars zero") << "chars"
                                       << "0"
                                       << "Models, row 1";
    QTest::newRow("empty model id") << "model"
                                    << ""
                                    << "Models, row 1";
    QTest::newRow("price not a number") << "price"
                                        << "cheap"
                                        << "Models, row 1";
    QTest::newRow("negative price") << "price"
                                    << "-0.1"
                                    << "Models, row 1";
    QTest::newRow("price for a bad size") << "price"
                                          << "big: 0.5"
                                          << "Models, row 1";
    QTest::newRow("negative reference images") << "references"
                                               << "-1"
                                               << "Models, row 1";
    QTest::newRow("reference images not a number") << "references"
                                                   << "three"
                                                   << "Models, row 1";
}

void tst_ProfilesEditor::badFieldIsNamed()
{
    QFETCH(QString, widget);
    QFETCH(QString, text);
    QFETCH(QString, field);
    ProviderProfilesEditor editor(settingsPath());
    editor.addButton()->click();
    typeInto(editor.baseUrlEdit(), QStringLiteral("https://ok.example/v1"));
    QVERIFY2(editor.okButton()->isEnabled(), qPrintable(editor.errorText()));

    QTableWidget *models = editor.modelsTable();
    if (widget == QLatin1String("name"))
        typeInto(editor.displayNameEdit(), text);
    else if (widget == QLatin1String("id"))
        typeInto(editor.identifierEdit(), text);
    else if (widget == QLatin1String("env"))
        typeInto(editor.keyEnvEdit(), text);
    else if (widget == QLatin1String("header")) {
        editor.addHeaderButton()->click();
        editor.headersTable()->item(0, 1)->setText(QStringLiteral("value"));
        editor.headersTable()->item(0, 0)->setText(text);
    } else if (widget == QLatin1String("model"))
        models->item(0, 0)->setText(text);
    else if (widget == QLatin1String("durations"))
        models->item(0, 1)->setText(text);
    else if (widget == QLatin1String("sizes"))
        models->item(0, 2)->setText(text);
    else if (widget == QLatin1String("references"))
        models->item(0, 5)->setText(text);
    else if (widget == QLatin1String("chars"))
        models->item(0, 7)->setText(text);
    else if (widget == QLatin1String("price"))
        models->item(0, 8)->setText(text);

    QVERIFY2(!editor.okButton()->isEnabled(), "OK is enabled with an invalid field");
    QVERIFY2(
        editor.errorLabel()->text().startsWith(field),
        qPrintable(QStringLiteral("expected %1, got: %2").arg(field, editor.errorLabel()->text())));
    QVERIFY(!editor.apply());
    QVERIFY(!QFile::exists(settingsPath()));
}

void tst_ProfilesEditor::cancelWritesNothing()
{
    {
        ProviderProfilesEditor editor(settingsPath());
        editor.show();
        editor.addButton()->click();
        typeInto(editor.baseUrlEdit(), QStringLiteral("https://ok.example/v1"));
        QVERIFY(editor.okButton()->isEnabled());
        QVERIFY(editor.hasUnsavedChanges());
        QTest::keyClick(&editor, Qt::Key_Escape);
        QCOMPARE(editor.result(), int(QDialog::Rejected));
    }
    QVERIFY2(!QFile::exists(settingsPath()), "Cancel wrote the settings file");
    // Reopened, the editor shows what is on disk, not the discarded edit.
    ProviderProfilesEditor reopened(settingsPath());
    QCOMPARE(reopened.profiles(), ProviderProfiles::load(settingsPath())->all());
    QCOMPARE(rowOf(reopened, QStringLiteral("custom")), -1);
}

void tst_ProfilesEditor::duplicateBuiltInSavesAnEditableCopyWithoutKey()
{
    const QByteArray secret = "sk-test-secret-never-saved";
    qputenv("SHOTBRIEF_TEST_KEY", secret);
    ProviderProfilesEditor editor(settingsPath());
    const int emulator = rowOf(editor, QStringLiteral("emulator"));
    QVERIFY(emulator >= 0);
    editor.profileList()->setCurrentRow(emulator);
    editor.duplicateButton()->click();
    const int copy = editor.profileList()->currentRow();
    QCOMPARE(copy, int(editor.profiles().size()) - 1);
    QCOMPARE(editor.profiles().at(copy).name, QStringLiteral("emulator-copy"));
    QVERIFY(!editor.profiles().at(copy).builtIn);
    QVERIFY2(!editor.displayNameEdit()->isReadOnly(), "the copy is not editable");
    QVERIFY(editor.removeButton()->isEnabled());
    // The emulator's port-0 URL is loopback http: allowed.
    QVERIFY2(editor.okButton()->isEnabled(), qPrintable(editor.errorText()));
    typeInto(editor.keyEnvEdit(), QStringLiteral("SHOTBRIEF_TEST_KEY"));
    QVERIFY(editor.apply());

    const QByteArray file = readAll(settingsPath());
    QVERIFY(!file.isEmpty());
    QVERIFY2(!file.contains(secret), "the key from the environment is in the file");
    QVERIFY2(!file.contains(ProviderProfiles::emulatorKey().toUtf8()),
             "the emulator's fixed key is in the file");
    QVERIFY(!file.contains("api_key"));
    const Result<ProviderProfiles> loaded = ProviderProfiles::load(settingsPath());
    QVERIFY(loaded);
    const ProviderProfile *saved = loaded->find(QStringLiteral("emulator-copy"));
    QVERIFY(saved);
    QCOMPARE(*saved, editor.profiles().at(copy));
    QCOMPARE(saved->capabilities,
             loaded->find(QStringLiteral("emulator"))->capabilities); // models kept
    qunsetenv("SHOTBRIEF_TEST_KEY");
}

void tst_ProfilesEditor::removeAndEditExistingProfile()
{
    ProviderProfile first;
    first.name = QStringLiteral("first");
    first.displayName = QStringLiteral("First");
    first.baseUrl = QUrl(QStringLiteral("https://first.example/v1"));
    first.capabilities = ProviderCapabilities::openAiVideos();
    first.capabilities.models.first().remix = true; // not shown in the table: must survive
    ProviderProfile second = first;
    second.name = QStringLiteral("second");
    second.displayName = QStringLiteral("Second");
    {
        ProviderProfiles profiles;
        profiles.upsert(first);
        profiles.upsert(second);
        QVERIFY(profiles.save(settingsPath()));
    }

    ProviderProfilesEditor editor(settingsPath());
    editor.profileList()->setCurrentRow(rowOf(editor, QStringLiteral("first")));
    editor.removeButton()->click();
    QCOMPARE(rowOf(editor, QStringLiteral("first")), -1);
    editor.profileList()->setCurrentRow(rowOf(editor, QStringLiteral("second")));
    editor.modelsTable()->item(0, 1)->setText(QStringLiteral("4, 8"));
    QVERIFY2(editor.applyButton()->isEnabled(), qPrintable(editor.errorText()));
    editor.applyButton()->click();
    QVERIFY(!editor.hasUnsavedChanges());

    const Result<ProviderProfiles> loaded = ProviderProfiles::load(settingsPath());
    QVERIFY(loaded);
    QVERIFY2(!loaded->find(QStringLiteral("first")), "the removed profile is still saved");
    const ProviderProfile *saved = loaded->find(QStringLiteral("second"));
    QVERIFY(saved);
    QCOMPARE(saved->capabilities.models.first().durations, (QList<int>{4, 8}));
    QVERIFY2(saved->capabilities.models.first().remix, "a field the table does not show was lost");
    QCOMPARE(saved->capabilities.models.size(), second.capabilities.models.size());
}

void tst_ProfilesEditor::removingAnOverrideRestoresTheBuiltIn()
{
    const ProviderProfile builtIn =
        *ProviderProfiles::load(QString())->find(QStringLiteral("azure"));
    ProviderProfile mine = builtIn;
    mine.builtIn = false;
    mine.baseUrl = QUrl(QStringLiteral("https://studio.openai.azure.com/openai/v1"));
    {
        ProviderProfiles profiles;
        profiles.upsert(mine);
        QVERIFY(profiles.save(settingsPath()));
    }
    ProviderProfilesEditor editor(settingsPath());
    const int row = rowOf(editor, QStringLiteral("azure"));
    editor.profileList()->setCurrentRow(row);
    QVERIFY2(!editor.baseUrlEdit()->isReadOnly(), "the user's override is not editable");
    QCOMPARE(editor.baseUrlEdit()->text(), mine.baseUrl.toString());
    editor.removeButton()->click();
    QCOMPARE(rowOf(editor, QStringLiteral("azure")), row);
    QCOMPARE(editor.profiles().at(row), builtIn);
    QVERIFY(editor.baseUrlEdit()->isReadOnly());
    QCOMPARE(editor.baseUrlEdit()->text(), builtIn.baseUrl.toString());
    QVERIFY(editor.apply());
    QVERIFY2(!readAll(settingsPath()).contains("azure"), "the override is still saved");
}

void tst_ProfilesEditor::unreadableFileIsNeverOverwritten()
{
    const QByteArray broken = "{\"providers\": [ {\"name\": \"mine\", "; // cut short
    {
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(broken);
    }
    ProviderProfilesEditor editor(settingsPath());
    QVERIFY2(editor.errorLabel()->text().contains(settingsPath()),
             qPrintable(editor.errorLabel()->text()));
    QVERIFY(!editor.okButton()->isEnabled());
    QVERIFY(!editor.addButton()->isEnabled());
    QVERIFY2(rowOf(editor, QStringLiteral("runway")) >= 0, "the built-ins are still shown");
    editor.profileList()->setCurrentRow(1); // looking around keeps the file safe
    QVERIFY(!editor.okButton()->isEnabled());
    QVERIFY(!editor.apply());
    QCOMPARE(readAll(settingsPath()), broken);
}

void tst_ProfilesEditor::preferencesOpensEditorAndReloadsProfiles()
{
    ProjectDocument document;
    SettingsDialog preferences(&document);
    preferences.setProfilesPath(settingsPath());
    QSignalSpy changed(&preferences, &SettingsDialog::profilesChanged);
    const int before = preferences.providerCombo()->count();
    bool sawEditor = false;
    QTimer::singleShot(0, this, [&] {
        auto *editor = qobject_cast<ProviderProfilesEditor *>(QApplication::activeModalWidget());
        sawEditor = editor != nullptr;
        if (!editor)
            return;
        editor->addButton()->click();
        typeInto(editor->identifierEdit(), QStringLiteral("from-preferences"));
        typeInto(editor->baseUrlEdit(), QStringLiteral("https://prefs.example/v1"));
        editor->okButton()->click();
    });
    QTest::mouseClick(preferences.editProfilesButton(), Qt::LeftButton);
    QVERIFY2(sawEditor, "Edit Profiles did not open the editor");
    QCOMPARE(changed.count(), 1);
    QVERIFY(preferences.profilesEdited());
    QCOMPARE(preferences.providerCombo()->count(), before + 1);
    QVERIFY(preferences.providerCombo()->findData(QStringLiteral("from-preferences")) >= 0);
}

void tst_ProfilesEditor::keyboardReachesEveryField()
{
    ProviderProfilesEditor editor(settingsPath());
    editor.show();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    editor.addButton()->click();
    typeInto(editor.baseUrlEdit(), QStringLiteral("https://ok.example/v1"));
    const QList<QWidget *> wanted = {
        editor.profileList(),         editor.addButton(),       editor.duplicateButton(),
        editor.removeButton(),        editor.displayNameEdit(), editor.identifierEdit(),
        editor.adapterCombo(),        editor.baseUrlEdit(),     editor.allowHttpCheck(),
        editor.authCombo(),           editor.keyEnvEdit(),      editor.headersTable(),
        editor.addHeaderButton(),     editor.timeoutSpin(),     editor.deadlineSpin(),
        editor.retriesSpin(),         editor.concurrencySpin(), editor.retentionSpin(),
        editor.gatewayCatalogCheck(), editor.modelsTable(),     editor.addModelButton(),
        editor.removeModelButton(),   editor.okButton()};
    const QSet<QWidget *> reached =
        TestSupport::widgetsReachedByTab(editor.profileList(), wanted, 80);
    for (QWidget *widget : wanted)
        QVERIFY2(reached.contains(widget),
                 qPrintable(QStringLiteral("Tab never reaches %1 (%2)")
                                .arg(QString::fromLatin1(widget->metaObject()->className()),
                                     widget->accessibleName())));

    // Every mnemonic of the dialog is used once.
    const QString clash = mnemonicClash(&editor);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));

    // Mnemonics: Alt+B goes to the base URL, Alt+M to the models.
    QTest::keyClick(&editor, Qt::Key_B, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor.baseUrlEdit()));
    QTest::keyClick(&editor, Qt::Key_M, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor.modelsTable()));
}

void tst_ProfilesEditor::preferencesMnemonicsAreUnique()
{
    ProjectDocument document;
    SettingsDialog preferences(&document);
    const QString clash = mnemonicClash(&preferences);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
    // Alt+E opens the profile editor.
    preferences.setProfilesPath(settingsPath());
    preferences.show();
    QVERIFY(QTest::qWaitForWindowActive(&preferences));
    // A mnemonic clicks its button a moment later (animateClick): watch for the editor.
    bool sawEditor = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        if (auto *editor =
                qobject_cast<ProviderProfilesEditor *>(QApplication::activeModalWidget())) {
            sawEditor = true;
            editor->reject();
        }
    });
    watch.start(10);
    QTest::keyClick(&preferences, Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY2(sawEditor, "Alt+E did not open the profile editor");
    QVERIFY2(!QFile::exists(settingsPath()), "closing the editor wrote the settings");
}

void tst_ProfilesEditor::profilesStayEditableForReadOnlyProject()
{
    ProjectDocument document;
    Project project;
    project.format.provider = QStringLiteral("openai");
    project.spendingCapUsd = 10.0;
    document.resetProject(project, m_dir.filePath(QStringLiteral("newer.shotbrief")), true);
    QVERIFY(document.isReadOnly());
    SettingsDialog preferences(&document);
    QVERIFY2(preferences.editProfilesButton()->isEnabled(), "profiles are the application's");
    QVERIFY2(!preferences.providerCombo()->isEnabled(), "a read-only project's provider changes");
    QVERIFY(!preferences.capSpin()->isEnabled());
    preferences.apply();
    QCOMPARE(document.project(), project);
}

void tst_ProfilesEditor::refreshModelsReadsTheCatalog()
{
    // A studio's OpenRouter-compatible server whose catalog has one model, Wan 2.6 at 3 or 7 s.
    QJsonObject wan;
    for (const QJsonValue &model :
         QJsonDocument::fromJson(readAll(QStringLiteral(SHOTBRIEF_SOURCE_DIR
                                                        "/resources/openrouter/video-models.json")))
             .object()
             .value(QStringLiteral("data"))
             .toArray()) {
        if (model.toObject().value(QStringLiteral("id")).toString() ==
            QLatin1String("alibaba/wan-2.6"))
            wan = model.toObject();
    }
    QVERIFY(!wan.isEmpty());
    wan.insert(QStringLiteral("supported_durations"), QJsonArray{3, 7});
    EmulatorConfig config;
    config.openRouterCatalog =
        QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonArray{wan}}}).toJson();
    auto server = std::make_unique<EmulatorServer>(config);
    QVERIFY(server->listen() != 0);
    ProviderProfile studio = openRouterProfile();
    studio.name = QStringLiteral("studio-router");
    studio.displayName = QStringLiteral("Studio router");
    studio.baseUrl = server->openRouterUrl();
    studio.builtIn = false;
    ProviderProfiles start;
    start.upsert(studio);
    QVERIFY(start.save(settingsPath()).hasValue());

    ProviderProfilesEditor editor(settingsPath());
    editor.show();
    // A profile that types its models has nothing to refresh.
    editor.profileList()->setCurrentRow(rowOf(editor, QStringLiteral("openai")));
    QVERIFY(!editor.refreshModelsButton()->isVisible());
    QVERIFY(editor.catalogStateLabel()->text().contains(QStringLiteral("typed")));
    // The built-in OpenRouter profile can be refreshed although its fields are read-only.
    editor.profileList()->setCurrentRow(rowOf(editor, QStringLiteral("openrouter")));
    QVERIFY(editor.refreshModelsButton()->isVisible() && editor.refreshModelsButton()->isEnabled());
    QVERIFY2(editor.catalogStateLabel()->text().contains(QStringLiteral("never refreshed")),
             qPrintable(editor.catalogStateLabel()->text()));

    const int row = rowOf(editor, studio.name);
    editor.profileList()->setCurrentRow(row);
    QCOMPARE(editor.modelsTable()->rowCount(), studio.capabilities.models.size());
    QTest::mouseClick(editor.refreshModelsButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !editor.isRefreshingModels(); }, 20000));
    QCOMPARE(editor.modelsTable()->rowCount(), 1);
    QCOMPARE(editor.modelsTable()->item(0, 0)->text(), QStringLiteral("alibaba/wan-2.6"));
    QCOMPARE(editor.modelsTable()->item(0, 1)->text(), QStringLiteral("3, 7"));
    // The per-second price, with OpenRouter's price list as it gave it in the tooltip.
    int priceColumn = -1;
    for (int column = 0; column < editor.modelsTable()->columnCount(); ++column) {
        if (editor.modelsTable()->horizontalHeaderItem(column)->text().contains(
                QStringLiteral("per second"), Qt::CaseInsensitive))
            priceColumn = column;
    }
    QVERIFY(priceColumn >= 0);
    QVERIFY2(
        editor.modelsTable()->item(0, priceColumn)->text().startsWith(QStringLiteral("0.04, ")),
        qPrintable(editor.modelsTable()->item(0, priceColumn)->text()));
    QVERIFY(editor.modelsTable()
                ->item(0, priceColumn)
                ->text()
                .contains(QStringLiteral("1920x1080: 0.06")));
    QVERIFY2(editor.modelsTable()
                 ->item(0, priceColumn)
                 ->toolTip()
                 .contains(QStringLiteral("per-video-second-1080p: $0.06")),
             qPrintable(editor.modelsTable()->item(0, priceColumn)->toolTip()));
    QVERIFY2(editor.catalogStateLabel()->text().contains(QStringLiteral("refreshed")),
             qPrintable(editor.catalogStateLabel()->text()));
    QVERIFY(editor.hasUnsavedChanges());
    QVERIFY(editor.profiles().at(row).catalogRefreshedAt.isValid());

    // The server goes away: the refresh says so, and the models stay as they are.
    server.reset();
    QTest::mouseClick(editor.refreshModelsButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !editor.isRefreshingModels(); }, 30000));
    QVERIFY2(editor.catalogStateLabel()->text().contains(QStringLiteral("last good")),
             qPrintable(editor.catalogStateLabel()->text()));
    QCOMPARE(editor.modelsTable()->rowCount(), 1);

    // OK keeps the catalog in providers.json, for planning offline.
    editor.okButton()->click();
    const ProviderProfile *saved =
        ProviderProfiles::load(settingsPath())->find(QStringLiteral("studio-router"));
    QVERIFY(saved);
    QCOMPARE(saved->capabilities.models.size(), 1);
    QCOMPARE(saved->capabilities.models.first().durations, (QList<int>{3, 7}));
    QVERIFY(saved->catalogRefreshedAt.isValid());
}

QTEST_MAIN(tst_ProfilesEditor)
#include "tst_profileseditor.moc"
