#include "net/HttpConnection.h"

#include "net/SocketWrite.h"

#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>

namespace ws::net {

namespace {

QNetworkReply::NetworkError networkErrorFor(QAbstractSocket::SocketError error) {
    using SE = QAbstractSocket::SocketError;
    using NE = QNetworkReply::NetworkError;
    switch (error) {
    case SE::ConnectionRefusedError:
        return NE::ConnectionRefusedError;
    case SE::RemoteHostClosedError:
        return NE::RemoteHostClosedError;
    case SE::HostNotFoundError:
        return NE::HostNotFoundError;
    case SE::SocketTimeoutError:
        return NE::TimeoutError;
    case SE::SslHandshakeFailedError:
    case SE::SslInternalError:
    case SE::SslInvalidUserDataError:
        return NE::SslHandshakeFailedError;
    case SE::ProxyConnectionRefusedError:
        return NE::ProxyConnectionRefusedError;
    case SE::ProxyConnectionClosedError:
        return NE::ProxyConnectionClosedError;
    case SE::ProxyNotFoundError:
        return NE::ProxyNotFoundError;
    case SE::ProxyConnectionTimeoutError:
        return NE::ProxyTimeoutError;
    case SE::ProxyAuthenticationRequiredError:
        return NE::ProxyAuthenticationRequiredError;
    case SE::NetworkError:
        return NE::TemporaryNetworkFailureError;
    default:
        return NE::UnknownNetworkError;
    }
}

} // namespace

HttpConnection::HttpConnection(HttpClient& client, const HttpOrigin& origin)
    : QObject(&client)
    , m_client(client)
    , m_origin(origin) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimer);
}

HttpConnection::~HttpConnection() {
    // Only the client's destruction deletes a busy connection: its transfer ends with no signal.
    if (m_transfer) {
        m_transfer->m_connection = nullptr;
        m_transfer->m_client.clear();
    }
}

void HttpConnection::run(HttpTransfer* transfer) {
    m_transfer = transfer;
    transfer->m_connection = this;
    m_parser.emplace(transfer->m_limits.maxBodyBytes);
    m_timer.start(transfer->m_limits.inactivityTimeout);
    if (!m_socket) {
        open();
        return;
    }
    m_reused = true;
    write();
}

void HttpConnection::open() {
    if (m_origin.tls) {
        auto* socket = new QSslSocket(this);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
        socket->setSslConfiguration(ssl);
        // Recorded to explain the failure; nothing ignores them, so the handshake fails.
        connect(socket, &QSslSocket::sslErrors, this, &HttpConnection::onSslErrors);
        connect(socket, &QSslSocket::encrypted, this, &HttpConnection::write);
        connect(socket, &QSslSocket::encryptedBytesWritten, this, [this] {
            if (m_transfer)
                m_timer.start();
        });
        m_socket = socket;
    } else {
        m_socket = new QTcpSocket(this);
    }
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        // The request goes out in one write; do not let Nagle hold back its last segment.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_transfer)
            m_timer.start();
        if (!m_origin.tls)
            write(); // a TLS socket writes once encrypted()
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_transfer)
            m_timer.start();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onClosed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpConnection::onSocketError);
    if (m_origin.tls)
        static_cast<QSslSocket*>(m_socket)->connectToHostEncrypted(m_origin.host, m_origin.port);
    else
        m_socket->connectToHost(m_origin.host, m_origin.port);
}

void HttpConnection::write() {
    if (m_transfer) {
        writeNow(*m_socket, m_transfer->m_requestBytes);
        m_timer.start(); // bytes the kernel took at once emit no bytesWritten()
    }
}

void HttpConnection::onReadyRead() {
    const QByteArray bytes = m_socket->readAll();
    if (!m_transfer) {
        // Nothing was asked: a server that talks out of turn cannot be trusted with the next request.
        m_client.idleConnectionLost(this);
        return;
    }
    m_timer.start();
    m_parser->feed(bytes);
    if (m_parser->isFinished())
        finishExchange();
}

