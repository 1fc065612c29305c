// SPDX-License-Identifier: MIT
#include "scriptfile.h"

#include "fdxparser.h"
#include "fountainparser.h"
#include "scriptimporter.h"
#include "scripttext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ShotBrief::Script {

namespace {

struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ScriptImport)
};

ScriptFormat formatOf(const QString &fileName, QByteArrayView bytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("fdx"))
        return ScriptFormat::FinalDraft;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return ScriptFormat::ShotListCsv;
    if (suffix == QLatin1String("fountain") || suffix == QLatin1String("spmd"))
        return ScriptFormat::Fountain;
    // Anything else (.txt, no suffix): look inside.
    QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 512));
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    const QByteArray trimmed = head.toByteArray().trimmed();
    if (trimmed.startsWith("<?xml") || trimmed.startsWith("<FinalDraft"))
        return ScriptFormat::FinalDraft;
    const qsizetype newline = trimmed.indexOf('\n');
    const QString firstLine = QString::fromUtf8(newline < 0 ? trimmed : trimmed.left(newline));
    if (ShotListCsv::looksLikeHeader(firstLine))
        return ScriptFormat::ShotListCsv;
    return ScriptFormat::Fountain;
}

} // namespace

QString scriptFormatName(ScriptFormat format)
{
    switch (format) {
    case ScriptFormat::Fountain:
        return TrText::tr("Fountain");
    case ScriptFormat::FinalDraft:
        return TrText::tr("Final Draft");
    case ScriptFormat::ShotListCsv:
        return TrText::tr("Shot list (CSV)");
    }
    return {};
}

Result<ImportPlan> ScriptSource::plan(const ScriptImporter &importer) const
{
    return format == ScriptFormat::ShotListCsv ? importer.plan(shotList, file)
                                               : importer.plan(screenplay, file);
}

Result<ScriptSource> readScriptFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::inFile(path, TrText::tr("the file does not exist"));
    if (info.isDir())
        return Error::inFile(path, TrText::tr("this is a folder, not a script"));
    if (info.size() > MaxScriptBytes)
        return Error::inFile(path, TrText::tr("the file is %1 MB; scripts over %2 MB are not read")
                                       .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                                       .arg(MaxScriptBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::inFile(path,
                             TrText::tr("the file cannot be read: %1").arg(file.errorString()));
    // A file that grew since the size check is still read only this far.
    const QByteArray bytes = file.read(MaxScriptBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::inFile(path,
                             TrText::tr("the file cannot be read: %1").arg(file.errorString()));
    return readScriptBytes(bytes, path);
}

Result<ScriptSource> readScriptBytes(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > MaxScriptBytes)
        return Error::inFile(fileName, TrText::tr("the file is over %1 MB; scripts that large are "
                                                  "not read")
                                           .arg(MaxScriptBytes / (1024 * 1024)));
    if (bytes.trimmed().isEmpty())
        return Error::inFile(fileName, TrText::tr("the file is empty"));

    ScriptSource source;
    source.file = fileName;
    source.format = formatOf(fileName, bytes);
    if (source.format == ScriptFormat::FinalDraft) {
        const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
        if (!utf16 && looksBinary(bytes))
            return Error::inFile(fileName, TrText::tr("the file holds binary data, not a script"));
        Result<Screenplay> play = FdxParser::parse(bytes, fileName);
        if (!play)
            return play.error();
        source.screenplay = std::move(play).value();
        return source;
    }
    Result<QString> text = decodeScriptText(bytes, fileName);
    if (!text)
        return text.error();
    if (source.format == ScriptFormat::ShotListCsv) {
        Result<ShotList> list = ShotListCsv::parse(*text, fileName);
        if (!list)
            return list.error();
        source.shotList = std::move(list).value();
        return source;
    }
    source.screenplay = FountainParser::parse(*text);
    return source;
}

} // namespace ShotBrief::Script
