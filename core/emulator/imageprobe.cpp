// SPDX-License-Identifier: MIT
#include "imageprobe.h"

#include <QRegularExpression>

namespace ShotBrief {

namespace {

quint32 be16(const QByteArray &d, qsizetype at)
{
    return (quint32(quint8(d.at(at))) << 8) | quint8(d.at(at + 1));
}

quint32 be32(const QByteArray &d, qsizetype at)
{
    return (be16(d, at) << 16) | be16(d, at + 2);
}

quint32 le16(const QByteArray &d, qsizetype at)
{
    return quint8(d.at(at)) | (quint32(quint8(d.at(at + 1))) << 8);
}

quint32 le24(const QByteArray &d, qsizetype at)
{
    return le16(d, at) | (quint32(quint8(d.at(at + 2))) << 16);
}

QSize pngSize(const QByteArray &d)
{
    // signature (8) + IHDR length (4) + "IHDR" (4) + width (4) + height (4)
    if (d.size() < 24 || d.mid(12, 4) != "IHDR")
        return {};
    return QSize(int(be32(d, 16)), int(be32(d, 20)));
}

QSize jpegSize(const QByteArray &d)
{
    qsizetype i = 2;
    while (i + 4 <= d.size()) {
        if (quint8(d.at(i)) != 0xFF)
            return {};
        const quint8 marker = quint8(d.at(i + 1));
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            i += 2;
            continue;
        }
        const quint32 length = be16(d, i + 2);
        const bool isSof =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (isSof) {
            if (i + 9 > d.size())
                return {};
            return QSize(int(be16(d, i + 7)), int(be16(d, i + 5)));
        }
        if (length < 2)
            return {};
        i += 2 + length;
    }
    return {};
}

QSize webpSize(const QByteArray &d)
{
    if (d.size() < 30)
        return {};
    const QByteArray chunk = d.mid(12, 4);
    if (chunk == "VP8 ") {
        // frame tag (3) + start code 9d 01 2a (3), then 14-bit width and height
        if (quint8(d.at(23)) != 0x9d || quint8(d.at(24)) != 0x01 || quint8(d.at(25)) != 0x2a)
            return {};
        return QSize(int(le16(d, 26) & 0x3fff), int(le16(d, 28) & 0x3fff));
    }
    if (chunk == "VP8L") {
        if (quint8(d.at(20)) != 0x2f)
            return {};
        const quint32 bits = quint8(d.at(21)) | (quint32(quint8(d.at(22))) << 8) |
                             (quint32(quint8(d.at(23))) << 16) | (quint32(quint8(d.at(24))) << 24);
        return QSize(int((bits & 0x3fff) + 1), int(((bits >> 14) & 0x3fff) + 1));
    }
    if (chunk == "VP8X")
        return QSize(int(le24(d, 24) + 1), int(le24(d, 27) + 1));
    return {};
}

} // namespace

QByteArray ImageProbe::mimeType() const
{
    switch (format) {
    case Format::Png:
        return "image/png";
    case Format::Jpeg:
        return "image/jpeg";
    case Format::WebP:
        return "image/webp";
    case Format::Unknown:
        break;
    }
    return {};
}

QByteArray ImageProbe::fileSuffix() const
{
    switch (format) {
    case Format::Png:
        return "png";
    case Format::Jpeg:
        return "jpg";
    case Format::WebP:
        return "webp";
    case Format::Unknown:
        break;
    }
    return {};
}

ImageProbe ImageProbe::probe(const QByteArray &data)
{
    ImageProbe p;
    if (data.startsWith("\x89PNG\r\n\x1a\n")) {
        p.format = Format::Png;
        p.size = pngSize(data);
    } else if (data.size() >= 3 && quint8(data.at(0)) == 0xFF && quint8(data.at(1)) == 0xD8 &&
               quint8(data.at(2)) == 0xFF) {
        p.format = Format::Jpeg;
        p.size = jpegSize(data);
    } else if (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP") {
        p.format = Format::WebP;
        p.size = webpSize(data);
    }
    if (p.size.isValid() && (p.size.width() <= 0 || p.size.height() <= 0))
        p.size = QSize();
    return p;
}

std::optional<DataUriImage> decodeImageDataUri(const QString &uri)
{
    static const QRegularExpression dataUri(QStringLiteral("^data:(image/[a-z+.-]+);base64,(.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = dataUri.match(uri);
    if (!match.hasMatch())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(match.captured(2).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    DataUriImage image{decoded.decoded, ImageProbe::probe(decoded.decoded)};
    if (image.probe.format == ImageProbe::Format::Unknown)
        return std::nullopt;
    return image;
}

} // namespace ShotBrief