void HttpConnection::onClosed() {
    if (m_retired)
        return;
    if (!m_transfer) {
        m_client.idleConnectionLost(this);
        return;
    }
    if (m_socket->bytesAvailable() > 0)
        m_parser->feed(m_socket->readAll());
    if (!m_parser->isFinished()) {
        if (m_reused && !m_parser->sawAnyByte()) {
            HttpTransfer::Result result;
            result.networkError = QNetworkReply::RemoteHostClosedError;
            result.errorString = tr("the server closed the kept-alive connection");
            endExchange(std::move(result), false, true);
            return;
        }
        m_parser->finishInput();
        if (m_parser->state() == HttpResponseParser::State::Failed) {
            // A truncated answer: the connection broke, which may be retried, not a malformed reply.
            failExchange(HttpTransfer::Outcome::Failed, QNetworkReply::RemoteHostClosedError,
                         m_parser->failure());
            return;
        }
    }
    finishExchange();
}

void HttpConnection::onSocketError(QAbstractSocket::SocketError error) {
    if (m_retired)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onClosed();
        return;
    }
    if (!m_transfer) {
        m_client.idleConnectionLost(this);
        return;
    }
    failExchange(HttpTransfer::Outcome::Failed, networkErrorFor(error), m_socket->errorString());
}

void HttpConnection::onSslErrors(const QList<QSslError>& errors) {
    for (const QSslError& error : errors)
        m_sslErrors.append(error.errorString());
}

void HttpConnection::onTimer() {
    if (m_retired)
        return;
    if (!m_transfer) {
        m_client.idleConnectionLost(this);
        return;
    }
    failExchange(
        HttpTransfer::Outcome::InactivityTimeout, QNetworkReply::OperationCanceledError,
        tr("nothing was sent or received for %1 ms").arg(m_transfer->m_limits.inactivityTimeout.count()));
}

void HttpConnection::finishExchange() {
    const HttpResponseParser& parser = *m_parser;
    HttpTransfer::Result result;
    switch (parser.state()) {
    case HttpResponseParser::State::Done:
        result.outcome = HttpTransfer::Outcome::Replied;
        result.status = parser.head().status;
        result.headers = parser.head().headers;
        result.body = m_parser->takeBody();
        break;
    case HttpResponseParser::State::TooLarge:
        result.outcome = HttpTransfer::Outcome::TooLarge;
        result.bodySizeAtLeast = parser.bodySizeAtLeast();
        break;
    default:
        result.outcome = HttpTransfer::Outcome::Failed;
        result.networkError = QNetworkReply::ProtocolFailure;
        result.errorString = parser.failure();
        break;
    }
    const bool reusable = result.outcome == HttpTransfer::Outcome::Replied && parser.keepAlive() &&
                          m_socket->state() == QAbstractSocket::ConnectedState &&
                          m_socket->bytesAvailable() == 0;
    endExchange(std::move(result), reusable, false);
}

void HttpConnection::failExchange(HttpTransfer::Outcome outcome, QNetworkReply::NetworkError error,
                                  QString text) {
    HttpTransfer::Result result;
    result.outcome = outcome;
    result.networkError = error;
    result.errorString = std::move(text);
    result.sslErrors = m_sslErrors;
    endExchange(std::move(result), false, false);
}

void HttpConnection::endExchange(HttpTransfer::Result result, bool reusable, bool stale) {
    HttpTransfer* transfer = std::exchange(m_transfer, nullptr);
    m_parser.reset();
    if (reusable)
        m_timer.start(HttpClient::kIdleTimeout);
    else
        m_timer.stop();
    m_client.exchangeEnded(this, transfer, std::move(result), reusable, stale);
}

void HttpConnection::retire() {
    if (m_retired)
        return;
    m_retired = true;
    m_timer.stop();
    if (m_transfer) {
        m_transfer->m_connection = nullptr;
        m_transfer = nullptr;
    }
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
    deleteLater();
}

} // namespace ws::net
