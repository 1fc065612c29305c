// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

namespace ShotBrief {

/// A place in a text as an editor shows it: 1-based line, 1-based column counted in code
/// points (not bytes), for the line:column of an Error.
struct TextPosition
{
    int line = 1;
    int column = 1;

    bool operator==(const TextPosition &) const = default;
};

/// The position of a 0-based byte offset into UTF-8 text; offsets outside it are clamped.
TextPosition textPositionAt(QByteArrayView utf8, qsizetype byteOffset);

} // namespace ShotBrief
