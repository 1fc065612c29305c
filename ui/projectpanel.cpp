// SPDX-License-Identifier: MIT
#include "projectpanel.h"

#include "fieldtext.h"
#include "listsync.h"
#include "paletteeditor.h"

#include "document/projectdocument.h"
#include "prompt/languagedetection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace ShotBrief {

ProjectPanel::ProjectPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    scroll->setWidget(content);

    auto *projectBox = new QGroupBox(tr("Project"), content);
    auto *projectForm = new QFormLayout(projectBox);
    m_title = new QLineEdit(projectBox);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_refreshing && !m_document->isReadOnly())
            m_document->setTitle(text);
    });
    projectForm->addRow(tr("&Title:"), m_title);
    // Shots that leave their model or size empty use these; new shots get the length.
    m_defaultModel = new QComboBox(projectBox);
    connect(m_defaultModel, &QComboBox::activated, this, [this](int index) {
        const QString model = m_defaultModel->itemData(index).toString();
        editFormat([&model](FormatDefaults &format) { format.model = model; });
    });
    projectForm->addRow(tr("Default mo&del:"), m_defaultModel);
    m_defaultSize = new QComboBox(projectBox);
    connect(m_defaultSize, &QComboBox::activated, this, [this](int index) {
        const QString size = m_defaultSize->itemData(index).toString();
        editFormat([&size](FormatDefaults &format) { format.size = size; });
    });
    projectForm->addRow(tr("Default si&ze:"), m_defaultSize);
    m_defaultDuration = new QComboBox(projectBox);
    connect(m_defaultDuration, &QComboBox::activated, this, [this](int index) {
        const int seconds = m_defaultDuration->itemData(index).toInt();
        editFormat([seconds](FormatDefaults &format) { format.durationSeconds = seconds; });
    });
    projectForm->addRow(tr("New shots' lengt&h:"), m_defaultDuration);
    // Headings and camera terms of the prompt; the writer's own words are never translated.
    m_promptLanguage = new QComboBox(projectBox);
    m_promptLanguage->setAccessibleName(tr("Prompt language"));
    m_promptLanguage->setToolTip(
        tr("The language of the prompt's headings and camera terms. Automatic follows the "
           "language most of the brief is written in; your own words are never translated."));
    connect(m_promptLanguage, &QComboBox::activated, this, [this](int index) {
        const std::optional<PromptLanguage> language =
            promptLanguageFromKey(m_promptLanguage->itemData(index).toString());
        editFormat([&language](FormatDefaults &format) { format.promptLanguage = language; });
    });
    projectForm->addRow(tr("Prompt lang&uage:"), m_promptLanguage);
    layout->addWidget(projectBox);

    auto *styleBox = new QGroupBox(tr("Style bible"), content);
    styleBox->setToolTip(tr("The look shared by all shots; a shot's own value overrides it."));
    auto *styleForm = new QFormLayout(styleBox);
    styleForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto lineEdit = [this, styleBox, styleForm](const QString &label, const QString &key,
                                                      QString StyleBible::*member,
                                                      const QString &placeholder) {
        auto *edit = new QLineEdit(styleBox);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textEdited, this, [this, key, member](const QString &text) {
            editStyle(key, [&](StyleBible &style) { style.*member = text; });
        });
        styleForm->addRow(label, edit);
        return edit;
    };
    m_lensStyle = lineEdit(tr("&Lens/style:"), QStringLiteral("lens_style"), &StyleBible::lensStyle,
                           tr("anamorphic 40mm, 35mm film grain"));
    m_mood =
        lineEdit(tr("&Mood:"), QStringLiteral("mood"), &StyleBible::mood, tr("melancholy, warm"));
    m_lighting = lineEdit(tr("Li&ghting logic:"), QStringLiteral("lighting"), &StyleBible::lighting,
                          tr("sodium vapour from above, neon fill from the stalls"));
    m_palette = new PaletteEditor(styleBox);
    connect(m_palette, &PaletteEditor::paletteEdited, this,
            [this](const Palette &palette, bool typing) {
                editStyle(typing ? QStringLiteral("palette") : QString(),
                          [&](StyleBible &style) { style.palette = palette; });
            });
    styleForm->addRow(tr("&Palette:"), m_palette);
    m_styleNotes = new QPlainTextEdit(styleBox);
    m_styleNotes->setTabChangesFocus(true);
    m_styleNotes->setMaximumHeight(80);
    connect(m_styleNotes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_refreshing)
            return;
        const QString text = m_styleNotes->toPlainText();
        editStyle(QStringLiteral("notes"), [&](StyleBible &style) { style.notes = text; });
    });
    styleForm->addRow(tr("&Notes:"), m_styleNotes);
    layout->addWidget(styleBox);

    auto *castBox = new QGroupBox(tr("Cast"), content);
    auto *castLayout = new QVBoxLayout(castBox);
    m_castList = new QListWidget(castBox);
    m_castList->setMaximumHeight(110);
    m_castList->setAccessibleName(tr("Cast"));
    castLayout->addWidget(m_castList);
    auto *castButtons = new QHBoxLayout;
    auto *addCast =
        new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Character"), castBox);
    addCast->setObjectName(QStringLiteral("addCharacterButton"));
    m_removeCast =
        new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), castBox);
    m_removeCast->setToolTip(tr("Remove the selected character")); // "Remove" alone says not what
    castButtons->addWidget(addCast);
    castButtons->addWidget(m_removeCast);
    castButtons->addStretch();
    castLayout->addLayout(castButtons);
    auto *castForm = new QFormLayout;
    m_castName = new QLineEdit(castBox);
    m_castIdentity = new QPlainTextEdit(castBox);
    m_castIdentity->setTabChangesFocus(true);
    m_castIdentity->setMaximumHeight(90);
    m_castIdentity->setPlaceholderText(tr("Reused word for word in every prompt: a woman in her "
                                          "thirties, short black bob, yellow raincoat..."));
    castForm->addRow(tr("N&ame:"), m_castName);
    castForm->addRow(tr("&Identity:"), m_castIdentity);
    castLayout->addLayout(castForm);
    layout->addWidget(castBox);

    auto *scenesBox = new QGroupBox(tr("Scenes"), content);
    auto *scenesLayout = new QVBoxLayout(scenesBox);
    m_scenes = new QListWidget(scenesBox);
    m_scenes->setMaximumHeight(110);
    m_scenes->setAccessibleName(tr("Scenes"));
    m_scenes->setToolTip(tr("Double-click to rename: INT. NOODLE BAR - NIGHT"));
    scenesLayout->addWidget(m_scenes);
    auto *sceneButtons = new QHBoxLayout;
    auto *addScene =
        new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Scene"), scenesBox);
    addScene->setObjectName(QStringLiteral("addSceneButton"));
    auto *removeScene =
        new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), scenesBox);
    removeScene->setToolTip(tr("Remove the selected scene"));
    sceneButtons->addWidget(addScene);
    sceneButtons->addWidget(removeScene);
    sceneButtons->addStretch();
    scenesLayout->addLayout(sceneButtons);
    layout->addWidget(scenesBox);
    layout->addStretch();
    connect(addScene, &QPushButton::clicked, this, [this] {
        this->addScene(tr("NEW SCENE"));
        m_scenes->setCurrentRow(m_scenes->count() - 1);
        m_scenes->editItem(m_scenes->currentItem());
    });
    connect(removeScene, &QPushButton::clicked, this,
            [this] { this->removeScene(m_scenes->currentRow()); });
    connect(m_scenes, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_scenes->row(item);
        QList<Scene> scenes = m_document->project().scenes;
        if (m_refreshing || m_document->isReadOnly() || row < 0 || row >= scenes.size() ||
            scenes.at(row).title == item->text())
            return;
        scenes[row].title = item->text();
        m_document->setScenes(scenes);
    });
    connect(document, &ProjectDocument::scenesChanged, this, &ProjectPanel::refresh);

    connect(addCast, &QPushButton::clicked, this, [this] {
        if (m_document->isReadOnly())
            return;
        QList<CastMember> cast = m_document->project().cast;
        CastMember member;
        member.id = newId();
        member.name = tr("New character");
        cast.append(member);
        m_document->setCast(cast);
        m_castList->setCurrentRow(int(cast.size()) - 1);
        m_castName->setFocus();
        m_castName->selectAll();
    });
    connect(m_removeCast, &QPushButton::clicked, this, [this] {
        const int row = m_castList->currentRow();
        QList<CastMember> cast = m_document->project().cast;
        if (row < 0 || row >= cast.size() || m_document->isReadOnly())
            return;
        cast.removeAt(row);
        m_document->setCast(cast);
    });
    connect(m_castList, &QListWidget::currentRowChanged, this, [this] { refreshCastEditor(); });
    connect(m_castName, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCastMember(QStringLiteral("name"), [&](CastMember &member) { member.name = text; });
    });
    connect(m_castIdentity, &QPlainTextEdit::textChanged, this, [this] {
        if (m_refreshing)
            return;
        const QString text = m_castIdentity->toPlainText();
        editCastMember(QStringLiteral("identity"),
                       [&](CastMember &member) { member.identity = text; });
    });

    connect(document, &ProjectDocument::projectReset, this, &ProjectPanel::refresh);
    connect(document, &ProjectDocument::styleBibleChanged, this, &ProjectPanel::refresh);
    connect(document, &ProjectDocument::castChanged, this, &ProjectPanel::refresh);
    connect(document, &ProjectDocument::titleChanged, this, &ProjectPanel::refresh);
    connect(document, &ProjectDocument::projectSettingsChanged, this, &ProjectPanel::refresh);
    connect(document, &ProjectDocument::readOnlyChanged, this, &ProjectPanel::refresh);
    // "Automatic (Chinese)" follows what the shots are written in.
    connect(document, &ProjectDocument::changed, this, [this] {
        QScopedValueRollback guard(m_refreshing, true);
        refreshPromptLanguage();
    });
    refresh();
}

