// SPDX-License-Identifier: MIT
#include "boardeditor.h"

#include "boardcanvas.h"

#include "board/boardpainter.h"
#include "document/projectdocument.h"
#include "io/projectfile.h"
#include "model/shotname.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFileDialog>
#include <QFocusEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace ShotBrief {

namespace {

QIcon swatchIcon(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(color);
    return QIcon(pixmap);
}

const BoardLayerKind LayerOrder[] = {BoardLayerKind::Ink, BoardLayerKind::Sketch,
                                     BoardLayerKind::Reference};

} // namespace

BoardEditor::BoardEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_canvas(new BoardCanvas(document, this))
{
    setObjectName(QStringLiteral("boardEditor"));
    m_canvas->setObjectName(QStringLiteral("boardCanvas"));

    // Tools, one row; the canvas takes the keys P, B, E, A, T, V too.
    auto *toolRow = new QHBoxLayout;
    toolRow->setSpacing(4);
    m_tools = new QButtonGroup(this);
    m_tools->setExclusive(true);
    toolRow->addWidget(toolButton(tr("Pen"), tr("Pen: a line that follows the pressure (P)"),
                                  int(BoardCanvas::Tool::Pen)));
    toolRow->addWidget(toolButton(tr("Brush"), tr("Brush: a wide translucent stroke (B)"),
                                  int(BoardCanvas::Tool::Brush)));
    toolRow->addWidget(toolButton(tr("Eraser"), tr("Eraser: clears the active layer (E)"),
                                  int(BoardCanvas::Tool::Eraser)));
    toolRow->addWidget(toolButton(tr("Arrow"),
                                  tr("Camera move arrow: drag on the frame; drag its ends to edit "
                                     "it (A)"),
                                  int(BoardCanvas::Tool::Arrow)));
    m_arrowMove = new QComboBox(this);
    m_arrowMove->setAccessibleName(tr("Camera move of new arrows"));
    for (CameraMoveArrow move : {CameraMoveArrow::Pan, CameraMoveArrow::Tilt,
                                 CameraMoveArrow::Dolly, CameraMoveArrow::Crane})
        m_arrowMove->addItem(BoardPainter::arrowMoveName(move), int(move));
    connect(m_arrowMove, &QComboBox::currentIndexChanged, this, [this] {
        m_canvas->setArrowMove(CameraMoveArrow(m_arrowMove->currentData().toInt()));
        m_canvas->setTool(BoardCanvas::Tool::Arrow);
    });
    toolRow->addWidget(m_arrowMove);
    toolRow->addWidget(toolButton(tr("Note"), tr("Text note: click on the frame (T)"),
                                  int(BoardCanvas::Tool::Note)));
    toolRow->addWidget(toolButton(tr("Move"),
                                  tr("Select and move arrows and notes; Delete removes, arrow "
                                     "keys nudge (V)"),
                                  int(BoardCanvas::Tool::Move)));
    m_tools->button(int(BoardCanvas::Tool::Pen))->setChecked(true);
    connect(m_tools, &QButtonGroup::idClicked, this,
            [this](int id) { m_canvas->setTool(BoardCanvas::Tool(id)); });
    connect(m_canvas, &BoardCanvas::toolChanged, this, [this](BoardCanvas::Tool tool) {
        if (QAbstractButton *button = m_tools->button(int(tool)))
            button->setChecked(true);
        m_width->blockSignals(true);
        m_width->setValue(int(std::lround(m_canvas->penWidth())));
        m_width->blockSignals(false);
    });
    toolRow->addSpacing(8);
    auto *widthLabel = new QLabel(tr("&Width:"), this);
    m_width = new QSpinBox(this);
    m_width->setRange(1, 200);
    m_width->setSuffix(tr(" px"));
    m_width->setValue(int(m_canvas->penWidth()));
    m_width->setToolTip(tr("Line width at full pressure, in board pixels ([ and ])"));
    widthLabel->setBuddy(m_width);
    connect(m_width, &QSpinBox::valueChanged, this,
            [this](int value) { m_canvas->setPenWidth(value); });
    toolRow->addWidget(widthLabel);
    toolRow->addWidget(m_width);
    toolRow->addStretch(1);

    auto *left = new QVBoxLayout;
    m_left = left;
    left->setContentsMargins(0, 0, 0, 0);
    left->addLayout(toolRow);
    left->addWidget(m_canvas, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("boardStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_status);

    // Layers: top to bottom as they are stacked.
    auto *layers = new QGroupBox(tr("Layers"), this);
    auto *grid = new QGridLayout(layers);
    m_layerGroup = new QButtonGroup(this);
    const QString names[] = {tr("Ink"), tr("Sketch"), tr("Reference")};
    for (int row = 0; row < 3; ++row) {
        const BoardLayerKind kind = LayerOrder[row];
        const int k = int(kind);
        QWidget *label = nullptr;
        if (kind != BoardLayerKind::Reference) {
            auto *radio = new QToolButton(layers);
            radio->setText(names[row]);
            radio->setCheckable(true);
            radio->setAutoRaise(true);
            radio->setFocusPolicy(Qt::StrongFocus);
            radio->setToolTip(tr("Draw on the %1 layer").arg(names[row]));
            radio->setAccessibleName(tr("Draw on the %1 layer").arg(names[row]));
            m_layerGroup->addButton(radio, k);
            label = radio;
        } else {
            label = new QLabel(names[row], layers);
        }
        m_visible[k] = new QCheckBox(layers);
        m_visible[k]->setAccessibleName(tr("Show the %1 layer").arg(names[row]));
        m_visible[k]->setToolTip(tr("Show the %1 layer").arg(names[row]));
        m_opacity[k] = new QSlider(Qt::Horizontal, layers);
        m_opacity[k]->setRange(0, 100);
        m_opacity[k]->setAccessibleName(tr("Opacity of the %1 layer").arg(names[row]));
        m_opacity[k]->setToolTip(tr("Opacity of the %1 layer").arg(names[row]));
        grid->addWidget(label, row, 0);
        grid->addWidget(m_visible[k], row, 1);
        grid->addWidget(m_opacity[k], row, 2);
        connect(m_visible[k], &QCheckBox::clicked, this, [this, kind, name = names[row]](bool on) {
            if (!m_canvas->readOnlyReason().isEmpty() || m_shotId.isEmpty())
                return;
            Board board = m_canvas->editableBoard();
            board.layer(kind).visible = on;
            m_document->setBoard(m_shotId, board,
                                 on ? tr("Show %1 layer").arg(name)
                                    : tr("Hide %1 layer").arg(name));
        });
        // One drag of the slider is one undo step.
        auto gesture = std::make_shared<int>(0);
        connect(m_opacity[k], &QSlider::sliderPressed, this, [gesture] { ++*gesture; });
        connect(m_opacity[k], &QSlider::valueChanged, this,
                [this, kind, gesture, name = names[row]](int value) {
                    const Shot *shot = m_document->project().shotById(m_shotId);
                    if (!shot || !shot->board.isEditable() || !shot->board.hasContent())
                        return;
                    Board board = shot->board;
                    board.layer(kind).opacity = float(value / 100.0);
                    m_document->setBoard(
                        m_shotId, board, tr("%1 layer opacity").arg(name),
                        QStringLiteral("opacity-%1-%2").arg(int(kind)).arg(*gesture));
                });
    }
    m_layerGroup->button(int(BoardLayerKind::Sketch))->setChecked(true);
    connect(m_layerGroup, &QButtonGroup::idClicked, this,
            [this](int id) { m_canvas->setTargetLayer(BoardLayerKind(id)); });
    grid->setColumnStretch(2, 1);

    auto *referenceRow = new QGridLayout;
    const auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setFocusPolicy(Qt::StrongFocus);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return b;
    };
    QToolButton *import = button(tr("Import..."), tr("Choose a picture as the reference layer"));
    connect(import, &QToolButton::clicked, this, &BoardEditor::importReference);
    QToolButton *paste =
        button(tr("Paste"), tr("The picture on the clipboard as the reference layer (Ctrl+V)"));
    connect(paste, &QToolButton::clicked, m_canvas, &BoardCanvas::pasteFromClipboard);
    QToolButton *fromTake =
        button(tr("From Take"), tr("A frame of one of the shot's takes as the reference layer"));
    fromTake->setPopupMode(QToolButton::InstantPopup);
    auto *takeMenu = new QMenu(fromTake);
    connect(takeMenu, &QMenu::aboutToShow, this, [this, takeMenu] {
        takeMenu->clear();
        const Shot *shot = m_document->project().shotById(m_shotId);
        if (shot) {
            for (const Take &take : shot->takes) {
                if (take.status != TakeStatus::Ready || take.thumbnailPath.isEmpty())
                    continue;
                const QString title = takeTitle(*shot, take.id);
                takeMenu->addAction(take.id == shot->circledTakeId ? tr("%1 (circled)").arg(title)
                                                                   : title,
                                    this, [this, id = take.id] { referenceFromTake(id); });
            }
        }
        if (takeMenu->isEmpty())
            takeMenu->addAction(tr("No ready take with a picture"))->setEnabled(false);
    });
    fromTake->setMenu(takeMenu);
    QToolButton *removeReference = button(tr("Remove"), tr("Take the reference picture away"));
    connect(removeReference, &QToolButton::clicked, this, [this] {
        const Shot *shot = m_document->project().shotById(m_shotId);
        if (!shot || !shot->board.isEditable() || shot->board.referenceImage.isEmpty())
            return;
        Board board = shot->board;
        board.referenceImage.clear();
        m_document->setBoard(m_shotId, board, tr("Remove reference picture"));
    });
    referenceRow->addWidget(import, 0, 0);
    referenceRow->addWidget(paste, 0, 1);
    referenceRow->addWidget(fromTake, 1, 0);
    referenceRow->addWidget(removeReference, 1, 1);
    grid->addLayout(referenceRow, 3, 0, 1, 3);

    auto *view = new QGroupBox(tr("View"), this);
    auto *viewLayout = new QVBoxLayout(view);
    m_onion = button(tr("Onion Skin"), tr("Show the previous board in red and the next in green"));
    m_onion->setCheckable(true);
    connect(m_onion, &QToolButton::toggled, m_canvas, &BoardCanvas::setOnionSkin);
    m_guides = button(tr("Guides"), tr("Thirds, safe areas, a figure at the shot's framing"));
    m_guides->setPopupMode(QToolButton::InstantPopup);
    auto *guideMenu = new QMenu(m_guides);
    const std::pair<BoardCanvas::Guide, QString> guideItems[] = {
        {BoardCanvas::Thirds, tr("Rule of Thirds")},
        {BoardCanvas::SafeAreas, tr("Action and Title Safe")},
        {BoardCanvas::Figure, tr("Figure at the Shot's Framing")}};
    for (const auto &[flag, text] : guideItems) {
        QAction *action = guideMenu->addAction(text);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, flag = flag](bool on) {
            BoardCanvas::Guides guides = m_canvas->guides();
            guides.setFlag(flag, on);
            m_canvas->setGuides(guides);
        });
    }
    m_guides->setMenu(guideMenu);
    viewLayout->addWidget(m_onion);
    viewLayout->addWidget(m_guides);

    m_firstFrame = button(tr("Use as First Frame"),
                          tr("Draw the board at the shot's size, without arrows and notes, and "
                             "send it to the provider as the first frame"));
    connect(m_firstFrame, &QToolButton::clicked, this, &BoardEditor::useAsFirstFrame);

    auto *right = new QVBoxLayout;
    right->addWidget(layers);
    right->addWidget(view);
    right->addWidget(m_firstFrame);
    right->addStretch(1);
    auto *rightPanel = new QWidget(this);
    rightPanel->setLayout(right);
    rightPanel->setMaximumWidth(280);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(left, 1);
    layout->addWidget(rightPanel);

    connect(m_canvas, &BoardCanvas::message, this, &BoardEditor::showMessage);
    connect(m_canvas, &BoardCanvas::boardShown, this, [this] {
        refreshLayers();
        refreshStatus();
    });
    connect(document, &ProjectDocument::shotChanged, this, [this](int, const QString &id) {
        if (id == m_shotId)
            rebuildSwatches();
    });
    connect(document, &ProjectDocument::styleBibleChanged, this, &BoardEditor::rebuildSwatches);
    connect(document, &ProjectDocument::projectReset, this, &BoardEditor::rebuildSwatches);
    connect(document, &ProjectDocument::readOnlyChanged, this, &BoardEditor::refreshLayers);

    // Focus follows the layout: tools, colours, canvas, layers, view, first frame
    // (updateTabOrder); the editor itself passes focus on to the canvas (focusInEvent).
    rebuildSwatches();
    refreshLayers();
    refreshStatus();
}

