// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>

namespace ShotBrief {

/// A tiny HTTP/1.1 server on 127.0.0.1 that answers from a script, for client tests that
/// need exact control over headers, truncated bodies and dropped connections.
class ScriptedServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedServer)

public:
    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 dropAfterBytes = -1; ///< Close after this many body bytes (Content-Length stays).
        bool noResponse = false;    ///< Read the request, then close without answering.
        bool hang = false;          ///< Read the request and never answer.
        int trickleMs = 0;          ///< Send the body one byte per this many ms.
    };
    struct Request
    {
        QByteArray method;
        QByteArray target;                     ///< Path and query.
        QHash<QByteArray, QByteArray> headers; ///< Lower-case names.
        QByteArray body;
    };

    explicit ScriptedServer(QObject *parent = nullptr);
    quint16 start();
    QString baseUrl() const; ///< "http://127.0.0.1:P/v1"

    static Response json(int status, const QByteArray &body,
                         QList<QPair<QByteArray, QByteArray>> headers = {});

    QList<Response> script; ///< Consumed in order; when empty, 500.
    QList<Request> requests;

private:
    void onNewConnection();
};

} // namespace ShotBrief
