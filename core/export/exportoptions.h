// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ShotBrief {

/// Everything ShotBrief can export a project to.
enum class ExportFormat {
    PromptSheetPdf, ///< "pdf": one or more pages per shot with the full prompt.
    StoryboardPdf,  ///< "storyboard": 1, 2, 4, 6 or 9 panels a page.
    Markdown,       ///< "md"
    Html,           ///< "html": one self-contained file.
    Csv,            ///< "csv": the crew's shot list.
    Json,           ///< "json": prompts with their parameters, for scripts.
    Otio,           ///< "otio": OpenTimelineIO edit list.
    Edl,            ///< "edl": CMX 3600 edit list.
    Mlt,            ///< "mlt": MLT XML for Shotcut, Kdenlive and melt.
    Fcp7Xml         ///< "fcpxml7": Final Cut Pro 7 XML (xmeml 5) for Premiere and Resolve.
};

enum class PaperSize { A4, Letter };

/// Called as work proceeds; returning false cancels the export (nothing is written).
using ExportProgress = std::function<bool(int done, int total)>;

struct ExportOptions
{
    ExportFormat format = ExportFormat::PromptSheetPdf;
    PaperSize paper = PaperSize::A4;
    bool landscape = false;
    bool csvByteOrderMark = false;   ///< Spreadsheet programs need it to read UTF-8.
    int storyboardFramesPerPage = 6; ///< Panels a page: 1, 2, 4, 6 or 9.
    /// Shots to export, by id, kept in timeline order; empty exports every shot.
    QStringList shotIds;
    /// Printed on the title page and in the metadata; the current time when not set
    /// (tests set it to get stable output).
    QDateTime exportedAt;
};

/// The panels a storyboard page can hold: 1, 2, 4, 6, 9.
QList<int> storyboardPanelCounts();

/// All formats in menu order.
QList<ExportFormat> allExportFormats();
/// The key used by the CLI and the settings: "pdf", "storyboard", "md" ...
QString exportFormatKey(ExportFormat format);
std::optional<ExportFormat> exportFormatFromKey(const QString &key);
/// The file name suffix without the dot: "pdf", "md", "otio" ...
QString exportFormatSuffix(ExportFormat format);
/// A translated name for menus: "Prompt sheet (PDF)".
QString exportFormatDisplayName(ExportFormat format);
/// True for formats whose output is text (they may go to stdout).
bool isTextExportFormat(ExportFormat format);

QString paperSizeKey(PaperSize paper); ///< "a4" / "letter"
std::optional<PaperSize> paperSizeFromKey(const QString &key);

} // namespace ShotBrief
