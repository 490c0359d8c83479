#pragma once

#include "net/HttpClient.h"
#include "net/HttpResponseParser.h"

#include <QAbstractSocket>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <optional>

class QTcpSocket;
class QSslError;

namespace ws::net {

// One socket to one origin, carrying one exchange at a time for HttpClient (which owns it): connects
// (TLS when the origin is https), writes a transfer's request, parses the answer, reports the end of
// the exchange to the client, and sits idle between exchanges until the idle timeout.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(HttpClient& client, const HttpOrigin& origin);
    ~HttpConnection() override;

    void run(HttpTransfer* transfer);
    // Stops all I/O now (abort, no more signals) and deletes itself later.
    void retire();
    bool isRetired() const { return m_retired; }

private:
    void open();
    void write();
    void onReadyRead();
    void onClosed();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError>& errors);
    void onTimer();
    void finishExchange();
    void failExchange(HttpTransfer::Outcome outcome, QNetworkReply::NetworkError error, QString text);
    void endExchange(HttpTransfer::Result result, bool reusable, bool stale);

    HttpClient& m_client;
    const HttpOrigin m_origin;
    QTcpSocket* m_socket = nullptr;
    bool m_reused = false; // the current exchange is not the connection's first
    bool m_retired = false;
    HttpTransfer* m_transfer = nullptr;
    std::optional<HttpResponseParser> m_parser;
    QStringList m_sslErrors;
    QTimer m_timer; // the transfer's inactivity timeout, or the idle timeout between transfers
};

} // namespace ws::net
