// SPDX-License-Identifier: MIT
#include "paletteeditor.h"

#include <QColorDialog>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusTipEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace ShotBrief {

namespace {
QString swatchStyle(const QString &hex)
{
    const QColor color(hex);
    if (!color.isValid())
        return QStringLiteral(
            "QPushButton { border: 1px dashed palette(mid); border-radius: 3px; }");
    return QStringLiteral("QPushButton { background: %1; border: 1px solid palette(shadow); "
                          "border-radius: 3px; }")
        .arg(color.name());
}
} // namespace

PaletteEditor::PaletteEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    m_placeholder = new QLabel(this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_placeholder->hide();
    layout->addWidget(m_placeholder);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(3);
    layout->addLayout(m_rows);
    m_addButton = new QPushButton(tr("Add Colour"), this);
    m_addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (m_palette.size() >= MaxColors)
            return;
        m_palette.append({tr("grey"), QStringLiteral("#808080")});
        rebuild();
        Q_EMIT paletteEdited(m_palette, false);
        if (m_palette.size() >= MaxColors) {
            // The button greys out under the pointer: say why where the window says things.
            QStatusTipEvent tip(fullText());
            QCoreApplication::sendEvent(this, &tip);
        }
    });
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addButton);
    addRow->addStretch();
    layout->addLayout(addRow);
    rebuild();
}

void PaletteEditor::setPalette(const Palette &palette)
{
    if (palette == m_palette)
        return;
    const bool sameShape = palette.size() == m_palette.size();
    m_palette = palette;
    if (!sameShape) {
        rebuild();
        return;
    }
    // Same number of rows: update in place so that a name being typed keeps its cursor.
    for (int i = 0; i < m_palette.size(); ++i) {
        m_swatches.at(i)->setStyleSheet(swatchStyle(m_palette.at(i).hex));
        m_swatches.at(i)->setAccessibleDescription(m_palette.at(i).hex);
        auto *name = m_rows->itemAt(i)->layout()->itemAt(1)->widget();
        if (auto *edit = qobject_cast<QLineEdit *>(name);
            edit && edit->text() != m_palette.at(i).name)
            edit->setText(m_palette.at(i).name);
    }
}

void PaletteEditor::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
    m_placeholder->setVisible(m_palette.isEmpty() && !text.isEmpty());
}

QPushButton *PaletteEditor::swatchButton(int index) const
{
    return m_swatches.value(index);
}

void PaletteEditor::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item;
    }
    m_swatches.clear();
    for (int i = 0; i < m_palette.size(); ++i) {
        auto *row = new QHBoxLayout;
        auto *swatch = new QPushButton(this);
        swatch->setFixedSize(28, 22);
        swatch->setToolTip(tr("Choose the colour"));
        swatch->setAccessibleName(tr("Colour %1: choose its shade").arg(i + 1));
        swatch->setAccessibleDescription(m_palette.at(i).hex);
        swatch->setStyleSheet(swatchStyle(m_palette.at(i).hex));
        connect(swatch, &QPushButton::clicked, this, [this, i] { pickColor(i); });
        auto *name = new QLineEdit(m_palette.at(i).name, this);
        name->setPlaceholderText(tr("colour name the model understands"));
        name->setAccessibleName(tr("Colour %1 name").arg(i + 1));
        connect(name, &QLineEdit::textEdited, this, [this, i](const QString &text) {
            if (i >= m_palette.size())
                return;
            m_palette[i].name = text;
            Q_EMIT paletteEdited(m_palette, true);
        });
        auto *remove = new QToolButton(this);
        remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
        remove->setText(QStringLiteral("−"));
        remove->setToolTip(tr("Remove this colour"));
        remove->setAccessibleName(tr("Remove colour %1").arg(i + 1));
        remove->setAutoRaise(true);
        connect(remove, &QToolButton::clicked, this, [this, i] {
            if (i >= m_palette.size())
                return;
            m_palette.removeAt(i);
            rebuild();
            Q_EMIT paletteEdited(m_palette, false);
        });
        row->addWidget(swatch);
        row->addWidget(name, 1);
        row->addWidget(remove);
        m_rows->addLayout(row);
        m_swatches.append(swatch);
    }
    const bool full = m_palette.size() >= MaxColors;
    m_addButton->setEnabled(!full);
    // A disabled button still shows its tooltip and status tip: it says why it is grey.
    m_addButton->setToolTip(full ? fullText()
                                 : tr("Add a colour anchor (up to %1)").arg(MaxColors));
    m_addButton->setStatusTip(full ? fullText() : QString());
    m_placeholder->setVisible(m_palette.isEmpty() && !m_placeholder->text().isEmpty());
}

QString PaletteEditor::fullText()
{
    return tr("A palette holds at most %1 colours: remove one to add another.").arg(MaxColors);
}

void PaletteEditor::pickColor(int index)
{
    if (index >= m_palette.size())
        return;
    const QColor initial(m_palette.at(index).hex);
    const QColor chosen =
        QColorDialog::getColor(initial.isValid() ? initial : Qt::gray, this,
                               tr("Colour of \"%1\"").arg(m_palette.at(index).name));
    if (!chosen.isValid())
        return;
    m_palette[index].hex = chosen.name(QColor::HexRgb).toLower();
    m_swatches.at(index)->setStyleSheet(swatchStyle(m_palette.at(index).hex));
    m_swatches.at(index)->setAccessibleDescription(m_palette.at(index).hex);
    Q_EMIT paletteEdited(m_palette, false);
}

} // namespace ShotBrief
