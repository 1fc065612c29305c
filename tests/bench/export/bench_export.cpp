// SPDX-License-Identifier: MIT
// BENCH lines for exporting a 200-shot project: half the shots with a 1280x720 thumbnail,
// half drawn as slates, one with a prompt that spans pages.

#include "testproject.h"

#include "export/exporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QTemporaryDir>

#include <cstdio>

using namespace ShotBrief;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    Project project = TestProject::make(200);
    const QString projectPath = dir.filePath(QStringLiteral("Bench.shotbrief"));
    QFile(projectPath).open(QIODevice::WriteOnly);
    const QString media = dir.filePath(QStringLiteral("Bench.media/thumbs"));
    QDir().mkpath(media);
    QImage thumbnail(1280, 720, QImage::Format_RGB32);
    {
        QPainter painter(&thumbnail);
        QLinearGradient gradient(0, 0, 1280, 720);
        gradient.setColorAt(0, QColor(0x1b, 0x6f, 0x6f));
        gradient.setColorAt(1, QColor(0xf0, 0xa0, 0x30));
        painter.fillRect(thumbnail.rect(), gradient);
    }
    if (!thumbnail.save(media + QStringLiteral("/t.jpg"), "JPEG", 85))
        return 1;
    for (int i = 0; i < project.shots.size(); i += 2) {
        Take take;
        take.id = QStringLiteral("take-%1").arg(i);
        take.status = TakeStatus::Ready;
        take.thumbnailPath = QStringLiteral("thumbs/t.jpg");
        project.shots[i].takes.append(take);
        project.shots[i].circledTakeId = take.id;
    }

    struct Case
    {
        const char *name;
        ExportFormat format;
    };
    const Case cases[] = {{"pdf_200_shots_ms", ExportFormat::PromptSheetPdf},
                          {"storyboard_200_shots_ms", ExportFormat::StoryboardPdf},
                          {"html_200_shots_ms", ExportFormat::Html},
                          {"csv_200_shots_ms", ExportFormat::Csv},
                          {"otio_200_shots_ms", ExportFormat::Otio}};
    for (const Case &benchCase : cases) {
        ExportOptions options;
        options.format = benchCase.format;
        const QString out =
            dir.filePath(QStringLiteral("out.") + exportFormatSuffix(benchCase.format));
        QElapsedTimer timer;
        timer.start();
        const Result<void> result = exportToFile(project, projectPath, out, options);
        const qint64 ms = timer.elapsed();
        if (!result) {
            std::fprintf(stderr, "%s failed: %s\n", benchCase.name,
                         qPrintable(result.error().toString()));
            return 1;
        }
        std::printf("BENCH %s %lld ms\n", benchCase.name, static_cast<long long>(ms));
        if (benchCase.format == ExportFormat::PromptSheetPdf) {
            std::printf("BENCH pdf_200_shots_kib %lld KiB\n",
                        static_cast<long long>(QFileInfo(out).size() / 1024));
        }
    }
    return 0;
}
