// SPDX-License-Identifier: MIT
#pragma once

#include "screenplay.h"
#include "shotlistcsv.h"

#include "model/result.h"

#include <QByteArray>
#include <QString>

namespace ShotBrief::Script {

class ScriptImporter;
struct ImportPlan;

/// A script file read into the neutral model: a screenplay (Fountain, FDX) or a shot list.
struct ScriptSource
{
    ScriptFormat format = ScriptFormat::Fountain;
    QString file;
    Screenplay screenplay; ///< Fountain and Final Draft.
    ShotList shotList;     ///< Shot list CSV.

    /// What an importer makes of it.
    Result<ImportPlan> plan(const ScriptImporter &importer) const;
};

/// Reads a script: the format from the extension (.fountain .spmd .txt, .fdx, .csv .tsv),
/// else from the content. Refuses, naming the file: one that cannot be read, a folder, an
/// empty file, one over MaxScriptBytes (before reading it), binary data, invalid text,
/// malformed XML.
Result<ScriptSource> readScriptFile(const QString &path);
/// The same for bytes already read; `fileName` gives the extension and the messages' file.
Result<ScriptSource> readScriptBytes(const QByteArray &bytes, const QString &fileName);

/// "Fountain", "Final Draft", "Shot list (CSV)".
QString scriptFormatName(ScriptFormat format);

} // namespace ShotBrief::Script
