#include "SeamServer.h"

#include <QHostAddress>

namespace ws::test {

SeamServer::SeamServer(QObject* parent)
    : QTcpServer(parent) {}

bool SeamServer::start() {
    return listen(QHostAddress::LocalHost, 0);
}

QUrl SeamServer::baseUrl() const {
    QUrl url;
    url.setScheme(scheme());
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    return url;
}

QByteArray SeamServer::reply(int status, const QByteArray& body, const QByteArray& extraHeaders) {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: close\r\n";
    out += extraHeaders;
    out += "\r\n";
    out += body;
    return out;
}

void SeamServer::send(QTcpSocket* socket, const QByteArray& bytes) {
    socket->write(bytes);
    socket->disconnectFromHost();
}

QTcpSocket* SeamServer::wrapSocket(qintptr descriptor) {
    auto* socket = new QTcpSocket(this);
    socket->setSocketDescriptor(descriptor);
    return socket;
}

void SeamServer::incomingConnection(qintptr descriptor) {
    QTcpSocket* socket = wrapSocket(descriptor);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
}

void SeamServer::onReadable(QTcpSocket* socket) {
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    SeamRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    m_requests.append(request);
    if (m_responder)
        m_responder(request, socket);
}

} // namespace ws::test
