// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace ShotBrief {

/// A request as the route handlers see it: copied out of the HTTP server's parser so that
/// it can be handled later (slow-response faults) and tested without a socket.
struct HttpRequestData
{
    QByteArray method; ///< "GET", "POST", "DELETE" ...
    QString path;      ///< decoded path, such as "/v1/videos/video_1/content"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool headOnly = false; ///< a HEAD request, routed as GET: answer without the body

    /// The value of a header, compared case-insensitively; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

/// A response produced by a route handler; the server writes it to the socket.
struct HttpResponseData
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; ///< besides Content-Type/Content-Length
    QByteArray contentType = "application/json";
    QByteArray body;                   ///< used when `filePath` is empty
    QString filePath;                  ///< stream this file as the body (downloads)
    qint64 fileOffset = 0;             ///< first byte of the file to send (Range requests)
    qint64 fileLength = -1;            ///< bytes of the file to send; -1: to the end
    qint64 dropAfterBytes = -1;        ///< >= 0: send only this much of the body, then close
    bool headOnly = false;             ///< write the head only (HEAD requests)
    bool closeWithoutResponse = false; ///< lost answer: head + 1 body byte, then close

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }
};

} // namespace ShotBrief
