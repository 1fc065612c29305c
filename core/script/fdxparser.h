// SPDX-License-Identifier: MIT
#pragma once

#include "screenplay.h"

#include "model/result.h"

#include <QByteArray>
#include <QString>

namespace ShotBrief::Script {

/// Reads a Final Draft .fdx file (XML) into the neutral screenplay model: the body's
/// <Paragraph Type="Scene Heading|Action|Character|Parenthetical|Dialogue|Transition|Shot|
/// General"> with their <Text> runs joined (AllCaps runs in capitals), a speech spread over
/// several Dialogue paragraphs as one speech, <DualDialogue>, <ScriptNote> (inline and in the
/// ScriptNotes list) as notes, omitted scenes skipped, the title from the title page's first
/// non-empty paragraph. Everything else Final Draft keeps (SmartType lists, macros, page
/// layout, revisions) is ignored.
///
/// Hostile files: a DTD (and with it every entity declaration) is refused, never processed;
/// undeclared entities are errors; elements nest at most MaxDepth deep.
class FdxParser
{
public:
    static Result<Screenplay> parse(const QByteArray &bytes, const QString &file);

    static constexpr int MaxDepth = 64;
};

} // namespace ShotBrief::Script
