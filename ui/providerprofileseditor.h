// SPDX-License-Identifier: MIT
#pragma once

#include "api/clock.h"
#include "api/providerprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QWidget;

namespace ShotBrief {

class ModelCatalogRefresh;

/// Edits the provider profiles of providers.json: built-ins are shown read-only ("Duplicate"
/// makes an editable copy), user profiles can be added, duplicated, edited and removed.
/// Edits live in a working copy; only OK or Apply writes the file (atomically, through
/// ProviderProfiles::save, never with a key), Cancel discards them. While the profile being
/// edited is invalid the field is named, OK and Apply are disabled and nothing can be saved.
class ProviderProfilesEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderProfilesEditor)

public:
    /// `settingsPath`: the providers.json to read and write (Preferences passes
    /// ProviderProfiles::defaultSettingsPath(), tests a temporary file).
    explicit ProviderProfilesEditor(const QString &settingsPath, QWidget *parent = nullptr);

    /// Writes the working copy to the settings file when it is valid.
    Result<void> apply();
    /// The working copy, built-ins included, as it would be saved.
    const QList<ProviderProfile> &profiles() const { return m_profiles; }
    /// The first problem of the profile being edited, empty when it is valid.
    QString errorText() const;
    bool hasUnsavedChanges() const { return m_dirty; }

    // The widgets, for tests and keyboard checks.
    QListWidget *profileList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *removeButton() const { return m_remove; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *identifierEdit() const { return m_identifier; }
    QComboBox *adapterCombo() const { return m_adapter; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLabel *baseUrlError() const { return m_baseUrlError; }
    QComboBox *authCombo() const { return m_auth; }
    QLineEdit *keyEnvEdit() const { return m_keyEnv; }
    QTableWidget *headersTable() const { return m_headers; }
    QCheckBox *allowHttpCheck() const { return m_allowHttp; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QSpinBox *deadlineSpin() const { return m_deadline; }
    QSpinBox *retriesSpin() const { return m_retries; }
    QSpinBox *concurrencySpin() const { return m_concurrency; }
    QSpinBox *retentionSpin() const { return m_retention; }
    QTableWidget *modelsTable() const { return m_models; }
    QPushButton *addModelButton() const { return m_addModel; }
    QPushButton *removeModelButton() const { return m_removeModel; }
    QPushButton *addHeaderButton() const { return m_addHeader; }
    QPushButton *removeHeaderButton() const { return m_removeHeader; }
    QPushButton *refreshModelsButton() const { return m_refreshModels; }
    QLabel *catalogStateLabel() const { return m_catalogState; }
    QCheckBox *gatewayCatalogCheck() const { return m_gatewayCatalog; }
    /// Whether a catalog refresh is under way.
    bool isRefreshingModels() const { return m_refreshing; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const;
    QPushButton *applyButton() const;

Q_SIGNALS:
    /// The settings file was written (OK or Apply).
    void profilesSaved();

private:
    void buildForm(QWidget *form);
    void loadProfile(int index);
    void onFormEdited();
    void onCurrentRowChanged(int row);
    void addProfile(const ProviderProfile &profile);
    void duplicateProfile();
    void removeProfile();
    void addModelRow(const ModelCapability &model);
    void addHeaderRow(const QString &name, const QString &value);
    /// The profile as the form shows it, or the first problem (the field named).
    Result<ProviderProfile> readForm() const;
    QString uniqueName(const QString &base) const;
    void updateState();
    void refreshListItem(int index);
    /// Reads the selected profile's catalog into the working copy (saved by OK or Apply).
    void refreshModels();
    void onModelsRefreshed(const QString &profileName);
    /// Where the models of `profile` come from and when they were read; `news` appended.
    void showCatalogState(const ProviderProfile &profile, const QString &news = QString());
    static QString catalogFor(const QString &adapter, bool gatewayCatalog);

    QString m_settingsPath;
    QList<ProviderProfile> m_profiles; ///< Working copy: nothing is written before apply().
    int m_current = -1;
    bool m_loading = false;
    bool m_dirty = false;
    QString m_errorText;
    QString m_loadError; ///< The settings file could not be read: nothing may be saved.

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_identifier = nullptr;
    QComboBox *m_adapter = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_baseUrlError = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_keyEnv = nullptr;
    QTableWidget *m_headers = nullptr;
    QPushButton *m_addHeader = nullptr;
    QPushButton *m_removeHeader = nullptr;
    QCheckBox *m_allowHttp = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_deadline = nullptr;
    QSpinBox *m_retries = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_retention = nullptr;
    QTableWidget *m_models = nullptr;
    QPushButton *m_addModel = nullptr;
    QPushButton *m_removeModel = nullptr;
    QPushButton *m_refreshModels = nullptr;
    QCheckBox *m_gatewayCatalog = nullptr;
    QLabel *m_catalogState = nullptr;
    ModelCatalogRefresh *m_refresh = nullptr; ///< Child while a refresh runs.
    bool m_refreshing = false; ///< From the click until the answer (the key is read first).
    SystemClock m_clock;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ShotBrief
