#pragma once

#include "ErrorBodies.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <functional>

namespace ws::devserver {

struct IncomingRequest {
    QString method; // "POST", "GET", ...
    QString path;
    QByteArray stampHeader;         // X-Stamp, empty when absent
    QByteArray attestedStampHeader; // X-Stamp-Attested, empty when absent
    QByteArray webauthnStampHeader; // X-Stamp-WebAuthn (any case), empty when absent
    QByteArray authProxyConfigId;   // X-Auth-Proxy-Config-ID, empty when absent
    QByteArray body;
    QHostAddress peer;
};

struct OutgoingReply {
    HttpReply reply;
    int delayMs = 0;
};

// The HTTP side on Qt HTTP Server. It derives from QAbstractHttpServer rather than using QHttpServer's
// router because the faults need the connection itself: handleRequest() is handed the QTcpSocket, so a
// "dropped connection" is socket->abort() with nothing written, and a delayed reply keeps the
// responder until a timer fires (guarded, since the client may hang up meanwhile).
class HttpFrontend final : public QAbstractHttpServer {
public:
    using Handler = std::function<OutgoingReply(const IncomingRequest&)>;
    explicit HttpFrontend(Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};

} // namespace ws::devserver