void BoardEditor::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    m_canvas->setFocus(event->reason());
}

QToolButton *BoardEditor::toolButton(const QString &text, const QString &tip, int tool)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    m_tools->addButton(button, tool);
    return button;
}

void BoardEditor::setShotId(const QString &shotId)
{
    if (shotId == m_shotId)
        return;
    m_shotId = shotId;
    m_message.clear();
    m_canvas->setShotId(shotId);
    rebuildSwatches();
    refreshLayers();
    refreshStatus();
}

void BoardEditor::rebuildSwatches()
{
    QList<std::pair<QColor, QString>> colors{{QColor(0x20, 0x20, 0x20), tr("Black")},
                                             {QColor(0x80, 0x80, 0x80), tr("Grey")},
                                             {QColor(0xd3, 0x2f, 0x2f), tr("Red")},
                                             {QColor(0x15, 0x65, 0xc0), tr("Blue")},
                                             {QColor(0x2e, 0x7d, 0x32), tr("Green")}};
    const int inks = int(colors.size());
    const Project &project = m_document->project();
    const Shot *shot = project.shotById(m_shotId);
    const Palette palette =
        shot && !shot->palette.isEmpty() ? shot->palette : project.style.palette;
    for (const PaletteColor &color : palette) {
        const QColor c(normalizedHexColor(color.hex));
        if (c.isValid())
            colors.append({c, color.name.isEmpty() ? c.name() : color.name});
    }
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(3);
    row->addWidget(new QLabel(tr("Colour:"), box));
    for (int i = 0; i < colors.size(); ++i) {
        const auto &[color, name] = colors.at(i);
        if (i == inks) {
            auto *separator = new QFrame(box);
            separator->setFrameShape(QFrame::VLine);
            row->addWidget(separator);
        }
        auto *swatch = new QToolButton(box);
        swatch->setIcon(swatchIcon(color));
        swatch->setToolTip(i >= inks ? tr("%1 (the shot's palette)").arg(name) : name);
        swatch->setAccessibleName(tr("Colour %1").arg(name));
        swatch->setAutoRaise(true);
        swatch->setFocusPolicy(Qt::StrongFocus);
        connect(swatch, &QToolButton::clicked, this, [this, color = color] {
            m_canvas->setColor(color);
            if (m_canvas->tool() == BoardCanvas::Tool::Eraser ||
                m_canvas->tool() == BoardCanvas::Tool::Move)
                m_canvas->setTool(BoardCanvas::Tool::Pen);
        });
        row->addWidget(swatch);
    }
    auto *more = new QToolButton(box);
    more->setText(tr("More..."));
    more->setToolTip(tr("Choose any colour"));
    more->setFocusPolicy(Qt::StrongFocus);
    connect(more, &QToolButton::clicked, this, [this] {
        const QColor color = QColorDialog::getColor(m_canvas->color(), this, tr("Board Colour"));
        if (color.isValid())
            m_canvas->setColor(color);
    });
    row->addWidget(more);
    row->addStretch(1);
    if (m_swatches) {
        delete m_left->replaceWidget(m_swatches, box);
        delete m_swatches;
    } else {
        m_left->insertWidget(1, box);
    }
    m_swatches = box;
    updateTabOrder();
}

