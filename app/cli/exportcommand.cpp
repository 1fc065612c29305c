// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "clioutput.h"

#include "export/exporter.h"
#include "export/shotselection.h"
#include "io/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

#include <unistd.h> // isatty

namespace ShotBrief {

namespace {

// One context for lupdate and for QCoreApplication::translate: "ShotBrief::Cli".
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Cli)
};

QString formatKeys()
{
    QStringList keys;
    for (ExportFormat format : allExportFormats())
        keys.append(exportFormatKey(format));
    return keys.join(QLatin1Char('|'));
}

} // namespace

int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Exports prompt sheets, storyboards, shot lists and edit lists."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CliText::tr("Show this help."));
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          CliText::tr("Output format: %1.").arg(formatKeys()),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        CliText::tr("Output file; \"-\" or none: standard output."), QStringLiteral("OUT"));
    const QCommandLineOption paperOption(QStringLiteral("paper"),
                                         CliText::tr("Paper for PDFs: a4 (default) or letter."),
                                         QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption landscapeOption(QStringLiteral("landscape"),
                                             CliText::tr("Landscape pages for PDFs."));
    const QCommandLineOption bomOption(QStringLiteral("bom"),
                                       CliText::tr("Start CSV with a UTF-8 byte order mark."));
    const QCommandLineOption framesOption(
        {QStringLiteral("panels"), QStringLiteral("frames")},
        CliText::tr("Storyboard panels a page: 1, 2, 4, 6 (default) or 9."), QStringLiteral("N"),
        QStringLiteral("6"));
    const QCommandLineOption shotsOption(
        QStringLiteral("shots"),
        CliText::tr("Shots to export: labels or 1-based positions, e.g. \"1-3,7,9A,12-\"."),
        QStringLiteral("RANGE"));
    const QCommandLineOption sceneOption(QStringLiteral("scene"),
                                         CliText::tr("Only the shots of this scene (id or title)."),
                                         QStringLiteral("ID"));
    parser.addOptions({helpOption, formatOption, outputOption, paperOption, landscapeOption,
                       bomOption, framesOption, shotsOption, sceneOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The .shotbrief project."));

    const QString usage =
        CliText::tr("Usage: shotbrief-cli export FILE --format %1 [-o OUT] "
                    "[--paper a4|letter] [--landscape] [--bom] [--panels 1|2|4|6|9] "
                    "[--shots RANGE] [--scene ID]")
            .arg(formatKeys());
    if (const std::optional<int> done =
            Cli::parseCommand(parser, helpOption, QStringLiteral("export"), arguments, usage))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        Cli::printErr(
            CliText::tr("shotbrief-cli export: expected one project file\n%1").arg(usage));
        return Cli::ExitUnreadable;
    }
    if (!parser.isSet(formatOption)) {
        Cli::printErr(CliText::tr("shotbrief-cli export: --format is required\n%1").arg(usage));
        return Cli::ExitUnreadable;
    }
    const std::optional<ExportFormat> format = exportFormatFromKey(parser.value(formatOption));
    if (!format) {
        Cli::printErr(CliText::tr("shotbrief-cli export: unknown format \"%1\" (expected %2)")
                          .arg(parser.value(formatOption), formatKeys()));
        return Cli::ExitUnreadable;
    }
    const std::optional<PaperSize> paper = paperSizeFromKey(parser.value(paperOption));
    if (!paper) {
        Cli::printErr(
            CliText::tr("shotbrief-cli export: unknown paper \"%1\" (expected a4 or letter)")
                .arg(parser.value(paperOption)));
        return Cli::ExitUnreadable;
    }
    bool framesOk = false;
    const int frames = parser.value(framesOption).toInt(&framesOk);
    if (!framesOk || !storyboardPanelCounts().contains(frames)) {
        Cli::printErr(
            CliText::tr("shotbrief-cli export: --panels takes 1, 2, 4, 6 or 9, not \"%1\"")
                .arg(parser.value(framesOption)));
        return Cli::ExitUnreadable;
    }

    const QString projectPath = positional.first();
    const Result<LoadedProject> loaded = ProjectFile::load(projectPath);
    if (!loaded) {
        Cli::printErr(loaded.error().toString());
        return Cli::ExitUnreadable;
    }
    for (const QString &warning : loaded->warnings)
        Cli::printErr(warning);
    const Project &project = loaded->project;

    ExportOptions options;
    options.format = *format;
    options.paper = *paper;
    options.landscape = parser.isSet(landscapeOption);
    options.csvByteOrderMark = parser.isSet(bomOption);
    options.storyboardFramesPerPage = frames;
    if (parser.isSet(shotsOption) || parser.isSet(sceneOption)) {
        const Result<QStringList> ids =
            selectShotIds(project, parser.value(shotsOption), parser.value(sceneOption));
        if (!ids) {
            Cli::printErr(CliText::tr("shotbrief-cli export: %1").arg(ids.error().message));
            return Cli::ExitUnreadable;
        }
        options.shotIds = ids.value();
    }

    const Result<QByteArray> bytes = exportToBytes(project, projectPath, options);
    if (!bytes) {
        Cli::printErr(CliText::tr("shotbrief-cli export: %1").arg(bytes.error().message));
        return Cli::ExitFindings;
    }
    const QString output = parser.value(outputOption);
    if (output.isEmpty() || output == QLatin1String("-")) {
        // Data for a pipe or a file, as is; on a terminal, text formats go through printOut(),
        // which shows control characters from the project as \uXXXX instead of obeying them.
        const bool binary =
            *format == ExportFormat::PromptSheetPdf || *format == ExportFormat::StoryboardPdf;
        if (isatty(fileno(stdout)) && !binary) {
            Cli::printOut(QString::fromUtf8(*bytes));
        } else {
            std::fwrite(bytes->constData(), 1, size_t(bytes->size()), stdout);
            std::fflush(stdout);
        }
        return Cli::ExitOk;
    }
    const Result<void> written = writeFileAtomically(output, *bytes);
    if (!written) {
        Cli::printErr(CliText::tr("shotbrief-cli export: %1").arg(written.error().message));
        return Cli::ExitFindings;
    }
    const int shotCount =
        options.shotIds.isEmpty() ? int(project.shots.size()) : int(options.shotIds.size());
    Cli::printErr(CliText::tr("Wrote %1 (%2, %3 shots, %4 bytes)")
                      .arg(output, exportFormatDisplayName(*format))
                      .arg(shotCount)
                      .arg(bytes->size()));
    return Cli::ExitOk;
}

} // namespace ShotBrief
