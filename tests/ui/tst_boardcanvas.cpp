// SPDX-License-Identifier: MIT
#include "tabwalk.h"

#include "ui/boardcanvas.h"
#include "ui/boardeditor.h"

#include "board/boardpainter.h"
#include "document/projectdocument.h"
#include "io/projectfile.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDragEnterEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QSlider>
#include <QTabletEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace ShotBrief;

class tst_BoardCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mouseStrokeIsOneUndoStep();
    void strokeFollowsTheBoardAspect();
    void tabletPressureIsRecorded();
    void eraserGoesToTheActiveLayer();
    void hiddenLayerRefusesStrokes();
    void arrowsAreDrawnAndEdited();
    void arrowUndoTextNamesTheMove_data();
    void arrowUndoTextNamesTheMove();
    void arrowMovesAreListedByName();
    void notesAreWrittenAndMoved();
    void pasteAndDropSetTheReference();
    void referenceNeedsASavedProject();
    void unreadableBoardCannotBeDrawnOn();
    void undoRedrawsTheCanvas();
    void strokeStaysWithItsShot();
    void editorUsesTheBoardAsFirstFrame();
    void opacityDragIsOneUndoStep();
    void editorIsReachableByKeyboard();

private:
    void stroke(const QList<QPointF> &boardPoints);
    QPoint widgetPoint(const QPointF &boardPoint) const;
    const Shot &shot(int row) const { return m_document->project().shots.at(row); }
    /// Answers the next QInputDialog with `text`.
    void answerNextInput(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    ProjectDocument *m_document = nullptr;
    BoardEditor *m_editor = nullptr;
    BoardCanvas *m_canvas = nullptr;
};

namespace {

Project project()
{
    Project p;
    for (int i = 0; i < 3; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i);
        shot.label = QString::number(i + 1);
        shot.size = QStringLiteral("1280x720");
        shot.framing = Framing::Medium;
        p.shots << shot;
    }
    return p;
}

QImage picture(const QColor &color, const QSize &size = {160, 90})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

} // namespace

void tst_BoardCanvas::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_document = new ProjectDocument;
    m_document->resetProject(project());
    m_editor = new BoardEditor(m_document);
    m_editor->resize(1100, 600);
    m_editor->setShotId(QStringLiteral("shot-0"));
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_canvas = m_editor->canvas();
}

void tst_BoardCanvas::cleanup()
{
    delete m_editor;
    delete m_document;
    m_editor = nullptr;
    m_document = nullptr;
}

QPoint tst_BoardCanvas::widgetPoint(const QPointF &boardPoint) const
{
    return m_canvas->boardTransform().map(boardPoint).toPoint();
}

void tst_BoardCanvas::stroke(const QList<QPointF> &boardPoints)
{
    QTest::mousePress(m_canvas, Qt::LeftButton, {}, widgetPoint(boardPoints.first()));
    for (const QPointF &p : boardPoints.mid(1)) {
        QMouseEvent move(QEvent::MouseMove, widgetPoint(p), m_canvas->mapToGlobal(widgetPoint(p)),
                         Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(m_canvas, &move);
    }
    QTest::mouseRelease(m_canvas, Qt::LeftButton, {}, widgetPoint(boardPoints.last()));
}

void tst_BoardCanvas::answerNextInput(const QString &text)
{
    QTimer::singleShot(0, this, [text] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QInputDialog *>(widget);
                dialog && dialog->isVisible()) {
                dialog->setTextValue(text);
                dialog->accept();
                return;
            }
        }
    });
}

void tst_BoardCanvas::mouseStrokeIsOneUndoStep()
{
    stroke({{200, 200}, {400, 260}, {600, 300}, {900, 500}});
    QCOMPARE(m_document->undoStack()->count(), 1);
    const Board &board = shot(0).board;
    QCOMPARE(board.strokeCount(), 1);
    QCOMPARE(board.sketch.strokes.size(), 1);
    const BoardStroke &s = board.sketch.strokes.first();
    QCOMPARE(s.tool, BoardTool::Pen);
    QCOMPARE(s.points.size(), 4);
    QCOMPARE(s.points.first().pressure, 1.0f);
    // What was recorded is where the pointer went, within a widget pixel.
    QVERIFY(std::abs(s.points.last().x - 900) < 2.5 && std::abs(s.points.last().y - 500) < 2.5);
    QVERIFY(m_document->undoStack()->undoText().contains(QLatin1String("1")));

    stroke({{100, 900}, {1500, 900}});
    QCOMPARE(m_document->undoStack()->count(), 2);
    QCOMPARE(shot(0).board.strokeCount(), 2);
    // The canvas shows the strokes: a pixel on the second one is dark.
    const QImage shown = m_canvas->grab().toImage();
    QVERIFY2(qGray(shown.pixel(widgetPoint({800, 900}))) < 100, "the stroke is painted");
}

