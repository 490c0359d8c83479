#include "oidc/LoopbackListener.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>

namespace ws::oidc {

namespace {

QByteArray page(const QString& title, const QString& text) {
    return QStringLiteral("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;max-width:32em;margin:4em auto;padding:0 1em}"
                          "</style></head><body><h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
        .toUtf8();
}

void answer(QHttpServerResponder& responder, QHttpServerResponder::StatusCode status,
            const QByteArray& body) {
    responder.write(body,
                    {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")},
                     {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
                     {QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")}},
                    status);
}

} // namespace

LoopbackListener::LoopbackListener(QByteArray expectedState, quint16 port, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_state(std::move(expectedState))
    , m_wantedPort(port) {}

Result<void> LoopbackListener::start() {
    m_port = listen(QHostAddress(QHostAddress::LocalHost), m_wantedPort);
    if (m_port != 0)
        return {};
    if (m_wantedPort == 0)
        return Error(
            ErrorCode::Network,
            QCoreApplication::translate("ws", "no port on 127.0.0.1 is available for the sign-in redirect"));
    return Error(ErrorCode::Network,
                 QCoreApplication::translate("ws", "port %1 on 127.0.0.1 is in use, so the browser cannot be "
                                                   "sent back to this app; close the program using it or "
                                                   "choose another redirect port")
                     .arg(m_wantedPort));
}

QUrl LoopbackListener::redirectUri() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_port));
}

void LoopbackListener::stop() {
    const auto listeners = servers();
    for (QTcpServer* server : listeners)
        server->close();
}

bool LoopbackListener::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    QHttpServerResponder responder = makeResponder(request, socket);
    if (request.url().path() != QLatin1String("/callback") ||
        request.method() != QHttpServerRequest::Method::Get) {
        answer(responder, QHttpServerResponder::StatusCode::NotFound,
               page(QCoreApplication::translate("ws", "Not found"), QString()));
        return true;
    }
    if (m_done) {
        answer(responder, QHttpServerResponder::StatusCode::Gone,
               page(QCoreApplication::translate("ws", "Sign-in already finished"),
                    QCoreApplication::translate("ws", "You can close this window.")));
        return true;
    }
    const QUrlQuery query(request.url());
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    if (state != m_state) {
        answer(responder, QHttpServerResponder::StatusCode::BadRequest,
               page(QCoreApplication::translate("ws", "Sign-in stopped"),
                    QCoreApplication::translate(
                        "ws", "This answer does not belong to the sign-in that Wallet "
                              "Sessions started, so it was refused. You can close this window.")));
        finish(Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "ws", "the sign-in answer's state does not match; nothing was signed in")));
        return true;
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QByteArray code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8();
    if (!error.isEmpty() || code.isEmpty()) {
        answer(responder, QHttpServerResponder::StatusCode::Ok,
               page(QCoreApplication::translate("ws", "Sign-in cancelled"),
                    QCoreApplication::translate("ws",
                                                "You can close this window and return to Wallet Sessions.")));
        if (error == QLatin1String("access_denied")) {
            finish(Error(ErrorCode::Cancelled,
                         QCoreApplication::translate("ws", "consent was denied at the provider")));
        } else {
            const QString description =
                query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
            finish(
                Error(ErrorCode::BadResponse,
                      QCoreApplication::translate("ws", "the provider refused the sign-in: %1")
                          .arg(description.isEmpty() ? (error.isEmpty() ? QStringLiteral("no code") : error)
                                                     : description)));
        }
        return true;
    }
    answer(
        responder, QHttpServerResponder::StatusCode::Ok,
        page(QCoreApplication::translate("ws", "Signed in"),
             QCoreApplication::translate("ws", "You can close this window and return to Wallet Sessions.")));
    finish(code);
    return true;
}

void LoopbackListener::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    QHttpServerResponder responder = makeResponder(request, socket);
    answer(responder, QHttpServerResponder::StatusCode::NotFound,
           page(QStringLiteral("Not found"), QString()));
}

void LoopbackListener::finish(Result<QByteArray> code) {
    m_done = true;
    // Stop accepting connections after the response is on its way; the signal is queued so a
    // receiver that deletes this listener does not pull it out from under the HTTP server.
    QTimer::singleShot(0, this, [this, code = std::move(code)] {
        stop();
        Q_EMIT finished(code);
    });
}

} // namespace ws::oidc
