// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ShotBrief {

class ProjectDocument;

/// Preferences: autosave, interface language, and for generation the project's provider
/// profile, its API key (kept in the system keychain, never in a file), concurrency and the
/// project's spending cap.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    static constexpr char AutosaveMinutesKey[] = "autosave/minutes";
    /// The same key installTranslations() reads (translations/languagesupport.h).
    static constexpr char LanguageKey[] = "ui/language";
    static constexpr char ConcurrencyKey[] = "generation/concurrency";

    explicit SettingsDialog(ProjectDocument *document, QWidget *parent = nullptr);

    /// Writes the settings and applies the project's part as one undoable edit.
    void apply();

    QSpinBox *autosaveSpin() const { return m_autosave; }
    QDoubleSpinBox *capSpin() const { return m_cap; }
    QComboBox *providerCombo() const { return m_provider; }
    QPushButton *editProfilesButton() const { return m_editProfiles; }

    /// Where the provider profiles are read and edited (tests use a temporary file).
    void setProfilesPath(const QString &path);
    QString profilesPath() const { return m_profilesPath; }
    /// True once the profile editor saved providers.json while this dialog was open, so the
    /// caller reloads the profiles (the file was written even when Preferences is cancelled).
    bool profilesEdited() const { return m_profilesEdited; }

    /// Opens the provider profile editor (modal) on profilesPath().
    void editProfiles();

Q_SIGNALS:
    /// The profile editor wrote providers.json.
    void profilesChanged();

private:
    void storeKey();
    void fillProviders();

    ProjectDocument *m_document; // not owned
    QSpinBox *m_autosave = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_provider = nullptr;
    QPushButton *m_editProfiles = nullptr;
    QString m_profilesPath;
    bool m_profilesEdited = false;
    QLineEdit *m_key = nullptr;
    QLabel *m_keyStatus = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QDoubleSpinBox *m_cap = nullptr;
};

} // namespace ShotBrief