void BoardEditor::updateTabOrder()
{
    // Tab follows the layout, row by row: tools, colours, canvas, layers, view, first frame.
    QList<QWidget *> order;
    const std::function<void(QLayout *)> collect = [&](QLayout *layout) {
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem *item = layout->itemAt(i);
            if (QWidget *widget = item->widget()) {
                if (widget->focusPolicy() != Qt::NoFocus)
                    order.append(widget);
                else if (widget->layout())
                    collect(widget->layout());
            } else if (item->layout()) {
                collect(item->layout());
            }
        }
    };
    collect(layout());
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void BoardEditor::refreshLayers()
{
    const Board &board = m_canvas->board();
    const bool editable = m_canvas->readOnlyReason().isEmpty() && !m_shotId.isEmpty();
    for (BoardLayerKind kind : LayerOrder) {
        const int k = int(kind);
        const BoardLayer &layer = board.layer(kind);
        m_visible[k]->setChecked(layer.visible);
        m_visible[k]->setEnabled(editable);
        if (!m_opacity[k]->isSliderDown()) {
            m_opacity[k]->blockSignals(true);
            m_opacity[k]->setValue(int(std::lround(layer.opacity * 100)));
            m_opacity[k]->blockSignals(false);
        }
        m_opacity[k]->setEnabled(editable && board.hasContent());
    }
    m_firstFrame->setEnabled(editable && board.hasContent());
}

