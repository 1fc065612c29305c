// SPDX-License-Identifier: MIT
#pragma once

// What the script harnesses (and tst_fuzzregressions) do with an input: read it as a script,
// plan its import, and check that the plan survives the project file and that importing the
// same script again changes nothing. Returns false when an invariant breaks.

#include "io/projectfile.h"
#include "script/scriptfile.h"
#include "script/scriptimporter.h"
#include "script/scriptupdater.h"

#include <QByteArray>
#include <QString>

namespace ShotBrief::Fuzz {

inline bool importScript(const QByteArray &bytes, const QString &fileName)
{
    const Result<Script::ScriptSource> source = Script::readScriptBytes(bytes, fileName);
    if (!source)
        return !source.error().message.isEmpty() && source.error().file == fileName;
    const ProviderCapabilities capabilities = ProviderCapabilities::openAiVideos();
    const Script::ScriptImporter importer{Project(), capabilities};
    const Result<Script::ImportPlan> plan = source->plan(importer);
    if (!plan)
        return !plan.error().message.isEmpty();
    const Project project = Script::withImport(Project(), *plan);
    const Result<LoadedProject> reloaded =
        ProjectFile::parse(ProjectFile::serialize(project), QStringLiteral("fuzz.shotbrief"));
    if (!reloaded || !(reloaded->project == project))
        return false;
    const Script::ScriptImporter again{project, capabilities};
    const Result<Script::ImportPlan> fresh = source->plan(again);
    return fresh && !Script::ScriptUpdater::plan(project, *fresh, again.fitter()).hasChanges();
}

} // namespace ShotBrief::Fuzz
