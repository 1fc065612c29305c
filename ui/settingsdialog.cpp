// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "api/credentialstore.h"
#include "api/providerprofile.h"
#include "document/projectdocument.h"
#include "providerprofileseditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ShotBrief {

SettingsDialog::SettingsDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Preferences"));
    QSettings settings;
    auto *layout = new QVBoxLayout(this);

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    m_autosave = new QSpinBox(general);
    m_autosave->setRange(1, 60);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setValue(settings.value(AutosaveMinutesKey, 1).toInt());
    // The copy is written a few seconds after editing pauses; this is the longest it waits
    // while editing goes on.
    m_autosave->setToolTip(tr("A recovery copy is written a few seconds after you stop editing, "
                              "and at the latest this often while you keep editing."));
    generalForm->addRow(tr("&Autosave a recovery copy at the latest every:"), m_autosave);
    m_language = new QComboBox(general);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(settings.value(LanguageKey).toString())));
    generalForm->addRow(tr("Interface &language:"), m_language);
    auto *restart = new QLabel(tr("A new language applies at the next start."), general);
    restart->setEnabled(false);
    generalForm->addRow(QString(), restart);
    layout->addWidget(general);

    auto *generation = new QGroupBox(tr("Generation (this project)"), this);
    auto *generationForm = new QFormLayout(generation);
    m_provider = new QComboBox(generation);
    m_profilesPath = ProviderProfiles::defaultSettingsPath();
    fillProviders();
    m_editProfiles = new QPushButton(tr("&Edit Profiles..."), generation);
    m_editProfiles->setToolTip(
        tr("Base URL, authentication and models of each provider (providers.json)"));
    connect(m_editProfiles, &QPushButton::clicked, this, &SettingsDialog::editProfiles);
    auto *providerRow = new QHBoxLayout;
    providerRow->addWidget(m_provider, 1);
    providerRow->addWidget(m_editProfiles);
    auto *providerLabel = new QLabel(tr("&Provider profile:"), generation);
    providerLabel->setBuddy(m_provider);
    generationForm->addRow(providerLabel, providerRow);

    auto *keyRow = new QHBoxLayout;
    m_key = new QLineEdit(generation);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("API key (stored in the system keychain)"));
    auto *storeButton = new QPushButton(tr("&Store Key"), generation);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(storeButton);
    auto *keyLabel = new QLabel(tr("API &key:"), generation);
    keyLabel->setBuddy(m_key);
    generationForm->addRow(keyLabel, keyRow);
    m_keyStatus = new QLabel(generation);
    m_keyStatus->setWordWrap(true);
    generationForm->addRow(QString(), m_keyStatus);
    connect(storeButton, &QPushButton::clicked, this, &SettingsDialog::storeKey);
    m_keyStatus->setText(
        CredentialStore().keychainAvailable()
            ? tr("Without a key the built-in emulator makes placeholder clips at no cost.")
            : tr("No keychain here: set the key in the provider's environment variable "
                 "instead. Without a key the built-in emulator is used."));

    m_concurrency = new QSpinBox(generation);
    m_concurrency->setRange(1, 8);
    m_concurrency->setValue(settings.value(ConcurrencyKey, 2).toInt());
    generationForm->addRow(tr("&Concurrent jobs:"), m_concurrency);
    m_cap = new QDoubleSpinBox(generation);
    m_cap->setRange(0, 100000);
    m_cap->setDecimals(2);
    m_cap->setPrefix(QStringLiteral("$"));
    m_cap->setSpecialValueText(tr("No cap"));
    m_cap->setValue(document->project().spendingCapUsd);
    m_cap->setToolTip(tr("Generation stops before a batch would spend more than this in total."));
    generationForm->addRow(tr("Spe&nding cap:"), m_cap);
    // A read-only project keeps its provider and cap; profiles, keys and concurrency belong to
    // the application and stay editable.
    m_provider->setEnabled(!document->isReadOnly());
    m_cap->setEnabled(!document->isReadOnly());
    layout->addWidget(generation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::fillProviders()
{
    // The project's choice first, then what the user picked in this dialog.
    const QString selected = m_provider->count() > 0 ? m_provider->currentData().toString()
                                                     : m_document->project().format.provider;
    const QSignalBlocker blocker(m_provider);
    m_provider->clear();
    const Result<ProviderProfiles> profiles = ProviderProfiles::load(m_profilesPath);
    const QList<ProviderProfile> known = profiles ? profiles->all() : ProviderProfiles::builtIns();
    for (const ProviderProfile &profile : known)
        m_provider->addItem(profile.displayName.isEmpty() ? profile.name : profile.displayName,
                            profile.name);
    if (m_provider->findData(selected) < 0)
        m_provider->addItem(selected, selected);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(selected)));
}

void SettingsDialog::setProfilesPath(const QString &path)
{
    m_profilesPath = path;
    fillProviders();
}

void SettingsDialog::editProfiles()
{
    ProviderProfilesEditor editor(m_profilesPath, this);
    connect(&editor, &ProviderProfilesEditor::profilesSaved, this, [this] {
        m_profilesEdited = true;
        fillProviders();
        Q_EMIT profilesChanged();
    });
    editor.exec();
}

void SettingsDialog::apply()
{
    QSettings settings;
    settings.setValue(AutosaveMinutesKey, m_autosave->value());
    settings.setValue(LanguageKey, m_language->currentData().toString());
    settings.setValue(ConcurrencyKey, m_concurrency->value());
    if (m_document->isReadOnly())
        return;
    FormatDefaults format = m_document->project().format;
    format.provider = m_provider->currentData().toString();
    m_document->setProjectSettings(format, m_cap->value());
}

void SettingsDialog::storeKey()
{
    const Result<ProviderProfiles> profiles = ProviderProfiles::load(m_profilesPath);
    const ProviderProfile *profile =
        profiles ? profiles->find(m_provider->currentData().toString()) : nullptr;
    if (!profile || m_key->text().trimmed().isEmpty()) {
        m_keyStatus->setText(tr("Choose a provider and enter a key first."));
        return;
    }
    m_keyStatus->setText(tr("Storing..."));
    CredentialStore().storeKey(
        *profile, m_key->text().trimmed(), this, [this](const Result<void> &stored) {
            m_key->clear();
            m_keyStatus->setText(
                stored ? tr("Key stored in the system keychain.")
                       : tr("Could not store the key: %1").arg(stored.error().message));
        });
}

} // namespace ShotBrief