void BoardEditor::refreshStatus()
{
    const Project &project = m_document->project();
    const Shot *shot = project.shotById(m_shotId);
    QStringList parts;
    if (shot) {
        const Board &board = m_canvas->board();
        parts << tr("Board of %1: %2×%3")
                     .arg(shotTitle(project, m_shotId))
                     .arg(board.width)
                     .arg(board.height);
        parts << tr("%n stroke(s)", nullptr, board.strokeCount());
        if (!board.arrows.isEmpty())
            parts << tr("%n arrow(s)", nullptr, int(board.arrows.size()));
        if (!board.notes.isEmpty())
            parts << tr("%n note(s)", nullptr, int(board.notes.size()));
        const QStringList wh = project.effectiveSize(*shot).split(QLatin1Char('x'));
        const double shotAspect =
            wh.value(1).toDouble() > 0 ? wh.value(0).toDouble() / wh.value(1).toDouble() : 0;
        const double boardAspect = board.height > 0 ? double(board.width) / board.height : 0;
        if (board.hasContent() && shotAspect > 0 && std::abs(shotAspect - boardAspect) > 0.02)
            parts << tr("⚠ drawn for another aspect ratio than the shot's %1: pictures of it are "
                        "letterboxed")
                         .arg(project.effectiveSize(*shot));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (!m_message.isEmpty())
        text += QStringLiteral("\n") + m_message;
    m_status->setText(text);
}

QString BoardEditor::statusText() const
{
    return m_status->text();
}

void BoardEditor::showMessage(const QString &text)
{
    m_message = text;
    refreshStatus();
}

void BoardEditor::useAsFirstFrame()
{
    const Shot *shot = m_document->project().shotById(m_shotId);
    if (!shot)
        return;
    const Result<void> used = m_document->useBoardAsFirstFrame(m_shotId);
    if (!used) {
        showMessage(used.error().message);
        return;
    }
    showMessage(tr("The board is now the first frame of %1, at the clip's size %2.")
                    .arg(shotTitle(m_document->project(), m_shotId),
                         m_document->project().effectiveSize(*shot)));
}

void BoardEditor::importReference()
{
    if (m_document->filePath().isEmpty()) {
        showMessage(tr("Save the project first: pictures on a board are kept in its media "
                       "folder."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Reference Picture"), {}, tr("Images (*.png *.jpg *.jpeg *.webp *.bmp)"));
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        showMessage(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), reader.errorString()));
        return;
    }
    const Result<void> set = m_canvas->setReferencePicture(image);
    showMessage(set ? QString() : set.error().message);
}

void BoardEditor::referenceFromTake(const QString &takeId)
{
    const Shot *shot = m_document->project().shotById(m_shotId);
    if (!shot)
        return;
    // The take asked for, else the circled one, else the newest ready one: its frame is the
    // take's thumbnail.
    QList<const Take *> candidates;
    if (const Take *chosen = shot->takeById(takeId))
        candidates.append(chosen);
    else if (const Take *circled = shot->circledTake())
        candidates.append(circled);
    for (auto it = shot->takes.crbegin(); it != shot->takes.crend(); ++it) {
        if (it->status == TakeStatus::Ready)
            candidates.append(&*it);
    }
    for (const Take *take : std::as_const(candidates)) {
        if (take->thumbnailPath.isEmpty() || m_document->filePath().isEmpty())
            continue;
        const Result<QString> path =
            ProjectFile::resolveMediaPath(m_document->filePath(), take->thumbnailPath);
        if (!path)
            continue;
        QImageReader reader(*path);
        const QImage image = reader.read();
        if (image.isNull())
            continue;
        const Result<void> set = m_canvas->setReferencePicture(image);
        showMessage(set ? QString() : set.error().message);
        return;
    }
    showMessage(tr("%1 has no ready take with a picture yet.")
                    .arg(shotTitle(m_document->project(), m_shotId)));
}

} // namespace ShotBrief
