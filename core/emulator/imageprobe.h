// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

#include <optional>

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

/// An image sent inline as `data:image/...;base64,...` (Runway's promptImage, OpenRouter's
/// image_url): the decoded bytes and what they are.
struct DataUriImage
{
    QByteArray data;
    ImageProbe probe;
};

/// Decodes a base64 data URI of a JPEG, PNG or WebP image; nothing when it is not one.
std::optional<DataUriImage> decodeImageDataUri(const QString &uri);

} // namespace ShotBrief
