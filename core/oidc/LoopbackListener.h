#pragma once

#include "Result.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QUrl>

namespace ws::oidc {

// The RFC 8252 §7.3 loopback redirect target: an HTTP listener on 127.0.0.1 (never all interfaces)
// on a port the system picks. It takes exactly one redirect to /callback whose `state` is the
// expected one, answers the browser with a small page saying the tab can be closed, and stops
// listening. A redirect with another `state` ends the attempt too (someone else's or a forged
// request); other paths (favicon.ico) get a 404 and change nothing.
class LoopbackListener final : public QAbstractHttpServer {
    Q_OBJECT
public:
    // `port` 0: the system picks a free one.
    explicit LoopbackListener(QByteArray expectedState, quint16 port = 0, QObject* parent = nullptr);

    // NETWORK when the loopback port cannot be bound (no free port, or `port` is taken).
    Result<void> start();
    // http://127.0.0.1:PORT/callback (an IP literal, not "localhost": RFC 8252 §8.3).
    QUrl redirectUri() const;
    void stop();

Q_SIGNALS:
    // Exactly once: the authorization code, or CANCELLED (the user declined), INVALID_INPUT (state
    // mismatch) or BAD_RESPONSE (the provider reported another error).
    void finished(ws::Result<QByteArray> code);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void finish(Result<QByteArray> code);

    QByteArray m_state;
    quint16 m_wantedPort = 0;
    quint16 m_port = 0;
    bool m_done = false;
};

} // namespace ws::oidc
