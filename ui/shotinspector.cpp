// SPDX-License-Identifier: MIT
#include "shotinspector.h"

#include "fieldtext.h"
#include "framepicker.h"
#include "listsync.h"
#include "paletteeditor.h"
#include "shotreviewsview.h"

#include "continuity/chaining.h"
#include "continuity/framegrabber.h"
#include "continuity/mediapictures.h"
#include "document/projectdocument.h"
#include "io/projectfile.h"
#include "model/shotname.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ShotBrief {

namespace {

template<typename E>
void fillCameraCombo(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString(), QString());
    for (const CameraTermInfo &info : cameraVocabulary<E>())
        combo->addItem(QCoreApplication::translate("CameraTerm", info.phrase),
                       QString::fromLatin1(info.key));
}

template<typename E>
CameraTerm<E> termFromCombo(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return {};
    // A translated preset maps back to its key; anything else is parsed (aliases, custom).
    const int index = combo->findText(text, Qt::MatchFixedString);
    if (index > 0)
        return CameraTerm<E>::fromText(combo->itemData(index).toString());
    return CameraTerm<E>::fromText(text);
}

template<typename E>
void showTerm(QComboBox *combo, const CameraTerm<E> &term)
{
    if (termFromCombo<E>(combo) == term)
        return; // keep what the user is typing
    if (!term.isSet()) {
        combo->setCurrentIndex(0);
        combo->setEditText(QString());
    } else if (term.preset != E::Custom) {
        const int index = combo->findData(term.key());
        combo->setCurrentIndex(index);
        if (index < 0)
            combo->setEditText(term.phrase());
    } else {
        combo->setCurrentIndex(-1);
        combo->setEditText(term.custom);
    }
}

/// The dialogue table's speaker column: a combo box of the cast, free text allowed.
class SpeakerDelegate final : public QStyledItemDelegate
{
public:
    SpeakerDelegate(ProjectDocument *document, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_document(document)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        for (const CastMember &member : m_document->project().cast)
            combo->addItem(member.name);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setEditText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText().trimmed());
    }

private:
    ProjectDocument *m_document; // not owned
};

QPlainTextEdit *makeTextEdit(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(lineHeight * lines + 12);
    edit->setMaximumHeight(lineHeight * (lines + 3) + 12);
    return edit;
}

QToolButton *makeToolButton(const QString &icon, const QString &fallback, const QString &tip,
                            QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(icon));
    button->setText(fallback);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ShotInspector::ShotInspector(ProjectDocument *document, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    buildUi();
    connect(document, &ProjectDocument::shotChanged, this, [this](int, const QString &id) {
        if (id == m_shotId)
            refresh();
    });
    connect(document, &ProjectDocument::shotRemoved, this, [this](int, const QString &id) {
        if (id == m_shotId)
            setShotId({});
    });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        refreshChoices();
        refresh();
    });
    connect(document, &ProjectDocument::castChanged, this, [this] {
        refreshChoices();
        refresh();
    });
    // The "Project default (model)" entries name the project's defaults.
    connect(document, &ProjectDocument::projectSettingsChanged, this, [this] {
        refreshChoices();
        refresh();
    });
    connect(document, &ProjectDocument::scenesChanged, this, [this] {
        refreshChoices();
        refresh();
    });
    connect(document, &ProjectDocument::readOnlyChanged, this, [this] { refresh(); });
    refreshChoices();
    refresh();
}

void ShotInspector::setCapabilities(const ProviderCapabilities &capabilities)
{
    m_capabilities = capabilities;
    refreshChoices();
    refresh();
}

void ShotInspector::setShotId(const QString &shotId)
{
    if (shotId == m_shotId)
        return;
    m_shotId = shotId;
    m_reviews->setShotId(shotId);
    refresh();
}