void tst_BoardCanvas::strokeFollowsTheBoardAspect()
{
    Shot vertical = shot(1);
    vertical.size = QStringLiteral("720x1280");
    m_document->editShot(vertical.id, vertical, ShotField::Size);
    m_editor->setShotId(vertical.id);
    QCOMPARE(m_canvas->board().width, 1080);
    QCOMPARE(m_canvas->board().height, 1920);
    stroke({{100, 100}, {900, 1800}});
    QCOMPARE(shot(1).board.width, 1080);
    QCOMPARE(shot(1).board.height, 1920);
}

void tst_BoardCanvas::tabletPressureIsRecorded()
{
    const QPointingDevice stylus(
        QStringLiteral("test stylus"), 42, QInputDevice::DeviceType::Stylus,
        QPointingDevice::PointerType::Pen,
        QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 3);
    const auto send = [&](QEvent::Type type, const QPointF &boardPoint, qreal pressure) {
        const QPointF pos = widgetPoint(boardPoint);
        QTabletEvent event(type, &stylus, pos, m_canvas->mapToGlobal(pos), pressure, 0, 0, 0, 0, 0,
                           {}, Qt::LeftButton,
                           type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton);
        QApplication::sendEvent(m_canvas, &event);
        return event.isAccepted();
    };
    QVERIFY(send(QEvent::TabletPress, {300, 300}, 0.2));
    QVERIFY(send(QEvent::TabletMove, {500, 320}, 0.55));
    QVERIFY(send(QEvent::TabletMove, {700, 340}, 0.9));
    QVERIFY(send(QEvent::TabletRelease, {700, 340}, 0));
    QCOMPARE(m_document->undoStack()->count(), 1);
    const QList<BoardPoint> points = shot(0).board.sketch.strokes.first().points;
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.at(0).pressure, 0.2f);
    QCOMPARE(points.at(1).pressure, 0.55f);
    QCOMPARE(points.at(2).pressure, 0.9f);
}

void tst_BoardCanvas::eraserGoesToTheActiveLayer()
{
    m_canvas->setTargetLayer(BoardLayerKind::Ink);
    stroke({{200, 540}, {1700, 540}});
    QTest::keyClick(m_canvas, Qt::Key_E);
    QCOMPARE(m_canvas->tool(), BoardCanvas::Tool::Eraser);
    stroke({{960, 100}, {960, 1000}});
    const Board &board = shot(0).board;
    QCOMPARE(board.ink.strokes.size(), 2);
    QCOMPARE(board.ink.strokes.at(1).tool, BoardTool::Eraser);
    QVERIFY(board.sketch.strokes.isEmpty());
    const QImage shown = m_canvas->grab().toImage();
    QCOMPARE(qGray(shown.pixel(widgetPoint({960, 540}))), 255);
    QVERIFY(qGray(shown.pixel(widgetPoint({600, 540}))) < 100);
}

void tst_BoardCanvas::hiddenLayerRefusesStrokes()
{
    stroke({{200, 200}, {400, 400}});
    Board board = shot(0).board;
    board.sketch.visible = false;
    m_document->setBoard(shot(0).id, board, QStringLiteral("Hide"));
    QSignalSpy messages(m_canvas, &BoardCanvas::message);
    stroke({{500, 500}, {800, 800}});
    QCOMPARE(shot(0).board.strokeCount(), 1);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(QLatin1String("hidden")));
}

