// SPDX-License-Identifier: MIT
#include "exporter.h"

#include "csvexport.h"
#include "editlist.h"
#include "exportdata.h"
#include "htmlexport.h"
#include "jsonexport.h"
#include "markdownexport.h"
#include "promptsheetpdf.h"
#include "storyboardpdf.h"
#include "xmemlexport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSaveFile>

#include <algorithm>

namespace ShotBrief {

namespace {

// One context for lupdate and for QCoreApplication::translate: "ShotBrief::Export".
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Export)
};

Error canceledError()
{
    return exportError(ExportText::tr("Export canceled"));
}

} // namespace

Result<QByteArray> exportToBytes(const Project &project, const QString &projectPath,
                                 const ExportOptions &options, const ExportProgress &progress)
{
    return exportToBytes(project, projectPath, options, PriceTable::builtIn(), progress);
}

Result<QByteArray> exportToBytes(const Project &project, const QString &projectPath,
                                 const ExportOptions &options, const PriceTable &prices,
                                 const ExportProgress &progress)
{
    const ExportData data = collectExportData(project, projectPath, options, prices);
    if (data.shots.isEmpty() && !project.shots.isEmpty()) {
        const bool anyListed =
            std::any_of(project.shots.cbegin(), project.shots.cend(), [&options](const Shot &shot) {
                return options.shotIds.isEmpty() || options.shotIds.contains(shot.id);
            });
        if (anyListed)
            return exportError(ExportText::tr(
                "Every shot to export is cut from the edit: restore one to export it"));
        return exportError(ExportText::tr("None of the selected shots is in the project"));
    }

    // Painting text needs the platform's fonts; a QCoreApplication would abort in QFont.
    const bool painted = options.format == ExportFormat::PromptSheetPdf ||
                         options.format == ExportFormat::StoryboardPdf;
    if (painted && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return exportError(
            ExportText::tr("PDF export needs a QGuiApplication (set QT_QPA_PLATFORM=offscreen "
                           "when there is no display)"));

    // The text formats are fast; they report progress once per shot where it is cheap.
    auto simple = [&](auto makeBytes) -> Result<QByteArray> {
        const int total = int(data.shots.size());
        if (progress && !progress(0, total))
            return canceledError();
        QByteArray bytes = makeBytes();
        if (progress && !progress(total, total))
            return canceledError();
        return bytes;
    };

    switch (options.format) {
    case ExportFormat::PromptSheetPdf:
        return exportPromptSheetPdf(data, options, progress);
    case ExportFormat::StoryboardPdf:
        return exportStoryboardPdf(data, options, progress);
    case ExportFormat::Html: {
        bool canceled = false;
        QByteArray bytes = exportHtml(data, progress, &canceled);
        if (canceled)
            return canceledError();
        if (progress)
            progress(int(data.shots.size()), int(data.shots.size()));
        return bytes;
    }
    case ExportFormat::Markdown:
        return simple([&] { return exportMarkdown(data); });
    case ExportFormat::Csv:
        return simple([&] { return exportCsv(data, options.csvByteOrderMark); });
    case ExportFormat::Json:
        return simple([&] { return exportJson(data); });
    case ExportFormat::Otio:
        return simple([&] { return exportOtio(data); });
    case ExportFormat::Edl:
        return simple([&] { return exportEdl(data); });
    case ExportFormat::Mlt:
        return simple([&] { return exportMlt(data); });
    case ExportFormat::Fcp7Xml:
        return simple([&] { return exportXmeml(data); });
    }
    return exportError(ExportText::tr("Unknown export format"));
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return exportError(ExportText::tr("Cannot write %1: %2").arg(path, file.errorString()),
                           path);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return exportError(ExportText::tr("Cannot write %1: %2").arg(path, reason), path);
    }
    if (!file.commit())
        return exportError(ExportText::tr("Cannot write %1: %2").arg(path, file.errorString()),
                           path);
    return {};
}

Result<void> exportToFile(const Project &project, const QString &projectPath,
                          const QString &outputPath, const ExportOptions &options,
                          const ExportProgress &progress)
{
    const Result<QByteArray> bytes = exportToBytes(project, projectPath, options, progress);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(outputPath, bytes.value());
}

} // namespace ShotBrief