void ShotInspector::buildUi()
{
    auto *container = new QWidget(this);
    auto *outer = new QVBoxLayout(container);
    outer->setContentsMargins(8, 8, 8, 8);
    m_empty = new QLabel(tr("Select a shot on the timeline to edit its brief."), container);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    outer->addWidget(m_empty);

    m_form = new QWidget(container);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_form);
    outer->addStretch();

    const auto group = [this, formLayout](ShotFieldSection section) {
        auto *box = new QGroupBox(shotFieldSectionTitle(section), m_form);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        formLayout->addWidget(box);
        return form;
    };

    // Shot
    QFormLayout *shotForm = group(ShotFieldSection::Shot);
    m_label = new QLineEdit(m_form);
    m_label->setPlaceholderText(tr("1A"));
    connect(m_label, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(ShotField::Label, [&](Shot &s) { s.label = text; });
    });
    shotForm->addRow(shotFieldFormLabel(ShotField::Label), m_label);
    m_scene = new QComboBox(m_form);
    connect(m_scene, &QComboBox::activated, this, [this](int index) {
        const QString sceneId = m_scene->itemData(index).toString();
        edit(
            ShotField::Scene, [&](Shot &s) { s.sceneId = sceneId; }, false);
    });
    shotForm->addRow(shotFieldFormLabel(ShotField::Scene), m_scene);
    m_strategy = new QComboBox(m_form);
    m_strategy->addItem(tr("Detailed: control and consistency"), int(PromptStrategy::Detailed));
    m_strategy->addItem(tr("Concise: leave the model free"), int(PromptStrategy::Concise));
    connect(m_strategy, &QComboBox::activated, this, [this](int index) {
        const auto strategy = PromptStrategy(m_strategy->itemData(index).toInt());
        edit(
            ShotField::Strategy, [&](Shot &s) { s.strategy = strategy; }, false);
    });
    shotForm->addRow(shotFieldFormLabel(ShotField::Strategy), m_strategy);

    // Reviews: shown once a review package's feedback has been imported.
    m_reviewsBox = new QGroupBox(m_form);
    auto *reviewsLayout = new QVBoxLayout(m_reviewsBox);
    m_reviews = new ShotReviewsView(m_document, m_reviewsBox);
    reviewsLayout->addWidget(m_reviews);
    formLayout->addWidget(m_reviewsBox);
    connect(m_reviews, &ShotReviewsView::countChanged, this, [this](int count) {
        m_reviewsBox->setTitle(tr("Reviews (%1)").arg(count));
        m_reviewsBox->setVisible(count > 0);
    });
    m_reviewsBox->setVisible(false);

    // Container parameters
    QFormLayout *formatForm = group(ShotFieldSection::Clip);
    m_duration = new QComboBox(m_form);
    connect(m_duration, &QComboBox::activated, this, [this](int index) {
        const int seconds = m_duration->itemData(index).toInt();
        if (!m_shotId.isEmpty())
            m_document->setShotDuration(m_shotId, seconds);
    });
    formatForm->addRow(shotFieldFormLabel(ShotField::Duration), m_duration);
    m_model = new QComboBox(m_form);
    connect(m_model, &QComboBox::activated, this, [this](int index) {
        const QString model = m_model->itemData(index).toString();
        edit(
            ShotField::Model, [&](Shot &s) { s.model = model; }, false);
    });
    formatForm->addRow(shotFieldFormLabel(ShotField::Model), m_model);
    m_size = new QComboBox(m_form);
    connect(m_size, &QComboBox::activated, this, [this](int index) {
        const QString size = m_size->itemData(index).toString();
        edit(
            ShotField::Size, [&](Shot &s) { s.size = size; }, false);
    });
    formatForm->addRow(shotFieldFormLabel(ShotField::Size), m_size);

    // Scene prose
    QFormLayout *sceneForm = group(ShotFieldSection::SceneProse);
    m_sceneProse = makeTextEdit(4, m_form);
    m_sceneProse->setAccessibleName(shotFieldName(ShotField::SceneProse));
    m_sceneProse->setPlaceholderText(tr("Characters, costumes, setting, weather, in plain words: "
                                        "wet asphalt, neon signs reflecting in puddles..."));
    connect(m_sceneProse, &QPlainTextEdit::textChanged, this, [this] {
        if (m_refreshing)
            return;
        const QString text = m_sceneProse->toPlainText();
        edit(ShotField::SceneProse, [&](Shot &s) { s.sceneProse = text; });
    });
    sceneForm->addRow(m_sceneProse);

    // Cinematography
    QFormLayout *cameraForm = group(ShotFieldSection::Cinematography);
    m_framing = new QComboBox(m_form);
    fillCameraCombo<Framing>(m_framing);
    connect(m_framing, &QComboBox::currentTextChanged, this, [this] {
        if (m_refreshing)
            return;
        const FramingTerm term = termFromCombo<Framing>(m_framing);
        edit(ShotField::Framing, [&](Shot &s) { s.framing = term; });
    });
    cameraForm->addRow(shotFieldFormLabel(ShotField::Framing), m_framing);
    m_angle = new QComboBox(m_form);
    fillCameraCombo<Angle>(m_angle);
    connect(m_angle, &QComboBox::currentTextChanged, this, [this] {
        if (m_refreshing)
            return;
        const AngleTerm term = termFromCombo<Angle>(m_angle);
        edit(ShotField::Angle, [&](Shot &s) { s.angle = term; });
    });
    cameraForm->addRow(shotFieldFormLabel(ShotField::Angle), m_angle);
    m_movement = new QComboBox(m_form);
    fillCameraCombo<Movement>(m_movement);
    connect(m_movement, &QComboBox::currentTextChanged, this, [this] {
        if (m_refreshing)
            return;
        const MovementTerm term = termFromCombo<Movement>(m_movement);
        edit(ShotField::Movement, [&](Shot &s) { s.movement = term; });
    });
    cameraForm->addRow(shotFieldFormLabel(ShotField::Movement), m_movement);
    m_depthOfField = new QComboBox(m_form);
    fillCameraCombo<DepthOfField>(m_depthOfField);
    connect(m_depthOfField, &QComboBox::currentTextChanged, this, [this] {
        if (m_refreshing)
            return;
        const DepthOfFieldTerm term = termFromCombo<DepthOfField>(m_depthOfField);
        edit(ShotField::DepthOfField, [&](Shot &s) { s.depthOfField = term; });
    });
    cameraForm->addRow(shotFieldFormLabel(ShotField::DepthOfField), m_depthOfField);
    m_lensStyle = new QLineEdit(m_form);
    m_lensStyle->setPlaceholderText(tr("anamorphic 40mm, handheld 16mm film..."));
    connect(m_lensStyle, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(ShotField::LensStyle, [&](Shot &s) { s.lensStyle = text; });
    });
    cameraForm->addRow(shotFieldFormLabel(ShotField::LensStyle), m_lensStyle);
    m_lighting = new QLineEdit(m_form);
    m_lighting->setPlaceholderText(tr("source, direction, quality: warm backlight with soft rim"));
    connect(m_lighting, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(ShotField::Lighting, [&](Shot &s) { s.lighting = text; });
    });
    cameraForm->addRow(shotFieldFormLabel(ShotField::Lighting), m_lighting);
    m_mood = new QLineEdit(m_form);
    m_mood->setPlaceholderText(tr("cinematic and tense, playful, warm and cozy..."));
    connect(m_mood, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(ShotField::Mood, [&](Shot &s) { s.mood = text; });
    });
    cameraForm->addRow(shotFieldFormLabel(ShotField::Mood), m_mood);
    m_palette = new PaletteEditor(m_form);
    connect(m_palette, &PaletteEditor::paletteEdited, this,
            [this](const Palette &palette, bool typing) {
                edit(
                    ShotField::Palette, [&](Shot &s) { s.palette = palette; }, typing);
            });
    cameraForm->addRow(shotFieldFormLabel(ShotField::Palette), m_palette);

    // Actions
    QFormLayout *actionForm = group(ShotFieldSection::ActionBeats);
    m_beats = new QListWidget(m_form);
    m_beats->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_beats->setMinimumHeight(90);
    m_beats->setAccessibleName(shotFieldName(ShotField::ActionBeats));
    m_beats->setToolTip(tr("Countable steps: \"takes four steps to the window, pauses\". "
                           "Double-click to edit."));
    connect(m_beats, &QListWidget::itemChanged, this, [this] {
        if (!m_refreshing)
            commitBeats();
    });
    auto *beatButtons = new QHBoxLayout;
    QToolButton *addBeat =
        makeToolButton(QStringLiteral("list-add"), tr("Add"), tr("Add a beat"), m_form);
    QToolButton *removeBeat = makeToolButton(QStringLiteral("list-remove"), tr("Remove"),
                                             tr("Remove the selected beat"), m_form);
    QToolButton *upBeat = makeToolButton(QStringLiteral("go-up"), tr("Up"), tr("Move up"), m_form);
    QToolButton *downBeat =
        makeToolButton(QStringLiteral("go-down"), tr("Down"), tr("Move down"), m_form);
    connect(addBeat, &QToolButton::clicked, this, [this] {
        const int row = m_beats->currentRow() < 0 ? m_beats->count() : m_beats->currentRow() + 1;
        edit(
            ShotField::ActionBeats,
            [&](Shot &s) {
                s.actionBeats.insert(std::min(row, int(s.actionBeats.size())), tr("new beat"));
            },
            false);
        m_beats->setCurrentRow(row);
        if (QListWidgetItem *item = m_beats->item(row))
            m_beats->editItem(item);
    });
    connect(removeBeat, &QToolButton::clicked, this, [this] {
        const int row = m_beats->currentRow();
        if (row < 0)
            return;
        edit(
            ShotField::ActionBeats, [&](Shot &s) { s.actionBeats.removeAt(row); }, false);
    });
    const auto moveBeat = [this](int delta) {
        const int row = m_beats->currentRow();
        const int to = row + delta;
        if (row < 0 || to < 0 || to >= m_beats->count())
            return;
        edit(
            ShotField::ActionBeats, [&](Shot &s) { s.actionBeats.move(row, to); }, false);
        m_beats->setCurrentRow(to);
    };
    connect(upBeat, &QToolButton::clicked, this, [moveBeat] { moveBeat(-1); });
    connect(downBeat, &QToolButton::clicked, this, [moveBeat] { moveBeat(1); });
    beatButtons->addWidget(addBeat);
    beatButtons->addWidget(removeBeat);
    beatButtons->addWidget(upBeat);
    beatButtons->addWidget(downBeat);
    beatButtons->addStretch();
    actionForm->addRow(m_beats);
    actionForm->addRow(beatButtons);

    // Dialogue
    QFormLayout *dialogueForm = group(ShotFieldSection::Dialogue);
    m_dialogue = new QTableWidget(0, 2, m_form);
    m_dialogue->setHorizontalHeaderLabels({tr("Speaker"), tr("Line")});
    m_dialogue->horizontalHeader()->setStretchLastSection(true);
    m_dialogue->verticalHeader()->hide();
    m_dialogue->setItemDelegateForColumn(0, new SpeakerDelegate(m_document, m_dialogue));
    m_dialogue->setMinimumHeight(80);
    m_dialogue->setAccessibleName(shotFieldName(ShotField::Dialogue));
    connect(m_dialogue, &QTableWidget::itemChanged, this, [this] {
        if (!m_refreshing)
            commitDialogue();
    });
    auto *dialogueButtons = new QHBoxLayout;
    QToolButton *addLine =
        makeToolButton(QStringLiteral("list-add"), tr("Add"), tr("Add a line"), m_form);
    QToolButton *removeLine = makeToolButton(QStringLiteral("list-remove"), tr("Remove"),
                                             tr("Remove the selected line"), m_form);
    connect(addLine, &QToolButton::clicked, this, [this] {
        const Shot *shot = m_document->project().shotById(m_shotId);
        QString speaker;
        if (shot && !shot->castIds.isEmpty()) {
            if (const CastMember *member = m_document->project().castById(shot->castIds.first()))
                speaker = member->name;
        }
        edit(
            ShotField::Dialogue,
            [&](Shot &s) {
                s.dialogue.append({speaker, QString()});
            },
            false);
        const int row = m_dialogue->rowCount() - 1;
        if (QTableWidgetItem *item = m_dialogue->item(row, 1))
            m_dialogue->editItem(item);
    });
    connect(removeLine, &QToolButton::clicked, this, [this] {
        const int row = m_dialogue->currentRow();
        if (row < 0)
            return;
        edit(
            ShotField::Dialogue, [&](Shot &s) { s.dialogue.removeAt(row); }, false);
    });
    dialogueButtons->addWidget(addLine);
    dialogueButtons->addWidget(removeLine);
    dialogueButtons->addStretch();
    dialogueForm->addRow(m_dialogue);
    dialogueForm->addRow(dialogueButtons);

    // Cast present
    QFormLayout *castForm = group(ShotFieldSection::Cast);
    m_cast = new QListWidget(m_form);
    m_cast->setMaximumHeight(100);
    m_cast->setAccessibleName(shotFieldSectionTitle(ShotFieldSection::Cast));
    connect(m_cast, &QListWidget::itemChanged, this, [this] {
        if (m_refreshing)
            return;
        QStringList ids;
        for (int i = 0; i < m_cast->count(); ++i) {
            if (m_cast->item(i)->checkState() == Qt::Checked)
                ids.append(m_cast->item(i)->data(Qt::UserRole).toString());
        }
        edit(
            ShotField::Cast, [&](Shot &s) { s.castIds = ids; }, false);
    });
    castForm->addRow(m_cast);

    // First and last frames: the pictures a clip begins and ends on.
    QFormLayout *framesForm = group(ShotFieldSection::Frames);
    m_chain = new QCheckBox(tr("Begin on the previous shot's last frame (&chain)"), m_form);
    m_chain->setToolTip(tr("When the previous shot's circled take is ready, its last frame "
                           "becomes this shot's first frame: the cut is continuous"));
    connect(m_chain, &QCheckBox::toggled, this, [this](bool on) {
        edit(
            ShotField::ChainPrevious, [on](Shot &s) { s.chainPrevious = on; }, false);
    });
    framesForm->addRow(m_chain);
    m_firstFrame = new FramePicker(FramePicker::Kind::First, m_form);
    m_lastFrame = new FramePicker(FramePicker::Kind::Last, m_form);
    auto *firstLabel = new QLabel(tr("First frame:"), m_form);
    auto *lastLabel = new QLabel(tr("Last frame:"), m_form);
    firstLabel->setBuddy(m_firstFrame->chooseButton());
    lastLabel->setBuddy(m_lastFrame->chooseButton());
    framesForm->addRow(firstLabel);
    framesForm->addRow(m_firstFrame);
    framesForm->addRow(lastLabel);
    framesForm->addRow(m_lastFrame);
    for (FramePicker *picker : {m_firstFrame, m_lastFrame}) {
        const FramePicker::Kind kind = picker->kind();
        connect(picker, &FramePicker::fileChosen, this,
                [this, kind](const QString &path) { pictureFileChosen(kind, path); });
        connect(picker, &FramePicker::imagePasted, this, [this, kind](const QImage &image) {
            setPicture(kind, image,
                       kind == FramePicker::Kind::First ? QStringLiteral("first-frame")
                                                        : QStringLiteral("last-frame"),
                       true);
        });
        connect(picker, &FramePicker::clearRequested, this, [this, kind] {
            if (kind == FramePicker::Kind::First)
                edit(
                    ShotField::ReferenceImage, [](Shot &s) { s.referenceImage.clear(); }, false);
            else
                edit(
                    ShotField::LastFrame, [](Shot &s) { s.lastFrame.clear(); }, false);
        });
    }
    connect(m_firstFrame, &FramePicker::fromPreviousRequested, this,
            &ShotInspector::firstFrameFromPreviousShot);

    // Notes
    QFormLayout *notesForm = group(ShotFieldSection::Notes);
    m_notes = makeTextEdit(3, m_form);
    m_notes->setAccessibleName(shotFieldName(ShotField::Notes));
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_refreshing)
            return;
        const QString text = m_notes->toPlainText();
        edit(ShotField::Notes, [&](Shot &s) { s.notes = text; });
    });
    notesForm->addRow(m_notes);

    setWidget(container);
}

