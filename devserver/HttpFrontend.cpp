#include "HttpFrontend.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace ws::devserver {

namespace {

QString methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

HttpFrontend::HttpFrontend(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler)) {}

bool HttpFrontend::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    IncomingRequest incoming;
    incoming.method = methodName(request.method());
    incoming.path = request.url().path();
    incoming.body = request.body();
    incoming.peer = request.remoteAddress();
    const auto headers = request.headers();
    for (const auto& header : headers) {
        if (header.first.compare("X-Stamp", Qt::CaseInsensitive) == 0)
            incoming.stampHeader = header.second.trimmed();
        else if (header.first.compare("X-Stamp-Attested", Qt::CaseInsensitive) == 0)
            incoming.attestedStampHeader = header.second.trimmed();
        else if (header.first.compare("X-Stamp-WebAuthn", Qt::CaseInsensitive) == 0)
            incoming.webauthnStampHeader = header.second.trimmed();
        else if (header.first.compare("X-Auth-Proxy-Config-ID", Qt::CaseInsensitive) == 0)
            incoming.authProxyConfigId = header.second.trimmed();
    }

    const OutgoingReply outgoing = m_handler(incoming);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> connection(socket);
    auto deliver = [responder, connection, reply = outgoing.reply]() {
        if (!connection || connection->state() != QAbstractSocket::ConnectedState)
            return;
        if (reply.drop) {
            connection->abort();
            return;
        }
        responder->write(reply.body,
                         {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
                         static_cast<QHttpServerResponder::StatusCode>(reply.status));
    };
    // A drop is always deferred: aborting inside the server's own read handler would pull the socket
    // out from under it.
    if (outgoing.delayMs > 0 || outgoing.reply.drop)
        QTimer::singleShot(outgoing.delayMs, Qt::PreciseTimer, this, deliver);
    else
        deliver();
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    makeResponder(request, socket)
        .write(errors::notFound(QStringLiteral("no such endpoint")).body,
               {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
               QHttpServerResponder::StatusCode::NotFound);
}

} // namespace ws::devserver