void ProjectPanel::refresh()
{
    {
        QScopedValueRollback guard(m_refreshing, true);
        const Project &project = m_document->project();
        setEnabled(!m_document->isReadOnly());
        setTextIfDifferent(m_title, project.title);
        setTextIfDifferent(m_lensStyle, project.style.lensStyle);
        setTextIfDifferent(m_mood, project.style.mood);
        setTextIfDifferent(m_lighting, project.style.lighting);
        m_palette->setPalette(project.style.palette);
        setTextIfDifferent(m_styleNotes, project.style.notes);
        refreshFormat();

        // In place: a rebuilt list would move the current row under the editor beside it.
        QList<ListRow> sceneRows;
        for (const Scene &scene : project.scenes)
            sceneRows.append(
                {.key = scene.id,
                 .text = scene.title,
                 .flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable});
        syncListWidget(m_scenes, sceneRows);

        QList<ListRow> castRows;
        for (const CastMember &member : project.cast)
            castRows.append({.key = member.id, .text = member.name, .toolTip = member.identity});
        syncListWidget(m_castList, castRows);
        if (m_castList->currentRow() < 0 && m_castList->count() > 0) {
            const QSignalBlocker blocker(m_castList);
            m_castList->setCurrentRow(0);
        }
    }
    refreshCastEditor();
}