void ShotInspector::refreshChoices()
{
    QScopedValueRollback guard(m_refreshing, true);
    const Project &project = m_document->project();
    m_scene->clear();
    m_scene->addItem(tr("(no scene)"), QString());
    for (const Scene &scene : project.scenes)
        m_scene->addItem(scene.title, scene.id);
    m_model->clear();
    m_model->addItem(tr("Project default (%1)").arg(project.format.model), QString());
    for (const ModelCapability &model : m_capabilities.models) {
        m_model->addItem(model.id, model.id);
        if (!model.pricingNote.isEmpty())
            m_model->setItemData(m_model->count() - 1,
                                 tr("Price as the provider lists it: %1").arg(model.pricingNote),
                                 Qt::ToolTipRole);
    }
}

void ShotInspector::refresh()
{
    QScopedValueRollback guard(m_refreshing, true);
    const Project &project = m_document->project();
    const Shot *shot = project.shotById(m_shotId);
    m_empty->setVisible(!shot);
    m_form->setVisible(shot != nullptr);
    if (!shot)
        return;
    m_form->setEnabled(!m_document->isReadOnly());

    setTextIfDifferent(m_label, shot->label);
    m_scene->setCurrentIndex(std::max(0, m_scene->findData(shot->sceneId)));
    m_strategy->setCurrentIndex(m_strategy->findData(int(shot->strategy)));

    // The legal durations and sizes come from the provider's capabilities for the model.
    const QString model = project.effectiveModel(*shot);
    m_duration->clear();
    QList<int> durations = m_capabilities.durationsFor(model);
    if (!durations.contains(shot->durationSeconds))
        durations.append(shot->durationSeconds); // show an illegal value as it is; lint says why
    for (int seconds : std::as_const(durations))
        m_duration->addItem(tr("%1 s").arg(seconds), seconds);
    m_duration->setCurrentIndex(m_duration->findData(shot->durationSeconds));
    // A model the provider does not offer is shown as it is (lint and Check Fit say why)
    // rather than as the project default, which it is not.
    for (int i = m_model->count() - 1; i > int(m_capabilities.models.size()); --i)
        m_model->removeItem(i);
    if (!shot->model.isEmpty() && m_model->findData(shot->model) < 0)
        m_model->addItem(tr("%1 (not offered)").arg(shot->model), shot->model);
    m_model->setCurrentIndex(std::max(0, m_model->findData(shot->model)));
    m_size->clear();
    m_size->addItem(tr("Project default (%1)").arg(project.format.size), QString());
    const ModelCapability *capability = m_capabilities.model(model);
    if (capability) {
        for (const QString &size : capability->sizes)
            m_size->addItem(size, size);
    }
    if (!shot->size.isEmpty() && m_size->findData(shot->size) < 0)
        m_size->addItem(shot->size, shot->size);
    m_size->setCurrentIndex(std::max(0, m_size->findData(shot->size)));

    setTextIfDifferent(m_sceneProse, shot->sceneProse);
    showTerm(m_framing, shot->framing);
    showTerm(m_angle, shot->angle);
    showTerm(m_movement, shot->movement);
    showTerm(m_depthOfField, shot->depthOfField);
    setTextIfDifferent(m_lensStyle, shot->lensStyle);
    setTextIfDifferent(m_lighting, shot->lighting);
    setTextIfDifferent(m_mood, shot->mood);
    m_lensStyle->setPlaceholderText(project.style.lensStyle.isEmpty()
                                        ? tr("anamorphic 40mm, handheld 16mm film...")
                                        : tr("style bible: %1").arg(project.style.lensStyle));
    m_lighting->setPlaceholderText(
        project.style.lighting.isEmpty()
            ? tr("source, direction, quality: warm backlight with soft rim")
            : tr("style bible: %1").arg(project.style.lighting));
    m_mood->setPlaceholderText(project.style.mood.isEmpty()
                                   ? tr("cinematic and tense, playful, warm and cozy...")
                                   : tr("style bible: %1").arg(project.style.mood));
    m_palette->setPalette(shot->palette);
    m_palette->setPlaceholderText(
        project.style.palette.isEmpty()
            ? tr("No colour anchors: add 3 to 5.")
            : tr("Style bible: %1").arg(paletteNames(project.style.palette)));

    // Lists: updated in place so that the current row and an open editor survive typing.
    QList<ListRow> beatRows;
    for (const QString &beat : shot->actionBeats)
        beatRows.append(
            {.text = beat, .flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable});
    syncListWidget(m_beats, beatRows);

    bool sameDialogue = m_dialogue->rowCount() == shot->dialogue.size();
    for (int i = 0; sameDialogue && i < shot->dialogue.size(); ++i) {
        sameDialogue = m_dialogue->item(i, 0) && m_dialogue->item(i, 1) &&
                       m_dialogue->item(i, 0)->text() == shot->dialogue.at(i).speaker &&
                       m_dialogue->item(i, 1)->text() == shot->dialogue.at(i).line;
    }
    if (!sameDialogue) {
        m_dialogue->setRowCount(int(shot->dialogue.size()));
        for (int i = 0; i < shot->dialogue.size(); ++i) {
            m_dialogue->setItem(i, 0, new QTableWidgetItem(shot->dialogue.at(i).speaker));
            m_dialogue->setItem(i, 1, new QTableWidgetItem(shot->dialogue.at(i).line));
        }
    }

    QList<ListRow> castRows;
    for (const CastMember &member : project.cast) {
        castRows.append(
            {.key = member.id,
             .text = member.name,
             .toolTip = member.identity,
             .flags = Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable,
             .checkState = int(shot->castIds.contains(member.id) ? Qt::Checked : Qt::Unchecked)});
    }
    if (project.cast.isEmpty())
        castRows.append({.text = tr("No cast yet: add characters in the Project panel."),
                         .flags = Qt::NoItemFlags});
    syncListWidget(m_cast, castRows);

    {
        const QSignalBlocker blocker(m_chain);
        m_chain->setChecked(shot->chainPrevious);
        m_chain->setEnabled(!m_document->isReadOnly());
    }
    refreshPictures(*shot);
    setTextIfDifferent(m_notes, shot->notes);
}

