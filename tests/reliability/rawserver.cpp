// SPDX-License-Identifier: MIT
#include "rawserver.h"

#include <QTcpSocket>

#include <memory>

#include <sys/socket.h>

namespace ShotBrief {

RawServer::RawServer(Responder respond, QObject *parent)
    : QTcpServer(parent)
    , m_respond(std::move(respond))
{
    connect(this, &QTcpServer::newConnection, this, &RawServer::onNewConnection);
}

quint16 RawServer::start()
{
    return listen(QHostAddress::LocalHost, 0) ? serverPort() : 0;
}

QString RawServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(serverPort());
}

RawServer::~RawServer()
{
    resetConnections();
}

void RawServer::resetConnections()
{
    for (QTcpSocket *socket : findChildren<QTcpSocket *>()) {
        // SO_LINGER with a zero timeout: close() sends RST instead of FIN.
        const linger reset{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        socket->abort();
    }
}

void RawServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        // Owned by the connection, so it goes with the socket (children of the server).
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            // Keep-alive: answer every complete request in the buffer.
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                qint64 length = 0;
                for (const QByteArray &line : buffer->left(end).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                const QByteArray request = buffer->left(end + 4 + length);
                buffer->remove(0, end + 4 + length);
                requests.append(request);
                m_respond(socket, request);
            }
        });
    }
}

} // namespace ShotBrief
