// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace ShotBrief::Fuzz {

/// libFuzzer's bytes as a QByteArray (a copy: parsers may keep what they are given).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Splits "first line\nrest": harnesses that need two inputs (a header and a body) take the
/// first line as the one and the rest as the other.
inline QPair<QByteArray, QByteArray> splitFirstLine(const QByteArray &input)
{
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return {input, {}};
    return {input.left(newline), input.mid(newline + 1)};
}

} // namespace ShotBrief::Fuzz
