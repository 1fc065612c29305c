// SPDX-License-Identifier: MIT
#pragma once

#include "framepicker.h"

#include "model/capabilities.h"
#include "model/shot.h"
#include "model/shotfield.h"

#include <QImage>
#include <QScrollArea>

#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ShotBrief {

class PaletteEditor;
class ProjectDocument;
class ShotReviewsView;

/// Every field of the selected shot with the editor that suits it. Each edit goes to the
/// document as an undoable command; typing in one field merges into one undo step.
class ShotInspector final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotInspector)

public:
    explicit ShotInspector(ProjectDocument *document, QWidget *parent = nullptr);

    enum class ReferenceFit { Crop, Scale };
    /// The reference image at exactly `size`: cropped to fill, or scaled to fit with black bars.
    static QImage fitReferenceImage(const QImage &image, const QSize &size, ReferenceFit fit);

    void setCapabilities(const ProviderCapabilities &capabilities);
    QString shotId() const { return m_shotId; }
    void setShotId(const QString &shotId);

    /// Focuses the editor of a field named as in the file ("palette", "action_beats[2]").
    /// Returns false for a field it does not know.
    bool focusField(const QString &field);
    /// The editor of a field.
    QWidget *editorFor(ShotField field) const;

    // The editors, for tests and for focusing.
    QLineEdit *labelEdit() const { return m_label; }
    QPlainTextEdit *sceneProseEdit() const { return m_sceneProse; }
    QComboBox *framingCombo() const { return m_framing; }
    QComboBox *durationCombo() const { return m_duration; }
    QComboBox *modelCombo() const { return m_model; }
    QComboBox *sizeCombo() const { return m_size; }
    QListWidget *beatsList() const { return m_beats; }
    PaletteEditor *paletteEditor() const { return m_palette; }
    QTableWidget *dialogueTable() const { return m_dialogue; }
    QListWidget *castList() const { return m_cast; }
    QCheckBox *chainCheck() const { return m_chain; }
    FramePicker *firstFramePicker() const { return m_firstFrame; }
    FramePicker *lastFramePicker() const { return m_lastFrame; }

    /// Makes `image` the shot's first or last frame: fitted to the shot's size (asking crop or
    /// scale when `askToFit`, else cropping), stored under the media folder's refs/, and set
    /// as one undoable edit.
    void setPicture(FramePicker::Kind kind, QImage image, const QString &baseName, bool askToFit);

    ShotReviewsView *reviewsView() const { return m_reviews; }

private:
    void buildUi();
    void refresh();
    void refreshChoices();
    void edit(ShotField field, const std::function<void(Shot &)> &change, bool mergeable = true);
    void commitBeats();
    void commitDialogue();
    void refreshPictures(const Shot &shot);
    void pictureFileChosen(FramePicker::Kind kind, const QString &path);
    void firstFrameFromPreviousShot();
    FramePicker *pickerFor(FramePicker::Kind kind) const;

    ProjectDocument *m_document; // not owned
    ProviderCapabilities m_capabilities = ProviderCapabilities::openAiVideos();
    QString m_shotId;
    bool m_refreshing = false;

    QWidget *m_form = nullptr;
    QLabel *m_empty = nullptr;
    QLineEdit *m_label = nullptr;
    QComboBox *m_scene = nullptr;
    QComboBox *m_strategy = nullptr;
    QComboBox *m_duration = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_size = nullptr;
    QPlainTextEdit *m_sceneProse = nullptr;
    QComboBox *m_framing = nullptr;
    QComboBox *m_angle = nullptr;
    QComboBox *m_movement = nullptr;
    QComboBox *m_depthOfField = nullptr;
    QLineEdit *m_lensStyle = nullptr;
    QLineEdit *m_lighting = nullptr;
    PaletteEditor *m_palette = nullptr;
    QLineEdit *m_mood = nullptr;
    QListWidget *m_beats = nullptr;
    QTableWidget *m_dialogue = nullptr;
    QListWidget *m_cast = nullptr;
    QCheckBox *m_chain = nullptr;
    FramePicker *m_firstFrame = nullptr;
    FramePicker *m_lastFrame = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QGroupBox *m_reviewsBox = nullptr;
    ShotReviewsView *m_reviews = nullptr;
};

} // namespace ShotBrief