void tst_BoardCanvas::arrowsAreDrawnAndEdited()
{
    m_canvas->setArrowMove(CameraMoveArrow::Dolly);
    QTest::keyClick(m_canvas, Qt::Key_A);
    stroke({{300, 500}, {800, 500}, {1200, 520}});
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(shot(0).board.arrows.size(), 1);
    const BoardArrow arrow = shot(0).board.arrows.first();
    QCOMPARE(arrow.move, CameraMoveArrow::Dolly);
    QVERIFY(std::abs(arrow.to.x() - 1200) < 3);
    // A click is not an arrow.
    QTest::mouseClick(m_canvas, Qt::LeftButton, {}, widgetPoint({300, 900}));
    QCOMPARE(shot(0).board.arrows.size(), 1);

    // Dragging its head moves only the head, as one step.
    stroke({arrow.to, {1500, 300}});
    QCOMPARE(m_document->undoStack()->count(), 2);
    const BoardArrow moved = shot(0).board.arrows.first();
    QVERIFY(std::abs(moved.to.x() - 1500) < 3 && std::abs(moved.to.y() - 300) < 3);
    QCOMPARE(moved.from, arrow.from);

    // Selected, the arrow keys nudge it and Delete removes it.
    QCOMPARE(m_canvas->selectedArrow(), 0);
    QTest::keyClick(m_canvas, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(m_canvas, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_document->undoStack()->count(), 3);
    QCOMPARE(shot(0).board.arrows.first().from, moved.from + QPointF(20, 0));
    QTest::keyClick(m_canvas, Qt::Key_Delete);
    QVERIFY(shot(0).board.arrows.isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(shot(0).board.arrows.size(), 1);
}

void tst_BoardCanvas::arrowUndoTextNamesTheMove_data()
{
    QTest::addColumn<QString>("move"); // the file key
    QTest::addColumn<QString>("text");
    QTest::newRow("pan") << QStringLiteral("pan") << QStringLiteral("Add pan arrow");
    QTest::newRow("tilt") << QStringLiteral("tilt") << QStringLiteral("Add tilt arrow");
    QTest::newRow("dolly") << QStringLiteral("dolly") << QStringLiteral("Add dolly arrow");
    QTest::newRow("crane") << QStringLiteral("crane") << QStringLiteral("Add crane arrow");
}

void tst_BoardCanvas::arrowUndoTextNamesTheMove()
{
    // In words, as the other undo texts ("Add note"), not in the capitals the board prints.
    QFETCH(QString, move);
    QFETCH(QString, text);
    CameraMoveArrow arrowMove = CameraMoveArrow::Pan;
    QVERIFY(cameraMoveArrowFromKey(move, arrowMove));
    m_canvas->setArrowMove(arrowMove);
    m_canvas->setTool(BoardCanvas::Tool::Arrow);
    stroke({{300, 500}, {800, 500}});
    QCOMPARE(shot(0).board.arrows.size(), 1);
    QCOMPARE(shot(0).board.arrows.first().move, arrowMove);
    QCOMPARE(m_document->undoStack()->undoText(), text);
}

void tst_BoardCanvas::arrowMovesAreListedByName()
{
    // The interface names a move as a word ("Pan"); only the board letters it in capitals.
    QComboBox *moves = nullptr;
    for (QComboBox *box : m_editor->findChildren<QComboBox *>()) {
        if (box->accessibleName() == QLatin1String("Camera move of new arrows"))
            moves = box;
    }
    QVERIFY(moves);
    QStringList listed;
    for (int i = 0; i < moves->count(); ++i)
        listed << moves->itemText(i);
    QCOMPARE(listed, (QStringList{QStringLiteral("Pan"), QStringLiteral("Tilt"),
                                  QStringLiteral("Dolly"), QStringLiteral("Crane")}));
    QCOMPARE(BoardPainter::arrowLabel(CameraMoveArrow::Dolly), QStringLiteral("DOLLY"));
}

void tst_BoardCanvas::notesAreWrittenAndMoved()
{
    QTest::keyClick(m_canvas, Qt::Key_T);
    answerNextInput(QStringLiteral("雨が強くなる"));
    QTest::mouseClick(m_canvas, Qt::LeftButton, {}, widgetPoint({200, 150}));
    QCOMPARE(shot(0).board.notes.size(), 1);
    const BoardNote note = shot(0).board.notes.first();
    QCOMPARE(note.text, QStringLiteral("雨が強くなる"));
    QVERIFY(std::abs(note.at.x() - 200) < 3);

    QTest::keyClick(m_canvas, Qt::Key_V);
    stroke({note.at + QPointF(10, 10), note.at + QPointF(410, 210)});
    QVERIFY(std::abs(shot(0).board.notes.first().at.x() - (note.at.x() + 400)) < 3);
    QCOMPARE(m_document->undoStack()->count(), 2);

    // Double click edits; an empty text removes the note.
    answerNextInput(QString());
    QTest::mouseDClick(m_canvas, Qt::LeftButton, {},
                       widgetPoint(shot(0).board.notes.first().at + QPointF(10, 10)));
    QVERIFY(shot(0).board.notes.isEmpty());
}

void tst_BoardCanvas::pasteAndDropSetTheReference()
{
    QVERIFY(m_document->saveAs(m_dir->filePath(QStringLiteral("p.shotbrief"))));
    QApplication::clipboard()->setImage(picture(Qt::red));
    QTest::keyClick(m_canvas, Qt::Key_V, Qt::ControlModifier);
    const QString reference = shot(0).board.referenceImage;
    QVERIFY2(reference.startsWith(QLatin1String("boards/ref-")), qPrintable(reference));
    QVERIFY(ProjectFile::resolveMediaPath(m_document->filePath(), reference));
    QCOMPARE(m_document->undoStack()->count(), 1);
    // Dimmed under the drawing: the paper shows pink, not red.
    const QColor shown = m_canvas->grab().toImage().pixelColor(widgetPoint({960, 540}));
    QVERIFY2(shown.red() > 220 && shown.green() > 90 && shown.green() < 170,
             qPrintable(shown.name()));

    QMimeData mime;
    mime.setImageData(picture(Qt::blue));
    QDropEvent drop(QPointF(widgetPoint({500, 500})), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QSignalSpy messages(m_canvas, &BoardCanvas::message);
    QDragEnterEvent enter(QPoint(widgetPoint({500, 500})), Qt::CopyAction, &mime, Qt::LeftButton,
                          {});
    QApplication::sendEvent(m_canvas, &enter);
    QVERIFY(enter.isAccepted());
    QApplication::sendEvent(m_canvas, &drop);
    QVERIFY2(shot(0).board.referenceImage != reference,
             qPrintable(messages.isEmpty() ? QString() : messages.first().first().toString()));
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void tst_BoardCanvas::referenceNeedsASavedProject()
{
    QApplication::clipboard()->setImage(picture(Qt::red));
    QSignalSpy messages(m_canvas, &BoardCanvas::message);
    QTest::keyClick(m_canvas, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(QLatin1String("Save the project first")));
    QVERIFY(shot(0).board.referenceImage.isEmpty());
    QVERIFY(m_editor->statusText().contains(QLatin1String("Save the project first")));
}

void tst_BoardCanvas::unreadableBoardCannotBeDrawnOn()
{
    Project p = project();
    p.shots[0].board.file = QStringLiteral("boards/gone.sbboard");
    p.shots[0].board.loadProblem = QStringLiteral("boards/gone.sbboard: the board file does not "
                                                  "exist");
    m_document->resetProject(p);
    m_editor->setShotId(QString());
    m_editor->setShotId(QStringLiteral("shot-0"));
    QVERIFY(m_canvas->readOnlyReason().contains(QLatin1String("does not exist")));
    stroke({{100, 100}, {500, 500}});
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(shot(0).board.file, QStringLiteral("boards/gone.sbboard"));
}

void tst_BoardCanvas::undoRedrawsTheCanvas()
{
    stroke({{200, 540}, {1700, 540}});
    QVERIFY(qGray(m_canvas->grab().toImage().pixel(widgetPoint({960, 540}))) < 100);
    m_document->undoStack()->undo();
    QCOMPARE(m_canvas->board().strokeCount(), 0);
    QCOMPARE(qGray(m_canvas->grab().toImage().pixel(widgetPoint({960, 540}))), 255);
    m_document->undoStack()->redo();
    QVERIFY(qGray(m_canvas->grab().toImage().pixel(widgetPoint({960, 540}))) < 100);
}

void tst_BoardCanvas::strokeStaysWithItsShot()
{
    // The selection moves while the pen is down: the stroke still belongs to the first shot.
    QTest::mousePress(m_canvas, Qt::LeftButton, {}, widgetPoint({200, 200}));
    QMouseEvent move(QEvent::MouseMove, widgetPoint({600, 600}),
                     m_canvas->mapToGlobal(widgetPoint({600, 600})), Qt::NoButton, Qt::LeftButton,
                     {});
    QApplication::sendEvent(m_canvas, &move);
    m_editor->setShotId(QStringLiteral("shot-2"));
    QTest::mouseRelease(m_canvas, Qt::LeftButton, {}, widgetPoint({600, 600}));
    QCOMPARE(shot(0).board.strokeCount(), 1);
    QCOMPARE(shot(2).board.strokeCount(), 0);
}

void tst_BoardCanvas::editorUsesTheBoardAsFirstFrame()
{
    QVERIFY(m_document->saveAs(m_dir->filePath(QStringLiteral("p.shotbrief"))));
    QToolButton *firstFrame = nullptr;
    for (QToolButton *b : m_editor->findChildren<QToolButton *>()) {
        if (b->text() == QLatin1String("Use as First Frame"))
            firstFrame = b;
    }
    QVERIFY(firstFrame);
    QVERIFY2(!firstFrame->isEnabled(), "nothing drawn yet");
    stroke({{200, 540}, {1700, 540}});
    QVERIFY(firstFrame->isEnabled());
    firstFrame->click();
    QVERIFY2(shot(0).referenceImage.startsWith(QLatin1String("refs/board-")),
             qPrintable(shot(0).referenceImage));
    QVERIFY2(m_editor->statusText().contains(QLatin1String("1280x720")),
             qPrintable(m_editor->statusText()));
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void tst_BoardCanvas::opacityDragIsOneUndoStep()
{
    stroke({{200, 540}, {1700, 540}});
    QSlider *sketchOpacity = nullptr;
    for (QSlider *slider : m_editor->findChildren<QSlider *>()) {
        if (slider->accessibleName().contains(QLatin1String("Sketch")))
            sketchOpacity = slider;
    }
    QVERIFY(sketchOpacity);
    QCOMPARE(sketchOpacity->value(), 100);
    sketchOpacity->setSliderDown(true);
    Q_EMIT sketchOpacity->sliderPressed();
    for (int value : {90, 70, 50, 40})
        sketchOpacity->setValue(value);
    sketchOpacity->setSliderDown(false);
    QCOMPARE(m_document->undoStack()->count(), 2);
    QCOMPARE(shot(0).board.sketch.opacity, 0.4f);
    m_document->undoStack()->undo();
    QCOMPARE(shot(0).board.sketch.opacity, 1.0f);
    QCOMPARE(sketchOpacity->value(), 100);
}

void tst_BoardCanvas::editorIsReachableByKeyboard()
{
    QList<QWidget *> wanted;
    QList<QButtonGroup *> groups;
    for (QWidget *widget : m_editor->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !widget->isEnabled() || widget->focusPolicy() == Qt::NoFocus ||
            qobject_cast<QLabel *>(widget))
            continue;
        // An exclusive group (tools, layers) is one Tab stop; the arrow keys move inside it, as
        // with radio buttons (checked below).
        auto *grouped = qobject_cast<QAbstractButton *>(widget);
        if (grouped && grouped->group() && grouped->group()->exclusive()) {
            if (!groups.contains(grouped->group()))
                groups.append(grouped->group());
            continue;
        }
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractSlider *>(widget) ||
            widget == m_canvas) {
            wanted.append(widget);
            const auto *button = qobject_cast<QAbstractButton *>(widget);
            const QString name = widget->accessibleName().isEmpty() && button
                                     ? button->text()
                                     : widget->accessibleName();
            QVERIFY2(!name.isEmpty() || (button && !button->toolTip().isEmpty()),
                     qPrintable(widget->metaObject()->className()));
        }
    }
    QVERIFY(wanted.size() > 15);
    QCOMPARE(groups.size(), 2);
    for (QButtonGroup *group : std::as_const(groups))
        wanted.append(group->buttons().first());
    const QSet<QWidget *> reached = TestSupport::widgetsReachedByTab(m_canvas, wanted, 200);
    for (QWidget *widget : std::as_const(wanted))
        QVERIFY2(reached.contains(widget), qPrintable(widget->accessibleName() + QLatin1Char(' ') +
                                                      widget->metaObject()->className()));
    QAbstractButton *pen = nullptr;
    for (QAbstractButton *button : m_editor->findChildren<QAbstractButton *>()) {
        if (button->text() == QLatin1String("Pen"))
            pen = button;
    }
    QVERIFY(pen && pen->isChecked());
    pen->setFocus();
    QTest::keyClick(pen, Qt::Key_Right);
    QCOMPARE(qobject_cast<QAbstractButton *>(QApplication::focusWidget())->text(),
             QStringLiteral("Brush"));
}

QTEST_MAIN(tst_BoardCanvas)
#include "tst_boardcanvas.moc"
