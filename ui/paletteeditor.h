// SPDX-License-Identifier: MIT
#pragma once

#include "model/palette.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ShotBrief {

/// Edits 3-5 named colour anchors: a swatch (opens QColorDialog) and a name per colour.
class PaletteEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaletteEditor)

public:
    static constexpr int MaxColors = 5;

    explicit PaletteEditor(QWidget *parent = nullptr);

    Palette palette() const { return m_palette; }
    /// Shows `palette` without emitting paletteEdited.
    void setPalette(const Palette &palette);

    /// Shown while the palette is empty (e.g. what the style bible provides instead).
    void setPlaceholderText(const QString &text);

    /// The swatch button of colour `index`, for tests.
    QPushButton *swatchButton(int index) const;
    QPushButton *addButton() const { return m_addButton; }
    /// Why Add Colour is grey once the palette is full.
    static QString fullText();

Q_SIGNALS:
    /// The user changed the palette; `nameOnly` edits come keystroke by keystroke.
    void paletteEdited(const Palette &palette, bool typing);

private:
    void rebuild();
    void pickColor(int index);

    Palette m_palette;
    QVBoxLayout *m_rows = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_placeholder = nullptr;
    QList<QPushButton *> m_swatches;
};

} // namespace ShotBrief
