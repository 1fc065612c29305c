// SPDX-License-Identifier: MIT
#include "emulatorhttpserver.h"

#include "emulatorserver.h"
#include "httpexchange.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

namespace ShotBrief {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace

EmulatorHttpServer::EmulatorHttpServer(EmulatorServer *owner)
    : QAbstractHttpServer(owner)
    , m_owner(owner)
{}

bool EmulatorHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Copy everything out: the parser reuses its request object for the next request on the
    // connection, and some answers come later.
    HttpRequestData data;
    data.method = methodName(request.method());
    data.path = request.url().path();
    data.query = request.query();
    data.headers = request.headers();
    data.body = request.body();
    m_owner->onRequest(data, socket);
    return true;
}

void EmulatorHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() answers everything.
    handleRequest(request, socket);
}

} // namespace ShotBrief
