// SPDX-License-Identifier: MIT
#include "exportoptions.h"

#include <QCoreApplication>

namespace ShotBrief {

namespace {

struct FormatInfo
{
    ExportFormat format;
    const char *key;
    const char *suffix;
    const char *name;
    bool text;
};

const FormatInfo formatInfos[] = {
    {ExportFormat::PromptSheetPdf, "pdf", "pdf",
     QT_TRANSLATE_NOOP("ShotBrief::Export", "Prompt sheet (PDF)"), false},
    {ExportFormat::StoryboardPdf, "storyboard", "pdf",
     QT_TRANSLATE_NOOP("ShotBrief::Export", "Storyboard (PDF)"), false},
    {ExportFormat::Markdown, "md", "md", QT_TRANSLATE_NOOP("ShotBrief::Export", "Markdown"), true},
    {ExportFormat::Html, "html", "html",
     QT_TRANSLATE_NOOP("ShotBrief::Export", "HTML (self-contained)"), true},
    {ExportFormat::Csv, "csv", "csv", QT_TRANSLATE_NOOP("ShotBrief::Export", "Shot list (CSV)"),
     true},
    {ExportFormat::Json, "json", "json", QT_TRANSLATE_NOOP("ShotBrief::Export", "Prompts (JSON)"),
     true},
    {ExportFormat::Otio, "otio", "otio",
     QT_TRANSLATE_NOOP("ShotBrief::Export", "Edit list (OpenTimelineIO)"), true},
    {ExportFormat::Edl, "edl", "edl",
     QT_TRANSLATE_NOOP("ShotBrief::Export", "Edit list (CMX 3600 EDL)"), true},
    {ExportFormat::Mlt, "mlt", "mlt",
     QT_TRANSLATE_NOOP("ShotBrief::Export", "Edit list (MLT: Shotcut, Kdenlive)"), true},
    {ExportFormat::Fcp7Xml, "fcpxml7", "xml",
     QT_TRANSLATE_NOOP("ShotBrief::Export", "Edit list (Final Cut Pro 7 XML: Premiere, Resolve)"),
     true},
};

const FormatInfo &infoFor(ExportFormat format)
{
    for (const FormatInfo &info : formatInfos) {
        if (info.format == format)
            return info;
    }
    return formatInfos[0];
}

} // namespace

QList<int> storyboardPanelCounts()
{
    return {1, 2, 4, 6, 9};
}

QList<ExportFormat> allExportFormats()
{
    QList<ExportFormat> list;
    for (const FormatInfo &info : formatInfos)
        list.append(info.format);
    return list;
}

QString exportFormatKey(ExportFormat format)
{
    return QString::fromLatin1(infoFor(format).key);
}

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    const QString lower = key.trimmed().toLower();
    for (const FormatInfo &info : formatInfos) {
        if (lower == QLatin1String(info.key))
            return info.format;
    }
    if (lower == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    return std::nullopt;
}

QString exportFormatSuffix(ExportFormat format)
{
    return QString::fromLatin1(infoFor(format).suffix);
}

QString exportFormatDisplayName(ExportFormat format)
{
    return QCoreApplication::translate("ShotBrief::Export", infoFor(format).name);
}

bool isTextExportFormat(ExportFormat format)
{
    return infoFor(format).text;
}

QString paperSizeKey(PaperSize paper)
{
    return paper == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<PaperSize> paperSizeFromKey(const QString &key)
{
    const QString lower = key.trimmed().toLower();
    if (lower == QLatin1String("a4"))
        return PaperSize::A4;
    if (lower == QLatin1String("letter"))
        return PaperSize::Letter;
    return std::nullopt;
}

} // namespace ShotBrief
