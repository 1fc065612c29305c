// SPDX-License-Identifier: MIT
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ShotBrief {

/// One part of a multipart/form-data body.
struct MultipartPart
{
    QString name;           ///< form field name (Content-Disposition name=)
    QString fileName;       ///< filename= or filename*= (RFC 5987), empty for plain fields
    bool isFile = false;    ///< a filename parameter was present (even an empty one)
    QByteArray contentType; ///< the part's Content-Type, empty when absent
    QByteArray data;
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// Size limits that keep a hostile or broken client from exhausting memory.
struct MultipartLimits
{
    qint64 maxBodyBytes = 64 * 1024 * 1024;
    qint64 maxPartBytes = 48 * 1024 * 1024;
    int maxParts = 64;
    int maxHeaderBytes = 16 * 1024;
};

/// A multipart/form-data (RFC 7578) parser written for the emulator, because Qt has none on
/// the receiving side. Tolerates CRLF or bare LF line ends, preamble and epilogue, quoted or
/// bare parameters, quoted names containing ';' and escaped quotes, and RFC 5987 filename*.
class MultipartParser
{
public:
    /// The boundary parameter of a Content-Type header value; empty when it is not a
    /// multipart type or has no usable boundary.
    static QByteArray boundary(const QByteArray &contentType);

    /// Splits a header parameter list ("form-data; name=\"a;b\"; filename=x") into
    /// lower-cased keys and unquoted values; the first element is the bare type.
    static QList<QPair<QByteArray, QByteArray>> headerParameters(const QByteArray &value);

    static Result<QList<MultipartPart>> parse(const QByteArray &contentType, const QByteArray &body,
                                              const MultipartLimits &limits = {});
};

} // namespace ShotBrief
