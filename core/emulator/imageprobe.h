// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSize>

namespace ShotBrief {

/// The format and pixel size of an image, read from its header bytes only. Written by hand so
/// the emulator needs no QtGui and accepts exactly what the Videos API accepts.
struct ImageProbe
{
    enum class Format { Unknown, Png, Jpeg, WebP };

    Format format = Format::Unknown;
    QSize size; ///< invalid when the header could not be read

    bool isValid() const { return format != Format::Unknown && size.isValid(); }
    QByteArray mimeType() const;
    QByteArray fileSuffix() const;

    static ImageProbe probe(const QByteArray &data);
};

} // namespace ShotBrief
