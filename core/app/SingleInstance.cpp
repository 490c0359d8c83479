#include "app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcSingleInstance, "ws.singleinstance")

namespace ws {

namespace {

constexpr int kConnectTimeoutMs = 500;
constexpr int kWriteTimeoutMs = 1000;
// Room for a URL carrying an id_token (1–2 KB from the big providers); a longer line is garbage.
constexpr qint64 kMaxMessageBytes = 16 * 1024;
const QByteArray kActivateMessage = QByteArrayLiteral("activate\n");
const QByteArray kOpenPrefix = QByteArrayLiteral("open ");

// Per user, so two users on one machine each get their own instance; the name alone would let one
// user's launch raise (or block) another user's window.
QString userSuffix() {
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return QString::fromLatin1(
        QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
#endif
}

QString serverNameFor(const QString& name) {
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return safe + QLatin1Char('-') + userSuffix();
}

} // namespace

class SingleInstance::Impl {
public:
    QString serverName;
    QPointer<QLocalServer> server;
};

SingleInstance::SingleInstance(QString name, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>()) {
    d->serverName = serverNameFor(name);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName() const {
    return d->serverName;
}

bool SingleInstance::isListening() const {
    return d->server && d->server->isListening();
}

bool SingleInstance::claim() {
    return claim(QUrl());
}

bool SingleInstance::handOver(const QUrl& url) {
    return !url.isEmpty() && send(kOpenPrefix + url.toEncoded(QUrl::FullyEncoded) + '\n');
}

bool SingleInstance::send(const QByteArray& message) {
    // Blocking with short timeouts on purpose: this runs once at start-up, before any window exists,
    // and the answer decides whether this process continues at all.
    QLocalSocket probe;
    probe.connectToServer(d->serverName);
    if (!probe.waitForConnected(kConnectTimeoutMs))
        return false;
    probe.write(message);
    const bool sent = probe.waitForBytesWritten(kWriteTimeoutMs);
    probe.disconnectFromServer();
    if (probe.state() != QLocalSocket::UnconnectedState)
        probe.waitForDisconnected(kWriteTimeoutMs);
    if (!sent)
        qCWarning(lcSingleInstance) << "the running instance accepted the connection but not the message;"
                                    << "starting anyway";
    return sent;
}

bool SingleInstance::claim(const QUrl& url) {
    if (isListening())
        return true;
    if (url.isEmpty() ? send(kActivateMessage) : handOver(url))
        return false;

    // Nobody answered: a socket file left by a crashed instance would make listen() fail.
    QLocalServer::removeServer(d->serverName);
    auto* server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(d->serverName)) {
        qCWarning(lcSingleInstance) << "cannot listen on" << d->serverName << ":" << server->errorString()
                                    << "- a second launch will not find this window";
        delete server;
        return true;
    }
    d->server = server;
    connect(server, &QLocalServer::newConnection, this, [this, server] {
        while (QLocalSocket* peer = server->nextPendingConnection()) {
            connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
            auto readMessage = [this, peer] {
                if (!peer->canReadLine()) {
                    if (peer->bytesAvailable() > kMaxMessageBytes)
                        peer->abort();
                    return;
                }
                const QByteArray line = peer->readLine(kMaxMessageBytes + 1).trimmed();
                peer->disconnectFromServer();
                if (line == kActivateMessage.trimmed()) {
                    Q_EMIT activationRequested();
                } else if (line.startsWith(kOpenPrefix)) {
                    const QUrl url = QUrl::fromEncoded(line.mid(kOpenPrefix.size()), QUrl::StrictMode);
                    if (url.isValid() && !url.scheme().isEmpty())
                        Q_EMIT urlReceived(url);
                }
            };
            connect(peer, &QLocalSocket::readyRead, this, readMessage);
            // The message may have arrived before we got to connect readyRead.
            if (peer->bytesAvailable() > 0)
                readMessage();
        }
    });
    return true;
}

} // namespace ws