void ShotInspector::edit(ShotField field, const std::function<void(Shot &)> &change, bool mergeable)
{
    if (m_refreshing || m_shotId.isEmpty() || m_document->isReadOnly())
        return;
    const Shot *current = m_document->project().shotById(m_shotId);
    if (!current)
        return;
    Shot edited = *current;
    change(edited);
    m_document->editShot(m_shotId, edited, field, mergeable);
}

void ShotInspector::commitBeats()
{
    QStringList beats;
    for (int i = 0; i < m_beats->count(); ++i)
        beats.append(m_beats->item(i)->text());
    edit(
        ShotField::ActionBeats, [&](Shot &s) { s.actionBeats = beats; }, false);
}

void ShotInspector::commitDialogue()
{
    QList<DialogueLine> lines;
    for (int i = 0; i < m_dialogue->rowCount(); ++i) {
        const QTableWidgetItem *speaker = m_dialogue->item(i, 0);
        const QTableWidgetItem *line = m_dialogue->item(i, 1);
        lines.append({speaker ? speaker->text() : QString(), line ? line->text() : QString()});
    }
    edit(
        ShotField::Dialogue, [&](Shot &s) { s.dialogue = lines; }, false);
}

QWidget *ShotInspector::editorFor(ShotField field) const
{
    switch (field) {
    case ShotField::Label:
        return m_label;
    case ShotField::Scene:
        return m_scene;
    case ShotField::Strategy:
        return m_strategy;
    case ShotField::SceneProse:
        return m_sceneProse;
    case ShotField::Framing:
        return m_framing;
    case ShotField::Angle:
        return m_angle;
    case ShotField::Movement:
        return m_movement;
    case ShotField::DepthOfField:
        return m_depthOfField;
    case ShotField::LensStyle:
        return m_lensStyle;
    case ShotField::Lighting:
        return m_lighting;
    case ShotField::Palette:
        return m_palette;
    case ShotField::Mood:
        return m_mood;
    case ShotField::ActionBeats:
        return m_beats;
    case ShotField::Dialogue:
        return m_dialogue;
    case ShotField::Cast:
        return m_cast;
    case ShotField::Duration:
        return m_duration;
    case ShotField::Model:
        return m_model;
    case ShotField::Size:
        return m_size;
    case ShotField::ReferenceImage:
        // A chained shot's first frame is not the user's to pick: the chain is.
        return m_firstFrame->chooseButton()->isEnabled()
                   ? static_cast<QWidget *>(m_firstFrame->chooseButton())
                   : m_chain;
    case ShotField::LastFrame:
        return m_lastFrame->chooseButton();
    case ShotField::ChainPrevious:
        return m_chain;
    case ShotField::Notes:
        return m_notes;
    }
    return nullptr;
}

