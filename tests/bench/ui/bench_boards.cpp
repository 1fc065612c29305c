// SPDX-License-Identifier: MIT
// Boards: how long a pen event takes to show on the canvas (a 1920x1080 board that already
// holds 300 strokes), and how long the board grid takes to paint with 500 shots.
#include "ui/boardcanvas.h"
#include "ui/boardgridview.h"

#include "document/projectdocument.h"
#include "document/shotlistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QScrollBar>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace ShotBrief;

namespace {

Board busyBoard(int strokes)
{
    Board board;
    board.width = 1920;
    board.height = 1080;
    for (int s = 0; s < strokes; ++s) {
        BoardStroke stroke;
        stroke.tool = s % 5 == 4 ? BoardTool::Brush : BoardTool::Pen;
        stroke.width = 4 + s % 9;
        for (int p = 0; p < 60; ++p)
            stroke.points.append(BoardPoint::at(100 + (s * 37 + p * 23) % 1700,
                                                80 + (s * 53 + p * 11) % 900,
                                                0.3 + 0.7 * ((p % 10) / 10.0)));
        (s % 2 ? board.ink : board.sketch).strokes.append(stroke);
    }
    return board;
}

Project fiveHundredShots()
{
    Project project;
    project.scenes = {{QStringLiteral("a"), QStringLiteral("EXT. MARKET"), {}, {}},
                      {QStringLiteral("b"), QStringLiteral("INT. STALL"), {}, {}}};
    for (int i = 0; i < 500; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i);
        shot.label = QString::number(i + 1);
        shot.sceneId = (i / 7) % 2 ? QStringLiteral("b") : QStringLiteral("a");
        shot.durationSeconds = 4 + 4 * (i % 3);
        shot.framing = Framing::Medium;
        shot.movement = Movement::DollyIn;
        shot.actionBeats = {QStringLiteral("walks quickly"), QStringLiteral("stops")};
        shot.dialogue = {{QStringLiteral("Mei"), QStringLiteral("Still open?")}};
        shot.palette = {{QStringLiteral("teal"), QStringLiteral("#1f7a7a")},
                        {QStringLiteral("amber"), QStringLiteral("#e8a33d")}};
        if (i % 2 == 0)
            shot.board = busyBoard(20);
        project.shots.append(shot);
    }
    return project;
}

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype at =
        std::min<qsizetype>(samples.size() - 1, qsizetype(std::ceil(p * samples.size())) - 1);
    return samples.value(std::max<qsizetype>(0, at));
}

double strokeP99()
{
    ProjectDocument document;
    Project project;
    Shot shot;
    shot.id = QStringLiteral("s");
    shot.size = QStringLiteral("1920x1080");
    shot.board = busyBoard(300);
    project.shots = {shot};
    document.resetProject(project);
    BoardCanvas canvas(&document);
    canvas.resize(1600, 900);
    canvas.setShotId(QStringLiteral("s"));
    canvas.show();
    QCoreApplication::processEvents();
    const QTransform t = canvas.boardTransform();
    QList<double> samples;
    QElapsedTimer timer;
    for (int stroke = 0; stroke < 10; ++stroke) {
        const QPointF start(200 + stroke * 100, 200);
        QMouseEvent press(QEvent::MouseButtonPress, t.map(start), t.map(start), Qt::LeftButton,
                          Qt::LeftButton, {});
        QApplication::sendEvent(&canvas, &press);
        QPointF at = start;
        for (int i = 0; i < 100; ++i) {
            at += QPointF(9, 5 + (i % 7));
            const QPointF pos = t.map(at);
            QMouseEvent move(QEvent::MouseMove, pos, canvas.mapToGlobal(pos), Qt::NoButton,
                             Qt::LeftButton, {});
            // From the event to the stroke painted: the event, then a paint of the whole
            // canvas (an upper bound: the canvas itself only asks for the new segment's
            // rectangle). processEvents() alone would not paint: a window's update request
            // waits for the platform's next frame.
            timer.start();
            QApplication::sendEvent(&canvas, &move);
            canvas.repaint();
            samples.append(timer.nsecsElapsed() / 1e6);
        }
        QMouseEvent release(QEvent::MouseButtonRelease, t.map(at), t.map(at), Qt::LeftButton,
                            Qt::NoButton, {});
        QApplication::sendEvent(&canvas, &release);
        QCoreApplication::processEvents();
    }
    return percentile(samples, 0.99);
}

double gridPaint()
{
    ProjectDocument document;
    document.resetProject(fiveHundredShots());
    QItemSelectionModel selection(document.shotListModel());
    BoardGridView view(&document, &selection);
    view.resize(1600, 900);
    view.show();
    QCoreApplication::processEvents();
    view.refreshPicturesNow();
    // Warm the picture cache once over the whole grid, as scrolling through it does.
    QScrollBar *bar = view.verticalScrollBar();
    for (int f = 0; f <= 20; ++f) {
        bar->setValue(bar->maximum() * f / 20);
        QCoreApplication::processEvents();
    }
    QElapsedTimer wait;
    wait.start();
    while (view.picturesPending() > 0 && wait.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    qint64 total = 0;
    const int frames = 120;
    for (int f = 0; f < frames; ++f) {
        bar->setValue(int(qint64(bar->maximum()) * f / (frames - 1)));
        timer.start();
        view.viewport()->render(&image);
        total += timer.nsecsElapsed();
    }
    return total / 1e6 / frames;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const double stroke = strokeP99();
    std::printf("BENCH board_stroke_ms %.3f ms\n", stroke);
    const double grid = gridPaint();
    std::printf("BENCH board_grid_paint_500_ms %.3f ms\n", grid);
    if (stroke > 8.0)
        std::fprintf(stderr, "bench_boards: stroke p99 %.3f ms is over the 8 ms budget\n", stroke);
    if (grid > 16.0)
        std::fprintf(stderr, "bench_boards: grid paint %.3f ms is over the 16 ms budget\n", grid);
    return 0;
}
