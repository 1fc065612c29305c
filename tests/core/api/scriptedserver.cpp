// SPDX-License-Identifier: MIT
#include "scriptedserver.h"

#include <memory>

#include <QTcpSocket>
#include <QTimer>

namespace ShotBrief {

ScriptedServer::ScriptedServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
}

quint16 ScriptedServer::start()
{
    listen(QHostAddress::LocalHost, 0);
    return serverPort();
}

QString ScriptedServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(serverPort());
}

ScriptedServer::Response ScriptedServer::json(int status, const QByteArray &body,
                                              QList<QPair<QByteArray, QByteArray>> headers)
{
    Response response;
    response.status = status;
    response.body = body;
    response.headers = std::move(headers);
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        // Owned by the readyRead connection below: freed with it, whichever of socket and
        // server goes first (a socket still open when the server goes is its child).
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            for (;;) {
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
                Request request;
                const QList<QByteArray> first = lines.first().trimmed().split(' ');
                request.method = first.value(0);
                request.target = first.value(1);
                for (int i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon > 0)
                        request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                               lines.at(i).mid(colon + 1).trimmed());
                }
                const qint64 length = request.headers.value("content-length").toLongLong();
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                request.body = buffer->mid(headerEnd + 4, length);
                buffer->remove(0, headerEnd + 4 + length);
                requests.append(request);

                Response response = script.isEmpty()
                                        ? json(500, R"({"error":{"message":"no script"}})")
                                        : script.takeFirst();
                if (response.hang)
                    return;
                if (response.noResponse) {
                    socket->disconnectFromHost();
                    return;
                }
                QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
                for (const auto &[name, value] : response.headers)
                    head += name + ": " + value + "\r\n";
                head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
                head += "Connection: close\r\n\r\n";
                socket->write(head);
                if (response.dropAfterBytes >= 0) {
                    socket->write(response.body.left(response.dropAfterBytes));
                    socket->flush();
                    socket->disconnectFromHost();
                    return;
                }
                if (response.trickleMs > 0) {
                    auto *timer = new QTimer(socket);
                    connect(timer, &QTimer::timeout, socket,
                            [socket, body = response.body, sent = qsizetype(0)]() mutable {
                                if (sent < body.size())
                                    socket->write(body.mid(sent++, 1));
                                else
                                    socket->disconnectFromHost();
                            });
                    timer->start(response.trickleMs);
                    return;
                }
                socket->write(response.body);
                socket->disconnectFromHost();
                return;
            }
        });
    }
}

} // namespace ShotBrief
