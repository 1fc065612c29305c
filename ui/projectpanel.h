// SPDX-License-Identifier: MIT
#pragma once

#include "model/capabilities.h"
#include "model/project.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ShotBrief {

class PaletteEditor;
class ProjectDocument;

/// The project's look and people: title, the defaults shots inherit (model, size, length of
/// new shots: what the project's provider offers), the language prompts are composed in, style
/// bible (shared by every shot unless a shot overrides it) and the cast, whose identity
/// descriptions go into prompts word for word.
class ProjectPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectPanel)

public:
    explicit ProjectPanel(ProjectDocument *document, QWidget *parent = nullptr);

    /// What the project's provider offers; the default model, size and length choices.
    void setCapabilities(const ProviderCapabilities &capabilities);

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *defaultModelCombo() const { return m_defaultModel; }
    QComboBox *defaultSizeCombo() const { return m_defaultSize; }
    QComboBox *defaultDurationCombo() const { return m_defaultDuration; }
    QComboBox *promptLanguageCombo() const { return m_promptLanguage; }
    QListWidget *castList() const { return m_castList; }
    QLineEdit *castNameEdit() const { return m_castName; }
    QPlainTextEdit *castIdentityEdit() const { return m_castIdentity; }
    QListWidget *scenesList() const { return m_scenes; }
    void addScene(const QString &title);
    void removeScene(int row);

private:
    void refresh();
    void refreshCastEditor();
    void refreshFormat();
    void refreshPromptLanguage();
    void editFormat(const std::function<void(FormatDefaults &)> &change);
    void editStyle(const QString &key, const std::function<void(StyleBible &)> &change);
    void editCastMember(const QString &key, const std::function<void(CastMember &)> &change);

    ProjectDocument *m_document; // not owned
    bool m_refreshing = false;
    ProviderCapabilities m_capabilities = ProviderCapabilities::openAiVideos();
    QLineEdit *m_title = nullptr;
    QComboBox *m_defaultModel = nullptr;
    QComboBox *m_defaultSize = nullptr;
    QComboBox *m_defaultDuration = nullptr;
    QComboBox *m_promptLanguage = nullptr;
    QLineEdit *m_lensStyle = nullptr;
    QLineEdit *m_mood = nullptr;
    QLineEdit *m_lighting = nullptr;
    PaletteEditor *m_palette = nullptr;
    QPlainTextEdit *m_styleNotes = nullptr;
    QListWidget *m_castList = nullptr;
    QLineEdit *m_castName = nullptr;
    QPlainTextEdit *m_castIdentity = nullptr;
    QPushButton *m_removeCast = nullptr;
    QListWidget *m_scenes = nullptr;
};

} // namespace ShotBrief
