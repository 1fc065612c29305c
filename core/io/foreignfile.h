// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace ShotBrief {

/// What a file that cannot be a project looks like, told from its first bytes, in words for
/// a sentence ("a PDF document", "a Fountain screenplay", "plain text"); nullopt when it may be
/// a project (it starts like a JSON object or array, or is empty). The loader uses it so that
/// opening a PDF says "x.pdf is not a ShotBrief project" instead of a JSON parse error.
std::optional<QString> foreignFileKind(QByteArrayView bytes);

} // namespace ShotBrief
