// SPDX-License-Identifier: MIT
// Timeline painting with 500 shots: a full repaint of the visible area rendered offscreen into
// a QImage, at positions swept across the whole sequence and at several zoom levels.
#include "ui/timelineview.h"
#include "ui/timelinewidget.h"

#include "document/projectdocument.h"
#include "document/shotlistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QItemSelectionModel>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>

using namespace ShotBrief;

namespace {
Project fiveHundredShots()
{
    Project project;
    project.title = QStringLiteral("Bench");
    project.scenes = {{QStringLiteral("a"), QStringLiteral("EXT. MARKET"), {}, {}},
                      {QStringLiteral("b"), QStringLiteral("INT. STALL"), {}, {}}};
    const QStringList hexes{QStringLiteral("#1f7a7a"), QStringLiteral("#e8a33d"),
                            QStringLiteral("#a4462a"), QStringLiteral("#14171a"),
                            QStringLiteral("#6b8e23")};
    const int durations[] = {4, 8, 12};
    for (int i = 0; i < 500; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i);
        shot.label = QString::number(i + 1);
        shot.sceneId = (i / 7) % 2 ? QStringLiteral("b") : QStringLiteral("a");
        shot.durationSeconds = durations[i % 3];
        shot.sceneProse = QStringLiteral("A beautiful street in the rain, shot %1").arg(i);
        shot.actionBeats = {QStringLiteral("walks quickly"), QStringLiteral("stops")};
        for (int c = 0; c < 3 + i % 3; ++c)
            shot.palette.append({QStringLiteral("c%1").arg(c), hexes.at((i + c) % hexes.size())});
        project.shots.append(shot);
    }
    return project;
}

double sweep(TimelineView &view, int frames)
{
    TimelineWidget *timeline = view.timeline();
    QScrollBar *bar = view.horizontalScrollBar();
    const QSize viewport = view.viewport()->size();
    QImage image(viewport, QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    qint64 total = 0;
    for (int f = 0; f < frames; ++f) {
        bar->setValue(int(qint64(bar->maximum()) * f / std::max(1, frames - 1)));
        const QRect visible(QPoint(bar->value(), 0), viewport);
        timer.start();
        timeline->render(&image, QPoint(), QRegion(visible));
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
    ProjectDocument document;
    document.resetProject(fiveHundredShots());
    QItemSelectionModel selection(document.shotListModel());
    TimelineView view(&document, &selection);
    view.resize(1600, 260);
    view.show();
    QCoreApplication::processEvents();
    view.timeline()->setPixelsPerSecond(18);

    sweep(view, 60); // warm the picture and lint caches once, as scrolling does
    const double paintMs = sweep(view, 120);
    std::printf("BENCH timeline_paint_500_ms %.3f ms\n", paintMs);

    // Zoom: each step re-lays out 500 clips and repaints.
    QElapsedTimer timer;
    timer.start();
    const double zooms[] = {6, 9, 14, 22, 35, 50, 35, 22, 14, 9, 6, 18};
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (double pps : zooms) {
        view.timeline()->setPixelsPerSecond(pps);
        const QRect visible(QPoint(view.horizontalScrollBar()->value(), 0),
                            view.viewport()->size());
        view.timeline()->render(&image, QPoint(), QRegion(visible));
    }
    std::printf("BENCH timeline_zoom_step_500_ms %.3f ms\n",
                timer.nsecsElapsed() / 1e6 / std::size(zooms));
    // The budget is 8 ms; say so when it is missed, but let the other benchmarks run.
    if (paintMs > 8.0)
        std::fprintf(stderr, "bench_timeline: paint %.3f ms is over the 8 ms budget\n", paintMs);
    return 0;
}
