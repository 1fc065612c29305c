// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace ShotBrief {

class BoardCanvas;
class ProjectDocument;

/// The Board tab: the canvas of the selected shot with its tools (pen, brush, eraser, camera
/// arrows, notes, move), colours (a few inks and the shot's palette), width, the three layers
/// with visibility and opacity, onion skin, guides, the reference picture (import, paste, a
/// take's frame) and "Use as First Frame".
class BoardEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardEditor)

public:
    explicit BoardEditor(ProjectDocument *document, QWidget *parent = nullptr);

    void setShotId(const QString &shotId);
    BoardCanvas *canvas() const { return m_canvas; }
    /// What the status line says.
    QString statusText() const;

    /// Renders the board at the shot's size into the media folder and makes it the shot's
    /// first frame (one undo step); says what happened in the status line.
    void useAsFirstFrame();
    /// Asks for an image file and makes it the reference picture.
    void importReference();
    /// A take's frame (its thumbnail) as the reference picture: `takeId`'s, or the circled
    /// (else newest ready) take's.
    void referenceFromTake(const QString &takeId = {});

protected:
    /// Focus given to the editor (its tab shown, "Draw Board") goes to the canvas. Not a focus
    /// proxy: Tab would then jump from the editor's place in the chain straight to the canvas
    /// and never reach the tools above it.
    void focusInEvent(QFocusEvent *event) override;

private:
    QToolButton *toolButton(const QString &text, const QString &tip, int tool);
    void rebuildSwatches();
    void updateTabOrder();
    void refreshLayers();
    void refreshStatus();
    void showMessage(const QString &text);

    ProjectDocument *m_document; // not owned
    BoardCanvas *m_canvas = nullptr;
    QString m_shotId;
    QButtonGroup *m_tools = nullptr;
    QComboBox *m_arrowMove = nullptr;
    QSpinBox *m_width = nullptr;
    QVBoxLayout *m_left = nullptr;
    QWidget *m_swatches = nullptr; ///< The colour row, rebuilt with the shot's palette.
    QButtonGroup *m_layerGroup = nullptr;
    QCheckBox *m_visible[3] = {};
    QSlider *m_opacity[3] = {};
    QToolButton *m_onion = nullptr;
    QToolButton *m_guides = nullptr;
    QToolButton *m_firstFrame = nullptr;
    QLabel *m_status = nullptr;
    QString m_message;
};

} // namespace ShotBrief
