// SPDX-License-Identifier: MIT
#pragma once

#include "exportdata.h"

#include <QByteArray>

namespace ShotBrief {

/// The prompt sheet as CommonMark (UTF-8): summary, style bible, cast, then one section per
/// shot with a parameter table, beats, dialogue, the prompt in a fenced block, lint findings
/// and the circled take. Pictures are linked as absolute file:// URLs when they exist.
QByteArray exportMarkdown(const ExportData &data);

/// Escapes the characters that would turn a user's text into Markdown syntax.
QString markdownEscaped(const QString &text);

} // namespace ShotBrief
