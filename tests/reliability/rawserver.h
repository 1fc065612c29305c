// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace ShotBrief {

/// A hostile HTTP server on 127.0.0.1: reads each request (headers and a Content-Length
/// body), records it, then hands the socket to `respond`, which may write anything at all,
/// at any pace, or nothing.
class RawServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawServer)

public:
    using Responder = std::function<void(QTcpSocket *socket, const QByteArray &request)>;

    explicit RawServer(Responder respond, QObject *parent = nullptr);
    /// Resets the connections still open (see resetConnections()).
    ~RawServer() override;
    /// Listens on 127.0.0.1, port 0; returns the port (0 on failure).
    quint16 start();
    QString baseUrl() const; ///< "http://127.0.0.1:P/v1"
    /// Drops every open connection with a TCP reset, so that the client discards whatever it
    /// has not read yet (megabytes of a flood) instead of reading it to the end.
    void resetConnections();

    /// Every complete request received, raw (request line, headers, body).
    QList<QByteArray> requests;

private:
    void onNewConnection();

    Responder m_respond;
};

} // namespace ShotBrief
