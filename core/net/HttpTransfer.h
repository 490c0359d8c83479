#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <utility>

namespace ws::net {

class HttpClient;
class HttpConnection;

struct HttpRequest {
    QUrl url; // http:// or https://; path and query are sent as they are encoded
    QByteArray method = QByteArrayLiteral("POST");
    // Sent in this order after Host; Content-Length is added for the body.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct HttpLimits {
    qint64 maxBodyBytes = 1024 * 1024;
    // No byte sent or received for this long (connecting included): the transfer ends in InactivityTimeout.
    std::chrono::milliseconds inactivityTimeout{30000};
};

// One request sent by HttpClient, from queue to answer. finished() comes once, never from inside
// HttpClient::send() and never after abort(). The caller owns it: delete it (deleteLater in a slot of
// its own signal) when done; deleting it unfinished aborts it.
class HttpTransfer : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Pending,
        Replied,           // a whole response: status(), headers, body()
        TooLarge,          // the body is larger than the limit (bodySizeAtLeast()); it was not read
        InactivityTimeout, // nothing moved for the limit's inactivity timeout
        Failed,            // no response: networkError(), errorString(), sslErrors()
    };

    ~HttpTransfer() override;

    // Ends the transfer now: its connection is closed (what it carried is in an unknown state), a
    // queued one never starts. No signal follows.
    void abort();

    Outcome outcome() const { return m_result.outcome; }
    int status() const { return m_result.status; }
    QByteArray header(QByteArrayView name) const;
    const QByteArray& body() const { return m_result.body; }
    qint64 bodySizeAtLeast() const { return m_result.bodySizeAtLeast; }
    QNetworkReply::NetworkError networkError() const { return m_result.networkError; }
    const QString& errorString() const { return m_result.errorString; }
    const QStringList& sslErrors() const { return m_result.sslErrors; }

Q_SIGNALS:
    void finished();

private:
    friend class HttpClient;
    friend class HttpConnection;
    HttpTransfer(HttpClient* client, QString originKey, QByteArray requestBytes, HttpLimits limits);

    struct Result {
        Outcome outcome = Outcome::Failed;
        int status = 0;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 bodySizeAtLeast = 0;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorString;
        QStringList sslErrors;
    };
    void deliver(Result result);

    QPointer<HttpClient> m_client;
    HttpConnection* m_connection = nullptr; // while it runs; the connection clears it
    const QString m_originKey;
    const QByteArray m_requestBytes;
    const HttpLimits m_limits;
    bool m_resentOnNewConnection = false;
    bool m_ended = false;

    Result m_result; // what deliver() was given; Pending until then (constructor)
};

} // namespace ws::net