void ProjectPanel::setCapabilities(const ProviderCapabilities &capabilities)
{
    m_capabilities = capabilities;
    QScopedValueRollback guard(m_refreshing, true);
    refreshFormat();
}

void ProjectPanel::refreshFormat()
{
    // Called with m_refreshing set. A value the provider does not offer stays visible, marked,
    // until Check Fit (or the user) replaces it.
    const FormatDefaults &format = m_document->project().format;
    const auto fill = [this](QComboBox *combo, const QList<QPair<QString, QVariant>> &items,
                             const QVariant &current, const QString &currentText) {
        combo->clear();
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        if (combo->findData(current) < 0)
            combo->addItem(tr("%1 (not offered)").arg(currentText), current);
        combo->setCurrentIndex(combo->findData(current));
    };
    QList<QPair<QString, QVariant>> models;
    for (const ModelCapability &model : m_capabilities.models)
        models.append({model.id, model.id});
    fill(m_defaultModel, models, format.model, format.model);

    QList<QPair<QString, QVariant>> sizes;
    QList<QPair<QString, QVariant>> durations;
    if (const ModelCapability *model = m_capabilities.model(format.model)) {
        for (const QString &size : model->sizes)
            sizes.append({size, size});
        for (int seconds : model->durations)
            durations.append({tr("%1 s").arg(seconds), seconds});
    }
    fill(m_defaultSize, sizes, format.size, format.size);
    fill(m_defaultDuration, durations, format.durationSeconds,
         tr("%1 s").arg(format.durationSeconds));
    refreshPromptLanguage();
}