bool ShotInspector::focusField(const QString &field)
{
    const std::optional<ShotField> known = shotFieldFromKey(field);
    if (!known)
        return false;
    const int index = shotFieldPathIndex(field);
    QWidget *target = editorFor(*known);
    switch (*known) {
    case ShotField::Palette:
        if (QWidget *swatch = m_palette->swatchButton(std::max(0, index)))
            target = swatch;
        break;
    case ShotField::ActionBeats:
        if (index >= 0 && index < m_beats->count())
            m_beats->setCurrentRow(index);
        break;
    case ShotField::Dialogue:
        if (index >= 0 && index < m_dialogue->rowCount())
            m_dialogue->setCurrentCell(index, field.endsWith(QLatin1String(".speaker")) ? 0 : 1);
        break;
    default:
        break;
    }
    if (!target)
        return false;
    ensureWidgetVisible(target, 20, 60);
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void ShotInspector::refreshPictures(const Shot &shot)
{
    const Project &project = m_document->project();
    const QString size = project.effectiveSize(shot);
    // An unsaved project can take pictures too: storing one then says "save first".
    const bool writable = !m_document->isReadOnly();
    const auto absolute = [this](const QString &relative) {
        if (relative.isEmpty() || m_document->filePath().isEmpty())
            return QString();
        const Result<QString> path =
            ProjectFile::resolveMediaPath(m_document->filePath(), relative);
        return path ? *path : QString();
    };
    QString firstNote;
    if (shot.chainPrevious) {
        const ChainLink link = ChainLink::of(project, project.shotIndex(shot.id));
        firstNote = link.state == ChainLink::State::Ready
                        ? tr("Chained: the last frame of shot %1's circled take, taken when "
                             "this shot is generated.")
                              .arg(link.previousName)
                    : link.state == ChainLink::State::Waiting
                        ? tr("Chained: waiting for shot %1's take.").arg(link.previousName)
                        : tr("⚠ Chained, but: %1").arg(link.message);
    }
    m_firstFrame->showPicture(shot.chainPrevious ? QString() : absolute(shot.referenceImage),
                              shot.chainPrevious ? QString() : shot.referenceImage, size, firstNote,
                              writable && !shot.chainPrevious);
    m_lastFrame->showPicture(absolute(shot.lastFrame), shot.lastFrame, size, QString(), writable);
    if (m_firstFrame->previousButton())
        m_firstFrame->previousButton()->setEnabled(writable && !shot.chainPrevious &&
                                                   project.shotIndex(shot.id) > 0);
}

void ShotInspector::pictureFileChosen(FramePicker::Kind kind, const QString &path)
{
    const Result<QImage> image = readPicture(path);
    if (!image) {
        pickerFor(kind)->showProblem(image.error().message);
        return;
    }
    setPicture(kind, *image, QFileInfo(path).completeBaseName(), true);
}

void ShotInspector::firstFrameFromPreviousShot()
{
    const Project &project = m_document->project();
    const int index = project.shotIndex(m_shotId);
    if (index <= 0)
        return;
    const Shot &previous = project.shots.at(index - 1);
    const Take *circled = previous.circledTake();
    const QString name = shotName(project, index - 1);
    const auto refuse = [this](const QString &why) {
        m_firstFrame->showProblem(why);
    };
    if (!circled || circled->status != TakeStatus::Ready || circled->clipPath.isEmpty()) {
        refuse(tr("Shot %1 has no circled take that is ready.").arg(name));
        return;
    }
    const Result<QString> clip =
        ProjectFile::resolveMediaPath(m_document->filePath(), circled->clipPath);
    if (!clip) {
        refuse(clip.error().message);
        return;
    }
    const QStringList wh = project.effectiveSize(project.shots.at(index)).split(QLatin1Char('x'));
    const Result<QImage> frame = FrameGrabber().grab(
        *clip, FrameGrabber::Position::Last, QSize(wh.value(0).toInt(), wh.value(1).toInt()));
    if (!frame) {
        refuse(frame.error().message);
        return;
    }
    setPicture(FramePicker::Kind::First, *frame, QStringLiteral("shot-%1-last-frame").arg(name),
               false);
}

FramePicker *ShotInspector::pickerFor(FramePicker::Kind kind) const
{
    return kind == FramePicker::Kind::First ? m_firstFrame : m_lastFrame;
}

QImage ShotInspector::fitReferenceImage(const QImage &image, const QSize &size, ReferenceFit fit)
{
    if (image.isNull() || size.isEmpty())
        return {};
    if (fit == ReferenceFit::Crop) {
        const QImage scaled =
            image.scaled(size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        return scaled.copy((scaled.width() - size.width()) / 2,
                           (scaled.height() - size.height()) / 2, size.width(), size.height());
    }
    QImage canvas(size, QImage::Format_RGB32);
    canvas.fill(Qt::black);
    const QImage scaled = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&canvas);
    painter.drawImage((size.width() - scaled.width()) / 2, (size.height() - scaled.height()) / 2,
                      scaled);
    painter.end();
    return canvas;
}

void ShotInspector::setPicture(FramePicker::Kind kind, QImage image, const QString &baseName,
                               bool askToFit)
{
    const Shot *shot = m_document->project().shotById(m_shotId);
    if (!shot || m_document->isReadOnly())
        return;
    const QString title = kind == FramePicker::Kind::First ? tr("First Frame") : tr("Last Frame");
    if (qint64(image.width()) * image.height() > MaxFramePixels) {
        pickerFor(kind)->showProblem(tr("The picture is %1x%2 pixels: pictures over 50 "
                                        "megapixels are refused. Scale it down first.")
                                         .arg(image.width())
                                         .arg(image.height()));
        return;
    }
    // The provider wants the picture at the clip's size: offer to crop or scale.
    const QStringList wh = m_document->project().effectiveSize(*shot).split(QLatin1Char('x'));
    const QSize wanted(wh.value(0).toInt(), wh.value(1).toInt());
    if (wanted.isValid() && !wanted.isEmpty() && image.size() != wanted) {
        ReferenceFit fit = ReferenceFit::Crop;
        if (askToFit) {
            QMessageBox box(
                QMessageBox::Question, title,
                tr("The image is %1×%2 but the clip is %3×%4. The provider needs them to match.")
                    .arg(image.width())
                    .arg(image.height())
                    .arg(wanted.width())
                    .arg(wanted.height()),
                QMessageBox::Cancel, this);
            QPushButton *crop = box.addButton(tr("Crop to Fill"), QMessageBox::AcceptRole);
            QPushButton *scale = box.addButton(tr("Scale to Fit"), QMessageBox::AcceptRole);
            box.setDefaultButton(crop);
            box.exec();
            if (box.clickedButton() == scale)
                fit = ReferenceFit::Scale;
            else if (box.clickedButton() != crop)
                return;
        }
        image = fitReferenceImage(image, wanted, fit);
    }
    const Result<QString> stored = storePicture(m_document->filePath(), image, baseName);
    if (!stored) {
        pickerFor(kind)->showProblem(stored.error().message);
        return;
    }
    const QString relative = *stored;
    if (kind == FramePicker::Kind::First)
        edit(
            ShotField::ReferenceImage, [&](Shot &s) { s.referenceImage = relative; }, false);
    else
        edit(
            ShotField::LastFrame, [&](Shot &s) { s.lastFrame = relative; }, false);
}

} // namespace ShotBrief
