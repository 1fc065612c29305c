// SPDX-License-Identifier: MIT
#include "textposition.h"

#include <algorithm>

namespace ShotBrief {

TextPosition textPositionAt(QByteArrayView utf8, qsizetype byteOffset)
{
    byteOffset = std::clamp<qsizetype>(byteOffset, 0, utf8.size());
    TextPosition position;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < byteOffset; ++i) {
        if (utf8[i] == '\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    for (qsizetype i = lineStart; i < byteOffset; ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) // Not a continuation byte.
            ++position.column;
    }
    return position;
}

} // namespace ShotBrief
