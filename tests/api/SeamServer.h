#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>

namespace ws::test {

struct SeamRequest {
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

// A minimal HTTP/1.1 server on loopback: the seam for faults the devserver cannot produce on demand
// (redirects, oversized or chunked replies, dropped connections at a chosen moment, TLS). Each
// connection is closed after one reply, which keeps the parsing trivial.
class SeamServer : public QTcpServer {
    Q_OBJECT
public:
    // Called once per complete request; write a reply to the socket (or drop it, or stay silent).
    using Responder = std::function<void(const SeamRequest&, QTcpSocket*)>;

    explicit SeamServer(QObject* parent = nullptr);
    bool start();
    QUrl baseUrl() const;
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    const QList<SeamRequest>& requests() const { return m_requests; }

    static QByteArray reply(int status, const QByteArray& body, const QByteArray& extraHeaders = {});
    static void send(QTcpSocket* socket, const QByteArray& bytes);

protected:
    void incomingConnection(qintptr descriptor) override;
    // For TLS: a subclass wraps the descriptor in a QSslSocket.
    virtual QTcpSocket* wrapSocket(qintptr descriptor);
    virtual QString scheme() const { return QStringLiteral("http"); }

private:
    void onReadable(QTcpSocket* socket);

    Responder m_responder;
    QList<SeamRequest> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace ws::test
