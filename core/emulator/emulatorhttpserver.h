// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>

namespace ShotBrief {

class EmulatorServer;

/// The HTTP front of EmulatorServer. It derives from QAbstractHttpServer instead of using
/// QHttpServer::route because the emulator needs the raw socket: to answer later (slow
/// responses), to send part of a body and close (dropped downloads), to close without an
/// answer (lost creates) and to stream files; and it serves one route table under two
/// prefixes (/v1 and /openai/v1) with JSON errors for unknown paths.
class EmulatorHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmulatorHttpServer)

public:
    /// `owner` is not owned; it is also the QObject parent.
    explicit EmulatorHttpServer(EmulatorServer *owner);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    EmulatorServer *m_owner = nullptr; // not owned (parent)
};

} // namespace ShotBrief
