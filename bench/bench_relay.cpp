// The floor under rows p1/p32: a process that relays bytes unchanged between each client and the
// devserver (no parsing, no token, no index check, no stamp), on the same Qt event loop and the same
// write path as `serve`. bench_proxy sends its direct, client-stamped requests through it: what it adds
// is the least any proxy process on the path adds on this machine.
//   bench_relay --upstream http://127.0.0.1:PORT
// Prints {"url": "http://127.0.0.1:PORT"} once it listens.
#include "net/SocketWrite.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <cstdio>

namespace {

// One client and its own connection to the devserver; bytes that arrive before that connection is up
// wait here.
class Pipe : public QObject {
public:
    Pipe(QTcpSocket* client, const QUrl& upstream, QObject* parent)
        : QObject(parent)
        , m_client(client) {
        client->setParent(this);
        m_upstream.setParent(this);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(client, &QTcpSocket::readyRead, this, [this] {
            const QByteArray bytes = m_client->readAll();
            if (m_upstream.state() == QAbstractSocket::ConnectedState)
                ws::net::writeNow(m_upstream, bytes);
            else
                m_pending += bytes;
        });
        connect(&m_upstream, &QTcpSocket::connected, this, [this] {
            m_upstream.setSocketOption(QAbstractSocket::LowDelayOption, 1);
            ws::net::writeNow(m_upstream, std::exchange(m_pending, {}));
        });
        connect(&m_upstream, &QTcpSocket::readyRead, this,
                [this] { ws::net::writeNow(*m_client, m_upstream.readAll()); });
        connect(client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        connect(&m_upstream, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        m_upstream.connectToHost(upstream.host(), quint16(upstream.port()));
    }

private:
    QTcpSocket* m_client;
    QTcpSocket m_upstream;
    QByteArray m_pending;
};

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--upstream"));
    const QUrl upstream(at > 0 && at + 1 < args.size() ? args[at + 1] : QString());
    if (!upstream.isValid() || upstream.port() <= 0) {
        std::fputs("usage: bench_relay --upstream http://127.0.0.1:PORT\n", stderr);
        return 2;
    }
    QTcpServer server;
    server.setListenBacklogSize(128);
    if (!server.listen(QHostAddress::LocalHost)) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket* client = server.nextPendingConnection())
            new Pipe(client, upstream, &server);
    });
    const QJsonObject started{
        {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())}};
    std::printf("%s\n", QJsonDocument(started).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return app.exec();
}