void ProjectPanel::refreshPromptLanguage()
{
    // Called with m_refreshing set.
    const Project &project = m_document->project();
    const auto name = [](PromptLanguage language) {
        switch (language) {
        case PromptLanguage::Chinese:
            return tr("Simplified Chinese");
        case PromptLanguage::Japanese:
            return tr("Japanese");
        case PromptLanguage::English:
            break;
        }
        return tr("English");
    };
    const QString automatic = tr("Automatic (%1)").arg(name(detectPromptLanguage(project)));
    if (m_promptLanguage->count() == 0) {
        m_promptLanguage->addItem(automatic, QString());
        for (PromptLanguage language :
             {PromptLanguage::English, PromptLanguage::Chinese, PromptLanguage::Japanese})
            m_promptLanguage->addItem(name(language), promptLanguageKey(language));
    } else if (m_promptLanguage->itemText(0) != automatic) {
        m_promptLanguage->setItemText(0, automatic);
    }
    const QString key = project.format.promptLanguage
                            ? promptLanguageKey(*project.format.promptLanguage)
                            : QString();
    m_promptLanguage->setCurrentIndex(std::max(0, m_promptLanguage->findData(key)));
}

void ProjectPanel::editFormat(const std::function<void(FormatDefaults &)> &change)
{
    if (m_refreshing || m_document->isReadOnly())
        return;
    FormatDefaults format = m_document->project().format;
    change(format);
    m_document->setProjectSettings(format, m_document->project().spendingCapUsd);
}

void ProjectPanel::addScene(const QString &title)
{
    if (m_document->isReadOnly())
        return;
    QList<Scene> scenes = m_document->project().scenes;
    Scene scene;
    scene.id = newId();
    scene.title = title;
    scenes.append(scene);
    m_document->setScenes(scenes);
}

void ProjectPanel::removeScene(int row)
{
    QList<Scene> scenes = m_document->project().scenes;
    if (m_document->isReadOnly() || row < 0 || row >= scenes.size())
        return;
    const QString sceneId = scenes.at(row).id;
    // One undo step: the scene goes, and its shots no longer point at it.
    m_document->undoStack()->beginMacro(tr("Remove scene %1").arg(scenes.at(row).title));
    for (const Shot &shot : m_document->project().shots) {
        if (shot.sceneId != sceneId)
            continue;
        Shot edited = shot;
        edited.sceneId.clear();
        m_document->editShot(shot.id, edited, ShotField::Scene, false);
    }
    scenes.removeAt(row);
    m_document->setScenes(scenes);
    m_document->undoStack()->endMacro();
}

void ProjectPanel::refreshCastEditor()
{
    QScopedValueRollback guard(m_refreshing, true);
    const int row = m_castList->currentRow();
    const QList<CastMember> &cast = m_document->project().cast;
    const bool valid = row >= 0 && row < cast.size();
    m_castName->setEnabled(valid);
    m_castIdentity->setEnabled(valid);
    m_removeCast->setEnabled(valid);
    setTextIfDifferent(m_castName, valid ? cast.at(row).name : QString());
    setTextIfDifferent(m_castIdentity, valid ? cast.at(row).identity : QString());
}

void ProjectPanel::editStyle(const QString &key, const std::function<void(StyleBible &)> &change)
{
    if (m_refreshing || m_document->isReadOnly())
        return;
    StyleBible style = m_document->project().style;
    change(style);
    m_document->setStyleBible(style, key);
}

void ProjectPanel::editCastMember(const QString &key,
                                  const std::function<void(CastMember &)> &change)
{
    const int row = m_castList->currentRow();
    QList<CastMember> cast = m_document->project().cast;
    if (m_refreshing || m_document->isReadOnly() || row < 0 || row >= cast.size())
        return;
    change(cast[row]);
    m_document->setCast(cast, cast.at(row).id + QLatin1Char('/') + key);
}

} // namespace ShotBrief
