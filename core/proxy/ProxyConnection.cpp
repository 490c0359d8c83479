#include "proxy/ProxyConnection.h"

#include "net/SocketWrite.h"
#include "proxy/ProxyResponse.h"
#include "proxy/StampingProxy.h"

#include <QIODevice>
#include <QLocalSocket>
#include <QNetworkReply>
#include <QTcpSocket>

namespace ws::proxy {

ProxyConnection::ProxyConnection(QIODevice* device, bool overTcp, StampingProxy& proxy, qint64 maxBodyBytes,
                                 std::chrono::milliseconds idleTimeout)
    : QObject(&proxy)
    , m_device(device)
    , m_overTcp(overTcp)
    , m_proxy(proxy)
    , m_parser(HttpRequestParser::Limits{16 * 1024, maxBodyBytes, 100}) {
    device->setParent(this);
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeout);
    connect(&m_idle, &QTimer::timeout, this, &ProxyConnection::close);
    connect(device, &QIODevice::readyRead, this, &ProxyConnection::onReadyRead);
    if (auto* tcp = qobject_cast<QTcpSocket*>(device)) {
        tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(tcp, &QTcpSocket::disconnected, this, &ProxyConnection::close);
    } else if (auto* local = qobject_cast<QLocalSocket*>(device)) {
        connect(local, &QLocalSocket::disconnected, this, &ProxyConnection::close);
    }
    m_idle.start();
    if (device->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ProxyConnection::onReadyRead, Qt::QueuedConnection);
}

ProxyConnection::~ProxyConnection() {
    abandonUpstream();
}

void ProxyConnection::abandonUpstream() {
    if (net::HttpTransfer* upstream = m_upstream) {
        m_upstream.clear();
        upstream->abort();
        upstream->deleteLater();
    }
}

void ProxyConnection::onReadyRead() {
    if (m_closing)
        return;
    m_idle.start();
    m_parser.feed(m_device->readAll());
    process();
}

void ProxyConnection::process() {
    while (!m_busy && !m_closing) {
        switch (m_parser.state()) {
        case HttpRequestParser::State::NeedMore:
            if (m_parser.takeContinueRequest())
                net::writeNow(*m_device, "HTTP/1.1 100 Continue\r\n\r\n");
            return;
        case HttpRequestParser::State::Failed:
            // The stream cannot be framed any further: answer and close.
            m_keepAlive = false;
            m_busy = true;
            respond(m_parser.errorStatus(), "application/json",
                    errorBody(m_parser.errorStatus(), m_parser.errorMessage()));
            return;
        case HttpRequestParser::State::Complete: {
            HttpRequest request = m_parser.take();
            m_keepAlive = request.keepAlive;
            m_busy = true;
            m_idle.stop();
            m_proxy.handle(this, std::move(request));
            break;
        }
        }
    }
}

void ProxyConnection::respond(int status, QByteArrayView contentType, QByteArrayView body) {
    m_upstream.clear();
    if (m_closing)
        return;
    net::writeNow(*m_device, httpResponse(status, contentType, body, m_keepAlive));
    m_busy = false;
    if (!m_keepAlive) {
        close();
        return;
    }
    m_idle.start();
    if (!m_parser.hasPendingInput())
        return; // the usual case: the client waits for this answer before it sends again
    // A pipelined request is waiting in the parser; parse it from a fresh stack frame.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_parser.feed({});
            process();
        },
        Qt::QueuedConnection);
}

void ProxyConnection::close() {
    bool unconnected = true;
    if (auto* tcp = qobject_cast<QTcpSocket*>(m_device))
        unconnected = tcp->state() == QAbstractSocket::UnconnectedState;
    else if (auto* local = qobject_cast<QLocalSocket*>(m_device))
        unconnected = local->state() == QLocalSocket::UnconnectedState;
    if (!m_closing) {
        m_closing = true;
        m_idle.stop();
        abandonUpstream();
        // Written bytes are flushed before the socket closes; it reports disconnected() then, which
        // comes back here. A client that does not read is given five seconds.
        if (auto* tcp = qobject_cast<QTcpSocket*>(m_device))
            tcp->disconnectFromHost();
        else if (auto* local = qobject_cast<QLocalSocket*>(m_device))
            local->disconnectFromServer();
        QTimer::singleShot(std::chrono::seconds(5), this, &QObject::deleteLater);
    }
    if (unconnected)
        deleteLater();
}

} // namespace ws::proxy
